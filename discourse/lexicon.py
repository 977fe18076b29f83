"""Framing lexicons: one portable format, and the formats researchers already have.

A :class:`Lexicon` is a set of frames (name, one-line description, optional
parent for a hierarchy) and their terms (term syntax of
:mod:`discourse.matcher`, with a weight, a source and optional exclusions),
plus the negators and hedges that mark a hit as negated or hedged.

:func:`load_lexicon` reads

* **discourse YAML** (``.yaml``/``.yml``; the format of the packaged
  ``frames.yaml``, documented there) and the same structure as **JSON**;
* **CSV** with columns ``frame``, ``term`` and optionally ``weight``,
  ``description``, ``parent``, ``source``;
* **LIWC** ``.dic`` files: categories between two ``%`` lines, then one word
  per line followed by its category numbers (or names);
* **quanteda-style YAML** dictionaries: nested mappings of category -> list
  of patterns (``security: {threat: [threat*, danger]}``); nested keys
  become child frames (``security.threat``, parent ``security``).

Every problem is reported with its file and line. Errors (unknown keys,
empty frames, a wildcard not at the end, a bad weight, unreadable syntax)
stop loading with a :class:`~discourse.errors.LexiconError`; doubtful
entries (a duplicate term, a term in two frames, regular-expression
characters, which are matched literally) are reported by
:func:`check_lexicon` and give a :class:`LexiconWarning` on load.
"""

from __future__ import annotations

import csv
import html
import io
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Union

import pandas as pd

from .datafiles import LineMap, packaged_path, packaged_text, read_yaml
from .errors import DiscourseWarning, LexiconError
from .matcher import MatchToken, TermMatcher, TermSyntaxError, parse_term

__all__ = ["Frame", "Term", "Lexicon", "Problem", "LexiconWarning", "load_lexicon", "check_lexicon",
           "NEGATION_WINDOW", "HEDGE_WINDOW", "PACKAGED_LEXICONS"]

#: Framing lexicons shipped with discourse, by the name that selects them
#: (``load_lexicon("mfc")``, ``analyze(corpus, frames="mfc")``, ``--frames mfc``).
PACKAGED_LEXICONS = {
    "conflict": "frames.yaml",      # the default: frames of news on war and security, for any conflict
    "mfc": "mfc.yaml",              # the Media Frames Corpus dimensions (Boydstun et al. 2014)
}

#: A hit is negated when a negator stands among the this many tokens before it, in its clause.
NEGATION_WINDOW = 3
#: A hit is hedged when a hedge starts among this many tokens before it or ends this many after it, in its clause.
HEDGE_WINDOW = 5

_TOP_KEYS = ("version", "name", "description", "negators", "hedges", "frames")
_FRAME_KEYS = ("description", "parent", "terms")
_TERM_KEYS = ("term", "weight", "source", "exclude")
_REGEX_CHARS = set("\\^$[]{}()|+?")
_NEGATOR = ("n",)
_HEDGE = ("h",)


class LexiconWarning(DiscourseWarning):
    """A doubtful lexicon entry: a duplicate term, a term in two frames, regex characters."""


@dataclass(frozen=True)
class Frame:
    """A frame: ``name``, one-line ``description``, optional ``parent`` frame."""

    name: str
    description: str = ""
    parent: str | None = None


@dataclass(frozen=True)
class Term:
    """A term of a frame, in the term syntax of :mod:`discourse.matcher`."""

    frame: str
    term: str
    weight: float = 1.0
    source: str = ""
    exclude: tuple[str, ...] = ()
    line: int | None = field(default=None, compare=False)


