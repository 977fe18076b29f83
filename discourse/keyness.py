"""Keyness: the words (or frames) that set one group's language apart from another's.

:func:`keyness` computes Monroe, Colaresi and Quinn's (2008) weighted
log-odds ratio with an informative Dirichlet prior ("Fightin' Words"), the
comparison political scientists run between two speakers or parties. For a
term ``w`` used ``y_i`` times among the ``n_i`` tokens of group ``i`` and
``y_j`` times among the ``n_j`` tokens of the comparison (the rest, or a
second named group), with a prior ``a_w = a0 * y_w / n`` from the term's
frequency in the whole corpus (``a0`` is ``prior``)::

    delta = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w))
    variance = 1 / (y_i + a_w) + 1 / (y_j + a_w)
    z = delta / sqrt(variance)

(Monroe et al. 2008, eqs. 16, 18 and 19). ``delta > 0`` means the group uses
the term more than the comparison does. The prior shrinks the estimates of
rare terms towards the corpus rate, so a word said once by one side does not
top the list, and ``z`` weighs each difference by its uncertainty: frequent
words need a larger difference, rare words a much larger one. ``|z| > 1.96``
is the usual reading of a clear difference; the z-scores are a ranking
device, not tests (words are not independent draws).

How it relates to the anchors
-----------------------------
* quanteda's ``textstat_keyness`` (R) compares a target and a reference
  group of documents with chi-squared (default), the exact test, the
  likelihood ratio G2 or PMI; it has no prior. ``keyness`` gives the
  Monroe et al. statistic instead, with the same target-versus-reference
  shape (``groups=None``: each group against the rest, as
  ``textstat_keyness(target=...)``) and the same raw counts
  (``count``, ``count_other``), so a chi-squared or G2 can be computed from
  the table if wanted.
* scattertext's ``LogOddsRatioInformativeDirichletPrior`` computes the same
  z-score from a background corpus; here the background is the analysed
  corpus itself (every unit's words, or every frame hit), as Monroe et al.
  do in their informative-prior model.

Words and frames
----------------
``vocabulary="words"`` reads each unit's own words (a sentence without its
quotes, a quote as its speaker's words, a quote without the quotes inside
it: each word counts once, for the innermost unit; see
:mod:`discourse.units`), tokens
from :func:`discourse.tokenize`, lower-cased, without outer apostrophes
("'s" is no word), of two or more characters with at least one letter; words
in ``stop_words`` are left out (default: scikit-learn's 318-word
``ENGLISH_STOP_WORDS``; ``stop_words=()`` keeps every word, as Monroe et al.
do, since the prior already damps frequent words). ``vocabulary="frames"``
counts ``a.framing`` hits per frame instead (negated and hedged hits count:
they are still talk about the frame).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from .text import tokenize

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = ["keyness", "KEYNESS_COLUMNS", "log_odds_dirichlet"]

#: Columns of :func:`keyness`.
KEYNESS_COLUMNS = ["group", "other", "term", "count", "count_other", "n", "n_other", "prior", "log_odds",
                   "variance", "z"]

_ROLES = ("speaker", "mentioned")
_VOCABULARIES = ("words", "frames")


def log_odds_dirichlet(y_i: float, n_i: float, y_j: float, n_j: float, a_w: float,
                       a0: float) -> tuple[float, float, float]:
    """``(delta, variance, z)`` of one term: Monroe et al. (2008) eqs. 16, 18, 19.

    Examples
    --------
    >>> d, v, z = log_odds_dirichlet(3, 10, 1, 10, 0.5, 2.0)
    >>> round(d, 4), round(v, 4), round(z, 4)
    (1.0586, 0.9524, 1.0847)
    """
    delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
             - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
    variance = 1.0 / (y_i + a_w) + 1.0 / (y_j + a_w)
    return delta, variance, delta / math.sqrt(variance)


def keyness(
    a: "Analysis",
    *,
    by: str = "actor",
    role: str | None = "speaker",
    groups: Sequence[str] | None = None,
    vocabulary: str = "words",
    prior: float = 100.0,
    min_count: int = 2,
    stop_words: Collection[str] | str | None = "english",
) -> pd.DataFrame:
    """The terms that set each group's language apart: Monroe et al.'s log-odds with an informative prior.

    Parameters
    ----------
    a : Analysis
        The result of :func:`discourse.analyze`.
    by : str, default="actor"
        What the groups are: ``"actor"`` (through ``a.unit_actors``, with
        ``role``), another column of ``a.units`` (``"speaker"``, ``"kind"``)
        or a column of ``a.documents`` (``"source"``, ``"date"``).
    role : {"speaker", "mentioned"} or None, default="speaker"
        With ``by="actor"``: the actor's own words (``"speaker"``), the
        author's sentences that name it (``"mentioned"``), or both (``None``).
    groups : sequence of str, optional
        ``None``: every group against the rest of the units compared (with
        ``by="actor"``: every other unit of the same role that names or
        quotes an actor; a unit of two actors, Barrot's quote for Barrot and
        France, counts for both). One name: that group against the rest.
        Two names: each against the other (the rows of the second are the
        mirror image of the first's).
    vocabulary : {"words", "frames"}, default="words"
        Count each unit's words, or its frame hits (``term`` is then a frame).
    prior : float, default=100.0
        ``a0``, the total weight of the informative Dirichlet prior, spread
        over terms by their frequency in the whole corpus. Larger values
        shrink rare terms harder; must be positive.
    min_count : int, default=2
        Report a term only when ``count + count_other`` reaches this.
    stop_words : "english", collection of str or None, default="english"
        Words left out with ``vocabulary="words"``: ``"english"`` is
        scikit-learn's ``ENGLISH_STOP_WORDS``; ``None`` or ``()`` keeps all.

    Returns
    -------
    DataFrame
        One row per group and term, columns :data:`KEYNESS_COLUMNS`:
        ``group``; ``other`` (``"rest"`` or the other group's name);
        ``term``; ``count`` and ``count_other`` (uses of the term in the group
        and in the comparison); ``n`` and ``n_other`` (all tokens counted in
        each); ``prior`` (``a_w``); ``log_odds`` (delta, positive when the
        group uses the term more); ``variance``; ``z``. Sorted by group, then
        ``z`` from highest to lowest, then term.

    Raises
    ------
    ValueError
        For an unknown ``by``, ``role`` or ``vocabulary``, a group that is
        not in the data, or a prior that is not positive.

    Examples
    --------
    >>> import discourse as dc
    >>> a = dc.analyze(dc.load_corpus("seeds/"))
    >>> k = keyness(a, groups=["France", "NATO"])
    >>> k.query("group == 'France'").head(3)[["term", "count", "count_other"]].values.tolist()
    [['option', 2, 0], ['long', 2, 0], ['necessary', 2, 0]]
    """
    if vocabulary not in _VOCABULARIES:
        raise ValueError(f"vocabulary must be one of {', '.join(_VOCABULARIES)}, got {vocabulary!r}")
    if role is not None and role not in _ROLES:
        raise ValueError(f"role must be one of {', '.join(_ROLES)} or None, got {role!r}")
    if isinstance(prior, bool) or not isinstance(prior, (int, float)) or not prior > 0:
        raise ValueError(f"prior must be a positive number (the prior's total weight a0), got {prior!r}")
    membership = _membership(a, by=by, role=role)
    counts, background = _unit_counts(a, vocabulary=vocabulary, stop_words=stop_words)
    names = sorted(set(membership["group"]))
    if groups is not None:
        groups = [groups] if isinstance(groups, str) else list(groups)
        if not 1 <= len(groups) <= 2:
            raise ValueError(f"groups takes one or two group names, got {len(groups)}")
        missing = [g for g in groups if g not in names]
        if missing:
            shown = ", ".join(map(repr, names[:12])) + (" ..." if len(names) > 12 else "")
            raise ValueError(f"no group {missing[0]!r} in {by!r} (role {role!r}); groups are: {shown or 'none'}")
    per_group = {g: _sum(counts, units) for g, units in
                 membership.groupby("group", sort=True)["key"].agg(lambda s: sorted(set(s))).items()}
    n_bg = sum(background.values())
    rows: list[tuple] = []
    if groups is not None and len(groups) == 2:
        pairs = [(groups[0], groups[1], per_group[groups[1]]), (groups[1], groups[0], per_group[groups[0]])]
    else:
        pool = _sum(counts, sorted(set(membership["key"])))
        pairs = [(g, "rest", pool - per_group[g]) for g in (groups or names)]
    for group, other, other_counts in pairs:
        mine = per_group[group]
        n_i, n_j = sum(mine.values()), sum(other_counts.values())
        for term in sorted(set(mine) | set(other_counts)):
            y_i, y_j = mine.get(term, 0), other_counts.get(term, 0)
            if y_i + y_j < min_count:
                continue
            a_w = prior * background[term] / n_bg
            delta, variance, z = log_odds_dirichlet(y_i, n_i, y_j, n_j, a_w, prior)
            rows.append((group, other, term, y_i, y_j, n_i, n_j, a_w, delta, variance, z))
    out = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    out = out.astype({"count": "int64", "count_other": "int64", "n": "int64", "n_other": "int64",
                      "prior": float, "log_odds": float, "variance": float, "z": float})
    out = out.sort_values(["group", "z", "term"], ascending=[True, False, True], kind="mergesort")
    return out.reset_index(drop=True)


def _membership(a: "Analysis", *, by: str, role: str | None) -> pd.DataFrame:
    """``key`` (doc_id, unit_id) and ``group`` of every unit in a group."""
    if by == "actor":
        ua = a.unit_actors if role is None else a.unit_actors[a.unit_actors["role"] == role]
        frame = ua[["doc_id", "unit_id", "actor"]].rename(columns={"actor": "group"})
    elif by in a.units.columns and by not in ("doc_id", "unit_id", "text", "start", "end"):
        frame = a.units[["doc_id", "unit_id", by]].rename(columns={by: "group"})
    elif by in a.documents.columns and by != "doc_id":
        frame = a.units[["doc_id", "unit_id"]].merge(a.documents[["doc_id", by]], on="doc_id", how="left")
        frame = frame.rename(columns={by: "group"})
    else:
        allowed = ["actor"] + [c for c in list(a.units.columns) + list(a.documents.columns)
                               if c not in ("doc_id", "unit_id", "text", "start", "end")]
        raise ValueError(f"by={by!r} is not 'actor' nor a column of the units or documents; "
                         f"use one of: {', '.join(dict.fromkeys(allowed))}")
    frame = frame[frame["group"].notna() & (frame["group"].astype(str) != "")]
    keys = list(zip(frame["doc_id"], frame["unit_id"]))
    return pd.DataFrame({"key": keys, "group": frame["group"].astype(str).tolist()})


def _unit_counts(a: "Analysis", *, vocabulary: str, stop_words) -> tuple[dict[tuple, Counter], Counter]:
    """Term counts per unit ``(doc_id, unit_id)``, and over the whole corpus."""
    counts: dict[tuple, Counter] = {}
    if vocabulary == "frames":
        for (doc_id, unit_id), frames in a.framing.groupby(["doc_id", "unit_id"], sort=False)["frame"]:
            counts[(doc_id, int(unit_id))] = Counter(frames)
    else:
        stop = _stop_words(stop_words)
        for doc_id, units in a.units.groupby("doc_id", sort=False):
            spans = list(zip(units["unit_id"].astype(int), units["start"].astype(int), units["end"].astype(int)))
            for (unit_id, start, end), text in zip(spans, units["text"]):
                inner = [(s, e) for u, s, e in spans if u != unit_id and start <= s and e <= end
                         and e - s < end - start]
                words = [_word(t.text) for t in tokenize(str(text))
                         if not any(s <= start + t.start and start + t.end <= e for s, e in inner)]
                counts[(doc_id, unit_id)] = Counter(w for w in words if w and w not in stop)
    background: Counter = Counter()
    for c in counts.values():
        background.update(c)
    return counts, background


def _word(token: str) -> str:
    """A token as a vocabulary word: lower case, outer apostrophes dropped; "" for no word.

    >>> [_word(t) for t in ["Kyiv", "'s", "don't", "2025", ",", "U.S."]]
    ['kyiv', '', "don't", '', '', 'u.s.']
    """
    word = token.lower().strip("'’")
    return word if len(word) >= 2 and any(ch.isalpha() for ch in word) else ""


def _sum(counts: dict[tuple, Counter], keys) -> Counter:
    total: Counter = Counter()
    for key in keys:
        total.update(counts.get(key, ()))
    return total


def _stop_words(stop_words) -> frozenset[str]:
    if stop_words is None:
        return frozenset()
    if isinstance(stop_words, str):
        if stop_words != "english":
            raise ValueError(f"stop_words must be 'english', a collection of words or None, got {stop_words!r}")
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
        return frozenset(ENGLISH_STOP_WORDS)
    return frozenset(w.lower() for w in stop_words)
