"""Benchmark: framing with a 10,000-term lexicon costs about as much as with the default one.

Matching walks a token trie once per sentence, so its cost should grow with
the text, not with the lexicon. This script times the framing stage alone
(matching, negation and hedging) over the same pre-segmented text with the
packaged lexicon (170 terms) and with a seeded synthetic lexicon of 10,000
terms (words, phrases and trailing wildcards drawn from an English word
list, plus the packaged terms), and prints the ratio. Aim: <= 1.3.

Run:  .venv/bin/python benchmarks/bench_framing.py [--words 200000]
"""

from __future__ import annotations

import argparse
import random
import time

from discourse.framing import frame_hits
from discourse.lexicon import Lexicon, Term, load_lexicon
from discourse.matcher import match_tokens
from discourse.names import _brill
from discourse.text import segment_document

from synthetic import news_corpus


def big_lexicon(n_terms: int, *, seed: int = 0, avoid: set[str] | None = None) -> Lexicon:
    """The packaged lexicon plus synthetic terms up to ``n_terms``, in 10 frames.

    Terms are words, phrases and trailing wildcards drawn from an English word
    list; with ``avoid`` (a text's vocabulary), words of that text are left
    out, so the extra terms add lexicon size but no hits.
    """
    base = load_lexicon()
    rng = random.Random(seed)
    words = sorted(w.lower() for w in _brill() if w.isalpha() and len(w) > 3)
    if avoid is not None:
        words = [w for w in words if w not in avoid]
    terms = list(base.terms)
    seen = {t.term.lower() for t in terms}
    frames = base.frame_names
    while len(terms) < n_terms:
        r = rng.random()
        if r < 0.6:
            term = rng.choice(words)
        elif r < 0.85:
            term = " ".join(rng.choice(words) for _ in range(rng.choice((2, 3))))
        else:
            w = rng.choice(words)
            term = w[: max(4, len(w) - 3)] + "*"
            if avoid is not None and any(v.startswith(term[:-1]) for v in avoid):
                continue
        if term in seen:
            continue
        seen.add(term)
        terms.append(Term(rng.choice(frames), term))
    return Lexicon(base.frames, tuple(terms), base.negators, base.hedges, f"<synthetic {n_terms}>")


def time_framing(segmented, lexicon: Lexicon, repeat: int) -> tuple[float, int]:
    lexicon.matcher                                  # compile outside the timing
    best, n_hits = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n_hits = sum(len(frame_hits(seg, lexicon)) for seg in segmented)
        best = min(best, time.perf_counter() - t0)
    return best, n_hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="size of the text (default 200,000 words)")
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = list(news_corpus(n_words=args.words, seed=1))
    segmented = [segment_document(d.text, doc_id=d.id) for d in docs]
    n_words = sum(len(d.text.split()) for d in docs)
    small = load_lexicon()
    vocabulary = {t.key for seg in segmented for toks in seg.tokens for t in match_tokens(toks)}
    big = big_lexicon(args.terms)
    rare = big_lexicon(args.terms, avoid=vocabulary)
    t_small, h_small = time_framing(segmented, small, args.repeat)
    t_big, h_big = time_framing(segmented, big, args.repeat)
    t_rare, h_rare = time_framing(segmented, rare, args.repeat)
    print(f"text: {len(docs)} documents, {n_words:,} words")
    for name, lex, t, h in (("default", small, t_small, h_small), ("10k, common words", big, t_big, h_big),
                            ("10k, same hits", rare, t_rare, h_rare)):
        print(f"{name:<18} {len(lex):>6,} terms: {t:7.3f} s  {n_words / t:>10,.0f} words/s  {h:>7,} hits")
    print(f"ratio 10k (same hits) / default:    {t_rare / t_small:.2f}  (aim <= 1.3: the cost of lexicon size)")
    print(f"ratio 10k (common words) / default: {t_big / t_small:.2f}  (includes {h_big / h_small:.1f}x the hits)")


if __name__ == "__main__":
    main()
