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

from collections.abc import Collection, Sequence

from .names import _brill

__all__ = ["asked_content_start", "content_shape", "has_complement", "is_infinitive", "is_question",
           "naming_predicate", "noun_phrase_end", "noun_with_clause", "is_relative_clause", "writer_clause_start"]

_QUESTION_WORDS = frozenset({"whether", "how", "why", "when", "where", "if", "who", "which"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "what", "where", "when"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOT_VERBS = frozenset("the a an this that these those his her its their our my your any all some no "
                       "him them us me it".split())
_WINDOW = 10
_COMPLEMENT_WINDOW = 5
_SUBJECT_PRONOUNS = frozenset("he she it they we i you there".split())
_OBJECT_PRONOUNS = frozenset("him her it them us me you himself herself itself themselves ourselves myself "
                              "yourself this".split())
_OBJECT_DETERMINERS = frozenset("the this these those that his her its their our my your".split())
_PREDICATE_DETERMINERS = frozenset("a an the his her its their our my".split())
_OBJECT_PREPOSITIONS = frozenset("of for with on in against over to from by at".split())
_TIME_NOUNS = frozenset("time times day days week weeks month months year years hour hours minute minutes moment "
                        "night morning afternoon evening weekend few dozen couple number".split())
_PREDICATE_STOPS = frozenset("and but or before after while because as since when if unless although though "
                             "saying adding even".split())
_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})
_MAX_OBJECT = 12
_CLAUSE_BREAKS = frozenset({",", ";", "-", "--", "\u2014", "\u2013"})   # before "and" opening a new clause
_AUXILIARIES = frozenset("is are was were has have had will would can could should may might must does did do "
                         "isn't aren't wasn't weren't hasn't haven't won't can't don't doesn't didn't".split())
_ASKED_OPENERS = frozenset({"whether", "if", "how", "why", "what", "who", "which", "when", "where", "about"})
_ASKED_GAP_STARTS = frozenset("on in at during after before later again then specifically repeatedly recently "
                              "directly separately also twice once earlier today yesterday tonight last this "
                              "monday tuesday wednesday thursday friday saturday sunday".split())
_MAX_ASKED_GAP = 8


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


def asked_content_start(texts: Sequence[str], words: Sequence[str], k: int, last: int) -> int | None:
    """Where what was asked opens after a passive or participle "asked" ending at ``k``
    ("Asked whether ...", "when asked about the convoy", "was asked to resign"): a question
    ("whether", "if", a wh-word), "about" and its topic, or an infinitive (a request, right
    after the cue), after an adverbial with no verb ("Asked on Monday whether", "asked at a
    briefing in Khartoum about"); None for anything else ("asked the minister", "asked
    for a photo").

    Examples
    --------
    >>> t = "on Monday whether the border would open".split()
    >>> asked_content_start(t, t, 0, len(t))
    2
    >>> t = "the minister about the convoy".split()
    >>> asked_content_start(t, t, 0, len(t)) is None
    True
    """
    brill = _brill()
    for j in range(k, min(last - 1, k + _MAX_ASKED_GAP)):
        opens = words[j] in _ASKED_OPENERS and texts[j].islower() and texts[j + 1][:1].isalnum()
        if opens or (j == k and is_infinitive(words, j)):
            return j if j == k or words[k] in _ASKED_GAP_STARTS or words[k].endswith("ly") else None
        if not (texts[j].isalnum() or texts[j] == "'s") or words[j] in _RELATIVES or \
                (brill.get(texts[j]) or "").startswith(("VB", "MD")):
            return None
    return None


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


