"""Stance: where each actor stands on contested targets, read from the clause, with the evidence.

A **target** is a question the discourse takes sides on (negotiations,
military aid, sanctions, escalation, troop deployment, humanitarian access;
and for the war in Ukraine: support for Ukraine, Western troops, Russia),
given by terms. Every word list below is data in ``stance.yaml``.

How a clause is read
--------------------
1. **The target as subject of a stance predicate.** A target that opens its
   clause (after "X said (that)") and is followed by an auxiliary or copula
   and a *predicate* takes the predicate's side: "sending troops to Ukraine
   was not in the interests of Western countries" (against), "a deployment
   would be a dangerous escalation" (against), "talks are necessary" (favor),
   "sending troops cannot be ruled out" (favor). A *cue* inside the subject
   multiplies it: "avoiding escalation is necessary" is against escalation.
2. **The target as object of a cue.** A cue (favor: "support", "send";
   against: "rule out", "oppose") or a *modal* ("ready to", "unlikely to")
   takes a side on the first target term among the :data:`CUE_WINDOW` tokens
   after it, in its clause. A cue right before another governs it ("rules out
   sending": against; "refused to rule out sending": favor; "it is not
   unlikely to send ground forces": favor).
3. **A target named before.** An *anaphor* ("such a move", "this option",
   "the idea", "it") in the place of the target refers to the last target
   named, in the unit or in the two sentences before it.
4. **Negation and modality scope over the clause.** A negator among the
   :data:`NEGATION_WINDOW` tokens before a cue, or between the subject and
   its predicate, flips it ("would not be in the interest", "not unlikely",
   "Nothing should be ruled out"). A *hedge* ("may", "might") lowers the
   reading's confidence.
5. **Conditions and questions are not assertions.** A clause opened by a
   *condition* ("if Kiev gets any", "unless") and a clause ending in "?" are
   skipped.

Whose stance
------------
A stance is the actor's own: their quotes (role ``speaker``: direct, partial,
and the reported clause of "X said that ...", with the reporting verb, which
may take the stance itself: "the Kremlin rejected talks"), and an author's
sentence whose subject the actor is (role ``subject``: the actors named first,
joined by "and" or ","). An apposition or relative clause after the subject
("Orban, who has long opposed sanctions, arrived") is the author's
description, not the actor's stance, and is skipped. A quote whose cues have
no target takes the targets named in the rest of its sentence ("Asked whether
this could mean sending French troops, Barrot replied: "We are not ruling out
any option."").

Tables
------
``stance_evidence`` (:data:`EVIDENCE_COLUMNS`): one row per reading, with the
``shape`` that produced it (``object``, ``subject``, ``anaphora``,
``context``) and its ``confidence``. ``stance`` (:data:`STANCE_COLUMNS`): one
row per actor x target: ``label`` (favor / against / mixed / none),
``score`` (confidence-weighted mean of each unit's vote, +1 favor / -1
against / 0 when a unit's own cues cancel, in [-1, 1]), ``confidence``,
``n_evidence`` (units), ``n_favor``, ``n_against`` and the evidence texts with
their offsets. ``mixed`` means the evidence conflicts: neither side has at
least :data:`MAJORITY` of the weighted votes.

Stance between actors (who backs or blames whom) is in
:mod:`discourse.relations`; :func:`pair_stance` reads one sentence. A model
trained on a researcher's own coding (:func:`train`) can replace the rules.
This is a transparent rule-based reading: read the evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Union

import pandas as pd

from .actors import Mention
from .datafiles import LineMap, packaged_path, packaged_text, read_yaml, read_yaml_source
from .errors import LexiconError
from .lexicon import Lexicon, Problem, _from_discourse, _raise_or_warn
from .matcher import MatchToken, TermMatcher, TermSyntaxError, match_tokens, parse_term
from .text import Segmented
from .triggers import TermTriggers
from .units import Unit, author_tokens, unit_tokens

__all__ = ["StanceLexicon", "load_stance", "check_stance", "STANCE_COLUMNS", "EVIDENCE_COLUMNS",
           "stance_evidence_rows", "stance_and_relation_rows", "stance_table", "read_clause", "Reading",
           "CUE_WINDOW", "NEGATION_WINDOW",
           "CONFIDENCE", "HEDGE_FACTOR", "MAJORITY", "pair_stance", "train", "load_model", "StanceModel"]

#: Columns of ``Analysis.stance``.
STANCE_COLUMNS = ["actor", "target", "label", "score", "confidence", "n_evidence", "n_favor", "n_against",
                  "evidence", "spans"]
#: Columns of ``Analysis.stance_evidence``.
EVIDENCE_COLUMNS = ["doc_id", "unit_id", "actor", "role", "target", "polarity", "cue", "negated", "target_term",
                    "shape", "confidence", "start", "end", "text"]
#: A cue counts for the first target term among this many tokens after it.
CUE_WINDOW = 8
#: A negator among this many tokens before a cue flips it.
NEGATION_WINDOW = 3
#: Confidence of a reading by its shape (a hedge in the clause multiplies it by :data:`HEDGE_FACTOR`).
CONFIDENCE = {"object": 0.8, "subject": 0.8, "anaphora": 0.6, "context": 0.5}
# (a trained model's readings have shape "model" and its predicted probability as confidence)
HEDGE_FACTOR = 0.75
#: A side needs this share of an actor's weighted votes on a target; below it the label is ``mixed``.
MAJORITY = 2 / 3

_TOP_KEYS = ("version", "negators", "hedges", "conditions", "anaphora", "cues", "modals", "predicates",
             "relations", "targets")
_POLAR = {"cues": ("favor", "against"), "modals": ("favor", "against"), "predicates": ("favor", "against"),
          "relations": ("positive", "negative")}
_LISTS = ("hedges", "conditions", "anaphora")
_CLAUSE_END = frozenset(".;:!?")
_CHAIN_GAP = 4      # "refused on Monday to rule out sending": a short adverbial may stand between
_VERB_REACH = 3
_TOPIC_WORDS = frozenset({"about", "of", "over", "on", "regarding", "concerning"})
_INTRO_WORDS = frozenset("""as while although though when after before since if because despite amid in on at with
following asked speaking according given unlike like for during under once similarly meanwhile however instead
moreover also yet still""".split())
_JOINERS = frozenset({"and", ",", "'s", "the", "its", "their", "other", "leaders", "officials", "allies",
                      "government", "governments", "partners", "members", "counterparts"})
# grammar, not vocabulary: the auxiliaries and copulas between a subject and its predicate ...
_AUX = frozenset("""is was are were be been being 's would will could can cannot can't should must might may
remains remain remained seems seem seemed appears appear looks look became become becomes wouldn't won't isn't
wasn't aren't weren't shouldn't couldn't""".split())
# ... the adverbs that may stand among them, and the words after which a new clause (and subject) begins
_VERB_ADVERBS = frozenset("""not also simply clearly still now really certainly absolutely very already hardly
surely definitely probably currently never no longer just therefore thus""".split())
_CLAUSE_OPENERS = frozenset("""that said says say told tells added adds stated states insisted insists argued
argues stressed stresses noted notes believes believe believed thinks think thought claimed claims declared
declares warned warns replied replies answered wrote writes suggested suggests""".split())
# words a trigger never looks for when a term has another ("stand with" is looked for as "stand")
_FUNCTION_WORDS = frozenset("""a an the of on at to in into for from with by under over out up off about against
as and or not no is are be it its our their his her this that""".split())
_APPOSITION_OPENERS = frozenset("""who whose which a an the long once itself himself herself themselves widely
often seen known""".split())


