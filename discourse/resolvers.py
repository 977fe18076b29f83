"""Mention -> speaker: the second stage of attribution, as an ordered list of resolvers.

The first stage (:mod:`discourse.sieves`) finds the expression that names
who speaks a quote. This stage turns it into a :class:`Speaker`. Each
resolver reads one kind of expression (see :mod:`discourse.expressions`),
and either decides (returns a Speaker) or passes (returns None) to the next
one that reads the same kind; they are tried in the order of
:data:`RESOLVERS`. The ``speaker_kind`` column of the quote tables says how
the speaker was resolved:

==================  ==============================================  ============
resolver            example                                         speaker_kind
==================  ==============================================  ============
lexicon_person      "Barrot replied", "said Rob Bauer"              person
office_holder       "the French foreign minister said" (dated)      role
unheld_role         "the official said" (no holder in the lexicon)  role
named_actor         "Le Monde reported", "the Kremlin said"         actor
named_body          "the General Staff said"                        name
surname             "Lai said" after "Lai Ching-te"                 name
unlisted_name       "said John Smith, a Pentagon spokesman"         name
coordination        "France and Germany said"                       unnamed
described_source    "an official in one Western capital said"       unnamed
plural_pronoun      "they said" after "residents said"              pronoun
body_pronoun        "it said" after "UNHCR said"                    pronoun
person_pronoun      "he said": the last compatible person           pronoun
source_of           "a statement from the Kremlin"                  as the source
back_reference      "the group said" after "Hamas said"             actor
unnamed_source      "senior Western officials said"                 unnamed
==================  ==============================================  ============

An expression that no resolver decides gives no speaker: the quote keeps an
empty speaker rather than a guess.

Examples
--------
>>> [r.name for r in RESOLVERS][:3]
['lexicon_person', 'office_holder', 'unheld_role']
>>> resolver_table().columns.tolist()
['order', 'resolver', 'reads', 'summary']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pandas as pd

from .bare_subjects import bare_subject
from .expressions import _ANON_HEADS, _BODY_HEADS, _Expr, _PP_HEADS, _PRONOUNS
from .names import _brill, normalize, split_title, uncontracted
from .speaker_words import speaker_words

__all__ = ["Speaker", "Reading", "Resolver", "RESOLVERS", "resolve", "resolver_table"]

_COMPANY_HEADS = speaker_words().company_heads   # "Europe's largest arms maker" speaks for itself
_PERSON_HEADS = speaker_words().person_heads     # "a Ukrainian soldier ... He said" -> the soldier


class Speaker(NamedTuple):
    """Who speaks: as named in the text, and the actor their words count for."""

    name: str
    actor: str | None
    kind: str       # person | role | actor | name | pronoun | unnamed
    start: int      # character offsets of the expression the speaker was read from:
    end: int        # text[start:end] is the pronoun, title or name


class Reading(NamedTuple):
    """An expression to resolve, with where it is: what every resolver is given."""

    sid: int        # the sentence
    expr: _Expr
    start: int      # character offsets of the expression
    end: int
    text: str       # the expression as written


class Resolver(NamedTuple):
    """A named resolver: ``decide(finder, reading)`` returns a Speaker, or None to pass."""

    name: str
    reads: tuple[str, ...]      # the expression kinds it is tried on
    decide: Callable[[Any, Reading], "Speaker | None"]

    @property
    def summary(self) -> str:
        doc = (self.decide.__doc__ or "").strip()
        return doc.split("\n\n")[0].replace("\n", " ")


# -- mentions of the actor lexicon ---------------------------------------------------------
def lexicon_person(finder, r: Reading) -> Speaker | None:
    """A person the actor lexicon lists, by name or surname: the full name, with their side."""
    m = r.expr.mention
    if m.type == "person" and m.actor and m.kind != "role":
        return Speaker(m.actor, m.affiliation, "person", r.start, r.end)
    return None


def office_holder(finder, r: Reading) -> Speaker | None:
    """A role ("the US president") resolved to its holder on the document's date."""
    m = r.expr.mention
    if m.type == "person" and m.actor and m.kind == "role":
        return Speaker(m.actor, m.affiliation, "role", r.start, r.end)
    return None


