"""Units of analysis: whose words each stretch of text is.

Every score (sentiment, framing, stance) is computed on *units*:

``sentence``
    A sentence of the document, read as the **author's** words. When the
    sentence holds quotes, their words are not the author's: the sentence's
    ``author_text`` leaves them out (the unit's span stays the sentence's, so
    its offsets remain valid).
``direct``, ``partial``, ``reported``
    A quote (see :func:`discourse.extract_quotes`), read as its **speaker's**
    words. A partial quote inside reported speech of the same speaker is part
    of that reported unit and is not a unit of its own, so no word counts
    twice. Scare quotes are nobody's speech and stay the author's.

``unit_actors`` links units to actors, with a role:

``speaker``
    The unit is a quote spoken by the actor: the speaker's canonical actor
    (Barrot -> France) and, for a person in the lexicon, the person too.
``mentioned``
    The unit is an author's sentence that names the actor outside its quotes:
    the author describes the actor.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from .actors import ActorLexicon, Mention
from .text import Segmented, Token

__all__ = ["Unit", "UNIT_COLUMNS", "UNIT_ACTOR_COLUMNS", "doc_units", "unit_rows", "unit_actor_rows",
           "author_tokens"]

#: Columns of ``Analysis.units``.
UNIT_COLUMNS = ["doc_id", "unit_id", "sent_id", "kind", "start", "end", "text", "speaker", "actor", "n_words"]
#: Columns of ``Analysis.unit_actors``.
UNIT_ACTOR_COLUMNS = ["doc_id", "unit_id", "actor", "role"]

_QUOTE_KINDS = ("direct", "partial", "reported")
_QUOTE_MARKS = ('"', "'")
_KIND_ORDER = {"sentence": 0, "reported": 1, "direct": 2, "partial": 3}


class Unit(NamedTuple):
    """A unit of one document (see the module docstring)."""

    unit_id: int
    sent_id: int
    kind: str
    start: int
    end: int
    speaker: str
    actor: str | None
    holes: tuple[tuple[int, int], ...]       # spans of quote units inside a sentence unit


def doc_units(seg: Segmented, quote_rows: Sequence[tuple]) -> list[Unit]:
    """The units of one document, sentence units and quote units, in text order.

    Parameters
    ----------
    seg : Segmented
    quote_rows : sequence of tuple
        Rows of :data:`discourse.quotes.QUOTE_COLUMNS` for this document.
    """
    quotes = []
    for row in quote_rows:
        kind, start, end, speaker, actor = row[3], row[5], row[6], row[7], row[8]
        if kind in _QUOTE_KINDS and end > start:
            quotes.append((start, end, kind, row[2], speaker or "", actor if isinstance(actor, str) else None))
    # a partial quote inside reported speech of the same speaker belongs to that reported unit
    reported = _SpanIndex([q for q in quotes if q[2] == "reported"])
    kept = [q for q in quotes if not (q[2] == "partial" and any(
        r[0] <= q[0] and q[1] <= r[1] and r[4] == q[4] for r in reported.overlapping(q[0], q[1])))]
    spans = _SpanIndex(kept)
    raw: list[tuple] = []
    for sent in seg.sentences:
        holes = tuple(sorted((q[0], q[1]) for q in spans.overlapping(sent.start, sent.end)))
        raw.append((sent.start, _KIND_ORDER["sentence"], sent.end, sent.sent_id, "sentence", "", None,
                    _merge_spans(holes)))
    for start, end, kind, sid, speaker, actor in kept:
        raw.append((start, _KIND_ORDER[kind], end, sid, kind, speaker, actor, ()))
    raw.sort(key=lambda r: (r[0], r[1], r[2]))
    return [Unit(i, r[3], r[4], r[0], r[2], r[5], r[6], r[7]) for i, r in enumerate(raw)]


class _SpanIndex:
    """Items that start with a ``(start, end)`` span, found by overlap in time linear in the answer.

    Items are sorted by start; ``reach[i]`` is the largest end among the first
    ``i + 1`` items, so a backward scan from the last item starting before a
    query's end stops at the first item from which no earlier one can reach
    the query.

    Examples
    --------
    >>> index = _SpanIndex([(0, 50, "a"), (10, 12, "b"), (20, 25, "c"), (60, 70, "d")])
    >>> [item[2] for item in index.overlapping(11, 22)]
    ['a', 'b', 'c']
    >>> [item[2] for item in index.overlapping(52, 58)]
    []
    """

    def __init__(self, items: Sequence[tuple]) -> None:
        self.items = sorted(items, key=lambda item: item[0])
        self.starts = [item[0] for item in self.items]
        self.reach: list[int] = []
        for item in self.items:
            self.reach.append(max(item[1], self.reach[-1]) if self.reach else item[1])

    def overlapping(self, start: int, end: int) -> list[tuple]:
        """The items whose span overlaps ``[start, end)`` (``item_start < end`` and ``item_end > start``),
        in order of start."""
        found = []
        k = bisect_left(self.starts, end) - 1
        while k >= 0 and self.reach[k] > start:
            if self.items[k][1] > start:
                found.append(self.items[k])
            k -= 1
        found.reverse()
        return found


def _merge_spans(spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def unit_tokens(seg: Segmented, unit: Unit) -> list[Token]:
    """The tokens whose words belong to the unit: inside a quote unit's span,
    or, for a sentence, outside its quotes."""
    if unit.kind == "sentence":         # a sentence unit spans its sentence: every token of it
        toks = list(seg.tokens[unit.sent_id])
    else:
        sids = range(seg.sentence_at(unit.start), seg.sentence_at(max(unit.start, unit.end - 1)) + 1)
        toks = [t for sid in sids for t in seg.tokens[sid] if unit.start <= t.start and t.end <= unit.end]
    if unit.holes:
        return author_tokens(toks, unit.holes)
    return toks


def author_tokens(tokens: Sequence[Token], holes: Sequence[tuple[int, int]]) -> list[Token]:
    """``tokens`` (in text order) minus those starting inside ``holes`` (sorted, disjoint spans); the
    quote marks right around a hole go with it.

    Examples
    --------
    >>> from discourse.text import tokenize
    >>> text = 'Kyiv said "no talks" today.'
    >>> [t.text for t in author_tokens(tokenize(text), [(11, 19)])]
    ['Kyiv', 'said', 'today', '.']
    """
    starts = [t.start for t in tokens]
    out: list[Token] = []
    pos, n = 0, len(tokens)
    for hole_start, hole_end in holes:
        lo, hi = bisect_left(starts, hole_start), bisect_left(starts, hole_end)
        if lo > 0 and tokens[lo - 1].end == hole_start and tokens[lo - 1].text in _QUOTE_MARKS:
            lo -= 1
        if hi < n and tokens[hi].start == hole_end and tokens[hi].text in _QUOTE_MARKS:
            hi += 1
        if lo > pos:
            out.extend(tokens[pos:lo])
        pos = max(pos, hi)
    out.extend(tokens[pos:])
    return out


def unit_text(seg: Segmented, unit: Unit) -> str:
    """The words of a unit as one string: for a sentence with quotes, the author's part only."""
    if not unit.holes:
        return seg.text[unit.start:unit.end]
    parts, pos = [], unit.start
    for s, e in unit.holes:
        s, e = max(s, unit.start), min(e, unit.end)
        if s > pos:
            parts.append(seg.text[pos:s])
        pos = max(pos, e)
    parts.append(seg.text[pos:unit.end])
    text = " ".join(p.strip().strip("\"'").strip() for p in parts)
    return " ".join(text.split())


