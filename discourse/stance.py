"""Stance: where each actor stands on contested targets, with the evidence.

A **target** is a question the discourse takes sides on (support for Ukraine,
sending Western troops, escalation, Russia, negotiations), given by terms. A
**cue** takes a side on what follows it: ``favor`` cues ("support", "send",
"commit to") and ``against`` cues ("rule out", "oppose", "avoid", "the risks
of"). A negator among the three tokens before a cue flips it: "not ruling
out" sending troops reads as favor, "will not support" as against.

Evidence comes from two places:

* the actor's own words (role ``speaker``): every quote unit (direct,
  partial, reported) spoken for the actor. A cue counts for the first target
  term among the 8 tokens after it in its clause; a quote whose cues have no
  target after them takes the targets named in the rest of its sentence
  ("Asked whether this could mean sending French troops, Barrot replied:
  "We are not ruling out any option."");
* what the author reports the actor doing (role ``subject``): in an author's
  sentence, the actors named first (with those joined to them by "and" or
  ",") are read as the subject of the cues that follow ("NATO and European
  leaders are trying to find a balance between supporting Ukraine and
  avoiding a wider conflict").

The ``stance`` table has one row per actor x target for every actor with any
evidence: ``label`` (favor / against / none), ``score`` (mean over evidence
units of each unit's vote, +1 favor / -1 against / 0 mixed, in [-1, 1]),
``n_evidence`` (units), ``n_favor``, ``n_against`` and the evidence texts
with their offsets. ``stance_evidence`` has one row per piece of
evidence. This is a transparent rule-based reading, not a trained stance
classifier: read the evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Union

import pandas as pd

from .actors import Mention
from .datafiles import LineMap, packaged_path, packaged_text, read_yaml, read_yaml_source
from .errors import LexiconError
from .lexicon import Lexicon, Problem, _from_discourse, _raise_or_warn
from .matcher import MatchToken, match_tokens
from .text import Segmented
from .units import Unit, author_tokens, unit_tokens

__all__ = ["StanceLexicon", "load_stance", "STANCE_COLUMNS", "EVIDENCE_COLUMNS", "stance_evidence_rows",
           "stance_table", "CUE_WINDOW", "NEGATION_WINDOW"]

#: Columns of ``Analysis.stance``.
STANCE_COLUMNS = ["actor", "target", "label", "score", "n_evidence", "n_favor", "n_against", "evidence", "spans"]
#: Columns of ``Analysis.stance_evidence``.
EVIDENCE_COLUMNS = ["doc_id", "unit_id", "actor", "role", "target", "polarity", "cue", "negated", "target_term",
                    "start", "end", "text"]
#: A cue counts for the first target term among this many tokens after it.
CUE_WINDOW = 8
#: A negator among this many tokens before a cue flips it.
NEGATION_WINDOW = 3

_TOP_KEYS = ("version", "negators", "cues", "targets")
_CLAUSE_END = frozenset(".;:!?")
_CHAIN_GAP = 4      # "refused on Monday to rule out sending": a short adverbial may stand between
_VERB_REACH = 3
_TOPIC_WORDS = frozenset({"about", "of", "over", "on", "regarding", "concerning"})
_INTRO_WORDS = frozenset("""as while although though when after before since if because despite amid in on at with
following asked speaking according given unlike like for during under once similarly meanwhile however instead
moreover also yet still""".split())
_JOINERS = frozenset({"and", ",", "'s", "the", "its", "their", "other", "leaders", "officials", "allies",
                      "government", "governments", "partners", "members", "counterparts"})


@dataclass(frozen=True)
class StanceLexicon:
    """Targets and cues, each held as a :class:`~discourse.lexicon.Lexicon`.

    Attributes
    ----------
    targets : Lexicon
        One frame per target.
    cues : Lexicon
        Frames ``favor`` and ``against``.
    source : str
    """

    targets: Lexicon
    cues: Lexicon
    source: str = "<memory>"

    @property
    def target_names(self) -> list[str]:
        return self.targets.frame_names

    def to_frame(self) -> pd.DataFrame:
        """One row per term: ``kind`` (target or cue), ``name``, ``term``."""
        rows = [("target", t.frame, t.term) for t in self.targets.terms]
        rows += [("cue", t.frame, t.term) for t in self.cues.terms]
        return pd.DataFrame(rows, columns=["kind", "name", "term"])

    def _repr_html_(self) -> str:
        return (f"<p><b>Stance lexicon</b> {self.source}: {len(self.target_names)} targets</p>"
                + self.targets.summary().rename(columns={"frame": "target"}).to_html(index=False))

    def __repr__(self) -> str:
        return f"<StanceLexicon {self.source}: targets {', '.join(self.target_names)}>"


def load_stance(path: Union[str, Path, Mapping, StanceLexicon, None] = None, *, extend: bool = False
                ) -> StanceLexicon:
    """Load stance targets and cues (YAML, format of the packaged ``stance.yaml``).

    Parameters
    ----------
    path : str, Path, mapping, StanceLexicon or None, default=None
        ``None`` loads the packaged targets (``ukraine_support``,
        ``western_troops``, ``escalation``, ``russia``, ``negotiations``).
    extend : bool, default=False
        Add your targets and cues to the packaged ones. A file without
        ``negators`` uses the packaged negators.

    Examples
    --------
    >>> lex = load_stance({"targets": {"sanctions": {"terms": ["sanction*"]}}}, extend=True)
    >>> lex.target_names[-1], "escalation" in lex.target_names
    ('sanctions', True)
    """
    if isinstance(path, StanceLexicon):
        lexicon = path
    elif path is None:
        return _default_stance()
    else:
        data, lines, source = read_yaml_source(path)
        lexicon, problems = _parse(data, lines, source, partial=extend)
        _raise_or_warn(problems)
        if not lexicon.targets.negators:              # no negators given: the packaged ones
            lexicon = replace(lexicon, targets=replace(lexicon.targets, negators=_default_stance().targets.negators))
    if not extend:
        return lexicon
    base = _default_stance()
    from .lexicon import _merge

    return StanceLexicon(_merge(base.targets, lexicon.targets), _merge(base.cues, lexicon.cues),
                         f"{base.source} + {lexicon.source}")


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
    cues = data.get("cues") or {}
    if not isinstance(cues, dict):
        problems.append(Problem(source, lines.of(("cues",)), "error", "'cues' must map favor/against to terms"))
        cues = {}
    for key in cues:
        if key not in ("favor", "against"):
            problems.append(Problem(source, lines.of(("cues", key)), "error",
                                    f"unknown cue kind {key!r}; use favor and against"))
    if not partial and not targets:
        problems.append(Problem(source, lines.of(("targets",)), "error", "'targets' must name at least one target"))
    target_lex, p1 = (_from_discourse({"frames": targets, "negators": data.get("negators") or []},
                                      _moved(lines, ("targets",), ("frames",)), source)
                      if targets else (Lexicon((), (), tuple(data.get("negators") or ()), (), source), []))
    cue_frames = {k: {"terms": v} for k, v in cues.items() if k in ("favor", "against")}
    cue_lines = LineMap({("frames",) + k[1:2] + ("terms",) + k[2:]: v for k, v in lines.lines.items()
                         if k[:1] == ("cues",)})
    cue_lex, p2 = (_from_discourse({"frames": cue_frames, "negators": data.get("negators") or []}, cue_lines, source)
                   if cue_frames else (Lexicon((), (), tuple(data.get("negators") or ()), (), source), []))
    problems += [p for p in p1 + p2 if "'frames'" not in p.message]
    problems.sort(key=lambda p: (p.line or 0, p.severity))
    return StanceLexicon(target_lex, cue_lex, source), problems


# -- evidence ---------------------------------------------------------------------------

class _Evidence(NamedTuple):
    target: str
    polarity: int
    cue: str
    negated: bool
    target_term: str


def _read(tokens: Sequence[MatchToken], lexicon: StanceLexicon, text: str) -> tuple[list[_Evidence], bool]:
    """Cue -> target evidence in a token run; also whether its cues need the context's targets
    (there are cues, and no target term anywhere in the run)."""
    cues = lexicon.cues.find(tokens)
    if not cues:
        return [], False
    targets = lexicon.targets.find(tokens)
    negators = lexicon.targets.negator_spans(tokens)
    out: list[_Evidence] = []
    orphan = False
    cues = [c for c in cues if not any(t_first <= c[0] and c[1] <= t_last for t_first, t_last, _ in targets)]
    k = 0
    while k < len(cues):
        first, last, index = cues[k]
        k += 1
        if first > 0 and tokens[first - 1].key in _TOPIC_WORDS:
            continue                        # "discussions about sending troops": a topic, not a stance
        polarity = 1 if lexicon.cues.terms[index].frame == "favor" else -1
        lo = first
        while lo > 0 and first - lo < NEGATION_WINDOW and tokens[lo - 1].key not in _CLAUSE_END:
            lo -= 1
        negated = any(lo <= s and e <= first for s, e in negators)
        if negated:
            polarity = -polarity
        # a cue right before another governs it: "rules out sending", "opposes supporting"
        while k < len(cues) and cues[k][0] - last <= _CHAIN_GAP and not any(
                last <= t_first < cues[k][0] for t_first, _, _ in targets) and not any(
                tokens[j].key in _CLAUSE_END for j in range(last, cues[k][0])):   # "supporting Ukraine and avoiding"
            polarity *= 1 if lexicon.cues.terms[cues[k][2]].frame == "favor" else -1
            last = cues[k][1]
            k += 1
        hi = last
        while hi < len(tokens) and hi - last < CUE_WINDOW and tokens[hi].key not in _CLAUSE_END:
            hi += 1
        found = None
        for t_first, t_last, t_index in targets:
            if last <= t_first and t_last <= hi:
                found = (t_first, t_last, t_index)
                break
        cue_text = text[tokens[first].start:tokens[last - 1].end]
        if found is None:
            orphan = not targets
            out.append(_Evidence("", polarity, cue_text, negated, ""))
            continue
        term = lexicon.targets.terms[found[2]]
        if found[0] > 0 and tokens[found[0] - 1].key == "against":
            polarity = -polarity            # "authorizing missiles against Russia"
        out.append(_Evidence(term.frame, polarity, cue_text, negated,
                             text[tokens[found[0]].start:tokens[found[1] - 1].end]))
    return out, orphan


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


def _clause_start(tokens: Sequence) -> int:
    """Index after an introductory clause ("As the war goes on, ...", "Asked about it, ...")."""
    if not tokens or tokens[0].text.lower() not in _INTRO_WORDS:
        return 0
    for k, tok in enumerate(tokens[:25]):
        if tok.text == ",":
            return k + 1
    return 0


def _subject_actors(tokens: Sequence, mentions: Sequence[Mention]) -> tuple[list[str], int]:
    """Actors named first in an author's sentence (joined by and/,), and the token end of that group."""
    starts = {m.start: m for m in mentions if m.actor}
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
        if actors and tokens[i].text.lower() not in _JOINERS and not tokens[i].text[:1].isupper():
            break
        if not actors and tokens[i].text in (".", ";", ":"):
            break
        i += 1
    return actors, end


