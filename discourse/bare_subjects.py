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

from .names import _brill, normalize, uncontracted

__all__ = ["bare_subject", "subject_end"]

#: words that may stand between a subject and its cue: "have said", "has not said", "all suggested"
_BETWEEN = frozenset("""
has have had will would could can may might should must did does do not n't never also all both
've 'd
now still just already repeatedly previously recently publicly privately often again then later
earlier first since long further once reportedly flatly firmly simply soon here too even only
itself himself herself themselves today yesterday tonight alike
haven't hasn't hadn't didn't doesn't don't won't wouldn't can't cannot couldn't shouldn't mustn't
""".split())
#: forms of "be": before a cue in -ing they mark the progressive ("is demanding"); before any other
#: form, a passive ("was asked", "has been criticized"), whose subject is not the speaker
_BE = frozenset({"is", "are", "was", "were", "been", "be", "isn't", "aren't", "wasn't", "weren't"})
#: pronouns whose "'s" (a token of its own) is "has" or "is" before a cue: "He's said", "who's called for"
_AUXILIARY_S = frozenset({"he", "she", "who"})
#: words that may open the clause a subject begins
_CLAUSE_OPENERS = frozenset("""
and but because while when after as although though since if that so before until where whereas which whom whose who
""".split())
#: punctuation after which a clause opens: "..., officials said", "a divide: 47 % say"
_PUNCTUATION_OPENERS = frozenset({",", ";", ":", "("})
#: words inside a noun phrase that are not its head: "Bush and his rivals for the nomination"
_INSIDE = frozenset("of for in at from with on and the a an 's & to".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your some many most "
                         "several few both all each every another other no".split())