# -- the lexicon ----------------------------------------------------------------------------

_EMPTY = Lexicon((), (), (), (), "<none>")


@dataclass(frozen=True)
class StanceLexicon:
    """Targets, cues, modals, predicates and relation cues, each a :class:`~discourse.lexicon.Lexicon`.

    Attributes
    ----------
    targets : Lexicon
        One frame per target; its ``negators`` are the stance negators.
    cues, modals, predicates : Lexicon
        Frames ``favor`` and ``against``.
    relations : Lexicon
        Frames ``positive`` and ``negative``: cues of stance toward an actor.
    hedges, conditions, anaphora : tuple of str
        Terms that lower confidence, open an unasserted clause, refer back to a target.
    source : str
    """

    targets: Lexicon
    cues: Lexicon
    source: str = "<memory>"
    modals: Lexicon = field(default=_EMPTY, repr=False)
    predicates: Lexicon = field(default=_EMPTY, repr=False)
    relations: Lexicon = field(default=_EMPTY, repr=False)
    hedges: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()

    @property
    def target_names(self) -> list[str]:
        return self.targets.frame_names

    @property
    def negators(self) -> tuple[str, ...]:
        return self.targets.negators

    def to_frame(self) -> pd.DataFrame:
        """One row per term: ``kind`` (target, cue, modal, predicate, relation, hedge, condition,
        anaphor, negator), ``name`` (target, or side of a cue) and ``term``."""
        rows = [("target", t.frame, t.term) for t in self.targets.terms]
        for kind, lex in (("cue", self.cues), ("modal", self.modals), ("predicate", self.predicates),
                          ("relation", self.relations)):
            rows += [(kind, t.frame, t.term) for t in lex.terms]
        for kind, terms in (("hedge", self.hedges), ("condition", self.conditions), ("anaphor", self.anaphora),
                            ("negator", self.negators)):
            rows += [(kind, "", t) for t in terms]
        return pd.DataFrame(rows, columns=["kind", "name", "term"])

    @cached_property
    def negator_words(self) -> frozenset[str]:
        """The one-word negators ("no", "nothing", "never"), as token keys."""
        return frozenset(n.lower() for n in self.negators if " " not in n)

    @cached_property
    def clause_matcher(self) -> TermMatcher:
        """One matcher over everything a clause reading needs; values are tagged tuples."""
        pairs: list[tuple[str, Any]] = []
        for i, t in enumerate(self.targets.terms):
            pairs.append((t.term, ("t", i)))
            pairs.extend((x, ("x", i)) for x in t.exclude)
        for tag, lex in (("c", self.cues), ("m", self.modals), ("p", self.predicates)):
            pairs.extend((t.term, (tag, 1 if t.frame == "favor" else -1)) for t in lex.terms)
        for tag, terms in (("n", self.negators), ("h", self.hedges), ("i", self.conditions), ("a", self.anaphora)):
            pairs.extend((t, (tag, 0)) for t in terms)
        return TermMatcher(pairs)

    @cached_property
    def trigger_matcher(self) -> TermMatcher:
        """One word of every cue, modal and predicate: a run without any has no stance and is read no further."""
        return _trigger([(t.term, 0) for lex in (self.cues, self.modals, self.predicates) for t in lex.terms])

    @cached_property
    def relation_trigger_matcher(self) -> TermMatcher:
        """One word of every relation cue (a run without any has no relation)."""
        return _trigger([(t.term, 0) for t in self.relations.terms])

    @cached_property
    def unit_triggers(self) -> TermTriggers:
        """What a unit may need reading for, from its tokens' words: values ``"s"`` (a cue, modal or
        predicate), ``"t"`` (a target term or an anaphor) and ``"r"`` (a relation cue). A stance reading
        needs ``"s"`` and, in the unit or its sentence, ``"t"``; a relation needs ``"r"``."""
        pairs = [(t.term, "s") for lex in (self.cues, self.modals, self.predicates) for t in lex.terms]
        pairs += [(t.term, "t") for t in self.targets.terms] + [(t, "t") for t in self.anaphora]
        pairs += [(t.term, "r") for t in self.relations.terms]
        return TermTriggers(pairs)

    @cached_property
    def relation_matcher(self) -> TermMatcher:
        """Relation cues, negators, hedges and conditions, for stance toward actors."""
        pairs: list[tuple[str, Any]] = [(t.term, ("r", 1 if t.frame == "positive" else -1))
                                        for t in self.relations.terms]
        for tag, terms in (("n", self.negators), ("h", self.hedges), ("i", self.conditions)):
            pairs.extend((t, (tag, 0)) for t in terms)
        return TermMatcher(pairs)

    def _repr_html_(self) -> str:
        return (f"<p><b>Stance lexicon</b> {self.source}: {len(self.target_names)} targets</p>"
                + self.targets.summary().rename(columns={"frame": "target"}).to_html(index=False))

    def __repr__(self) -> str:
        return f"<StanceLexicon {self.source}: targets {', '.join(self.target_names)}>"


