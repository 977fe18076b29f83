"""Dictionary matching in one pass over the tokens, whatever the size of the dictionary.

Framing terms, stance targets and cues, and keyword-in-context patterns all
use one term syntax and one matcher:

* a **word** matches a token case-insensitively, accents optional
  (``"Elysee"`` matches "Élysée");
* a **phrase** matches a run of tokens; hyphens and spaces are the same
  (``self-defense`` matches "self defense" and "self-defense");
* British and American spellings are the same (``self-defense`` matches
  "self-defence"; ``mobilize`` matches "mobilise"; ``favor`` matches
  "favour");
* a **trailing wildcard** matches any ending (``escalat*`` matches
  "escalation", "escalating"); a wildcard anywhere else is an error;
* every other character is literal: terms are never regular expressions, so
  no pattern can make matching slow.

:class:`TermMatcher` compiles terms into a token trie. Matching walks the
trie from each token, with dictionary look-ups only, so its cost grows with
the text, not with the number of terms. Matches are leftmost-longest and do
not overlap.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from .names import normalize
from .text import Token, tokenize

__all__ = ["fold", "MatchToken", "match_tokens", "parse_term", "TermSyntaxError", "TermMatcher", "Match"]


class TermSyntaxError(ValueError):
    """A term that does not follow the term syntax (the message says why)."""


_BRITISH = [
    (re.compile(r"^(defen|offen|licen|preten)ce(s?)$"), r"\1se\2"),
    (re.compile(r"^(.{2,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(.{2,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"^(favo|labo|hono|colo|behavio|neighbo|rumo|harbo|endeavo|vigo|armo|valo|humo|savo|flavo|rigo)"
                r"ur(s|ed|ing|able|ably|ite|ites)?$"), r"\1r\2"),
    (re.compile(r"^(cen|me|thea|fib|calib|lus|spec|sepulch|sab)tre(s?)$"), r"\1ter\2"),
    (re.compile(r"^(.{3,}e)ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"^(catal|dial|anal|monol|prol|epil)ogue(s?)$"), r"\1og\2"),
    (re.compile(r"^programme(s?)$"), r"program\1"),
]


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The matching key of a word: lower case, no accents, American spelling.

    Examples
    --------
    >>> [fold(w) for w in ["Défence", "mobilised", "favour", "centre", "travelled", "Escalation"]]
    ['defense', 'mobilized', 'favor', 'center', 'traveled', 'escalation']
    """
    key = normalize(word)
    for pattern, repl in _BRITISH:
        if pattern.match(key):
            return pattern.sub(repl, key)
    return key


class MatchToken(NamedTuple):
    """A token as the matcher sees it: ``key`` (folded), ``norm`` (normalised) and its span."""

    key: str
    norm: str
    start: int
    end: int


_HYPHENS = re.compile(r"[-\u2010\u2011]")


def match_tokens(tokens: Iterable[Token]) -> list[MatchToken]:
    """Split hyphenated tokens into their parts and fold each part.

    Examples
    --------
    >>> from discourse.text import tokenize
    >>> [t.key for t in match_tokens(tokenize("Self-Defence matters."))]
    ['self', 'defense', 'matters', '.']
    """
    out: list[MatchToken] = []
    make = MatchToken._make             # a C call instead of the class's Python __new__ (one per token)
    for tok in tokens:
        text = tok.text
        if "-" in text and len(text) > 1:
            pos = 0
            for part in _HYPHENS.split(text):
                if part:
                    norm = normalize(part)
                    out.append(make((fold(part), norm, tok.start + pos, tok.start + pos + len(part))))
                pos += len(part) + 1
        else:
            out.append(make((fold(text), normalize(text), tok.start, tok.end)))
    return out


def parse_term(term: str) -> tuple[tuple[str, ...], str | None]:
    """Parse a term into its exact word keys and an optional trailing-wildcard prefix.

    Returns
    -------
    (words, prefix)
        ``words`` are the folded keys of every word but a wildcard one;
        ``prefix`` is the normalised prefix of a trailing wildcard word, else None.

    Raises
    ------
    TermSyntaxError
        For an empty term, or a ``*`` anywhere but at the very end.

    Examples
    --------
    >>> parse_term("Self-Defence")
    (('self', 'defense'), None)
    >>> parse_term("nuclear escalat*")
    (('nuclear',), 'escalat')
    """
    if not isinstance(term, str) or not term.strip():
        raise TermSyntaxError("empty term")
    text = term.strip()
    wildcard = text.endswith("*")
    if wildcard:
        text = text[:-1]
    if "*" in text:
        raise TermSyntaxError(f"term {term!r} has a wildcard that is not at the end; "
                              "only one trailing * is allowed (escalat*)")
    if wildcard and (not text or text[-1].isspace() or text[-1] in "-"):
        raise TermSyntaxError(f"term {term!r}: the wildcard must follow a word (escalat*)")
    toks = match_tokens(tokenize(text))
    if not toks:
        raise TermSyntaxError(f"term {term!r} has no words")
    if wildcard:
        return tuple(t.key for t in toks[:-1]), toks[-1].norm
    return tuple(t.key for t in toks), None


