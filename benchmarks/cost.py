"""Cost benchmark: seconds per 1,000 words as one document grows from 10 kB to 5 MB.

    .venv/bin/python benchmarks/cost.py                    # 10 kB, 100 kB, 1 MB, 5 MB; with and without paragraphs
    .venv/bin/python benchmarks/cost.py --sizes 10k 100k 1M --layout paragraphs
    .venv/bin/python benchmarks/cost.py --profile 1M       # cProfile of one full analysis, top functions

A single document of dense quoted wire copy is built by joining the articles
of :func:`synthetic.news_corpus` (every attribution shape, pronouns, role
references, partial and scare quotes) until it reaches the size, in one of two
layouts:

``paragraphs``
    the articles' paragraphs kept, separated by blank lines (a long report or
    a transcript with paragraph breaks);
``no-paragraphs``
    every paragraph break replaced by a space: one unbroken block of text
    (a scraped page that lost its line breaks).

``--marks single`` writes the copy with British single quote marks, which
are paired among apostrophes by a different routine.

For each size and layout the script times the full :func:`discourse.analyze`
of that one document and the quote stage alone (segmentation, actor mentions
and quote attribution, the steps quotes need), best of several runs for the
small sizes, and prints seconds per 1,000 words. Times are the CPU time of
this one process (``time.process_time``; the analysis runs in one process), so
that other work on a shared machine does not count. Cost is linear in length
when that figure stays flat; the aim is that the 5 MB figure be at most 1.3
times the 10 kB one. Words are counted as whitespace-separated tokens.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import platform
import pstats
import sys
import time
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import discourse as dc  # noqa: E402
from discourse.actors import _doc_mentions  # noqa: E402
from discourse.analysis import make_settings  # noqa: E402
from discourse.quotes import doc_quote_rows  # noqa: E402
from discourse.text import segment_document  # noqa: E402
from synthetic import news_corpus  # noqa: E402

LAYOUTS = ("paragraphs", "no-paragraphs")
MARKS = ("double", "single")
DEFAULT_SIZES = ("10k", "100k", "1M", "5M")
_UNITS = {"k": 1_000, "K": 1_000, "m": 1_000_000, "M": 1_000_000}


def parse_size(text: str) -> int:
    """Bytes from ``"10k"``, ``"1M"`` or ``"250000"`` (decimal units).

    Examples
    --------
    >>> parse_size("10k"), parse_size("5M"), parse_size("1200")
    (10000, 5000000, 1200)
    """
    if text and text[-1] in _UNITS:
        return int(float(text[:-1]) * _UNITS[text[-1]])
    return int(text)


def wire_copy(n_bytes: int, *, layout: str = "paragraphs", marks: str = "double", seed: int = 3) -> str:
    """A text of at least ``n_bytes`` UTF-8 bytes: synthetic articles joined.

    Parameters
    ----------
    n_bytes : int
    layout : {"paragraphs", "no-paragraphs"}, default="paragraphs"
        Keep paragraph breaks, or replace them by spaces (one block of text).
    marks : {"double", "single"}, default="double"
        Quote marks: American ``"``, or British ``'`` (every double mark
        becomes a single one, so quote pairing works among apostrophes).
    seed : int, default=3
        Seed of :func:`synthetic.news_corpus`: the same seed, the same text.

    Examples
    --------
    >>> t = wire_copy(2_000, layout="no-paragraphs")
    >>> len(t.encode()) >= 2_000, "\\n" in t
    (True, False)
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout {layout!r}: use one of {', '.join(LAYOUTS)}")
    parts, size = [], 0
    for doc in news_corpus(seed=seed):
        parts.append(doc.text)
        size += len(doc.text.encode("utf-8")) + 2
        if size >= n_bytes:
            break
    text = "\n\n".join(parts)
    if marks == "single":
        text = text.replace('"', "'")
    return text if layout == "paragraphs" else text.replace("\n\n", " ")


