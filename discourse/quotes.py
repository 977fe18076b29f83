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
references (``the minister said``) and pronouns (``he said``). A quote that
cannot be attributed keeps an empty speaker: never a guess.

Quote marks are paired per paragraph; a quote whose paragraph ends open
continues when the next paragraph opens with a quote mark (the news
convention for long quotes); otherwise it is reported as unterminated (an
:class:`~discourse.errors.UnterminatedQuoteWarning`, ``closed=False``) and
closes at the paragraph end, so the rest of the document is still read.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .actors import ActorLexicon, Mention, _as_segmented, _doc_mentions, load_actors
from .corpus import Document
from .cues import Cues, load_cues
from .errors import UnterminatedQuoteWarning
from .names import normalize
from .speakers import Speaker, SpeakerFinder, _Expr
from .text import Segmented, paragraphs

__all__ = ["QUOTE_COLUMNS", "quote_spans", "extract_quotes", "quotes_frame"]

#: Columns of the frame returned by :func:`extract_quotes`.
QUOTE_COLUMNS = ["doc_id", "quote_id", "sent_id", "kind", "text", "start", "end",
                 "speaker", "actor", "cue", "via", "speaker_kind", "closed"]

_SPECIFIC = frozenset({"person", "role", "actor", "name", "pronoun"})
_TERMINAL = tuple(".!?,;:")
_TRIM = ".,;:"
_SCARE_MARKERS = frozenset({"so-called", "so", "dubbed", "termed", "labelled", "labeled"})
_MAX_SCARE_WORDS = 4
_MIN_REPORTED_WORDS = 3
_ADVERBIAL_STARTS = frozenset("on in at during after before this last later earlier today yesterday late when "
                              "while as to also again once repeatedly monday tuesday wednesday thursday friday "
                              "saturday sunday".split())
_MAX_TAIL = 4          # words after the cue in an attribution-only sentence ("Peskov said on Monday.")


