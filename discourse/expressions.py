"""Expressions: reading the words that name who speaks, next to a cue.

Before anyone can be resolved, the words that refer to the speaker must be
found: after a cue ("said Rob Bauer", "said NATO chief Mark Rutte") with
:meth:`ExpressionReader.expr_starting_at`, before it ("The Russian embassy in
London said", "X, the minister, said") with
:meth:`ExpressionReader.subject_before`. Each reading gives an :class:`Expr`,
a span of tokens in one sentence and what kind of expression it is:

==============  ============================================  =========================
kind            example                                       resolved by
==============  ============================================  =========================
mention         "Barrot", "the Kremlin", "the US president"   the actor lexicon
name            "John Smith", "Pentagon spokesman John Smith"  the document's names
pronoun         "he", "she"                                   an antecedent
they, it        "they said", "it added"                       a plural speaker, a body
unnamed         "senior Western officials"                    as written
described       "an official in one Western capital"          as written, with its side
coordination    "France and Germany"                          several speakers
==============  ============================================  =========================

Turning an expression into a speaker is :mod:`discourse.resolvers`' work
(:func:`dateline_end` has a runnable example).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from .actors import ActorLexicon, Mention
from .cues import Cues
from .names import (_CONNECTORS, _brill, is_name_word, name_spans, normalize, split_title, uncontracted, NAME_SUFFIXES,
                    TITLE_WORDS)
from .speaker_words import speaker_words
from .text import Segmented, Token

__all__ = ["Expr", "ExpressionReader", "dateline_end", "mentions_in_names"]

_WORDS = speaker_words()          # the vocabulary: discourse/lexicons/speaker_words.yaml
_SKIP_BACK = _WORDS.skip_back     # "Zelensky also said", "the ministry on Monday said"
_ANON_HEADS = _WORDS.anon_heads   # heads of unnamed sources: "senior Western officials"
_PROGRESSIVE_AUX = frozenset({"is", "are", "was", "were", "been", "not", "n't", "isn't", "aren't", "wasn't",
                              "weren't", "now"})
_PROGRESSIVE_CUES = _WORDS.progressive_cues     # "is warning that" reports speech; "was responding to" does not
_MODIFIER_TAGS = ("JJ", "NN", "DT", "CD", "VBN")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})   # "His lawyer said"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVES = frozenset({"who", "which", "whose", "whom", "that"})
_MAX_APPOSITIONS = 3
_BODY_HEADS = _WORDS.body_heads   # last words of the names of bodies, not people ("General Staff")
_NEVER_INVERTED = _WORDS.never_inverted        # '"...," told X': X is addressed
_PP_HEADS = frozenset({"in", "at", "from", "with", "on", "for", "of", "to"})   # "an official in ...", "an adviser to ..."
_PARTICIPLE_PREPOSITIONS = frozenset({"with", "by", "in", "to", "for", "on", "at", "from", "as"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_PRONOUNS = {"he": "male", "she": "female"}
#: pronouns whose "'s" (a token of its own) is an auxiliary before a cue: "He's suggesting", "who's called for"
_AUXILIARY_S = frozenset({"he", "she", "who"})
_ASIDE_ENDS = frozenset({")", *_DASHES})
_MAX_ASIDE = 30                 # tokens inside a bracket or between dashes read over before a cue
_MAX_RELATIVE_OBJECT = 12       # tokens from a relative "who" to an expression inside its clause
#: words that open a clause nested in a relative one: its subject may speak ("who ... because he claimed")
_NESTED_CLAUSES = frozenset("because when than while if as although though since after before unless until "
                            "whether so and but".split())



class Expr(NamedTuple):
    """A referring expression: tokens ``first:last`` of one sentence, and its kind."""

    first: int      # token indices in the sentence
    last: int
    kind: str       # mention | name | pronoun | they | it | unnamed | described | coordination
    mention: Mention | None = None


_Expr = Expr        # the name the attribution modules import


def _open_flags(tokens: Sequence[Token], quoted: Sequence[tuple[int, int]], starts: Sequence[int]) -> list[bool]:
    """For each token (in text order), True unless the last span of ``quoted`` (sorted,
    ``starts`` their starts) that starts at or before it also holds it."""
    if not tokens:
        return []
    k = bisect_left(starts, tokens[0].start + 1) - 1
    n, flags = len(starts), []
    if k + 1 >= n or starts[k + 1] > tokens[-1].start:     # no quote opens inside: one span decides all
        end = quoted[k][1] if k >= 0 else -1
        if end <= tokens[0].start:
            return [True] * len(tokens)
        if end > tokens[-1].start:
            return [False] * len(tokens)
    for tok in tokens:
        offset = tok.start
        while k + 1 < n and starts[k + 1] <= offset:
            k += 1
        flags.append(not (k >= 0 and quoted[k][0] <= offset < quoted[k][1]))
    return flags


class ExpressionReader:
    """Find the referring expression next to a cue, in one document.

    Holds the document's mentions by first and by last token, the spans
    inside quotation marks (names there are not speakers) and the proper
    names of each sentence that no mention covers.

    Parameters
    ----------
    seg : Segmented
    mentions : sequence of Mention
        From :func:`discourse.actors._doc_mentions`, in text order.
    lexicon : ActorLexicon
    cues : Cues
    quoted : sequence of (start, end)
        Character spans inside quotation marks.
    """

    def __init__(self, seg: Segmented, mentions: Sequence[Mention], lexicon: ActorLexicon, cues: Cues,
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.seg, self.lexicon, self.cues = seg, lexicon, cues
        self.quoted = sorted(quoted)
        self._datelines: dict[int, int] = {}
        self._quote_starts = [q[0] for q in self.quoted]
        self._open: dict[int, list[bool]] = {}          # sent_id -> per token: outside every quote
        self.names, inside = _unlisted_names(seg, mentions)
        #: the mentions that may speak: those read inside an unlisted name ("Leila Mansour") may not
        self.mentions = [m for m in mentions if m not in inside] if inside else list(mentions)
        self.by_end: dict[tuple[int, int], Mention] = {}
        self.by_start: dict[tuple[int, int], Mention] = {}
        for m in self.mentions:
            self.by_end[(m.sent_id, m.last)] = m
            self.by_start.setdefault((m.sent_id, m.first), m)

    # -- helpers ----------------------------------------------------------------------
    def in_quote(self, offset: int) -> bool:
        k = bisect_left(self._quote_starts, offset + 1) - 1
        return k >= 0 and self.quoted[k][0] <= offset < self.quoted[k][1]

    def open_flags(self, sid: int) -> list[bool]:
        """Per token of sentence ``sid``: True when it starts outside quotation marks
        (``not in_quote(token.start)``, read in one walk over the sentence)."""
        flags = self._open.get(sid)
        if flags is None:
            flags = self._open[sid] = _open_flags(self.seg.tokens[sid], self.quoted, self._quote_starts)
        return flags

    def dateline_end(self, sid: int) -> int:
        """Index of the first token after a dateline opening sentence ``sid``, else 0."""
        end = self._datelines.get(sid)
        if end is None:
            end = self._datelines[sid] = dateline_end(self.seg.tokens[sid])
        return end

    def is_mark(self, tok: Token) -> bool:
        """True when ``tok`` is the opening or closing mark of a quote."""
        if tok.text not in ('"', "'"):
            return False
        k = bisect_left(self._quote_starts, tok.start + 1) - 1
        return k >= 0 and tok.start in (self.quoted[k][0], self.quoted[k][1] - 1)

    def words(self, sid: int) -> list[str]:
        return [normalize(t.text) for t in self.seg.tokens[sid]]

    def _is_open_word(self, tok: Token) -> bool:
        return tok.text.isalpha() and not self.in_quote(tok.start)


    # -- expressions ending at / starting at a token ------------------------------------
    def expr_ending_at(self, sid: int, e: int) -> _Expr | None:
        """The referring expression whose last token is ``e - 1``."""
        tokens = self.seg.tokens[sid]
        if e > 1 and tokens[e - 1].text == ".":
            e = self._suffix_end(sid, e)        # "Nabil Abdallah Jr. said", "Joseph R. Biden Jr. said"
        if e <= 0 or not self.open_flags(sid)[e - 1] or e <= self.dateline_end(sid):
            return None
        m = self.by_end.get((sid, e))
        if m is not None and m.kind != "demonym":
            return _Expr(m.first, e, "mention", m)
        word = normalize(tokens[e - 1].text)
        for i, j in self.names.get(sid, ()):
            if j == e and word not in _ANON_HEADS and not (j - i == 1 and word in _SKIP_BACK):
                return _Expr(i, j, "name")    # not "the Russian Defense Ministry" (a description), nor "Friday"
        if uncontracted(word) in _PRONOUNS:  # "he", "She'd"
            return _Expr(e - 1, e, "pronoun")
        if word in _ANON_HEADS or (m is not None and _plural_demonym(m, tokens[e - 1].text)):
            i = e - 1                       # "senior Western officials", "many Mexicans"
            while i > 0 and e - i < 6:
                prev = tokens[i - 1]
                pm = self.by_end.get((sid, i))
                if pm is not None and pm.type != "person":
                    i = pm.first
                    continue
                if prev.text == "'s" and i > 1:
                    owner = self.by_end.get((sid, i - 1))
                    if owner is not None and (owner.type != "person" or word in _BODY_HEADS):
                        i = owner.first             # "Russia's foreign ministry", "Meloni's office"
                    elif owner is None and tokens[i - 2].text.isalpha() and tokens[i - 2].text.islower():
                        i -= 2                      # "the ad's narrator": a thing's, read on to "the"
                        continue
                    break
                tag = _brill().get(prev.text.lower(), "")
                # "the Russian Defense Ministry", "a senior administration official"
                modifier = prev.text.islower() or prev.text.lower() in _DETERMINERS or (
                    prev.text[:1].isupper() and (tag.startswith(("JJ", "NN")) or (tag == "" and "-" in prev.text)))
                if modifier and prev.text.replace("-", "").isalpha() and (tag == "" or tag.startswith(_MODIFIER_TAGS)
                                                         or prev.text.lower() in _DETERMINERS) \
                        and normalize(prev.text) not in self.cues.verbs:
                    i -= 1
                    continue
                break
            return _Expr(i, e, "unnamed")
        return None

    def _suffix_end(self, sid: int, e: int) -> int:
        """End of a name whose generational suffix is followed by its full stop at token
        ``e - 1`` ("Nabil Abdallah Jr. said": the name ends at "Jr"), else ``e``."""
        tokens = self.seg.tokens[sid]
        if tokens[e - 1].text == "." and tokens[e - 2].text in NAME_SUFFIXES and \
                tokens[e - 1].start == tokens[e - 2].end:
            return e - 1
        return e

    def expr_starting_at(self, sid: int, s: int) -> _Expr | None:
        """The referring expression that starts at token ``s`` (after a cue: "said X")."""
        tokens = self.seg.tokens[sid]
        n = len(tokens)
        if s >= n or not self.open_flags(sid)[s] or s < self.dateline_end(sid):
            return None
        # a title run ("NATO chief Mark Rutte", "Pentagon spokesman John Smith"): the name is at its end
        k = s
        while k < n and k - s < 8 and tokens[k].text.rstrip(".").replace("-", "").isalpha() and (
                self.title_word(tokens[k].text)):       # "EU foreign policy chief Kaja Kallas"
            m = self.by_start.get((sid, k))
            if m is not None and m.type == "person" and m.kind != "role":
                later = self._name_after_title(sid, m.last, s) or self._owned_description(sid, s, m.last)
                if later is not None:               # "Trump lawyer John Roe": the lawyer speaks, not Trump
                    return later
                return _Expr(m.first, m.last, "mention", m)
            if k > s:
                span = next((sp for sp in self.names.get(sid, ()) if sp[0] == k), None)
                if span is not None and not self._names_body(sid, span) and not self._head_follows(sid, span[1]):
                    return _Expr(span[0], span[1], "name")
            k += 1
        # "IMF chief economist Maury Obstfeld", "panel Chairman Rep. X", "9/11 widow Terry Strada"
        titled = self._name_after_nouns(sid, k) or (self._name_after_nouns(sid, _after_number(tokens, k))
                                                    if k == s else None)
        if titled is not None:
            return titled
        m = self.by_start.get((sid, s))
        if m is not None and m.kind != "demonym":
            end = self._institution_end(sid, m)
            if end is not None:
                return _Expr(s, end, "name")
            head = self._described_head(sid, m)
            return _Expr(s, m.last, "mention", m) if head is None else _Expr(s, head, "unnamed")
        if normalize(tokens[s].text) == "the" and s + 1 < n:
            m = self.by_start.get((sid, s + 1))
            if m is not None and m.type != "person" and m.kind != "demonym":
                end = self._institution_end(sid, m)
                return _Expr(s, m.last, "mention", m) if end is None else _Expr(s + 1, end, "name")
        # an unlisted name, possibly after a title run: take the last name of the run
        # ("Pentagon spokesman John Smith" -> John Smith, not Pentagon)
        picked = None
        for i, j in self.names.get(sid, ()):
            if i <= s < j or (s < i and self._title_run(tokens[s:i])):
                picked = (i, j)
            elif picked is not None:
                break
        if picked is not None and not self._head_follows(sid, picked[1]):
            owned = self._owned_description(sid, s, picked[1])
            return owned or _Expr(picked[0], picked[1], "name")  # "the Ohio businessman": a description, read below
        word = normalize(tokens[s].text)
        if uncontracted(word) in _PRONOUNS:
            return _Expr(s, s + 1, "pronoun")
        j = s
        while j < n and j - s < 6:
            w = normalize(tokens[j].text)
            if w in _ANON_HEADS and (j + 1 >= n or normalize(tokens[j + 1].text) not in _ANON_HEADS):
                return _Expr(s, j + 1, "unnamed")
            mj = self.by_start.get((sid, j))
            if mj is not None and _plural_demonym(mj, tokens[j].text):
                return _Expr(s, j + 1, "unnamed")     # "many Mexicans", "the Americans"
            if mj is not None and mj.type != "person":
                j = mj.last
                continue
            if (tokens[j].text.isalpha() and tokens[j].text.islower() and w not in self.cues.verbs) or (
                    tokens[j].text == "'s" and j > s) or (     # "the ad's narrator says"
                    tokens[j].text.isalpha() and tokens[j].text[:1].isupper() and (mj is None or mj.kind == "demonym")):
                # "one Democratic source on the panel", "the Ohio businessman", "Western officials"
                j += 1          # not across a cue: "the group said in a statement" is "the group"
                continue
            break
        return None

    def _title_run(self, tokens: Sequence[Token]) -> bool:
        """True for words that may stand before a name as its title: title words, and
        common nouns before a last title word ("campaign spokesman", "county police chief")."""
        if not tokens or not self.title_word(tokens[-1].text):
            return False
        return all(self.title_word(t.text) or (t.text.isalpha() and t.text.islower() and
                                               _brill().get(t.text, "").startswith("NN")) for t in tokens)

    def _owned_description(self, sid: int, s: int, k: int) -> _Expr | None:
        """A description owned by the person whose name ends at token ``k``: "Haddad's former
        campaign strategist" (the strategist speaks, not Haddad), else None."""
        tokens = self.seg.tokens[sid]
        if k >= len(tokens) or tokens[k].text != "'s":
            return None
        for j in range(k + 1, min(len(tokens), k + 5)):
            word = normalize(tokens[j].text)
            if not (tokens[j].text.isalpha() and tokens[j].text.islower()) or word in self.cues.verbs:
                return None
            if word in _ANON_HEADS and not self._head_follows(sid, j + 1):
                return _Expr(s, j + 1, "unnamed")
        return None

    def _head_follows(self, sid: int, j: int) -> bool:
        """True when token ``j`` is the lower-case head of a description that the name before it
        modifies: "the Ohio | businessman", "Gaza | residents"."""
        tokens = self.seg.tokens[sid]
        return j < len(tokens) and tokens[j].text.islower() and normalize(tokens[j].text) in _ANON_HEADS

    def _name_after_nouns(self, sid: int, k: int) -> _Expr | None:
        """A person named after one or two common nouns that end a title at token ``k``:
        "(IMF chief) economist Maury Obstfeld", "panel Chairman Jason Roe", else None.

        The name must be a lexicon person, or an unlisted name of two words or
        more, or one that opens with a title: one word after a noun ("told
        reporters Monday") is no name.
        """
        tokens = self.seg.tokens[sid]
        j = k
        while j < len(tokens) and j - k < 2 and tokens[j].text.isalpha() and tokens[j].text.islower() and \
                _brill().get(tokens[j].text, "").startswith("NN") and normalize(tokens[j].text) not in self.cues.verbs:
            j += 1
        if j == k or j >= len(tokens):
            return None
        m = self.by_start.get((sid, j))
        if m is not None and m.type == "person" and m.kind != "role":
            return _Expr(m.first, m.last, "mention", m)
        span = next((sp for sp in self.names.get(sid, ()) if sp[0] == j), None)
        if span is None or self._names_body(sid, span):
            return None
        words = [t.text for t in tokens[span[0]:span[1]]]
        return _Expr(span[0], span[1], "name") if len(words) >= 2 else None

    def _name_after_title(self, sid: int, k: int, s: int) -> _Expr | None:
        """A name after role words that follow a person at token ``k`` ("Trump lawyer John
        Roe", "Clinton campaign spokesman Brian Fallon"), else None."""
        tokens = self.seg.tokens[sid]
        j = k
        while j < len(tokens) and j - k < 3 and tokens[j].text.isalpha() and tokens[j].text.islower() and (
                self.title_word(tokens[j].text) or _brill().get(tokens[j].text, "").startswith("NN")):
            j += 1
        if j == k:
            return None
        m = self.by_start.get((sid, j))
        if m is not None and m.type == "person" and m.kind != "role":
            return _Expr(m.first, m.last, "mention", m)
        span = next((sp for sp in self.names.get(sid, ()) if sp[0] == j), None)
        return _Expr(span[0], span[1], "name") if span is not None and not self._names_body(sid, span) else None

    def _names_body(self, sid: int, span: tuple[int, int]) -> bool:
        """True for a name span that names a body ("Foreign Ministry"), not a person."""
        last = normalize(self.seg.tokens[sid][span[1] - 1].text)
        return last in _BODY_HEADS or last in _ANON_HEADS

    def _described_head(self, sid: int, m: Mention) -> int | None:
        """End of a description that an actor's name opens: "U.S. intelligence officials"."""
        if m.type == "person":
            return None
        tokens = self.seg.tokens[sid]
        for j in range(m.last, min(len(tokens), m.last + 4)):
            if not (tokens[j].text.isalpha() and tokens[j].text.islower()):
                return None
            if normalize(tokens[j].text) in _ANON_HEADS and (
                    j + 1 >= len(tokens) or normalize(tokens[j + 1].text) not in _ANON_HEADS):
                return j + 1
        return None

    def _institution_end(self, sid: int, m: Mention) -> int | None:
        """End of an institution named after a place: "Kyiv School of Economics" (a body, not Ukraine)."""
        tokens = self.seg.tokens[sid]
        j, n, body = m.last, len(tokens), False
        while j < n and (tokens[j].text[:1].isupper() or (normalize(tokens[j].text) in ("of", "for", "and")
                                                           and j + 1 < n and tokens[j + 1].text[:1].isupper())):
            body = body or normalize(tokens[j].text) in _BODY_HEADS
            j += 1
        return j if body and m.type in ("state", "organisation") and (sid, m.last) not in self.by_start else None

    def subject_before(self, sid: int, c: int) -> _Expr | None:
        """The speaker expression before the cue at token ``c``: "X said", "X, the minister, said"."""
        tokens = self.seg.tokens[sid]
        j = c
        progressive = tokens[c].text.lower().endswith("ing") and \
            self.cues.verbs.get(normalize(tokens[c].text)) in _PROGRESSIVE_CUES    # "X is warning that", "isn't saying"
        while j > 0 and (normalize(tokens[j - 1].text) in _SKIP_BACK or
                         (progressive and normalize(tokens[j - 1].text) in _PROGRESSIVE_AUX) or
                         (j > 1 and normalize(tokens[j - 1].text) == "'s" and
                          normalize(tokens[j - 2].text) in _AUXILIARY_S) or
                         (tokens[j - 1].text.islower() and tokens[j - 1].text.endswith("ly") and len(tokens[j - 1].text) > 4)):
            j -= 1
        if j > 1 and tokens[j - 1].text in _ASIDE_ENDS:
            j = self._aside_start(sid, j)       # "The IAEA (...) said", "Kall -- co-editor of ... -- said"
        if j > 0 and tokens[j - 1].text == ",":
            participle = tokens[c].text.islower() and tokens[c].text.endswith("ing")
            return self._apposed_subject(sid, j - 1, participle=participle)
        if j > 1 and normalize(tokens[j - 1].text) == "who" and tokens[j - 2].text == ",":
            # "Rustem Umerov, the secretary of the ... Council, who said", "Zelensky of Ukraine, who has argued"
            return self._apposed_subject(sid, j - 2) or self._person_before(sid, j - 2)
        expr = self.np_ending_at(sid, j)
        if expr is not None and self._in_relative_clause(sid, expr.first):
            return None                         # "Officials who attended the meeting in Niamey said": not Niamey
        if expr is not None and expr.kind in ("mention", "name") and expr.first > 1 \
                and normalize(tokens[expr.first - 1].text) == "and":
            return self._coordination(sid, expr) or expr
        return expr

    def _in_relative_clause(self, sid: int, first: int) -> bool:
        """True when token ``first`` is the object of a verb or a preposition inside a relative
        clause ("Aid workers who returned from Darfur", "Voters who backed Lai Ching-te"): the
        cue after it is the head noun's (read as a bare subject, :mod:`discourse.bare_subjects`);
        not the subject of a clause nested in it ("who ... because he claimed", "than aides say",
        "the work she promised")."""
        tokens, flags = self.seg.tokens[sid], self.open_flags(sid)
        if first < 1 or not (_brill().get(tokens[first - 1].text) or "").startswith(("IN", "TO", "VB")):
            return False
        for k in range(first - 1, max(self.dateline_end(sid), first - _MAX_RELATIVE_OBJECT) - 1, -1):
            text = tokens[k].text
            if not flags[k] or not (text.isalpha() or text in ("'s", "'")) or normalize(text) in _NESTED_CLAUSES:
                return False
            if text in ("who", "that"):
                verb = tokens[k + 1].text
                return k + 1 < first and verb.islower() and (_brill().get(verb) or "").startswith("VB")
        return False

    def _aside_start(self, sid: int, e: int) -> int:
        """Index of the bracket or dash that opens an aside closed at token ``e - 1``, when a
        subject stands before it; else ``e``.

        A short bracket (three tokens or fewer inside) is read over after any words: "The
        International Atomic Energy Agency (IAEA)", "Roger Wicker (R-Miss.)". A longer one
        (up to 30 tokens), and a pair of dashes holding a noun phrase or a relative clause,
        only after a speaker expression: "Sen. Chris Murphy (a Connecticut Democrat so boyish
        he ...)", "Kall -- co-editor of a book on the debates --", "The army -- which controls
        ... --", "Democrats -- and some Republicans --".
        """
        tokens = self.seg.tokens[sid]
        bracket = tokens[e - 1].text == ")"
        close = e - 1
        while not bracket and close > 0 and tokens[close - 1].text in _DASHES:
            close -= 1                          # "--" is two tokens
        for o in range(close - 1, max(self.dateline_end(sid) - 1, close - _MAX_ASIDE - 1), -1):
            text = tokens[o].text
            if bracket and text == "(":
                if e - o <= 5:
                    return o
                break
            if not bracket and text in _DASHES:
                if o + 1 >= close or not self._appositive(tokens[o + 1:close]):
                    return e
                while o > 0 and tokens[o - 1].text in _DASHES:
                    o -= 1
                if o < self.dateline_end(sid):
                    return e
                break
            if text in (")", "(") or text in _DASHES or (text in (";", ":") and not bracket) or self.is_mark(tokens[o]):
                return e
        else:
            return e
        before = self.np_ending_at(sid, o)
        if before is None or before.kind not in ("mention", "name", "unnamed", "described") or (
                not bracket and self._in_prepositional_phrase(sid, before.first)):
            return e                # "insiders who think Rubio can win in New Hampshire -- ... -- said"
        return o

    def np_ending_at(self, sid: int, e: int) -> _Expr | None:
        """:meth:`expr_ending_at`, or an unnamed speaker with a prepositional phrase:
        "The Russian embassy in London", "A senior official in one Western European capital",
        "Sudan's ambassador to Kenya" (Sudan's, not Kenya)."""
        tokens = self.seg.tokens[sid]
        expr = self.expr_ending_at(sid, e)
        if expr is not None:
            before = expr.first - 1
            if before > 1 and normalize(tokens[before].text) == "the":
                before -= 1                 # "an official in the White House", "ambassador to the UN"
            if before < 1 or normalize(tokens[before].text) not in _PP_HEADS:
                return expr
        words = None
        for p in range((expr.first - 1) if expr is not None else e - 2, max(0, e - 9), -1):
            if normalize(tokens[p].text) not in _PP_HEADS:
                if words is None:
                    words = [normalize(t.text) for t in tokens]
                if not tokens[p].text.isalpha() or self.cues.match_verb(words, p):
                    break
                continue
            head = self.expr_ending_at(sid, p)
            if head is not None and (head.kind == "unnamed" or (
                    head.mention is not None and head.mention.kind == "role" and not head.mention.actor)) \
                    and self._appositive(tokens[p + 1:e]):
                return _Expr(head.first, e, "described", head.mention)
        return expr

    def _coordination(self, sid: int, last: _Expr) -> _Expr | None:
        """Several actors as one subject: "France and Germany", "The leaders of France, Germany and Poland"."""
        tokens = self.seg.tokens[sid]
        k = last.first - 1                       # at "and"
        while k > 0 and normalize(tokens[k].text) in ("and", ","):
            before = self.expr_ending_at(sid, k)
            if before is None or before.kind not in ("mention", "name"):
                return None
            k = before.first - 1
        first = k + 1
        if k > 0 and normalize(tokens[k].text) == "of":      # "the leaders of ..."
            head = self.expr_ending_at(sid, k)
            first = head.first if head is not None and head.kind == "unnamed" else first
        return _Expr(first, last.last, "coordination")

    def coordinated_after(self, sid: int, first: _Expr) -> _Expr:
        """``first`` and the names joined to it by "and" after a cue: "said Burton and Nick"
        is both of them (one coordination), not Burton."""
        tokens = self.seg.tokens[sid]
        if first.kind not in ("mention", "name"):
            return first
        if first.last + 1 >= len(tokens) or normalize(tokens[first.last].text) != "and":
            return first
        nxt = self.expr_starting_at(sid, first.last + 1)
        if nxt is None or nxt.kind not in ("mention", "name") or nxt.first != first.last + 1:
            return first
        return _Expr(first.first, nxt.last, "coordination")

    def _person_before(self, sid: int, e: int) -> _Expr | None:
        """The expression ending at token ``e``, or the person in "<person> of <place>"."""
        expr = self.expr_ending_at(sid, e)
        tokens = self.seg.tokens[sid]
        if expr is not None and expr.kind == "mention" and expr.mention.type != "person" and expr.first > 1 \
                and normalize(tokens[expr.first - 1].text) == "of":
            person = self.expr_ending_at(sid, expr.first - 1)
            if person is not None and (person.kind == "name" or person.mention.type == "person"):
                return person
        return expr

    def _apposed_subject(self, sid: int, comma: int, *, participle: bool = False,
                         nested: bool = False) -> _Expr | None:
        """The subject before appositions ending at the comma ``comma``:
        "X, the minister, said", "Olena Kovalenko, 43, a teacher in Kharkiv, said".

        Up to three comma-separated segments are read back; a segment with a
        finite verb outside a relative clause is a clause, not an apposition, so
        "BERLIN - Scholz ruled out ..., saying" finds no apposed subject. Before a
        ``participle`` cue, a noun phrase after a finite verb is that verb's object
        ("X sued the commission on Friday, claiming"), not the subject, unless a relative
        clause follows it ("... about Perez, who is ..., saying"); before a finite cue it
        may be ("... Trump, in Kentucky, said" in a sentence that ran on).

        An unnamed apposition after a name gives the name ("Ahmed Hassan, a spokesman for the
        RSF, a group at war with the army, said": Hassan); that look-back is read once, not
        ``nested`` again, so the cost stays bounded in a long list of commas.
        """
        tokens = self.seg.tokens[sid]
        inner_end, fallback = comma, None
        for _ in range(_MAX_APPOSITIONS):
            k = inner_end - 1
            while k >= 0 and tokens[k].text not in (",", ";", ":") and not self.is_mark(tokens[k]) \
                    and comma - k <= 30:
                k -= 1
            if k < 0 or tokens[k].text != "," or not self._appositive(tokens[k + 1:inner_end]) or (
                    normalize(tokens[k + 1].text) in ("and", "or") and k + 2 < inner_end
                    and tokens[k + 2].text[:1].isupper()):
                return fallback         # "Mr. Carson, who ..., and Donald J. Trump, who said": no apposition
            inner = self.expr_ending_at(sid, inner_end)
            outer = self.np_ending_at(sid, self._aside_start(sid, k) if tokens[k - 1].text == ")" else k)
            if outer is not None and participle and normalize(tokens[k + 1].text) not in _RELATIVES \
                    and self._after_finite_verb(sid, outer.first):   # "chatter about X, who is ..., saying": X
                outer = None                # "X sued the commission in Nairobi on Friday, claiming": an object
            title = tokens[k + 1:inner.first] if inner is not None else ()
            whole = inner is not None and inner_end == comma and (    # "One delegate, Kano State party
                not title or (self._title_run(title)                   # chairwoman Hadiza Bello, said"
                              and normalize(title[-1].text) not in ("of", "the")))   # not "Republican of | Arizona"
            if whole and not title and self._place_after_place(sid, k, inner):
                whole = False               # "Officials in Beirut, Lebanon, said": the officials
            if whole and self._is_named(inner):
                return inner
            if outer is not None and fallback is not None and (
                    not self._is_named(outer) or self._in_prepositional_phrase(sid, outer.first)):
                return fallback             # "Outside the campaign, a number of Democrats, while ..., are warning"
            if outer is not None:
                named = None if nested else self._named_before(sid, outer, participle=participle)
                if named is not None:
                    return named
                if fallback is None and self._in_prepositional_phrase(sid, outer.first):
                    fallback = outer        # "X, president of the Leadership Fund, a super PAC ..., said": X
                    inner_end = k
                    continue
                return outer
            if whole:
                return inner
            inner_end = k
        return fallback

    def _place_after_place(self, sid: int, comma: int, inner: _Expr) -> bool:
        """True when ``inner``, right after ``comma``, is a state that locates the place named
        before the comma: "in Beirut, | Lebanon" (a city of that state), "residents of Goma, |
        Congo" (an unlisted name after a preposition)."""
        m, before = inner.mention, self.by_end.get((sid, comma))
        if m is None or m.type != "state":
            return False
        if before is not None:
            return before.type in ("state", "place") and before.actor == m.actor
        span = next((sp for sp in self.names.get(sid, ()) if sp[1] == comma), None)    # "residents of Goma, Congo"
        return span is not None and span[0] > 0 and normalize(self.seg.tokens[sid][span[0] - 1].text) in _PP_HEADS

    def _named_before(self, sid: int, outer: _Expr, *, participle: bool) -> _Expr | None:
        """The named subject before an unnamed apposition ``outer`` that follows a comma:
        "Ahmed Hassan, | a spokesman for the RSF, | a paramilitary group ..., said" gives
        Hassan; else None."""
        tokens = self.seg.tokens[sid]
        if self._is_named(outer) or outer.first < 2 or tokens[outer.first - 1].text != "," \
                or not self._appositive(tokens[outer.first:outer.last]):
            return None
        named = self.np_ending_at(sid, outer.first - 1) or \
            self._apposed_subject(sid, outer.first - 1, participle=participle, nested=True)
        if named is None or not self._is_named(named) or self._in_prepositional_phrase(sid, named.first):
            return None             # "In Khartoum, residents, who ..., said": the residents
        opens = named.first <= self.dateline_end(sid) or tokens[named.first - 1].text == ","
        return named if opens else None

    def _in_prepositional_phrase(self, sid: int, first: int) -> bool:
        """True when token ``first`` stands in the object of a preposition: "president of (the) |
        Congressional Leadership Fund", "of the Congressional Leadership | Fund"."""
        tokens = self.seg.tokens[sid]
        before = first - 1
        while before > 0 and first - before < 5 and tokens[before].text[:1].isupper() \
                and tokens[before].text.isalpha():
            before -= 1             # "of the Congressional Leadership | Fund"
        if before > 0 and normalize(tokens[before].text) == "the":
            before -= 1
        return before >= 0 and normalize(tokens[before].text) in _PP_HEADS

    def _after_finite_verb(self, sid: int, first: int) -> bool:
        """True when a finite verb stands between the start of the clause (the sentence,
        after a dateline, or the last comma, semicolon or colon) and token ``first``."""
        tokens, flags, lexicon = self.seg.tokens[sid], self.open_flags(sid), _brill()
        for k in range(first - 1, self.dateline_end(sid) - 1, -1):
            if tokens[k].text in (",", ";", ":"):
                return False
            if flags[k] and tokens[k].text.islower() and lexicon.get(tokens[k].text) in _FINITE_TAGS:
                return True
        return False

    @staticmethod
    def _appositive(tokens: Sequence[Token]) -> bool:
        """True for a noun phrase (no finite verb outside a relative clause)."""
        lexicon = _brill()
        if tokens and tokens[0].text.islower() and tokens[0].text.endswith("ing"):
            return True                 # ", speaking on condition of anonymity because they were not ...,"
        for i, t in enumerate(tokens):
            word = t.text.lower()
            if word in _RELATIVES:
                return True
            if i and t.text.islower() and tokens[i - 1].text[:1].isupper() and lexicon.get(word) == "VBN" and not (
                    i + 1 < len(tokens) and tokens[i + 1].text.lower() in _PARTICIPLE_PREPOSITIONS):
                return False            # "former president Dmitry Medvedev mocked the deal": a name and its verb
                # ("a super PAC allied with the speaker", "a group based in Goma": a participle phrase)
            if lexicon.get(word) in _FINITE_TAGS:
                return False
        return True

    def title_word(self, word: str) -> bool:
        """True for a word that may stand in a title before a name ("Pentagon", "spokesman")."""
        w = normalize(word).rstrip(".")
        return word[:1].isupper() or w in TITLE_WORDS or w in self.lexicon.role_words or w in _BODY_HEADS

    def _is_named(self, expr: _Expr) -> bool:
        return expr.kind == "name" or (expr.mention is not None and expr.mention.kind in ("name", "surname"))



