"""Actors: the lexicon of who can speak or be spoken about, and where texts name them.

The actor lexicon is YAML (format in ``discourse/lexicons/actors.yaml``, data
card ``actors.md``): canonical names with a type, aliases and metonyms
("Kremlin" -> Russia), demonyms ("French" -> France), the ISO 3166-1 alpha-3
``code`` of each state (inherited through ``affiliation`` by everyone tied to
one), and persons with their affiliation, the role nouns a text may use for
them ("the minister") and their dated ``offices``. The packaged lexicon covers
every UN member and observer state plus Taiwan and Kosovo, the international
organisations, the armed and political movements of current conflicts, and
their office-holders (:data:`DEFAULT_ACTOR_FILES`).

:func:`find_mentions` finds, in one document:

* names and aliases, with accents optional and possessives split off
  ("France's", "Jean-Noël"/"Jean-Noel", "Zelensky"/"Zelenskyy");
* demonyms ("French troops" mentions France);
* surname-only repeats ("Barrot" after "Jean-Noel Barrot");
* role references ("the French foreign minister", "the minister", "the
  chairman of the NATO military committee") resolved to the nearest
  compatible person named before, or to the name in apposition, or, given the
  document's date, to the one holder of that office on that day ("the US
  president" in 2024 is Biden, in 2025 Trump); what cannot be resolved keeps
  an empty ``actor``, never a guess.

:func:`unlisted_mentions` reads persons and groups the lexicon does not list
from their titles ("Hamas official Basem Naim" speaks for Hamas); they appear
in the mentions table with kind ``unlisted``.

:func:`candidate_actors` lists names that are not in the lexicon, so that a
researcher can extend it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Union

import pandas as pd

from .corpus import Document
from .datafiles import LineMap, packaged_path, packaged_text, read_yaml, read_yaml_source
from .errors import LexiconError
from .cues import load_cues
from .names import TITLE_WORDS, _brill, is_name_word, name_spans, normalize, split_title
from .text import Segmented, Token, segment_document

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "Office",
    "ActorLexicon",
    "Mention",
    "load_actors",
    "find_mentions",
    "candidate_actors",
    "MENTION_COLUMNS",
    "DEFAULT_ACTOR_FILES",
    "as_date",
    "unlisted_mentions",
]

ACTOR_TYPES = ("state", "organisation", "person", "media", "group")
_ACTOR_KEYS = ("name", "type", "code", "aliases", "demonyms", "affiliation", "role", "roles", "from", "to",
               "offices", "surname", "gender", "description")
_OFFICE_KEYS = ("role", "roles", "from", "to")
_TOP_KEYS = ("version", "role_nouns", "actors")
_GENDERS = ("male", "female")
_DETERMINERS = {"the": "definite", "a": "indefinite", "an": "indefinite"}
_ROLE_MODIFIERS = frozenset({"top", "senior", "former", "late", "ex", "outgoing", "incoming", "new", "current", "acting",
                             "then", "veteran", "influential", "powerful", "government", "military", "defence",
                             "defense", "ministry", "presidential", "administration", "embassy", "deputy"})
_END = "\0"
_PAST_MODIFIERS = frozenset({"former", "outgoing", "then", "late", "ex"})
#: Nouns for a state's own bodies: "Sudan's army", "the Iranian foreign ministry" are the state speaking.
STATE_BODIES = ("army", "military", "armed forces", "government", "authorities", "administration", "cabinet",
                "presidency", "junta", "military junta", "military government", "transitional government",
                "foreign ministry", "defence ministry", "defense ministry", "interior ministry", "health ministry",
                "finance ministry", "ministry of foreign affairs", "ministry of defence", "ministry of defense",
                "foreign office", "embassy", "mission", "delegation", "navy", "air force", "coast guard",
                "police", "security forces", "intelligence", "military intelligence", "intelligence services",
                "presidential office", "leadership")

#: Columns of the frame returned by :func:`find_mentions`.
MENTION_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "actor", "type", "affiliation", "kind", "code"]


@dataclass(frozen=True)
class Office:
    """One term of office of a person: the role nouns it answers to, from ``start`` to ``end``.

    ``end`` is None for an office still held when the lexicon was last checked;
    ``start`` is None when the lexicon does not know it.
    """

    role: str | None
    roles: tuple[str, ...]
    start: date | None = None
    end: date | None = None

    def held_on(self, day: date) -> bool:
        """Whether the office was held on ``day`` (both ends included)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def answers_to(self, role: str) -> bool:
        """Whether a reference with the role noun ``role`` ("defence minister", "minister") can mean this
        office; a vice or deputy office does not answer to the bare noun ("president")."""
        return role in self.roles or any(role == r.split()[-1] and r.split()[0] not in ("vice", "deputy")
                                         for r in self.roles)


@dataclass(frozen=True)
class Actor:
    """One entry of an actor lexicon. See the module docstring and ``actors.yaml`` for the keys.

    ``code`` is the ISO 3166-1 alpha-3 code of a state ("ISR"; Kosovo "XKX").
    Every other actor whose ``affiliation`` leads to a state inherits that
    state's code (Benjamin Netanyahu -> Israel -> "ISR"); an actor with no
    affiliation, or one that leads to an organisation only (UNRWA, Hamas), has
    ``code`` None. ``offices`` are a person's dated terms of office.
    """

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    affiliation: str | None = None
    role: str | None = None
    roles: tuple[str, ...] = ()
    gender: str | None = None
    description: str | None = None
    code: str | None = None
    offices: tuple[Office, ...] = ()
    surname: str | None = None

    @property
    def speaks_for(self) -> str:
        """The actor whose voice this actor's words count for (Barrot -> France)."""
        return self.affiliation if self.type == "person" and self.affiliation else self.name

    def in_office(self, role: str, day: date) -> bool | None:
        """Whether this person held an office answering to ``role`` on ``day``.

        None when the lexicon gives no dated office for that role (unknown),
        so that undated entries are never ruled out by a date.
        """
        dated = [o for o in self.offices if o.answers_to(role) and (o.start or o.end)]
        if not dated:
            return None
        return any(o.held_on(day) for o in dated)


class Mention(NamedTuple):
    """One actor mention inside a document (token indices are per sentence)."""

    sent_id: int
    start: int
    end: int
    actor: str | None
    type: str | None
    affiliation: str | None
    kind: str          # name | surname | demonym | role
    first: int         # index of the first token in the sentence
    last: int          # index after the last token
    code: str | None = None   # ISO 3166-1 alpha-3 of the actor, or of the side of an unresolved role


class _Entry(NamedTuple):
    actor: str
    kind: str                 # name | demonym
    surface: tuple[str, ...]  # tokens as written in the lexicon, for the case check
    checks: tuple[tuple[int, str], ...] = ()   # (position, rule) of the words whose case matters


_CAPITAL, _ACRONYM, _EXACT = "capital", "acronym", "exact"


