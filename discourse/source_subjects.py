"""Sources of a reported-speech cue that the speaker finder does not reach.

:meth:`discourse.expressions.ExpressionReader.subject_before` reads the
speaker right before a cue ("X said", "X, the minister, said"). Real copy puts
other words between, or a source it does not read:

- auxiliaries, negation and adverbs: "He did not explain why", "Paris has
  since said" (the subject is read where
  :func:`discourse.bare_subjects.subject_end` says it ends);
- a phrase inserted between subject and cue: "Many speakers at the vigil -
  including imams and priests - said";
- "they" and "it" opening a clause after a conjunction: "But they insisted
  that ...", "..., although they say ..." (the pronoun resolves to the plural
  speaker or body named before, or gives no speaker);
- the antecedent of a relative pronoun: "the Saudi-led coalition, which has
  denied that ...", "families of the victims, many of whom say ...";
- a quantity of people, as in poll copy: "Six in 10 said", "Most of them
  said" (the speaker as written);
- people described by whom they are close to: "Sources close to the junta
  said", "Those close to him say" (the speaker as written);
- the subject of the verb phrase a cue is coordinated with: "The envoy met
  the families on Thursday and said ...", "Minutes later they reversed
  themselves, reopened the hall and said ..." (the first verb's subject).

:func:`reached_subject` tries them in that order on one cue; the other
functions are its steps and are pure functions of the sentence's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .bare_subjects import bare_subject, subject_end
from .expressions import Expr
from .names import _brill, normalize, uncontracted

__all__ = ["reached_subject", "opens_with_noun_phrase", "inserted_phrase", "pronoun_subject", "relative_pronoun",
           "quantity_subject", "affinity_subject", "verb_phrase_subject"]

#: words after which a clause (and its subject) begins: "But they said", "although they say"
_OPENERS = frozenset("""
and but because while when after although though since if so before until whereas yet nor or
""".split())
#: punctuation after which a clause (or a relative clause) begins
_BREAKS = frozenset({",", ";", "-", "--", "\u2013", "\u2014", "\u2015"})
#: pronouns that refer back to a body or a group: resolved by the "they"/"it" resolvers
_BODY_PRONOUNS = frozenset({"they", "it"})
_RELATIVES = frozenset({"who", "which"})
#: Brill tags a sentence-opening noun phrase may start with: "The ministry", "Protest leaders", "Many voters"
_NP_OPENING_TAGS = ("DT", "JJ", "NN", "CD", "PRP$")
#: quantifier words that may head a subject of people: "Some said", "Most of them said"
_QUANTIFIERS = frozenset("""
some many most few several others both all half majority minority third thirds quarter quarters
fifth fifths
""".split())
_OWNERS = frozenset({"them", "those", "us", "whom", "you"})     # "most of them", "many of whom"
#: adjective phrases that describe people by whom they stand with: "sources close to the junta"
_AFFINITIES = frozenset({("close", "to"), ("familiar", "with"), ("loyal", "to"), ("allied", "with"),
                         ("aligned", "with"), ("linked", "to"), ("opposed", "to"), ("affiliated", "with")})
_AFFINITY_HEADS = frozenset("""
those people sources source officials official aides aide advisers adviser advisors allies ally insiders
insider figures members person diplomats diplomat associates friends relatives lawmakers groups
""".split())
#: words that open a phrase inserted between a subject and its cue: "- including ... -"
_INSERTING = frozenset({"including", "like", "notably", "especially"})
_INSERTING_PAIRS = frozenset({("such", "as"), ("among", "them"), ("for", "instance"), ("for", "example"),
                              ("and", "in")})
_MAX_INSERTED = 24              # tokens of an inserted phrase
_MAX_OBJECT = 6                 # words of the noun phrase after "close to"
_NUMBERS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen
""".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety hundred".split())
_FRACTIONS = frozenset("half halves third thirds quarter quarters fourth fourths fifth fifths tenth tenths".split())
#: words for a share of a group, after "a"/"the": "a majority of her backers", "the rest"
_GROUP_SIZES = frozenset("majority majorities minority plurality handful few bulk rest".split())
_PERCENT = frozenset({"percent", "per", "%", "pct"})
_PERCENT_SIGNS = frozenset({"%"})
#: words that scale a quantity: "about 9 percent", "more than half", "at least 21,000"
_SCALERS = frozenset({("about",), ("nearly",), ("almost",), ("some",), ("roughly",), ("only",), ("just",),
                      ("fully",), ("over",), ("around",), ("barely",), ("approximately",), ("large",),
                      ("overwhelming",), ("slim",), ("narrow",), ("vast",), ("well", "over"), ("more", "than"),
                      ("less", "than"), ("fewer", "than"), ("at", "least"), ("as", "many", "as"), ("up", "to"),
                      ("close", "to"), ("by", "far")})
