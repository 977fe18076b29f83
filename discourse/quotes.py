"""Who says what: direct, partial and reported quotes, with their speakers.

:func:`extract_quotes` returns one row per quote. Kinds:

``direct``
    A quoted utterance: ``"We are not ruling out any option," Barrot said.``
``partial``
    A quoted fragment inside the author's sentence, attributed to a speaker:
    ``Barrot stressed that this decision is in the "logic of self-defense"``.
``reported``
    Indirect speech without quote marks: ``Bauer warned business leaders to
    prepare ...``, ``According to the source, discussions have resumed``.
``scare``
    A short quoted term that nobody in the sentence is reported to say:
    ``a possible "war scenario"``, ``the so-called "special operation"``.

Attribution shapes read: ``X said``, ``said X``, ``X replied: "..."``,
``X told the BBC``, ``according to X``, ``X reported that ...: "..."``,
appositions (``X, the minister, said``), a quote over several sentences or
paragraphs, the speaker named in the sentence before or after, role
references (``the minister said``), pronouns (``he said``), participle
clauses (``X ruled out ..., saying ...``), ``Y quoted X as saying`` and
British single quote marks, Q&A interview turns (:mod:`discourse.interviews`).
A quote that cannot be attributed keeps an empty speaker: never a guess.

Attribution is a sequence of sieves (:mod:`discourse.sieves`): quote ->
mention by the first sieve that decides, then mention -> speaker
(:meth:`discourse.speakers.SpeakerFinder.resolve`). Every row names its
``sieve`` and the span of the mention the speaker was read from
(``speaker_start``, ``speaker_end``). Reported speech is read in
:mod:`discourse.reported`.

Quote marks are paired per paragraph; a quote whose paragraph ends open
continues when the next paragraph opens with a quote mark (the news
convention for long quotes); otherwise it is reported as unterminated (an
:class:`~discourse.errors.UnterminatedQuoteWarning`, ``closed=False``) and
closes at the paragraph end, so the rest of the document is still read.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .actors import ActorLexicon, Mention, _as_segmented, _doc_mentions, document_date, load_actors
from .corpus import Document
from .cues import Cues, load_cues
from .errors import UnterminatedQuoteWarning
from .interviews import find_turns
from .missing import missing_as_na
from .names import _brill, normalize
from .reported import _ADVERBIAL_STARTS, ReportedSpeech
from .sieves import QUOTE_SIEVES, Attribution as _Attribution, QuoteRow as _Row, QuoteSite, attribute
from .speakers import _NEVER_INVERTED, Speaker, SpeakerFinder, _Expr
from .text import Segmented, paragraphs

__all__ = ["QUOTE_COLUMNS", "quote_spans", "extract_quotes", "quotes_frame"]

#: Columns of the frame returned by :func:`extract_quotes`.
QUOTE_COLUMNS = ["doc_id", "quote_id", "sent_id", "kind", "text", "start", "end",
                 "speaker", "actor", "cue", "via", "speaker_kind", "closed",
                 "code", "speaker_start", "speaker_end", "sieve"]

_SPECIFIC = frozenset({"person", "role", "actor", "name", "pronoun"})
_TERMINAL = tuple(".!?,;:")
_TRIM = ".,;:"
_SCARE_MARKERS = frozenset({"so-called", "so", "dubbed", "termed", "labelled", "labeled"})
_MAX_SCARE_WORDS = 4
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_NAMING_VERBS = frozenset({"call", "describe", "hail", "dub", "term", "label", "brand"})
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
# titles that make a name a person's, with the gender they give ("Mr. Obama" may be "he")
_HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "dr": None, "sen": None,
               "rep": None, "gov": None, "president": None, "senator": None, "gen": None}
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or", "because", "if", "although", "though"})
_POSTMODIFIERS = frozenset({"with", "from", "in", "at", "of", "on", "near", "for"})
_MAX_OUTLET_DESCRIPTION = 3   # words before an outlet's name: "German public broadcaster ARD"
_MAX_TAIL = 4          # words after the cue in an attribution-only sentence ("Peskov said on Monday.")


class QuoteSpan(NamedTuple):
    """The text between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    closed: bool


def quote_spans(text: str, *, doc_id: str = "doc") -> list[QuoteSpan]:
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
    spans = _double_spans(text, doc_id=doc_id)
    if "'" in text:
        spans = sorted(spans + _single_spans(text, spans))
    return spans


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2013\u2014-]))'(?=[^\W_])(?!\d0s\b|(?:em|tis|til|twas|n)\b)",
                          re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?=$|[\s.,;:!?)\]\u2013\u2014-])", re.MULTILINE)