def _case_checks(surface: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """How each word of a lexicon surface must be written in the text (see :func:`_case_ok`)."""
    checks = []
    for k, want in enumerate(surface):
        if want.isupper() and len(want) > 1 and want.isalpha():          # acronym: US, NATO
            checks.append((k, _ACRONYM))
        elif want.isalpha() and not want[1:].islower():                  # mixed case: LeT, JeM, AfD
            checks.append((k, _EXACT))
        elif want[:1].isupper():
            checks.append((k, _CAPITAL))
    return tuple(checks)


@dataclass(frozen=True)
class ActorLexicon:
    """A validated, immutable actor lexicon.

    Build one with :func:`load_actors`. It shows as a table in a notebook
    (:meth:`to_frame`).

    Attributes
    ----------
    actors : tuple of Actor
    role_nouns : tuple of str
        Office nouns used to read role references ("foreign minister").
    source : str
        The file (or files) it was read from.
    """

    actors: tuple[Actor, ...]
    role_nouns: tuple[str, ...] = ()
    source: str = "<memory>"
    _by_name: dict[str, Actor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name = {a.name: a for a in self.actors}
        actors = tuple(a if a.code or a.name not in by_name else replace(a, code=_inherited_code(a, by_name))
                       for a in self.actors)
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "_by_name", {a.name: a for a in actors})

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> Actor:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"no actor named {name!r} in {self.source}") from None

    def get(self, name: str | None) -> Actor | None:
        return self._by_name.get(name) if name else None

    def to_frame(self) -> pd.DataFrame:
        """One row per actor: name, type, affiliation, role, aliases, demonyms, code (ISO alpha-3, inherited)."""
        return pd.DataFrame(
            [{"name": a.name, "type": a.type, "affiliation": a.affiliation, "role": a.role,
              "aliases": ", ".join(a.aliases), "demonyms": ", ".join(a.demonyms), "code": a.code}
             for a in self.actors],
            columns=["name", "type", "affiliation", "role", "aliases", "demonyms", "code"],
        )

    def _repr_html_(self) -> str:
        counts = Counter(a.type for a in self.actors)
        summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
        return f"<p><b>ActorLexicon</b> from <code>{self.source}</code>: {summary}</p>" + self.to_frame()._repr_html_()

    def __repr__(self) -> str:
        return f"<ActorLexicon: {len(self.actors)} actors from {self.source}>"

    # -- matching indexes (built once, on first use) -----------------------------------
    @cached_property
    def _trie(self) -> dict:
        trie: dict = {}
        for actor in self.actors:
            for surface, kind in ([(actor.name, "name")] + [(a, "name") for a in actor.aliases]
                                  + [(d, "demonym") for d in actor.demonyms]):
                words = tuple(t.text for t in _tokens_of(surface))
                node = trie
                for w in words:
                    node = node.setdefault(normalize(w), {})
                node.setdefault(_END, []).append(_Entry(actor.name, kind, words, _case_checks(words)))
        return trie

    @cached_property
    def _role_trie(self) -> dict:
        return _phrase_trie(self.role_nouns)

    @cached_property
    def _holders(self) -> dict[tuple[str, str], tuple[Actor, ...]]:
        """(actor a person is affiliated with, exact role noun) -> persons with a dated office of that role."""
        out: dict[tuple[str, str], list[Actor]] = {}
        for a in self.actors:
            if a.type != "person" or not a.affiliation:
                continue
            for role in dict.fromkeys(r for o in a.offices if o.start or o.end for r in o.roles):
                out.setdefault((a.affiliation, role), []).append(a)
        return {k: tuple(v) for k, v in out.items()}

    def holder(self, of: str, role: str, day: date | datetime | str) -> Actor | None:
        """The one person who held the office ``role`` of actor ``of`` on ``day``, or None.

        Only dated offices count, and the role noun must be one of the office's
        own (``"president"`` is not the vice president). Two holders on one day
        (two spokespersons) give None: the text must name one.

        Examples
        --------
        >>> lex = load_actors()
        >>> lex.holder("United States", "president", "2024-06-01").name
        'Joe Biden'
        >>> lex.holder("United States", "president", "2025-06-01").name
        'Donald Trump'
        """
        when = as_date(day)
        if when is None:
            raise ValueError(f"day {day!r} is not a date; give an ISO date such as 2025-03-01")
        found = [a for a in self._holders.get((of, role.lower()), ())
                 if any(o.held_on(when) and role.lower() in o.roles for o in a.offices)]
        return found[0] if len(found) == 1 else None

    @cached_property
    def _body_trie(self) -> dict:
        return _phrase_trie(STATE_BODIES)

    @cached_property
    def _role_heads(self) -> frozenset[str]:
        """The last word of every role noun ("minister", "spokesperson", "official")."""
        return frozenset(normalize(_tokens_of(noun)[-1].text) for noun in self.role_nouns)

    @cached_property
    def _lower_starts(self) -> frozenset[str]:
        """Every normalised word a mention can start with when it is not capitalised: the first word of a
        name, alias, demonym or role noun, a determiner or a role modifier ("the", "senior", "foreign")."""
        return frozenset(self._trie) | frozenset(self._role_trie) | frozenset(_DETERMINERS) | _ROLE_MODIFIERS

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every word of every role noun, normalised ("foreign", "minister", "spokesman")."""
        return frozenset(normalize(t.text) for noun in self.role_nouns for t in _tokens_of(noun))

    @cached_property
    def _role_sets(self) -> dict[str, frozenset[str]]:
        out = {}
        for a in self.actors:
            if a.type != "person":
                continue
            roles = set(a.roles) | {r.split()[-1] for r in a.roles}
            parent = self.get(a.affiliation)
            if parent is not None and parent.type in ("state", "organisation"):
                roles.add("official")
            out[a.name] = frozenset(roles)
        return out


def _inherited_code(actor: Actor, by_name: Mapping[str, Actor]) -> str | None:
    """The code of the first actor with one along the affiliation chain (a loop ends the search)."""
    seen = {actor.name}
    while actor.affiliation and actor.affiliation not in seen and actor.affiliation in by_name:
        seen.add(actor.affiliation)
        actor = by_name[actor.affiliation]
        if actor.code:
            return actor.code
    return None


@lru_cache(maxsize=4096)
def _phrase_trie(phrases: Iterable[str]) -> dict:
    """A token trie of ``phrases`` (normalised words); each phrase's last node holds it under ``_END``."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for w in _tokens_of(phrase):
            node = node.setdefault(normalize(w.text), {})
        node[_END] = phrase
    return trie


def _tokens_of(surface: str) -> tuple[Token, ...]:
    from .text import tokenize
    return tuple(tokenize(surface))


# ------------------------------------------------------------------------------ loading

def load_actors(
    path: Union[str, Path, Mapping, ActorLexicon, None] = None,
    *,
    extend: bool = False,
) -> ActorLexicon:
    """Load an actor lexicon.

    Parameters
    ----------
    path : str, Path, mapping, ActorLexicon or None, default=None
        A YAML file in the actor-lexicon format, an already parsed mapping,
        or ``None`` for the packaged default lexicon.
    extend : bool, default=False
        If True, the file's actors are added to the default lexicon (an entry
        with the same ``name`` replaces the default one); otherwise the file
        replaces the defaults.

    Returns
    -------
    ActorLexicon

    Raises
    ------
    LexiconError
        For any problem, naming the file and line: unknown keys, missing
        name or type, unknown type, duplicate names, one alias used by two
        actors, an affiliation that names no actor.

    Examples
    --------
    >>> lex = load_actors()
    >>> lex["Jean-Noel Barrot"].speaks_for
    'France'
    """
    if isinstance(path, ActorLexicon):
        return _merge(_default_actors(), path) if extend else path
    if path is None:
        return _default_actors()
    data, lines, source = read_yaml_source(path)
    base = _default_actors() if extend else None
    lexicon = _parse(data, lines, source, base=base)
    return _merge(base, lexicon) if base is not None else lexicon


#: The packaged actor files, in loading order (an affiliation may name an actor of an earlier file).
DEFAULT_ACTOR_FILES = ("actors_states.yaml", "actors_groups.yaml", "actors_organisations.yaml", "actors.yaml",
                       "actors_office_holders.yaml")