def _trigger(pairs: Sequence[tuple[str, Any]]) -> TermMatcher:
    """A matcher of one word of each ``(term, value)``, its longest content word (a term cannot match
    where that word is absent): "a dangerous escalation" is looked for as "dangerous", not as "a"."""
    return TermMatcher(sorted({(_trigger_word(t), v) for t, v in pairs}))


def _trigger_word(term: str) -> str:
    """The word of ``term`` a trigger looks for (see :func:`_trigger`)."""
    keys, prefix = parse_term(term)
    options = [(k not in _FUNCTION_WORDS, len(k), k) for k in keys]
    options += [(True, len(prefix), prefix + "*")] if prefix else []
    return max(options)[2]


def load_stance(path: Union[str, Path, Mapping, StanceLexicon, None] = None, *, extend: bool = False
                ) -> StanceLexicon:
    """Load stance targets and cues (YAML, format of the packaged ``stance.yaml``).

    Parameters
    ----------
    path : str, Path, mapping, StanceLexicon or None, default=None
        ``None`` loads the packaged lexicon: general targets of conflict news
        (``negotiations``, ``military_aid``, ``sanctions``, ``escalation``,
        ``troop_deployment``, ``humanitarian_access``) and those of the war in
        Ukraine (``ukraine_support``, ``western_troops``, ``russia``).
    extend : bool, default=False
        Add your targets and word lists to the packaged ones. A file that
        gives no ``negators`` (``hedges``, ``conditions``, ``anaphora``,
        ``modals``, ``predicates``, ``relations``) uses the packaged ones.

    Examples
    --------
    >>> lex = load_stance({"targets": {"rsf": {"terms": ["RSF", "Rapid Support Forces"]}}}, extend=True)
    >>> lex.target_names[-1], "escalation" in lex.target_names
    ('rsf', True)
    """
    if isinstance(path, StanceLexicon):
        lexicon = path
    elif path is None:
        return _default_stance()
    else:
        data, lines, source = read_yaml_source(path)
        lexicon, problems = _parse(data, lines, source, partial=extend)
        _raise_or_warn(problems)
        lexicon = _fill_defaults(lexicon, data if isinstance(data, dict) else {})
    if not extend:
        return lexicon
    base = _default_stance()
    from .lexicon import _merge

    return StanceLexicon(_merge(base.targets, lexicon.targets), _merge(base.cues, lexicon.cues),
                         f"{base.source} + {lexicon.source}", _merge(base.modals, lexicon.modals),
                         _merge(base.predicates, lexicon.predicates), _merge(base.relations, lexicon.relations),
                         tuple(dict.fromkeys(base.hedges + lexicon.hedges)),
                         tuple(dict.fromkeys(base.conditions + lexicon.conditions)),
                         tuple(dict.fromkeys(base.anaphora + lexicon.anaphora)))


def _fill_defaults(lexicon: StanceLexicon, data: dict) -> StanceLexicon:
    """The packaged word lists for every list a user file leaves out."""
    base = _default_stance()
    changes: dict[str, Any] = {}
    if not lexicon.targets.negators:
        changes["targets"] = replace(lexicon.targets, negators=base.targets.negators)
    for key in ("modals", "predicates", "relations", *_LISTS):
        if key not in data:
            changes[key] = getattr(base, key)
    return replace(lexicon, **changes) if changes else lexicon


def check_stance(path: Union[str, Path]) -> list[Problem]:
    """Every problem of a stance file, with its line."""
    try:
        data, lines, source = read_yaml_source(path)
    except LexiconError as exc:
        return [Problem(str(path), exc.line, "error", exc.message)]
    return _parse(data, lines, source, partial=False)[1]


@lru_cache(maxsize=1)
def _default_stance() -> StanceLexicon:
    source = packaged_path("stance.yaml")
    data, lines = read_yaml(packaged_text("stance.yaml"), source)
    lexicon, problems = _parse(data, lines, source, partial=False)
    _raise_or_warn(problems)
    return lexicon