class Match(NamedTuple):
    """A match of the tokens ``first:last`` (match-token indices) for ``values``."""

    first: int
    last: int
    values: tuple


_END = "\x00end"
_PREFIXES = "\x00prefixes"
_LENGTHS = "\x00lengths"


class TermMatcher:
    """A compiled dictionary: terms in, non-overlapping leftmost-longest matches out.

    Parameters
    ----------
    terms : iterable of (term, value)
        Each term in the term syntax, with any hashable value returned on a
        match (a frame name, an index ...). Several values may share a term.

    Examples
    --------
    >>> from discourse.text import tokenize
    >>> m = TermMatcher([("escalat*", "escalation"), ("self-defense", "legitimacy")])
    >>> toks = match_tokens(tokenize("Self defence, not escalating."))
    >>> [(toks[x.first].start, toks[x.last - 1].end, x.values) for x in m.find(toks)]
    [(0, 12, ('legitimacy',)), (18, 28, ('escalation',))]
    """

    def __init__(self, terms: Iterable[tuple[str, Hashable]]) -> None:
        self._root: dict = {}
        self.size = 0
        for term, value in terms:
            self.add(term, value)

    def add(self, term: str, value: Hashable) -> None:
        """Add one term (raises :class:`TermSyntaxError` for a malformed term)."""
        words, prefix = parse_term(term)
        node = self._root
        for w in words:
            node = node.setdefault(w, {})
        if prefix is None:
            node.setdefault(_END, []).append(value)
        else:
            table = node.setdefault(_PREFIXES, {})
            keys = {prefix, fold(prefix)}
            for key in keys:
                table.setdefault(key, []).append(value)
            node[_LENGTHS] = tuple(sorted({len(k) for k in table}))
        self.size += 1

    def _longest_at(self, tokens: Sequence[MatchToken], i: int) -> tuple[int, list] | None:
        """The longest match starting at token ``i``; values of equally long matches are merged."""
        node, j, n = self._root, i, len(tokens)
        best_end, best = 0, []

        def offer(end: int, values: list) -> None:
            nonlocal best_end, best
            if end > best_end:
                best_end, best = end, list(values)
            elif end == best_end:
                best.extend(v for v in values if v not in best)

        while True:
            end_values = node.get(_END)
            if end_values is not None and j > i:
                offer(j, end_values)
            if j >= n:
                break
            prefixes = node.get(_PREFIXES)
            if prefixes is not None:
                tok = tokens[j]
                for word in (tok.key, tok.norm) if tok.key != tok.norm else (tok.key,):
                    for k in node[_LENGTHS]:
                        if k > len(word):
                            break
                        hit = prefixes.get(word[:k])
                        if hit is not None:
                            offer(j + 1, hit)
            nxt = node.get(tokens[j].key)
            if nxt is None:
                break
            node, j = nxt, j + 1
        return (best_end, best) if best_end else None

    def find(self, tokens: Sequence[MatchToken]) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in a token sequence."""
        out: list[Match] = []
        root = self._root
        heads, shortest = self._root_heads()
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            if tok.key not in root and (not heads or (tok.key[:shortest] not in heads
                                                      and tok.norm[:shortest] not in heads)):
                i += 1                      # no term starts here: the common case, one or two look-ups
                continue
            best = self._longest_at(tokens, i)
            if best is None:
                i += 1
                continue
            out.append(Match(i, best[0], tuple(best[1])))
            i = best[0]
        return out

    def _root_heads(self) -> tuple[frozenset[str], int]:
        """The first letters (as many as the shortest root wildcard) of every root wildcard prefix."""
        cached = getattr(self, "_heads", None)
        if cached is not None and cached[2] == self.size:
            return cached[0], cached[1]
        prefixes = self._root.get(_PREFIXES, {})
        shortest = min((len(p) for p in prefixes), default=0)
        heads = frozenset(p[:shortest] for p in prefixes)
        self._heads = (heads, shortest, self.size)
        return heads, shortest

    def __len__(self) -> int:
        return self.size

    def __repr__(self) -> str:
        return f"<TermMatcher: {self.size} terms>"