def stance_evidence_rows(seg: Segmented, units: Sequence[Unit], unit_actor_rows: Sequence[tuple],
                         mentions: Sequence[Mention], lexicon: StanceLexicon, *,
                         tokens: Sequence[list] | None = None) -> list[tuple]:
    """Rows of :data:`EVIDENCE_COLUMNS` for one document (``tokens``: each unit's tokens, if computed)."""
    if tokens is None:
        tokens = [unit_tokens(seg, u) for u in units]
    speakers: dict[int, list[str]] = {}
    for _, uid, actor, role in unit_actor_rows:
        if role == "speaker":
            speakers.setdefault(uid, []).append(actor)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sent_id, []).append(m)
    rows: list[tuple] = []
    for u, toks in zip(units, tokens):
        if u.kind != "sentence":
            actors = speakers.get(u.unit_id)
            if not actors:
                continue
            if u.kind == "reported":      # the reporting verb may take the stance: "the Kremlin rejected [talks]"
                before = [t for t in seg.tokens[u.sent_id] if t.end <= u.start][-_VERB_REACH:]
                toks = before + toks
            evidence, orphan = _read(match_tokens(toks), lexicon, seg.text)
            if orphan:
                context = _context_targets(seg, u, lexicon)
                evidence = [e._replace(target=name, target_term=term) for e in evidence
                            for name, term in context] if context else []
            role, span = "speaker", (u.start, u.end)
        else:
            mentions_here = [m for m in by_sentence.get(u.sent_id, ()) if not any(s <= m.start < e for s, e in u.holes)]
            actors, end = _subject_actors(toks, mentions_here)
            if not actors:
                continue
            evidence, _ = _read(match_tokens(toks[end:]), lexicon, seg.text)
            role, span = "subject", (u.start, u.end)
        for e in evidence:
            if not e.target:
                continue
            for actor in actors:
                rows.append((seg.doc_id, u.unit_id, actor, role, e.target, e.polarity, e.cue, e.negated,
                             e.target_term, span[0], span[1], seg.text[span[0]:span[1]]))
    return rows