def _moved(lines: LineMap, old: tuple, new: tuple) -> LineMap:
    """Line numbers of the sub-tree at ``old``, re-keyed under ``new``."""
    n = len(old)
    return LineMap({new + k[n:]: v for k, v in lines.lines.items() if k[:n] == old})


def _polar_lexicon(data: dict, key: str, lines: LineMap, source: str, negators: list,
                   problems: list[Problem]) -> Lexicon:
    """The ``favor``/``against`` (or ``positive``/``negative``) lists under ``key`` as a Lexicon."""
    sides = _POLAR[key]
    value = data.get(key) or {}
    if not isinstance(value, dict):
        problems.append(Problem(source, lines.of((key,)), "error", f"'{key}' must map {' and '.join(sides)} to terms"))
        return _EMPTY
    for side in value:
        if side not in sides:
            problems.append(Problem(source, lines.of((key, side)), "error",
                                    f"unknown {key[:-1]} kind {side!r}; use {' and '.join(sides)}"))
    frames = {k: {"terms": v} for k, v in value.items() if k in sides}
    if not frames:
        return _EMPTY
    frame_lines = LineMap({("frames",) + k[1:2] + ("terms",) + k[2:]: v for k, v in lines.lines.items()
                           if k[:1] == (key,)})
    lex, found = _from_discourse({"frames": frames, "negators": negators}, frame_lines, source)
    problems += [p for p in found if "'frames'" not in p.message]
    return lex


def _term_list(data: dict, key: str, lines: LineMap, source: str, problems: list[Problem]) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(Problem(source, lines.of((key,)), "error", f"'{key}' must be a list of terms"))
        return ()
    for i, v in enumerate(value):
        try:
            parse_term(v)
        except TermSyntaxError as exc:
            problems.append(Problem(source, lines.of((key, i)), "error", f"{key}: {exc}"))
    return tuple(value)


def _parse(data: Any, lines: LineMap, source: str, *, partial: bool) -> tuple[StanceLexicon, list[Problem]]:
    problems: list[Problem] = []
    if not isinstance(data, dict):
        problems.append(Problem(source, 1, "error", "a stance file is a mapping with 'targets:' and 'cues:'"))
        data = {}
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(Problem(source, lines.of((key,)), "error",
                                    f"unknown key {key!r}; allowed keys: {', '.join(_TOP_KEYS)}"))
    targets = data.get("targets") or {}
    negators = data.get("negators") or []
    if not partial and not targets:
        problems.append(Problem(source, lines.of(("targets",)), "error", "'targets' must name at least one target"))
    if targets:
        target_lex, found = _from_discourse({"frames": targets, "negators": negators},
                                            _moved(lines, ("targets",), ("frames",)), source)
        # a term in two targets is allowed (a general target and one war's instance): a hit counts for both
        problems += [p for p in found if "'frames'" not in p.message and "is in two frames" not in p.message]
    else:
        target_lex = Lexicon((), (), tuple(negators), (), source)
    cues = _polar_lexicon(data, "cues", lines, source, negators, problems)
    modals = _polar_lexicon(data, "modals", lines, source, negators, problems)
    predicates = _polar_lexicon(data, "predicates", lines, source, negators, problems)
    relations = _polar_lexicon(data, "relations", lines, source, negators, problems)
    lists = {key: _term_list(data, key, lines, source, problems) for key in _LISTS}
    problems.sort(key=lambda p: (p.line or 0, p.severity))
    return StanceLexicon(target_lex, cues, source, modals, predicates, relations, **lists), problems


# -- reading a clause --------------------------------------------------------------------------

class Reading(NamedTuple):
    """One stance reading in a token run.

    ``target`` is empty when the reading needs a target from outside the run:
    ``shape == "anaphora"`` (resolve the anaphor at character ``anchor``) or
    ``"context"`` (a cue with no target term anywhere in the run).
    """

    target: str
    polarity: int
    cue: str
    negated: bool
    target_term: str
    shape: str
    confidence: float
    anchor: int = -1


class _Hits(NamedTuple):
    targets: list          # (first, last, term_index)
    cues: list             # (first, last, polarity)  cues and modals
    preds: list            # (first, last, polarity)
    negs: list             # (first, last)
    hedges: list
    anaphors: list         # (first, last)
    masked: set            # token indices that are not asserted (conditions, questions)
    clause: list           # clause number of each token


def _scan(tokens: Sequence[MatchToken], lexicon: StanceLexicon) -> _Hits:
    targets, cues, preds, negs, hedges, anaphors, conds = [], [], [], [], [], [], []
    for m in lexicon.clause_matcher.find(tokens):
        excluded = {v[1] for v in m.values if v[0] == "x"}
        for tag, value in m.values:
            if tag == "t" and value not in excluded:
                targets.append((m.first, m.last, value))
            elif tag in ("c", "m"):
                cues.append((m.first, m.last, value))
            elif tag == "p":
                preds.append((m.first, m.last, value))
            elif tag == "n":
                negs.append((m.first, m.last))
            elif tag == "h":
                hedges.append((m.first, m.last))
            elif tag == "a":
                anaphors.append((m.first, m.last))
            elif tag == "i":
                conds.append((m.first, m.last))
    clause: list[int] = []
    masked: set[int] = set()
    if not cues and not preds:          # nothing to read: the common case
        return _Hits(targets, cues, preds, negs, hedges, anaphors, masked, clause)
    k = 0
    for tok in tokens:
        clause.append(k)
        if tok.key in _CLAUSE_END or tok.key == "but":
            k += 1
    for first, _, _ in ((f, l_, 0) for f, l_ in conds):
        j = first
        while j < len(tokens) and tokens[j].key != "," and tokens[j].key not in _CLAUSE_END:
            masked.add(j)
            j += 1
    start = 0
    for j, tok in enumerate(tokens):
        if tok.key in _CLAUSE_END or tok.key == "but":
            if tok.key == "?":
                masked.update(range(start, j + 1))
            start = j + 1
    return _Hits(targets, cues, preds, negs, hedges, anaphors, masked, clause)


