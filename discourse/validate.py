"""Validation: check the automatic coding against a person's reading.

1. :func:`annotation_sheet` draws a stratified, seeded sample of the coding
   (speakers per actor and quote kind, frame hits per frame) into a sheet.
2. A coder fills the ``correct`` column (yes / no) in a spreadsheet, with a
   ``correction`` and a ``note`` where useful: :func:`write_sheet`,
   :func:`read_sheet`.
3. :func:`score_sheet` gives the precision per stratum with a Wilson 95%
   interval; :func:`agreement` compares two coders' sheets (Cohen's kappa
   and Gwet's AC1).

Why two agreement coefficients: when nearly every item is judged correct,
the chance agreement that Cohen's kappa subtracts is itself near 1, so one
disagreement on a rare "no" pulls kappa to 0 or below although the coders
agree on 92% of the items (the prevalence paradox; Feinstein and Cicchetti
1990). Gwet's AC1 (Gwet 2008) estimates chance agreement from how often a
category is *not* certain, and stays near the observed agreement there. Report
both, with the observed agreement and the prevalence of "yes".

Precision is what a sample can show: a sheet checks the rows the toolkit
produced, not the quotes or frames it missed (for recall, code full
documents by hand and compare).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .analysis import Analysis
from .errors import InputError
from .stats import wilson_interval

__all__ = ["SHEET_COLUMNS", "annotation_sheet", "write_sheet", "read_sheet", "score_sheet", "agreement",
           "cohen_kappa", "gwet_ac1", "stance_sheet", "relation_sheet", "coding_scores", "STANCE_SHEET_COLUMNS",
           "RELATION_SHEET_COLUMNS"]

#: Columns of an annotation sheet.
SHEET_COLUMNS = ["item_id", "task", "stratum", "doc_id", "start", "end", "text", "context", "predicted",
                 "correct", "correction", "note"]
_YES = {"yes", "y", "1", "true", "correct", "x"}
_NO = {"no", "n", "0", "false", "wrong"}


def _context(analysis: Analysis, doc_id: str, start: int, end: int) -> str:
    s = analysis.sentences
    rows = s[(s["doc_id"] == doc_id) & (s["end"] > start) & (s["start"] < end)]
    return " ".join(rows["text"])


def _sample(frame: pd.DataFrame, strata: list[str], n: int, seed: int) -> pd.DataFrame:
    parts = []
    for _, group in frame.groupby(strata, sort=True):
        parts.append(group.sample(n=min(n, len(group)), random_state=seed).sort_index())
    return pd.concat(parts) if parts else frame.iloc[0:0]


def annotation_sheet(analysis: Analysis, *, n_per_stratum: int = 5, seed: int = 0,
                     tasks: tuple[str, ...] = ("speaker", "frame")) -> pd.DataFrame:
    """A stratified sample of the automatic coding, for a person to check.

    Parameters
    ----------
    analysis : Analysis
    n_per_stratum : int, default=5
        Items drawn per stratum (all of them when a stratum is smaller).
    seed : int, default=0
        The same seed draws the same sample.
    tasks : tuple of str, default=("speaker", "frame")
        ``speaker``: is this quote's speaker right? (strata: actor x quote
        kind); ``frame``: does this hit express this frame? (strata: frame).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`SHEET_COLUMNS`; ``correct``, ``correction`` and
        ``note`` are empty for the coder to fill.
    """
    rows: list[tuple] = []
    if "speaker" in tasks:
        q = analysis.quotes[analysis.quotes["kind"].isin(["direct", "partial", "reported"])].copy()
        q["actor_"] = q["actor"].fillna("(no actor)")
        for r in _sample(q, ["actor_", "kind"], n_per_stratum, seed).itertuples():
            shown = f"{r.speaker} ({r.actor_})" if isinstance(r.speaker, str) else "(no speaker)"
            rows.append(("speaker", f"{r.actor_} / {r.kind}", r.doc_id, r.start, r.end, r.text,
                         _context(analysis, r.doc_id, r.start, r.end), shown))
    if "frame" in tasks:
        for r in _sample(analysis.framing, ["frame"], n_per_stratum, seed).itertuples():
            rows.append(("frame", r.frame, r.doc_id, r.start, r.end, r.match,
                         _context(analysis, r.doc_id, r.start, r.end), r.frame))
    sheet = pd.DataFrame(rows, columns=SHEET_COLUMNS[1:9])
    sheet.insert(0, "item_id", [f"{t[0]}-{i:04d}" for i, t in enumerate(rows)])
    for col in ("correct", "correction", "note"):
        sheet[col] = ""
    return sheet[SHEET_COLUMNS]


def write_sheet(sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write an annotation sheet as CSV (UTF-8, opens in any spreadsheet)."""
    path = Path(path)
    sheet.to_csv(path, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return path


def read_sheet(path: str | Path) -> pd.DataFrame:
    """Read a filled sheet; ``correct`` becomes True / False / NA (not yet coded).

    Raises
    ------
    InputError
        When a column is missing or a ``correct`` cell is not yes/no
        (the message names the line).
    """
    path = Path(path)
    try:
        sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise InputError(path, f"cannot read the sheet ({exc})") from None
    missing = [c for c in ("item_id", "task", "stratum", "correct") if c not in sheet.columns]
    if missing:
        raise InputError(path, f"missing column(s) {', '.join(missing)}; start from annotation_sheet()")
    values = []
    for line, cell in enumerate(sheet["correct"], start=2):
        word = cell.strip().lower()
        if word in _YES:
            values.append(True)
        elif word in _NO:
            values.append(False)
        elif word == "":
            values.append(pd.NA)
        else:
            raise InputError(path, f"line {line}: 'correct' is {cell!r}; write yes or no (or leave it empty)")
    sheet["correct"] = pd.array(values, dtype="boolean")
    return sheet


def score_sheet(sheet: pd.DataFrame) -> pd.DataFrame:
    """Precision per task and stratum, with a Wilson 95% interval, from a filled sheet.

    Returns
    -------
    pandas.DataFrame
        ``task``, ``stratum``, ``n`` (coded items), ``correct``,
        ``precision``, ``low``, ``high``; plus one ``(all)`` row per task.
    """
    coded = sheet.dropna(subset=["correct"])
    rows = []
    for task, group in coded.groupby("task", sort=True):
        for stratum, g in list(group.groupby("stratum", sort=True)) + [("(all)", group)]:
            n, k = len(g), int(g["correct"].sum())
            low, high = wilson_interval(k, n)
            rows.append((task, stratum, n, k, k / n if n else float("nan"), low, high))
    return pd.DataFrame(rows, columns=["task", "stratum", "n", "correct", "precision", "low", "high"]).round(4)


def cohen_kappa(a: pd.Series, b: pd.Series) -> float:
    """Cohen's kappa for two coders' labels of the same items (NaN when undefined).

    Examples
    --------
    >>> import pandas as pd
    >>> round(cohen_kappa(pd.Series([1, 1, 0, 0, 1]), pd.Series([1, 0, 0, 0, 1])), 3)
    0.615
    """
    a, b = pd.Series(a).reset_index(drop=True), pd.Series(b).reset_index(drop=True)
    n = len(a)
    if n == 0:
        return float("nan")
    observed = float((a == b).mean())
    labels = sorted(set(a) | set(b), key=str)
    expected = sum(float((a == x).mean()) * float((b == x).mean()) for x in labels)
    return float("nan") if expected == 1 else (observed - expected) / (1 - expected)


def gwet_ac1(a: pd.Series, b: pd.Series, *, categories: Sequence | None = None) -> float:
    """Gwet's AC1 for two coders' labels of the same items (NaN when undefined).

    ``(observed - chance) / (1 - chance)`` where chance agreement is
    ``sum(pi_k * (1 - pi_k)) / (q - 1)``, ``pi_k`` the mean of the two coders'
    shares of category ``k`` and ``q`` the number of categories (Gwet 2008).

    Parameters
    ----------
    a, b : Series
        Labels, item by item.
    categories : sequence, optional
        All possible labels (default: those either coder used). A yes/no
        judgement has two even when a coder only said yes.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.Series([True] * 9 + [False])
    >>> b = pd.Series([True] * 10)
    >>> round(gwet_ac1(a, b, categories=[True, False]), 4), round(cohen_kappa(a, b), 4)
    (0.8895, 0.0)
    """
    a, b = pd.Series(a).reset_index(drop=True), pd.Series(b).reset_index(drop=True)
    labels = list(categories) if categories is not None else sorted(set(a) | set(b), key=str)
    if len(a) == 0 or len(labels) < 2:
        return float("nan")
    observed = float((a == b).mean())
    shares = [(float((a == x).mean()) + float((b == x).mean())) / 2 for x in labels]
    chance = sum(p * (1 - p) for p in shares) / (len(labels) - 1)
    return (observed - chance) / (1 - chance)


def agreement(sheet_a: pd.DataFrame, sheet_b: pd.DataFrame) -> pd.DataFrame:
    """Agreement of two coders on the items both coded, per task and overall.

    Report AC1 beside kappa: when nearly every item is correct, kappa can be 0
    at 92% agreement (the prevalence paradox, see the module docstring).

    Returns
    -------
    pandas.DataFrame
        ``task``, ``n``, ``observed`` (share of identical judgements),
        ``prevalence`` (share of "yes" over both coders' judgements),
        ``kappa`` (Cohen's kappa) and ``ac1`` (Gwet's AC1, over the two
        categories yes and no).
    """
    both = sheet_a[["item_id", "task", "correct"]].merge(sheet_b[["item_id", "correct"]], on="item_id",
                                                         suffixes=("_a", "_b")).dropna(subset=["correct_a",
                                                                                              "correct_b"])
    rows = []
    for task, g in list(both.groupby("task", sort=True)) + [("(all)", both)]:
        a, b = g["correct_a"].astype(bool), g["correct_b"].astype(bool)
        observed = float((a == b).mean()) if len(g) else float("nan")
        prevalence = float((a.sum() + b.sum()) / (2 * len(g))) if len(g) else float("nan")
        rows.append((task, len(g), observed, prevalence, cohen_kappa(a, b),
                     gwet_ac1(a, b, categories=[True, False])))
    return pd.DataFrame(rows, columns=["task", "n", "observed", "prevalence", "kappa", "ac1"]).round(4)


# -- stance and relation sheets: code the answer itself, then train or score ------------------------

#: Columns of :func:`stance_sheet` (the coder fills ``label``: favor / against / none).
STANCE_SHEET_COLUMNS = ["item_id", "task", "stratum", "doc_id", "unit_id", "actor", "target", "target_term", "text",
                        "first_start", "first_end", "second_start", "second_end", "predicted", "label", "note"]
#: Columns of :func:`relation_sheet` (the coder fills ``holder``: first / second / empty, and ``polarity``).
RELATION_SHEET_COLUMNS = ["item_id", "task", "stratum", "doc_id", "sent_id", "text", "first", "first_start",
                          "first_end", "second", "second_start", "second_end", "predicted_holder",
                          "predicted_polarity", "holder", "polarity", "note"]


def _sentences_of(analysis: Analysis, doc_id: str, start: int, end: int) -> tuple[int, str]:
    s = analysis.sentences
    rows = s[(s["doc_id"] == doc_id) & (s["end"] > start) & (s["start"] < end)]
    if rows.empty:
        return start, ""
    s0, s1 = int(rows["start"].min()), int(rows["end"].max())
    docs = analysis.sentences[analysis.sentences["doc_id"] == doc_id]
    text = ""
    for r in docs.itertuples():          # rebuild the span from its sentences, gaps as spaces
        if r.end <= s0 or r.start >= s1:
            continue
        text += " " * (r.start - s0 - len(text)) + r.text
    return s0, text


def stance_sheet(analysis: Analysis, *, n_per_stratum: int = 5, seed: int = 0) -> pd.DataFrame:
    """A stratified sample of actor x target stances to code: favor, against or none.

    One item per actor x target term in a unit where the actor speaks, or is
    the subject of an author's sentence: every reading of the rules
    (``predicted`` favor or against) and target terms the rules gave no side
    (``predicted`` none), ``n_per_stratum`` per target x predicted label.

    Returns
    -------
    pandas.DataFrame
        :data:`STANCE_SHEET_COLUMNS`. ``text`` is the unit's sentence(s);
        ``first_*`` is the span of the actor's mention in it (empty when the
        actor is not named there), ``second_*`` the target term's. The coder
        writes ``label``; :func:`discourse.stance.train` reads the filled sheet.
    """
    ev = analysis.stance_evidence
    units = analysis.units.set_index(["doc_id", "unit_id"])
    lexicon = analysis.stance_lexicon
    from .matcher import match_tokens
    from .text import tokenize

    items: dict[tuple, tuple] = {}
    for r in ev.itertuples():
        items.setdefault((r.doc_id, r.unit_id, r.actor, r.target, r.target_term),
                         "favor" if r.polarity > 0 else "against")
    speakers = analysis.unit_actors[analysis.unit_actors["role"] == "speaker"]
    for r in speakers.itertuples():
        u = units.loc[(r.doc_id, r.unit_id)]
        toks = match_tokens(tokenize(u["text"]))
        for first, last, index in lexicon.targets.find(toks):
            term = u["text"][toks[first].start:toks[last - 1].end]
            items.setdefault((r.doc_id, r.unit_id, r.actor, lexicon.targets.terms[index].frame, term), "none")
    rows = []
    mentions = analysis.mentions
    for (doc_id, unit_id, actor, target, term), predicted in items.items():
        u = units.loc[(doc_id, unit_id)]
        s0, text = _sentences_of(analysis, doc_id, int(u["start"]), int(u["end"]))
        at = text.find(term, int(u["start"]) - s0) if term else -1
        if at < 0:
            continue
        m = mentions[(mentions["doc_id"] == doc_id) & (mentions["actor"] == actor) & (mentions["start"] >= s0)
                     & (mentions["end"] <= s0 + len(text))]
        first = (int(m["start"].iloc[0]) - s0, int(m["end"].iloc[0]) - s0) if len(m) else ("", "")
        rows.append((f"{target} / {predicted}", doc_id, unit_id, actor, target, term, text, *first, at,
                     at + len(term), predicted))
    frame = pd.DataFrame(rows, columns=["stratum", "doc_id", "unit_id", "actor", "target", "target_term", "text",
                                        "first_start", "first_end", "second_start", "second_end", "predicted"])
    sheet = _sample(frame, ["stratum"], n_per_stratum, seed).reset_index(drop=True)
    sheet.insert(0, "task", "stance")
    sheet.insert(0, "item_id", [f"stance-{i:04d}" for i in range(len(sheet))])
    sheet["label"] = ""
    sheet["note"] = ""
    return sheet[STANCE_SHEET_COLUMNS]


def relation_sheet(analysis: Analysis, *, n_per_stratum: int = 5, seed: int = 0) -> pd.DataFrame:
    """A stratified sample of actor pairs named in one sentence, to code who is for or against whom.

    Every pair of distinct actors named in a sentence is a candidate; the rules'
    answer (:func:`discourse.stance.pair_stance`) is ``predicted_holder`` and
    ``predicted_polarity``; ``n_per_stratum`` are drawn per predicted answer.

    Returns
    -------
    pandas.DataFrame
        :data:`RELATION_SHEET_COLUMNS`; offsets are into ``text`` (the
        sentence). The coder writes ``holder`` (first, second or empty) and
        ``polarity`` (positive, negative, neutral); :func:`discourse.stance.train`
        reads the filled sheet.
    """
    from .relations import pair_stance

    rows = []
    sentences = analysis.sentences.set_index(["doc_id", "sent_id"])
    named = analysis.mentions.dropna(subset=["actor"])
    for (doc_id, sent_id), group in named.groupby(["doc_id", "sent_id"], sort=True):
        s = sentences.loc[(doc_id, sent_id)]
        text, s0 = s["text"], int(s["start"])
        ms = list(group.sort_values("start").itertuples())
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                if a.actor == b.actor or b.start < a.end:
                    continue
                first, second = (a.start - s0, a.end - s0), (b.start - s0, b.end - s0)
                holder, polarity = pair_stance(text, first=first, second=second, lexicon=analysis.stance_lexicon)
                rows.append((f"{holder or '-'} / {polarity}", doc_id, sent_id, text, a.actor, *first, b.actor, *second,
                             holder or "", polarity))
    frame = pd.DataFrame(rows, columns=RELATION_SHEET_COLUMNS[2:14])
    sheet = _sample(frame, ["stratum"], n_per_stratum, seed).reset_index(drop=True)
    sheet.insert(0, "task", "relation")
    sheet.insert(0, "item_id", [f"relation-{i:04d}" for i in range(len(sheet))])
    sheet["holder"] = ""
    sheet["polarity"] = ""
    sheet["note"] = ""
    return sheet[RELATION_SHEET_COLUMNS]


def coding_scores(gold: Sequence[str], predicted: Sequence[str]) -> pd.DataFrame:
    """Precision, recall and F1 per class of coded answers, and their macro average.

    Parameters
    ----------
    gold, predicted : sequence of str
        The coder's and the toolkit's answers, item by item (for instance the
        ``label`` column of :func:`discourse.stance_model.read_coding` and
        ``StanceModel.predict(...)["label"]``).

    Returns
    -------
    pandas.DataFrame
        ``label``, ``n`` (gold items), ``precision``, ``recall``, ``f1``; a
        last ``(macro)`` row averages the classes found in either sequence.

    Examples
    --------
    >>> coding_scores(["a", "a", "b"], ["a", "b", "b"])[["label", "f1"]].round(3).values.tolist()
    [['a', 0.667], ['b', 0.667], ['(macro)', 0.667]]
    """
    gold, predicted = list(gold), list(predicted)
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} items and predicted {len(predicted)}; give one answer per item")
    rows = []
    for c in sorted(set(gold) | set(predicted)):
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        n_pred = sum(1 for p in predicted if p == c)
        n_gold = sum(1 for g in gold if g == c)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        rows.append((c, n_gold, prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0))
    out = pd.DataFrame(rows, columns=["label", "n", "precision", "recall", "f1"])
    macro = ("(macro)", len(gold), out["precision"].mean(), out["recall"].mean(), out["f1"].mean())
    return pd.concat([out, pd.DataFrame([macro], columns=out.columns)], ignore_index=True)