def unheld_role(finder, r: Reading) -> Speaker | None:
    """A role without a listed holder ("the official"): as written, with the side its
    description gives, and remembered as a pronoun's antecedent."""
    m = r.expr.mention
    if m.kind != "role":
        return None
    actor = finder._descriptive_actor(r.sid, r.expr, m.affiliation)
    finder.memory.remember(r.start, r.text, actor)     # an unnamed person: a pronoun's antecedent
    return Speaker(r.text, actor, "role", r.start, r.end)


def named_actor(finder, r: Reading) -> Speaker | None:
    """A state, organisation, group or outlet of the lexicon ("the Kremlin", "Le Monde"), as named."""
    m = r.expr.mention
    shown = r.text[4:] if r.text.lower().startswith("the ") and m.type != "media" else r.text
    return Speaker(shown, m.actor, "actor", r.start, r.end)


# -- names the lexicon does not list -------------------------------------------------------
def _name_words(finder, r: Reading) -> tuple[list[str], int]:
    """The words of a name span and the index where the name proper starts after its title;
    "Senator Roger Wicker of Mississippi" ends at "Wicker"."""
    words = [t.text for t in finder.seg.tokens[r.sid][r.expr.first:r.expr.last]]
    k = split_title(words)
    of = next((i for i in range(k + 2, len(words)) if words[i] == "of"), None)
    if of is not None and not any(normalize(w) in _BODY_HEADS for w in words[:of]):
        words = words[:of]
    return words, k


def _is_body(words: list[str], k: int) -> bool:
    return any(normalize(w) in _BODY_HEADS for w in words[k:])


def named_body(finder, r: Reading) -> Speaker | None:
    """An unlisted name of a body ("General Staff", "Kyiv School of Economics"), with the
    actor of its title."""
    words, k = _name_words(finder, r)
    if not _is_body(words, k):
        return None
    return Speaker(" ".join(words), finder._title_actor(r.sid, r.expr.first, r.expr.first), "name", r.start, r.end)


def _person_by_name(finder, r: Reading, full: str, k: int) -> Speaker:
    """An unlisted person named ``full``: their side read from the title, a role phrase in
    apposition, an appositive, what was learnt of them before, a body named earlier, a
    national title's dateline or context, or the role the paragraph before gave."""
    sid, expr = r.sid, r.expr
    memory = finder.memory
    actor = (finder._title_actor(sid, expr.first, expr.first + k)
             or finder._preceding_role_actor(sid, expr.first) or finder.appositive_actor(sid, expr.last)
             or memory.known_actor.get(full) or finder._title_body_actor(sid, expr.first, r.start)
             or finder.national_title_actor(sid, expr.first + k)
             or (finder.lede_role_actor(sid, expr.first, expr.last) if k == 0 else None))
    if actor:
        memory.known_actor.setdefault(full, actor)
    memory.remember(r.start, full, actor)
    return Speaker(full, actor, "name", r.start, r.end)


def surname(finder, r: Reading) -> Speaker | None:
    """One unlisted word after a title, or alone, joined to the full name that ends with it
    earlier or later in the text: "Lai" -> "Lai Ching-te"."""
    words, k = _name_words(finder, r)
    if _is_body(words, k) or len(words) - k != 1:
        return None
    full = finder.memory.full_names.get(normalize(words[-1]))
    return _person_by_name(finder, r, full, k) if full is not None else None


def unlisted_name(finder, r: Reading) -> Speaker | None:
    """An unlisted name, without its title: "Pentagon spokesman John Smith" -> John Smith."""
    words, k = _name_words(finder, r)
    if _is_body(words, k):
        return None
    return _person_by_name(finder, r, " ".join(words[k:]), k)


# -- several speakers, unnamed speakers ----------------------------------------------------
def coordination(finder, r: Reading) -> Speaker | None:
    """Several actors as one subject ("France and Germany"): no one actor; remembered for "they"."""
    return finder.memory.remember_plural(Speaker(r.text, None, "unnamed", r.start, r.end))


