"""Speaker words: the vocabulary attribution reads speakers and their sides with.

The words are data (``discourse/lexicons/speaker_words.yaml``, data card
``speaker_words.md``), not code, so that a researcher can read and extend
them: the heads of unnamed sources ("officials", "residents"), the last words
of the names of bodies ("Council", "Ministry"), the words of a national
government title ("Defence Minister") and the like. Closed grammatical
classes (determiners, pronouns, relative words, part-of-speech tags) stay in
the code that reads them.

Examples
--------
>>> words = speaker_words()
>>> "officials" in words.anon_heads, "ministry" in words.body_heads
(True, True)
>>> words.back_references["militia"]
('group',)
>>> words.state_titles["secretary of state"]
'United States'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping

from .datafiles import LineMap, packaged_path, packaged_text, read_yaml
from .errors import LexiconError

__all__ = ["SpeakerWords", "speaker_words"]

_FILE = "speaker_words.yaml"

# key -> what it holds (the data card says more); every key is a list of lower-case words
_WORD_LISTS = {
    "skip_back": "adverbs and time words between a speaker and the cue after it",
    "anon_heads": "heads of unnamed sources and described speakers",
    "person_heads": "heads of unnamed sources that are one person (antecedents of he/she)",
    "company_heads": "heads of unnamed sources that speak for themselves",
    "body_heads": "last words of the names of bodies, not people",
    "progressive_cues": "lemmas whose progressive still reports speech",
    "never_inverted": "lemmas whose post-cue noun is addressed, not the speaker",
    "past_title_words": "words that make a title or an appositive a past one (no side of its own)",
    "national_title_heads": "the head words of a national government title",
    "ministerial_heads": "national title heads that only states with ministers have",
    "national_title_words": "the other words a national government title may hold",
    "visit_words": "words that make a titled speaker a visitor",
}
_KEYS = ("version", *_WORD_LISTS, "back_references", "states_without_ministers", "state_titles")


@dataclass(frozen=True)
class SpeakerWords:
    """The validated speaker vocabulary (one frozenset per word list of the file).

    Attributes
    ----------
    skip_back, anon_heads, person_heads, company_heads, body_heads, progressive_cues,
    never_inverted, past_title_words, national_title_heads, ministerial_heads,
    national_title_words, visit_words : frozenset of str
        The word lists of ``speaker_words.yaml`` (see its data card).
    back_references : mapping of str to tuple of str
        A definite description's head -> the actor types it refers back to
        ("group" -> ("group",): "the group said" after "Hamas said").
    states_without_ministers : frozenset of str
        Actor names of states whose government has no ministers ("United States"):
        a "Foreign Minister" in a story datelined there is a visitor.
    state_titles : mapping of str to str
        A title that names its state by itself ("secretary of state" -> "United States").
    source : str
    """

    skip_back: frozenset[str]
    anon_heads: frozenset[str]
    person_heads: frozenset[str]
    company_heads: frozenset[str]
    body_heads: frozenset[str]
    progressive_cues: frozenset[str]
    never_inverted: frozenset[str]
    past_title_words: frozenset[str]
    national_title_heads: frozenset[str]
    ministerial_heads: frozenset[str]
    national_title_words: frozenset[str]
    visit_words: frozenset[str]
    back_references: Mapping[str, tuple[str, ...]]
    states_without_ministers: frozenset[str]
    state_titles: Mapping[str, str]
    source: str = "<memory>"


@lru_cache(maxsize=1)
def speaker_words() -> SpeakerWords:
    """The packaged speaker vocabulary (read once).

    Returns
    -------
    SpeakerWords
    """
    source = packaged_path(_FILE)
    data, lines = read_yaml(packaged_text(_FILE), source)
    return parse_speaker_words(data, lines, source)


def parse_speaker_words(data: Any, lines: LineMap, source: str) -> SpeakerWords:
    """Validate the mapping read from a speaker-words file.

    Raises
    ------
    LexiconError
        On an unknown or missing key, a list that is not of lower-case words,
        or a word listed twice in one list; the message names the line.
    """
    if not isinstance(data, dict):
        raise LexiconError(source, 1, f"a speaker-words file is a mapping of lists; see {_FILE}")
    for key in data:
        if key not in _KEYS:
            raise LexiconError(source, lines.of((key,)), f"unknown key {key!r}; allowed keys: {', '.join(_KEYS)}")
    lists = {key: _words(data.get(key), key, lines.of((key,)), source) for key in _WORD_LISTS}
    states = data.get("states_without_ministers")
    if not isinstance(states, list) or not all(isinstance(s, str) and s.strip() for s in states):
        raise LexiconError(source, lines.of(("states_without_ministers",)),
                           "'states_without_ministers' must be a list of state names, as in the actor lexicon")
    titles = _inverted(data, "state_titles", lines, source)
    for title, named in titles.items():
        if len(named) > 1:
            raise LexiconError(source, lines.of(("state_titles",)),
                               f"title {title!r} is listed for {' and '.join(named)}; keep it under one state")
    return SpeakerWords(**lists, back_references=_inverted(data, "back_references", lines, source),
                        states_without_ministers=frozenset(states),
                        state_titles=MappingProxyType({t: named[0] for t, named in titles.items()}), source=source)


def _inverted(data: dict, key: str, lines: LineMap, source: str) -> Mapping[str, tuple[str, ...]]:
    """A mapping of names to word lists (``data[key]``), read as word -> the names that list it."""
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise LexiconError(source, lines.of((key,)), f"'{key}' must map each name to a list of words")
    by_word: dict[str, tuple[str, ...]] = {}
    for name, words in value.items():
        for word in sorted(_words(words, f"{key}: {name}", lines.of((key, name)), source)):
            by_word[word] = by_word.get(word, ()) + (str(name),)
    return MappingProxyType(by_word)


def _words(value: Any, key: str, line: int | None, source: str) -> frozenset[str]:
    """The list ``value`` (of ``key``, at ``line``) as a frozenset, checked: words in
    lower case, none twice."""
    if not isinstance(value, list) or not value:
        raise LexiconError(source, line, f"'{key}' must be a non-empty list of words")
    seen: set[str] = set()
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise LexiconError(source, line, f"'{key}' holds {word!r}; every entry must be a word")
        if word != word.lower():
            raise LexiconError(source, line, f"'{key}' holds {word!r}; write words in lower case")
        if word in seen:
            raise LexiconError(source, line, f"'{key}' lists {word!r} twice; keep one")
        seen.add(word)
    return frozenset(seen)
