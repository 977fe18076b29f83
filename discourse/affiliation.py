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
==========================  =====================================================  ==============

:class:`AffiliationReader` adds these readings to the
:class:`~discourse.expressions.ExpressionReader` of a document, with the
document's :class:`~discourse.memory.DocumentMemory`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .actors import ActorLexicon, Mention, _match_name
from .cues import Cues
from .expressions import _BODY_HEADS, _Expr, _PLACE_PREPOSITIONS, ExpressionReader
from .memory import DocumentMemory
from .names import normalize, split_title, TITLE_WORDS
from .speaker_words import speaker_words
from .text import Segmented

__all__ = ["AffiliationReader"]

_PAST_WORDS = speaker_words().past_title_words    # "a former NATO official" no longer speaks for NATO


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