#: words that may follow the head of the people counted: "Democratic voters overall"
_AFTER_HEADS = frozenset("overall nationwide statewide worldwide alike".split())
_MAX_QUANTITY = 20              # tokens of a quantity subject ("More than half of respondents in the poll")
#: conjunctions that join a cue's verb phrase to the one before: "met the families and said"
_VERB_JOINTS = frozenset({"and", "but"})
#: tokens a verb phrase never crosses, read back from its conjunction
_PHRASE_STOPS = frozenset({";", ":", "(", ")"})
#: tags of a finite verb, or of the participle after an auxiliary ("has met"), that opens a verb phrase
_PHRASE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})
#: pronouns that are always subjects: they need no clause opening before them when a time adverb
#: does ("Minutes later they reversed ..."); not "much like he did"
_NOMINATIVE = frozenset({"he", "she", "they", "we"})
_TIME_ADVERBS = frozenset("later earlier then now ago also instead yesterday today tonight".split())
#: tokens after a cue that end its clause: no content follows ("and said, "..."")
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})
_MAX_VERB_PHRASES = 30          # tokens from the first verb phrase's verb to the conjunction


class _Finder(Protocol):
    """What :func:`reached_subject` asks of the speaker finder (an ExpressionReader)."""

    def subject_before(self, sid: int, c: int) -> Expr | None: ...

    def np_ending_at(self, sid: int, e: int) -> Expr | None: ...

    def open_flags(self, sid: int) -> list[bool]: ...


def _opens_clause(texts: Sequence[str], k: int, start: int) -> bool:
    """True when a clause may begin at token ``k``: the sentence start, a comma or dash, or a conjunction."""
    return k == start or texts[k - 1] in _BREAKS or normalize(texts[k - 1]) in _OPENERS


def _opens_sentence(texts: Sequence[str], k: int, start: int) -> bool:
    """True when a subject at ``k`` opens its sentence or follows a conjunction: not after a
    comma ("One after another, mining companies, including X, declared ..."), where the
    words before would be read as what was said."""
    return k == start or normalize(texts[k - 1]) in _OPENERS


def pronoun_subject(texts: Sequence[str], end: int, *, start: int = 0) -> tuple[int, int] | None:
    """A "they" or "it" subject ending right before token ``end`` that opens a clause.

    Parameters
    ----------
    texts : sequence of str
        The token texts of one sentence.
    end : int
        Where the subject ends (see :func:`discourse.bare_subjects.subject_end`).
    start : int, default=0
        The first token a subject may start at (after a dateline).

    Returns
    -------
    tuple of int or None
        ``(first, last)`` token indexes of the pronoun, or None.

    Examples
    --------
    >>> pronoun_subject("But they insisted that talks would go on .".split(), 2)
    (1, 2)
    >>> pronoun_subject("The plan that they said would fail .".split(), 4) is None
    True
    """
    k = end - 1
    if k < start or uncontracted(normalize(texts[k])) not in _BODY_PRONOUNS or not _opens_clause(texts, k, start):
        return None
    return k, end


def relative_pronoun(texts: Sequence[str], end: int, *, start: int = 0) -> tuple[int, int] | None:
    """The relative pronoun (with its quantifier) ending before ``end``, after the comma or
    dash that closes its antecedent: ", which said", ", who argued", ", many of whom say".

    Returns
    -------
    tuple of int or None
        ``(first, break)``: the first token of the relative phrase and the index of
        the comma or dash before it (the antecedent ends there), or None.

    Examples
    --------
    >>> relative_pronoun("The army , which denied it , met .".split(), 4)
    (3, 2)
    >>> relative_pronoun("Families , many of whom say so , met .".split(), 5)
    (2, 1)
    >>> relative_pronoun("He said which road was safe .".split(), 3) is None
    True
    """
    k = end - 1
    if k <= start or normalize(texts[k]) not in _RELATIVES | {"whom"}:
        return None
    first = k
    if normalize(texts[k]) == "whom":
        if k - 2 <= start or normalize(texts[k - 1]) != "of" or normalize(texts[k - 2]) not in _QUANTIFIERS:
            return None
        first = k - 2                       # "many of whom", "most of whom"
    if first - 1 <= start or texts[first - 1] not in _BREAKS:
        return None
    return first, first - 1