@lru_cache(maxsize=1)
def _default_actors() -> ActorLexicon:
    lexicon: ActorLexicon | None = None
    for name in DEFAULT_ACTOR_FILES:
        source = packaged_path(name)
        data, lines = read_yaml(packaged_text(name), source)
        part = _parse(data, lines, source, base=lexicon)
        if lexicon is not None:
            clash = next((a.name for a in part.actors if a.name in lexicon), None)
            if clash is not None:
                raise LexiconError(source, None, f"actor {clash!r} is already listed in another packaged file")
        lexicon = part if lexicon is None else _merge(lexicon, part)
    assert lexicon is not None
    return ActorLexicon(lexicon.actors, lexicon.role_nouns, packaged_path("actors*.yaml"))


def _merge(base: ActorLexicon, extra: ActorLexicon) -> ActorLexicon:
    replaced = {a.name for a in extra.actors}
    actors = tuple(a for a in base.actors if a.name not in replaced) + extra.actors
    roles = tuple(dict.fromkeys(base.role_nouns + extra.role_nouns))
    merged = ActorLexicon(actors, roles, f"{base.source} + {extra.source}")
    _check_aliases(merged.actors, LineMap(), extra.source, {})
    return merged


def _parse(data: Any, lines: LineMap, source: str, *, base: ActorLexicon | None) -> ActorLexicon:
    if not isinstance(data, dict):
        raise LexiconError(source, 1, "an actor lexicon is a mapping with an 'actors:' list; see the README")
    _check_keys(data, _TOP_KEYS, (), lines, source, listed="allowed top-level keys")
    if data.get("version", 1) != 1:
        raise LexiconError(source, lines.of(("version",)), "unsupported version; this discourse reads version 1")
    role_nouns = _string_list(data.get("role_nouns"), ("role_nouns",), lines, source)
    raw_actors = data.get("actors")
    if not isinstance(raw_actors, list) or not raw_actors:
        raise LexiconError(source, lines.of(("actors",)), "'actors' must be a non-empty list of actor entries")
    actors: list[Actor] = []
    first_line: dict[str, int | None] = {}
    for i, raw in enumerate(raw_actors):
        at = ("actors", i)
        if not isinstance(raw, dict):
            raise LexiconError(source, lines.of(at), "each actor must be a mapping with at least 'name' and 'type'")
        _check_keys(raw, _ACTOR_KEYS, at, lines, source, listed="allowed actor keys")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(source, lines.of(at), "actor without a 'name'; every actor needs a name and a type")
        kind = raw.get("type")
        if kind not in ACTOR_TYPES:
            raise LexiconError(source, lines.of(at + ("type",)),
                               f"actor {name!r} has type {kind!r}; use one of: {', '.join(ACTOR_TYPES)}")
        if name in first_line:
            raise LexiconError(source, lines.of(at + ("name",)),
                               f"actor {name!r} is listed twice (first on line {first_line[name]}); merge the entries")
        first_line[name] = lines.of(at + ("name",))
        gender = raw.get("gender")
        if gender is not None and gender not in _GENDERS:
            raise LexiconError(source, lines.of(at + ("gender",)), f"gender {gender!r}; use male or female, or leave it out")
        code = _optional_str(raw.get("code"), at + ("code",), lines, source)
        if code is not None and not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
            raise LexiconError(source, lines.of(at + ("code",)),
                               f"code {code!r} of {name!r} is not an ISO 3166-1 alpha-3 code; use three capitals, "
                               "e.g. ISR, PSE, TWN (Kosovo: XKX)")
        role = _optional_str(raw.get("role"), at + ("role",), lines, source)
        roles = tuple(r.lower() for r in _string_list(raw.get("roles"), at + ("roles",), lines, source))
        offices = _offices(raw, at, lines, source, name, kind, role, roles)
        roles = tuple(dict.fromkeys(roles + tuple(r for o in _undated_offices(offices) for r in o.roles)))
        actors.append(Actor(
            name=name.strip(),
            type=kind,
            aliases=tuple(_string_list(raw.get("aliases"), at + ("aliases",), lines, source)),
            demonyms=tuple(_string_list(raw.get("demonyms"), at + ("demonyms",), lines, source)),
            affiliation=_optional_str(raw.get("affiliation"), at + ("affiliation",), lines, source),
            role=role,
            roles=roles,
            gender=gender,
            description=_optional_str(raw.get("description"), at + ("description",), lines, source),
            code=code,
            offices=offices,
            surname=_optional_str(raw.get("surname"), at + ("surname",), lines, source),
        ))
    known = set(first_line) | ({a.name for a in base.actors} if base else set())
    for i, actor in enumerate(actors):
        if actor.affiliation and actor.affiliation not in known:
            raise LexiconError(source, lines.of(("actors", i, "affiliation")),
                               f"{actor.name!r} is affiliated with {actor.affiliation!r}, which is not in the lexicon; "
                               "add that actor or fix the spelling (a file that extends the packaged actors: "
                               "load_actors(path, extend=True), `discourse lexicon check FILE --extend`)")
    _check_aliases(actors, lines, source, {})
    return ActorLexicon(tuple(actors), tuple(r.lower() for r in role_nouns), source)


def _check_aliases(actors: Sequence[Actor], lines: LineMap, source: str, _: dict) -> None:
    owner: dict[tuple[str, ...], str] = {}
    for i, actor in enumerate(actors):
        for surface in (actor.name,) + actor.aliases + actor.demonyms:
            key = tuple(normalize(t.text) for t in _tokens_of(surface))
            if not key:
                raise LexiconError(source, lines.of(("actors", i)), f"actor {actor.name!r} has an empty alias")
            other = owner.get(key)
            if other is not None and other != actor.name and not _dated_namesakes(actors, other, actor):
                raise LexiconError(source, lines.of(("actors", i, "aliases")),
                                   f"{surface!r} names both {other!r} and {actor.name!r}; keep it on one actor")
            owner[key] = actor.name


def _offices(raw: dict, at: tuple, lines: LineMap, source: str, name: str, kind: str,
             role: str | None, roles: tuple[str, ...]) -> tuple[Office, ...]:
    """A person's dated offices: ``from``/``to`` on the entry (for its ``roles``) and each of ``offices``."""
    dated = "from" in raw or "to" in raw
    if (dated or raw.get("offices")) and kind != "person":
        raise LexiconError(source, lines.of(at + ("from" if dated else "offices",)),
                           f"{name!r} is a {kind}; only persons have dates of office ('from', 'to', 'offices')")
    out = []
    if dated:
        out.append(_office(role, roles, raw.get("from"), raw.get("to"), at, lines, source, name))
    spec = raw.get("offices")
    if spec is not None and not isinstance(spec, list):
        raise LexiconError(source, lines.of(at + ("offices",)),
                           "'offices' must be a list of mappings with 'roles', 'from' and 'to'")
    for i, item in enumerate(spec or []):
        where = at + ("offices", i)
        if not isinstance(item, dict):
            raise LexiconError(source, lines.of(where), "each office is a mapping with 'roles', 'from' and 'to'")
        _check_keys(item, _OFFICE_KEYS, where, lines, source, unknown="unknown office key", listed="allowed")
        office_roles = tuple(r.lower() for r in _string_list(item.get("roles"), where + ("roles",), lines, source))
        if not office_roles:
            raise LexiconError(source, lines.of(where), f"an office of {name!r} names no 'roles'")
        out.append(_office(_optional_str(item.get("role"), where + ("role",), lines, source), office_roles,
                           item.get("from"), item.get("to"), where, lines, source, name))
    return tuple(out)