def mentions_in_names(seg: Segmented, mentions: Sequence[Mention]) -> frozenset[Mention]:
    """The mentions that are part of a longer name the lexicon does not list, so stand for no actor:
    "Mark Cuban" is not Cuba, "Leila Mansour" not the listed Riyad Mansour, "Donald Trump Jr."
    not Donald Trump (:class:`ExpressionReader` leaves them out of its ``mentions``)."""
    return _unlisted_names(seg, mentions)[1]


def _unlisted_names(seg: Segmented, mentions: Sequence[Mention]
                    ) -> tuple[dict[int, list[tuple[int, int]]], frozenset[Mention]]:
    """Per sentence, the token spans of proper names that no mention covers, and the
    mentions that are read as part of a longer unlisted name instead.

    A demonym or a mention at the start of a name span is cut off it:
    "Slovak | Foreign Minister Juraj Blanar", "White House | Press Secretary Josh Ernst".
    A mention inside a person's name is not: "Leila Mansour" is not the listed
    Riyad Mansour (another first name, another person), "Amal Haddad" is not
    the Amal Movement. A capitalised word that ends a full name named anywhere in
    the document is a name on its own ("Ditto" after "Jessica Ditto").
    """
    covered: dict[int, set[int]] = {}       # per sentence: token indices inside a mention
    demonyms: dict[int, set[int]] = {}
    by_first: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        covered.setdefault(m.sent_id, set()).update(range(m.first, m.last))
        by_first.setdefault((m.sent_id, m.first), m)
        if m.kind == "demonym":
            demonyms.setdefault(m.sent_id, set()).update(range(m.first, m.last))
    names: dict[int, list[tuple[int, int]]] = {}
    inside: set[Mention] = set()
    nothing: set[int] = set()
    suffixed = _suffixed_persons(seg, mentions)
    for sent in seg.sentences:
        spans = []
        tokens = seg.tokens[sent.sent_id]
        here, adjectives = covered.get(sent.sent_id, nothing), demonyms.get(sent.sent_id, nothing)
        for i, j in name_spans(tokens):
            within = _titled_mention_in_name(tokens, i, j, sent.sent_id, by_first)
            if within is not None:
                spans.append((i, j))
                inside.add(within)
                continue
            last = by_first.get((sent.sent_id, j - 1)) if j - i >= 2 and j - 1 in adjectives else None
            if last is not None and _demonym_surname(tokens, i, j, last) and not any(k in here for k in range(i, j - 1)):
                spans.append((i, j))        # "Mark Cuban": a surname, not Cuba
                inside.add(last)
                continue
            while i < j and (i in adjectives or i in here):
                i += 1
            while i < j and tokens[i].text.islower() and tokens[i].text in _CONNECTORS:
                i += 1                      # "Republican | of Lagos" leaves "Lagos"
            if i < j and not any(k in here for k in range(i, j)):
                spans.append((i, j))
            elif i < j:
                tail = _titled_tail(tokens, max(k for k in range(i, j) if k in here) + 1, j)
                if tail is not None:        # "National Republican | Senatorial Committee Chairman Roger Wicker"
                    spans.append(tail)
        for m in suffixed.get(sent.sent_id, ()):
            # "Donald Trump Jr." is not the listed Donald Trump: an unlisted name, suffix included
            spans = sorted([sp for sp in spans if sp != (m.last, m.last + 1)] + [(m.first, m.last + 1)])
            inside.add(m)
        names[sent.sent_id] = spans
    _add_lone_surnames(seg, names, covered)
    if inside:
        inside.update(_demonym_surnames(seg, names, inside, by_first))
    return names, frozenset(inside)


