"""The document's memory: who has been named so far, for the references back to them.

Attribution reads a document from start to end. What it learns on the way is
kept here, sorted by offset so that every look-up is a bisection:

- the full form of each unlisted name ("Lai" -> "Lai Ching-te"), from the
  name spans of every sentence;
- the actor an unlisted person was once given ("Adrienne Watson, a
  spokeswoman for the National Security Council" -> United States), for a
  later "Ms. Watson said";
- people, for pronouns ("he said": :class:`~discourse.antecedents.PersonIndex`);
- described speakers, for definite descriptions ("the spokesperson added":
  :class:`~discourse.antecedents.DescribedIndex`);
- groups, organisations, states and outlets by type, for "the group said",
  "it said";
- plural speakers ("residents", "France and Germany"), for "they said".

Examples
--------
>>> from discourse.quotes import extract_quotes
>>> text = "Hamas said the talks had stalled. The group said it would not disarm."
>>> extract_quotes(text)[["speaker", "actor"]].values.tolist()[-1]
['The group', 'Hamas']
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .actors import ActorLexicon, Mention
from .antecedents import DescribedIndex, PersonIndex
from .names import _brill, normalize, split_title
from .speaker_words import speaker_words
from .text import Segmented

if TYPE_CHECKING:           # pragma: no cover
    from .resolvers import Speaker

__all__ = ["DocumentMemory"]

# "the group", "the movement": a definite reference back to the last actor of that type named before
_BACK_REFERENCES = speaker_words().back_references


class DocumentMemory:
    """Names, people, described speakers and actors a document has named so far.

    Parameters
    ----------
    seg : Segmented
    mentions : sequence of Mention
        In text order.
    lexicon : ActorLexicon
    names : dict of sentence id to list of (i, j)
        The unlisted name spans of each sentence.
    in_quote : callable
        ``in_quote(offset)`` is True inside quotation marks: actors and people
        named there are no antecedents.
    """

    def __init__(self, seg: Segmented, mentions: Sequence[Mention], lexicon: ActorLexicon,
                 names: dict[int, list[tuple[int, int]]], in_quote: Callable[[int], bool]) -> None:
        self.seg = seg
        self.full_names = _full_names(seg, names)
        self.known_actor: dict[str, str] = {}       # unlisted person -> actor, once learnt
        self._typed: dict[str, tuple[list[int], list[Mention]]] = {}    # actors by type, by offset
        for m in mentions:
            if m.type in ("group", "organisation", "state", "media") and m.actor and not in_quote(m.start):
                offsets, found = self._typed.setdefault(m.type, ([], []))
                offsets.append(m.start)
                found.append(m)
        self.described = DescribedIndex()       # unnamed speakers by head noun: "the spokesperson" -> NATO
        self._plural_offsets: list[int] = []   # plural speakers ("residents", "X and Y"), for "they said"
        self._plural: list[Speaker] = []
        self.persons = PersonIndex(             # antecedents of pronouns, by offset
            (m.start, m.actor, lexicon[m.actor].speaks_for, lexicon[m.actor].gender)
            for m in mentions if m.type == "person" and m.actor and not in_quote(m.start))
        for person in _unlisted_people(seg, names, in_quote):     # "Nadia Karimi shouted ... she says"
            self.persons.add(*person)

    def remember_plural(self, speaker: Speaker) -> Speaker:
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

    def last_actor_before(self, sid: int, offset: int) -> Mention | None:
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

    def remember(self, start: int, name: str, actor: str | None) -> None:
        """Add a person found while resolving (gender unknown) to the antecedents of pronouns."""
        self.persons.add(start, name, actor, None)

    def antecedent(self, offset: int, gender: str | None) -> tuple[str, str | None] | None:
        """The person a pronoun at ``offset`` refers to: nearest in its sentence, else the
        first person (the likely subject) of the closest earlier sentence that names one."""
        last = self.persons.last_before(offset, gender)
        if last is None:
            return None
        last_sid = self.seg.sentence_at(last[0])
        if last_sid != self.seg.sentence_at(offset):
            last = self.persons.first_from(self.seg.sentences[last_sid].start, offset, gender)
        return last[1], last[2]



def _full_names(seg: Segmented, names: dict[int, list[tuple[int, int]]]) -> dict[str, str]:
    """The longest full form of each unlisted name, by its normalised last word:
    "Lai Ching-te" for "ching-te", without its title ("Defence Minister Antti Hakkanen" -> "Antti Hakkanen")."""
    full_names: dict[str, str] = {}
    for sent in seg.sentences:
        for i, j in names.get(sent.sent_id, ()):
            words = [t.text for t in seg.tokens[sent.sent_id][i:j]]
            words = words[split_title(words):]
            if len(words) >= 2:
                key = normalize(words[-1])
                full = " ".join(words)
                if len(full) > len(full_names.get(key, "")):
                    full_names[key] = full
    return full_names


def _unlisted_people(seg: Segmented, names: dict[int, list[tuple[int, int]]],
                     in_quote: Callable[[int], bool]) -> list[tuple[int, str, None, None]]:
    """Unlisted names that are surely people, as antecedents of pronouns (actor and gender unknown).

    A name of two words or more (after its title) none of which is an English
    word in lower case ("Nadia Karimi", "Leonard E. Burman"; not "New
    Hampshire", "Capitol Hill", "Supreme Court"). Its offset is that of the
    name span, so that a speaker resolved from the same span later (with
    its actor) takes its place as the antecedent.
    """
    words_known = _brill()
    people = []
    for sent in seg.sentences:
        tokens = seg.tokens[sent.sent_id]
        for i, j in names.get(sent.sent_id, ()):
            words = [t.text for t in tokens[i:j]]
            words = words[split_title(words):]
            if len(words) < 2 or in_quote(tokens[i].start):
                continue
            if all(_initial(w) or (w.isalpha() and w.lower() not in words_known) for w in words):
                people.append((tokens[i].start, " ".join(words), None, None))
    return people


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."