class Problem(NamedTuple):
    """A problem found in a lexicon file."""

    path: str
    line: int | None
    severity: str          # "error" | "warning"
    message: str

    def __str__(self) -> str:
        where = f"{self.path} line {self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Lexicon:
    """A validated framing lexicon.

    Attributes
    ----------
    frames : tuple of Frame
    terms : tuple of Term
    negators, hedges : tuple of str
        Terms that mark a hit as negated ("not", "no", "never") or hedged
        ("could", "possible", "remains to be seen").
    source : str
    """

    frames: tuple[Frame, ...]
    terms: tuple[Term, ...]
    negators: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    source: str = "<memory>"

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, frame: str) -> bool:
        return any(f.name == frame for f in self.frames)

    @property
    def frame_names(self) -> list[str]:
        """Frame names in lexicon order."""
        return [f.name for f in self.frames]

    def terms_of(self, frame: str) -> list[str]:
        """The terms of one frame, as written."""
        return [t.term for t in self.terms if t.frame == frame]

    def to_frame(self) -> pd.DataFrame:
        """One row per term: ``frame``, ``parent``, ``description``, ``term``, ``weight``, ``source``, ``exclude``."""
        info = {f.name: f for f in self.frames}
        rows = [(t.frame, info[t.frame].parent or "", info[t.frame].description, t.term, t.weight, t.source,
                 "; ".join(t.exclude)) for t in self.terms]
        return pd.DataFrame(rows, columns=["frame", "parent", "description", "term", "weight", "source", "exclude"])

    def summary(self) -> pd.DataFrame:
        """One row per frame: ``frame``, ``parent``, ``description``, ``n_terms``, ``examples``."""
        rows = []
        for f in self.frames:
            terms = self.terms_of(f.name)
            rows.append((f.name, f.parent or "", f.description, len(terms), ", ".join(terms[:6])))
        return pd.DataFrame(rows, columns=["frame", "parent", "description", "n_terms", "examples"])

    @cached_property
    def matcher(self) -> TermMatcher:
        """The compiled matcher of terms, exclusions, negators and hedges, for one pass over a text.

        Values are indices into :attr:`terms`; ``("x", index)`` for an exclusion
        of that term; ``("n",)`` for a negator and ``("h",)`` for a hedge.
        """
        pairs: list[tuple[str, Any]] = []
        for i, t in enumerate(self.terms):
            pairs.append((t.term, i))
            pairs.extend((x, ("x", i)) for x in t.exclude)
        pairs.extend((t, _NEGATOR) for t in self.negators)
        pairs.extend((t, _HEDGE) for t in self.hedges)
        return TermMatcher(pairs)

    def scan(self, tokens: Sequence[MatchToken]) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]],
                                                         list[tuple[int, int]]]:
        """One pass over match tokens: term hits ``(first, last, term_index)`` with exclusions
        applied, and the ``(first, last)`` spans of negators and of hedges."""
        hits, negators, hedges = [], [], []
        for m in self.matcher.find(tokens):
            values = m.values
            if len(values) == 1 and isinstance(values[0], int):
                hits.append((m.first, m.last, values[0]))
                continue
            excluded = {v[1] for v in values if isinstance(v, tuple) and v[0] == "x"}
            for v in values:
                if isinstance(v, int):
                    if v not in excluded:
                        hits.append((m.first, m.last, v))
                elif v == _NEGATOR:
                    negators.append((m.first, m.last))
                elif v == _HEDGE:
                    hedges.append((m.first, m.last))
        return hits, negators, hedges

    def find(self, tokens: Sequence[MatchToken]) -> list[tuple[int, int, int]]:
        """``(first, last, term_index)`` of every term hit in match tokens, exclusions applied."""
        return self.scan(tokens)[0]

    def negator_spans(self, tokens: Sequence[MatchToken]) -> list[tuple[int, int]]:
        """``(first, last)`` of every negator in match tokens."""
        return self.scan(tokens)[1]

    def _repr_html_(self) -> str:
        head = (f"<p><b>Lexicon</b> {html.escape(self.source)}: {len(self.frames)} frames, "
                f"{len(self.terms)} terms, {len(self.negators)} negators, {len(self.hedges)} hedges</p>")
        return head + self.summary().to_html(index=False)

    def __repr__(self) -> str:
        return f"<Lexicon {self.source}: {len(self.frames)} frames, {len(self.terms)} terms>"


# -- loading ------------------------------------------------------------------------------

