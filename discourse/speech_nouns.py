"""Speech nouns: reported speech read from a noun with its owner and a that-clause.

A speech noun (``speech_nouns`` in ``discourse/lexicons/cues.yaml``: "claim",
"warning", "statement", ...) reports what its owner said when a that-clause
follows it:

- a possessive owner: "Moscow's claim that S", "Kyiv's repeated claim that S"
  (one adjective between), "her warning that S", "their promise that S";
- an owner after "from": "warnings from aid groups that S".

It reports nothing after a relative "that" with a gap ("the statement that the
junta issued on Monday"), nor with no owner ("The claim that ...", "its
claim that ...": the last actor before "its" is too often a modifier). When
the noun phrase is the sentence subject, the content ends before the main verb
("His promise that no town would be abandoned | drew applause").

:func:`speech_noun` reads one noun; the others are its steps. The reported
speech reader (:mod:`discourse.reported`) makes the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .names import _brill
from .speakers import Speaker

__all__ = ["clause_end", "content_start", "owner_speaker", "relative_that", "speech_noun"]

_AUX = frozenset("is are was were has have had will would can could should may might must does did do".split())
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_GROUP_WORDS = _AUX | {"be", "been", "being", "not"}
_CLAUSE_LINKS = frozenset({"and", "or", "but", "that", "which", "who", ","})
_GAP_FOLLOWERS = frozenset("on in at to last earlier yesterday today this by during after before".split())
_POSSESSIVE_GENDERS = {"his": "male", "her": "female"}


def _tag(text: str) -> str:
    """The Brill lexicon's first tag of a word, reading British "-lled" forms as American
    ones ("fuelled" as "fueled", which the lexicon lists); "" when the word is not listed."""
    word = text.lower()
    tag = _brill().get(word, "")
    if not tag and word.endswith("lled"):
        tag = _brill().get(word[:-4] + "led", "")
    return tag


def content_start(words: Sequence[str], k: int, *, expr_end: Callable[[int], int | None]) -> int:
    """Index after the "that" of the speech noun at ``k``, or ``k`` when none follows.

    Parameters
    ----------
    words : sequence of str
        The sentence's lower-cased token texts.
    k : int
        Index of the speech noun.
    expr_end : callable
        ``expr_end(j)`` is the end of the speaker expression starting at ``j``
        (the finder's ``expr_starting_at``), or None.

    Returns
    -------
    int

    Examples
    --------
    >>> content_start("the claim that it was over".split(), 1, expr_end=lambda j: None)
    3
    >>> content_start("warnings from aid groups that food ran out".split(), 0, expr_end=lambda j: 4)
    5
    """
    n = len(words)
    if k + 1 < n and words[k + 1] == "that":
        return k + 2
    if k + 2 < n and words[k + 1] == "from":
        last = expr_end(k + 2)
        if last is not None and last < n and words[last] == "that":
            return last + 1
    return k


def relative_that(texts: Sequence[str], words: Sequence[str], first: int) -> bool:
    """True when the clause from ``first`` (after "that") is a relative one with a gap.

    Examples
    --------
    >>> t = "the warning that he gave on Monday".split()
    >>> relative_that(t, t, 3)
    True
    >>> t = "the claim that the army had withdrawn from the town".split()
    >>> relative_that(t, t, 3)
    False
    """
    n = len(words)
    for j in range(first + 1, min(first + 4, n)):
        if _brill().get(texts[j].lower(), "") in ("VBD", "VBZ", "VBP") or words[j] in _AUX:
            after = words[j + 1] if j + 1 < n else "."
            return not after[:1].isalnum() or after in _GAP_FOLLOWERS
    return False


def clause_end(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> int:
    """End of the that-clause ``first:last`` inside a sentence subject: before the next finite
    verb after the clause's own verb group.

    Examples
    --------
    >>> t = "His promise that no town would be abandoned drew applause".split()
    >>> " ".join(t[3:clause_end(t, [w.lower() for w in t], 3, len(t))])
    'no town would be abandoned'
    """
    seen_verb, in_group = False, False
    for j in range(first, last):
        tag = _tag(texts[j])
        with_object = tag == "VBN" and j + 1 < last and \
            _tag(texts[j + 1]).startswith(("DT", "NN", "PRP"))   # "surprised economists"
        if seen_verb and not in_group and (tag in _FINITE_TAGS or with_object) and words[j - 1] not in _CLAUSE_LINKS:
            return j
        finite = tag in _FINITE_TAGS or words[j] in _AUX
        # the verb group: "would be abandoned", "had not been struck"; it closes at its main verb
        in_group = finite or (in_group and (words[j] in _GROUP_WORDS or tag.startswith("RB")))
        seen_verb = seen_verb or finite
    return last


def owner_speaker(finder, sid: int, tokens, words: Sequence[str], p: int) -> Speaker | None:
    """The speaker who owns a noun: a possessive ending at token ``p`` ("the ministry's",
    "Khartoum's") or a possessive pronoun at ``p`` with an antecedent ("his", "her",
    "their"; not "its", whose last actor is too often a modifier: "French envoys").

    Parameters
    ----------
    finder : discourse.speakers.SpeakerFinder
        The document's speaker finder (its expressions, resolver and memory).
    sid : int
        The sentence.
    tokens : sequence of Token
        The sentence's tokens.
    words : sequence of str
        Their lower-cased texts.
    p : int
        Index of the possessive mark or pronoun.

    Returns
    -------
    Speaker or None
    """
    if p < finder.dateline_end(sid):
        return None
    word = words[p]
    start, end = tokens[p].start, tokens[p].end
    if word in ("'s", "'"):
        return finder.resolve(sid, finder.expr_ending_at(sid, p))
    if word in _POSSESSIVE_GENDERS:
        person = finder.memory.antecedent(start, _POSSESSIVE_GENDERS[word])
        return Speaker(person[0], person[1], "pronoun", start, end) if person else None
    if word == "their":
        referent = finder.memory.they(sid, start)
        return referent._replace(kind="pronoun", start=start, end=end) if referent else None
    return None


def speech_noun(finder, sid: int, k: int, *, tokens, texts: Sequence[str], words: Sequence[str],
                content_end: Callable[[int], int]) -> tuple[int, int, Speaker | None] | None:
    """The content and owner of the speech noun at ``k``: "Moscow's claim that S", "her
    warning that S", "warnings from aid groups that S".

    Parameters
    ----------
    finder : discourse.speakers.SpeakerFinder
        The document's speaker finder.
    sid : int
        The sentence.
    k : int
        Index of the speech noun.
    tokens : sequence of Token
        The sentence's tokens.
    texts : sequence of str
        Their texts as written.
    words : sequence of str
        Their lower-cased texts.
    content_end : callable
        ``content_end(first)`` is where reported content from ``first`` stops.

    Returns
    -------
    tuple of (int, int, Speaker or None), or None
        The content's first and end token and its owner (None when the finder
        resolves none); None when no that-clause follows the noun, or it is a
        relative clause ("the statement that he issued on Monday").
    """
    first = content_start(words, k, expr_end=lambda j: _last(finder.expr_starting_at(sid, j)))
    if first == k or relative_that(texts, words, first):
        return None
    if words[k + 1] == "from":
        speaker = finder.resolve(sid, finder.expr_starting_at(sid, k + 2))
    else:
        owner = k - 1
        if owner > 0 and _brill().get(texts[owner].lower(), "").startswith("JJ"):
            owner -= 1                   # "Kyiv's repeated claim that"
        speaker = owner_speaker(finder, sid, tokens, words, owner)
    last = content_end(first)
    if not any(_brill().get(t.lower(), "") in _FINITE_TAGS for t in texts[:k]):
        last = clause_end(texts, words, first, last)   # "His promise that S drew applause": the noun is the subject
    return first, last, speaker


def _last(expr) -> int | None:
    return None if expr is None else expr.last