def _demonym_surname(tokens: Sequence[Token], i: int, j: int, m: Mention) -> bool:
    """True when the state demonym ``m`` that ends the name run ``tokens[i:j]`` is a
    surname: "Mark Cuban said", not "the Kentucky Republican" (a party, after "the"),
    "Presumptive Republican nominee" or "the Miami Cuban community" (a noun follows)."""
    if m.type != "state" or m.last != j or (i > 0 and normalize(tokens[i - 1].text) in _DETERMINERS):
        return False
    return _prose_follows(tokens, j)


def _prose_follows(tokens: Sequence[Token], k: int) -> bool:
    """True when token ``k`` goes on in prose after a name: a comma, "'s", a bracket, or a
    lower-case verb or adverb ("Cuban said", "Cuban also said")."""
    nxt = tokens[k].text if k < len(tokens) else ""
    return nxt in (",", "'s", "(") or (nxt.isalpha() and nxt.islower() and
                                        _brill().get(nxt, "").startswith(("VB", "MD", "RB")))


def _demonym_surnames(seg: Segmented, names: dict[int, list[tuple[int, int]]], inside: set[Mention],
                      by_first: dict[tuple[int, int], Mention]) -> list[Mention]:
    """The demonyms that are, on their own, the surname of a person the document names in
    full: "Cuban said" after "Mark Cuban" (added to ``names`` as one-word names). A demonym
    before a noun stays one ("the Cuban government")."""
    surnames = {seg.tokens[m.sent_id][m.first].text for m in inside if m.kind == "demonym" and m.last - m.first == 1}
    if not surnames:
        return []
    found = []
    for sent in seg.sentences:
        tokens = seg.tokens[sent.sent_id]
        for k, tok in enumerate(tokens):
            m = by_first.get((sent.sent_id, k)) if tok.text in surnames else None
            if m is None or m.kind != "demonym" or m in inside or m.last != k + 1:
                continue
            if _prose_follows(tokens, k + 1) and not (k > 0 and normalize(tokens[k - 1].text) in _DETERMINERS):
                names[sent.sent_id] = sorted(names[sent.sent_id] + [(k, k + 1)])
                found.append(m)
    return found