def load_lexicon(
    path: Union[str, Path, Mapping, Lexicon, None] = None,
    *,
    extend: bool = False,
    format: str | None = None,
) -> Lexicon:
    """Load a framing lexicon.

    Parameters
    ----------
    path : str, Path, mapping, Lexicon or None, default=None
        A file in one of the supported formats, a mapping in the discourse
        YAML structure, ``None`` for the packaged ``frames.yaml``, or the name
        of a packaged lexicon (:data:`PACKAGED_LEXICONS`): ``"conflict"``
        (the default) or ``"mfc"`` (the 14 coded dimensions of the Media
        Frames Corpus codebook). A name is never read as a file: to read a
        file called ``mfc``, pass ``"./mfc"``.
    extend : bool, default=False
        Merge with the packaged lexicon (your frames are added; a frame of
        the same name gets your terms added to its own) instead of
        replacing it. A lexicon without negators and hedges (every CSV,
        LIWC and quanteda file) uses the packaged ones.
    format : {"yaml", "json", "csv", "dic", "quanteda"}, optional
        Override the format guessed from the file name (``.yaml`` files in
        the quanteda style are recognised by their content).

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        Naming the file and line of the first error (and how many more).

    Examples
    --------
    >>> lex = load_lexicon({"frames": {"calm": {"description": "Calls for calm",
    ...                                         "terms": ["calm", "restraint"]}}}, extend=True)
    >>> "calm" in lex and "escalation" in lex
    True
    >>> load_lexicon("mfc").frame_names[:3]
    ['economic', 'capacity_resources', 'morality']
    """
    if isinstance(path, Lexicon):
        lexicon = path
    elif path is None:
        return _default_lexicon()
    elif isinstance(path, str) and path in PACKAGED_LEXICONS:
        lexicon = _packaged_lexicon(path)
    else:
        lexicon, problems = _parse_any(path, format)
        _raise_or_warn(problems)
        if not lexicon.negators and not lexicon.hedges:      # CSV, LIWC and quanteda files have no place for them
            default = _default_lexicon()
            lexicon = replace(lexicon, negators=default.negators, hedges=default.hedges)
    return _merge(_default_lexicon(), lexicon) if extend else lexicon


def check_lexicon(path: Union[str, Path], *, format: str | None = None) -> list[Problem]:
    """Every problem of a lexicon file, errors and warnings, with their lines.

    Returns
    -------
    list of Problem
        Empty when the file is clean. A YAML syntax error stops reading, so
        it is the only problem reported.
    """
    if isinstance(path, str) and path in PACKAGED_LEXICONS:
        path = Path(__file__).parent / "lexicons" / PACKAGED_LEXICONS[path]
    try:
        _, problems = _parse_any(path, format)
    except LexiconError as exc:
        return [Problem(str(exc.path), exc.line, "error", exc.message)]
    return problems


def _raise_or_warn(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problem(s): run `discourse lexicon check`)" if len(errors) > 1 else ""
        raise LexiconError(first.path, first.line, first.message + more)
    for p in problems:
        warnings.warn(str(p), LexiconWarning, stacklevel=3)


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _read_packaged("frames.yaml")


@lru_cache(maxsize=None)
def _packaged_lexicon(name: str) -> Lexicon:
    """A packaged lexicon by name; one without its own negators and hedges takes the default's."""
    if PACKAGED_LEXICONS[name] == "frames.yaml":
        return _default_lexicon()
    lexicon = _read_packaged(PACKAGED_LEXICONS[name])
    if not lexicon.negators and not lexicon.hedges:
        default = _default_lexicon()
        lexicon = replace(lexicon, negators=default.negators, hedges=default.hedges)
    return lexicon


def _read_packaged(file: str) -> Lexicon:
    source = packaged_path(file)
    data, lines = read_yaml(packaged_text(file), source)
    lexicon, problems = _from_discourse(data, lines, source)
    _raise_or_warn(problems)
    return lexicon


def _merge(base: Lexicon, extra: Lexicon) -> Lexicon:
    frames = {f.name: f for f in base.frames}
    for f in extra.frames:
        old = frames.get(f.name)
        frames[f.name] = f if old is None else replace(old, description=f.description or old.description,
                                                        parent=f.parent or old.parent)
    seen = {(t.frame, t.term.lower()) for t in base.terms}
    terms = list(base.terms) + [t for t in extra.terms if (t.frame, t.term.lower()) not in seen]
    return Lexicon(tuple(frames.values()), tuple(terms),
                   tuple(dict.fromkeys(base.negators + extra.negators)),
                   tuple(dict.fromkeys(base.hedges + extra.hedges)), f"{base.source} + {extra.source}")