def _clause_negated(tokens: Sequence[MatchToken], negators: frozenset[str], first: int) -> bool:
    """True when the clause of the cue at ``first`` (after a stop, a comma, "that", "said" ...)
    opens with a negator: a negated subject scopes over its verb however long the verb group
    ("He said no option was being ruled out", "Nothing at all should be ruled out"), beyond
    :data:`NEGATION_WINDOW`. Read from the token itself: "no option" may be a predicate term."""
    start = first
    while start > 0 and first - start < CUE_WINDOW and tokens[start - 1].key not in _CLAUSE_END and \
            tokens[start - 1].key not in _CLAUSE_OPENERS and tokens[start - 1].key != ",":
        start -= 1
    return start < first - NEGATION_WINDOW and tokens[start].key in negators


def _span_masked(hits: _Hits, first: int, last: int) -> bool:
    return any(j in hits.masked for j in range(first, last))


def read_clause(tokens: Sequence[MatchToken], lexicon: StanceLexicon, text: str) -> list[Reading]:
    """Every stance reading of a token run (one unit), in text order of its cue or predicate.

    Parameters
    ----------
    tokens : sequence of MatchToken
        From :func:`discourse.matcher.match_tokens`.
    lexicon : StanceLexicon
    text : str
        The text the token offsets point into.

    Examples
    --------
    >>> from discourse.text import tokenize
    >>> s = "Peskov said sending troops to Ukraine was not in the interests of Western countries."
    >>> [(r.target, r.polarity, r.cue, r.shape) for r in read_clause(match_tokens(tokenize(s)),
    ...                                                               load_stance(), s)][:2]
    [('troop_deployment', -1, 'in the interests', 'subject'), ('western_troops', -1, 'in the interests', 'subject')]
    """
    if not lexicon.trigger_matcher.find(tokens):
        return []                       # no cue, modal or predicate: the common case, one cheap pass
    return _read_clause(tokens, lexicon, text)


def _read_clause(tokens: Sequence[MatchToken], lexicon: StanceLexicon, text: str) -> list[Reading]:
    """:func:`read_clause` once a trigger word was found."""
    hits = _scan(tokens, lexicon)
    if not hits.cues and not hits.preds:
        return []
    used_targets: set[int] = set()
    used_cues: set[int] = set()
    readings: list[tuple[int, Reading]] = []
    tterms = lexicon.targets.terms

    def hedged(first: int) -> float:
        c = hits.clause[first]
        return HEDGE_FACTOR if any(hits.clause[h[0]] == c for h in hits.hedges) else 1.0

    def targets_at(first: int, last: int) -> list[tuple[int, int, int]]:
        """Every target of the term hit at ``first`` (a term may stand for two targets)."""
        return [t for t in hits.targets if t[0] == first and t[1] == last]

    # 1. the target as the subject of a predicate
    extraposed: list[tuple[int, int, int]] = []
    for first, last, pol in hits.preds:
        if _span_masked(hits, first, last):
            continue
        aux, j = None, first - 1
        while j >= 0 and first - j <= 5 and hits.clause[j] == hits.clause[first]:
            key = tokens[j].key
            if key in _AUX:
                aux = j
            elif key not in _VERB_ADVERBS and not any(n[0] <= j < n[1] for n in hits.negs):
                break
            j -= 1
        if aux is None:
            continue
        lo = aux
        while lo > 0 and hits.clause[lo - 1] == hits.clause[aux] and tokens[lo - 1].key not in _CLAUSE_OPENERS:
            lo -= 1
        subject = [t for t in hits.targets if lo <= t[0] and t[1] <= aux and t[0] not in used_targets
                   and not _span_masked(hits, t[0], t[1])]
        anaphor = [a for a in hits.anaphors if lo <= a[0] and a[1] <= aux]
        if last < len(tokens) and tokens[last].key in ("to", "that") and not subject:
            # "it would be a mistake to send troops", "it is not unlikely to send": the predicate
            # governs the clause after it, as a cue does
            if not any(c[0] == first for c in hits.cues):
                extraposed.append((first, last, pol))
            continue
        if not subject and not anaphor:
            continue
        head = subject[0] if subject else anaphor[0]
        polarity = pol
        cue_text = text[tokens[first].start:tokens[last - 1].end]
        for k, c in enumerate(hits.cues):     # "sending troops ... is", "avoiding escalation is"
            if lo <= c[0] and c[1] <= head[0]:
                polarity *= c[2]
                used_cues.add(k)
        n_neg = sum(1 for n in hits.negs if lo <= n[0] and n[1] <= first and not (head[0] <= n[0] < head[1]))
        if n_neg % 2:
            polarity = -polarity
        conf = CONFIDENCE["subject" if subject else "anaphora"] * hedged(first)
        if subject:
            for t in targets_at(head[0], head[1]):
                readings.append((first, Reading(tterms[t[2]].frame, polarity, cue_text, bool(n_neg),
                                                text[tokens[t[0]].start:tokens[t[1] - 1].end], "subject", conf)))
            used_targets.add(head[0])
        else:
            readings.append((first, Reading("", polarity, cue_text, bool(n_neg), "", "anaphora", conf,
                                            tokens[head[0]].start)))
        used_cues.update(k for k, c in enumerate(hits.cues) if c[0] == first)   # "ruled out": not a cue again

    # 2. the target as the object of a cue (or of a chain of cues)
    cues = [(c, k) for k, c in enumerate(hits.cues) if k not in used_cues and not _span_masked(hits, c[0], c[1])]
    if extraposed:
        cues = sorted(cues + [(c, -1) for c in extraposed])
    free = [t for t in hits.targets if t[0] not in used_targets and not _span_masked(hits, t[0], t[1])]
    orphan_ok = not hits.targets
    k = 0
    while k < len(cues):
        (first, last, polarity), _ = cues[k]
        k += 1
        if first > 0 and tokens[first - 1].key in _TOPIC_WORDS:
            continue                        # "discussions about sending troops": a topic, not a stance
        lo = first
        while lo > 0 and first - lo < NEGATION_WINDOW and tokens[lo - 1].key not in _CLAUSE_END:
            lo -= 1
        negated = any(lo <= s and e <= first for s, e in hits.negs) or _clause_negated(tokens, lexicon.negator_words, first)
        if negated:
            polarity = -polarity
        # a cue right before another governs it: "rules out sending", "opposes supporting"
        while k < len(cues) and cues[k][0][0] - last <= _CHAIN_GAP and not any(
                last <= t[0] < cues[k][0][0] for t in free) and not any(
                tokens[j].key in _CLAUSE_END for j in range(last, cues[k][0][0])):   # "supporting Ukraine and avoiding"
            polarity *= cues[k][0][2]
            last = cues[k][0][1]
            k += 1
        hi = last
        while hi < len(tokens) and hi - last < CUE_WINDOW and tokens[hi].key not in _CLAUSE_END:
            hi += 1
        cue_text = text[tokens[first].start:tokens[last - 1].end]
        conf_factor = hedged(first)
        found = next((t for t in free if last <= t[0] and t[1] <= hi), None)
        if found is None:
            anaphor = next((a for a in hits.anaphors if first <= a[0] and a[1] <= hi), None)
            if anaphor is not None:
                readings.append((first, Reading("", polarity, cue_text, negated, "", "anaphora",
                                                CONFIDENCE["anaphora"] * conf_factor, tokens[anaphor[0]].start)))
            elif orphan_ok:
                readings.append((first, Reading("", polarity, cue_text, negated, "", "context",
                                                CONFIDENCE["context"] * conf_factor)))
            continue
        if found[0] > 0 and tokens[found[0] - 1].key == "against":
            polarity = -polarity            # "authorizing missiles against Russia"
        for t in targets_at(found[0], found[1]):
            readings.append((first, Reading(tterms[t[2]].frame, polarity, cue_text, negated,
                                            text[tokens[t[0]].start:tokens[t[1] - 1].end], "object",
                                            CONFIDENCE["object"] * conf_factor)))
    readings.sort(key=lambda r: r[0])
    return [r for _, r in readings]


