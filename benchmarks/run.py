"""The benchmark runner: words/second per stage and end to end, peak memory, and four ratios.

    .venv/bin/python benchmarks/run.py            # the full run (about 15 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # smaller sizes, a couple of minutes
    .venv/bin/python benchmarks/run.py --stages-only   # the stage table and the framing ratio only
    .venv/bin/python benchmarks/run.py --quick --ratio-only   # the stage table and the pipeline / floor ratio

Ratios, each measured in this one run on the same text:

1. full pipeline / floor, where the floor is VADER (vaderSentiment, the
   fastest faithful implementation) plus TextBlob sentiment alone over the
   same unit texts (aim <= 3.5, issue 9). Both are timed in turns, three
   times each, and the best of each is kept, in CPU time of this process
   (``time.process_time``) so that other work on a shared machine counts
   as little as it can; wall time is printed beside it;
2. framing with a 10,000-term lexicon / with the default lexicon (aim <= 1.3), and
   framing with the default lexicon / with the default before issue 11 added five
   frames (git revision 00cad17, read with ``git show``; aim <= 1.3);
3. 2 workers / 1 worker speed-up (aim >= 1.7 on a 2-core machine);
4. peak memory streaming 100k documents / 10k documents (aim <= 1.2).

The stage table times each step of :func:`discourse.analysis.analyze_document`
with the calls the pipeline makes, fed the previous step's output, then the
building of the tables (DataFrames with missing values as NaN); the row
``untimed`` is end to end minus the sum of the stages: the cost no stage
timer covers (calls between steps, caches and memory of a whole document at a
time). Every row is the best of three runs, CPU and wall time, with the
structures the table keeps for all documents frozen out of the garbage
collector (:func:`timed_stage`; the pipeline frees them document by document).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import discourse as dc  # noqa: E402
from bench_framing import big_lexicon  # noqa: E402
from discourse.actors import _doc_mentions, mention_rows, with_unlisted  # noqa: E402
from discourse.analysis import _TABLES, analyze_document, make_settings, table_frame  # noqa: E402
from discourse.framing import frame_hits, framing_rows  # noqa: E402
from discourse.matcher import match_tokens  # noqa: E402
from discourse.quotes import doc_quote_rows  # noqa: E402
from discourse.sentiment import sentiment_rows  # noqa: E402
from discourse.stance import stance_and_relation_rows  # noqa: E402
from discourse.text import segment_document  # noqa: E402
from discourse.units import doc_units, unit_actor_rows, unit_rows, unit_text, unit_tokens  # noqa: E402
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


class Timing(NamedTuple):
    """Best seconds of a few runs: CPU time of this process and wall time (each the best of its own)."""

    cpu: float
    wall: float

    def __add__(self, other):
        return Timing(self.cpu + other.cpu, self.wall + other.wall)

    def __sub__(self, other):
        return Timing(self.cpu - other.cpu, self.wall - other.wall)


def timed(fn, repeat: int = 3) -> tuple[Timing, object]:
    """The best CPU and wall time of ``repeat`` calls of ``fn``, and its last value."""
    cpu, wall, value = float("inf"), float("inf"), None
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        value = fn()
        cpu, wall = min(cpu, time.process_time() - c0), min(wall, time.perf_counter() - w0)
    return Timing(cpu, wall), value


def timed_stage(fn, repeat: int = 3) -> tuple[Timing, object]:
    """:func:`timed` for a stage row, with the objects alive before it frozen out of the garbage collector.

    The stage table keeps every document's intermediate structures (segments, mentions, tokens of
    all the documents) alive at once, which the pipeline never does: it frees them document by
    document. Left in the collector, they made a full collection that happened to fall in one stage
    walk them all (0.2 s in the sentiment row, which then read 1.4x the floor over the same texts
    while costing 1.03x the floor's instructions). ``gc.freeze`` leaves them out of every collection
    while the stage runs; what the stage itself allocates is collected as before.
    """
    gc.collect()
    gc.freeze()
    try:
        return timed(fn, repeat)
    finally:
        gc.unfreeze()


def best(a: Timing, b: Timing) -> Timing:
    return Timing(min(a.cpu, b.cpu), min(a.wall, b.wall))


def stages(docs, settings, previous=None) -> tuple[dict[str, Timing], list[str]]:
    """Seconds per step of ``analyze_document`` over the same documents (each step fed the previous
    step's output), then the tables built from every document's rows; and the unit texts."""
    out = {}
    out["segment"], segs = timed_stage(lambda: [segment_document(d.text, doc_id=d.id) for d in docs])
    out["actors"], mentions = timed_stage(lambda: [_doc_mentions(s, settings.actors, date=d.meta.get("date"))
                                             for s, d in zip(segs, docs)])
    out["quotes"], quotes = timed_stage(lambda: [doc_quote_rows(s, m, settings.actors, settings.cues)
                                           for s, m in zip(segs, mentions)])
    out["units"], units = timed_stage(lambda: [doc_units(s, q) for s, q in zip(segs, quotes)])
    out["unit tokens"], tokens = timed_stage(lambda: [[unit_tokens(s, u) for u in us] for s, us in zip(segs, units)])
    out["unit table"], u_rows = timed_stage(lambda: [unit_rows(s, us, tokens=t)
                                                     for s, us, t in zip(segs, units, tokens)])
    out["unit actors"], ua = timed_stage(lambda: [unit_actor_rows(s, us, m, settings.actors)
                                            for s, us, m in zip(segs, units, mentions)])
    texts = [unit_text(s, u) for s, us in zip(segs, units) for u in us]
    out["sentiment"], _ = timed_stage(lambda: [sentiment_rows(s.doc_id, [(u.unit_id, u.kind, unit_text(s, u), r[-1])
                                                                  for u, r in zip(us, rs)], vader=settings.vader)
                                         for s, us, rs in zip(segs, units, u_rows)])

    def framing_now():
        return [framing_rows(s, us, frame_hits(s, settings.frames), settings.frames) for s, us in zip(segs, units)]

    out["framing"], _ = timed_stage(framing_now)
    if previous is not None:        # interleaved with the default's runs, so load on the machine hits both alike
        best_old = Timing(float("inf"), float("inf"))
        for _ in range(3):
            best_old = best(best_old, timed_stage(lambda: [framing_rows(s, us, frame_hits(s, previous), previous)
                                                     for s, us in zip(segs, units)], repeat=1)[0])
            out["framing"] = best(out["framing"], timed_stage(framing_now, repeat=1)[0])
        out[f"framing@{PREVIOUS_FRAMES}"] = best_old
    # stance: the actor x target evidence and the actor x actor relations (issue 10); compared with the
    # stance stage before issue 10 (git revision PREVIOUS_STANCE), interleaved as the framing ratio is
    def stance_now():                # as in analyze_document: one pass gives the evidence and the relations
        return [stance_and_relation_rows(s, us, a, m, settings.stance, tokens=t)
                for s, us, a, m, t in zip(segs, units, ua, mentions, tokens)]

    out["stance"], _ = timed_stage(stance_now)
    before = previous_stance()
    if before is not None:
        rows_before, lexicon_before = before
        best_old = Timing(float("inf"), float("inf"))
        for _ in range(3):
            best_old = best(best_old, timed_stage(lambda: [rows_before(s, us, a, m, lexicon_before, tokens=t)
                                                     for s, us, a, m, t in zip(segs, units, ua, mentions, tokens)],
                                            repeat=1)[0])
            out["stance"] = best(out["stance"], timed_stage(stance_now, repeat=1)[0])
        out[f"stance@{PREVIOUS_STANCE}"] = best_old
    out["mentions table"], _ = timed_stage(lambda: [mention_rows(s, with_unlisted(s, m, settings.actors))
                                              for s, m in zip(segs, mentions)])
    rows: dict[str, list[tuple]] = {name: [] for name in _TABLES}
    for d in docs:
        for name, part in analyze_document(d, settings).items():
            rows[name].extend(part)
    out["tables"], _ = timed_stage(lambda: {name: table_frame(name, rows[name]) for name in _TABLES})
    return out, texts


def floor(texts, *, api: bool = False):
    """VADER + TextBlob alone over the same texts: the cost of the two named engines (a function to time).

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

    return both


def end_to_end(docs, texts, repeat: int = 3) -> dict[str, Timing]:
    """The full pipeline and the two floors, timed in turns (one run of each per round) and the best
    of ``repeat`` rounds kept for each: load on the machine falls on all three alike."""
    runs = {"end to end": lambda: dc.analyze(docs, progress=False), "floor": floor(texts),
            "floor (API)": floor(texts, api=True)}
    for fn in runs.values():        # warm: lexicons loaded, caches filled
        fn()
    out = {name: Timing(float("inf"), float("inf")) for name in runs}
    for _ in range(repeat):
        for name, fn in runs.items():
            out[name] = best(out[name], timed(fn, repeat=1)[0])
    return out


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
    parser.add_argument("--ratio-only", action="store_true",
                        help="only the stage table, end to end and the full pipeline / floor ratio")
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
    print(f"load average at start: {os.getloadavg()[0]:.2f} (1 minute)\n")
    per_stage, texts = stages(docs, settings, previous)
    print("stage             cpu s    wall s     words/s (cpu)")

    def row(name: str, t: Timing, note: str = "") -> None:
        print(f"{name:<15}{t.cpu:8.3f}{t.wall:10.3f}{n_words / t.cpu if t.cpu > 0 else float('nan'):12,.0f}{note}")

    for name, t in per_stage.items():
        row(name, t, "   (for the ratio below, not in the sum)" if "@" in name else "")
    stage_sum = Timing(0.0, 0.0)
    for name, t in per_stage.items():
        if "@" not in name:
            stage_sum = stage_sum + t
    row("sum of stages", stage_sum)
    stance_key = f"stance@{PREVIOUS_STANCE}"
    if stance_key in per_stage:
        print(f"\nstance stage with relations / stance stage at {PREVIOUS_STANCE}: "
              f"{per_stage['stance'].cpu / per_stage[stance_key].cpu:.2f}   (aim <= 1.3, CPU time)")
    prev_key = f"framing@{PREVIOUS_FRAMES}"
    framing_vs_previous = (per_stage["framing"].cpu / per_stage[prev_key].cpu if prev_key in per_stage
                           else float("nan"))
    print(f"\nframing stage, default {len(settings.frames)} terms / {PREVIOUS_FRAMES} default "
          f"{len(previous) if previous is not None else '?'} terms: {framing_vs_previous:.2f}   (aim <= 1.3, CPU time)")
    if args.stages_only:
        return
    e2e = end_to_end(docs, texts)
    total, sentiment_floor, api_floor = e2e["end to end"], e2e["floor"], e2e["floor (API)"]
    print()
    row("end to end", total)
    row("untimed", total - stage_sum, "   (end to end - sum of stages)")
    row("floor", sentiment_floor, "   (VADER + TextBlob only, fastest calls)")
    row("floor (API)", api_floor, "   (VADER + TextBlob(t).sentiment)")
    ratio = f"{total.cpu / sentiment_floor.cpu:7.2f}   <= 3.5   (CPU time; wall {total.wall / sentiment_floor.wall:.2f})"
    print(f"\nfull pipeline / sentiment floor             {ratio}")
    print(f"(timed in turns, best of 3 each; load average now {os.getloadavg()[0]:.2f})\n")
    if args.ratio_only:
        return

    segs = [segment_document(d.text, doc_id=d.id) for d in docs]
    vocabulary = {t.key for s in segs for toks in s.tokens for t in match_tokens(toks)}
    small, large, rare = settings.frames, big_lexicon(10_000), big_lexicon(10_000, avoid=vocabulary)
    large.matcher, rare.matcher
    # timed as stage rows are: the objects alive before (the stage table's, the big lexicons) frozen
    # out of the garbage collector, whose passes over them would land on whichever row runs then
    t_small = timed_stage(lambda: [frame_hits(s, small) for s in segs])[0].cpu
    t_large = timed_stage(lambda: [frame_hits(s, large) for s in segs])[0].cpu
    t_rare = timed_stage(lambda: [frame_hits(s, rare) for s in segs])[0].cpu

    # the speed-up corpus: 2,000 distinct articles (the quick run: the same 300)
    par_docs = docs if args.quick else list(news_corpus(n_docs=2 * len(docs), seed=6))
    assert len({d.id for d in par_docs}) == len(par_docs) and len({d.text for d in par_docs}) == len(par_docs)
    t1 = timed(lambda: dc.analyze(par_docs, n_jobs=1, progress=False), repeat=2)[0].wall   # workers: wall time
    t2 = timed(lambda: dc.analyze(par_docs, n_jobs=2, progress=False), repeat=2)[0].wall

    with tempfile.TemporaryDirectory() as tmp:
        mem = {n: peak_memory_streaming(n, Path(tmp)) for n in sizes}
    for n, (mib, sec) in mem.items():
        print(f"streaming {n:>7,} documents: peak {mib:7.1f} MiB, {sec:7.1f} s")

    print("\nratio                                         value   aim")
    print(f"full pipeline / sentiment floor             {ratio}")
    print(f"full pipeline / floor with TextBlob's API   {total.cpu / api_floor.cpu:7.2f}   (for reference)")
    print(f"framing 10,000 terms (same hits) / default  {t_rare / t_small:7.2f}   <= 1.3")
    print(f"framing 10,000 common-word terms / default  {t_large / t_small:7.2f}   (more hits)")
    print(f"framing stage, default / {PREVIOUS_FRAMES} default      {framing_vs_previous:7.2f}   <= 1.3")
    print(f"speed-up 2 workers / 1 worker               {t1 / t2:7.2f}   >= 1.7   "
          f"({len(par_docs):,} distinct documents, best of 2)")
    print(f"peak memory {sizes[1]:,} / {sizes[0]:,} documents      {mem[sizes[1]][0] / mem[sizes[0]][0]:7.2f}   <= 1.2")
    print(f"\n(peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
