"""Speech cues: the reporting verbs and phrases that attribute words to a speaker.

Cues are data (``discourse/lexicons/cues.yaml``), not code, so a researcher
can read and extend them: ``load_cues("my_cues.yaml", extend=True)`` adds
verbs such as "lament" or "scoff" to the defaults.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from functools import lru_cache
from pathlib import Path
from typing import Any, Union

import pandas as pd

from .datafiles import LineMap, packaged_path, packaged_text, read_yaml, read_yaml_source
from .errors import LexiconError
from .names import normalize

__all__ = ["Cues", "load_cues"]

_NOUN_MARKERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                           "our", "my", "your"})

_KEYS = ("version", "verbs", "addressee_verbs", "quote_only_verbs", "source_phrases", "channel_phrases",
         "anonymity_phrases", "noun_object_verbs", "naming_verbs", "infinitive_verbs", "chain_phrases",
         "speech_nouns", "predicate_verbs", "complement_verbs", "document_nouns")


@dataclass(frozen=True)
class Cues:
    """A validated cue lexicon.

    Attributes
    ----------
    verbs : dict of str to str
        Each matched form (lower case, may be two words: "pointed out") -> lemma.
    addressee_verbs : frozenset of str
        Lemmas whose object is the addressee ("told the BBC").
    quote_only_verbs : frozenset of str
        Lemmas that cue a speaker only next to a quotation (""...," Kallas
        posted on X"), never reported speech ("posted a video").
    source_phrases, channel_phrases : tuple of tuple of str
        Normalised token sequences ("according", "to").
    source : str
    anonymity_phrases : tuple of tuple of str
        Words after a cue that asks for anonymity in a relative clause ("who
        asked not to be named"): that cue reports no speech.
    noun_object_verbs : frozenset of str
        Lemmas whose noun-phrase object is not what was said but a thing, a
        person or a target ("described the meeting", "rejected the proposal");
        the object of any other cue is its content ("denied any involvement",
        "called for a ceasefire").
    naming_verbs : frozenset of str
        Lemmas that name a thing with the speaker's term: in 'described the
        meeting as "historic"' the quoted term is the speaker's words, the
        object is not.
    infinitive_verbs : frozenset of str
        Lemmas whose infinitive is what was said ("vowed to retaliate",
        "promised to rebuild"); addressee verbs take one after their object
        ("urged Congress to act").
    chain_phrases : tuple of tuple of str
        Verb phrases that take a cue's infinitive and keep its subject
        ("appeared to suggest", "went on to explain"): the cue's subject
        stands before the phrase.
    speech_nouns : frozenset of str
        Noun forms that report speech with a that-clause content and an owner
        as the source ("Moscow's claim that ...", "warnings from aid groups that ...").
    predicate_verbs : frozenset of str
        Lemmas of speech acts that name or judge an object with a predicate:
        the object and the predicate are what was said ("called the strike a
        war crime", "called the charges unsubstantiated"); without a predicate
        the object is none ("called the police", "called a meeting").
    complement_verbs : dict of str to frozenset of str
        Lemma -> the prepositions that open a complement after its object: a
        noun-object verb then reports the object and the complement ("blamed
        Hamas for the collapse", "blamed the collapse on Hamas", "charged him
        with fraud"), never the object alone ("blamed the media").
    document_nouns : frozenset of str
        Nouns of the documents and messages a speaker issues ("statement",
        "letter", "tweet"): in "X issued a statement saying S" the participle's
        speaker is X, the document is its channel.
    """

    verbs: Mapping[str, str]
    addressee_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    channel_phrases: tuple[tuple[str, ...], ...]
    source: str = "<memory>"
    quote_only_verbs: frozenset[str] = frozenset()
    anonymity_phrases: tuple[tuple[str, ...], ...] = ()
    noun_object_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    infinitive_verbs: frozenset[str] = frozenset()
    chain_phrases: tuple[tuple[str, ...], ...] = ()
    speech_nouns: frozenset[str] = frozenset()
    predicate_verbs: frozenset[str] = frozenset()
    complement_verbs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    document_nouns: frozenset[str] = frozenset()

    @cached_property
    def verb_heads(self) -> frozenset[str]:
        """First words of every verb form, for a quick first test."""
        return frozenset(form.split()[0] for form in self.verbs)

    @cached_property
    def _second_words(self) -> dict[str, dict[str, str]]:
        """First word -> second word -> lemma, for every two-word verb form ("pointed out")."""
        index: dict[str, dict[str, str]] = {}
        for form, lemma in self.verbs.items():
            first, _, second = form.partition(" ")
            if second:
                index.setdefault(first, {})[second] = lemma
        return index

    def match_verb(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """If a verb form starts at ``words[i]`` (normalised words, one token each), return (end, lemma).

        A form right after a determiner is a noun, not a cue ("the call sign",
        "a report", "his statement").

        Examples
        --------
        >>> cues = load_cues()
        >>> words = "she pointed out that the report said".split()
        >>> cues.match_verb(words, 1), cues.match_verb(words, 5), cues.match_verb(words, 6)
        ((3, 'point out'), None, (7, 'say'))
        """
        w = words[i]
        if w not in self.verb_heads or (i > 0 and words[i - 1] in _NOUN_MARKERS):
            return None                     # no form starts with this word (most words)
        seconds = self._second_words.get(w)
        if seconds is not None and i + 1 < len(words):
            lemma = seconds.get(words[i + 1])
            if lemma is not None:
                return i + 2, lemma
        lemma = self.verbs.get(w)
        return (i + 1, lemma) if lemma else None

    def asks_anonymity(self, words: list[str], i: int, end: int) -> bool:
        """True when the cue ``words[i:end]`` asks for anonymity in a relative clause:
        "who asked not to be named", "who spoke on condition that his name not be used".

        Examples
        --------
        >>> cues = load_cues()
        >>> words = "an official , who asked not to be named , said".split()
        >>> cues.asks_anonymity(words, 4, 5), cues.asks_anonymity(words, 9, 10)
        (True, False)
        """
        if i == 0 or words[i - 1] != "who":
            return False
        return any(tuple(words[end:end + len(p)]) == p for p in self.anonymity_phrases)

    def to_frame(self) -> pd.DataFrame:
        """One row per verb form: ``form``, ``lemma``, ``addressee``."""
        return pd.DataFrame([(f, l, l in self.addressee_verbs) for f, l in self.verbs.items()],
                            columns=["form", "lemma", "addressee"])

    def __repr__(self) -> str:
        return f"<Cues: {len(set(self.verbs.values()))} verbs, {len(self.source_phrases)} source phrases from {self.source}>"


def load_cues(path: Union[str, Path, Mapping, Cues, None] = None, *, extend: bool = False) -> Cues:
    """Load a cue lexicon (YAML, format of ``discourse/lexicons/cues.yaml``).

    Parameters
    ----------
    path : str, Path, mapping, Cues or None, default=None
        ``None`` loads the packaged cues.
    extend : bool, default=False
        Add to the packaged cues instead of replacing them.

    Examples
    --------
    >>> cues = load_cues({"verbs": {"lament": ["lamented"]}}, extend=True)
    >>> cues.verbs["lamented"], cues.verbs["said"]
    ('lament', 'say')
    """
    if isinstance(path, Cues):
        return _merge(_default_cues(), path) if extend else path
    if path is None:
        return _default_cues()
    data, lines, source = read_yaml_source(path)
    cues = _parse(data, lines, source, partial=extend)
    return _merge(_default_cues(), cues) if extend else cues


@lru_cache(maxsize=1)
def _default_cues() -> Cues:
    source = packaged_path("cues.yaml")
    data, lines = read_yaml(packaged_text("cues.yaml"), source)
    return _parse(data, lines, source, partial=False)


def _merge(base: Cues, extra: Cues) -> Cues:
    return Cues(
        verbs={**base.verbs, **extra.verbs},
        addressee_verbs=base.addressee_verbs | extra.addressee_verbs,
        source_phrases=tuple(dict.fromkeys(base.source_phrases + extra.source_phrases)),
        channel_phrases=tuple(dict.fromkeys(base.channel_phrases + extra.channel_phrases)),
        source=f"{base.source} + {extra.source}",
        quote_only_verbs=base.quote_only_verbs | extra.quote_only_verbs,
        anonymity_phrases=tuple(dict.fromkeys(base.anonymity_phrases + extra.anonymity_phrases)),
        noun_object_verbs=base.noun_object_verbs | extra.noun_object_verbs,
        naming_verbs=base.naming_verbs | extra.naming_verbs,
        infinitive_verbs=base.infinitive_verbs | extra.infinitive_verbs,
        chain_phrases=tuple(dict.fromkeys(base.chain_phrases + extra.chain_phrases)),
        speech_nouns=base.speech_nouns | extra.speech_nouns,
        predicate_verbs=base.predicate_verbs | extra.predicate_verbs,
        complement_verbs={lemma: base.complement_verbs.get(lemma, frozenset()) | extra.complement_verbs.get(
            lemma, frozenset()) for lemma in {**base.complement_verbs, **extra.complement_verbs}},
        document_nouns=base.document_nouns | extra.document_nouns,
    )


def _parse(data: Any, lines: LineMap, source: str, *, partial: bool) -> Cues:
    if not isinstance(data, dict):
        raise LexiconError(source, 1, "a cue lexicon is a mapping with a 'verbs:' mapping; see cues.yaml")
    for key in data:
        if key not in _KEYS:
            raise LexiconError(source, lines.of((key,)), f"unknown key {key!r}; allowed keys: {', '.join(_KEYS)}")
    raw_verbs = data.get("verbs") or {}
    if not isinstance(raw_verbs, dict) or (not raw_verbs and not partial):
        raise LexiconError(source, lines.of(("verbs",)), "'verbs' must map each lemma to a list of forms")
    verbs: dict[str, str] = {}
    for lemma, forms in raw_verbs.items():
        at = ("verbs", lemma)
        if isinstance(forms, str):
            forms = [forms]
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            raise LexiconError(source, lines.of(at), f"verb {lemma!r} needs a list of forms, e.g. [say, says, said]")
        for form in forms:
            key = " ".join(normalize(w) for w in form.split())
            if key in verbs and verbs[key] != lemma:
                raise LexiconError(source, lines.of(at), f"form {form!r} is listed under both {verbs[key]!r} and "
                                   f"{lemma!r}; keep it under one lemma")
            verbs[key] = str(lemma)
    addressee = _phrases(data.get("addressee_verbs"), "addressee_verbs", lines, source)
    quote_only = _phrases(data.get("quote_only_verbs"), "quote_only_verbs", lines, source)
    noun_object = _phrases(data.get("noun_object_verbs"), "noun_object_verbs", lines, source)
    naming = _phrases(data.get("naming_verbs"), "naming_verbs", lines, source)
    infinitive = _phrases(data.get("infinitive_verbs"), "infinitive_verbs", lines, source)
    return Cues(
        verbs=verbs,
        addressee_verbs=frozenset(" ".join(p) for p in addressee),
        source_phrases=tuple(_phrases(data.get("source_phrases"), "source_phrases", lines, source)),
        channel_phrases=tuple(_phrases(data.get("channel_phrases"), "channel_phrases", lines, source)),
        source=source,
        quote_only_verbs=frozenset(" ".join(p) for p in quote_only),
        anonymity_phrases=tuple(_phrases(data.get("anonymity_phrases"), "anonymity_phrases", lines, source)),
        noun_object_verbs=frozenset(" ".join(p) for p in noun_object),
        naming_verbs=frozenset(" ".join(p) for p in naming),
        infinitive_verbs=frozenset(" ".join(p) for p in infinitive),
        chain_phrases=tuple(_phrases(data.get("chain_phrases"), "chain_phrases", lines, source)),
        speech_nouns=frozenset(" ".join(p) for p in _phrases(data.get("speech_nouns"), "speech_nouns", lines, source)),
        predicate_verbs=frozenset(" ".join(p) for p in _phrases(data.get("predicate_verbs"), "predicate_verbs", lines,
                                                                source)),
        complement_verbs=_complements(data.get("complement_verbs"), lines, source),
        document_nouns=frozenset(" ".join(p) for p in _phrases(data.get("document_nouns"), "document_nouns", lines,
                                                               source)),
    )


def _complements(value: Any, lines: LineMap, source: str) -> dict[str, frozenset[str]]:
    """``complement_verbs``: each lemma -> its prepositions ("blame: [for, on]")."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise LexiconError(source, lines.of(("complement_verbs",)),
                           "'complement_verbs' must map each lemma to its prepositions, e.g. blame: [for, on]")
    out: dict[str, frozenset[str]] = {}
    for lemma, words in value.items():
        at = ("complement_verbs", lemma)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise LexiconError(source, lines.of(at), f"complement verb {lemma!r} needs a list of prepositions, "
                               "e.g. [for, on]")
        out[" ".join(normalize(w) for w in str(lemma).split())] = frozenset(normalize(w) for w in words)
    return out


def _phrases(value: Any, key: str, lines: LineMap, source: str) -> list[tuple[str, ...]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(source, lines.of((key,)), f"'{key}' must be a list of phrases")
    return [tuple(normalize(w) for w in v.split()) for v in value]