def described_source(finder, r: Reading) -> Speaker | None:
    """An unnamed speaker with a prepositional phrase: the side is in the head, not the place
    after it ("an official in Kyiv"), or after "for"/"of" ("a spokesperson for the group")."""
    sid, expr = r.sid, r.expr
    tokens = finder.seg.tokens[sid]
    head_end = next(k for k in range(expr.first, expr.last) if normalize(tokens[k].text) in _PP_HEADS)
    actor = (expr.mention.affiliation if expr.mention is not None else None) or \
        finder._mention_actor(sid, expr.first, head_end)
    if actor is None and normalize(tokens[head_end].text) in ("for", "of"):
        referent = finder.memory.back_reference(sid, head_end + 1)
        actor = referent.affiliation if referent is not None else \
            finder._mention_actor(sid, head_end + 1, expr.last)
    actor = finder._descriptive_actor(sid, _Expr(expr.first, head_end, "unnamed"), actor)
    finder.memory.remember(r.start, r.text, actor)
    head = normalize(tokens[head_end - 1].text)
    return _maybe_plural(finder, Speaker(r.text, actor, "unnamed", r.start, r.end), head)


def _maybe_plural(finder, speaker: Speaker, head: str) -> Speaker:
    """Remember a speaker with a plural head ("officials") for a later "they said"."""
    return finder.memory.remember_plural(speaker) if head.endswith("s") and head in _ANON_HEADS else speaker


# -- pronouns ------------------------------------------------------------------------------
def plural_pronoun(finder, r: Reading) -> Speaker | None:
    """ "they": the plural speaker read last, in this sentence or the two before it, or the
    people whose plural noun opens the sentence before ("Rebel commanders met in Goma. They
    said"), whichever is closer."""
    found = [s for s in (finder.memory.they(r.sid, r.start), _plural_subject_before(finder, r.sid)) if s is not None]
    referent = max(found, key=lambda s: s.start) if found else None      # the closer of the two
    return referent._replace(kind="pronoun", start=r.start, end=r.end) if referent else None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})     # "fled" is tagged VBN
_MAX_SUBJECT_WORDS = 12
_HEAD_ENDS = frozenset({"of", "in", "from", "at", "on", "for", "with", "near", "across", "who", "that"})


def _plural_subject_before(finder, sid: int) -> Speaker | None:
    """The people that open the sentence before ``sid`` as the subject of its first verb, when
    a plural noun of people heads them ("Rebel commanders from the east", "Democrats"): as
    written, with the actor their words name; else None ("The talks collapsed": no people)."""
    prev = sid - 1
    if prev < 0:
        return None
    tokens = finder.seg.tokens[prev]
    texts = [t.text for t in tokens]
    start = finder.dateline_end(prev)
    verb = next((k for k in range(start + 1, min(len(texts), start + _MAX_SUBJECT_WORDS))
                 if texts[k].islower() and _brill().get(texts[k]) in _FINITE_TAGS), None)
    span = bare_subject(texts, verb, start=start) if verb is not None else None
    if span is None or span[0] != start:
        return None
    last = next((k for k in range(span[0] + 1, span[1]) if normalize(texts[k]) in _HEAD_ENDS), span[1])
    head = texts[last - 1]                  # "Residents of El Fasher": residents
    if not ((head.endswith("s") and normalize(head) in _ANON_HEADS) or _brill().get(head) == "NNPS"):
        return None
    first, last = tokens[span[0]].start, tokens[span[1] - 1].end
    return Speaker(finder.seg.text[first:last], finder._mention_actor(prev, span[0], span[1]), "unnamed", first, last)


def body_pronoun(finder, r: Reading) -> Speaker | None:
    """ "it": the organisation, group or outlet named last in this sentence or the two before
    it (a state only when no body is)."""
    referent = finder.memory.last_actor_before(r.sid, r.start)
    return Speaker(referent.actor, referent.affiliation, "pronoun", r.start, r.end) if referent else None


def person_pronoun(finder, r: Reading) -> Speaker | None:
    """ "he", "she": the nearest compatible person in its sentence, else the first of the closest
    earlier sentence that names one."""
    gender = _PRONOUNS[uncontracted(normalize(finder.seg.tokens[r.sid][r.expr.first].text))]   # "She'd"
    person = finder.memory.antecedent(r.start, gender)
    return Speaker(person[0], person[1], "pronoun", r.start, r.end) if person else None


