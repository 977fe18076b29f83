"""Attribution benchmark: who says what, scored on PolNeAR and on the project's own articles.

    .venv/bin/python benchmarks/attribution.py ../shared/eval             # PolNeAR dev and train, fixtures
    .venv/bin/python benchmarks/attribution.py ../shared/eval --split dev --limit 20
    .venv/bin/python benchmarks/attribution.py ../shared/eval/polnear --no-fixtures

PATH is the evaluation folder (holding ``polnear/``) or the ``polnear/``
folder itself (holding ``gold.tsv`` and ``articles/``). Nothing from it is
written anywhere: the script reads it and prints scores. ``--show-misses N``
prints up to N missed and N spurious quotes of each kind to the terminal, to
study; never paste them into the repository.

What is compared
----------------
Every article is read through discourse's own loader
(:func:`discourse.load_corpus`), so quotes are found in the *clean* text.
PolNeAR's offsets refer to the raw file; :func:`offset_map` aligns the two
texts (cleaning only removes characters or replaces one by one: spaces are
collapsed, lines stripped, typographic quote marks normalised) and every gold
span is moved into clean-text offsets before scoring.

Matching rule (content)
    A gold attribution and one of our quotes *match* when their content
    spans, each trimmed of surrounding spaces and quote marks, share at least
    half of the shorter span's characters. A gold span is taken from
    ``content_start`` to ``content_end`` (a content interrupted by its cue is
    one span). Each gold attribution is matched by the first of our quotes of
    an accepted kind, in text order.

Recall
    ``direct``: PolNeAR direct contents found as our ``direct`` quotes, and
    ("direct, any kind") as any of our quotes but scare quotes.
    ``partial``: PolNeAR partial contents (reported content holding a quoted
    fragment) found as our ``partial`` or ``reported`` quotes.
    PolNeAR's ``kind`` overlooks the doubled apostrophes (``''``) its New York
    Times articles use as quote marks; :func:`rekind` makes those contents
    direct or partial first.
    ``indirect (speech)``: PolNeAR indirect contents whose cue is a speech cue
    (:data:`SPEECH_CUES`, below) found as our ``reported`` quotes. PolNeAR
    also codes beliefs, intentions and evidence ("believes", "wants",
    "shows", "polls found"); those are out of scope and left out. "of which
    clauses" is the same recall over the contents that :func:`is_clause`
    takes for clauses (PolNeAR also codes noun phrases, "denied any
    involvement", and infinitives, "urged Congress to act").

Precision
    Of our ``direct``, ``partial`` and ``reported`` quotes in the scored
    articles, the share that match some gold attribution of any kind and any
    cue (beliefs included: a quote that matches an annotated belief is not
    junk). PolNeAR's annotators may have missed some attributions, so
    precision is a lower bound.

Speaker accuracy
    Over matched gold attributions whose source is annotated. Our speaker is
    right when the span of the mention we read it from (``speaker_start``,
    ``speaker_end``, when the quote table has them) overlaps the annotated
    source span, or when its name matches: our ``speaker`` and the source
    share a name token (lower-cased words, leaving out articles, titles and
    other words in :data:`_NOT_NAME`; see :func:`name_tokens`). PolNeAR's
    sources are not resolved, so a pronoun source ("he", "she") is right when
    our speaker is that pronoun or shares a name token with one of the three
    nearest non-pronoun sources annotated before it in the same article (an
    approximation of the name the pronoun refers to). An empty speaker is
    wrong. "evidence: speaker span set" is the share of our quotes with a
    speaker whose ``speaker_start``/``speaker_end`` mark a non-empty span (the
    mention the speaker was read from). A few PolNeAR rows swap source and cue (the source span is "said",
    the cue column names the person): the source is then the cue's words, at
    their occurrence nearest to the annotated span.

Per sieve
    When the quote table has a ``sieve`` column (the attribution rule that
    named the speaker), each sieve gets: content precision (as above, over
    its quotes), speaker precision (right speakers over its quotes that match
    a gold attribution with an annotated source, compared with the one they
    overlap most) and speaker recall (the matched gold attributions with an
    annotated source whose first matching quote, the one scored above, the
    sieve attributed rightly, over all of them: the recalls of all sieves add
    up to the overall speaker accuracy).

Fixture articles (``tests/fixtures/news``)
    Gold from ``tests/fixtures/news/gold.tsv`` (kind, first words, speaker,
    actor). A coded quote is found when one of our quotes of the same kind
    in that article starts with the coded first words; its speaker (and, on
    its own line, its actor) is right when equal to the coded one. Precision counts our quotes that are
    coded, and separately those listed in ``known_extras.tsv`` (extracted
    text that is not a coded quote, with the reason it is tolerated).

The output is plain text, deterministic for the same input and code (the
seconds each part took go to standard error).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import discourse as dc  # noqa: E402
from discourse.cleaning import _TRANSLATE  # noqa: E402
from discourse.errors import UnterminatedQuoteWarning  # noqa: E402
from discourse.quotes import QUOTE_COLUMNS  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "news"

#: Speech cues: a PolNeAR indirect attribution counts for indirect-speech recall when one of
#: the words of its cue, lower-cased, is one of these (inflected forms are listed).
#: Everything else PolNeAR codes is out of scope: beliefs and intentions ("believe",
#: "think", "want", "hope", "expect", "fear", "feel", "know"), perception and evidence
#: ("show", "find", "seem", "appear", "reveal", "suggest", "indicate", "poll").
SPEECH_CUES: frozenset[str] = frozenset("""
say says said saying tell tells told telling add adds added adding
write writes wrote written writing ask asks asked asking
note notes noted noting report reports reported reporting
announce announces announced announcing tweet tweets tweeted tweeting
post posts posted argue argues argued arguing explain explains explained explaining
acknowledge acknowledges acknowledged acknowledging claim claims claimed claiming
declare declares declared declaring insist insists insisted insisting
warn warns warned warning state states stated stating comment comments commented
reply replies replied respond responds responded responding
urge urges urged urging accuse accuses accused accusing deny denies denied denying
confirm confirms confirmed confirming admit admits admitted admitting
promise promises promised promising vow vows vowed vowing pledge pledges pledged
predict predicts predicted predicting testify testifies testified recall recalls recalled
describe describes described describing mention mentions mentioned mentioning
assert asserts asserted asserting contend contends contended charge charges charged
complain complains complained complaining criticize criticizes criticized criticise criticised
blame blames blamed blaming praise praised praises call calls called calling
demand demands demanded demanding suggest suggests suggested suggesting
continue continues continued continuing recount recounts recounted joke joked jokes
boast boasted boasts quip quipped repeat repeated repeats reiterate reiterated reiterates
concede conceded concedes emphasize emphasized emphasised stress stressed stresses
point pointed maintain maintains maintained allege alleges alleged alleging
announcement statement statements interview speech remarks letter memo email
according quoted quote quotes spokesman spokeswoman spokesperson
""".split())
# "suggest" is in the list because PolNeAR uses it for speech ("he suggested that the
# party ...") far more often than for evidence; "show"/"find" stay out (polls, studies).

_PRONOUNS = frozenset("he she they it we i you him her them his its their".split())
_NOT_NAME = frozenset("""
the a an of and or in on at for to from by with mr mrs ms miss dr sen rep gov president
former presidential candidate nominee secretary senator governor representative spokesman
spokeswoman spokesperson official officials campaign chairman chief his her their its s
""".split())
_WORD = re.compile(r"[^\W_]+")
_ANTECEDENTS = 3      # a pronoun source may refer to any of the 3 nearest preceding named sources
_QUOTE_KINDS = ("direct", "partial", "reported")


# ---------------------------------------------------------------- offsets


def offset_map(raw: str, clean: str) -> list[int]:
    """Map every offset of ``raw`` to the offset of ``clean`` it became.

    Cleaning (:func:`discourse.cleaning.clean_text`) removes characters
    (extra spaces, stripped line ends, zero-width characters, trailing web
    boilerplate) and replaces others one for one (typographic quote marks,
    exotic spaces) or two for one (a doubled ``''`` or ````` `` ````` mark
    becomes ``"``). Walking both texts, a raw character whose replacement is
    the next clean character is aligned to it; any other raw character was
    removed, and maps to the position of the next clean character.

    Parameters
    ----------
    raw : str
        The text as read from the file.
    clean : str
        Its clean text.

    Returns
    -------
    list of int
        ``len(raw) + 1`` offsets into ``clean``, non-decreasing.

    Raises
    ------
    ValueError
        When ``clean`` is not the cleaned form of ``raw`` (a character of
        ``clean`` never appears in ``raw``).

    Examples
    --------
    >>> raw = "\\u201cWe  win,\\u201d he said. \\nNext."
    >>> clean = dc.clean_text(raw)
    >>> m = offset_map(raw, clean)
    >>> start = raw.index("Next")
    >>> clean[m[start]:m[start + 4]], clean[m[4]:m[8]], m[len(raw)] == len(clean)
    ('Next', 'win', True)
    """
    out = [0] * (len(raw) + 1)
    i = j = 0
    while j < len(raw):
        k = j + 1            # a base character and its combining marks compose under NFC
        while k < len(raw) and unicodedata.combining(raw[k]):
            k += 1
        became = unicodedata.normalize("NFC", raw[j:k]).translate(_TRANSLATE)
        if raw[j] in "\r\u2028\u2029" and clean.startswith("\n", i):
            became = "\n"
        elif became in ("'", "`") and raw[k:k + 1].translate(_TRANSLATE) == became and clean.startswith('"', i):
            became, k = '"', k + 1        # a doubled mark ('' or ``) became one double quote
        if became and clean.startswith(became, i):
            out[j:k] = [i] * (k - j)
            i, j = i + len(became), k
        else:
            out[j] = i       # removed by cleaning
            j += 1
    out[len(raw)] = i
    if i < len(clean):
        raise ValueError(f"the clean text is not the cleaned raw text: aligned {i} of {len(clean)} characters")
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\"'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'"):
        end -= 1
    return start, end


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans share at least half of the shorter one's characters.

    Examples
    --------
    >>> spans_match((0, 10), (5, 30)), spans_match((0, 10), (6, 30)), spans_match((3, 3), (0, 9))
    (True, False, False)
    """
    shorter = min(a[1] - a[0], b[1] - b[0])
    common = min(a[1], b[1]) - max(a[0], b[0])
    return shorter > 0 and common * 2 >= shorter


# ---------------------------------------------------------------- speakers


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name that can identify it (lower-cased, without titles and articles).

    A description made only of such words ("the former president") keeps all
    its words, so that it can still be compared with the same description.

    Examples
    --------
    >>> sorted(name_tokens("Sen. Bernie Sanders's campaign"))
    ['bernie', 'sanders']
    >>> sorted(name_tokens("the former president"))
    ['former', 'president', 'the']
    """
    words = {w.lower() for w in _WORD.findall(name)}
    return frozenset(words - _NOT_NAME) or frozenset(words)


def is_pronoun(name: str) -> bool:
    """Whether a source as written is a bare pronoun."""
    return name.strip().lower() in _PRONOUNS


# ---------------------------------------------------------------- PolNeAR


class Gold(NamedTuple):
    """One PolNeAR attribution, in clean-text offsets."""

    doc_id: str
    kind: str               # direct, partial, indirect
    cue: str
    start: int
    end: int
    source: str             # as written ("" when none)
    source_start: int       # -1 when none
    source_end: int
    antecedents: tuple[str, ...]   # for a pronoun source: the nearest preceding non-pronoun sources


def polnear_folder(path: Path) -> Path:
    """The folder holding ``gold.tsv`` and ``articles/``: PATH itself or PATH/polnear."""
    for candidate in (path, path / "polnear"):
        if (candidate / "gold.tsv").is_file() and (candidate / "articles").is_dir():
            return candidate
    raise SystemExit(f"{path}: no PolNeAR here (expected gold.tsv and articles/ in it or in {path / 'polnear'})")


def read_polnear(folder: Path, split: str, *, limit: int | None = None):
    """The corpus of one split and its gold, moved into clean-text offsets.

    Returns
    -------
    corpus : discourse.Corpus
    gold : list of Gold
    """
    table = pd.read_csv(folder / "gold.tsv", sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)
    table = table[table["split"] == split]
    files = sorted(table["file"].unique())
    if limit:
        files = files[:limit]
    corpus = dc.load_corpus([folder / "articles" / f for f in files])
    by_id = {doc.id: doc for doc in corpus}
    gold: list[Gold] = []
    for file in files:
        doc_id = Path(file).stem
        doc = by_id[doc_id]
        raw = (folder / "articles" / file).read_text(encoding="utf-8-sig")
        where = offset_map(raw, doc.text)
        rows = table[table["file"] == file]
        rows = rows.assign(_s=rows["content_start"].astype(int)).sort_values(["_s", "content_end"], kind="stable")
        named = []     # (source clean start, name) of non-pronoun sources, to resolve pronouns
        for r in rows.itertuples():
            if r.source_start and not is_pronoun(r.speaker):
                named.append((where[int(r.source_start)], r.speaker))
        named.sort()
        for r in rows.itertuples():
            kind = rekind(r.kind, r.content)
            s, e = _trim(doc.text, where[int(r.content_start)], where[int(r.content_end)])
            source = r.speaker
            if r.source_start:
                ss, se = where[int(r.source_start)], where[int(r.source_end)]
                swapped = _swapped_source(raw, r)
                if swapped:
                    source, (ss, se) = r.cue, (where[swapped[0]], where[swapped[1]])
            else:
                ss = se = -1
            antecedents: tuple[str, ...] = ()
            if r.source_start and is_pronoun(r.speaker):
                antecedents = tuple(n for pos, n in named if pos < ss)[-_ANTECEDENTS:]
            gold.append(Gold(doc_id, kind, r.cue, s, e, source, ss, se, antecedents))
    return corpus, gold


_DOUBLED = re.compile(r"(?<![\w'])''(?=\S)|(?<=\S)''(?![\w'])")


def rekind(kind: str, content: str) -> str:
    """PolNeAR's kind, corrected for doubled apostrophes used as quote marks.

    PolNeAR derives ``kind`` from the quote marks in the content, and misses
    the doubled apostrophe (``''``) that its New York Times articles use for
    quote marks: such an *indirect* content is direct when its marks enclose
    it, else partial.

    Examples
    --------
    >>> rekind("indirect", "''We will win,'' he said")
    'partial'
    >>> rekind("indirect", "''We will win.''"), rekind("indirect", "we will win"), rekind("direct", "x")
    ('direct', 'indirect', 'direct')
    """
    if kind != "indirect" or "''" not in content:
        return kind
    marks = list(_DOUBLED.finditer(content))
    if len(marks) < 2:
        return kind
    text = content.strip()
    return "direct" if text.startswith("''") and text.rstrip(".,;:!?").endswith("''") else "partial"


def _swapped_source(raw: str, row) -> tuple[int, int] | None:
    """Raw offsets of the real source when a row has source and cue swapped, else None.

    A few PolNeAR rows give the cue's span as the source ("said") and the
    source's words as the cue ("Jane Roe, a lawyer"). The source is then the
    occurrence of the cue's words nearest to the annotated span.
    """
    if " " in row.speaker.strip() or row.speaker.strip().lower() not in SPEECH_CUES or is_speech(row.cue):
        return None
    at, cue = int(row.source_start), row.cue
    found = [m.start() for m in re.finditer(re.escape(cue), raw[max(0, at - 400):at + 400])]
    if not found:
        return None
    start = min(found, key=lambda k: abs(max(0, at - 400) + k - at)) + max(0, at - 400)
    return start, start + len(cue)


def is_clause(content: str) -> bool:
    """A rough test that a content is a clause, not a noun phrase or an infinitive.

    Four words or more, not opening with "to": "the plan would fail" is a
    clause; "requests for comment" and "to leave the program intact" are not.

    Examples
    --------
    >>> is_clause("the plan would fail"), is_clause("to leave the program intact"), is_clause("the deal")
    (True, False, False)
    """
    words = content.split()
    return len(words) >= 4 and words[0].lower() != "to"


def is_speech(cue: str) -> bool:
    """Whether a PolNeAR cue is a speech cue (see :data:`SPEECH_CUES`).

    Examples
    --------
    >>> is_speech("said in a statement"), is_speech("believes"), is_speech("according to")
    (True, False, True)
    """
    return any(w.lower() in SPEECH_CUES for w in _WORD.findall(cue))


def extract(corpus) -> pd.DataFrame:
    """Our quotes for every document of ``corpus`` (the packaged lexicons)."""
    actors, cues = dc.load_actors(), dc.load_cues()
    with warnings.catch_warnings():     # unterminated quotes in real copy: read on, as the library does
        warnings.simplefilter("ignore", UnterminatedQuoteWarning)
        frames = [dc.extract_quotes(doc, actors=actors, cues=cues) for doc in corpus]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=QUOTE_COLUMNS)


@dataclass
class Score:
    """A fraction with its counts."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += bool(hit)
        self.total += 1

    def __str__(self) -> str:
        if not self.total:
            return f"{'-':>6} {0:>5}/{0:<5}"
        return f"{self.hits / self.total:6.3f} {self.hits:>5}/{self.total:<5}"


def sieve_of(row) -> str | None:
    """The row's sieve; "(no speaker)" when the table has the column but the row no sieve; None without it."""
    if not hasattr(row, "sieve"):
        return None
    return row.sieve if isinstance(row.sieve, str) and row.sieve else "(no speaker)"


def has_evidence(row, text: str) -> bool:
    """Whether a quote row's ``speaker_start``/``speaker_end`` give a non-empty span of ``text``."""
    s, e = getattr(row, "speaker_start", None), getattr(row, "speaker_end", None)
    if s is None or e is None or pd.isna(s) or pd.isna(e):
        return False
    return 0 <= int(s) < int(e) <= len(text) and bool(text[int(s):int(e)].strip())


def _speaker_right(row, g: Gold) -> bool:
    speaker = row.speaker if isinstance(row.speaker, str) else ""
    if not speaker:
        return False
    s, e = getattr(row, "speaker_start", None), getattr(row, "speaker_end", None)
    if s is not None and e is not None and not pd.isna(s) and not pd.isna(e) and int(e) > int(s) >= 0:
        if int(s) < g.source_end and g.source_start < int(e):
            return True
    if is_pronoun(g.source):
        if speaker.strip().lower() == g.source.strip().lower():
            return True
        return any(name_tokens(speaker) & name_tokens(a) for a in g.antecedents)
    return bool(name_tokens(speaker) & name_tokens(g.source))


class Result(NamedTuple):
    """The scores of one split (or of the fixtures)."""

    recall: dict[str, Score]
    precision: dict[str, Score]
    speaker: dict[str, Score]
    sieves: dict[str, dict[str, Score]]
    misses: dict[str, list]
    extras: dict[str, list]
    n_docs: int


_ACCEPT = {"direct": ("direct",), "partial": ("partial", "reported"), "indirect": ("reported",)}


def score_polnear(corpus, gold: Sequence[Gold], quotes: pd.DataFrame) -> Result:
    """Score our quotes against PolNeAR gold (see the module docstring for the rules)."""
    texts = {doc.id: doc.text for doc in corpus}
    ours: dict[str, list] = defaultdict(list)
    for row in quotes.itertuples(index=False):
        if row.kind in _QUOTE_KINDS:
            ours[row.doc_id].append(row)
    gold_by_doc: dict[str, list[Gold]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g.doc_id].append(g)

    recall = {k: Score() for k in ("direct", "direct, any kind", "partial", "indirect (speech)",
                                   "  of which clauses", "indirect, all cues")}
    precision = {k: Score() for k in _QUOTE_KINDS}
    speaker = {k: Score() for k in ("direct", "partial", "indirect (speech)", "all matched",
                                    "evidence: speaker span set")}
    sieves: dict[str, dict[str, Score]] = defaultdict(lambda: {"content": Score(), "speaker": Score()})
    sieve_right: Counter = Counter()
    misses: dict[str, list] = defaultdict(list)
    extras: dict[str, list] = defaultdict(list)
    n_sourced = 0

    for doc_id in sorted(gold_by_doc.keys() | ours.keys()):
        rows, golds = ours.get(doc_id, []), gold_by_doc.get(doc_id, [])
        for g in golds:
            gspan = (g.start, g.end)
            matches = [r for r in rows if spans_match(gspan, (r.start, r.end))]
            found = next((r for r in matches if r.kind in _ACCEPT[g.kind]), None)
            speech = g.kind != "indirect" or is_speech(g.cue)
            if g.kind == "direct":
                recall["direct"].add(found is not None)
                recall["direct, any kind"].add(bool(matches))
            elif g.kind == "partial":
                recall["partial"].add(found is not None)
            else:
                recall["indirect, all cues"].add(found is not None)
                if speech:
                    recall["indirect (speech)"].add(found is not None)
                    if is_clause(texts[doc_id][g.start:g.end]):
                        recall["  of which clauses"].add(found is not None)
            label = "indirect (speech)" if g.kind == "indirect" else g.kind
            if found is None:
                if speech:
                    misses[label].append((doc_id, g, texts[doc_id][g.start:g.end], matches))
                continue
            if g.source_start < 0 or not speech:
                continue
            right = _speaker_right(found, g)
            speaker[label].add(right)
            speaker["all matched"].add(right)
            n_sourced += 1
            sieve = sieve_of(found)
            if sieve is not None:
                sieve_right[sieve] += right
            if not right:
                extras["wrong speaker"].append((doc_id, g, found))
        for r in rows:
            if isinstance(r.speaker, str) and r.speaker:
                speaker["evidence: speaker span set"].add(has_evidence(r, texts[doc_id]))
            matched = [g for g in golds if spans_match((g.start, g.end), (r.start, r.end))]
            precision[r.kind].add(bool(matched))
            sieve = sieve_of(r)
            if sieve is not None:
                sieves[sieve]["content"].add(bool(matched))
                sourced = [g for g in matched if g.source_start >= 0 and (g.kind != "indirect" or is_speech(g.cue))]
                if sourced:       # the gold attribution it overlaps most
                    g = max(sourced, key=lambda g: (min(g.end, r.end) - max(g.start, r.start), -g.start))
                    sieves[sieve]["speaker"].add(_speaker_right(r, g))
            if not matched:
                extras[r.kind].append((doc_id, r))
    for name, d in sieves.items():
        d["recall"] = Score(sieve_right[name], n_sourced)
    return Result(recall, precision, speaker, dict(sieves), misses, extras, len(texts))


# ---------------------------------------------------------------- fixtures


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header (``#`` lines are comments)."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def score_fixtures(folder: Path = FIXTURES) -> Result:
    """Score our quotes on the hand-coded articles (see the module docstring)."""
    corpus = dc.load_corpus(folder / "*.txt")
    quotes = extract(corpus)
    gold = read_table(folder / "gold.tsv")
    known = read_table(folder / "known_extras.tsv")
    recall = {k: Score() for k in ("direct", "partial", "reported", "all kinds")}
    speaker = {k: Score() for k in ("direct", "partial", "reported", "all kinds", "actor, all kinds")}
    precision = {k: Score() for k in _QUOTE_KINDS}
    tolerated = {k: Score() for k in _QUOTE_KINDS}
    used: set[int] = set()
    misses: dict[str, list] = defaultdict(list)
    rows = list(quotes.itertuples())
    for g in gold:
        if g["kind"] not in _QUOTE_KINDS:
            continue
        row = next((r for r in rows if r.doc_id == g["doc"] and r.kind == g["kind"]
                    and r.text.startswith(g["start"])), None)
        for k in (g["kind"], "all kinds"):
            recall[k].add(row is not None)
            if row is not None:
                speaker[k].add((row.speaker if isinstance(row.speaker, str) else "") == g["speaker"])
        if row is not None:
            speaker["actor, all kinds"].add((row.actor if isinstance(row.actor, str) else "") == g["actor"])
        if row is None:
            misses[g["kind"]].append((g["doc"], g["start"]))
        else:
            used.add(row.Index)
    extras: dict[str, list] = defaultdict(list)
    for r in rows:
        if r.kind not in _QUOTE_KINDS:
            continue
        coded = r.Index in used or any(g["doc"] == r.doc_id and g["kind"] == r.kind and r.text.startswith(g["start"])
                                       for g in gold)
        listed = any(k["doc"] == r.doc_id and k["kind"] == r.kind and r.text.startswith(k["text"]) for k in known)
        precision[r.kind].add(coded)
        tolerated[r.kind].add(coded or listed)
        if not coded and not listed:
            extras[r.kind].append((r.doc_id, r))
    precision.update({f"{k}, with known extras": v for k, v in tolerated.items()})
    return Result(recall, precision, speaker, {}, misses, extras, len(corpus))


# ---------------------------------------------------------------- report


def report(title: str, result: Result) -> str:
    """The plain-text table of one result."""
    lines = [f"== {title}: {result.n_docs} articles", "",
             f"{'recall':<34}{'value':>6} {'hits/total':>11}"]
    lines += [f"  {k:<32}{v}" for k, v in result.recall.items()]
    lines += ["", f"{'precision':<34}"]
    lines += [f"  {k:<32}{v}" for k, v in result.precision.items()]
    lines += ["", f"{'speaker accuracy (found quotes)':<34}"]
    lines += [f"  {k:<32}{v}" for k, v in result.speaker.items()]
    if result.sieves:
        lines += ["", f"{'per sieve':<24}{'content precision':>20}{'speaker precision':>20}{'speaker recall':>20}"]
        for name in sorted(result.sieves, key=lambda n: (-result.sieves[n]["content"].total, n)):
            d = result.sieves[name]
            lines.append(f"  {name:<22}{d['content']!s:>20}{d['speaker']!s:>20}{d['recall']!s:>20}")
    return "\n".join(lines) + "\n"


def show_misses(result: Result, n: int) -> str:
    """Up to ``n`` misses and extras of each kind (for the terminal only)."""
    out = []
    for kind, items in sorted(result.misses.items()):
        out.append(f"-- missed {kind}: {len(items)}")
        for item in items[:n]:
            if len(item) == 4:
                doc_id, g, text, matches = item
                other = f" [ours: {', '.join(m.kind for m in matches)}]" if matches else ""
                out.append(f"   {doc_id} @{g.start} cue={g.cue!r} src={g.source!r}{other}: {text[:160]!r}")
            else:
                out.append(f"   {item}")
    for kind, items in sorted(result.extras.items()):
        out.append(f"-- {'spurious ' + kind if kind != 'wrong speaker' else kind}: {len(items)}")
        for item in items[:n]:
            if kind == "wrong speaker":
                doc_id, g, r = item
                out.append(f"   {doc_id} @{g.start} gold={g.source!r}"
                           f"{' (' + ' / '.join(g.antecedents) + ')' if g.antecedents else ''} ours={r.speaker!r} "
                           f"cue={r.cue!r}{' sieve=' + r.sieve if isinstance(getattr(r, 'sieve', None), str) else ''}"
                           f": {r.text[:100]!r}")
            else:
                doc_id, r = item
                out.append(f"   {doc_id} @{r.start} speaker={r.speaker!r} cue={r.cue!r}: {r.text[:160]!r}")
    return "\n".join(out) + "\n"


def main(argv: Iterable[str] | None = None) -> int:
    """Score PolNeAR (each split asked for) and the project's articles; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="the eval folder (holding polnear/) or the polnear folder")
    parser.add_argument("--split", choices=("dev", "train", "both"), default="both",
                        help="PolNeAR split(s) to score (default: both, each on its own)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="score only the first N articles of each split (sorted by file name)")
    parser.add_argument("--no-fixtures", action="store_true", help="skip the project's own articles")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N",
                        help="print up to N misses and spurious quotes of each kind (terminal only)")
    args = parser.parse_args(None if argv is None else list(argv))
    folder = polnear_folder(args.path)
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    print(f"discourse {dc.__version__}; matching: content spans share >= half of the shorter one\n")
    for split in splits:
        t0 = time.perf_counter()
        corpus, gold = read_polnear(folder, split, limit=args.limit)
        quotes = extract(corpus)
        result = score_polnear(corpus, gold, quotes)
        print(report(f"PolNeAR {split}", result))
        print(f"(PolNeAR {split}: {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        if args.show_misses:
            print(show_misses(result, args.show_misses))
    if not args.no_fixtures:
        t0 = time.perf_counter()
        result = score_fixtures()
        print(report("project articles (tests/fixtures/news)", result))
        print(f"(fixtures: {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        if args.show_misses:
            print(show_misses(result, args.show_misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
