"""Affiliation: the actor a speaker's words count for, read from the words around them.

A person the actor lexicon does not list still speaks for someone, and the
text says for whom:

==========================  =====================================================  ==============
read from                   example                                                actor
==========================  =====================================================  ==============
a title before the name     "Pentagon spokesman John Smith"                        United States
a role phrase in apposition "A Ukrainian commander, Ivan Petrenko, said"           Ukraine
an appositive after         "Basem Naim, a senior member of the group's bureau"    the group
a body named earlier        "foreign ministry spokesperson Mao Ning" after China's China
a description's own actor   "the Russian embassy", "Meloni's office"               Russia, Italy
the scene                   "In Washington, officials insisted"                    United States
a national title, no state  "TAIPEI - ... said Defence Minister Wellington Koo"    Taiwan
the lede's unheld role      "Sudan's envoy said ... \\n\\n Ali Omar, speaking ..."   Sudan
==========================  =====================================================  ==============

The last two are read only when nothing else gives a side. A national
government title ("Foreign Minister", "Interior Ministry spokesman", "army
chief") that states no state takes the state of the dateline, else the one
state its sentence names, else the one its paragraph names, else none; a
title that names its state by itself ("Secretary of State") takes that
state. The words are data (``speaker_words.yaml``).

:class:`AffiliationReader` adds these readings to the
:class:`~discourse.expressions.ExpressionReader` of a document, with the
document's :class:`~discourse.memory.DocumentMemory`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from .actors import ActorLexicon, Mention, _match_name
from .cues import Cues
from .expressions import _BODY_HEADS, _Expr, _PLACE_PREPOSITIONS, ExpressionReader
from .memory import DocumentMemory
from .names import _brill, normalize, split_title, TITLE_WORDS
from .speaker_words import speaker_words
from .text import Segmented

__all__ = ["AffiliationReader"]

_WORDS = speaker_words()
_PAST_WORDS = _WORDS.past_title_words    # "a former NATO official" no longer speaks for NATO
_TITLE_VOCABULARY = (_WORDS.national_title_heads | _WORDS.national_title_words
                     | {w for title in _WORDS.state_titles for w in title.split()})
# what may stand right before a national title: "said Defence Minister X", "the army chief X"
_BEFORE_TITLE_TAGS = ("VB", "IN", "DT", "CC", "TO", "MD", "RB")


class AffiliationReader(ExpressionReader):
    """The expressions of a document, the actors they speak for, and its memory.

    Parameters are those of :class:`~discourse.expressions.ExpressionReader`.
    """

    def __init__(self, seg: Segmented, mentions: Sequence[Mention], lexicon: ActorLexicon, cues: Cues,
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        super().__init__(seg, mentions, lexicon, cues, quoted)
        self.memory = DocumentMemory(seg, self.mentions, lexicon, self.names, self.in_quote)

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
            earlier = self.memory.described.last_before(start, head)
            actor = earlier[2] if earlier else None
        if actor is None:
            actor = self._scene_actor(sid)      # "In Washington, officials insisted ..." -> United States
        self.memory.described.add(start, head, actor)
        return actor


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
        earlier = [u for u in (self.memory.described.last_before(start, h, with_actor=True) for h in sorted(heads)) if u]
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
            owner = self.memory.persons.last_before(phrase[0].start)
            return owner[2] if owner and owner[0] >= self.seg.sentences[sid].start else None
        return None

    # -- a national title with no state, the lede's unheld role ----------------------------
    @cached_property
    def _states(self) -> dict[int, frozenset[str]]:
        """Per sentence, the states its mentions name (demonyms included, quotes too)."""
        found: dict[int, set[str]] = {}
        for m in self.mentions:
            if m.type == "state" and m.actor:
                found.setdefault(m.sent_id, set()).add(m.actor)
        return {sid: frozenset(states) for sid, states in found.items()}

    @cached_property
    def _dateline_states(self) -> frozenset[str] | None:
        """The states the document's dateline names ("TAIPEI -", "KHARTOUM, Sudan (Reuters) -"),
        or None when it has no dateline."""
        if not self.seg.sentences or self.dateline_end(0) == 0:
            return None
        end = self.dateline_end(0)
        return frozenset(m.actor for m in self.mentions if m.sent_id == 0 and m.last <= end
                         and m.type == "state" and m.actor)

    @cached_property
    def _paragraph_states(self) -> dict[int, frozenset[str]]:
        """Per paragraph, the states its sentences name."""
        found: dict[int, frozenset[str]] = {}
        for sent in self.seg.sentences:
            states = self._states.get(sent.sent_id)
            if states:
                found[sent.paragraph] = found.get(sent.paragraph, frozenset()) | states
        return found

    @cached_property
    def _unheld_roles(self) -> dict[int, frozenset[str]]:
        """Per paragraph, the sides of the roles with no listed holder it names outside
        quotes ("Lithuania's defence minister" -> Lithuania)."""
        found: dict[int, set[str]] = {}
        for m in self.mentions:
            if m.kind == "role" and not m.actor and m.affiliation and not self.in_quote(m.start):
                found.setdefault(self.seg.sentences[m.sent_id].paragraph, set()).add(m.affiliation)
        return {p: frozenset(sides) for p, sides in found.items()}

    def _national_title_run(self, sid: int, name_start: int) -> list[str] | None:
        """The words of the title right before the name proper at ``name_start``, read
        back over the words a national title may hold ("Defence Minister", "Interior
        Ministry spokesman", "army chief"); None when something stands before it that
        states an owner or a past ("Hamas military chief", "the group's army chief",
        "former Prime Minister", "Microsoft President")."""
        tokens = self.seg.tokens[sid]
        i = name_start
        while i > 0 and normalize(tokens[i - 1].text).rstrip(".") in _TITLE_VOCABULARY:
            i -= 1
        if i > self.dateline_end(sid):
            before = tokens[i - 1]
            tag = _brill().get(before.text.lower(), "")
            if before.text == "'s" or (before.text.isalpha() and (
                    normalize(before.text) in _PAST_WORDS or before.text[0].isupper()
                    or not tag.startswith(_BEFORE_TITLE_TAGS))):
                return None
        return [normalize(t.text).rstrip(".") for t in tokens[i:name_start]]

    def national_title_actor(self, sid: int, name_start: int) -> str | None:
        """The state of an unlisted person whose national government title states none.

        "Defence Minister Antti Hakkanen" takes the state of the dateline when it
        names one; else the one state its sentence names; else the one its
        paragraph names; else none. A minister in a story datelined in a state
        without ministers (Washington), or one on a visit, gets none. A title that
        names its state by itself ("Deputy Secretary of State") takes that state.

        Parameters
        ----------
        sid : int
            The sentence.
        name_start : int
            The first token of the name proper, after its title.

        Returns
        -------
        str or None
        """
        title = self._national_title_run(sid, name_start)
        if not title:
            return None
        phrase = " ".join(title)
        for named, state in _WORDS.state_titles.items():
            if phrase == named or phrase.endswith(" " + named):
                return state
        if not set(title) & _WORDS.national_title_heads:
            return None
        if any(w in _WORDS.visit_words for w, open_ in zip(self.words(sid), self.open_flags(sid)) if open_):
            return None
        dateline = self._dateline_states
        if dateline is not None and len(dateline) == 1:
            state = next(iter(dateline))
            ministerial = bool(set(title) & _WORDS.ministerial_heads)
            return None if ministerial and state in _WORDS.states_without_ministers else state
        paragraph = self.seg.sentences[sid].paragraph
        for states in (self._states.get(sid, frozenset()), self._paragraph_states.get(paragraph, frozenset())):
            if states:
                return next(iter(states)) if len(states) == 1 else None
        return None

    def lede_role_actor(self, sid: int, first: int, last: int) -> str | None:
        """The side of a person named first in a paragraph after a paragraph that names
        a role with no listed holder: "Lithuania's defence minister said on Friday ..."
        then "Dovile Sakaliene, speaking at a conference in Vilnius, said" -> Lithuania.

        This is the wire lede that gives the role first and the name in the next
        paragraph. The name must open its paragraph, with no title, followed by
        a participle that gives the occasion (", speaking at ...,"): a title or
        an appositive ("John Smith, an analyst at ...") says who they are
        instead, and a bare "John Smith said" may be anyone. The paragraph
        before must hold exactly one such role.
        """
        sent = self.seg.sentences[sid]
        tokens = self.seg.tokens[sid]
        if sent.paragraph == 0 or first != self.dateline_end(sid) or last - first < 2 or last >= len(tokens):
            return None
        if sid > 0 and self.seg.sentences[sid - 1].paragraph == sent.paragraph:
            return None
        if tokens[last].text != "," or last + 1 >= len(tokens) or not (
                tokens[last + 1].text.islower() and tokens[last + 1].text.endswith("ing")):
            return None                 # ", speaking at ...,": the occasion, not who they are
        roles = self._unheld_roles.get(sent.paragraph - 1, frozenset())
        return next(iter(roles)) if len(roles) == 1 else None

    def learn_actor(self, sid: int, first: int, last: int) -> None:
        """Remember the actor an unlisted person's title or apposition gives them, so
        that a later bare mention ("Ms. Watson said") is attributed to it."""
        words = [t.text for t in self.seg.tokens[sid][first:last]]
        k = split_title(words)
        if len(words) - k < 2:
            return
        actor = (self._title_actor(sid, first, first + k) or self._preceding_role_actor(sid, first)
                 or self.appositive_actor(sid, last) or self.national_title_actor(sid, first + k))
        if actor:
            self.memory.known_actor.setdefault(" ".join(words[k:]), actor)

    def appositive_actor(self, sid: int, k: int) -> str | None:
        """The actor in an appositive starting at token ``k`` (", a spokesman for the Kremlin,")."""
        tokens = self.seg.tokens[sid]
        if k >= len(tokens) or tokens[k].text != ",":
            return None
        words = [normalize(t.text) for t in tokens]
        found = None
        for j in range(k + 1, min(len(tokens), k + 14)):
            if words[j] in _PAST_WORDS:
                return None                   # "a former NATO official" no longer speaks for NATO
            if tokens[j].text in (",", ".", ";") or self.is_mark(tokens[j]) or self.cues.match_verb(words, j):
                break                         # an appositive is a noun phrase: stop at a verb
            m = self.by_start.get((sid, j))
            if m is None and words[j] == "the":         # "a senior member of the group's political bureau"
                m = self.memory.back_reference(sid, j)
                if m is not None and normalize(tokens[j - 1].text) in ("for", "to", "of"):
                    return m.affiliation
                m = None
            before = j - 1 - (j > 1 and words[j - 1] == "the")
            if m is not None and m.affiliation and words[before] not in _PLACE_PREPOSITIONS:
                found = m.affiliation         # "a professor at Charles University in Prague": a place, not a side
                if m.type == "person" or normalize(tokens[j - 1].text) in ("for", "to", "of"):
                    break                     # "a spokesman for the Kremlin", "an adviser to Zelensky"
        return found                          # the last one: the head ("a Georgia Republican" -> Republican Party)