def _suffixed_persons(seg: Segmented, mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
    """Per sentence, the listed persons' names that a generational suffix follows ("Donald
    Trump | Jr.", "Trump | Jr."): another person than the one listed, unless the lexicon lists
    the name with its suffix (the mention then holds it)."""
    found: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "person" and m.kind in ("name", "surname"):
            tokens = seg.tokens[m.sent_id]
            if m.last < len(tokens) and tokens[m.last].text in NAME_SUFFIXES \
                    and tokens[m.last].start - tokens[m.last - 1].end <= 1:
                found.setdefault(m.sent_id, []).append(m)
    return found


def _titled_mention_in_name(tokens: Sequence[Token], i: int, j: int, sid: int,
                            by_first: dict[tuple[int, int], Mention]) -> Mention | None:
    """:func:`_mention_in_name` for the name run ``tokens[i:j]``, read after its title:
    "Attorney General Roy | Cooper" is not the listed Yvette Cooper."""
    p = i + split_title([t.text for t in tokens[i:j]])
    if not 2 <= j - p <= 3:
        return None
    return _mention_in_name(tokens, p, j, [by_first.get((sid, k)) for k in range(p, j)])


def _titled_tail(tokens: Sequence[Token], t: int, j: int) -> tuple[int, int] | None:
    """The span ``(t, j)`` when the words ``tokens[t:j]`` (the end of a name run after a
    mention it holds) are a title and a person's name: "Senatorial Committee Chairman
    Roger Wicker" after "Republican"; else None ("National Committee" names a body)."""
    words = [normalize(tok.text).rstrip(".") for tok in tokens[t:j]]
    last_title = max((p for p, w in enumerate(words) if w in TITLE_WORDS and w not in ("of", "the")), default=None)
    if last_title is None:
        return None
    name = tokens[t + last_title + 1:j]
    if len(name) >= 2 or (len(name) == 1 and _surname_like(name[0].text)):
        return t, j
    return None


def _after_number(tokens: Sequence[Token], k: int) -> int:
    """Index after a number that opens a title at ``k`` ("9/11 widow", "2016 nominee"), else ``k``."""
    j = k
    while j < len(tokens) and j - k < 5 and (tokens[j].text.isdigit() or (
            j > k and tokens[j].text in ("/", "-") and j + 1 < len(tokens) and tokens[j + 1].text.isdigit())):
        j += 1
    return j


def _plural_demonym(m: Mention, word: str) -> bool:
    """True for a demonym that names people, not a modifier: "Mexicans", "Israelis",
    not "Mexican", "Swiss" or "Japanese"."""
    return m.kind == "demonym" and m.last - m.first == 1 and word.endswith("s") and not word.endswith("ss")


def _surname_like(word: str) -> bool:
    """A capitalised word that is no English word in lower case ("Haddad", "Bardella")."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and word.lower() not in _brill()


def _mention_in_name(tokens: Sequence[Token], i: int, j: int, starting: list[Mention | None]) -> Mention | None:
    """The one mention that a two- or three-word person's name span ``tokens[i:j]`` holds but
    that does not name that person, else None: a listed person's surname after another first
    name ("Leila | Mansour"), or a one-word actor before a surname ("Amal | Haddad")."""
    if not 2 <= j - i <= 3:
        return None
    found = [(k, m) for k, m in enumerate(starting) if m is not None]
    if len(found) != 1:
        return None
    k, m = found[0]
    words = [t.text for t in tokens[i:j]]
    if any(normalize(w).rstrip(".") in TITLE_WORDS for w in words):
        return None
    if m.type == "person" and m.kind in ("surname", "name") and i + k == j - 1 and m.last == j:
        # "Leila Mansour" is not Riyad Mansour; "Dmitri S. Peskov" is Dmitry Peskov (a first name spelt otherwise)
        first, full = normalize(words[0]), normalize(m.actor or "")
        return m if m.actor and first[:1] != full[:1] and first not in full.split() else None   # "Tayyip Erdogan"
    if m.type != "person" and m.kind != "demonym" and k == 0 and m.last == i + 1 \
            and all(_surname_like(w) for w in words[1:]):
        return m                                        # "Amal Haddad", "Jordan Bardella"
    return None


def _add_lone_surnames(seg: Segmented, names: dict[int, list[tuple[int, int]]],
                       covered: dict[int, set[int]]) -> None:
    """Add, as one-word names, the capitalised words that are no name word on their own but
    end a full name of the document: "Ditto said" after "Jessica Ditto"."""
    last_words = set()
    for sent in seg.sentences:
        tokens = seg.tokens[sent.sent_id]
        for i, j in names[sent.sent_id]:
            if j - i >= 2 and not is_name_word(tokens[j - 1].text):
                last_words.add(tokens[j - 1].text)
    if not last_words:
        return
    nothing: set[int] = set()
    for sent in seg.sentences:
        tokens, spans = seg.tokens[sent.sent_id], names[sent.sent_id]
        inside = {k for i, j in spans for k in range(i, j)} | covered.get(sent.sent_id, nothing)
        extra = [(k, k + 1) for k, t in enumerate(tokens) if t.text in last_words and k not in inside and k > 0]
        if extra:
            names[sent.sent_id] = sorted(spans + extra)


def dateline_end(tokens: Sequence[Token]) -> int:
    """Index of the first token after a dateline ("KYIV, Ukraine (AP) --", "LONDON (Reuters) -"), else 0.

    Examples
    --------
    >>> from discourse.text import segment_document
    >>> seg = segment_document("BERLIN, March 3 (Reuters) - Scholz spoke.")
    >>> seg.tokens[0][dateline_end(seg.tokens[0])].text
    'Scholz'
    >>> seg = segment_document("Dec 29 (Reuters) - Scholz spoke.")      # a date and the agency only
    >>> seg.tokens[0][dateline_end(seg.tokens[0])].text
    'Scholz'
    """
    for k, tok in enumerate(tokens[:12]):
        if tok.text in _DASHES:
            before = [t.text for t in tokens[:k] if t.text[:1].isalpha()]
            agency = k >= 3 and tokens[k - 3].text == "(" and tokens[k - 1].text == ")"     # "(Reuters) -"
            if before and (agency or (before[0].isupper() and len(before[0]) > 1)) and \
                    all(w[:1].isupper() for w in before):
                return k + 1
            return 0
        if not (tok.text[:1].isupper() or tok.text.isdigit() or tok.text in (",", "(", ")", ".")):
            return 0
    return 0
