"""Trigger words: whether a token run may hold a dictionary's terms, told before it is matched.

A term matches only where every one of its words is a token of the run (or a
part of a hyphenated token), so a run whose words do not include all the
words of any term cannot hold one, and needs no match tokens and no matcher
pass. :class:`TermTriggers` answers that question from each token's text alone
(its words depend on nothing else), looked up once per distinct text and cached.
The answer is a necessary condition, never a sufficient one: "spoke out
against" is possible in "the minister spoke out against the plan" and in
"against the odds, she spoke out", and only the matcher tells them apart; but
in "the minister spoke of a war" it is not possible, since "out" and
"against" are missing.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from operator import attrgetter

from .matcher import TermMatcher, match_tokens, parse_term
from .text import Token

__all__ = ["TermTriggers"]

_TEXT = attrgetter("text")
_NO_WORDS: frozenset = frozenset()      # shared by every text without a term word (most of them)


def _words(term: str) -> tuple[str, ...]:
    """The words a match of ``term`` needs, as single-word terms: its keys, and ``prefix*``."""
    keys, prefix = parse_term(term)
    return keys + ((prefix + "*",) if prefix is not None else ())


def _is_one_word(word: str) -> bool:
    """Whether ``word`` (from :func:`_words`) parses back to itself as one word."""
    keys, prefix = parse_term(word)
    return (keys, prefix) in (((word,), None), ((), word[:-1]))


class TermTriggers:
    """Which values' terms a token run may hold, from the words of its tokens.

    Parameters
    ----------
    terms : iterable of (term, value)
        Terms in the term syntax of :mod:`discourse.matcher`, each with a
        hashable value (several terms may share one).
    cache_size : int, default=200_000
        Distinct token texts kept; the cache is emptied when it would grow
        beyond this.

    Examples
    --------
    >>> from discourse.text import tokenize
    >>> triggers = TermTriggers([("spoke out against", "cue"), ("ceasefire", "target")])
    >>> sorted(triggers.values(tokenize("The envoy spoke out against the ceasefire.")))
    ['cue', 'target']
    >>> sorted(triggers.values(tokenize("The envoy spoke of a ceasefire.")))
    ['target']
    """

    def __init__(self, terms: Iterable[tuple[str, Hashable]], *, cache_size: int = 200_000) -> None:
        terms = list(terms)
        needs = [(frozenset(_words(term)), value) for term, value in terms]
        words = sorted({w for need, _ in needs for w in need})
        #: whether every word is a single-word term (else :meth:`values` runs the matcher on the run)
        self.per_token = all(_is_one_word(w) for w in words)
        self._matcher = TermMatcher(terms) if not self.per_token else None
        self._word_matcher = TermMatcher((w, w) for w in words) if self.per_token else None
        # each term is looked at only when its longest word is present
        self._needs: dict[str, list[tuple[frozenset, Hashable]]] = {}
        for need, value in dict.fromkeys(needs):
            self._needs.setdefault(max(need, key=lambda w: (len(w), w)), []).append((need, value))
        self._heads = frozenset(self._needs)
        self._cache: dict[str, frozenset] = {}
        self.cache_size = cache_size

    def words(self, tokens: Sequence[Token]) -> frozenset:
        """The words of the terms that the tokens' texts hold (a term's word may be a wildcard prefix)."""
        cache = self._cache
        texts = list(map(_TEXT, tokens))
        try:
            return frozenset().union(*map(cache.__getitem__, texts))   # every text seen before: the common case
        except KeyError:
            self._learn(texts)
            return frozenset().union(*map(cache.__getitem__, texts))

    def _learn(self, texts: Sequence[str]) -> None:
        if len(self._cache) + len(texts) > self.cache_size:
            self._cache.clear()
        for text in texts:
            if text not in self._cache:
                found = self._word_matcher.find(match_tokens((Token(text, 0, len(text)),)))
                self._cache[text] = frozenset(v for m in found for v in m.values) or _NO_WORDS

    def values(self, tokens: Sequence[Token]) -> set:
        """The values of every term all of whose words are among the tokens' (see the module docstring)."""
        if not self.per_token:
            return {v for m in self._matcher.find(match_tokens(tokens)) for v in m.values}
        present = self.words(tokens)
        out: set = set()
        for head in self._heads.intersection(present):
            for need, value in self._needs[head]:
                if value not in out and need <= present:
                    out.add(value)
        return out

    def __len__(self) -> int:
        return len(self._cache)

    def __repr__(self) -> str:
        return f"<TermTriggers: {len(self._heads)} head words, {len(self._cache)} token texts cached>"
