"""Quote marks: pairing the marks of a clean text into quoted spans.

:func:`quote_spans` pairs double marks (``"``) per paragraph, a quote left
open at a paragraph's end continuing when the next paragraph opens with a
mark (the news convention for long quotes), then single marks (``'``, the
British convention) outside the double-quoted spans, telling a closing mark
from an apostrophe or a plural possessive by the characters around it.

Examples
--------
>>> t = 'He said: "One." Then \\'two\\'.'
>>> [t[s.start:s.end] for s in quote_spans(t)]
['One.', 'two']
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from .errors import UnterminatedQuoteWarning
from .text import paragraphs

__all__ = ["QuoteSpan", "quote_spans"]


class QuoteSpan(NamedTuple):
    """The text between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    closed: bool


def quote_spans(text: str, *, doc_id: str = "doc",
                paragraph_spans: Sequence[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Pair the quote marks of a clean text into quote spans.

    Double marks (``"``) are paired first. Single marks (``'``, the British
    convention: ``'We stand with Ukraine,' Starmer said``) are paired outside
    them, where an opening mark starts a word after a space and a closing mark
    ends one before a space or punctuation; apostrophes (``Ukraine's``,
    ``don't``, ``the '90s``) and plural possessives before a lower-case word
    (``the allies' plan``) are not marks unless nothing else closes the
    quote. An unclosed single mark is taken for an apostrophe and ignored.

    Parameters
    ----------
    text : str
        Clean text (typographic quotes already normalised to ``"`` and ``'``).
    doc_id : str, default="doc"
        Named in the warning for an unterminated double quote.
    paragraph_spans : sequence of (start, end), optional
        The paragraphs of ``text`` (:func:`discourse.text.paragraphs`), when the
        caller has them already; computed when omitted.

    Returns
    -------
    list of QuoteSpan
        ``(start, end, closed)`` of each quote's content, marks excluded, in
        text order.

    Examples
    --------
    >>> t = 'He said: "One.\\n\\n"Two." Then "three'
    >>> [(t[s.start:s.end], s.closed) for s in quote_spans(t)]
    [('One.\\n\\n"Two.', True), ('three', False)]
    >>> t = "'The allies' plan is clear,' she said of the 'coalition of the willing'."
    >>> [t[s.start:s.end] for s in quote_spans(t)]
    ["The allies' plan is clear,", 'coalition of the willing']
    >>> t = "He vowed to 'stand firm for as long as it takes' as talks began."
    >>> [t[s.start:s.end] for s in quote_spans(t)]
    ['stand firm for as long as it takes']
    """
    paras = paragraphs(text) if paragraph_spans is None else paragraph_spans
    spans = _double_spans(text, paras, doc_id=doc_id)
    if "'" in text:
        spans = sorted(spans + _single_spans(text, spans, paras))
    return spans


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2013\u2014-]))'(?=[^\W_])(?!\d0s\b|(?:em|tis|til|twas|n)\b)",
                          re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?=$|[\s.,;:!?)\]\u2013\u2014-])", re.MULTILINE)


def _single_spans(text: str, blocked: list[QuoteSpan], paras: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Spans in single marks, paired per paragraph (``paras``) outside the ``blocked`` double-quoted spans.

    A mark that could be a plural possessive ("takes' as", "allies' plan")
    closes a quote only when no plain closing mark follows in the paragraph.
    """
    starts = [b.start - 1 for b in blocked]            # blocked spans are sorted and disjoint

    def free(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k < 0 or pos > blocked[k].end

    marks = sorted([(m.start(), "open") for m in _SINGLE_OPEN.finditer(text)] +
                   [(m.start(), "close" if _closes(text, m.start()) else "weak")
                    for m in _SINGLE_CLOSE.finditer(text)])
    positions = [pos for pos, _ in marks]
    spans: list[QuoteSpan] = []
    for p_start, p_end in paras:
        open_at: int | None = None
        weak: int | None = None
        for pos, mark in marks[bisect_left(positions, p_start):bisect_left(positions, p_end)]:
            if not free(pos):
                continue
            if mark == "open":
                if open_at is None:
                    open_at = pos + 1
                elif weak is not None:          # a new quote opens: the possessive-like mark closed the last
                    spans.append(QuoteSpan(open_at, weak, True))
                    open_at, weak = pos + 1, None
            elif open_at is not None and pos > open_at:
                if mark == "weak":
                    weak = pos if weak is None else weak
                    continue
                spans.append(QuoteSpan(open_at, pos, True))
                open_at, weak = None, None
        if open_at is not None and weak is not None:
            spans.append(QuoteSpan(open_at, weak, True))
    return spans


def _closes(text: str, pos: int) -> bool:
    """False for what may be a plural possessive ("the allies' plan") rather than a closing mark."""
    return not (text[pos - 1] in "sS" and text[pos + 1:pos + 2] == " " and text[pos + 2:pos + 3].islower())


_OPENING_CONTEXT = frozenset("([{")           # besides a space or a line start: the character before an opening mark
_CLOSING_CONTEXT = frozenset(".,;:!?)]}-\u2013\u2014")   # besides a space or a line end: after a closing mark


def _mark_shape(text: str, pos: int) -> str:
    """How the straight double mark at ``pos`` sits between its neighbours.

    ``"open"`` for a mark only an opening mark fits (a space before, a word
    after: ``say "we``), ``"close"`` for one only a closing mark fits (a word
    before, a space or punctuation after: ``we go" and``, ``6'3" tall``), and
    ``""`` when either fits (``:"We``, ``="x``).

    Examples
    --------
    >>> t = 'He said "we go" now.'
    >>> [_mark_shape(t, p) for p in (8, 14)]
    ['open', 'close']
    """
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    opens = before.isspace() or before in _OPENING_CONTEXT
    closes = after.isspace() or after in _CLOSING_CONTEXT
    if opens and not closes and after.isalnum():
        return "open"
    if closes and not opens and before != '"':
        return "close"
    return ""


def _double_spans(text: str, paras: Sequence[tuple[int, int]], *, doc_id: str) -> list[QuoteSpan]:
    """Spans in double marks, paired per paragraph (``paras``), resynchronised by the marks' shapes.

    A mark shaped as a closing mark where no quote is open (``review of [his]
    systems" including ...``, the inch mark of ``6'3" tall``) is a stray mark,
    skipped, so it does not invert every later pair. A mark shaped as an opening
    mark inside an open quote (``"Trump walked onto the stage, chanting "U-S-A!"``)
    opens a new quote: the open one is taken to have lost its closing mark and is
    reported as unterminated, ending before it.
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    continuing = False
    line_no, line_at = 1, 0

    def unterminated(open_at: int, end: int, where: str) -> None:
        nonlocal line_no, line_at
        line_no += text.count("\n", line_at, open_at)     # counted on from the last warning
        line_at = open_at
        warnings.warn(f"{doc_id} line {line_no}: quote mark at offset {open_at - 1} is never closed; "
                      f"the quote is taken to end {where}", UnterminatedQuoteWarning, stacklevel=4)
        while end > open_at and text[end - 1].isspace():
            end -= 1
        if end > open_at:
            spans.append(QuoteSpan(open_at, end, False))

    for index, (p_start, p_end) in enumerate(paras):
        pos = text.find('"', p_start, p_end)
        while pos != -1:
            if open_at is None:
                if _mark_shape(text, pos) != "close":
                    open_at = pos + 1                  # else a stray closing mark: skipped
            elif continuing and pos == p_start:
                pass                                   # the re-opening mark of a continued quote
            elif pos > open_at and _mark_shape(text, pos) == "open":
                unterminated(open_at, pos, "where the next one opens")   # a quote opens inside one that never closed
                open_at = pos + 1
            elif pos > open_at:
                spans.append(QuoteSpan(open_at, pos, True))
                open_at = None
            else:                                      # "" : an empty pair
                open_at = None
            continuing = False
            pos = text.find('"', pos + 1, p_end)
        if open_at is not None:
            nxt = paras[index + 1][0] if index + 1 < len(paras) else None
            if nxt is not None and text.startswith('"', nxt) and p_end - open_at > 0:
                continuing = True
                continue
            unterminated(open_at, p_end, "with its paragraph")
            open_at = None
    return spans