def noun_phrase_end(texts: Sequence[str], words: Sequence[str], j: int, last: int) -> int | None:
    """End of the noun phrase from ``j`` (its modifiers and head, no a/an), or None when none
    opens there: "the strike", "Clinton's public squabble", "Senate leader Mitch McConnell".

    Examples
    --------
    >>> t = "the mediators in Doha".split()
    >>> noun_phrase_end(t, t, 0, len(t))
    2
    """
    start, seen_noun = j, False
    if j < last and words[j] in _OBJECT_DETERMINERS:
        j += 1
    while j < last and j - start < _MAX_OBJECT:
        text, tag = texts[j], _brill().get(texts[j].lower(), "")
        if text in ("'s", "'") and seen_noun:
            j += 1                          # "Clinton's public squabble"
        elif tag.startswith("NN") or (text[:1].isupper() and text.replace("-", "").replace(".", "").isalpha()) or (
                tag == "VBG" and words[j - 1] in _OBJECT_DETERMINERS):
            seen_noun, j = True, j + 1      # "the shelling"
        elif not seen_noun and (tag.startswith(("JJ", "CD", "VBN")) or "-" in text):
            j += 1                          # "her fallen son", "the 10-year-old ban"
        else:
            break
    return j if seen_noun else None


def _object_ends(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> list[int]:
    """Where the object of a naming verb at ``first`` may end, shortest first: a pronoun
    ("her"), a noun phrase ("her vote"), with one or two prepositional phrases ("her vote
    for the war")."""
    ends = [first + 1] if words[first] in _OBJECT_PRONOUNS else []
    j = noun_phrase_end(texts, words, first, last)
    for _ in range(3):
        if j is None:
            break
        ends.append(j)
        if j >= last or words[j] not in _OBJECT_PREPOSITIONS:
            break
        j = noun_phrase_end(texts, words, j + 1, last)
    return ends


def _predicate_end(texts: Sequence[str], words: Sequence[str], p: int, last: int) -> int | None:
    """End of a predicate from ``p`` after a naming verb's object, or None: a noun phrase
    opened by an article or a possessive, not a time ("a war crime", "her hero", not "a
    second time"), or an adjective or adjectives on their own ("unsubstantiated and
    fabricated", not "fake news": an adjective before a noun heads no predicate here)."""
    if p >= last or texts[p] in _MARKS:
        return None                         # 'called it "a sham"': the term is a partial quote
    tag = _brill().get(texts[p].lower(), "")
    if words[p] in _PREDICATE_DETERMINERS:
        j, seen_noun = p + 1, False
        while j < last and not seen_noun:
            t = _brill().get(texts[j].lower(), "")
            if t.startswith("NN") or (texts[j][:1].isupper() and texts[j].isalpha()):
                seen_noun = True
            elif not (t.startswith(("JJ", "CD", "VBN", "VBG", "RB")) or "-" in texts[j] or texts[j] == ","
                      or words[j] in ("and", "or")):
                return None
            j += 1
        if not seen_noun and j == last and j > p + 1 and words[p] in ("a", "an") and \
                _brill().get(texts[j - 1].lower(), "").startswith("JJ"):
            seen_noun = True                # "a fascist", "a democratic socialist": the adjective is the noun
        if not seen_noun or any(w in _TIME_NOUNS for w in words[p:j + 1]):
            return None
        while j < last and texts[j] not in (",", ";", ":", "(", "\u2014", "--") and texts[j] not in _MARKS and \
                words[j] not in _PREDICATE_STOPS:
            j += 1                          # "a reason for the U.S. to reinvest in its space program"
        return j
    if texts[p].islower() and tag in ("JJ", "JJS"):      # not "less than a half-hour after"
        j = p + 1
        while j + 1 < last and words[j] in ("and", "or", ",") and _brill().get(texts[j + 1].lower(), "").startswith(
                ("JJ", "VBN")):
            j += 2                          # "unsubstantiated and fabricated"
        if j < last and _brill().get(texts[j].lower(), "").startswith("NN"):
            return None
        return j
    return None


def naming_predicate(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> int | None:
    """End of an object and its predicate after a naming verb (a speech act that names or
    judges its object: "called the strike a war crime"), or None when no predicate follows
    the object ("called the police", "called a meeting", "called Friday for talks").

    Parameters
    ----------
    texts, words : sequence of str
        Token texts and their normalised words (one sentence).
    first, last : int
        The tokens after the cue, to where the reported content may run.

    Returns
    -------
    int or None

    Examples
    --------
    >>> t = "the strike a war crime .".split()
    >>> naming_predicate(t, t, 0, 5)
    5
    >>> t = "the charges unsubstantiated and fabricated , a spokesman said".split()
    >>> naming_predicate(t, t, 0, len(t))
    5
    >>> t = "the police a second time".split()
    >>> naming_predicate(t, t, 0, len(t)) is None
    True
    """
    if first >= last or words[first] in ("a", "an"):
        return None                         # "called a meeting", "called an election"
    for end in _object_ends(texts, words, first, last):
        stop = _predicate_end(texts, words, end, last)
        if stop is not None:
            return stop
    return None


def has_complement(texts: Sequence[str], words: Sequence[str], first: int, last: int,
                   prepositions: Collection[str]) -> bool:
    """True when the object from ``first`` is followed by a complement opened by one of
    ``prepositions`` ("Hamas for the collapse", "the collapse on Hamas"): what a verb such
    as "blame" reports with its object.

    Examples
    --------
    >>> t = "Hamas for the collapse of the talks".split()
    >>> has_complement(t, t, 0, len(t), {"for", "on"})
    True
    >>> t = "the media".split()
    >>> has_complement(t, t, 0, len(t), {"for", "on"})
    False
    """
    if first >= last or words[first] in ("a", "an"):
        return False
    return any(end + 1 < last and words[end] in prepositions and texts[end + 1][:1].isalnum()
               for end in _object_ends(texts, words, first, last))


def is_relative_clause(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> bool:
    """True when the words ``first:last`` after a noun and "that" read as a relative clause
    and then the noun's own predicate: a verb opens them ("that were filed"), or a finite
    verb stands right before an auxiliary ("that he faced were dropped", "that the
    minister denies will be heard"). After "charges that" that is the noun.

    Examples
    --------
    >>> t = "he faced were dropped last week".split()
    >>> is_relative_clause(t, t, 0, len(t))
    True
    >>> t = "the army fired on the convoy".split()
    >>> is_relative_clause(t, t, 0, len(t))
    False
    """
    if first >= last:
        return False
    tags = [_brill().get(texts[j]) for j in range(first, last)]
    if texts[first].islower() and (tags[0] in _FINITE_TAGS or words[first] in _AUXILIARIES):
        return True
    return any(tags[i] in ("VBD", "VBN", "VBZ", "VBP") and words[first + i] not in _AUXILIARIES and
               words[first + i + 1] in _AUXILIARIES for i in range(len(tags) - 1))


def writer_clause_start(texts: Sequence[str], words: Sequence[str], first: int, last: int) -> int:
    """Where a noun-phrase content ``first:last`` stops at "and"/"but" opening a new clause,
    a noun phrase and its finite verb ("the officer with murder and the mayor fired his
    police chief": the writer's next clause, not part of the object); else ``last``.

    Examples
    --------
    >>> t = "the officer with murder and the mayor fired his police chief".split()
    >>> writer_clause_start(t, t, 0, len(t))
    4
    >>> t = "the raids in which adults and children were detained".split()
    >>> writer_clause_start(t, t, 0, len(t))
    9
    """
    for j in range(first + 1, last - 2):
        if words[j] not in ("and", "but") or words[j + 1] == "that":    # "... and that X would ...": the report's
            continue
        opens = words[j + 1] in _OBJECT_DETERMINERS or texts[j - 1] in _CLAUSE_BREAKS   # "and the mayor", ", and X"
        end = noun_phrase_end(texts, words, j + 1, last) if opens else None
        if end is not None and end < last and texts[end].islower() and \
                _brill().get(texts[end]) in ("VBD", "VBN", "VBZ", "VBP", "MD"):
            return j - 1 if texts[j - 1] in _CLAUSE_BREAKS else j
    return last