def unit_rows(seg: Segmented, units: Sequence[Unit], *, tokens: Sequence[list[Token]] | None = None) -> list[tuple]:
    """Rows of :data:`UNIT_COLUMNS`; ``tokens`` are each unit's :func:`unit_tokens` when already computed."""
    if tokens is None:
        tokens = [unit_tokens(seg, u) for u in units]
    return [(seg.doc_id, u.unit_id, u.sent_id, u.kind, u.start, u.end, seg.text[u.start:u.end], u.speaker,
             u.actor, sum(1 for t in toks if t.text[:1].isalnum())) for u, toks in zip(units, tokens)]


def unit_actor_rows(seg: Segmented, units: Sequence[Unit], mentions: Sequence[Mention],
                    lexicon: ActorLexicon) -> list[tuple]:
    """Rows of :data:`UNIT_ACTOR_COLUMNS`: speakers of quote units, actors named in author sentences."""
    rows: list[tuple] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.actor:
            by_sentence.setdefault(m.sent_id, []).append(m)
    for u in units:
        if u.kind != "sentence":
            seen = []
            if u.actor:
                seen.append(u.actor)
            person = lexicon.get(u.speaker) if u.speaker else None
            if person is not None and person.name not in seen:
                seen.append(person.name)
            rows.extend((seg.doc_id, u.unit_id, a, "speaker") for a in seen)
            continue
        named: list[str] = []
        for m in by_sentence.get(u.sent_id, ()):
            if any(s <= m.start < e for s, e in u.holes):
                continue
            if m.actor not in named:
                named.append(m.actor)
        rows.extend((seg.doc_id, u.unit_id, a, "mentioned") for a in named)
    return rows