# -- unnamed speakers ----------------------------------------------------------------------
def source_of(finder, r: Reading) -> Speaker | None:
    """A channel and its source: "a statement from the Kremlin" -> the Kremlin."""
    sid, k = r.sid, r.expr.last
    tokens = finder.seg.tokens[sid]
    if k >= len(tokens) or normalize(tokens[k].text) not in ("from", "by", "of"):
        return None
    inner = finder.expr_starting_at(sid, k + 1)
    if inner is None or inner.kind == "pronoun":
        return None
    speaker = resolve(finder, sid, inner)
    if speaker is None or not (speaker.actor or speaker.kind in ("person", "name")):
        return None
    return speaker


def back_reference(finder, r: Reading) -> Speaker | None:
    """A definite description of an actor's type: "Hamas said ... the group said" -> the group, for Hamas."""
    if r.expr.last - r.expr.first != 2:
        return None
    referent = finder.memory.back_reference(r.sid, r.expr.first)
    return Speaker(r.text, referent.affiliation, "actor", r.start, r.end) if referent is not None else None


def unnamed_source(finder, r: Reading) -> Speaker | None:
    """An unnamed source as written ("senior Western officials"), with the side its words name,
    else that of an earlier description with the same head, else the scene's."""
    sid, expr = r.sid, r.expr
    head = normalize(finder.seg.tokens[sid][expr.last - 1].text)
    own = None if head in _COMPANY_HEADS else finder._mention_actor(sid, expr.first, expr.last)
    actor = finder._descriptive_actor(sid, expr, own)   # "Europe's largest arms maker" speaks for itself
    if head in _PERSON_HEADS:          # "a Ukrainian soldier ... told X. He said ..." -> the soldier
        finder.memory.remember(r.start, r.text, actor)
    return _maybe_plural(finder, Speaker(r.text, actor, "unnamed", r.start, r.end), head)


#: Resolvers in the order they are tried; each is tried only on the kinds it reads.
RESOLVERS: tuple[Resolver, ...] = (
    Resolver("lexicon_person", ("mention",), lexicon_person),
    Resolver("office_holder", ("mention",), office_holder),
    Resolver("unheld_role", ("mention",), unheld_role),
    Resolver("named_actor", ("mention",), named_actor),
    Resolver("named_body", ("name",), named_body),
    Resolver("surname", ("name",), surname),
    Resolver("unlisted_name", ("name",), unlisted_name),
    Resolver("coordination", ("coordination",), coordination),
    Resolver("described_source", ("described",), described_source),
    Resolver("plural_pronoun", ("they",), plural_pronoun),
    Resolver("body_pronoun", ("it",), body_pronoun),
    Resolver("person_pronoun", ("pronoun",), person_pronoun),
    Resolver("source_of", ("unnamed",), source_of),
    Resolver("back_reference", ("unnamed",), back_reference),
    Resolver("unnamed_source", ("unnamed",), unnamed_source),
)


def resolve(finder, sid: int, expr: _Expr | None) -> Speaker | None:
    """Run the resolvers that read ``expr``'s kind in order; the first that decides names the speaker.

    Parameters
    ----------
    finder : SpeakerFinder
        The document's finder (:class:`discourse.speakers.SpeakerFinder`).
    sid : int
        The sentence of the expression.
    expr : Expr or None

    Returns
    -------
    Speaker or None
        None when ``expr`` is None or no resolver decides.
    """
    if expr is None:
        return None
    tokens = finder.seg.tokens[sid]
    start, end = tokens[expr.first].start, tokens[expr.last - 1].end
    reading = Reading(sid, expr, start, end, finder.seg.text[start:end])
    for resolver in RESOLVERS:
        if expr.kind in resolver.reads:
            speaker = resolver.decide(finder, reading)
            if speaker is not None:
                return speaker
    return None


def resolver_table() -> pd.DataFrame:
    """The resolvers in order: ``order``, ``resolver``, ``reads`` (expression kinds), ``summary``.

    Examples
    --------
    >>> resolver_table().head(2)[["order", "resolver"]].values.tolist()
    [[1, 'lexicon_person'], [2, 'office_holder']]
    """
    rows = [(i + 1, r.name, ", ".join(r.reads), r.summary) for i, r in enumerate(RESOLVERS)]
    return pd.DataFrame(rows, columns=["order", "resolver", "reads", "summary"])