# -- evidence per document ----------------------------------------------------------------------

def _context_targets(seg: Segmented, unit: Unit, lexicon: StanceLexicon) -> list[tuple[str, str]]:
    """Targets named in the unit's sentence(s) outside the unit: (target, term as written)."""
    sids = range(seg.sentence_at(unit.start), seg.sentence_at(max(unit.start, unit.end - 1)) + 1)
    toks = [t for sid in sids for t in seg.tokens[sid]]
    outside = author_tokens(toks, [(unit.start, unit.end)])
    mt = match_tokens(outside)
    found = []
    for first, last, index in lexicon.targets.find(mt):
        name = lexicon.targets.terms[index].frame
        if all(name != f[0] for f in found):
            found.append((name, seg.text[mt[first].start:mt[last - 1].end]))
    return found


class _Antecedents:
    """The target an anaphor refers to: the last target named before it, in its sentence or the two
    before, preferring one that a cue governs ("floated sending troops to Ukraine. ... such a move":
    the troops, not Ukraine). Cached per sentence."""

    def __init__(self, seg: Segmented, lexicon: StanceLexicon) -> None:
        self.seg, self.lexicon, self.cache = seg, lexicon, {}

    def _hits(self, sid: int) -> list[tuple[int, int, list[str], bool]]:
        if sid not in self.cache:
            mt = match_tokens(self.seg.tokens[sid])
            hits = _scan(mt, self.lexicon)
            by_span: dict[tuple[int, int], list[str]] = {}
            governed: dict[tuple[int, int], bool] = {}
            for first, last, index in hits.targets:
                key = (mt[first].start, mt[last - 1].end)
                by_span.setdefault(key, []).append(self.lexicon.targets.terms[index].frame)
                governed[key] = any(0 <= first - c[1] <= 1 for c in hits.cues)
            self.cache[sid] = [(s, e, names, governed[(s, e)]) for (s, e), names in by_span.items()]
        return self.cache[sid]

    def before(self, offset: int) -> list[tuple[str, str]]:
        sid = self.seg.sentence_at(offset)
        for s in range(sid, max(-1, sid - 3), -1):
            hits = [h for h in self._hits(s) if h[1] <= offset]
            if hits:
                start, end, names, _ = next((h for h in reversed(hits) if h[3]), hits[-1])
                return [(name, self.seg.text[start:end]) for name in names]
        return []


def _clause_start(tokens: Sequence) -> int:
    """Index after an introductory clause ("As the war goes on, ...", "Asked about it, ...")."""
    if not tokens or tokens[0].text.lower() not in _INTRO_WORDS:
        return 0
    for k, tok in enumerate(tokens[:25]):
        if tok.text == ",":
            return k + 1
    return 0