def _single_spans(text: str, blocked: list[QuoteSpan]) -> list[QuoteSpan]:
    """Spans in single marks, paired per paragraph outside the ``blocked`` double-quoted spans.

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
    for p_start, p_end in paragraphs(text):
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


def _double_spans(text: str, *, doc_id: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    continuing = False
    paras = paragraphs(text)
    line_no, line_at = 1, 0
    for index, (p_start, p_end) in enumerate(paras):
        pos = text.find('"', p_start, p_end)
        while pos != -1:
            if open_at is None:
                open_at = pos + 1
            elif continuing and pos == p_start:
                pass                                   # the re-opening mark of a continued quote
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
            line_no += text.count("\n", line_at, open_at)     # counted on from the last warning
            line_at = open_at
            line = line_no
            warnings.warn(f"{doc_id} line {line}: quote mark at offset {open_at - 1} is never closed; "
                          "the quote is taken to end with its paragraph", UnterminatedQuoteWarning, stacklevel=3)
            if p_end > open_at:
                spans.append(QuoteSpan(open_at, p_end, False))
            open_at = None
    return spans


class _QuoteReader(ReportedSpeech):
    """Reads the quotes of one segmented document: the quoted spans and their sieves here,
    reported speech in :class:`discourse.reported.ReportedSpeech`, interview turns in
    :mod:`discourse.interviews`."""

    def __init__(self, seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon, cues: Cues) -> None:
        self.seg, self.lexicon, self.cues = seg, lexicon, cues
        self.spans = quote_spans(seg.text, doc_id=seg.doc_id)
        self.finder = SpeakerFinder(seg, mentions, lexicon, cues,
                                    quoted=[(s.start - 1, s.end + 1) for s in self.spans])
        self.words = {s.sent_id: [normalize(t.text) for t in seg.tokens[s.sent_id]] for s in seg.sentences}
        self.used: set[tuple[int, int]] = set()         # (sent_id, token) consumed by a quote's attribution
        self._heads: dict[int, frozenset[str]] = {}     # first words of each phrase list
        # first words of every cue verb and source phrase: a word not among them starts no attribution
        self._cue_heads = cues.verb_heads | frozenset(p[0] for p in cues.source_phrases if p)
        self._paragraphs = paragraphs(seg.text)
        self._paragraph_starts = frozenset(p[0] for p in self._paragraphs)
        self._paragraph_offsets = [p[0] for p in self._paragraphs]
        self._quote_rows: list[_Row] = []               # the quote rows read so far, in text order
        self._quote_row_starts: list[int] = []
        self.sieves = QUOTE_SIEVES                      # quote -> mention passes, in order
        self._people = [m for m in mentions if m.type == "person" and m.actor and m.kind != "role"]

    # -- token helpers ------------------------------------------------------------------
    def tokens(self, sid: int):
        return self.seg.tokens[sid]

    def first_token_at(self, sid: int, offset: int) -> int:
        toks = self.tokens(sid)
        return next((k for k, t in enumerate(toks) if t.start >= offset), len(toks))

    def _opens_paragraph(self, offset: int) -> bool:
        return offset in self._paragraph_starts

    def open_word(self, sid: int, k: int) -> bool:
        return not self.finder.in_quote(self.tokens(sid)[k].start)

    def phrase_at(self, sid: int, k: int, phrases) -> int | None:
        words = self.words[sid]
        heads = self._heads.get(id(phrases))
        if heads is None:
            heads = self._heads[id(phrases)] = frozenset(p[0] for p in phrases if p)
        if words[k] not in heads:
            return None
        for phrase in phrases:
            if tuple(words[k:k + len(phrase)]) == phrase:
                return k + len(phrase)
        return None

    # -- attribution --------------------------------------------------------------------
    def after(self, sid: int, k: int) -> _Attribution | None:
        """Attribution right after a closing quote mark: ', X said' / ', said X' / ', according to X'."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        dashed = False
        while k < n and toks[k].text in (",", "-", "--", "\u2014", "\u2013", "\u2015"):
            dashed = dashed or toks[k].text != ","
            k += 1
        if k >= n or not self.open_word(sid, k):
            return None
        if dashed:                              # '"We will not be intimidated" -- President Andrzej Duda.'
            expr = self.finder.expr_starting_at(sid, k)
            if expr is not None and all(t.text in (".", "!", "?") for t in toks[expr.last:]) and \
                    (expr.kind == "name" or (expr.mention is not None and expr.mention.type == "person")):
                return self._attr(sid, expr, "", k, expr.last)
        verb = self.cues.match_verb(words, k)
        if verb is not None and verb[1] not in _NEVER_INVERTED:
            expr = self.finder.expr_starting_at(sid, verb[0])
            if expr is not None:
                expr = self.finder.coordinated_after(sid, expr)    # '"...," reply Burton and Nick'
                return self._attr(sid, expr, verb[1], k, expr.last)
        expr = self.finder.expr_starting_at(sid, k)
        if expr is None and words[k] in ("it", "they") and k + 1 < n and self.cues.match_verb(words, k + 1):
            expr = _Expr(k, k + 1, words[k])        # '"...," it added', '"...," they said': named before
        if expr is not None:
            j = expr.last
            if j < n and toks[j].text == "(":           # "Rep. Jane Doe (D-Wis.) said"
                close = next((c for c in range(j + 1, min(n, j + 8)) if toks[c].text == ")"), None)
                j = close + 1 if close is not None else j
            if j < n and toks[j].text in (",", "--", "\u2014", "\u2013"):
                j = self._past_appositions(sid, j)
            elif j < n and (words[j] in _POSTMODIFIERS or (toks[j].text.islower() and (
                    expr.kind == "unnamed" or (expr.mention is not None and expr.mention.kind == "role")))):
                # "a Ukrainian soldier with the call sign "Bison" told", "a diplomat involved in the talks said"
                stop = next((c for c in range(j + 1, min(n, j + 12)) if toks[c].text in (",", ";", ".")), n)
                cues = [c for c in range(j + 1, min(stop, j + 12))
                        if self.open_word(sid, c) and self.cues.match_verb(words, c)]
                j = cues[-1] if cues else j
            while j < n and words[j] in _SKIP_FORWARD:
                j += 1
            verb = self.cues.match_verb(words, j) if j < n else None
            if verb is not None:
                return self._attr(sid, expr, verb[1], j, verb[0])
        end = self.phrase_at(sid, k, self.cues.source_phrases)
        if end is not None:
            expr = self.finder.expr_starting_at(sid, end)
            if expr is not None:
                return self._attr(sid, expr, " ".join(words[k:end]), k, expr.last)
        return None

    def _past_appositions(self, sid: int, j: int) -> int:
        """Token index after the appositions that open at token ``j`` (a comma or a dash)
        after a speaker: up to three ('X, the attorney general of Ohio, one of the states
        suing, said'; 'X, the chief executive of Y -- the company that ... --, said') when
        a cue follows them, else after the first."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        at, first = j, None
        for _ in range(3):
            mark = toks[at].text
            close = next((c for c in range(at + 1, min(n, at + 26)) if toks[c].text == mark), None)
            if close is None:
                break
            first = close + 1 if first is None else first
            k = close + 1
            while k < n and toks[k].text == ",":
                k += 1
            cue_at = k
            while cue_at < n and words[cue_at] in _SKIP_FORWARD:
                cue_at += 1
            if cue_at < n and self.cues.match_verb(words, cue_at):
                return k
            if toks[close].text != ",":
                break
            at = close                      # the comma that closes one apposition opens the next
        return first if first is not None else j

    def _attr(self, sid: int, expr: _Expr, cue: str, cue_token: int, last: int) -> _Attribution:
        """An attribution after a quote; its tokens, and a channel phrase right after
        them (", according to Le Monde"), are not read again as reported speech."""
        end = max(last, expr.last)
        toks, n = self.tokens(sid), len(self.tokens(sid))
        k = end + (end < n and toks[end].text == ",")
        channel = self.phrase_at(sid, k, self.cues.channel_phrases) if k < n else None
        if channel is not None:
            outlet = self.finder.expr_starting_at(sid, channel)
            end = outlet.last if outlet is not None else channel
        self.used.update((sid, t) for t in range(min(cue_token, expr.first), end))
        return _Attribution(self.finder.resolve(sid, expr), cue, cue_token, sid)

    def before(self, sid: int, stop: int) -> _Attribution | None:
        """The nearest cue left of token ``stop`` with a speaker: 'X replied:', 'X stressed that ...'."""
        words = self.words[sid]
        for c in range(stop - 1, -1, -1):
            if not self.open_word(sid, c):
                continue
            end = self.phrase_at(sid, c, self.cues.source_phrases)
            if end is not None and end <= stop:
                expr = self.finder.expr_starting_at(sid, end)
                if expr is not None:
                    return _Attribution(self.finder.resolve(sid, expr), " ".join(words[c:end]), c, sid)
            verb = self.cues.match_verb(words, c)
            if verb is None or verb[0] > stop:
                continue
            expr = self.subject(sid, c)
            if expr is None and verb[0] < stop:
                inverted = self.finder.expr_starting_at(sid, verb[0])
                if inverted is not None and inverted.last <= stop and self._ends_clause(sid, inverted.last, stop):
                    expr = inverted
            if expr is not None:
                return _Attribution(self.finder.resolve(sid, expr), verb[1], c, sid)
        return None

    def _ends_clause(self, sid: int, k: int, stop: int) -> bool:
        return k >= stop or self.tokens(sid)[k].text in (":", ",")

    def subject(self, sid: int, c: int) -> _Expr | None:
        """Subject of the cue at ``c``; "and reiterated" takes the subject of the cue before it."""
        expr = self.finder.subject_before(sid, c)
        if expr is not None:
            return expr
        words = self.words[sid]
        if c > 0 and words[c - 1] in ("it", "they"):        # "The Kremlin has welcomed what it calls ..."
            expr = self.clause_subject(sid)
            if expr is not None and expr.kind == "mention" and expr.mention.type != "person" and expr.last < c - 1:
                return expr
            if c == 1 or not self.tokens(sid)[c - 2].text.isalpha():
                return _Expr(c - 1, c, words[c - 1])    # "It said", "They said": the actor or group before
        if c > 0 and words[c].endswith("ing") and self.tokens(sid)[c - 1].text == ",":
            # '"...," De Wever told reporters, adding that ...': the subject of the cue before
            for b in range(c - 2, -1, -1):
                if self.open_word(sid, b) and self.cues.match_verb(words, b):
                    expr = self.subject(sid, b)
                    if expr is not None:
                        return expr
                    break
            return self.clause_subject(sid)     # "Scholz ruled out ..., saying it would ..."
        if c > 0 and words[c - 1] == "as":          # "X was quoted by TASS as saying that ..."
            for q in range(c - 2, max(-1, c - 10), -1):
                if words[q] in ("quoted", "cited") and self.open_word(sid, q):
                    if q > 0 and words[q - 1] in ("was", "were", "is", "are", "been"):
                        return self.finder.subject_before(sid, q - 1)
                    quoted = self.finder.expr_starting_at(sid, q + 1)   # "TASS quoted Putin as saying"
                    if quoted is not None and quoted.last == c - 1:
                        return quoted
                    return self.finder.subject_before(sid, q)
        if c > 0 and words[c - 1] in ("and", "but", "before", "then"):
            # the first cue of the sentence that has a subject governs the chain:
            # "X said Washington welcomed ... and urged ..." -> X
            earlier = [b for b in range(c - 1) if self.open_word(sid, b) and self.cues.match_verb(words, b)]
            for b in earlier:
                expr = self.finder.subject_before(sid, b)
                if expr is not None:
                    return expr
            if earlier:
                return self.subject(sid, earlier[-1])
            # "Shmyhal thanked partners but warned that ...": the subject of the clause
            expr = self.clause_subject(sid)
            if expr is not None and expr.kind in ("mention", "name") and expr.last < c - 1 and (
                    expr.kind == "name" or expr.mention.type == "person"):
                return expr
        return None

    def clause_subject(self, sid: int) -> _Expr | None:
        """The subject that opens sentence ``sid``, after a dateline and an
        introductory adverbial ("On Sunday, ...")."""
        toks, words = self.tokens(sid), self.words[sid]
        k = self.finder.dateline_end(sid)
        expr = self.finder.expr_starting_at(sid, k)
        if expr is None and k < len(toks) and (words[k] in _ADVERBIAL_STARTS or words[k].endswith("ing")):
            # "On Sunday, ...", "Speaking at a news conference in Warsaw, Zelensky ..."
            comma = next((j for j in range(k, min(len(toks), k + 20)) if toks[j].text == ","), None)
            if comma is not None:
                expr = self.finder.expr_starting_at(sid, comma + 1)
        return expr

    def via(self, sids: Iterable[int], speaker: Speaker | None) -> str | None:
        """The outlet the words reached us through: 'according to Le Monde', 'told the BBC'."""
        for sid in sids:
            words = self.words[sid]
            for k in range(len(words)):
                if not self.open_word(sid, k):
                    continue
                end = self.phrase_at(sid, k, self.cues.channel_phrases)
                if end is None:
                    continue
                toks = self.tokens(sid)
                # the outlet may follow a short description: "told German broadcaster ARD"
                for at in range(end, min(len(toks), end + _MAX_OUTLET_DESCRIPTION + 1)):
                    expr = self.finder.expr_starting_at(sid, at)
                    m = expr.mention if expr is not None else None
                    if m is not None and m.type == "media" and (speaker is None or speaker.actor != m.actor):
                        return m.actor
                    if not toks[at].text.isalpha():
                        break
        return None

    # -- context attributions (used by the sieves in discourse.sieves) ------------------
    def colon_introduction(self, prev: int, stop: int | None = None) -> _Attribution | None:
        """The speaker of the words of sentence ``prev`` before token ``stop`` (its end by
        default) when they end with a colon: a cue with its subject ("Zelensky said:"),
        or the person or actor opening the sentence ("Zelensky put it bluntly:")."""
        prev_toks = self.tokens(prev)
        stop = len(prev_toks) if stop is None else stop
        if not stop or prev_toks[stop - 1].text != ":":
            return None
        attr = self.before(prev, stop)
        if attr is not None:
            return attr
        expr = self.clause_subject(prev)
        if expr is not None and self._calendar(prev, expr):
            return None                             # "In July:", "On Monday:": a date, not a speaker
        if expr is not None and (expr.kind == "name" or (expr.kind == "mention" and expr.mention.type in (
                "person", "state", "organisation", "media"))):
            return _Attribution(self.finder.resolve(prev, expr), "", -1, prev)
        return None

    def _calendar(self, sid: int, expr: _Expr) -> bool:
        return any(w in _CALENDAR for w in self.words[sid][expr.first:expr.last])

    def following_attribution(self, nxt: int, offset: int = 0) -> _Attribution | None:
        """The speaker of sentence ``nxt`` when it is a short attribution and nothing
        else ("Peskov said on Monday."). A sentence that goes on is not one."""
        if nxt >= len(self.seg.sentences):
            return None
        toks = self.tokens(nxt)
        k0 = 0
        while k0 < len(toks) and self.finder.is_mark(toks[k0]) and toks[k0].start >= offset:
            k0 += 1                                     # the closing mark, when the segmenter put it here
        if len(toks) > 12 or any(self.finder.in_quote(t.start) for t in toks[k0:]):
            return None
        if k0 < len(toks) and toks[k0].text in _DASHES:     # '"..." \u2015 Jane Doe' (vox pops, readers' comments)
            expr = self.finder.expr_starting_at(nxt, k0 + 1)
            if expr is not None and (expr.kind == "name" or (expr.mention is not None and expr.mention.type == "person")) \
                    and all(not t.text[:1].isalnum() for t in toks[expr.last:]):
                return self._attr(nxt, expr, "", k0, expr.last)
            return None
        expr = self.finder.expr_starting_at(nxt, 0)
        if expr is None:
            return None
        k = expr.last
        while k < len(toks) and self.words[nxt][k] in _SKIP_FORWARD:
            k += 1
        verb = self.cues.match_verb(self.words[nxt], k) if k < len(toks) else None
        tail = [w for w in self.words[nxt][verb[0]:] if w.isalnum()] if verb else []
        if verb is not None and (not tail or (len(tail) <= _MAX_TAIL and tail[0] in _ADVERBIAL_STARTS)):
            return self._attr(nxt, expr, verb[1], k, verb[0])
        return None

    def continued_quote(self, s0: int, previous: _Row | None) -> _Attribution | None:
        """The speaker of the direct quote ``previous`` when it ends in the sentence
        before ``s0`` or in ``s0`` itself; the speaker's mention is the one that
        quote was attributed through."""
        if previous is None or previous.kind != "direct" or not previous.speaker:
            return None
        if s0 - self.seg.sentence_at(previous.end) > 1:
            return None
        speaker = Speaker(previous.speaker, previous.actor, previous.speaker_kind,
                          previous.speaker_start, previous.speaker_end)
        return _Attribution(speaker, "", -1, s0)

    def previous_subject(self, prev: int) -> _Attribution | None:
        """The person (a lexicon person or an unlisted name) who opens sentence ``prev``."""
        toks = self.tokens(prev)
        if not toks or not self.open_word(prev, 0):
            return None
        expr = self.finder.expr_starting_at(prev, 0)
        if expr is not None and expr.first > self.finder.dateline_end(prev) and \
                not all(self.finder.title_word(t.text) and self.words[prev][j] not in _ADVERBIAL_STARTS | _CONJUNCTIONS
                        for j, t in enumerate(toks[:expr.first])):
            return None                             # "In Tawila, ...", "But Leila Qasim ...": not the subject
        if expr is None or self._calendar(prev, expr) or \
                sum(t.text[:1].isalpha() for t in toks[expr.last:]) < 2:
            return None                             # "Getty/Instagram.": a credit line, not a clause
        if expr.kind in ("mention", "name") and (expr.kind == "name" or expr.mention.type == "person"):
            return _Attribution(self.finder.resolve(prev, expr), "", -1, prev)
        return None

    def paragraph_speaker(self, offset: int) -> _Attribution | None:
        """The one speaker of the paragraph before the one that opens at ``offset``:
        every quote there with a speaker is theirs, or, when it holds no quote,
        every cue with a subject in its last sentences names them. A floating
        quote (a paragraph of nothing but quotation) continues that speaker."""
        k = bisect_right(self._paragraph_offsets, offset) - 1
        if k < 1:
            return None
        p_start, p_end = self._paragraphs[k - 1]
        rows = self._quote_rows
        i = bisect_right(self._quote_row_starts, p_start - 1)
        inside = [r for r in rows[i:] if r.start < p_end and r.kind in ("direct", "partial")]
        if any(not r.speaker for r in inside):
            return None                             # an unattributed quote: not clearly anyone's
        found: list[tuple[int, Speaker]] = [
            (self.seg.sentence_at(r.start), Speaker(r.speaker, r.actor, r.speaker_kind, r.speaker_start,
                                                    r.speaker_end)) for r in inside]
        first, last = self.seg.sentence_at(p_start), self.seg.sentence_at(max(p_start, p_end - 1))
        for sid in range(max(first, last - 5), last + 1):
            words = self.words[sid]
            for c, word in enumerate(words):
                if word not in self.cues.verb_heads or not self.open_word(sid, c) or \
                        self.cues.match_verb(words, c) is None:
                    continue
                expr = self.subject(sid, c)
                speaker = self.finder.resolve(sid, expr) if expr is not None else None
                if speaker is not None:
                    found.append((sid, speaker))
        if not found or len({(sp.name, sp.actor) for _, sp in found}) != 1:
            return None
        quoted = [f for f in found if f[1].kind != "pronoun"] or found     # the name, not "she"
        return _Attribution(quoted[-1][1], "", -1, quoted[-1][0])

    # -- quotes -------------------------------------------------------------------------
    def quoted(self) -> list[_Row]:
        rows: list[_Row] = []
        self._quote_rows, self._quote_row_starts = rows, []
        text = self.seg.text
        last_direct: _Row | None = None
        for span in self.spans:
            s0 = self.seg.sentence_at(span.start)
            s1 = self.seg.sentence_at(max(span.start, span.end - 1))
            open_tok = self.first_token_at(s0, span.start - 1)
            before_toks = [t for t in self.tokens(s0)[:open_tok] if not self.finder.in_quote(t.start)]
            close_tok = self.first_token_at(s1, span.end + 1) if span.closed else len(self.tokens(s1))
            content = text[span.start:span.end]
            n_words = len(content.split())
            initial = self._clause_initial(s0, open_tok, before_toks) or \
                self._whole_sentence_after_cue(s0, open_tok, before_toks, content, span)
            bare = not span.closed or all(not t.text[:1].isalnum() for t in self.tokens(s1)[close_tok:])
            site = QuoteSite(s0, s1, open_tok, close_tok, span.closed, before_toks, initial, bare, last_direct,
                             self._opens_paragraph(span.start - 1), span.start - 1, span.end)
            attr = attribute(self, site, self.sieves)
            kind = "direct"
            if initial:
                stripped = content.rstrip()
                if (not before_toks and (attr is None or attr.sieve != "trailing_cue") and n_words <= 3
                        and not stripped.endswith(_TERMINAL) and not stripped.endswith("...")):
                    kind, attr = "scare", None
            else:
                speaker = attr.speaker if attr else None
                marker = normalize(before_toks[-1].text) if before_toks else ""
                if marker in _SCARE_MARKERS or (marker in _POSSESSIVES and n_words <= 3):
                    kind, attr = "scare", None          # 'announced his "peace plan"': the journalist's distance
                elif speaker is not None and (speaker.kind in _SPECIFIC or speaker.actor or self._predicative(before_toks)):
                    kind = "partial"
                elif n_words <= _MAX_SCARE_WORDS:
                    kind, attr = "scare", None
                else:
                    kind = "partial"
            start, end = span.start, span.end
            if kind in ("partial", "scare"):
                while end > start and text[end - 1] in _TRIM or (end > start and text[end - 1].isspace()):
                    end -= 1
            speaker = attr.speaker if attr else None
            sids = range(s0, s1 + 1) if not attr or attr.sent_id in range(s0, s1 + 1) else (attr.sent_id,)
            row = _Row(s0, kind, start, end, speaker.name if speaker else "", speaker.actor if speaker else None,
                       attr.cue if attr else "", self.via(sids, speaker) if speaker else None,
                       speaker.kind if speaker else "", span.closed, speaker.start if speaker else None,
                       speaker.end if speaker else None, attr.sieve if speaker else "")
            rows.append(row)
            self._quote_row_starts.append(row.start)
            if kind == "direct":
                last_direct = row
        return rows

    def _clause_initial(self, sid: int, open_tok: int, before_toks) -> bool:
        if not before_toks:
            return True
        last = before_toks[-1]
        if last.text in (":", "\u2014", "\u2013", "--", "("):     # '... note — "Europe is not a bystander," she said —'
            return True
        words = self.words[sid]
        idx = open_tok - 1
        if last.text == "," and idx > 0 and any(self.cues.match_verb(words, j) and self.open_word(sid, j)
                                                 for j in range(max(0, idx - 8), idx)) \
                and any(self.finder.is_mark(t) for t in self.tokens(sid)[max(0, idx - 10):idx]):
            # '"We stand ready," Healey said later, "to do ..."', '"...," she told lawmakers in Brussels, "and ..."'
            return True
        verb = self.cues.match_verb(words, idx) if idx >= 0 and self.tokens(sid)[idx].text.islower() else None
        return verb is not None and verb[1] not in _NAMING_VERBS     # 'what it calls "signs of realism"': a term

    def _whole_sentence_after_cue(self, sid: int, open_tok: int, before_toks, content: str,
                                  span: QuoteSpan) -> bool:
        """True for a whole quoted sentence after a cue and a comma: 'He told everyone,
        "We are leaving."', 'The minister said, "The border stays closed."' (a direct
        quote, not a fragment): it opens with a capital and ends with the sentence's
        punctuation inside the marks, or its paragraph ends with it."""
        if not before_toks or before_toks[-1].text != "," or not content[:1].isupper():
            return False
        stripped = content.rstrip()
        if not (stripped.endswith((".", "!", "?", "...")) or not span.closed or self._ends_paragraph(span.end + 1)
                or (stripped.endswith(",") and len(stripped.split()) >= 3)):
            return False
        words, idx = self.words[sid], open_tok - 1
        return any(self.open_word(sid, j) and self.cues.match_verb(words, j) is not None
                   for j in range(max(0, idx - 8), idx))

    def _ends_paragraph(self, offset: int) -> bool:
        text = self.seg.text
        while offset < len(text) and text[offset] in " \t.,":
            offset += 1
        return offset >= len(text) or text[offset] == "\n"

    @staticmethod
    def _predicative(before_toks) -> bool:
        """True when a short quote follows a verb ('the warnings were "understandable"'),
        so it is the speaker's words even from an unnamed source; after an article or
        adjective ('a possible "war scenario"') it is a term, a scare quote."""
        if not before_toks:
            return False
        word = before_toks[-1].text.lower()
        return word == "as" or _brill().get(word, "").startswith("VB")

    def learn_speakers(self) -> None:
        """Register the people who speak as the subject of a cue before any quote is
        read: unlisted names ("Olena Kovalenko, 43, a teacher, said she ...") and
        unnamed people ("The Ukrainian president's chief of staff said ..."), so that
        a pronoun in a quote ("...," she said) can find them whatever the order in
        which quotes and reported speech are read. Unlisted names also learn the
        actor their title or apposition gives them."""
        for sid, spans in self.finder.names.items():
            toks = self.tokens(sid)
            for i, j in spans:
                self.finder.learn_actor(sid, i, j)
                honorific = self.words[sid][i].rstrip(".")
                if honorific in _HONORIFICS and j - i >= 2 and not self.finder.in_quote(toks[i].start):
                    # "What Mr. Obama has seen ..." then '"...," he said': a person whoever speaks
                    speaker = self.finder.resolve(sid, _Expr(i, j, "name"))
                    if speaker is not None:
                        self.finder.persons.add(speaker.start, speaker.name, speaker.actor, _HONORIFICS[honorific])
        for sent in self.seg.sentences:
            sid, words = sent.sent_id, self.words[sent.sent_id]
            heads = self.cues.verb_heads
            for k, word in enumerate(words):
                if word not in heads or not self.open_word(sid, k) or self.cues.match_verb(words, k) is None:
                    continue
                expr = self.subject(sid, k)
                if expr is not None and (expr.kind in ("name", "unnamed", "described", "coordination") or (
                        expr.mention is not None and expr.mention.kind == "role" and not expr.mention.actor)):
                    self.finder.resolve(sid, expr)

    def read(self) -> list[_Row]:
        self.learn_speakers()
        quoted = self.quoted()
        self._direct_starts = {r.start for r in quoted if r.kind == "direct"}
        self._direct_spans = sorted((r.start - 1, r.end + 1) for r in quoted if r.kind == "direct")
        self._direct_span_starts = [s for s, _ in self._direct_spans]
        turns = self.interview_turns()
        return sorted(quoted + turns + self.reported(), key=lambda r: (r.start, r.end))

    # -- interviews ---------------------------------------------------------------------
    def interview_turns(self) -> list[_Row]:
        """Rows for the turns of a Q&A interview (see :mod:`discourse.interviews`): a
        question is the interviewer's, an answer the guest's (the first person named
        before the first turn), a name label that person. The words of a turn are not
        read again as reported speech."""
        turns = [t for t in find_turns(self.seg.text) if not self.finder.in_quote(t.start)]
        if not turns:
            return []
        guest = self._interview_guest(turns[0].label_start)
        rows = []
        for turn in turns:
            if turn.role == "answer":
                speaker = guest
            elif turn.role == "question":
                speaker = Speaker("the interviewer", None, "unnamed", turn.label_start, turn.label_end)
            else:
                speaker = self._label_speaker(turn)
                if speaker is None:
                    continue                    # "Gaza: ...": a label that names nobody we know
            sid = self.seg.sentence_at(turn.start)
            last = self.seg.sentence_at(max(turn.start, turn.end - 1))
            for s in range(sid, last + 1):
                self.used.update((s, k) for k, t in enumerate(self.tokens(s)) if turn.start <= t.start < turn.end)
            rows.append(_Row(sid, "direct", turn.start, turn.end, speaker.name if speaker else "",
                             speaker.actor if speaker else None, "", None, speaker.kind if speaker else "", True,
                             speaker.start if speaker else None, speaker.end if speaker else None,
                             "interview_turn" if speaker else ""))
        return rows

    def _interview_guest(self, before: int) -> Speaker | None:
        """The first person named before offset ``before``: a lexicon person or an unlisted name."""
        for sent in self.seg.sentences:
            if sent.start >= before:
                break
            sid, toks = sent.sent_id, self.tokens(sent.sent_id)
            names = {i: j for i, j in self.finder.names.get(sid, ())}
            for k in range(len(toks)):
                if self.finder.in_quote(toks[k].start):
                    continue
                m = self.finder.by_start.get((sid, k))
                if m is not None and m.type == "person" and m.actor:
                    return self.finder.resolve(sid, _Expr(k, m.last, "mention", m))
                if k in names and not self.finder._names_body(sid, (k, names[k])) and names[k] - k >= 2:
                    return self.finder.resolve(sid, _Expr(k, names[k], "name"))
        return None

    def _label_speaker(self, turn) -> Speaker | None:
        """The person a name label stands for: "KALLAS" -> Kaja Kallas, when the text names them."""
        key = normalize(turn.label.split()[-1])
        for m in self._people:
            if normalize(m.actor.split()[-1]) == key:
                return Speaker(m.actor, m.affiliation, "person", turn.label_start, turn.label_end)
        full = self.finder.full_names.get(key)
        if full is not None:
            return Speaker(full, self.finder.known_actor.get(full), "name", turn.label_start, turn.label_end)
        return None


_SKIP_FORWARD = frozenset("also later then has have had would will again previously recently further once "
                          "repeatedly earlier separately publicly privately reportedly".split())


def _actor_code(lexicon: ActorLexicon, actor: str | None) -> str:
    """The ISO 3166-1 alpha-3 code of ``actor`` ("" when it has none or is unknown)."""
    if not actor or actor not in lexicon:
        return ""
    return getattr(lexicon[actor], "code", None) or ""


def _rows_frame(seg: Segmented, rows: Iterable[_Row], lexicon: ActorLexicon) -> list[tuple]:
    rows = [r for r in rows if r.end > r.start]      # a pair of marks around nothing quotes no one
    return [(seg.doc_id, i, r.sent_id, r.kind, seg.text[r.start:r.end], r.start, r.end, r.speaker,
             r.actor, r.cue, r.via, r.speaker_kind, r.closed, _actor_code(lexicon, r.actor),
             r.speaker_start, r.speaker_end, r.sieve) for i, r in enumerate(rows)]


def doc_quote_rows(seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon, cues: Cues) -> list[tuple]:
    """Rows of :data:`QUOTE_COLUMNS` for one segmented document."""
    return _rows_frame(seg, _QuoteReader(seg, mentions, lexicon, cues).read(), lexicon)


def extract_quotes(
    doc: Document | str,
    *,
    actors: ActorLexicon | str | Path | None = None,
    cues: Cues | str | Path | None = None,
) -> pd.DataFrame:
    """Find the quotes of a document and who says them.

    Parameters
    ----------
    doc : Document or str
        A document, or a clean text (``doc_id`` "doc").
    actors : ActorLexicon, path or None, default=None
        Actor lexicon; ``None`` uses the packaged one.
    cues : Cues, path or None, default=None
        Speech-cue lexicon; ``None`` uses the packaged one.

    Returns
    -------
    pandas.DataFrame
        One row per quote, in text order, with columns

        ``doc_id``, ``quote_id`` (0, 1, ... within the document), ``sent_id``
            where the quote starts;
        ``kind``
            ``direct``, ``partial``, ``reported`` or ``scare``;
        ``text``, ``start``, ``end``
            the quoted words (marks excluded) and their span:
            ``text == clean_text[start:end]``;
        ``speaker``
            the person or outlet as named, full name when the document
            gives it anywhere ("" when unattributed);
        ``actor``
            the actor the speaker speaks for (Barrot -> France; an outlet
            speaks for itself; empty when unknown);
        ``cue``
            the reporting verb's lemma or phrase ("say", "reply",
            "according to"); "" when the speaker comes from context;
        ``via``
            the outlet the words reached us through ("according to Le Monde",
            "told the BBC"), else empty;
        ``speaker_kind``
            how the speaker was found: person, role, actor, name, pronoun,
            unnamed, or "";
        ``closed``
            False for a quote whose closing mark is missing;
        ``code``
            the ISO 3166-1 alpha-3 code of ``actor`` ("FRA"; "" when none);
        ``speaker_start``, ``speaker_end``
            the span of the mention the speaker was read from in this
            attribution (the pronoun, title or name): ``clean_text[speaker_start:speaker_end]``
            is the evidence; empty (NaN) when there is no speaker;
        ``sieve``
            the attribution sieve that decided the speaker (see
            :data:`discourse.sieves.QUOTE_SIEVES`), "" when none did.

    Examples
    --------
    >>> q = extract_quotes('"We are not ruling out any option," Barrot told the BBC.')
    >>> q[["kind", "speaker", "cue", "via", "sieve"]].values.tolist()
    [['direct', 'Barrot', 'tell', 'BBC', 'trailing_cue']]
    >>> text = '"We are not ruling out any option," Barrot told the BBC.'
    >>> row = extract_quotes(text).iloc[0]
    >>> text[int(row.speaker_start):int(row.speaker_end)]
    'Barrot'
    """
    lexicon = load_actors(actors)
    cue_lexicon = load_cues(cues)
    _, seg = _as_segmented(doc)
    mentions = _doc_mentions(seg, lexicon, date=document_date(doc))
    return missing_as_na(pd.DataFrame(doc_quote_rows(seg, mentions, lexicon, cue_lexicon), columns=QUOTE_COLUMNS))


def quotes_frame(corpus: Iterable[Document], *, actors=None, cues=None) -> pd.DataFrame:
    """:func:`extract_quotes` over every document of a corpus, in corpus order."""
    lexicon, cue_lexicon = load_actors(actors), load_cues(cues)
    rows: list[tuple] = []
    for doc in corpus:
        _, seg = _as_segmented(doc)
        rows.extend(doc_quote_rows(seg, _doc_mentions(seg, lexicon, date=document_date(doc)), lexicon, cue_lexicon))
    return missing_as_na(pd.DataFrame(rows, columns=QUOTE_COLUMNS))
