"""Speakers: reading and resolving the expression that names who speaks.

Given a cue ("said", "according to") in a sentence, :class:`SpeakerFinder`
reads the referring expression next to it and resolves it:

========================  ==========================================  ===============
expression                example                                     speaker
========================  ==========================================  ===============
lexicon person            "Barrot replied", "said Rob Bauer"          full name
role reference            "the French foreign minister said"          resolved person
outlet, state, group      "Le Monde reported", "the Kremlin said"     as named
unlisted name             "said John Smith, a Pentagon spokesman"     full name
pronoun                   "he said"                                   last compatible person
unnamed source            "senior Western officials said"             as written
========================  ==========================================  ===============

An expression that cannot be resolved gives no speaker: the quote keeps an
empty speaker rather than a guess.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from .actors import ActorLexicon, Mention, _match_name
from .antecedents import DescribedIndex, PersonIndex
from .cues import Cues
from .names import _brill, is_name_word, name_spans, normalize, split_title, TITLE_WORDS
from .text import Segmented, Token

__all__ = ["Speaker", "SpeakerFinder", "dateline_end"]

_SKIP_BACK = frozenset("""
also later then has have had would will again previously recently further once repeatedly earlier
separately publicly privately reportedly bluntly flatly firmly simply just still already often now
on monday tuesday wednesday thursday friday saturday sunday today yesterday
last night morning evening afternoon week weekend
""".split())
_ANON_HEADS = frozenset("""
official officials source sources diplomat diplomats analyst analysts expert experts observer observers
soldier soldiers commander commanders fighter fighters medic medics doctor doctors nurse volunteer volunteers
resident villager villagers civilian civilians refugee refugees survivor survivors woman man mother father
student students farmer farmers worker workers teacher pensioner priest witness office
embassy embassies mission delegation consulate draft document readout memo
maker company firm manufacturer producer bank operator supplier
critic critics insider insiders aide aides adviser advisers advisors lawmakers legislators leaders
spokesperson spokesman spokeswoman ministry government report statement newspaper agency authorities
military army police people residents witnesses commentators economists officers intelligence
group groups agencies organisation organisations organization organizations charity charities movement
militia rebels militants activists campaigners protesters demonstrators monitors rescuers paramedics
negotiators mediators investigators prosecutors lawyers families relatives parents traders shopkeepers
voters scientists researchers doctors unions campaign lawyer attorney attorneys team members member militias narrator host anchor announcer moderator
questioner reader readers viewer viewers caller letter commission committee council panel board
nominee nominees candidate candidates challenger hopeful
""".split())
# "the group", "the movement": a definite reference back to the last actor of that type named before
_BACK_REFERENCES = {
    "group": ("group",), "movement": ("group",), "militia": ("group",), "rebels": ("group",),
    "militants": ("group",), "organisation": ("organisation",), "organization": ("organisation",),
    "agency": ("organisation",), "alliance": ("organisation",), "bloc": ("organisation",),
    "court": ("organisation",), "tribunal": ("organisation",),
}
_PROGRESSIVE_AUX = frozenset({"is", "are", "was", "were", "been", "not", "n't", "isn't", "aren't", "wasn't",
                              "weren't", "now"})
# speech verbs whose progressive ("is warning that") still reports speech; "was responding to" does not
_PROGRESSIVE_CUES = frozenset("say tell warn claim insist argue suggest demand urge ask confirm deny promise vow "
                              "stress complain accuse predict threaten".split())
_MODIFIER_TAGS = ("JJ", "NN", "DT", "CD", "VBN")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})   # "His lawyer said"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVES = frozenset({"who", "which", "whose", "whom", "that"})
_MAX_APPOSITIONS = 3
# last words of the names of bodies, not people ("General Staff", "Security Council")
_BODY_HEADS = frozenset("""
staff council committee command office ministry service agency directorate department commission
parliament assembly court bureau administration government cabinet headquarters guard corps force forces
embassy mission delegation consulate school university institute institution centre center foundation endowment
academy college observatory police
""".split())
_COMPANY_HEADS = frozenset("maker company firm manufacturer producer bank operator supplier".split())
_PERSON_HEADS = frozenset("""
official source diplomat analyst expert observer critic insider aide adviser advisor spokesperson spokesman
spokeswoman soldier commander fighter medic doctor nurse volunteer resident villager civilian refugee
survivor woman man mother father student farmer worker teacher pensioner priest witness officer
""".split())
_NEVER_INVERTED = frozenset({"tell", "inform", "brief", "assure", "remind"})   # '"...," told X': X is addressed
_PP_HEADS = frozenset({"in", "at", "from", "with", "on", "for", "of"})   # "an official in ...", "residents of ..."
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_PRONOUNS = {"he": "male", "she": "female"}


class Speaker(NamedTuple):
    """Who speaks: as named in the text, and the actor their words count for."""

    name: str
    actor: str | None
    kind: str       # person | role | actor | name | pronoun | unnamed
    start: int      # character offsets of the expression the speaker was read from:
    end: int        # text[start:end] is the pronoun, title or name


class _Expr(NamedTuple):
    first: int      # token indices in the sentence
    last: int
    kind: str       # mention | name | pronoun | anonymous
    mention: Mention | None = None


class SpeakerFinder:
    """Per-document indexes for finding and resolving speakers.

    Parameters
    ----------
    seg : Segmented
    mentions : sequence of Mention
        From :func:`discourse.actors._doc_mentions`, in text order.
    lexicon : ActorLexicon
    cues : Cues
    quoted : sequence of (start, end)
        Character spans inside quotation marks: names there are not speakers.
    """

    def __init__(self, seg: Segmented, mentions: Sequence[Mention], lexicon: ActorLexicon, cues: Cues,
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.seg, self.lexicon, self.cues = seg, lexicon, cues
        self.quoted = sorted(quoted)
        self._datelines: dict[int, int] = {}
        self._quote_starts = [q[0] for q in self.quoted]
        self.by_end: dict[tuple[int, int], Mention] = {}
        self.by_start: dict[tuple[int, int], Mention] = {}
        for m in mentions:
            self.by_end[(m.sent_id, m.last)] = m
            self.by_start.setdefault((m.sent_id, m.first), m)
        covered: dict[int, set[int]] = {}       # per sentence: token indices inside a mention
        demonyms: dict[int, set[int]] = {}
        for m in mentions:
            covered.setdefault(m.sent_id, set()).update(range(m.first, m.last))
            if m.kind == "demonym":
                demonyms.setdefault(m.sent_id, set()).update(range(m.first, m.last))
        self.names: dict[int, list[tuple[int, int]]] = {}
        full_names: dict[str, str] = {}
        nothing: set[int] = set()
        for sent in seg.sentences:
            spans = []
            here, adjectives = covered.get(sent.sent_id, nothing), demonyms.get(sent.sent_id, nothing)
            for i, j in name_spans(seg.tokens[sent.sent_id]):
                while i < j and (i in adjectives or i in here):
                    i += 1      # "Slovak | Foreign Minister Juraj Blanar", "White House | Press Secretary Josh Ernst"
                if i < j and not any(k in here for k in range(i, j)):
                    spans.append((i, j))
            self.names[sent.sent_id] = spans
            for i, j in spans:
                words = [t.text for t in seg.tokens[sent.sent_id][i:j]]
                words = words[split_title(words):]
                if len(words) >= 2:
                    key = normalize(words[-1])
                    full = " ".join(words)
                    if len(full) > len(full_names.get(key, "")):
                        full_names[key] = full
        self.full_names = full_names
        self.display: dict[str, str] = {}
        for m in mentions:
            if m.type == "person" and m.kind == "name" and m.actor:
                text = seg.text[m.start:m.end]
                if len(text) > len(self.display.get(m.actor, "")):
                    self.display[m.actor] = text
        self.known_actor: dict[str, str] = {}       # unlisted person -> actor, once learnt
        self._typed: dict[str, tuple[list[int], list[Mention]]] = {}    # actors by type, by offset
        for m in mentions:
            if m.type in ("group", "organisation", "state", "media") and m.actor and not self.in_quote(m.start):
                offsets, found = self._typed.setdefault(m.type, ([], []))
                offsets.append(m.start)
                found.append(m)
        self.described = DescribedIndex()       # unnamed speakers by head noun: "the spokesperson" -> NATO
        self._plural_offsets: list[int] = []   # plural speakers ("residents", "X and Y"), for "they said"
        self._plural: list[Speaker] = []
        self.persons = PersonIndex(             # antecedents of pronouns, by offset
            (m.start, m.actor, lexicon[m.actor].speaks_for, lexicon[m.actor].gender)
            for m in mentions if m.type == "person" and m.actor and not self.in_quote(m.start))

    # -- helpers ----------------------------------------------------------------------
    def in_quote(self, offset: int) -> bool:
        k = bisect_left(self._quote_starts, offset + 1) - 1
        return k >= 0 and self.quoted[k][0] <= offset < self.quoted[k][1]

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
        if e <= 0 or self.in_quote(tokens[e - 1].start) or e <= self.dateline_end(sid):
            return None
        m = self.by_end.get((sid, e))
        if m is not None and m.kind != "demonym":
            return _Expr(m.first, e, "mention", m)
        word = normalize(tokens[e - 1].text)
        for i, j in self.names.get(sid, ()):
            if j == e and word not in _ANON_HEADS:        # "the Russian Defense Ministry": read as a description
                return _Expr(i, j, "name")
        if word in _PRONOUNS:
            return _Expr(e - 1, e, "pronoun")
        if word in _ANON_HEADS:
            i = e - 1
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

    def expr_starting_at(self, sid: int, s: int) -> _Expr | None:
        """The referring expression that starts at token ``s`` (after a cue: "said X")."""
        tokens = self.seg.tokens[sid]
        n = len(tokens)
        if s >= n or self.in_quote(tokens[s].start) or s < self.dateline_end(sid):
            return None
        # a title run ("NATO chief Mark Rutte", "Pentagon spokesman John Smith"): the name is at its end
        k = s
        while k < n and k - s < 8 and tokens[k].text.rstrip(".").replace("-", "").isalpha() and (
                self.title_word(tokens[k].text)):       # "EU foreign policy chief Kaja Kallas"
            m = self.by_start.get((sid, k))
            if m is not None and m.type == "person" and m.kind != "role":
                later = self._name_after_title(sid, m.last, s)
                if later is not None:               # "Trump lawyer John Roe": the lawyer speaks, not Trump
                    return later
                return _Expr(m.first, m.last, "mention", m)
            if k > s:
                span = next((sp for sp in self.names.get(sid, ()) if sp[0] == k), None)
                if span is not None and not self._names_body(sid, span):
                    return _Expr(span[0], span[1], "name")
            k += 1
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
        if picked is not None:
            return _Expr(picked[0], picked[1], "name")
        word = normalize(tokens[s].text)
        if word in _PRONOUNS:
            return _Expr(s, s + 1, "pronoun")
        j = s
        while j < n and j - s < 6:
            w = normalize(tokens[j].text)
            if w in _ANON_HEADS and (j + 1 >= n or normalize(tokens[j + 1].text) not in _ANON_HEADS):
                return _Expr(s, j + 1, "unnamed")
            mj = self.by_start.get((sid, j))
            if mj is not None and mj.type != "person":
                j = mj.last
                continue
            if (tokens[j].text.isalpha() and tokens[j].text.islower() and w not in self.cues.verbs) or (
                    tokens[j].text == "'s" and j > s):     # "the ad's narrator says"
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

    def _scene_actor(self, sid: int) -> str | None:
        """The actor of a place that opens the sentence: "In Moscow, ..." -> Russia."""
        tokens = self.seg.tokens[sid]
        k = self.dateline_end(sid)
        if k + 2 >= len(tokens) or normalize(tokens[k].text) != "in":
            return None
        m = self.by_start.get((sid, k + 1))
        if m is None or m.type not in ("state", "organisation") or m.last >= len(tokens) or tokens[m.last].text != ",":
            return None
        return m.affiliation

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
                         (tokens[j - 1].text.islower() and tokens[j - 1].text.endswith("ly") and len(tokens[j - 1].text) > 4)):
            j -= 1
        if j > 0 and tokens[j - 1].text == ")":          # "The International Atomic Energy Agency (IAEA) said"
            opening = next((o for o in range(j - 2, max(-1, j - 6), -1) if tokens[o].text == "("), None)
            if opening is not None:
                j = opening
        if j > 0 and tokens[j - 1].text == ",":
            return self._apposed_subject(sid, j - 1)
        if j > 1 and normalize(tokens[j - 1].text) == "who" and tokens[j - 2].text == ",":
            # "Rustem Umerov, the secretary of the ... Council, who said", "Zelensky of Ukraine, who has argued"
            return self._apposed_subject(sid, j - 2) or self._person_before(sid, j - 2)
        expr = self.np_ending_at(sid, j)
        if expr is not None and expr.kind in ("mention", "name") and expr.first > 1 \
                and normalize(tokens[expr.first - 1].text) == "and":
            return self._coordination(sid, expr) or expr
        return expr

    def np_ending_at(self, sid: int, e: int) -> _Expr | None:
        """:meth:`expr_ending_at`, or an unnamed speaker with a prepositional phrase:
        "The Russian embassy in London", "A senior official in one Western European capital"."""
        tokens = self.seg.tokens[sid]
        expr = self.expr_ending_at(sid, e)
        if expr is not None and (expr.first < 2 or normalize(tokens[expr.first - 1].text) not in _PP_HEADS):
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

    def _apposed_subject(self, sid: int, comma: int) -> _Expr | None:
        """The subject before appositions ending at the comma ``comma``:
        "X, the minister, said", "Olena Kovalenko, 43, a teacher in Kharkiv, said".

        Up to three comma-separated segments are read back; a segment with a
        finite verb outside a relative clause is a clause, not an apposition, so
        "BERLIN - Scholz ruled out ..., saying" finds no apposed subject.
        """
        tokens = self.seg.tokens[sid]
        inner_end = comma
        for _ in range(_MAX_APPOSITIONS):
            k = inner_end - 1
            while k >= 0 and tokens[k].text not in (",", ";", ":") and not self.is_mark(tokens[k]) \
                    and comma - k <= 30:
                k -= 1
            if k < 0 or tokens[k].text != "," or not self._appositive(tokens[k + 1:inner_end]):
                return None
            inner = self.expr_ending_at(sid, inner_end)
            outer = self.np_ending_at(sid, k)
            whole = inner is not None and inner_end == comma and all(
                normalize(t.text).rstrip(".") in TITLE_WORDS for t in tokens[k + 1:inner.first])
            if whole and self._is_named(inner):
                return inner
            if outer is not None:
                return outer
            if whole:
                return inner
            inner_end = k
        return None

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
            if i and t.text.islower() and tokens[i - 1].text[:1].isupper() and lexicon.get(word) == "VBN":
                return False            # "former president Dmitry Medvedev mocked the deal": a name and its verb
            if lexicon.get(word) in _FINITE_TAGS:
                return False
        return True

    def title_word(self, word: str) -> bool:
        """True for a word that may stand in a title before a name ("Pentagon", "spokesman")."""
        w = normalize(word).rstrip(".")
        return word[:1].isupper() or w in TITLE_WORDS or w in self.lexicon.role_words or w in _BODY_HEADS

    def _is_named(self, expr: _Expr) -> bool:
        return expr.kind == "name" or (expr.mention is not None and expr.mention.kind in ("name", "surname"))

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, sid: int, expr: _Expr | None) -> Speaker | None:
        """Turn an expression into a :class:`Speaker`, or None when it cannot be resolved."""
        if expr is None:
            return None
        tokens = self.seg.tokens[sid]
        start, end = tokens[expr.first].start, tokens[expr.last - 1].end
        text = self.seg.text[start:end]
        if expr.kind == "mention":
            m = expr.mention
            if m.type == "person" and m.actor:
                return Speaker(m.actor, m.affiliation, "person" if m.kind != "role" else "role", start, end)
            if m.kind == "role":
                actor = self._descriptive_actor(sid, expr, m.affiliation)
                self._remember(start, text, actor)     # an unnamed person: a pronoun's antecedent
                return Speaker(text, actor, "role", start, end)
            shown = text[4:] if text.lower().startswith("the ") and m.type != "media" else text
            return Speaker(shown, m.actor, "actor", start, end)
        if expr.kind == "name":
            words = [t.text for t in tokens[expr.first:expr.last]]
            k = split_title(words)
            of = next((i for i in range(k + 2, len(words)) if words[i] == "of"), None)
            if of is not None and not any(normalize(w) in _BODY_HEADS for w in words[:of]):
                words = words[:of]          # "Senator Roger Wicker of Mississippi" -> Roger Wicker
            if any(normalize(w) in _BODY_HEADS for w in words[k:]):     # "General Staff", "Kyiv School of Economics"
                name = " ".join(words)
                return Speaker(name, self._title_actor(sid, expr.first, expr.first), "name", start, end)
            name = " ".join(words[k:])
            full = self.full_names.get(normalize(words[-1]), name) if len(words) - k == 1 else name
            actor = (self._title_actor(sid, expr.first, expr.first + k)
                     or self._preceding_role_actor(sid, expr.first) or self.appositive_actor(sid, expr.last)
                     or self.known_actor.get(full) or self._title_body_actor(sid, expr.first, start))
            if actor:
                self.known_actor.setdefault(full, actor)
            self._remember(start, full, actor)
            return Speaker(full, actor, "name", start, end)
        if expr.kind == "coordination":           # several actors speak: no one actor
            return self._plural_speaker(Speaker(text, None, "unnamed", start, end))
        if expr.kind == "described":              # the actor is in the head, not in the place after it
            head_end = next(k for k in range(expr.first, expr.last) if normalize(tokens[k].text) in _PP_HEADS)
            actor = (expr.mention.affiliation if expr.mention is not None else None) or \
                self._mention_actor(sid, expr.first, head_end)
            if actor is None and normalize(tokens[head_end].text) in ("for", "of"):   # "a spokesperson for the group"
                referent = self.back_reference(sid, head_end + 1)
                actor = referent.affiliation if referent is not None else \
                    self._mention_actor(sid, head_end + 1, expr.last)
            actor = self._descriptive_actor(sid, _Expr(expr.first, head_end, "unnamed"), actor)
            self._remember(start, text, actor)
            head = normalize(tokens[head_end - 1].text)
            speaker = Speaker(text, actor, "unnamed", start, end)
            return self._plural_speaker(speaker) if head.endswith("s") and head in _ANON_HEADS else speaker
        if expr.kind == "they":
            referent = self.they(sid, start)
            return referent._replace(kind="pronoun", start=start, end=end) if referent else None
        if expr.kind == "it":
            referent = self._last_actor_before(sid, start)
            return Speaker(referent.actor, referent.affiliation, "pronoun", start, end) if referent else None
        if expr.kind == "pronoun":
            gender = _PRONOUNS[normalize(tokens[expr.first].text)]
            person = self._antecedent(start, gender)
            return Speaker(person[0], person[1], "pronoun", start, end) if person else None
        source = self._source_of(sid, expr.last)
        if source is not None:                  # "a statement from the Kremlin" -> the Kremlin
            return source
        referent = self.back_reference(sid, expr.first) if expr.last - expr.first == 2 else None
        if referent is not None:                # "Hamas said ... the group said" -> the group, for Hamas
            return Speaker(text, referent.affiliation, "actor", start, end)
        head = normalize(tokens[expr.last - 1].text)
        own = None if head in _COMPANY_HEADS else self._mention_actor(sid, expr.first, expr.last)
        actor = self._descriptive_actor(sid, expr, own)   # "Europe's largest arms maker" speaks for itself
        if head in _PERSON_HEADS:          # "a Ukrainian soldier ... told X. He said ..." -> the soldier
            self._remember(start, text, actor)
        speaker = Speaker(text, actor, "unnamed", start, end)
        return self._plural_speaker(speaker) if head.endswith("s") and head in _ANON_HEADS else speaker

    def _plural_speaker(self, speaker: Speaker) -> Speaker:
        """Remember a plural speaker ("residents", "France and Germany") for a later "they said"."""
        k = bisect_left(self._plural_offsets, speaker.start)
        if k == len(self._plural_offsets) or self._plural_offsets[k] != speaker.start:
            self._plural_offsets.insert(k, speaker.start)
            self._plural.insert(k, speaker)
        return speaker

    def they(self, sid: int, offset: int) -> Speaker | None:
        """The plural speaker "they" at ``offset`` stands for: the last one read in this
        sentence or the two before it."""
        k = bisect_left(self._plural_offsets, offset) - 1
        if k < 0 or sid - self.seg.sentence_at(self._plural_offsets[k]) > 2:
            return None
        return self._plural[k]

    def back_reference(self, sid: int, k: int) -> Mention | None:
        """The actor a definite description at token ``k`` refers back to: "the group"
        after "Hamas said ..." is Hamas; "the agency" the last organisation named before.

        The last actor of that type named before, in this sentence or the 20 before it.
        """
        tokens = self.seg.tokens[sid]
        if k + 1 >= len(tokens) or normalize(tokens[k].text) != "the":
            return None
        types = _BACK_REFERENCES.get(normalize(tokens[k + 1].text))
        if types is None:
            return None
        offset, best = tokens[k].start, None
        for kind in types:
            offsets, found = self._typed.get(kind, ((), ()))
            i = bisect_left(offsets, offset) - 1
            if i >= 0 and (best is None or found[i].start > best.start):
                best = found[i]
        if best is None or sid - best.sent_id > 20:
            return None
        return best

    def _last_actor_before(self, sid: int, offset: int) -> Mention | None:
        """The group, organisation, state or outlet named last before ``offset`` in this
        sentence or the two before it: what "it" stands for as the subject of a cue."""
        for kinds in (("organisation", "group", "media"), ("state",)):   # a body speaks before a place
            best = None
            for kind in kinds:
                offsets, found = self._typed.get(kind, ((), ()))
                i = bisect_left(offsets, offset) - 1
                if i >= 0 and sid - found[i].sent_id <= 2 and (best is None or found[i].start > best.start):
                    best = found[i]
            if best is not None:
                return best
        return None

    def _mention_actor(self, sid: int, first: int, last: int) -> str | None:
        """The side of the first actor named in tokens ``first:last`` of a description:
        "the Russian embassy" -> Russia, "Meloni's office" -> Italy (a person only as owner)."""
        tokens = self.seg.tokens[sid]
        for k in range(first, last):
            m = self.by_start.get((sid, k))
            if m is not None and (m.type != "person" or (m.last < len(tokens) and tokens[m.last].text == "'s")):
                return m.affiliation
        return None

    def _descriptive_actor(self, sid: int, expr: _Expr, actor: str | None) -> str | None:
        """The actor of a described, unnamed speaker ("a Nato spokesperson", "officials").

        A definite description without an actor of its own takes the actor of
        the closest earlier described speaker with the same head noun: "A Nato
        spokesperson said ... The spokesperson added" -> NATO.
        """
        tokens = self.seg.tokens[sid]
        start, head = tokens[expr.first].start, normalize(tokens[expr.last - 1].text)
        if actor is None and normalize(tokens[expr.first].text) == "the":
            earlier = self.described.last_before(start, head)
            actor = earlier[2] if earlier else None
        if actor is None:
            actor = self._scene_actor(sid)      # "In Washington, officials insisted ..." -> United States
        self.described.add(start, head, actor)
        return actor

    def _remember(self, start: int, name: str, actor: str | None) -> None:
        """Add a person found while resolving (gender unknown) to the antecedents of pronouns."""
        self.persons.add(start, name, actor, None)

    def _source_of(self, sid: int, k: int) -> Speaker | None:
        """The actor after "from" / "by" that an unnamed expression comes from ("a statement from X")."""
        tokens = self.seg.tokens[sid]
        if k >= len(tokens) or normalize(tokens[k].text) not in ("from", "by", "of"):
            return None
        inner = self.expr_starting_at(sid, k + 1)
        if inner is None or inner.kind == "pronoun":
            return None
        speaker = self.resolve(sid, inner)
        if speaker is None or not (speaker.actor or speaker.kind in ("person", "name")):
            return None
        return speaker

    def _title_actor(self, sid: int, first: int, name_start: int) -> str | None:
        """The actor named in a title before a name: "Pentagon spokesman John Smith" -> United States."""
        tokens = self.seg.tokens[sid]
        i = first
        while i > 0 and first - i < 6 and ((tokens[i - 1].text.isalpha() and (
                tokens[i - 1].text[0].isupper() or normalize(tokens[i - 1].text) in TITLE_WORDS))
                or (tokens[i - 1].text == "'s" and i > 1)):     # "Britain's Foreign Secretary X"
            i -= 1
        for k in range(i, max(name_start, first)):
            match = _match_name(self.lexicon, tokens, k)
            if match and match[0] <= max(name_start, first):
                actor = self.lexicon[match[1].actor]
                if actor.type != "person":
                    return actor.name
        return None

    def _title_body_actor(self, sid: int, first: int, start: int) -> str | None:
        """The side of a body named earlier that a title refers back to: "China's foreign
        ministry said ... foreign ministry spokesperson Mao Ning told" -> China."""
        tokens = self.seg.tokens[sid]
        i = first
        while i > 0 and first - i < 5 and tokens[i - 1].text.isalpha() and self.title_word(tokens[i - 1].text):
            i -= 1
        heads = {normalize(t.text) for t in tokens[i:first]} & _BODY_HEADS
        earlier = [u for u in (self.described.last_before(start, h, with_actor=True) for h in sorted(heads)) if u]
        return max(earlier, key=lambda u: u[0])[2] if earlier else None

    def _preceding_role_actor(self, sid: int, first: int) -> str | None:
        """The actor of a role phrase right before a name in apposition: "A Ukrainian
        commander, Ivan Petrenko", "A spokeswoman for the National Security Council, Adrienne Watson"."""
        tokens = self.seg.tokens[sid]
        if first < 2 or tokens[first - 1].text != ",":
            return None
        m = self.by_end.get((sid, first - 1))
        if m is not None and m.kind == "role":
            return m.affiliation
        k = first - 2                       # the phrase back to the sentence start or a comma
        while k >= 0 and tokens[k].text not in (",", ";", ":") and first - k <= 12:
            k -= 1
        phrase = tokens[k + 1:first - 1]
        if not phrase or (k >= 0 and tokens[k].text != ",") or not self._appositive(phrase):
            return None
        if not any(normalize(t.text) in self.lexicon.role_words for t in phrase):
            return None
        for j in range(first - 2, k, -1):
            pm = self.by_end.get((sid, j + 1))
            if pm is not None and pm.affiliation and pm.type != "person":
                return pm.affiliation
        if normalize(phrase[0].text) in ("his", "her") and len(phrase) <= 3:    # "Guterres ..., his spokesman, X"
            owner = self.persons.last_before(phrase[0].start)
            return owner[2] if owner and owner[0] >= self.seg.sentences[sid].start else None
        return None

    def learn_actor(self, sid: int, first: int, last: int) -> None:
        """Remember the actor an unlisted person's title or apposition gives them, so
        that a later bare mention ("Ms. Watson said") is attributed to it."""
        words = [t.text for t in self.seg.tokens[sid][first:last]]
        k = split_title(words)
        if len(words) - k < 2:
            return
        actor = (self._title_actor(sid, first, first + k) or self._preceding_role_actor(sid, first)
                 or self.appositive_actor(sid, last))
        if actor:
            self.known_actor.setdefault(" ".join(words[k:]), actor)

    def appositive_actor(self, sid: int, k: int) -> str | None:
        """The actor in an appositive starting at token ``k`` (", a spokesman for the Kremlin,")."""
        tokens = self.seg.tokens[sid]
        if k >= len(tokens) or tokens[k].text != ",":
            return None
        words = [normalize(t.text) for t in tokens]
        found = None
        for j in range(k + 1, min(len(tokens), k + 14)):
            if words[j] in ("former", "ex", "retired"):
                return None                   # "a former NATO official" no longer speaks for NATO
            if tokens[j].text in (",", ".", ";") or self.is_mark(tokens[j]) or self.cues.match_verb(words, j):
                break                         # an appositive is a noun phrase: stop at a verb
            m = self.by_start.get((sid, j))
            if m is None and words[j] == "the":         # "a senior member of the group's political bureau"
                m = self.back_reference(sid, j)
                if m is not None and normalize(tokens[j - 1].text) in ("for", "to", "of"):
                    return m.affiliation
                m = None
            before = j - 1 - (j > 1 and words[j - 1] == "the")
            if m is not None and m.affiliation and words[before] not in _PLACE_PREPOSITIONS:
                found = m.affiliation         # "a professor at Charles University in Prague": a place, not a side
                if m.type == "person" or normalize(tokens[j - 1].text) in ("for", "to", "of"):
                    break                     # "a spokesman for the Kremlin", "an adviser to Zelensky"
        return found                          # the last one: the head ("a Georgia Republican" -> Republican Party)

    def _antecedent(self, offset: int, gender: str | None) -> tuple[str, str | None] | None:
        """The person a pronoun at ``offset`` refers to: nearest in its sentence, else the
        first person (the likely subject) of the closest earlier sentence that names one."""
        last = self.persons.last_before(offset, gender)
        if last is None:
            return None
        last_sid = self.seg.sentence_at(last[0])
        if last_sid != self.seg.sentence_at(offset):
            last = self.persons.first_from(self.seg.sentences[last_sid].start, offset, gender)
        return last[1], last[2]


def dateline_end(tokens: Sequence[Token]) -> int:
    """Index of the first token after a dateline ("KYIV, Ukraine (AP) --", "LONDON (Reuters) -"), else 0.

    Examples
    --------
    >>> from discourse.text import segment_document
    >>> seg = segment_document("BERLIN, March 3 (Reuters) - Scholz spoke.")
    >>> seg.tokens[0][dateline_end(seg.tokens[0])].text
    'Scholz'
    """
    for k, tok in enumerate(tokens[:12]):
        if tok.text in _DASHES:
            before = [t.text for t in tokens[:k] if t.text[:1].isalpha()]
            if before and before[0].isupper() and len(before[0]) > 1 and all(w[:1].isupper() for w in before):
                return k + 1
            return 0
        if not (tok.text[:1].isupper() or tok.text.isdigit() or tok.text in (",", "(", ")", ".")):
            return 0
    return 0