def stance_table(evidence: pd.DataFrame, targets: Sequence[str]) -> pd.DataFrame:
    """One row per actor x target from the evidence table (see the module docstring).

    Actors appear in order of first evidence; every target is listed for each,
    ``none`` where there is no evidence.
    """
    rows = []
    for actor in dict.fromkeys(evidence["actor"]):
        mine = evidence[evidence["actor"] == actor]
        for target in targets:
            ev = mine[mine["target"] == target]
            # one vote per evidence unit: the sign of its cues' polarities
            votes = ev.groupby(["doc_id", "unit_id"], sort=False)["polarity"].sum().apply(
                lambda x: (x > 0) - (x < 0))
            ev = ev.drop_duplicates(["doc_id", "unit_id"])
            n = len(votes)
            favor = int((votes > 0).sum())
            against = int((votes < 0).sum())
            score = round(float(votes.mean()), 6) if n else 0.0
            label = "favor" if score > 0 else "against" if score < 0 else "none"
            texts = " | ".join(dict.fromkeys(ev["text"]))
            spans = "; ".join(dict.fromkeys(f"{d}:{s}-{e}" for d, s, e in zip(ev["doc_id"], ev["start"], ev["end"])))
            rows.append((actor, target, label, score, n, favor, against, texts, spans))
    return pd.DataFrame(rows, columns=STANCE_COLUMNS)
