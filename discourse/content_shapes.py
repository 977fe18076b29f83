"""The shape of what a speech cue reports: a clause, an infinitive or a noun phrase.

Reported speech comes in three shapes after its cue:

``clause``
    "said (that) the talks had failed", "asked whether the border would open";
``infinitive``
    "vowed to retaliate", "promised to rebuild";
``noun``
    "denied any involvement", "called for a ceasefire", "urged Congress to act"
    (an object, then an infinitive).

Every cue reports a clause; which cues report an infinitive, and which take
an object that is no speech, is data (``infinitive_verbs`` and
``noun_object_verbs`` in ``discourse/lexicons/cues.yaml``): "described the
meeting", "rejected the proposal" and "agreed to use the assets" report no
speech.
"""

from __future__ import annotations

from collections.abc import Sequence

from .names import _brill

__all__ = ["content_shape", "is_infinitive", "is_question", "noun_with_clause"]

_QUESTION_WORDS = frozenset({"whether", "how", "why", "when", "where", "if", "who", "which"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "what", "where", "when"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOT_VERBS = frozenset("the a an this that these those his her its their our my your any all some no "
                       "him them us me it".split())
_WINDOW = 10
_COMPLEMENT_WINDOW = 5
_SUBJECT_PRONOUNS = frozenset("he she it they we i you there".split())
_AUXILIARIES = frozenset("is are was were has have had will would can could should may might must does did do "
                         "isn't aren't wasn't weren't hasn't haven't won't can't don't doesn't didn't".split())


def is_infinitive(words: Sequence[str], k: int) -> bool:
    """True when ``words[k:]`` opens an infinitive ("to retaliate", "to form a task force").

    Examples
    --------
    >>> is_infinitive("to retake the city".split(), 0), is_infinitive("to the nation".split(), 0)
    (True, False)
    """
    return k + 1 < len(words) and words[k] == "to" and words[k + 1].isalpha() and words[k + 1] not in _NOT_VERBS


def is_question(words: Sequence[str], k: int) -> bool:
    """True when ``words[k:]`` opens an indirect question ("whether the border would
    open", "how the convoys would cross", "what the army would do"): what a cue
    reports, never its addressee.

    Examples
    --------
    >>> is_question("whether the talks would resume".split(), 0), is_question("which side".split(), 0)
    (True, False)
    """
    return k + 1 < len(words) and words[k] in _QUESTION_WORDS - {"which"} | {"what"}


def noun_with_clause(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> bool:
    """True when the noun phrase at ``first`` takes a "that" clause of its own, as speech
    nouns do ("accusations that it was supplying drones", "claims that the vote was
    rigged"), not a relative clause ("any deal that would freeze the front line").

    Examples
    --------
    >>> t = "accusations that it plans to attack".split()
    >>> noun_with_clause(t, t, 0, len(t))
    True
    >>> t = "any peace deal that would freeze the front".split()
    >>> noun_with_clause(t, t, 0, len(t))
    False
    """
    brill = _brill()
    for j in range(first + 1, min(last - 1, first + _COMPLEMENT_WINDOW)):
        if words[j] == "that":
            nxt = texts[j + 1]
            tag = brill.get(nxt) or ""
            return nxt.isalpha() and not tag.startswith(("VB", "MD")) and words[j + 1] not in _AUXILIARIES
        if not texts[j].isalpha():
            return False
    return False


def content_shape(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> str:
    """``"clause"``, ``"infinitive"`` or ``"noun"``: the shape of the content ``first:last``.

    Parameters
    ----------
    texts, words : sequence of str
        Token texts and their normalised words (one sentence).
    first, last : int
        The content's tokens, right after the cue (or after a "that" the
        caller skipped: then pass the clause, which reads as one).

    Returns
    -------
    str
        ``"clause"`` when a subject pronoun or a question word opens it or a
        finite verb comes before any relative word, ``"infinitive"`` when it
        opens with "to" and a verb, else ``"noun"`` (an object, possibly with an
        infinitive after it: "Congress to act").

    Examples
    --------
    >>> t = "any involvement in the attack".split()
    >>> content_shape(t, t, 0, len(t))
    'noun'
    >>> t = "Chinese warships crossed the line".split()
    >>> content_shape(t, t, 0, len(t))
    'clause'
    >>> t = "to act quickly".split()
    >>> content_shape(t, t, 0, len(t))
    'infinitive'
    """
    if first >= last:
        return "noun"
    if words[first] in _QUESTION_WORDS - {"which", "who"}:
        return "clause"
    if words[first] == "what":
        return "noun"                       # "welcomed what it calls ...": a free relative
    if is_infinitive(words, first):
        return "infinitive"
    if words[first] in _SUBJECT_PRONOUNS:
        return "clause"                     # "said she plans to ..."
    brill = _brill()
    for j in range(first + 1, min(last, first + _WINDOW)):
        text = texts[j]
        if words[j] in _RELATIVES or text in (",", ";", ":"):
            break
        if text.islower() and (brill.get(text) in _FINITE_TAGS or words[j] in _AUXILIARIES or (
                text.endswith("ed") and words[j - 1] not in _NOT_VERBS and texts[j - 1].isalpha()
                and not (j + 1 < last and words[j + 1] == "by"))):
            return "clause"                 # "Stein complied with ...", "the campaign planned to ..."
    return "noun"