def _undated_offices(offices: Sequence[Office]) -> list[Office]:
    """The offices a text without a date may mean: those still held, or else the last one held.
    (Putin's years as prime minister do not make him "the Prime Minister" of an undated text.)"""
    current = [o for o in offices if o.end is None]
    if current or not offices:
        return current
    return [max(offices, key=lambda o: o.end or date.min)]


def _office(role: str | None, roles: tuple[str, ...], start: Any, end: Any, at: tuple, lines: LineMap,
            source: str, name: str) -> Office:
    first = _iso_date(start, at + ("from",), lines, source)
    last = _iso_date(end, at + ("to",), lines, source)
    if first and last and last < first:
        raise LexiconError(source, lines.of(at + ("to",)), f"{name!r}: office ends ({last}) before it starts ({first})")
    return Office(role, roles, first, last)


def _iso_date(value: Any, at: tuple, lines: LineMap, source: str) -> date | None:
    if value is None or value == "":
        return None
    day = as_date(value)
    if day is None:
        raise LexiconError(source, lines.of(at), f"'{at[-1]}' must be an ISO date such as 2024-05-31 (got {value!r}); "
                                                 "leave 'to' empty for an office still held")
    return day


def as_date(value: Any) -> date | None:
    """A document or lexicon date as a :class:`datetime.date`, or None when it cannot be read.

    Accepts a ``date``, a ``datetime``/``pandas.Timestamp`` and ISO text
    ("2024-05-31", "2024-05-31T10:00:00Z"); a bare year or month is not a day
    and gives None.

    Examples
    --------
    >>> as_date("2025-03-01"), as_date("spring")
    (datetime.date(2025, 3, 1), None)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value.strip()) >= 10:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _dated_namesakes(actors: Sequence[Actor], first: str, second: Actor) -> bool:
    """Two persons with dated offices may share an alias ("Sharif"): the document's date chooses."""
    other = next((a for a in actors if a.name == first), None)
    return all(a is not None and a.type == "person" and any(o.start or o.end for o in a.offices)
               for a in (other, second))


def _check_keys(entry: Mapping, allowed: Sequence[str], at: tuple, lines: LineMap, source: str, *,
                unknown: str = "unknown key", listed: str) -> None:
    """Raise a LexiconError naming the line of the first key of ``entry`` not in ``allowed``."""
    for key in entry:
        if key not in allowed:
            raise LexiconError(source, lines.of(at + (key,)), f"{unknown} {key!r}; {listed}: {', '.join(allowed)}")


