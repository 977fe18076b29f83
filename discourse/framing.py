"""Framing: which frame terms each unit uses, with negation and hedging.

:func:`frame_hits` matches a :class:`~discourse.lexicon.Lexicon` over the
tokens of a document in one pass per sentence (see :mod:`discourse.matcher`)
and gives each hit to the unit whose words it is in (the innermost quote, else
the author's sentence). Each hit records whether it is

* **negated**: a negator ("not", "no", "never", "avoiding" ...) stands among
  the :data:`~discourse.lexicon.NEGATION_WINDOW` tokens before it, in its
  clause ("no escalation", "not ruling out", "avoiding a wider conflict");
* **hedged**: a hedge ("could", "possible", "considering", "remains to be
  seen" ...) starts among the :data:`~discourse.lexicon.HEDGE_WINDOW` tokens
  before it or ends that many tokens after it, in its clause.

A clause ends at ``. ; : ! ?``. Hits are kept when negated: the flag lets a
researcher count them apart.

Matching is case-insensitive, but a term written in lower case never matches
inside a name of two or more capitalised words: "united" is not found in
"United States", nor "security" in "Security Council". A term written with a
capital ("Storm Shadow", "Taurus") matches names as written.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import pandas as pd

from .lexicon import HEDGE_WINDOW, NEGATION_WINDOW, Lexicon
from .matcher import MatchToken, match_tokens
from .names import name_spans
from .text import Segmented
from .units import Unit

__all__ = ["FRAMING_COLUMNS", "FrameHit", "frame_hits", "framing_rows", "framing_frame", "modifiers"]

#: Columns of ``Analysis.framing``.
FRAMING_COLUMNS = ["doc_id", "unit_id", "sent_id", "frame", "term", "match", "start", "end", "weight",
                   "negated", "hedged"]

_CLAUSE_END = frozenset(".;:!?")


class FrameHit(NamedTuple):
    """One term match in a sentence (``first:last`` are match-token indices)."""

    sent_id: int
    first: int
    last: int
    start: int
    end: int
    term_index: int
    negated: bool
    hedged: bool


def modifiers(tokens: Sequence[MatchToken], first: int, last: int, negators: Sequence[tuple[int, int]],
              hedges: Sequence[tuple[int, int]]) -> tuple[bool, bool]:
    """Whether the tokens ``first:last`` are negated and hedged (see the module docstring)."""
    if not negators and not hedges:     # most sentences: nothing to look for
        return False, False
    lo = first
    while lo > 0 and first - lo < max(NEGATION_WINDOW, HEDGE_WINDOW) and tokens[lo - 1].key not in _CLAUSE_END:
        lo -= 1
    hi = last
    while hi < len(tokens) and hi - last < HEDGE_WINDOW and tokens[hi].key not in _CLAUSE_END:
        hi += 1
    neg_lo = max(lo, first - NEGATION_WINDOW)
    negated = any(neg_lo <= s and e <= first for s, e in negators)
    hedged = any((max(lo, first - HEDGE_WINDOW) <= s and e <= first) or (last <= s and e <= hi)
                 or (s <= first and last <= e) for s, e in hedges)
    return negated, hedged


def frame_hits(seg: Segmented, lexicon: Lexicon) -> list[FrameHit]:
    """Every frame-term hit of a document, sentence by sentence."""
    hits: list[FrameHit] = []
    for sent in seg.sentences:
        toks = match_tokens(seg.tokens[sent.sent_id])
        found, negators, hedges = lexicon.scan(toks)
        names = _names(seg.tokens[sent.sent_id]) if found else ()
        for first, last, index in found:
            if names and lexicon.terms[index].term[:1].islower() and any(
                    s <= toks[first].start and toks[last - 1].end <= e for s, e in names):
                continue                    # "United States", "Security Council": a name, not a frame term
            negated, hedged = modifiers(toks, first, last, negators, hedges)
            hits.append(FrameHit(sent.sent_id, first, last, toks[first].start, toks[last - 1].end,
                                 index, negated, hedged))
    return hits


def _names(tokens) -> list[tuple[int, int]]:
    """Character spans of the names of two or more words in a sentence's tokens."""
    return [(tokens[i].start, tokens[j - 1].end) for i, j in name_spans(tokens) if j - i >= 2]


class _UnitIndex:
    """Finds the unit of a span quickly: quote units sorted by start."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.sentence_of = {u.sent_id: u.unit_id for u in units if u.kind == "sentence"}
        self.quotes = sorted((u for u in units if u.kind != "sentence"), key=lambda u: u.start)
        self.starts = [u.start for u in self.quotes]
        self.reach = []         # reach[i]: the largest end among quotes[:i + 1]
        for u in self.quotes:
            self.reach.append(max(u.end, self.reach[-1]) if self.reach else u.end)

    def unit_of(self, sent_id: int, start: int, end: int) -> int:
        """The shortest quote unit holding the span (the first of equals), else its sentence's unit."""
        k = bisect_right(self.starts, start) - 1
        best, best_len = self.sentence_of[sent_id], None
        while k >= 0 and self.reach[k] >= end:      # scanning back; no earlier quote reaches the span's end
            u = self.quotes[k]
            if end <= u.end and (best_len is None or u.end - u.start <= best_len):
                best, best_len = u.unit_id, u.end - u.start
            k -= 1
        return best


def framing_rows(seg: Segmented, units: Sequence[Unit], hits: Sequence[FrameHit], lexicon: Lexicon) -> list[tuple]:
    """Rows of :data:`FRAMING_COLUMNS`, in text order."""
    index = _UnitIndex(units)
    rows = []
    for h in hits:
        term = lexicon.terms[h.term_index]
        rows.append((seg.doc_id, index.unit_of(h.sent_id, h.start, h.end), h.sent_id, term.frame, term.term,
                     seg.text[h.start:h.end], h.start, h.end, term.weight, h.negated, h.hedged))
    return rows


def framing_frame(rows: Sequence[tuple]) -> pd.DataFrame:
    """The framing table from rows, with stable dtypes."""
    frame = pd.DataFrame(rows, columns=FRAMING_COLUMNS)
    return frame.astype({"negated": bool, "hedged": bool, "weight": float})