def opens_with_noun_phrase(texts: Sequence[str], first: int, *, start: int = 0) -> bool:
    """True when a noun phrase at ``first`` opens the sentence (after a dateline): it
    starts at ``start`` with a determiner, an adjective, a noun or a number, not with a
    preposition, a verb or a "wh"-word ("At a June rally ...", "Does the candidate ...").

    Examples
    --------
    >>> opens_with_noun_phrase("Protest leaders were angered".split(), 0)
    True
    >>> opens_with_noun_phrase("At a rally in Ohio".split(), 0), opens_with_noun_phrase("Does the envoy".split(), 0)
    (False, False)
    """
    if first != start or first >= len(texts):
        return False
    word = texts[first]
    tag = _brill().get(word) or _brill().get(word.lower()) or ("NNP" if word[:1].isupper() else "")
    return tag.startswith(_NP_OPENING_TAGS) and normalize(word) not in _RELATIVES


def _is_number(text: str) -> bool:
    """A number as written: "10", "21,000", "six", "Thirty-one"."""
    parts = normalize(text).split("-")
    return text.replace(",", "").isdigit() or all(w in _NUMBERS | _TENS for w in parts)


def _is_fraction(text: str) -> bool:
    """A fraction word: "half", "a third" (its noun), "two-thirds", "three-fourths"."""
    parts = normalize(text).split("-")
    return parts[-1] in _FRACTIONS and all(_is_number(w) for w in parts[:-1])