def _subject_actors(tokens: Sequence, mentions: Sequence[Mention]) -> tuple[list[str], int]:
    """Actors named first in an author's sentence (joined by and/,), and the token index where
    their predicate starts (after an apposition or relative clause, which is the author's
    description); ``-1`` when the sentence has no such predicate."""
    starts = {m.start: m for m in mentions if m.actor}
    if not starts:
        return [], -1
    actors: list[str] = []
    end = -1
    i = _clause_start(tokens)
    while i < len(tokens):
        m = starts.get(tokens[i].start)
        if m is not None:
            if m.actor not in actors:
                actors.append(m.actor)
            while i < len(tokens) and tokens[i].end <= m.end:
                i += 1
            end = i
            continue
        if actors and tokens[i].text == "," and i + 1 < len(tokens) and (
                tokens[i + 1].text.lower() in _APPOSITION_OPENERS):
            close = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in (",", ".", ";")), None)
            if close is None or tokens[close].text != ",":
                return actors, -1           # "Orban, who has long opposed sanctions." : a description only
            end = close + 1
            break
        if actors and tokens[i].text.lower() not in _JOINERS and not tokens[i].text[:1].isupper():
            break
        if not actors and tokens[i].text in (".", ";", ":"):
            break
        i += 1
    return actors, end


def stance_evidence_rows(seg: Segmented, units: Sequence[Unit], unit_actor_rows: Sequence[tuple],
                         mentions: Sequence[Mention], lexicon: StanceLexicon, *,
                         tokens: Sequence[list] | None = None, model: Any = None) -> list[tuple]:
    """Rows of :data:`EVIDENCE_COLUMNS` for one document (``tokens``: each unit's tokens, if computed;
    ``model``: a :class:`StanceModel` that labels each actor x target term of a unit instead of the rules)."""
    return stance_and_relation_rows(seg, units, unit_actor_rows, mentions, lexicon, tokens=tokens, model=model,
                                    relations=False)[0]


def stance_and_relation_rows(seg: Segmented, units: Sequence[Unit], unit_actor_rows: Sequence[tuple],
                             mentions: Sequence[Mention], lexicon: StanceLexicon, *,
                             tokens: Sequence[list] | None = None, model: Any = None,
                             relations: bool = True) -> tuple[list[tuple], list[tuple]]:
    """Stance evidence rows and relation rows (:mod:`discourse.relations`) of one document, in one pass:
    each unit's holders and match tokens serve both."""
    from .relations import model_relation_rows, unit_relation_rows

    speakers: dict[int, list[str]] = {}
    for _, uid, actor, role in unit_actor_rows:
        if role == "speaker":
            speakers.setdefault(uid, []).append(actor)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sent_id, []).append(m)
    read_relations = relations and model is None and bool(lexicon.relations.terms)
    antecedents = _Antecedents(seg, lexicon)
    rows: list[tuple] = []
    rel_rows: list[tuple] = []
    sentence_triggers: list[set | None] = [None] * len(seg.sentences)

    def sentence_values(unit: Unit) -> set:
        """The trigger values of the unit's sentence(s): a unit's tokens are among theirs, and so are
        the targets a quote may take from its sentence (``"context"``)."""
        if unit.kind == "sentence":
            sids: Sequence[int] = (unit.sent_id,)
        else:
            first, last = seg.sentence_at(unit.start), seg.sentence_at(max(unit.start, unit.end - 1))
            sids = range(min(unit.sent_id, first), max(unit.sent_id, last) + 1)
        out: set = set()
        for sid in sids:
            found = sentence_triggers[sid]
            if found is None:
                found = sentence_triggers[sid] = lexicon.unit_triggers.values(seg.tokens[sid])
            out |= found
        return out

    def worth_reading(values: set) -> bool:
        """Whether trigger values allow a stance reading (a cue, modal or predicate, and a target or
        anaphor) or a relation."""
        return ("s" in values and "t" in values) or (read_relations and "r" in values)

    for k_unit, u in enumerate(units):
        named = by_sentence.get(u.sent_id, ())
        if u.kind != "sentence":
            actors = speakers.get(u.unit_id)
            if not actors:
                continue
            if model is None:
                around = sentence_values(u)
                if not worth_reading(around):
                    continue
            toks = tokens[k_unit] if tokens is not None else unit_tokens(seg, u)
            if u.kind == "reported":      # the reporting verb may take the stance: "the Kremlin rejected [talks]"
                before = [t for t in seg.tokens[u.sent_id] if t.end <= u.start][-_VERB_REACH:]
                toks = before + toks
            role = "speaker"
        else:
            if not any(m.actor for m in named) or (model is None and not worth_reading(sentence_values(u))):
                continue                  # no subject actor, or no trigger words in the sentence
            toks = tokens[k_unit] if tokens is not None else unit_tokens(seg, u)
            if model is None and u.holes and not worth_reading(lexicon.unit_triggers.values(toks)):
                continue                  # none outside its quotes, hence none after its subject
            mentions_here = [m for m in named if not any(s <= m.start < e for s, e in u.holes)] if u.holes else named
            actors, end = _subject_actors(toks, mentions_here)
            if not actors or end < 0:
                continue
            toks = toks[end:]
            role = "subject"
        if role == "speaker":
            others = [m for m in named if m.actor and m.actor not in actors and u.start <= m.start < u.end]
        else:
            others = [m for m in mentions_here if m.actor and m.actor not in actors]
        if model is None:
            # a stance reading needs a cue, modal or predicate in the unit, and a target or anaphor in
            # the unit (a quote: or in its sentence, whose targets it may take); a relation needs a
            # relation cue and another actor. The common case is neither, and no match tokens are made.
            found = lexicon.unit_triggers.values(toks)
            read_stance = "s" in found and "t" in (found if role == "subject" else around)
            read_relation = read_relations and bool(others) and "r" in found
            if not read_stance and not read_relation:
                continue
        mt = match_tokens(toks)
        if model is None:
            if read_relation:
                rel_rows.extend(unit_relation_rows(seg, u, mt, actors, others, lexicon))
            readings = _read_clause(mt, lexicon, seg.text) if read_stance else []
        else:
            readings = _model_readings(seg, u, mt, actors, by_sentence, lexicon, model)
        if not readings:
            continue
        context = None
        for r in readings:
            if r.shape == "context":
                if u.kind == "sentence":
                    continue
                if context is None:
                    context = _context_targets(seg, u, lexicon)
                resolved = [r._replace(target=name, target_term=term) for name, term in context]
            elif r.shape == "anaphora" and not r.target:
                resolved = [r._replace(target=name, target_term=term) for name, term in antecedents.before(r.anchor)]
            else:
                resolved = [r]
            for e in resolved:
                for actor in actors:
                    rows.append((seg.doc_id, u.unit_id, actor, role, e.target, e.polarity, e.cue, e.negated,
                                 e.target_term, e.shape, e.confidence, u.start, u.end, seg.text[u.start:u.end]))
    if relations and model is not None:
        rel_rows = model_relation_rows(seg, units, unit_actor_rows, mentions, model)
    return rows, rel_rows