def _best(fn, repeat: int) -> float:
    """The least CPU time of this process over ``repeat`` calls (other processes sharing the
    machine do not count, as they would in wall-clock time)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def quote_stage(doc: dc.Document, settings) -> list[tuple]:
    """What quotes need: segmentation, actor mentions, quote attribution."""
    seg = segment_document(doc.text, doc_id=doc.id)
    mentions = _doc_mentions(seg, settings.actors)
    return doc_quote_rows(seg, mentions, settings.actors, settings.cues)


def measure(n_bytes: int, layout: str, settings, *, marks: str = "double") -> dict[str, float]:
    """Seconds per 1,000 words of the full analysis and of the quote stage, for one document."""
    doc = dc.Document.from_text(wire_copy(n_bytes, layout=layout, marks=marks), id=f"wire-{n_bytes}")
    words = len(doc.text.split())
    repeat = 5 if n_bytes <= 20_000 else 3 if n_bytes <= 200_000 else 1
    full = _best(lambda: dc.analyze([doc], progress=False), repeat)
    quotes = _best(lambda: quote_stage(doc, settings), repeat)
    return {"bytes": len(doc.text.encode("utf-8")), "words": words, "full": full, "quotes": quotes,
            "full_per_kw": 1000 * full / words, "quotes_per_kw": 1000 * quotes / words}


def profile(n_bytes: int, layout: str, *, marks: str = "double", top: int = 30) -> str:
    """The cProfile table (top functions by own time) of one full analysis."""
    doc = dc.Document.from_text(wire_copy(n_bytes, layout=layout, marks=marks), id=f"wire-{n_bytes}")
    dc.analyze([doc], progress=False)                # lexicons loaded and cached outside the profile
    prof = cProfile.Profile()
    prof.enable()
    dc.analyze([doc], progress=False)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: Iterable[str] | None = None) -> int:
    """Print CPU seconds per 1,000 words for each size and layout, or a profile (``--profile``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=list(DEFAULT_SIZES), metavar="SIZE",
                        help="document sizes in bytes, with k or M (default: 10k 100k 1M 5M)")
    parser.add_argument("--layout", choices=(*LAYOUTS, "both"), default="both",
                        help="keep paragraph breaks, remove them, or both (default)")
    parser.add_argument("--marks", choices=MARKS, default="double",
                        help='quote marks of the copy: American " (default) or British \' (pairing among apostrophes)')
    parser.add_argument("--profile", metavar="SIZE", default=None,
                        help="instead, print a cProfile of one full analysis of a document of SIZE")
    parser.add_argument("--top", type=int, default=30, help="functions in the profile (default 30)")
    args = parser.parse_args(None if argv is None else list(argv))
    layouts = LAYOUTS if args.layout == "both" else (args.layout,)
    if args.profile:
        for layout in layouts:
            print(f"== profile: {args.profile} bytes, {layout}, {args.marks} quote marks\n")
            print(profile(parse_size(args.profile), layout, marks=args.marks, top=args.top))
        return 0
    settings = make_settings()
    dc.analyze([dc.Document.from_text(wire_copy(2_000))], progress=False)     # warm the lexicon caches
    print(f"Python {platform.python_version()}, {platform.system()} {platform.machine()}; "
          f"CPU seconds per 1,000 words, one document; {args.marks} quote marks\n")
    print(f"{'layout':<15}{'size':>8}{'words':>10}{'analyze s':>11}{'s/1k words':>12}"
          f"{'quotes s':>10}{'s/1k words':>12}")
    for layout in layouts:
        first = None
        for size in args.sizes:
            m = measure(parse_size(size), layout, settings, marks=args.marks)
            first = first or m
            print(f"{layout:<15}{size:>8}{m['words']:>10,}{m['full']:>11.3f}{m['full_per_kw']:>12.4f}"
                  f"{m['quotes']:>10.3f}{m['quotes_per_kw']:>12.4f}", flush=True)
        if len(args.sizes) > 1:
            print(f"{'':<15}{'ratio':>8}{'':>10}{'':>11}{m['full_per_kw'] / first['full_per_kw']:>12.2f}"
                  f"{'':>10}{m['quotes_per_kw'] / first['quotes_per_kw']:>12.2f}   "
                  f"({args.sizes[-1]} / {args.sizes[0]}, aim <= 1.3)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
