"""Bare noun-phrase subjects of a speech cue that no lexicon names.

The speaker finder (:mod:`discourse.speakers`) knows names, listed actors,
pronouns and the usual anonymous heads ("officials", "a spokesperson"). Real
copy reports speech from any noun phrase as well: "The network said it would
...", "Many conservatives have said they will not ...", "House Republicans
supporting the bill have said ...", "Twenty-four percent said ...". This
module reads such a subject from the words alone, for reported speech only:
a short run of noun-phrase words that opens a clause and ends in a noun right
before the cue (auxiliaries, negation and adverbs may stand between), or the
noun a relative "who" refers to ("voters who said the economy mattered").

It decides on token texts and part-of-speech tags (the Brill lexicon TextBlob
ships), so it is a pure function of the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .names import _brill, normalize

__all__ = ["bare_subject", "subject_end"]

#: words that may stand between a subject and its cue: "have said", "has not said", "all suggested"
_BETWEEN = frozenset("""
has have had will would could can may might should must did does do not n't never also all both
've 'd
now still just already repeatedly previously recently publicly privately often again then later
earlier first since long further once reportedly flatly firmly simply
""".split())
#: forms of "be": before a cue in -ing they mark the progressive ("is demanding"); before any other
#: form, a passive ("was asked", "has been criticized"), whose subject is not the speaker
_BE = frozenset({"is", "are", "was", "were", "been", "be"})
#: words that may open the clause a subject begins
_CLAUSE_OPENERS = frozenset("""
and but because while when after as although though since if that so before until where whereas
""".split())
#: words inside a noun phrase that are not its head: "Bush and his rivals for the nomination"
_INSIDE = frozenset("of for in at from with on and the a an 's & to".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your some many most "
                         "several few both all each every another other no".split())
_NOT_HEADS = frozenset("""
he she it they we i you him her them us me this that these those who which what there here one ones
monday tuesday wednesday thursday friday saturday sunday today yesterday week month year time night
morning evening afternoon day days weeks months years times
""".split())
_MAX_WORDS = 10
_NOUN_TAGS = ("NN",)
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB", "VBN"})


def _wordlike(text: str) -> bool:
    return text == "'s" or text.replace("-", "").replace(".", "").replace("'", "").isalnum()


def _is_noun(text: str) -> bool:
    tag = _brill().get(text) or _brill().get(text.lower())
    if tag is None:
        return text[:1].isupper() or text.isalpha()
    return tag.startswith(_NOUN_TAGS)


def _is_verb(text: str) -> bool:
    if text[:1].isupper():
        return False
    tag = _brill().get(text)
    return tag in _VERB_TAGS


def _modifies(word: str, following: str) -> bool:
    """True when a participle modifies the noun after it ("displaced families", "elected officials")."""
    return word.endswith("ed") and _is_noun(following) and (_brill().get(following) or "").startswith("NN")


def subject_end(texts: Sequence[str], cue: int, *, start: int = 0) -> int | None:
    """Where the subject of the cue at ``texts[cue]`` ends: past the auxiliaries,
    negation and adverbs between them ("have not said", "has since said", "did
    not explain").

    Parameters
    ----------
    texts : sequence of str
        The token texts of one sentence.
    cue : int
        Index of the cue verb.
    start : int, default=0
        The first token a subject may start at (after a dateline).

    Returns
    -------
    int or None
        The index right after the subject's last token (``cue`` when nothing
        stands between), or None for a passive ("was asked", "has been
        criticized"), whose subject is not the speaker.

    Examples
    --------
    >>> subject_end("The junta has since said so .".split(), 4)
    2
    >>> subject_end("He did not explain why .".split(), 3)
    1
    >>> subject_end("He was asked about it .".split(), 2) is None
    True
    """
    progressive = texts[cue].lower().endswith("ing")
    j = cue
    while j > start:
        word = normalize(texts[j - 1])
        if word in _BE:
            if not progressive:
                return None                 # a passive: "was asked", "has been criticized"
            j -= 1
        elif word in _BETWEEN or (texts[j - 1].islower() and texts[j - 1].endswith("ly") and len(texts[j - 1]) > 4):
            j -= 1
        else:
            break
    return j


def bare_subject(texts: Sequence[str], cue: int, *, start: int = 0,
                 is_cue: Callable[[int], bool] = lambda k: False) -> tuple[int, int] | None:
    """The bare noun-phrase subject of the cue at ``texts[cue]``, as ``(first, last)``.

    Parameters
    ----------
    texts : sequence of str
        The token texts of one sentence.
    cue : int
        Index of the cue verb.
    start : int, default=0
        The first token a subject may start at (after a dateline).
    is_cue : callable, default=never
        Whether the token at an index is a cue verb (a cue is never inside a subject).

    Returns
    -------
    tuple of int or None
        Token indexes ``first:last`` of the subject, or None when no bare noun
        phrase opens a clause right before the cue.

    Examples
    --------
    >>> words = "Many conservatives have said they will not vote .".split()
    >>> bare_subject(words, 3)
    (0, 2)
    >>> bare_subject("He was asked about the war .".split(), 2) is None
    True
    >>> bare_subject("Most voters who said the economy mattered backed her .".split(), 3)
    (0, 2)
    """
    if cue > 0 and texts[cue - 1] in ("'s", "s'", "'"):
        return None                         # "Editor's note", "Trump's comments": a noun, not a cue
    j = subject_end(texts, cue, start=start)
    if j is None:
        return None
    relative = j - 1 > start and normalize(texts[j - 1]) == "who"
    if relative:                            # "voters who said", "superdelegates who've already said"
        j -= 1
        if normalize(texts[j - 1]) == "those":
            return j - 1, j
    if j <= start or not _wordlike(texts[j - 1]) or normalize(texts[j - 1]) in _NOT_HEADS | _INSIDE \
            or not _is_noun(texts[j - 1]):
        return None
    p = j - 1
    while p > start and j - p < _MAX_WORDS:
        prev = texts[p - 1]
        w = normalize(prev)
        if not _wordlike(prev) or w in _CLAUSE_OPENERS - {"and"} or is_cue(p - 1) or \
                (w not in _INSIDE and ((_is_verb(prev) and not _modifies(prev, texts[p])) or _brill().get(w) == "IN")):
            break                           # not across a verb or a preposition ("Among voters who ...")
        p -= 1
    while p < j - 1 and normalize(texts[p]) in _INSIDE - {"the", "a", "an"}:
        p += 1                              # "and his rivals": the phrase starts after the joint
    opens = relative or p == start or texts[p - 1] == "," or normalize(texts[p - 1]) in _CLAUSE_OPENERS
    first = texts[p]
    if not opens or not (first[:1].isupper() or first[:1].isdigit() or normalize(first) in _DETERMINERS
                         or first.isalpha()):
        return None
    if normalize(first) in _NOT_HEADS:
        return None                         # "he sponsored the bill ... said": a clause, not a subject
    return p, j
