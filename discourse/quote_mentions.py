"""Quote -> mention: where the sieves of :mod:`discourse.sieves` look for who speaks a quote.

:class:`QuoteMentions` adds to the :class:`~discourse.document_reader.DocumentReader`
one reading per place a speaker is named around a quote. Each returns an
:class:`~discourse.sieves.Attribution` (the speaker, resolved by
:meth:`discourse.speakers.SpeakerFinder.resolve`, and the cue) or ``None``:

- beside the marks: :meth:`~QuoteMentions.after` (``"...," X said``) and
  :meth:`~QuoteMentions.before` (``X said: "..."``);
- in the sentences around: :meth:`~QuoteMentions.colon_introduction`,
  :meth:`~QuoteMentions.following_attribution`,
  :meth:`~QuoteMentions.continued_quote`,
  :meth:`~QuoteMentions.previous_subject` and
  :meth:`~QuoteMentions.paragraph_speaker`.

Examples
--------
>>> from discourse import extract_quotes
>>> q = extract_quotes('"The wells are dry," Karim Haddad, a farmer in Mopti, said.')
>>> q[["speaker", "cue", "sieve"]].values.tolist()
[['Karim Haddad', 'say', 'trailing_cue']]
"""

from __future__ import annotations

from bisect import bisect_right

from .document_reader import DocumentReader
from .reported import _ADVERBIAL_STARTS
from .sieves import Attribution as _Attribution, QuoteRow as _Row
from .speakers import _NEVER_INVERTED, Speaker, _Expr

__all__ = ["QuoteMentions"]

_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or", "because", "if", "although", "though"})
_POSTMODIFIERS = frozenset({"with", "from", "in", "at", "of", "on", "near", "for"})
_MAX_CLAUSE_TAIL = 12  # words of the attribution that ends the sentence: ", said Jane Roe, a nurse in Gaza City."
_CLAUSE_OPENERS = frozenset("which who whom whose that where when while as but and or because although though if so "
                            "since after before until".split())
_MAX_TAIL = 4          # words after the cue in an attribution-only sentence ("Peskov said on Monday.")
_SKIP_FORWARD = frozenset("also later then has have had would will again previously recently further once "
                          "repeatedly earlier separately publicly privately reportedly".split())


class QuoteMentions(DocumentReader):
    """The quote -> mention readings the sieves call (one method per place a speaker is named).

    The context readings use ``_quote_rows`` and ``_quote_row_starts``: the quote
    rows read so far, in text order, kept by the quote reader.
    """

    # -- beside the quote marks ---------------------------------------------------------
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
            if expr is not None and all(t.text in (".", "!", "?") for t in self.line_rest(sid, expr.last)) and \
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

    def after_clause(self, sid: int, k: int) -> _Attribution | None:
        """The attribution that ends sentence ``sid`` after the author's words that follow
        the closing mark at token ``k``: '"..." of the proposals, Mr. Roe said.' The words
        in between hold no quote mark and no cue; the attribution after their comma is
        all that is left of the sentence (a cue, a speaker and an apposition at most), not
        a clause of the author's ("..., which the army says ...")."""
        toks, words = self.tokens(sid), self.words[sid]
        rest = self.line_rest(sid, k)
        comma = next((c for c in range(k + 1, k + len(rest)) if toks[c].text == ","), None)
        if comma is None or not toks[k].text[:1].islower() or comma + 1 >= len(toks) or \
                words[comma + 1] in _CLAUSE_OPENERS:
            return None
        if any(self.finder.is_mark(t) or self.cues.match_verb(words, j) for j, t in enumerate(toks[k:comma], k)):
            return None
        tail = [t for t in toks[comma + 1:k + len(rest)] if t.text[:1].isalnum()]
        if not tail or len(tail) > _MAX_CLAUSE_TAIL or not any(
                self.cues.match_verb(words, j) for j in range(comma + 1, k + len(rest))):
            return None
        return self.after(sid, comma)

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
        words, heads = self.words[sid], self._cue_heads
        for c in range(stop - 1, -1, -1):
            if words[c] not in heads or not self.open_word(sid, c):
                continue                # no source phrase and no cue verb starts here
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


    # -- in the sentences around the quote ----------------------------------------------
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
        toks = self.line_rest(nxt, 0)                   # a line break ends it: "\u2015 Jane Doe\n..."
        words = self.words[nxt][:len(toks)]
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
        while k < len(toks) and words[k] in _SKIP_FORWARD:
            k += 1
        verb = self.cues.match_verb(words, k) if k < len(toks) else None
        tail = [w for w in words[verb[0]:] if w.isalnum()] if verb else []
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