class QuoteSpan(NamedTuple):
    """The text between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    closed: bool


class _Attribution(NamedTuple):
    speaker: Speaker | None
    cue: str
    cue_token: int          # index of the cue's first token in its sentence (-1 if none)
    sent_id: int


class _Row(NamedTuple):
    sent_id: int
    kind: str
    start: int
    end: int
    speaker: str
    actor: str | None
    cue: str
    via: str | None
    speaker_kind: str
    closed: bool


def quote_spans(text: str, *, doc_id: str = "doc") -> list[QuoteSpan]:
    """Pair the ``"`` marks of a clean text into quote spans.

    Parameters
    ----------
    text : str
        Clean text (typographic quotes already normalised to ``"``).
    doc_id : str, default="doc"
        Named in the warning for an unterminated quote.

    Returns
    -------
    list of QuoteSpan
        ``(start, end, closed)`` of each quote's content, marks excluded.

    Examples
    --------
    >>> t = 'He said: "One.\\n\\n"Two." Then "three'
    >>> [(t[s.start:s.end], s.closed) for s in quote_spans(t)]
    [('One.\\n\\n"Two.', True), ('three', False)]
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    continuing = False
    paras = paragraphs(text)
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
            line = text.count("\n", 0, open_at) + 1
            warnings.warn(f"{doc_id} line {line}: quote mark at offset {open_at - 1} is never closed; "
                          "the quote is taken to end with its paragraph", UnterminatedQuoteWarning, stacklevel=2)
            if p_end > open_at:
                spans.append(QuoteSpan(open_at, p_end, False))
            open_at = None
    return spans


class _QuoteReader:
    """Reads the quotes of one segmented document."""

    def __init__(self, seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon, cues: Cues) -> None:
        self.seg, self.lexicon, self.cues = seg, lexicon, cues
        self.spans = quote_spans(seg.text, doc_id=seg.doc_id)
        self.finder = SpeakerFinder(seg, mentions, lexicon, cues,
                                    quoted=[(s.start - 1, s.end + 1) for s in self.spans])
        self.words = {s.sent_id: [normalize(t.text) for t in seg.tokens[s.sent_id]] for s in seg.sentences}
        self.used: set[tuple[int, int]] = set()         # (sent_id, token) consumed by a quote's attribution
        self._heads: dict[int, frozenset[str]] = {}     # first words of each phrase list

    # -- token helpers ------------------------------------------------------------------
    def tokens(self, sid: int):
        return self.seg.tokens[sid]

    def first_token_at(self, sid: int, offset: int) -> int:
        toks = self.tokens(sid)
        return next((k for k, t in enumerate(toks) if t.start >= offset), len(toks))

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
        while k < n and toks[k].text in (",", "-", "--", "\u2014", "\u2013"):
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
        if verb is not None:
            expr = self.finder.expr_starting_at(sid, verb[0])
            if expr is not None:
                return self._attr(sid, expr, verb[1], k, expr.last)
        expr = self.finder.expr_starting_at(sid, k)
        if expr is not None:
            j = expr.last
            if j < n and toks[j].text == ",":
                close = next((c for c in range(j + 1, min(n, j + 26)) if toks[c].text == ","), None)
                if close is not None:
                    j = close + 1
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
        if c > 0 and words[c - 1] == "as":          # "X was quoted by TASS as saying that ..."
            for q in range(c - 2, max(-1, c - 10), -1):
                if words[q] == "quoted" and self.open_word(sid, q):
                    head = q - 1 if q > 0 and words[q - 1] in ("was", "were", "is", "are", "been") else q
                    return self.finder.subject_before(sid, head)
        if c > 0 and words[c - 1] in ("and", "but", "before", "then"):
            for b in range(c - 2, -1, -1):
                if self.open_word(sid, b) and self.cues.match_verb(words, b):
                    return self.subject(sid, b)
        return None

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
                expr = self.finder.expr_starting_at(sid, end)
                m = expr.mention if expr is not None else None
                if m is not None and m.type == "media" and (speaker is None or speaker.actor != m.actor):
                    return m.actor
        return None

    def context(self, s0: int, s1: int, previous: _Row | None) -> _Attribution | None:
        """Speaker of a quote with no attribution in its own sentences."""
        seg = self.seg
        if s0 > 0:
            prev = s0 - 1
            prev_toks = self.tokens(prev)
            if prev_toks and prev_toks[-1].text == ":":
                attr = self.before(prev, len(prev_toks))
                if attr is not None:
                    return attr
        if s1 + 1 < len(seg.sentences):
            nxt = s1 + 1
            toks = self.tokens(nxt)
            if len(toks) <= 12 and not any(self.finder.in_quote(t.start) for t in toks):
                expr = self.finder.expr_starting_at(nxt, 0)
                if expr is not None:
                    k = expr.last
                    while k < len(toks) and self.words[nxt][k] in _SKIP_FORWARD:
                        k += 1
                    verb = self.cues.match_verb(self.words[nxt], k) if k < len(toks) else None
                    tail = [w for w in self.words[nxt][verb[0]:] if w.isalnum()] if verb else []
                    if verb is not None and (not tail or (len(tail) <= _MAX_TAIL and tail[0] in _ADVERBIAL_STARTS)):
                        return self._attr(nxt, expr, verb[1], k, verb[0])
        if previous is not None and previous.kind == "direct" and previous.speaker:
            if s0 - seg.sentence_at(previous.end) <= 1:
                return _Attribution(Speaker(previous.speaker, previous.actor, previous.speaker_kind, previous.start),
                                    "", -1, s0)
        if s0 > 0:
            prev = s0 - 1
            toks = self.tokens(prev)
            if toks and self.open_word(prev, 0):
                expr = self.finder.expr_starting_at(prev, 0)
                if expr is not None and expr.kind in ("mention", "name") and (
                        expr.kind == "name" or expr.mention.type == "person"):
                    return _Attribution(self.finder.resolve(prev, expr), "", -1, prev)
        return None

    # -- quotes -------------------------------------------------------------------------
    def quoted(self) -> list[_Row]:
        rows: list[_Row] = []
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
            initial = self._clause_initial(s0, open_tok, before_toks)
            after = self.after(s1, close_tok) if span.closed else None
            kind, attr = "direct", after
            if initial:
                if attr is None:
                    attr = self.before(s0, open_tok) if before_toks else None
                if attr is None and not before_toks:
                    attr = self.context(s0, s1, last_direct)
                stripped = content.rstrip()
                if (not before_toks and after is None and n_words <= 3
                        and not stripped.endswith(_TERMINAL) and not stripped.endswith("...")):
                    kind, attr = "scare", None
            else:
                if attr is None:
                    attr = self.before(s0, open_tok)
                speaker = attr.speaker if attr else None
                marker = normalize(before_toks[-1].text) if before_toks else ""
                if marker in _SCARE_MARKERS:
                    kind, attr = "scare", None
                elif speaker is not None and (speaker.kind in _SPECIFIC or speaker.actor):
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
                       speaker.kind if speaker else "", span.closed)
            rows.append(row)
            if kind == "direct":
                last_direct = row
        return rows

    def _clause_initial(self, sid: int, open_tok: int, before_toks) -> bool:
        if not before_toks:
            return True
        last = before_toks[-1]
        if last.text == ":":
            return True
        words = self.words[sid]
        idx = open_tok - 1
        if last.text == "," and idx > 0 and any(self.cues.match_verb(words, j) and self.open_word(sid, j)
                                                 for j in range(max(0, idx - 3), idx)):
            return True                 # '"We stand ready," Healey said later, "to do whatever it takes."' 
        return self.cues.match_verb(words, idx) is not None and idx >= 0

    # -- reported speech ----------------------------------------------------------------
    def reported(self) -> list[_Row]:
        rows: list[_Row] = []
        for sent in self.seg.sentences:
            sid, toks, words = sent.sent_id, self.tokens(sent.sent_id), self.words[sent.sent_id]
            n, k = len(toks), 0
            taken_until = -1
            while k < n:
                if k <= taken_until or (sid, k) in self.used or not self.open_word(sid, k):
                    k += 1
                    continue
                end = self.phrase_at(sid, k, self.cues.source_phrases)
                if end is not None:
                    row, taken_until = self._according(sid, k, end)
                    if row is not None:
                        rows.append(row)
                    k = max(k + 1, end)
                    continue
                verb = self.cues.match_verb(words, k)
                if verb is None:
                    k += 1
                    continue
                row, taken_until = self._reported_verb(sid, k, verb)
                if row is not None:
                    rows.append(row)
                k = verb[0]
        return rows

    def _skip_to_that(self, sid: int, k: int, lemma: str) -> int:
        """Start of reported content after a cue: past "that" when only an adverbial
        ("said on Sunday that", "said privately that") or, after an addressee verb,
        a short object ("told reporters that") stands between."""
        toks, words = self.tokens(sid), self.words[sid]
        for j in range(k, min(len(toks), k + 12)):
            if words[j] == "that":
                gap = words[k:j]
                if not gap or gap[0] in _ADVERBIAL_STARTS or gap[0].endswith("ly") or \
                        (lemma in self.cues.addressee_verbs and len(gap) <= 8):
                    return j + 1
                return k
            if not toks[j].text.isalnum() or not self.open_word(sid, j):
                break
        return k

    def _content_end(self, sid: int, k: int) -> int:
        """Token index where reported content starting at ``k`` stops."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        j = k
        while j < n:
            t = toks[j]
            if t.text == ":" and j + 1 < n and toks[j + 1].text == '"':
                break
            if t.text == '"' and not self.finder.in_quote(t.start) and self._opens_direct(t.start):
                break
            if words[j] in ("and", "but") and j + 1 < n and self.open_word(sid, j + 1) and \
                    self.cues.match_verb(words, j + 1) and self.finder.subject_before(sid, j + 1) is None:
                break
            j += 1
        while j > k and toks[j - 1].text in (".", ",", ";", ":", "!", "?", '"') and \
                not (toks[j - 1].text == '"' and self.finder.in_quote(toks[j - 1].start - 1)):
            j -= 1
        return j

    def _opens_direct(self, offset: int) -> bool:
        return any(s.start == offset + 1 for s in self.spans) and offset + 1 in self._direct_starts

    def _row(self, sid: int, first: int, last: int, speaker: Speaker | None, cue: str) -> _Row | None:
        toks = self.tokens(sid)
        if speaker is None:
            return None
        if first == 0:
            first = _dateline_end(toks)
        words = [t for t in toks[first:last] if t.text[:1].isalnum()]
        if len(words) < _MIN_REPORTED_WORDS or all(self.finder.in_quote(t.start) for t in words):
            return None                     # too short, or only a quotation ('X said "no".')
        start, end = toks[first].start, toks[last - 1].end
        return _Row(sid, "reported", start, end, speaker.name, speaker.actor, cue,
                    self.via((sid,), speaker), speaker.kind, True)

    def _reported_verb(self, sid: int, k: int, verb: tuple[int, str]) -> tuple[_Row | None, int]:
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        expr = self.subject(sid, k)
        inverted = False
        if expr is None and k > 0 and toks[k - 1].text == ",":
            expr, inverted = self.finder.expr_starting_at(sid, verb[0]), True
        if expr is None:
            return None, -1
        speaker = self.finder.resolve(sid, expr)
        after_cue = verb[0] if not inverted else expr.last
        first = self._skip_to_that(sid, after_cue, verb[1])
        # "X said on Thursday, as ...": an adverbial, not what was said
        adverbial = first == after_cue and first < n and (words[first] in _ADVERBIAL_STARTS or toks[first].text == ",")
        last = self._content_end(sid, first)
        if last - first >= _MIN_REPORTED_WORDS and not inverted and not adverbial:
            return self._row(sid, first, last, speaker, verb[1]), last
        # "The talks failed, X said." / "..., said X on Monday, as ..." : the content comes first
        if adverbial and not self._short_tail(sid, after_cue):
            return None, -1                 # "X has called on allies to ...": not a post-posed attribution
        head = expr.first if not inverted else k
        while not inverted and head > 1 and toks[head - 1].text.isalpha() and self.finder.title_word(toks[head - 1].text):
            head -= 1                                       # "..., Prime Minister Keir Starmer said"
        sentence_final = all(t.text in (".", "!", "?") for t in toks[after_cue:])
        if head > 1 and toks[head - 1].text == "," and (sentence_final or adverbial) \
                and self._authorial(sid, 0, head - 1):
            return self._row(sid, 0, head - 1, speaker, verb[1]), n
        return None, -1

    def _short_tail(self, sid: int, k: int) -> bool:
        """True when the words after a cue end the sentence or a clause within six words
        ("said on Thursday, as ...", "said on Monday.")."""
        toks = self.tokens(sid)
        for j in range(k, min(len(toks), k + 7)):
            if toks[j].text in (",", ".", ";", "!", "?"):
                return True
        return k + 7 > len(toks)

    def _authorial(self, sid: int, first: int, last: int) -> bool:
        """True when tokens ``first:last`` hold no direct quote (partial quotes may stand inside)."""
        return not any(self.finder.in_quote(t.start) and self._in_direct(t.start)
                       for t in self.tokens(sid)[first:last])

    def _in_direct(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self._direct_spans)

    def _according(self, sid: int, k: int, end: int) -> tuple[_Row | None, int]:
        toks, n = self.tokens(sid), len(self.tokens(sid))
        expr = self.finder.expr_starting_at(sid, end)
        if expr is None:
            return None, -1
        speaker = self.finder.resolve(sid, expr)
        comma = next((c for c in range(expr.last, n) if toks[c].text == "," and self.open_word(sid, c)), None)
        if k == 0 and comma is not None:                    # "According to X, S."
            if comma + 1 < n and self.words[sid][comma + 1] in ("who", "which"):   # ", who spoke on ..., S."
                comma = next((c for c in range(comma + 1, n) if toks[c].text == "," and self.open_word(sid, c)), None)
                if comma is None:
                    return None, -1
            return self._row(sid, comma + 1, self._content_end(sid, comma + 1), speaker, "according to"), n
        if k > 0 and toks[k - 1].text == "," and self._authorial(sid, 0, k - 1):   # "S, according to X."
            return self._row(sid, 0, k - 1, speaker, "according to"), n
        return None, -1

    def read(self) -> list[_Row]:
        quoted = self.quoted()
        self._direct_starts = {r.start for r in quoted if r.kind == "direct"}
        self._direct_spans = [(r.start - 1, r.end + 1) for r in quoted if r.kind == "direct"]
        return sorted(quoted + self.reported(), key=lambda r: (r.start, r.end))


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _dateline_end(tokens) -> int:
    """Index of the first token after a dateline ("KYIV, Ukraine (AP) --", "LONDON (Reuters) -"), else 0."""
    for k, tok in enumerate(tokens[:12]):
        if tok.text in _DASHES:
            before = [t.text for t in tokens[:k] if t.text[:1].isalpha()]
            if before and before[0].isupper() and len(before[0]) > 1 and all(w[:1].isupper() for w in before):
                return k + 1
            return 0
        if not (tok.text[:1].isupper() or tok.text.isdigit() or tok.text in (",", "(", ")", ".")):
            return 0
    return 0


_SKIP_FORWARD = frozenset("also later then has have had would will again previously recently further once "
                          "repeatedly earlier separately publicly privately reportedly".split())


def _rows_frame(seg: Segmented, rows: Iterable[_Row]) -> list[tuple]:
    return [(seg.doc_id, i, r.sent_id, r.kind, seg.text[r.start:r.end], r.start, r.end, r.speaker,
             r.actor, r.cue, r.via, r.speaker_kind, r.closed) for i, r in enumerate(rows)]


def doc_quote_rows(seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon, cues: Cues) -> list[tuple]:
    """Rows of :data:`QUOTE_COLUMNS` for one segmented document."""
    return _rows_frame(seg, _QuoteReader(seg, mentions, lexicon, cues).read())


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
            False for a quote whose closing mark is missing.

    Examples
    --------
    >>> q = extract_quotes('"We are not ruling out any option," Barrot told the BBC.')
    >>> q[["kind", "speaker", "cue", "via"]].values.tolist()
    [['direct', 'Barrot', 'tell', 'BBC']]
    """
    lexicon = load_actors(actors)
    cue_lexicon = load_cues(cues)
    _, seg = _as_segmented(doc)
    mentions = _doc_mentions(seg, lexicon)
    return pd.DataFrame(doc_quote_rows(seg, mentions, lexicon, cue_lexicon), columns=QUOTE_COLUMNS)


def quotes_frame(corpus: Iterable[Document], *, actors=None, cues=None) -> pd.DataFrame:
    """:func:`extract_quotes` over every document of a corpus, in corpus order."""
    lexicon, cue_lexicon = load_actors(actors), load_cues(cues)
    rows: list[tuple] = []
    for doc in corpus:
        _, seg = _as_segmented(doc)
        rows.extend(doc_quote_rows(seg, _doc_mentions(seg, lexicon), lexicon, cue_lexicon))
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)