_NOT_HEADS = frozenset("""
he she it they we i you him her them us me this that these those who which what there here one ones
monday tuesday wednesday thursday friday saturday sunday today yesterday week month year time night
morning evening afternoon day days weeks months years times
""".split())
#: determiners after which an -ing word is a noun: "the fighting", not "the most telling"
_ARTICLES = frozenset("the a an this that his her its their our my your".split())
#: subject pronouns that may open a coordination of people: "She and her aides", "They and their allies"
_COORDINATED_PRONOUNS = frozenset({"he", "she", "they", "we"})
#: determiners that are also pronouns: they open a subject only with a noun after them ("Her advisers")
_DETERMINER_PRONOUNS = frozenset("his her its their our my your this these those one".split())
#: prepositions that may follow a noun inside its phrase: "those over 60", "residents across the north"
_POST_PREPOSITIONS = frozenset("""
over under above below aged across around near inside outside without within throughout behind beyond along
""".split())
#: words that stand for people before a reduced relative or a relative clause: "those surveyed"
_PEOPLE = frozenset({"those", "people"})
#: pronouns that head a subject before "who": "those who back her", "some who advocate"
_PEOPLE_PRONOUNS = frozenset("those some many most few several others all both".split())
#: tags of a word after "who" that is no verb ("who the army ..."): else a verb ("who favor", "who back")
_NOT_AFTER_WHO = frozenset({"DT", "IN", "PRP", "PRP$", "CC", "CD"})
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen".split())
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: time adverbials between a subject and its cue: "on Monday", "this past week", "a month later"
_PERIODS = frozenset("week month year weekend spring summer autumn fall winter day".split())
_PERIOD_DETERMINERS = frozenset("this last past next earlier".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_TIME_COUNTS = frozenset("a one two three four five six several few".split())
_FIXED_TIMES = frozenset({("in", "the", "past"), ("at", "the", "time")})
#: adjectives that are no subject's head even after a determiner: "the same", "the following"
_NOT_ADJECTIVE_HEADS = frozenset("same following only such own next".split())
#: tokens a relative clause inside a subject never crosses
_STOPS = frozenset({",", ";", ":", "(", ")", "-", "--", "\u2013", "\u2014", '"', "\u201c", "\u201d"})
_MAX_WORDS = 12
_MAX_RELATIVE = 14              # words from a relative "who" to the cue ("who attended the talks in Doha")
_NOUN_TAGS = ("NN",)
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB", "VBN"})


def _wordlike(text: str) -> bool:
    return text == "'s" or text.replace("-", "").replace(".", "").replace("'", "").isalnum()


def _tag(text: str) -> str:
    return _brill().get(text) or _brill().get(text.lower()) or ""


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


def _plural(text: str) -> bool:
    """True for a plural noun or "those"/"people": what a reduced relative may follow."""
    return normalize(text) in _PEOPLE or _tag(text) in ("NNS", "NNPS")


def _participle(texts: Sequence[str], k: int) -> bool:
    """True when ``texts[k]`` is a participle after a plural noun, opening a reduced relative
    ("residents fleeing the fighting", "people briefed on the move", "those surveyed")."""
    word = texts[k]
    if k == 0 or not word.islower():
        return False
    tag = _tag(word)
    following = texts[k + 1] if k + 1 < len(texts) else ""
    if not _plural(texts[k - 1]):           # "A court document filed Thursday", "a letter signed by"
        return word.endswith("ed") and _is_noun(texts[k - 1]) and not _tag(texts[k - 1]).startswith("NNP") and (
            (tag == "VBN" and following in _WEEKDAYS) or (tag in ("VBN", "VBD") and _tag(following) == "IN"))
    if word.endswith("ing"):
        return tag == "VBG"
    return word.endswith(("ed", "en")) and (tag == "VBN" or (tag == "VBD" and _tag(following) == "IN"))


def _crossable(texts: Sequence[str], k: int, is_cue: Callable[[int], bool]) -> bool:
    """True when a noun phrase read leftwards may take in the word at ``k``: a noun-phrase
    word, a joint ("of", "and"), a slash between words ("CNN/ORC"), a post-modifying
    preposition ("those over 60"), a participle of a reduced relative ("people briefed on
    the move") or an infinitive in one ("the push to boycott the speech")."""
    prev, w = texts[k], normalize(texts[k])
    if prev == "'":                         # "knowledge of the Gates' work"
        return 0 < k and texts[k - 1].endswith("s") and texts[k - 1][:1].isalpha()
    if prev == "/":
        return 0 < k < len(texts) - 1 and _wordlike(texts[k - 1]) and _wordlike(texts[k + 1])
    if not _wordlike(prev) or w in _CLAUSE_OPENERS - {"and"}:
        return False
    if _participle(texts, k):
        return True                         # a reduced relative, even of a cue ("people briefed on")
    if is_cue(k):
        return False
    if w in _INSIDE or w in _POST_PREPOSITIONS:
        return True
    if _is_verb(prev):                      # "displaced families", "the push to boycott ...": not a verb here
        return _modifies(prev, texts[k + 1]) or (_tag(prev) in ("VB", "VBP", "VBZ") and k > 0 and (
            normalize(texts[k - 1]) in _DETERMINERS or _tag(texts[k - 1]) in ("JJ", "JJR") or
            (_tag(texts[k - 1]) == "IN" and _tag(texts[k + 1]).startswith("NN")) or     # "on hate speech"
            (normalize(texts[k - 1]) == "to" and k > 1 and _is_noun(texts[k - 2]))))
    if prev.islower() and _tag(prev) == "VBG":
        return _is_noun(texts[k + 1]) and normalize(texts[k + 1]) not in _DETERMINERS
        # "a growing number of", not "circulating a passage" or "seeking to embrace"
    return _tag(w) != "IN"                  # not across a preposition ("Among voters who ...")


def _head(texts: Sequence[str], h: int, start: int) -> str | None:
    """What kind of head ``texts[h]`` can be: "noun", "gerund" ("the fighting"), "adjective"
    (only after a determiner: "The Republican incumbent"), "participle" ("those surveyed"),
    "number" ("those over 60"), else None."""
    word, w = texts[h], normalize(texts[h])
    if word in _WEEKDAYS and h - 1 > start and _participle(texts, h - 1):
        return "participle"                 # "A court document filed Thursday"
    if not _wordlike(word) or uncontracted(w) in _NOT_HEADS | _INSIDE:
        return None                         # not a pronoun, "She'd" either
    before = normalize(texts[h - 1]) if h > start else ""
    if word.isdigit():
        return "number" if before in _POST_PREPOSITIONS else None
    if w in _NUMBER_WORDS and before in ("the", "these", "those", "all"):
        return "noun"                       # "The two admit", "all three said"
    if _participle(texts, h) and not word.endswith("ing"):
        return "participle"
    if _is_noun(word):
        return "noun"
    tag = _tag(word)
    if tag == "VBG" and before in _ARTICLES:
        return "gerund"                     # "the fighting"
    if tag == "JJ" and word.islower() and w not in _NOT_ADJECTIVE_HEADS and h > start:
        return "adjective"
    return None


def _adverb(text: str) -> bool:
    """True for an adverb in -ly ("repeatedly", "briefly"), not a noun ("a rally", "an ally",
    "the assembly"); the lexicon tags some adverbs as nouns, so a noun-tagged word is an adverb
    only when an adjective lies under it ("brief" in "briefly", "happy" in "happily")."""
    if not (text.islower() and text.endswith("ly") and len(text) > 4):
        return False
    if not _tag(text).startswith("NN"):
        return True
    stem = text[:-2]
    return any(_tag(w) == "JJ" for w in (stem, stem[:-1] + "y" if stem.endswith("i") else "", text[:-1] + "e"))


def _time_phrase_start(texts: Sequence[str], j: int, start: int) -> int | None:
    """Start of a time adverbial that ends right before ``texts[j]``: "on Monday", "Monday
    night", "this past week", "earlier this month", "a month later", "in the past"; else None.

    Examples
    --------
    >>> _time_phrase_start("The army on Monday said".split(), 4, 0)
    2
    >>> _time_phrase_start("The junta this past week said".split(), 5, 0)
    2
    >>> _time_phrase_start("The mayor a month later said".split(), 5, 0)
    2
    >>> _time_phrase_start("The envoy said".split(), 2, 0) is None
    True
    >>> _time_phrase_start("A court filing released on Monday said".split(), 6, 0) is None
    True
    """
    def word(i: int) -> str:
        return normalize(texts[i]) if i >= start else ""

    k, first = j, None
    if word(k - 1) in _PARTS_OF_DAY and k - 2 >= start and texts[k - 2] in _WEEKDAYS:
        k -= 1                              # "Monday night"
    if k - 1 >= start and texts[k - 1] in _WEEKDAYS:
        if word(k - 2) == "on":
            first = k - 2
        elif k - 2 >= start and texts[k - 2][:1].isupper():
            first = k - 1                   # "Broaddrick Sunday night recounted"; not "the polls Tuesday"
    elif word(k - 1) in _PERIODS and word(k - 2) in _PERIOD_DETERMINERS:
        first = k - 2
        while word(first - 1) in _PERIOD_DETERMINERS:
            first -= 1                      # "this past week", "earlier this month"
    elif word(k - 1) == "later" and word(k - 2).rstrip("s") in _PERIODS and word(k - 3) in _TIME_COUNTS:
        first = k - 3                       # "a month later", "two days later"
    elif tuple(word(i) for i in range(k - 3, k)) in _FIXED_TIMES:
        first = k - 3
    if first is None or (first > start and texts[first - 1].islower() and texts[first - 1].endswith("ed")):
        return None                         # "A court document filed on Thursday": the subject's own time
    return first


def subject_end(texts: Sequence[str], cue: int, *, start: int = 0) -> int | None:
    """Where the subject of the cue at ``texts[cue]`` ends: past the auxiliaries,
    negation, adverbs and time adverbials between them ("have not said", "has since
    said", "did not explain", "on Monday said", "have in the past said").

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
    >>> subject_end("The rebels haven't said when .".split(), 3)
    2
    >>> subject_end("He was asked about it .".split(), 2) is None
    True
    >>> subject_end("The organizer of the rally said so .".split(), 5)
    5
    >>> subject_end("He 's suggesting a truce .".split(), 2)
    1
    >>> subject_end("Two committees on Monday asked for a probe .".split(), 4)
    2
    """
    progressive = texts[cue].lower().endswith("ing")
    j = cue
    while j > start:
        word = normalize(texts[j - 1])
        time = _time_phrase_start(texts, j, start)
        if time is not None and time > start:
            j = time                        # "The army on Monday said", "The mayor a month later said"
        elif word in _BE:
            if not progressive:
                return None                 # a passive: "was asked", "has been criticized"
            j -= 1
        elif word in _BETWEEN or _adverb(texts[j - 1]) or (
                word == "'s" and j - 1 > start and normalize(texts[j - 2]) in _AUXILIARY_S):
            j -= 1
        else:
            break
    return j


def _finite(texts: Sequence[str], cue: int) -> bool:
    """True when the cue is a finite verb by its form ("said", "says"), not a word that is
    also a noun ("report", "comments", "claims"): after an adjective, those are the noun."""
    return _tag(texts[cue]) in ("VBD", "VBZ")


def _noun_phrase(texts: Sequence[str], j: int, *, start: int, is_cue: Callable[[int], bool],
                 relative: bool = False, cue: int | None = None) -> tuple[int, int] | None:
    """The bare noun phrase ending right before ``j`` that opens a clause, as ``(first, j)``
    (``cue``: the cue's index when the phrase is its subject)."""
    if j <= start:
        return None
    head = _head(texts, j - 1, start)
    if head is None or (head in ("adjective", "gerund") and (cue is None or (j == cue and not _finite(texts, cue)))):
        return None                         # "a new report compares", "the approving comments": the noun
    p = j - 1
    while p > start and j - p < _MAX_WORDS and _crossable(texts, p - 1, is_cue):
        p -= 1
    if not relative and p > start and normalize(texts[p - 1]) == "who":
        return None                         # "Those who back her rivals say": inside a relative clause
    while p < j - 1 and normalize(texts[p]) in _INSIDE - {"the", "a", "an"}:
        p += 1                              # "and his rivals": the phrase starts after the joint
    opens = relative or p == start or texts[p - 1] in _PUNCTUATION_OPENERS or normalize(texts[p - 1]) in _CLAUSE_OPENERS \
        or (cue is not None and texts[cue].endswith("ing") and normalize(texts[p - 1]) == "with")
    # "with other candidates suggesting that ...": the subject of an absolute participle
    first, w = texts[p], normalize(texts[p])
    if not opens or not (first[:1].isupper() or first[:1].isdigit() or w in _DETERMINERS or first.isalpha()):
        return None
    if _tag(w) == "IN" or texts[p] == "/" or (first.islower() and _tag(first) in ("VBZ", "VBD", "VBP")):
        return None                         # "Over the weekend officials": a preposition opens no subject,
                                            # nor a verb ("that is Trump World", "included Trump")
    if w in _NOT_HEADS and not (w in _DETERMINER_PRONOUNS and p < j - 1
                                and (not _is_verb(texts[p + 1]) or _participle(texts, p + 1))) and \
            not (w in _COORDINATED_PRONOUNS and p + 2 < j and normalize(texts[p + 1]) == "and"):
        return None                         # "he sponsored the bill ... said": a clause, not a subject;
                                            # but "She and her defenders argue": a coordination
    if head == "adjective" and w not in _DETERMINERS:
        return None                         # "The self-described socialist", not "Critics unhappy"
    if head in ("participle", "number") and not _plural(first) and w not in _DETERMINERS:
        return None
    return p, j


def _relative_subject(texts: Sequence[str], j: int, *, start: int,
                      is_cue: Callable[[int], bool]) -> tuple[int, int] | None:
    """The noun phrase before a relative clause that ends right before ``j``: "Officials
    who attended the meeting [said]", "Those who back her rivals [say]"."""
    if j - 1 <= start or normalize(texts[j - 1]) == "to":
        return None                         # "who is surfing a wave to contend for": an infinitive
    for w in range(j - 1, max(start, j - _MAX_RELATIVE) - 1, -1):
        word = normalize(texts[w])
        if texts[w] in _STOPS or word in _CLAUSE_OPENERS - {"that", "who"} or (is_cue(w) and w + 1 < j and texts[w + 1] == "that"):
            return None                     # a clause or a reported clause, not a relative
        if word not in ("who", "that") or w <= start:
            continue
        verb = w + 1
        while verb < j and normalize(texts[verb]) in _BETWEEN:
            verb += 1
        if verb >= j or not (_is_verb(texts[verb]) or normalize(texts[verb]) in _BE or (
                word == "who" and texts[verb].islower() and _tag(texts[verb]) not in _NOT_AFTER_WHO)):
            return None                     # "the claim that officials said": no verb opens it
        if normalize(texts[w - 1]) in _PEOPLE_PRONOUNS:
            return w - 1, w                 # "Those who back her rivals", "some who advocate free speech"
        if word == "that" and not _plural(texts[w - 1]) and _tag(texts[w - 1]) not in ("NN", "NNP"):
            return None
        return _noun_phrase(texts, w, start=start, is_cue=is_cue)
    return None


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
    >>> bare_subject("People briefed on the move said the army would withdraw .".split(), 5)
    (0, 5)
    >>> bare_subject("Officials who attended the talks said a deal was near .".split(), 5)
    (0, 1)
    """
    if cue > 0 and texts[cue - 1] in ("'s", "s'", "'"):
        return None                         # "Editor's note", "Trump's comments": a noun, not a cue
    if texts[cue].endswith("ed") and cue + 1 < len(texts) and normalize(texts[cue + 1]) == "by":
        return None                         # "a view echoed by everyone": a passive participle
    j = subject_end(texts, cue, start=start)
    if j is None:
        return None
    relative = j - 1 > start and normalize(texts[j - 1]) == "who"
    if relative:                            # "voters who said", "superdelegates who've already said"
        j -= 1
        if normalize(texts[j - 1]) in _PEOPLE_PRONOUNS:
            return j - 1, j
        return _noun_phrase(texts, j, start=start, is_cue=is_cue, relative=True)
    return _noun_phrase(texts, j, start=start, is_cue=is_cue, cue=cue) or \
        _relative_subject(texts, j, start=start, is_cue=is_cue)
