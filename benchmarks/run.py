"""The benchmark runner: words/second per stage and end to end, peak memory, and four ratios.

    .venv/bin/python benchmarks/run.py            # the full run (about 15 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # smaller sizes, a couple of minutes
    .venv/bin/python benchmarks/run.py --stages-only   # the stage table and the framing ratio only

Ratios, each measured in this one run on the same text:

1. full pipeline / floor, where the floor is VADER (vaderSentiment, the
   fastest faithful implementation) plus TextBlob sentiment alone over the
   same unit texts (aim <= 1.5);
2. framing with a 10,000-term lexicon / with the default lexicon (aim <= 1.3), and
   framing with the default lexicon / with the default before issue 11 added five
   frames (git revision 00cad17, read with ``git show``; aim <= 1.3);
3. 2 workers / 1 worker speed-up (aim >= 1.7 on a 2-core machine);
4. peak memory streaming 100k documents / 10k documents (aim <= 1.2).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import discourse as dc  # noqa: E402
from bench_framing import big_lexicon  # noqa: E402
from discourse.actors import _doc_mentions  # noqa: E402
from discourse.analysis import make_settings  # noqa: E402
from discourse.framing import frame_hits, framing_rows  # noqa: E402
from discourse.matcher import match_tokens  # noqa: E402
from discourse.quotes import doc_quote_rows  # noqa: E402
from discourse.sentiment import _score, vader_scorer  # noqa: E402
from discourse.stance import stance_and_relation_rows  # noqa: E402
from discourse.text import segment_document  # noqa: E402
from discourse.units import doc_units, unit_actor_rows, unit_rows, unit_text  # noqa: E402
from stance import PREVIOUS_STANCE, previous_stance  # noqa: E402
from synthetic import news_corpus  # noqa: E402


#: The revision whose default frames.yaml the framing stage is compared with (before issue 11's five frames).
PREVIOUS_FRAMES = "00cad17"


def previous_frames():
    """The default framing lexicon as it was at :data:`PREVIOUS_FRAMES` (None when git cannot show it)."""
    import yaml
    try:
        text = subprocess.run(["git", "show", f"{PREVIOUS_FRAMES}:discourse/lexicons/frames.yaml"], cwd=HERE.parent,
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return dc.load_lexicon(yaml.safe_load(text))


def timed(fn, repeat: int = 3):
    best, value = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    return best, value


def stages(docs, settings, previous=None) -> dict[str, float]:
    """Seconds per stage over the same documents (each stage fed the previous stage's output)."""
    out = {}
    out["segment"], segs = timed(lambda: [segment_document(d.text, doc_id=d.id) for d in docs])
    out["actors"], mentions = timed(lambda: [_doc_mentions(s, settings.actors) for s in segs])
    out["quotes"], quotes = timed(lambda: [doc_quote_rows(s, m, settings.actors, settings.cues)
                                           for s, m in zip(segs, mentions)])
    out["units"], units = timed(lambda: [doc_units(s, q) for s, q in zip(segs, quotes)])
    texts = [unit_text(s, u) for s, us in zip(segs, units) for u in us]
    vader = vader_scorer(settings.vader)
    out["sentiment"], _ = timed(lambda: [_score(vader, t) for t in texts])
    out["framing"], _ = timed(lambda: [framing_rows(s, us, frame_hits(s, settings.frames), settings.frames)
                                       for s, us in zip(segs, units)])
    if previous is not None:        # interleaved with the default's runs, so load on the machine hits both alike
        best_old = float("inf")
        for _ in range(3):
            best_old = min(best_old, timed(lambda: [framing_rows(s, us, frame_hits(s, previous), previous)
                                                    for s, us in zip(segs, units)], repeat=1)[0])
            out["framing"] = min(out["framing"], timed(lambda: [
                framing_rows(s, us, frame_hits(s, settings.frames), settings.frames)
                for s, us in zip(segs, units)], repeat=1)[0])
        out[f"framing@{PREVIOUS_FRAMES}"] = best_old
    ua = [unit_actor_rows(s, us, m, settings.actors) for s, us, m in zip(segs, units, mentions)]
    # stance: the actor x target evidence and the actor x actor relations (issue 10); compared with the
    # stance stage before issue 10 (git revision PREVIOUS_STANCE), interleaved as the framing ratio is
    def stance_now():                # as in analyze_document: one pass gives the evidence and the relations
        return [stance_and_relation_rows(s, us, a, m, settings.stance)
                for s, us, a, m in zip(segs, units, ua, mentions)]

    out["stance"], _ = timed(stance_now)
    before = previous_stance()
    if before is not None:
        rows_before, lexicon_before = before
        best_old = float("inf")
        for _ in range(3):
            best_old = min(best_old, timed(lambda: [rows_before(s, us, a, m, lexicon_before)
                                                    for s, us, a, m in zip(segs, units, ua, mentions)], repeat=1)[0])
            out["stance"] = min(out["stance"], timed(stance_now, repeat=1)[0])
        out[f"stance@{PREVIOUS_STANCE}"] = best_old
    out["tables"], _ = timed(lambda: [unit_rows(s, us) for s, us in zip(segs, units)])
    return out, texts


def floor(texts, *, api: bool = False) -> float:
    """VADER + TextBlob alone over the same texts: the cost of the two named engines.

    Both through their fastest faithful call (vaderSentiment's
    ``polarity_scores``; the pattern analyzer that ``TextBlob(t).sentiment``
    wraps, as the pipeline itself calls it), or with ``api=True`` through
    TextBlob's public ``TextBlob(t).sentiment``.
    """
    from textblob import TextBlob
    from textblob.en import sentiment as pattern_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()

    def both():
        for t in texts:
            vader.polarity_scores(t)
            if api:
                TextBlob(t).sentiment
            else:
                pattern_sentiment(t)

    return timed(both)[0]


def peak_memory_streaming(n_docs: int, workdir: Path) -> tuple[float, float]:
    """Peak RSS (MiB) and seconds of a separate process streaming ``n_docs`` from JSONL to CSV tables."""
    corpus = workdir / f"corpus-{n_docs}.jsonl"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as f:
            for doc in news_corpus(n_docs=n_docs, seed=11, sentences=(6, 14)):
                f.write(json.dumps({"id": doc.id, "text": doc.text, **doc.meta}) + "\n")
    # VmHWM (the high-water mark of this process's own memory), not ru_maxrss, which a child
    # inherits from the parent that forked it
    code = ("import re, time, discourse as dc; t=time.perf_counter(); "
            f"dc.write_analysis(dc.stream_corpus({str(corpus)!r}), {str(workdir / f'out-{n_docs}')!r}, "
            "batch_size=200, progress=False); "
            "hwm=int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
            "print(hwm / 1024, time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description="discourse benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller sizes (1k and 10k documents for memory)")
    parser.add_argument("--docs", type=int, default=1000, help="documents for the stage timings (default 1,000)")
    parser.add_argument("--memory-only", action="store_true", help="only the streaming memory measurement")
    parser.add_argument("--stages-only", action="store_true",
                        help="only the stage table and the framing ratio against the previous default lexicon")
    args = parser.parse_args()
    sizes = (1_000, 10_000) if args.quick else (10_000, 100_000)
    if args.memory_only:
        with tempfile.TemporaryDirectory() as tmp:
            mem = {n: peak_memory_streaming(n, Path(tmp)) for n in sizes}
        for n, (mib, sec) in mem.items():
            print(f"streaming {n:>7,} documents: peak {mib:7.1f} MiB, {sec:7.1f} s")
        print(f"peak memory {sizes[1]:,} / {sizes[0]:,} documents: {mem[sizes[1]][0] / mem[sizes[0]][0]:.2f} (aim <= 1.2)")
        return
    settings = make_settings()
    docs = list(news_corpus(n_docs=args.docs if not args.quick else 300, seed=5))
    n_words = sum(len(d.text.split()) for d in docs)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()}")
    print(f"corpus: {len(docs):,} synthetic articles, {n_words:,} words\n")

    previous = previous_frames()
    per_stage, texts = stages(docs, settings, previous)
    print("stage           seconds     words/s")
    for name, sec in per_stage.items():
        print(f"{name:<14}{sec:9.3f}{n_words / sec:12,.0f}")
    stance_key = f"stance@{PREVIOUS_STANCE}"
    if stance_key in per_stage:
        print(f"\nstance stage with relations / stance stage at {PREVIOUS_STANCE}: "
              f"{per_stage['stance'] / per_stage[stance_key]:.2f}   (aim <= 1.3)")
    prev_key = f"framing@{PREVIOUS_FRAMES}"
    framing_vs_previous = per_stage["framing"] / per_stage[prev_key] if prev_key in per_stage else float("nan")
    print(f"\nframing stage, default {len(settings.frames)} terms / {PREVIOUS_FRAMES} default "
          f"{len(previous) if previous is not None else '?'} terms: {framing_vs_previous:.2f}   (aim <= 1.3)")
    if args.stages_only:
        return
    total, _ = timed(lambda: dc.analyze(docs, progress=False), repeat=2)
    print(f"{'end to end':<14}{total:9.3f}{n_words / total:12,.0f}")
    sentiment_floor = floor(texts)
    api_floor = floor(texts, api=True)
    print(f"{'floor':<14}{sentiment_floor:9.3f}{n_words / sentiment_floor:12,.0f}   (VADER + TextBlob only, fastest calls)")
    print(f"{'floor (API)':<14}{api_floor:9.3f}{n_words / api_floor:12,.0f}   (VADER + TextBlob(t).sentiment)\n")

    segs = [segment_document(d.text, doc_id=d.id) for d in docs]
    vocabulary = {t.key for s in segs for toks in s.tokens for t in match_tokens(toks)}
    small, large, rare = settings.frames, big_lexicon(10_000), big_lexicon(10_000, avoid=vocabulary)
    large.matcher, rare.matcher
    t_small, _ = timed(lambda: [frame_hits(s, small) for s in segs])
    t_large, _ = timed(lambda: [frame_hits(s, large) for s in segs])
    t_rare, _ = timed(lambda: [frame_hits(s, rare) for s in segs])

    # the speed-up corpus: 2,000 distinct articles (the quick run: the same 300)
    par_docs = docs if args.quick else list(news_corpus(n_docs=2 * len(docs), seed=6))
    assert len({d.id for d in par_docs}) == len(par_docs) and len({d.text for d in par_docs}) == len(par_docs)
    t1, _ = timed(lambda: dc.analyze(par_docs, n_jobs=1, progress=False), repeat=2)
    t2, _ = timed(lambda: dc.analyze(par_docs, n_jobs=2, progress=False), repeat=2)

    with tempfile.TemporaryDirectory() as tmp:
        mem = {n: peak_memory_streaming(n, Path(tmp)) for n in sizes}
    for n, (mib, sec) in mem.items():
        print(f"streaming {n:>7,} documents: peak {mib:7.1f} MiB, {sec:7.1f} s")

    print("\nratio                                         value   aim")
    print(f"full pipeline / sentiment floor             {total / sentiment_floor:7.2f}   <= 1.5")
    print(f"full pipeline / floor with TextBlob's API   {total / api_floor:7.2f}   (for reference)")
    print(f"framing 10,000 terms (same hits) / default  {t_rare / t_small:7.2f}   <= 1.3")
    print(f"framing 10,000 common-word terms / default  {t_large / t_small:7.2f}   (more hits)")
    print(f"framing stage, default / {PREVIOUS_FRAMES} default      {framing_vs_previous:7.2f}   <= 1.3")
    print(f"speed-up 2 workers / 1 worker               {t1 / t2:7.2f}   >= 1.7   "
          f"({len(par_docs):,} distinct documents, best of 2)")
    print(f"peak memory {sizes[1]:,} / {sizes[0]:,} documents      {mem[sizes[1]][0] / mem[sizes[0]][0]:7.2f}   <= 1.2")
    print(f"\n(peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