def _parse_any(path: Union[str, Path, Mapping], format: str | None) -> tuple[Lexicon, list[Problem]]:
    if isinstance(path, Mapping):
        return _from_mapping(dict(path), LineMap(), "<mapping>")
    source = str(path)
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise LexiconError(source, None, "no such file; check the path") from None
    except IsADirectoryError:
        raise LexiconError(source, None, "is a folder; give a lexicon file") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    fmt = (format or p.suffix.lower().lstrip(".")).replace("yml", "yaml")
    if fmt == "csv":
        return _from_csv(text, source)
    if fmt == "dic":
        return _from_dic(text, source)
    if fmt in ("yaml", "json", "quanteda"):
        data, lines = read_yaml(text, source)
        if fmt == "quanteda":
            return _from_quanteda(data, lines, source)
        return _from_mapping(data, lines, source)
    raise LexiconError(source, None, f"unknown lexicon format {fmt!r}; use .yaml, .json, .csv or .dic "
                                     "(or pass format=)")


def _from_mapping(data: Any, lines: LineMap, source: str) -> tuple[Lexicon, list[Problem]]:
    if isinstance(data, dict) and "frames" not in data and data and all(
            isinstance(v, (list, dict)) for v in data.values()) and not set(data) & {"negators", "hedges"}:
        return _from_quanteda(data, lines, source)
    return _from_discourse(data, lines, source)