def _model_readings(seg: Segmented, unit: Unit, tokens: Sequence[MatchToken], actors: Sequence[str],
                    by_sentence: Mapping[int, Sequence[Mention]], lexicon: StanceLexicon, model: Any) -> list[Reading]:
    """A trained model's readings of a unit: one per target term, the actor as the first span
    (its mention in the sentence nearest the term, if any) and the term as the second."""
    hits = lexicon.targets.find(tokens)
    if not hits:
        return []
    s0 = min(seg.sentences[unit.sent_id].start, unit.start)
    s1 = max(seg.sentences[seg.sentence_at(max(unit.start, unit.end - 1))].end, unit.end)
    text = seg.text[s0:s1]
    named = [m for m in by_sentence.get(unit.sent_id, ()) if m.actor in actors]
    items, meta = [], []
    for first, last, index in hits:
        t0, t1 = tokens[first].start, tokens[last - 1].end
        near = min(named, key=lambda m: abs(m.start - t0), default=None)
        span = (near.start - s0, near.end - s0) if near is not None and not (near.start < t1 and t0 < near.end) \
            else None
        items.append((text, span, (t0 - s0, t1 - s0)))
        meta.append((lexicon.targets.terms[index].frame, seg.text[t0:t1]))
    out = []
    for (label, prob), (target, term) in zip(model.predict_scored(items), meta):
        if label in ("first>second positive", "first>second negative"):
            out.append(Reading(target, 1 if label.endswith("positive") else -1, "model", False, term, "model", prob))
    return out


def stance_table(evidence: pd.DataFrame, targets: Sequence[str]) -> pd.DataFrame:
    """One row per actor x target from the evidence table (see the module docstring).

    Actors appear in order of first evidence; every target is listed for each,
    ``none`` where there is no evidence.
    """
    rows = []
    has_conf = "confidence" in evidence.columns
    for actor in dict.fromkeys(evidence["actor"]):
        mine = evidence[evidence["actor"] == actor]
        for target in targets:
            ev = mine[mine["target"] == target]
            # one vote per evidence unit: the sign of its readings' polarities, weighted by its best confidence
            grouped = ev.groupby(["doc_id", "unit_id"], sort=False)
            votes = grouped["polarity"].sum().apply(lambda x: (x > 0) - (x < 0))
            weights = grouped["confidence"].max() if has_conf else votes * 0 + 1.0
            ev = ev.drop_duplicates(["doc_id", "unit_id"])
            n = len(votes)
            favor = int((votes > 0).sum())
            against = int((votes < 0).sum())
            w_total = float(weights.sum())
            score = round(float((votes * weights).sum()) / w_total, 6) if n and w_total else 0.0
            w_favor = float(weights[votes > 0].sum())
            w_against = float(weights[votes < 0].sum())
            mean_conf = w_total / n if n else 0.0
            if n == 0:
                label, confidence = "none", 0.0
            elif w_favor + w_against == 0:
                label, confidence = "mixed", mean_conf
            else:
                share = w_favor / (w_favor + w_against)
                if share >= MAJORITY:
                    label, confidence = "favor", mean_conf * share
                elif share <= 1 - MAJORITY:
                    label, confidence = "against", mean_conf * (1 - share)
                else:
                    label, confidence = "mixed", mean_conf * (1 - abs(2 * share - 1))
            texts = " | ".join(dict.fromkeys(ev["text"]))
            spans = "; ".join(dict.fromkeys(f"{d}:{s}-{e}" for d, s, e in zip(ev["doc_id"], ev["start"], ev["end"])))
            rows.append((actor, target, label, score, round(confidence, 6), n, favor, against, texts, spans))
    return pd.DataFrame(rows, columns=STANCE_COLUMNS)


from .relations import pair_stance  # noqa: E402  (a sentence's stance between two entities)
from .stance_model import StanceModel, load_model, train  # noqa: E402  (stance from one's own coding)