def _words_from(texts: Sequence[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The index after the longest phrase of ``phrases`` starting at ``i`` (``i`` when none does)."""
    for n in (3, 2, 1):
        if tuple(normalize(t) for t in texts[i:i + n]) in phrases:
            return i + n
    return i


def _all_but(texts: Sequence[str], k: int) -> bool:
    """True when ``texts[k]`` is the "but" of "all but two"."""
    return k > 0 and normalize(texts[k]) == "but" and normalize(texts[k - 1]) == "all"


def _quantity_core(texts: Sequence[str], i: int, end: int) -> int | None:
    """The index after a quantity starting at ``i`` ("9 percent", "six in 10", "a third",
    "most", "all but two", "a majority"), or None."""
    word = normalize(texts[i])
    if word in ("a", "the"):            # "a third", "the majority"; not "the most telling", "the third"
        return i + 2 if i + 1 < end and ((word == "a" and _is_fraction(texts[i + 1])) or
                                         normalize(texts[i + 1]) in _GROUP_SIZES) else None
    if word == "all" and i + 2 < end and normalize(texts[i + 1]) == "but" and _is_number(texts[i + 2]):
        return i + 3                    # "all but two"
    if _is_number(texts[i]):
        k = i + 1
        if k < end and normalize(texts[k]) in _PERCENT:
            return k + 1                # "9 percent", "26 %"
        if k + 1 < end and normalize(texts[k]) in ("in", "of") and _is_number(texts[k + 1]):
            return k + 2                # "six in 10", "three of four"
        if k + 2 < end and (normalize(texts[k]), normalize(texts[k + 1])) == ("out", "of") and _is_number(texts[k + 2]):
            return k + 3                # "nine out of 10"
        if k < end and _is_fraction(texts[k]):
            return k + 1                # "two thirds"
        return k if not texts[i].isdigit() or texts[i].count(",") else None   # "Two of the men"; not "2024"
    if (_is_fraction(texts[i]) and ("-" in word or word == "half")) or \
            (word in _QUANTIFIERS | _GROUP_SIZES and not _is_fraction(texts[i])):
        return i + 1                    # "three-fourths", "most", "majorities"; not a bare "third"
    return None


def quantity_subject(texts: Sequence[str], end: int, *, start: int = 0) -> tuple[int, int] | None:
    """A quantity of people as the subject ending before ``end``: "Six in 10", "Some",
    "Most of them", "About 9 percent", "More than half of respondents in the poll",
    "Thirty-one percent of those surveyed" (poll copy: the speaker as written).

    The phrase opens a clause and reads: words that scale a number ("about", "more
    than", "at least"), a quantity, then the people counted ("of those surveyed",
    "Democratic voters").

    Returns
    -------
    tuple of int or None
        ``(first, end)``, or None when no quantity opens a clause right before ``end``.

    Examples
    --------
    >>> quantity_subject("Six in 10 said they would vote .".split(), 3)
    (0, 3)
    >>> quantity_subject("Most of them said no deal was near .".split(), 3)
    (0, 3)
    >>> quantity_subject("But about 9 percent said they had no preference .".split(), 4)
    (1, 4)
    >>> quantity_subject("The talks in 2024 said little .".split(), 4) is None
    True
    """
    if end <= start:
        return None
    def opens(k: int) -> bool:
        return (_opens_clause(texts, k, start) or texts[k - 1] == ":") and not _all_but(texts, k - 1)

    first = end - 1
    while first > start and end - first < _MAX_QUANTITY and not opens(first):
        first -= 1
    if not opens(first):
        return None
    i = first
    while True:                         # "about", "more than", "at least", "as many as"
        k = _words_from(texts, i, _SCALERS)
        if k == i or k >= end:
            break
        i = k
    core = _quantity_core(texts, i, end)
    if core is None:
        return None
    rest = texts[core:end]
    if rest and normalize(rest[0]) == "of":
        rest = rest[1:]
        if not rest:
            return None
    elif rest and (_is_number(texts[i]) and normalize(texts[i + 1]) not in _PERCENT and core == i + 1):
        return None                     # "Two soldiers said": a bare number before a noun is read elsewhere
    if not all(_counted_word(texts, k) for k in range(end - len(rest), end)):
        return None                     # "Most of the talks stalled, and ...": not people counted
    head = end - 1
    while head > end - len(rest) and normalize(texts[head]) in _AFTER_HEADS:
        head -= 1                       # "Democratic voters overall"
    if rest and not _counted_head(texts[head]):
        return None                     # "One of the central claims": "central" heads no people
    return first, end


def _counted_head(text: str) -> bool:
    """True when ``text`` may end the phrase of people a quantity counts: a noun, a
    participle ("those surveyed"), a pronoun ("them"), a number or a per cent sign."""
    if text in _PERCENT_SIGNS or _is_number(text) or normalize(text) in _OWNERS:
        return True
    tag = _brill().get(text) or _brill().get(text.lower())
    return tag is None or tag.startswith("NN") or tag == "VBN"


def _counted_word(texts: Sequence[str], k: int) -> bool:
    """True when ``texts[k]`` may belong to the people a quantity counts: a noun-phrase
    word, a slash between words ("CNN/ORC"), a participle ("those surveyed"), not a verb."""
    t = texts[k]
    if t == "/":
        return 0 < k < len(texts) - 1
    if t in _PERCENT_SIGNS:
        return True
    if not t.replace("-", "").replace(".", "").replace("'", "").replace(",", "").isalnum() and t != "'s":
        return False
    tag = _brill().get(t) or _brill().get(t.lower()) or ""
    return not (t.islower() and tag in ("VBD", "VBZ", "VBP", "MD") and normalize(texts[k - 1]) not in ("those",))


def affinity_subject(texts: Sequence[str], end: int, *, start: int = 0) -> tuple[int, int] | None:
    """People described by whom they stand with, ending before ``end``: "Sources close to
    the junta", "Those close to him", "two officials familiar with the talks".

    Returns
    -------
    tuple of int or None
        ``(first, end)``, or None.

    Examples
    --------
    >>> affinity_subject("Sources close to the junta said so .".split(), 5)
    (0, 5)
    >>> affinity_subject("He came close to the border said one .".split(), 5) is None
    True
    """
    for a in range(end - 3, max(start, end - 2 - _MAX_OBJECT) - 1, -1):
        if (normalize(texts[a]), normalize(texts[a + 1])) not in _AFFINITIES:
            continue
        obj = texts[a + 2:end]
        if not obj or not all(t.replace("-", "").replace(".", "").isalnum() or t == "'s" for t in obj):
            return None
        head = a - 1
        if head < start or normalize(texts[head]) not in _AFFINITY_HEADS:
            return None
        first = head
        while first > start and head - first < 3 and texts[first - 1].replace("-", "").isalnum() and \
                not _opens_clause(texts, first, start):
            first -= 1                      # "two senior officials", "Some of those"
        return (first, end) if _opens_clause(texts, first, start) else None
    return None


def _person(expr: Expr) -> bool:
    """True for a name or a person mention: what an apposition before a cue may describe."""
    return expr.kind == "name" or (expr.mention is not None and expr.mention.type == "person")


def inserted_phrase(texts: Sequence[str], end: int, *, start: int = 0) -> int | None:
    """The index of the comma or dash that opens an inserted phrase closed right before
    ``end`` ("Many speakers - including imams and priests - said", "veterans at the
    rallies, including Mr. Roe, said"), else None. The phrase opens with "including",
    "like", "such as", "among them" or "for instance".

    Examples
    --------
    >>> inserted_phrase("Many speakers - including imams and priests - said".split(), 8)
    2
    >>> inserted_phrase("Ruto , the president , said".split(), 5) is None
    True
    """
    close = end - 1
    if close <= start or texts[close] not in _BREAKS:
        return None
    for o in range(close - 2, max(start, close - _MAX_INSERTED) - 1, -1):
        if texts[o] in _BREAKS and (texts[o] == texts[close] or texts[close] == ","):
            words = [normalize(t) for t in texts[o + 1:o + 3]]
            if words and (words[0] in _INSERTING or tuple(words) in _INSERTING_PAIRS) and o > start:
                return o
            if texts[o] == texts[close]:
                return None
    return None


def _people(texts: Sequence[str], expr: Expr) -> bool:
    """True when ``expr`` reads as people, not as a body or a document: a person mention,
    or a plural common noun ("non-white voters"), which a "which" does not refer to."""
    if expr.mention is not None:
        return expr.mention.type == "person"
    head = texts[expr.last - 1]
    return head.islower() and head.endswith("s")


def _phrase_verb(texts: Sequence[str], k: int) -> bool:
    """True when ``texts[k]`` may be the verb of a verb phrase: a finite verb or a
    participle by its tag ("met", "says", "has served"), or an -ed word the lexicon does
    not know ("emailed"); not an infinitive ("to meet")."""
    word = texts[k]
    if not (word.isalpha() and word.islower()) or (k > 0 and normalize(texts[k - 1]) == "to"):
        return False
    tag = _brill().get(word)
    return tag in _PHRASE_VERB_TAGS or (tag is None and word.endswith("ed"))


def _noun_form(word: str) -> bool:
    """True for a cue word in its noun form ("demand", "report", "claims"; not "warning",
    "called"): after "and" it joins a noun phrase ("... turned to gas and demand from China
    cooled"), not a verb phrase."""
    return _brill().get(word) in ("NN", "NNS") and not word.endswith(("ing", "ed"))


def _verb_subject(finder: _Finder, sid: int, texts: Sequence[str], verb: int, start: int) -> Expr | None:
    """The subject of the verb at ``texts[verb]`` when it opens a clause: a name, a listed
    actor, a pronoun or a bare noun phrase right before it (auxiliaries and adverbs may
    stand between); None when none does or the verb is a passive."""
    end = subject_end(texts, verb, start=start)
    if end is None or end <= start:
        return None
    word = uncontracted(normalize(texts[end - 1]))
    if word in _NOMINATIVE and (_opens_clause(texts, end - 1, start) or normalize(texts[end - 2]) in _TIME_ADVERBS):
        return Expr(end - 1, end, "pronoun" if word in ("he", "she") else word)
    span = pronoun_subject(texts, end, start=start)         # "..., it rejected the plan and said"
    if span is not None:
        return Expr(span[0], span[1], word)
    expr = finder.subject_before(sid, end)
    if expr is None or expr.kind in ("they", "it"):
        span = bare_subject(texts, verb, start=start)
        expr = Expr(span[0], span[1], "unnamed") if span is not None else None
    if expr is None or not _opens_clause(texts, expr.first, start):
        return None                         # "survivors of the fire and relatives of the people killed"
    return expr


def verb_phrase_subject(finder: _Finder, sid: int, texts: Sequence[str], cue: int, end: int, *,
                        start: int = 0) -> Expr | None:
    """The subject of a cue whose verb phrase is joined to an earlier one by the "and" or
    "but" right before ``end``: "The envoy met the families on Thursday and said ...",
    "Minutes later they reversed themselves, reopened the hall and said ...", "when Ruto
    thanked the crowd and said ..." (``cue``: the cue's index).

    The verb phrases are read back from the conjunction, over commas but not over a
    semicolon, a colon, a bracket or a quotation; the subject is that of the nearest verb
    whose subject opens a clause (or, for "he", "she", "they", "we", follows a time adverb:
    "Minutes later they ..."). A passive
    before ("was arrested and charged with ...") gives no subject: the cue is passive too;
    nor does a cue that ends its clause ("furrowed his brow and said, "...""): the quotation
    after it is read with its own attribution; nor a cue in its noun form ("and demand from
    China cooled").

    Returns
    -------
    Expr or None
        The subject as the finder reads it (a bare noun phrase: kind ``unnamed``), or None.

    Examples
    --------
    >>> from discourse.expressions import Expr
    >>> class Reader:                   # a finder that knows no names
    ...     def subject_before(self, sid, c): return None
    ...     def open_flags(self, sid): return [True] * 40
    >>> words = "The Kenyan delegate met the families on Thursday and said the talks failed .".split()
    >>> verb_phrase_subject(Reader(), 0, words, 9, 9)
    Expr(first=0, last=3, kind='unnamed', mention=None)
    >>> verb_phrase_subject(Reader(), 0, "He was arrested on Monday and charged with murder .".split(), 6, 6) is None
    True
    """
    conj = end - 1
    if conj <= start or normalize(texts[conj]) not in _VERB_JOINTS or \
            cue + 1 >= len(texts) or texts[cue + 1] in _CLAUSE_ENDS or _noun_form(texts[cue]):
        return None
    is_open = finder.open_flags(sid)
    for v in range(conj - 1, max(start, conj - _MAX_VERB_PHRASES) - 1, -1):
        if texts[v] in _PHRASE_STOPS or not is_open[v]:
            return None
        if not _phrase_verb(texts, v):
            continue
        if subject_end(texts, v, start=start) is None:
            return None                     # "was arrested and charged with": a passive, no speaker
        expr = _verb_subject(finder, sid, texts, v, start)
        if expr is not None:
            return expr if all(is_open[j] for j in range(expr.first, expr.last)) else None
    return None


def reached_subject(finder: _Finder, sid: int, texts: Sequence[str], cue: int, *,
                    start: int = 0) -> Expr | None:
    """The source of the cue at ``texts[cue]`` that the finder's own reading missed.

    Parameters
    ----------
    finder : ExpressionReader
        The document's speaker finder (:class:`discourse.speakers.SpeakerFinder`).
    sid : int
        The sentence.
    texts : sequence of str
        The token texts of sentence ``sid``.
    cue : int
        Index of the cue verb.
    start : int, default=0
        The first token a subject may start at (after a dateline).

    Returns
    -------
    Expr or None
        The subject behind auxiliaries, negation or adverbs (as the finder reads
        it there), a "they"/"it" pronoun (kind ``they``/``it``), the antecedent
        of a relative pronoun, a quantity or people close to someone (kind
        ``unnamed``), or the subject of the verb phrase the cue is joined to;
        None when the cue is passive or none of these stands before it.
    """
    end = subject_end(texts, cue, start=start)
    if end is None or end <= start:
        return None
    is_open = finder.open_flags(sid)
    if end < cue:
        expr = finder.subject_before(sid, end)
        if expr is not None and (texts[end - 1] != "," or _person(expr)):
            return expr                     # an apposition names a person: not "X, speaking in Y, did not"
    # right after a comma the reader takes the words before as the content ('..., said X'): only a dash there
    opening = inserted_phrase(texts, end, start=start) if end < cue or texts[end - 1] != "," else None
    if opening is not None:             # "Many speakers at the service - including ... - said"
        expr = finder.subject_before(sid, opening)
        if expr is not None and _opens_sentence(texts, expr.first, start):
            return expr                     # not the place that ends the subject: "... at the vigil in Gaza -"
        span = bare_subject(texts, opening, start=start)
        return Expr(span[0], span[1], "unnamed") if span is not None and _opens_sentence(texts, span[0], start) \
            and all(is_open[j] for j in range(*span)) else None
    span = pronoun_subject(texts, end, start=start)
    if span is not None and is_open[span[0]]:
        return Expr(span[0], span[1], uncontracted(normalize(texts[span[0]])))     # "they", "They've"
    rel = relative_pronoun(texts, end, start=start)
    if rel is not None and is_open[rel[0]]:
        expr = finder.subject_before(sid, rel[0]) or finder.np_ending_at(sid, rel[1])
        if expr is not None and normalize(texts[rel[0]]) == "which" and _people(texts, expr):
            return None                     # "voters, which describes ...": "which" is no person's
        return expr
    span = quantity_subject(texts, end, start=start) or affinity_subject(texts, end, start=start)
    if span is not None and all(is_open[j] for j in range(*span)):
        return Expr(span[0], span[1], "unnamed")
    return verb_phrase_subject(finder, sid, texts, cue, end, start=start)