def _string_list(value: Any, at: tuple, lines: LineMap, source: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(source, lines.of(at), f"'{at[-1]}' must be a list of non-empty names, e.g. [Kyiv, Kiev]")
    return [v.strip() for v in value]


def _optional_str(value: Any, at: tuple, lines: LineMap, source: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise LexiconError(source, lines.of(at), f"'{at[-1]}' must be text")
    return value.strip() or None


# ----------------------------------------------------------------------------- matching

def _written_as(entry: _Entry, tokens: Sequence[Token], i: int) -> bool:
    """Whether the tokens from ``i`` are cased as the lexicon entry requires (acronyms exactly,
    "Nato" for NATO allowed from four letters; mixed case exactly; a capital where it has one)."""
    for k, rule in entry.checks:
        got = tokens[i + k].text
        if rule is _CAPITAL:
            if not got[:1].isupper():
                return False
        elif rule is _ACRONYM:
            want = entry.surface[k]
            if got != want and not (len(want) >= 4 and got == want.title()):
                return False
        elif got != entry.surface[k]:
            return False
    return True


def _match_name(lexicon: ActorLexicon, tokens: Sequence[Token], i: int,
                day: date | None = None) -> tuple[int, _Entry] | None:
    """Longest lexicon name/alias/demonym starting at token ``i``; namesakes are told apart by ``day``."""
    node, best, j = lexicon._trie, None, i
    while j < len(tokens):
        node = node.get(normalize(tokens[j].text))
        if node is None:
            break
        j += 1
        entries = node.get(_END)
        if entries:
            if len(entries) == 1:
                if _written_as(entries[0], tokens, i):
                    best = (j, entries[0])
                continue
            fits = [e for e in entries if _written_as(e, tokens, i)]
            if fits:
                best = (j, fits[0] if len(fits) == 1 else _namesake(lexicon, fits, day))
    return best


def _namesake(lexicon: ActorLexicon, entries: Sequence[_Entry], day: date | None) -> _Entry:
    """Of persons sharing a name, the one in office on ``day``; without a day, or with none in
    office, the one whose last office began latest."""
    actors = [lexicon[e.actor] for e in entries]
    if day is not None:
        for entry, actor in zip(entries, actors):
            if any(o.held_on(day) for o in actor.offices):
                return entry
    latest = [max((o.start or date.min for o in a.offices), default=date.min) for a in actors]
    return entries[latest.index(max(latest))]


def _match_role(lexicon: ActorLexicon, tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    node, best, j = lexicon._role_trie, None, i
    while j < len(tokens):
        node = node.get(normalize(tokens[j].text))
        if node is None:
            break
        j += 1
        if _END in node:
            best = (j, node[_END])
    return best


def _longer_role(lexicon: ActorLexicon, tokens: Sequence[Token], k: int) -> bool:
    """A role noun of several words starts at the modifier ``k`` ("defence minister", "military spokesman")."""
    role = _match_role(lexicon, tokens, k)
    return role is not None and role[0] > k + 1


class _RoleRef(NamedTuple):
    end: int
    determiner: str | None      # definite | indefinite | possessive | None
    constraint: str | None      # actor the role belongs to (French -> France)
    role: str
    former: bool = False        # "former", "then", "outgoing", "ex-": not today's holder


def _parse_role(lexicon: ActorLexicon, tokens: Sequence[Token], i: int) -> _RoleRef | None:
    """Read "the French foreign minister", "NATO's chief", "a Kremlin spokesman" at ``i``."""
    n, k = len(tokens), i
    determiner, constraint = None, None
    word = normalize(tokens[k].text)
    if not (word in _DETERMINERS or word in _ROLE_MODIFIERS or word in lexicon._role_trie
            or tokens[k].text[:1].isupper()):
        return None                      # cannot start a role reference: skip the look-ups
    if word in _DETERMINERS:
        determiner, k = _DETERMINERS[word], k + 1
    else:
        owner = _match_name(lexicon, tokens, k)
        if owner and owner[0] < n and tokens[owner[0]].text in ("'s", "'"):
            determiner, constraint, k = "possessive", owner[1].actor, owner[0] + 1
    former = False
    while k < n and normalize(tokens[k].text) in _ROLE_MODIFIERS and not _longer_role(lexicon, tokens, k):
        former = former or normalize(tokens[k].text) in _PAST_MODIFIERS
        k += 1
    if k < n and constraint is None:
        modifier = _match_name(lexicon, tokens, k)
        if modifier and lexicon.get(modifier[1].actor).type != "person":
            constraint, k = modifier[1].actor, modifier[0]
    while k < n and normalize(tokens[k].text) in _ROLE_MODIFIERS and not _longer_role(lexicon, tokens, k):
        k += 1
    if constraint is not None and k < n and _match_role(lexicon, tokens, k) is None:
        k = _body_end(lexicon, tokens, k) or k          # "Taiwanese coast guard official", "Iran's foreign ministry spokesman"
    role = _match_role(lexicon, tokens, k) if k < n else None
    if role is None:
        return None
    k = role[0]
    if k + 1 < n and tokens[k].text == "'s":             # "the Ukrainian president's chief of staff"
        second = _match_role(lexicon, tokens, k + 1)
        if second is not None:
            role, k = second, second[0]
    if constraint is None and k + 1 < n and normalize(tokens[k].text) in ("of", "for", "at"):
        m = k + 1 + (normalize(tokens[k + 1].text) == "the")
        owner = _match_name(lexicon, tokens, m) if m < n else None
        if owner and lexicon.get(owner[1].actor).type != "person":
            constraint, k = owner[1].actor, owner[0]
    return _RoleRef(k, determiner, constraint, role[1], former)


def _side_ok(lexicon: ActorLexicon, person: str, ref: _RoleRef) -> bool:
    """Whether ``person`` belongs to the side a role reference names ("Israel's" -> Israel), if any."""
    if not ref.constraint:
        return True
    owner = lexicon.get(ref.constraint)
    actor = lexicon[person]
    if owner is not None and owner.type == "person":
        return actor.name != owner.name and actor.affiliation == owner.affiliation
    return ref.constraint in (actor.affiliation, actor.name)


def _compatible(lexicon: ActorLexicon, person: str, ref: _RoleRef, *, generic: bool = True) -> bool:
    """Whether ``person`` can be the role reference ``ref``; ``generic=False`` leaves out
    the role "official" that every state or organisation person also holds."""
    actor = lexicon.get(person)
    if actor is None or actor.type != "person":
        return False
    if ref.constraint:
        owner = lexicon.get(ref.constraint)
        if owner is not None and owner.type == "person":       # "Putin's spokesman": Putin's side, not Putin
            if actor.name == owner.name or actor.affiliation != owner.affiliation:
                return False
        elif ref.constraint not in (actor.affiliation, actor.name):
            return False
    roles = lexicon._role_sets.get(person, frozenset())
    if not generic:
        roles = roles & (set(actor.roles) | {r.split()[-1] for r in actor.roles})
    return ref.role in roles or ref.role.split()[-1] in roles


def _doc_mentions(seg: Segmented, lexicon: ActorLexicon, *, date: Any = None) -> list[Mention]:
    """All mentions in a segmented document, in text order.

    ``date`` (the document's ``meta["date"]``: a date or ISO text) lets a role
    reference resolve to the holder of the office on that day and tells
    namesakes apart; without it, only names earlier in the text resolve roles.
    """
    day = as_date(date)
    mentions: list[Mention] = []
    surnames: dict[str, str] = {}
    persons: list[str] = []          # persons mentioned so far, most recent last
    unnamed: dict[str, tuple[int, str | None]] = {}   # role -> (len(persons) then, side) of "a French official"

    def person_seen(name: str, words: Sequence[str]) -> None:
        persons.append(name)
        actor = lexicon[name]
        for w in (surname_of(" ".join(words)), actor.surname or surname_of(actor.name)):
            surnames[normalize(w)] = name

    lower_starts = lexicon._lower_starts
    for sent in seg.sentences:
        tokens = seg.tokens[sent.sent_id]
        i, n, covered = 0, len(tokens), 0
        while i < n:
            text = tokens[i].text
            if not text[:1].isupper() and normalize(text) not in lower_starts:
                i += 1                   # most words: no name, role or surname can start here
                continue
            name = _state_span(lexicon, tokens, i, _match_name(lexicon, tokens, i, day), covered)
            ref = _parse_role(lexicon, tokens, i)
            if ref is not None and (name is None or ref.end > name[0]):
                after = ref.end
                if after < n and is_name_word(tokens[after].text):
                    # a title before a name: keep the actors the title names ("Pentagon
                    # spokesman"), then match the name next
                    k = i
                    while k < after:
                        inner = _state_span(lexicon, tokens, k, _match_name(lexicon, tokens, k, day), k)
                        if inner is None or inner[0] > after or lexicon[inner[1].actor].type == "person":
                            k += 1
                            continue
                        actor = lexicon[inner[1].actor]
                        mentions.append(Mention(sent.sent_id, tokens[k].start, tokens[inner[0] - 1].end, actor.name,
                                                actor.type, actor.speaks_for, inner[1].kind, k, inner[0], actor.code))
                        k = inner[0]
                    i = after
                    continue
                if ref.determiner is not None:
                    resolved = _apposition(lexicon, tokens, after)
                    owner = lexicon.get(ref.constraint) if ref.constraint else None
                    side = owner.speaks_for if owner is not None and owner.type == "person" else ref.constraint
                    earlier = unnamed.get(ref.role)
                    if resolved is None and ref.determiner == "definite" and earlier is not None \
                            and not any(_compatible(lexicon, p, ref, generic=False) for p in persons[earlier[0]:]):
                        side = side or earlier[1]    # "A senior French official ... the official said": that one
                    elif resolved is None and ref.determiner in ("definite", "possessive") \
                            and not _anonymous(tokens, after):
                        resolved = _resolve_role(lexicon, ref, persons, day)
                    if resolved is None and ref.determiner == "indefinite":
                        for key in {ref.role, ref.role.split()[-1]}:   # "a government spokesman ... the spokesman"
                            unnamed[key] = (len(persons), side)
                    actor = lexicon.get(resolved)
                    mentions.append(Mention(sent.sent_id, tokens[i].start, tokens[after - 1].end,
                                            resolved, "person" if actor else None,
                                            actor.speaks_for if actor else side, "role", i, after,
                                            actor.code if actor else _code(lexicon, side)))
                    if resolved:
                        persons.append(resolved)
                    i = covered = after
                    continue
            if name is not None and name[0] - i == 1 and lexicon[name[1].actor].type == "person" \
                    and _other_given_name(lexicon, lexicon[name[1].actor], tokens, i, covered):
                name = None             # "Fatoumata Traore": another person of that surname
            if name is not None:
                j, entry = name
                actor = lexicon[entry.actor]
                mentions.append(Mention(sent.sent_id, tokens[i].start, tokens[j - 1].end, actor.name, actor.type,
                                        actor.speaks_for, entry.kind, i, j, actor.code))
                if actor.type == "person":
                    person_seen(actor.name, [t.text for t in tokens[i:j]])
                i = covered = j
                continue
            word = tokens[i].text
            owner = surnames.get(normalize(word)) if word[:1].isupper() else None
            if owner and not (i + 1 < n and is_name_word(tokens[i + 1].text)) and \
                    not _other_given_name(lexicon, lexicon[owner], tokens, i, covered):
                actor = lexicon[owner]
                mentions.append(Mention(sent.sent_id, tokens[i].start, tokens[i].end, owner, "person",
                                        actor.speaks_for, "surname", i, i + 1, actor.code))
                persons.append(owner)
                covered = i + 1
            i += 1
    return mentions


def _other_given_name(lexicon: ActorLexicon, actor: Actor, tokens: Sequence[Token], i: int,
                      covered: int) -> bool:
    """True when the surname at token ``i`` follows a given name that is not ``actor``'s:
    "Fatoumata Traore" is not Ibrahim Traore, though "President Traore", "Captain
    Traore", "On Monday Traore" and "Ibrahim Traore" are. A given name here is a
    capitalised word that no English word list knows (so a title, a rank, a weekday or a
    word of a mention never is one)."""
    if i == 0 or covered >= i:
        return False
    prev = tokens[i - 1].text
    word = normalize(prev).rstrip(".")
    if not (prev[:1].isupper() and prev.isalpha() and len(prev) > 2) or word in TITLE_WORDS \
            or word in lexicon.role_words or _brill().get(prev) or _brill().get(word):
        return False
    return word not in {normalize(w) for name in (actor.name, *actor.aliases) for w in name.split()}


def _resolve_role(lexicon: ActorLexicon, ref: _RoleRef, persons: Sequence[str], day: date | None) -> str | None:
    """The person a definite role reference ("the US president") means.

    Persons named earlier come first, most recent first: one in that office on
    ``day``, then one whose dates the lexicon does not know; then the one
    holder of the office of the actor the reference names, on ``day``; then
    anyone named earlier who fits the role. A "former" reference skips the dates.
    """
    if day is None or ref.former:
        return next((p for p in reversed(persons) if _compatible(lexicon, p, ref)), None)
    named = [p for p in reversed(persons)
             if _compatible(lexicon, p, ref) or (_side_ok(lexicon, p, ref) and lexicon[p].in_office(ref.role, day))]
    held = [(p, lexicon[p].in_office(ref.role, day)) for p in named]
    for wanted in (True, None):
        found = next((p for p, ok in held if ok is wanted), None)
        if found is not None:
            return found
    owner = lexicon.get(ref.constraint)
    if owner is not None and owner.type != "person":
        holder = lexicon.holder(owner.name, ref.role, day)
        if holder is not None:
            return holder.name
    return named[0] if named else None


def _state_span(lexicon: ActorLexicon, tokens: Sequence[Token], i: int, match: tuple[int, _Entry] | None,
                covered: int) -> tuple[int, _Entry] | None:
    """A state's name, dropped when a one-word name is part of a person's name ("Chad Daybell",
    "Michael Jordan"); kept before a body of the state ("Pakistan Army", "Sudan's army"), which the
    speaker reader then reads as the state speaking."""
    if match is None or lexicon[match[1].actor].type != "state":
        return match
    j, entry = match
    if _body_end(lexicon, tokens, j + 1 if j < len(tokens) and tokens[j].text == "'s" else j) is not None:
        return match
    if j - i == 1 and entry.kind == "name" and tokens[i].text in _US_STATE_NAMES and _us_state(tokens, i):
        return None
    if j - i == 1 and entry.kind == "name":
        after = tokens[j].text if j < len(tokens) else ""
        before = tokens[i - 1].text if i > covered and i > 0 else ""
        if (_person_word(lexicon, after) and _match_name(lexicon, tokens, j) is None) or \
                (before and _person_word(lexicon, before, sentence_initial=i == 1)):
            return None
    return match


#: Country names that are also US states, and the words around them that mean the US state.
_US_STATE_NAMES = frozenset({"Georgia"})
_US_STATE_AFTER = frozenset({"governor", "gov", "gov.", "senator", "sen", "sen.", "republican", "republicans",
                             "democrat", "democrats", "voters", "primary", "legislature", "lawmakers", "county",
                             "counties", "secretary", "election", "elections", "state", "tech", "bulldogs"})
_US_STATE_BEFORE = frozenset({"atlanta", "savannah", "u.s.", "us", "american", "southern", "northern", "rural"})


def _us_state(tokens: Sequence[Token], i: int) -> bool:
    """Whether "Georgia" at ``i`` is the US state: "the state of Georgia", "Atlanta, Georgia",
    "U.S. state of Georgia", "Georgia Governor ...", "Georgia voters"."""
    after = normalize(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    before = [normalize(t.text) for t in tokens[max(0, i - 3):i]]
    return (after in _US_STATE_AFTER or before[-2:] == ["state", "of"] or bool(before) and before[-1] in _US_STATE_BEFORE
            or before[-2:-1] in (["atlanta"], ["savannah"]))


def _body_end(lexicon: ActorLexicon, tokens: Sequence[Token], k: int) -> int | None:
    """End of the longest state-body noun ("army", "foreign ministry", "coast guard") at ``k``, or None."""
    node, end = lexicon._body_trie, None
    while k < len(tokens):
        node = node.get(normalize(tokens[k].text))
        if node is None:
            break
        k += 1
        if _END in node:
            end = k
    return end


def _person_word(lexicon: ActorLexicon, word: str, *, sentence_initial: bool = False) -> bool:
    """A capitalised word that can be part of a person's name (not a title, role or state body word)."""
    low = normalize(word)
    return (is_name_word(word, sentence_initial) and low not in lexicon.role_words and low not in _TITLE_PREFIXES
            and low not in TITLE_WORDS and low not in _BODY_WORDS)


def surname_of(name: str) -> str:
    """The surname of a full name: its last word, or its first when the name ends in a hyphenated
    given name written in lower case after the hyphen, as Chinese and Korean names are ("Lai Ching-te").

    Examples
    --------
    >>> surname_of("Jean-Noel Barrot"), surname_of("Lai Ching-te"), surname_of("Wen Ti-sung")
    ('Barrot', 'Lai', 'Wen')
    """
    words = name.split()
    last = words[-1]
    head, _, tail = last.partition("-")
    if len(words) > 1 and tail and tail.islower() and head[:1].isupper() and head[1:].islower():
        return words[0]
    return last


_GROUP_NOUNS = frozenset({"group", "movement", "network", "coalition", "alliance", "committee", "organisation",
                          "organization", "union", "front", "council", "association", "initiative", "collective",
                          "militia", "brigade", "brigades", "forces", "army", "party", "rebels"})
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "ould", "ag"})


def unlisted_mentions(seg: Segmented, mentions: Sequence[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """Persons and groups the lexicon does not list, with the side the text gives them.

    Read from a title before the name ("Hamas official Basem Naim",
    "Sudanese army spokesman Nabil Abdallah"), a title in apposition
    ("Basem Naim, a senior Hamas official,") and a named group ("the
    Emergency Lawyers group"); later repeats of such a person's surname
    ("Naim said") are theirs. A person's surname is the last word of the
    name, or the first for a name that ends in a hyphenated given name
    ("Wen Ti-sung": "Wen", never "Ti-sung"). Each has kind ``unlisted``
    (``surname`` for the repeats), ``actor`` the name as written, ``type``
    person or group, and ``affiliation`` the side read from the title (empty
    when the title names none).

    Parameters
    ----------
    seg : Segmented
    mentions : sequence of Mention
        The lexicon's mentions of the same document (:func:`_doc_mentions`);
        their tokens are never part of an unlisted name.
    lexicon : ActorLexicon

    Returns
    -------
    list of Mention
        In text order.
    """
    covered = {(m.sent_id, k) for m in mentions for k in range(m.first, m.last)}
    found: list[Mention] = []
    known: dict[str, tuple[str, str | None]] = {}    # normalised surname -> (name, side)

    groups = [(m.sent_id, m.first, m.affiliation) for m in mentions if m.type in ("group", "organisation")]

    def group_before(sid: int, i: int) -> str | None:
        """The group or organisation named last before token ``i`` of sentence ``sid`` ("the group")."""
        return next((side for s, f, side in reversed(groups + [(m.sent_id, m.first, m.actor) for m in found
                                                                if m.type == "group"]) if (s, f) < (sid, i)), None)

    def person(sid: int, tokens: Sequence[Token], i: int, j: int, side: str | None) -> None:
        found.append(_unlisted(seg, sid, tokens, i, j, side, lexicon))
        known[normalize(surname_of(found[-1].actor))] = (found[-1].actor, side)

    heads = lexicon._role_heads
    for sent in seg.sentences:
        sid, tokens = sent.sent_id, seg.tokens[sent.sent_id]
        n, i = len(tokens), 0
        while i < n:
            word = tokens[i].text
            if word in ("the", "The") and i + 1 < n and tokens[i + 1].text[:1].isupper() \
                    and (sid, i + 1) not in covered:
                end = i + 1
                while end < n and tokens[end].text[:1].isupper() and (sid, end) not in covered:
                    end += 1
                if end < n and tokens[end].text in _GROUP_NOUNS:      # "the Emergency Lawyers group"
                    name = seg.text[tokens[i + 1].start:tokens[end - 1].end]
                    found.append(Mention(sid, tokens[i + 1].start, tokens[end - 1].end, name, "group", name,
                                         "unlisted", i + 1, end))
                    i = end + 1
                    continue
            if not word[0].isupper() or (sid, i) in covered:
                i += 1
                continue
            if i and tokens[i - 1].text.lower() in heads:             # "Hamas official | Basem Naim"
                titled = _titled_name(lexicon, tokens, i, sid, covered)
                if titled is not None:
                    person(sid, tokens, i, *titled)
                    i = titled[0]
                    continue
            owner = known.get(normalize(word))
            if owner is not None and not (i + 1 < n and is_name_word(tokens[i + 1].text)):
                found.append(Mention(sid, tokens[i].start, tokens[i].end, owner[0], "person", owner[1],
                                     "surname", i, i + 1, _code(lexicon, owner[1])))
                i += 1
                continue
            end = _name_end(tokens, i, sid, covered) if is_name_word(word, i == 0) else i + 1
            if end > i and end < n and tokens[end].text == "," and split_title([t.text for t in tokens[i:end]]) == 0:
                side = _apposed_side(lexicon, tokens, end, lambda: group_before(sid, i), named=end - i >= 2)
                if side is not None:                                 # "Basem Naim, a senior Hamas official,"
                    person(sid, tokens, i, end, side)
            i = max(end, i + 1)
    return found


_MEMBER_NOUNS = frozenset({"member", "leader", "founder", "commander", "official", "spokesman", "spokeswoman",
                           "spokesperson", "negotiator", "adviser", "advisor", "head", "chief", "figure"})
_BACK_REFERENCES = frozenset({"group", "movement", "militia", "organisation", "organization", "faction", "rebels"})


def _titled_name(lexicon: ActorLexicon, tokens: Sequence[Token], k: int, sid: int,
                 covered: set) -> tuple[int, str | None] | None:
    """``(end, side)`` of an unlisted name at ``k`` right after a title that ends at ``k``, or None."""
    for i in range(max(0, k - 7), k):
        ref = _parse_role(lexicon, tokens, i)
        if ref is not None and ref.end == k:
            end = _name_end(tokens, k, sid, covered)
            return (end, _side_of(lexicon, ref)) if end > k else None
    return None


def _name_end(tokens: Sequence[Token], k: int, sid: int, covered: set) -> int:
    """End of the run of name words at ``k`` (particles such as "al-" and "bin" included)."""
    j = k
    while j < len(tokens) and (sid, j) not in covered:
        word = tokens[j].text
        if is_name_word(word) or (j > k and word.lower() in _NAME_PARTICLES and j + 1 < len(tokens)
                                  and is_name_word(tokens[j + 1].text)):
            j += 1
        elif word[:3].lower() in ("al-", "el-") and len(word) > 3 and word[3:4].isupper():
            j += 1
        else:
            break
    return j


def _side_of(lexicon: ActorLexicon, ref: _RoleRef) -> str | None:
    owner = lexicon.get(ref.constraint)
    if owner is None:
        return None
    return owner.speaks_for


def _apposed_side(lexicon: ActorLexicon, tokens: Sequence[Token], k: int, group_before, *,
                  named: bool = True) -> str | None:
    """The side given by an apposition after a name at the comma ``k``: a title with its side
    (", a senior Hamas official", for names of two words or more), or a member phrase naming an
    actor (", a senior member of Hamas's political bureau") or the group named before
    (", a senior member of the group's political bureau": ``group_before()``)."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].text != ",":
        return None
    if named:
        ref = _parse_role(lexicon, tokens, k + 1)
        if ref is not None and ref.constraint:
            return _side_of(lexicon, ref)
    if normalize(tokens[k + 1].text) not in ("a", "an", "the"):
        return None
    stop = next((j for j in range(k + 2, min(n, k + 14)) if tokens[j].text == ","), min(n, k + 14))
    words = [normalize(t.text) for t in tokens[k + 2:stop]]
    if not _MEMBER_NOUNS.intersection(words):
        return None
    for j in range(k + 2, stop):
        match = _match_name(lexicon, tokens, j)
        if match is not None and lexicon[match[1].actor].type != "person":
            return lexicon[match[1].actor].speaks_for
        if words[j - k - 2] in _BACK_REFERENCES and j > k + 2 and words[j - k - 3] == "the":
            return group_before()
    return None


def _unlisted(seg: Segmented, sid: int, tokens: Sequence[Token], i: int, j: int, side: str | None,
              lexicon: ActorLexicon) -> Mention:
    name = seg.text[tokens[i].start:tokens[j - 1].end]
    return Mention(sid, tokens[i].start, tokens[j - 1].end, name, "person", side, "unlisted", i, j, _code(lexicon, side))


def with_unlisted(seg: Segmented, mentions: Sequence[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """The lexicon's mentions and :func:`unlisted_mentions`, in text order (for the mentions table)."""
    extra = unlisted_mentions(seg, mentions, lexicon)
    if not extra:
        return list(mentions)
    return sorted([*mentions, *extra], key=lambda m: (m.sent_id, m.first))


def _code(lexicon: ActorLexicon, name: str | None) -> str | None:
    actor = lexicon.get(name)
    return actor.code if actor is not None else None


_BODY_WORDS = frozenset(w for noun in STATE_BODIES for w in noun.split())

_ANONYMITY = frozenset({"anonymity", "anonymously", "named", "identified"})


def _anonymous(tokens: Sequence[Token], k: int) -> bool:
    """True after "the official" for ", who spoke on condition of anonymity" / "who asked not to be named":
    an anonymous source, not the last official named."""
    if k + 1 >= len(tokens) or tokens[k].text != "," or normalize(tokens[k + 1].text) not in ("who", "speaking"):
        return False
    return any(normalize(t.text) in _ANONYMITY for t in tokens[k + 2:k + 14])


def _apposition(lexicon: ActorLexicon, tokens: Sequence[Token], k: int) -> str | None:
    """The lexicon person named right after ``k`` in apposition (", Admiral Rob Bauer")."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return None
    k += 1
    while k < len(tokens) - 1 and normalize(tokens[k].text).rstrip(".") in _TITLE_PREFIXES:
        k += 1
    match = _match_name(lexicon, tokens, k)
    return match[1].actor if match and lexicon[match[1].actor].type == "person" else None


_TITLE_PREFIXES = frozenset({"admiral", "adm", "gen", "general", "mr", "mrs", "ms", "dr", "president",
                             "minister", "secretary", "ambassador", "commander", "chancellor", "sen", "senator"})


def _as_segmented(doc: Document | Segmented | str) -> tuple[str, Segmented]:
    if isinstance(doc, Segmented):
        return doc.doc_id, doc
    if isinstance(doc, Document):
        return doc.id, segment_document(doc.text, doc_id=doc.id)
    if isinstance(doc, str):
        return "doc", segment_document(doc, doc_id="doc")
    raise TypeError(f"expected a Document or a str, got {type(doc).__name__}")


def mention_rows(seg: Segmented, mentions: Iterable[Mention]) -> list[tuple]:
    """Rows of :data:`MENTION_COLUMNS` for ``mentions`` of ``seg``."""
    return [(seg.doc_id, m.sent_id, m.start, m.end, seg.text[m.start:m.end], m.actor, m.type,
             m.affiliation, m.kind, m.code) for m in mentions]


def find_mentions(doc: Document | str, lexicon: ActorLexicon | str | Path | None = None, *,
                  date: Any = None) -> pd.DataFrame:
    """Find the actors a document names.

    Parameters
    ----------
    doc : Document or str
        The document (a plain string is cleaned first by ``Document.from_text``
        only if you do so; here it is used as it is, with ``doc_id`` "doc").
    lexicon : ActorLexicon, path or None, default=None
        The actor lexicon; ``None`` uses the packaged default.
    date : date or ISO text, optional
        The day the text was written; defaults to ``doc.meta["date"]``. A
        role reference with no name before it ("the US president",
        "Israel's defence minister") then resolves to the holder of that
        office on that day, and namesakes ("Sharif") to the one in office.

    Returns
    -------
    pandas.DataFrame
        One row per mention, in text order, with columns

        ``doc_id``, ``sent_id``
            where the mention is;
        ``start``, ``end``, ``text``
            its character span in the clean text, and the text itself;
        ``actor``
            canonical actor name (empty for an unresolved role reference);
        ``type``
            the actor's type (state, organisation, person, media, group);
        ``affiliation``
            the actor the mention speaks for (Barrot -> France; a state or
            outlet -> itself; an unresolved "a French official" -> France);
        ``kind``
            ``name`` (name or alias), ``surname``, ``demonym`` or ``role``;
        ``code``
            ISO 3166-1 alpha-3 code of the actor (a state's own, or the
            state a person or body is affiliated with; see :class:`Actor`),
            or of the side of an unresolved role ("a French official" ->
            FRA); empty for actors with no state (UNRWA, Hamas).

    Examples
    --------
    >>> m = find_mentions("Jean-Noël Barrot spoke. The French foreign minister said Kyiv's army held.")
    >>> m[["text", "actor", "kind"]].values.tolist()
    [['Jean-Noël Barrot', 'Jean-Noel Barrot', 'name'], ['The French foreign minister', 'Jean-Noel Barrot', 'role'], ['Kyiv', 'Ukraine', 'name']]
    """
    lexicon = load_actors(lexicon)
    _, seg = _as_segmented(doc)
    day = date if date is not None else document_date(doc)
    return pd.DataFrame(mention_rows(seg, with_unlisted(seg, actor_mentions(seg, lexicon, date=day), lexicon)),
                        columns=MENTION_COLUMNS)


def actor_mentions(seg: Segmented, lexicon: ActorLexicon, *, date: Any = None) -> list[Mention]:
    """The mentions of :func:`_doc_mentions` that stand for their actor (see :func:`in_names_dropped`)."""
    from .expressions import mentions_in_names

    mentions = _doc_mentions(seg, lexicon, date=date)
    return in_names_dropped(mentions, mentions_in_names(seg, mentions))


def in_names_dropped(mentions: list[Mention], in_names: Iterable[Mention]) -> list[Mention]:
    """``mentions`` without the demonyms that the speaker reader read as part of a person's name
    (``in_names``): "Mark Cuban" and, after it, "Cuban said" are not Cuba; "Cuban officials" is."""
    drop = {m for m in in_names if m.kind == "demonym"}
    return [m for m in mentions if m not in drop] if drop else mentions


def document_date(doc: Any) -> Any:
    """A document's ``meta["date"]`` (None for a plain string or a document without one)."""
    meta = getattr(doc, "meta", None)
    return meta.get("date") if isinstance(meta, Mapping) else None


def candidate_actors(
    corpus: Iterable[Document],
    lexicon: ActorLexicon | str | Path | None = None,
    *,
    min_count: int = 1,
) -> pd.DataFrame:
    """Names that look like actors but are not in the lexicon.

    Parameters
    ----------
    corpus : iterable of Document
    lexicon : ActorLexicon, path or None, default=None
    min_count : int, default=1
        Leave out names seen fewer times than this.

    Returns
    -------
    pandas.DataFrame
        One row per name, most frequent first, with columns ``name``,
        ``count``, ``n_docs``, ``guess``, ``example`` (a sentence),
        ``doc_id``, ``sent_id``, ``start``, ``end`` (of the first occurrence).
        ``guess`` is ``organisation`` for an acronym ("SAF", "AFC/M23") or a
        name ending in an organisation noun ("Azov Institute", "Emergency
        Lawyers Group"); else ``place`` when it follows a place preposition
        ("in El Fasher") more often than a title or speech verb stands next
        to it; else ``person`` when one does; else ``name``. Names the
        lexicon knows (states, groups, capitals) are never listed.
    """
    lexicon = load_actors(lexicon)
    cues = load_cues()
    titles = frozenset(lexicon.role_nouns) | TITLE_WORDS
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    first: dict[str, tuple] = {}
    person_cues: Counter[str] = Counter()
    place_cues: Counter[str] = Counter()
    for doc in corpus:
        _, seg = _as_segmented(doc)
        covered = {(m.sent_id, k) for m in _doc_mentions(seg, lexicon, date=document_date(doc))
                   for k in range(m.first, m.last)}
        for sent in seg.sentences:
            tokens = seg.tokens[sent.sent_id]
            for i, j in name_spans(tokens):
                if any((sent.sent_id, k) for k in range(i, j) if (sent.sent_id, k) in covered):
                    continue
                words = [t.text for t in tokens[i:j]]
                k = split_title(words)
                if k == len(words) or all(normalize(w) in _NON_ACTOR_WORDS for w in words[k:]):
                    continue
                name = " ".join(words[k:])
                counts[name] += 1
                docs.setdefault(name, set()).add(seg.doc_id)
                before = normalize(tokens[i - 1].text) if i > 0 else ""
                after = [normalize(t.text) for t in tokens[j:j + 2]]
                if k > 0 or before in titles or (after and cues.match_verb(after, 0)):
                    person_cues[name] += 1
                if before in _PLACE_PREPOSITIONS:
                    place_cues[name] += 1
                if name not in first:
                    first[name] = (seg.text[sent.start:sent.end], seg.doc_id, sent.sent_id,
                                   tokens[i + k].start, tokens[j - 1].end)
    rows = [(name, c, len(docs[name]), _guess(name, person_cues[name], place_cues[name]), *first[name])
            for name, c in counts.items() if c >= min_count]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return pd.DataFrame(rows, columns=["name", "count", "n_docs", "guess", "example", "doc_id", "sent_id",
                                       "start", "end"])


_PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "to", "at", "outside", "around", "across", "into", "towards",
                                 "toward", "inside", "through", "via", "of", "entered", "reached", "captured", "seized"})
_ORGANISATION_NOUNS = frozenset("""
group movement network coalition alliance committee organisation organization union front council association
initiative collective militia brigade brigades forces army party institute foundation agency ministry bank fund
company corporation commission authority court office centre center service services university school hospital
""".split())


def _guess(name: str, person: int, place: int) -> str:
    """What a candidate name most likely is: organisation, place, person or name (see candidate_actors)."""
    words = name.split()
    letters = [c for c in name if c.isalpha()]
    if (len(letters) >= 2 and all(c.isupper() for c in letters)) or normalize(words[-1]) in _ORGANISATION_NOUNS:
        return "organisation"
    if place > person:
        return "place"
    return "person" if person else "name"


_NON_ACTOR_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