class _Builder:
    """Collects frames, terms and problems while a lexicon is parsed."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.frames: dict[str, Frame] = {}
        self.terms: list[Term] = []
        self.problems: list[Problem] = []
        self._where: dict[str, tuple[str, int | None]] = {}      # term key -> (frame, line)
        self._frame_lines: dict[str, int | None] = {}

    def error(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.source, line, "error", message))

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.source, line, "warning", message))

    def frame(self, name: Any, line: int | None, description: Any = "", parent: Any = None) -> str | None:
        if not isinstance(name, str) or not name.strip():
            self.error(line, f"frame name {name!r} must be non-empty text")
            return None
        if description is not None and not isinstance(description, str):
            self.error(line, f"frame {name!r}: description must be one line of text")
            description = ""
        if parent is not None and not isinstance(parent, str):
            self.error(line, f"frame {name!r}: parent must be a frame name")
            parent = None
        self.frames[name] = Frame(name.strip(), (description or "").strip(), parent)
        return name.strip()

    def term(self, frame: str, term: Any, line: int | None, *, weight: Any = 1.0, source: Any = "",
             exclude: Any = ()) -> None:
        if not isinstance(term, str) or not term.strip():
            self.error(line, f"frame {frame!r}: term {term!r} must be non-empty text")
            return
        term = term.strip()
        try:
            words, prefix = parse_term(term)
        except TermSyntaxError as exc:
            self.error(line, f"frame {frame!r}: {exc}")
            return
        if isinstance(weight, bool) or not isinstance(weight, (int, float)):
            self.error(line, f"frame {frame!r}, term {term!r}: weight must be a number, got {weight!r}")
            return
        if isinstance(exclude, str):
            exclude = [exclude]
        if not isinstance(exclude, (list, tuple)) or not all(isinstance(x, str) and x.strip() for x in exclude):
            self.error(line, f"frame {frame!r}, term {term!r}: exclude must be a list of terms")
            return
        for x in exclude:
            try:
                parse_term(x)
            except TermSyntaxError as exc:
                self.error(line, f"frame {frame!r}, exclusion of {term!r}: {exc}")
                return
        if set(term) & _REGEX_CHARS:
            self.warn(line, f"frame {frame!r}: term {term!r} contains regular-expression characters; "
                            "they are matched literally (use a trailing * for endings)")
        key = " ".join(words) + (f" {prefix}*" if prefix is not None else "")
        if key in self._where:
            other, other_line = self._where[key]
            at = f" (line {other_line})" if other_line else ""
            if other == frame:
                self.warn(line, f"frame {frame!r}: duplicate term {term!r}{at}; it is counted once")
                return
            self.warn(line, f"term {term!r} is in two frames, {other!r}{at} and {frame!r}; "
                            "a hit counts for both")
        else:
            self._where[key] = (frame, line)
        self.terms.append(Term(frame, term, float(weight), str(source or ""), tuple(exclude), line))

    def finish(self, negators=(), hedges=()) -> tuple[Lexicon, list[Problem]]:
        for f in self.frames.values():
            if f.parent is not None and f.parent not in self.frames:
                self.error(None, f"frame {f.name!r}: parent {f.parent!r} is not a frame of this lexicon")
        used = {t.frame for t in self.terms}
        children = {f.parent for f in self.frames.values() if f.parent}
        for f in self.frames.values():
            if f.name not in used and f.name not in children and not any(
                    p.severity == "error" and f"frame {f.name!r}" in p.message for p in self.problems):
                self.error(self._frame_lines.get(f.name), f"frame {f.name!r} has no terms; add terms or remove it")
        lexicon = Lexicon(tuple(self.frames.values()), tuple(self.terms), tuple(negators), tuple(hedges),
                          self.source)
        self.problems.sort(key=lambda p: (p.line or 0, p.severity))
        return lexicon, self.problems


def _from_discourse(data: Any, lines: LineMap, source: str) -> tuple[Lexicon, list[Problem]]:
    b = _Builder(source)
    if not isinstance(data, dict) or "frames" not in data:
        b.error(1, "a lexicon is a mapping with a 'frames:' mapping (see discourse/lexicons/frames.yaml), "
                   "or a quanteda-style mapping of category -> terms")
        return b.finish()
    for key in data:
        if key not in _TOP_KEYS:
            b.error(lines.of((key,)), f"unknown key {key!r}; allowed keys: {', '.join(_TOP_KEYS)}")
    cues = {}
    for key in ("negators", "hedges"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            b.error(lines.of((key,)), f"'{key}' must be a list of terms")
            value = []
        for i, v in enumerate(value):
            try:
                parse_term(v)
            except TermSyntaxError as exc:
                b.error(lines.of((key, i)), f"{key}: {exc}")
        cues[key] = [v for v in value if isinstance(v, str)]
    frames = data.get("frames")
    if not isinstance(frames, dict) or not frames:
        b.error(lines.of(("frames",)), "'frames' must map each frame name to its description and terms")
        return b.finish(cues["negators"], cues["hedges"])
    for name, spec in frames.items():
        at = ("frames", name)
        b._frame_lines[str(name)] = lines.of(at)
        if isinstance(spec, list):                      # shorthand: frame: [terms]
            spec = {"terms": spec}
        if not isinstance(spec, dict):
            b.error(lines.of(at), f"frame {name!r} must be a mapping with 'description' and 'terms'")
            continue
        for key in spec:
            if key not in _FRAME_KEYS:
                b.error(lines.of(at + (key,)), f"frame {name!r}: unknown key {key!r}; "
                                               f"allowed keys: {', '.join(_FRAME_KEYS)}")
        frame = b.frame(name, lines.of(at), spec.get("description", ""), spec.get("parent"))
        if frame is None:
            continue
        terms = spec.get("terms") or []
        if not isinstance(terms, list):
            b.error(lines.of(at + ("terms",)), f"frame {name!r}: 'terms' must be a list")
            continue
        for i, item in enumerate(terms):
            line = lines.of(at + ("terms", i))
            if isinstance(item, dict):
                for key in item:
                    if key not in _TERM_KEYS:
                        b.error(lines.of(at + ("terms", i, key)), f"frame {name!r}: unknown term key {key!r}; "
                                                                  f"allowed keys: {', '.join(_TERM_KEYS)}")
                b.term(frame, item.get("term"), line, weight=item.get("weight", 1.0),
                       source=item.get("source", ""), exclude=item.get("exclude") or ())
            else:
                b.term(frame, item, line)
    return b.finish(cues["negators"], cues["hedges"])


def _from_quanteda(data: Any, lines: LineMap, source: str) -> tuple[Lexicon, list[Problem]]:
    b = _Builder(source)
    if not isinstance(data, dict) or not data:
        b.error(1, "a quanteda-style dictionary maps each category to a list of patterns (or to subcategories)")
        return b.finish()

    def walk(node: Any, path: tuple, parent: str | None) -> None:
        for key, value in node.items():
            name = f"{parent}.{key}" if parent else str(key)
            at = path + (key,)
            b._frame_lines[name] = lines.of(at)
            b.frame(name, lines.of(at), "", parent)
            if isinstance(value, dict):
                walk(value, at, name)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    b.term(name, item, lines.of(at + (i,)))
            elif isinstance(value, str):
                b.term(name, value, lines.of(at))
            else:
                b.error(lines.of(at), f"category {name!r} must hold a list of patterns or subcategories")

    walk(data, (), None)
    return b.finish()


def _from_csv(text: str, source: str) -> tuple[Lexicon, list[Problem]]:
    b = _Builder(source)
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "frame" not in fields or "term" not in fields:
        b.error(1, f"a CSV lexicon needs the columns 'frame' and 'term' (found: {', '.join(fields) or 'none'})")
        return b.finish()
    known = {"frame", "term", "weight", "description", "parent", "source"}
    for f in fields:
        if f not in known:
            b.error(1, f"unknown column {f!r}; allowed columns: {', '.join(sorted(known))}")
    reader.fieldnames = fields
    for row in reader:
        line = reader.line_num
        frame = (row.get("frame") or "").strip()
        if not frame:
            b.error(line, "empty 'frame'")
            continue
        if frame not in b.frames or row.get("description") or row.get("parent"):
            old = b.frames.get(frame)
            b._frame_lines.setdefault(frame, line)
            b.frame(frame, line, (row.get("description") or (old.description if old else "")).strip(),
                    (row.get("parent") or "").strip() or (old.parent if old else None))
        weight: Any = (row.get("weight") or "").strip() or 1.0
        if isinstance(weight, str):
            try:
                weight = float(weight)
            except ValueError:
                pass
        b.term(frame, row.get("term"), line, weight=weight, source=(row.get("source") or "").strip())
    return b.finish()


def _from_dic(text: str, source: str) -> tuple[Lexicon, list[Problem]]:
    b = _Builder(source)
    lines = text.splitlines()
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        b.error(1, "a LIWC .dic file starts with its categories between two lines holding only '%'")
        return b.finish()
    ids: dict[str, str] = {}
    for i in range(marks[0] + 1, marks[1]):
        parts = lines[i].split()
        if not parts:
            continue
        if len(parts) < 2:
            b.error(i + 1, f"category line {lines[i]!r} needs a number and a name ('1<TAB>posemo')")
            continue
        ids[parts[0]] = parts[1]
        b._frame_lines[parts[1]] = i + 1
        b.frame(parts[1], i + 1)
    for i in range(marks[1] + 1, len(lines)):
        raw = lines[i].strip()
        if not raw:
            continue
        parts = raw.split("\t") if "\t" in raw else raw.split()
        parts = [p.strip() for p in parts if p.strip()]
        # multiword entries may contain spaces when the file is tab separated
        term, cats = parts[0], parts[1:]
        if not cats:
            b.error(i + 1, f"entry {term!r} has no category")
            continue
        for cat in cats:
            name = ids.get(cat, cat if cat in b.frames else None)
            if name is None:
                b.error(i + 1, f"entry {term!r}: category {cat!r} is not declared in the % header")
                continue
            b.term(name, term, i + 1)
    return b.finish()


def lexicon_from_terms(terms: Mapping[str, Iterable[str]], *, source: str = "<terms>") -> Lexicon:
    """A lexicon from ``{frame: [terms]}`` (no descriptions, weights 1)."""
    lexicon, problems = _from_discourse({"frames": {k: {"terms": list(v)} for k, v in terms.items()}},
                                        LineMap(), source)
    _raise_or_warn(problems)
    return lexicon
