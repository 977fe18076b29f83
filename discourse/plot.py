"""Charts of an analysis, in one house style (seaborn/matplotlib).

Every function takes a tidy frame from :class:`~discourse.Analysis` (or one
of its summary tables), keyword-only options and an optional ``ax=``, draws,
and returns the :class:`matplotlib.axes.Axes`. They work from precomputed
tables, so they stay fast for many actors and large corpora; options such as
``top=`` keep a chart readable when there are many actors.

Call :func:`set_theme` once for the house style: colour-blind-safe palettes,
plain-word labels, sizes readable at a journal's column width.

Examples
--------
>>> import discourse as dc
>>> a = dc.analyze(dc.load_corpus("seeds/"))
>>> ax = dc.plot.frame_heatmap(a.framing_by_actor())
>>> ax.get_title()
'Frames each actor uses in its own words (hits per 1,000 words)'
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes

__all__ = ["set_theme", "frame_heatmap", "sentiment_by_actor", "stance_chart", "frame_timeline", "nothing_to_draw",
           "comention_matrix", "relation_matrix", "who_is_quoted", "keyness_chart", "COLUMN_WIDTH", "PALETTE", "KIND_COLORS"]

#: Width in inches of one journal column; figures are sized from it.
COLUMN_WIDTH = 3.5
#: The categorical palette: Okabe-Ito, safe for the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
#: One colour per quote kind, used wherever kinds are shown.
KIND_COLORS = {"direct": "#0072B2", "partial": "#E69F00", "reported": "#009E73", "scare": "#999999"}
_METHOD_COLORS = {"VADER": "#0072B2", "TextBlob": "#D55E00"}
_ROLE_WORDS = {"speaker": "in their own words", "mentioned": "as described by the author"}


def set_theme(*, font_scale: float = 1.0) -> None:
    """Apply the house style: white grid, Okabe-Ito palette, readable small sizes, fixed metadata.

    Also fixes what would make vector files differ from run to run (the SVG
    hash salt), so figures are byte-identical when regenerated.
    """
    sns.set_theme(context="paper", style="whitegrid", palette=PALETTE, font_scale=font_scale)
    plt.rcParams.update({
        "figure.dpi": 100, "savefig.dpi": 300, "savefig.bbox": "tight", "savefig.pad_inches": 0.05,
        "font.size": 8, "axes.titlesize": 9, "axes.labelsize": 8, "xtick.labelsize": 7, "ytick.labelsize": 7,
        "legend.fontsize": 7, "legend.title_fontsize": 7, "axes.titleweight": "bold",
        "svg.hashsalt": "discourse", "svg.fonttype": "path", "pdf.fonttype": 42,
    })


def _ax(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _label(name: str) -> str:
    return name.replace("_", " ")


def _top_actors(frame: pd.DataFrame, value: str, top: int | None) -> list[str]:
    totals = frame.groupby("actor", sort=True)[value].sum().sort_values(ascending=False, kind="mergesort")
    return list(totals.index[:top] if top else totals.index)


_VALUE_WORDS = {"per_1000_words": "hits per 1,000 words", "hits": "hits", "weighted_hits": "weighted hits"}


def nothing_to_draw(ax: Axes | None, message: str, *, title: str = "",
                    size: tuple[float, float] = (COLUMN_WIDTH * 2, 1.6)) -> Axes:
    """An empty chart that says so: the Axes, without ticks, with ``message`` in its centre.

    Every chart of this module returns this when its table has no rows to
    draw, rather than an empty box or an error.
    """
    ax = _ax(ax, size)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.3")
    if title:
        ax.set_title(title)
    return ax


def _cell_number(value: float) -> str:
    """A cell's number: blank for zero, whole numbers as such, one decimal below 10 (0.4, not 0)."""
    if not value:
        return ""
    return f"{value:.1f}" if abs(value) < 10 and not float(value).is_integer() else f"{value:.0f}"


def _heatmap_size(n_rows: int, n_cols: int) -> tuple[float, float]:
    """Cells of about the same shape however few rows or columns, up to two columns' width."""
    return min(COLUMN_WIDTH * 2, max(4.6, 2.6 + 0.45 * n_cols)), 1.7 + 0.3 * max(n_rows, 2)


def frame_heatmap(framing_by_actor: pd.DataFrame, *, role: str = "speaker", value: str = "per_1000_words",
                  annotate: str | None = None, frames: Sequence[str] | None = None, top: int | None = 12,
                  ax: Axes | None = None) -> Axes:
    """Actor x frame heatmap of frame use; by default the colour and the numbers are hits per 1,000 words.

    The rate is over the words of the actor's units in that role (the
    ``n_words`` of :meth:`Analysis.framing_by_actor`), shown beside each
    actor's name, so that a high rate on few words is seen as such.

    Parameters
    ----------
    framing_by_actor : DataFrame
        ``Analysis.framing_by_actor()``.
    role : {"speaker", "mentioned"}, default="speaker"
        Frames in the actors' own words, or in the author's sentences about them.
    value : str, default="per_1000_words"
        Column coloured: ``per_1000_words`` or ``hits``.
    annotate : str or None, default=None
        Column written on the cells: the coloured one by default, ``""`` for none.
    frames : sequence of str, optional
        Frames to show, in order (default: those with hits, alphabetically).
    top : int or None, default=12
        Show the actors with the most hits.
    ax : Axes, optional

    Returns
    -------
    Axes
        With a "nothing to draw" message when there are no hits for ``role``.
    """
    annotate = value if annotate is None else annotate
    data = framing_by_actor[framing_by_actor["role"] == role]
    who = "in its own words" if role == "speaker" else "in sentences about it"
    title = f"Frames each actor uses {who}" if role == "speaker" else f"Frames around each actor {who}"
    actors = _top_actors(data, "hits", top)
    data = data[data["actor"].isin(actors)]
    columns = list(frames) if frames is not None else sorted(data["frame"].unique())
    if not actors or not columns:
        return nothing_to_draw(ax, f"no frame hits with role {role!r} to draw", title=title)
    grid = data.pivot_table(index="actor", columns="frame", values=value, aggfunc="sum").reindex(
        index=actors, columns=columns).fillna(0)
    notes = None
    if annotate:
        notes = data.pivot_table(index="actor", columns="frame", values=annotate, aggfunc="sum").reindex(
            index=actors, columns=columns).fillna(0)
        notes = notes.map(_cell_number)
    words = data.groupby("actor")["n_words"].max().reindex(actors).fillna(0).astype(int)
    label = _VALUE_WORDS.get(value, _label(value))
    ax = _ax(ax, _heatmap_size(len(actors), len(columns)))
    sns.heatmap(grid, ax=ax, cmap="Blues", vmin=0, vmax=max(float(grid.to_numpy().max()), 1e-9), linewidths=0.5,
                linecolor="white", square=len(columns) < 4, annot=notes if notes is not None else False, fmt="",
                annot_kws={"fontsize": 7},
                cbar_kws={"label": label, "shrink": 0.8})
    ax.set_xticks(np.arange(len(columns)) + 0.5, [_label(c) for c in columns], rotation=35, ha="right")
    ax.set_yticks(np.arange(len(actors)) + 0.5, [f"{a} ({n:,} words)" for a, n in zip(actors, words)], rotation=0)
    ax.set_xlabel("frame")
    ax.set_ylabel("")
    ax.grid(False)
    if annotate and annotate != value:
        label = f"colour: {label}; numbers: {_VALUE_WORDS.get(annotate, _label(annotate))}"
    narrow = len(columns) < 4                                    # square cells: break the title to fit
    ax.set_title(textwrap.fill(f"{title} ({label})", 30) if narrow else f"{title} ({label})")
    return ax


def sentiment_by_actor(by_actor: pd.DataFrame, *, roles: Sequence[str] = ("speaker", "mentioned"),
                       top: int | None = 10, min_units: int = 1, ax: Axes | None = None) -> Axes:
    """Mean sentiment per actor and role, VADER and TextBlob side by side, with 95% intervals.

    Parameters
    ----------
    by_actor : DataFrame
        ``Analysis.by_actor()``.
    roles : sequence of str, default=("speaker", "mentioned")
        Roles to show; each actor gets one row per role.
    top : int or None, default=10
        Actors with the most units.
    min_units : int, default=1
        Leave out actor x role rows with fewer units.
    """
    data = by_actor[by_actor["role"].isin(roles) & (by_actor["n_units"] >= min_units)]
    actors = _top_actors(data, "n_units", top)
    data = data[data["actor"].isin(actors)].copy()
    order = {a: i for i, a in enumerate(actors)}
    data["row"] = data["actor"].map(order) * len(roles) + data["role"].map({r: i for i, r in enumerate(roles)})
    data = data.sort_values("row", kind="mergesort").reset_index(drop=True)
    labels = [f"{a} ({'speaker' if r == 'speaker' else 'described'}, n={n})"
              for a, r, n in zip(data["actor"], data["role"], data["n_units"])]
    ax = _ax(ax, (COLUMN_WIDTH * 2, 0.8 + 0.3 * max(len(data), 2)))
    y = np.arange(len(data))
    for offset, (method, prefix) in zip((-0.15, 0.15), (("VADER", "vader"), ("TextBlob", "textblob"))):
        mean = data[f"{prefix}_mean"].to_numpy(float)
        low = data[f"{prefix}_low"].to_numpy(float)
        high = data[f"{prefix}_high"].to_numpy(float)
        err = np.vstack([np.where(np.isnan(low), 0, mean - low), np.where(np.isnan(high), 0, high - mean)])
        ax.errorbar(mean, y + offset, xerr=err, fmt="o", ms=4, capsize=2, lw=1, color=_METHOD_COLORS[method],
                    label=f"{method} ({'compound' if prefix == 'vader' else 'polarity'})")
    ax.axvline(0, color="0.3", lw=0.8)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment per unit (negative to positive), with 95% bootstrap interval")
    ax.set_title("Sentiment of what actors say (speaker) and of how they are described")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def stance_chart(stance: pd.DataFrame, *, targets: Sequence[str] | None = None, top: int | None = 12,
                 ax: Axes | None = None) -> Axes:
    """Actor x target stance scores on a diverging scale, with the number of evidence units on each cell.

    Parameters
    ----------
    stance : DataFrame
        ``Analysis.stance``.
    targets : sequence of str, optional
        Targets in order (default: as in the table).
    top : int or None, default=12
        Actors with the most evidence.
    """
    if stance.empty:
        return nothing_to_draw(ax, "no stance rows to draw (no actor and target in the table)",
                               title="Where each actor stands")
    targets = list(targets) if targets is not None else list(dict.fromkeys(stance["target"]))
    actors = _top_actors(stance, "n_evidence", top)
    score = stance.pivot_table(index="actor", columns="target", values="score", aggfunc="first").reindex(
        index=actors, columns=targets)
    n = stance.pivot_table(index="actor", columns="target", values="n_evidence", aggfunc="first").reindex(
        index=actors, columns=targets).fillna(0).astype(int)
    shown = score.where(n > 0)
    notes = n.astype(str).where(n > 0, "")
    ax = _ax(ax, _heatmap_size(len(actors), len(targets)))
    sns.heatmap(shown, ax=ax, cmap="RdBu", vmin=-1, vmax=1, center=0, linewidths=0.5, linecolor="white",
                annot=notes, fmt="", annot_kws={"fontsize": 7},
                cbar_kws={"label": "stance score (against -1 to favor +1)", "shrink": 0.8})
    ax.set_facecolor("#f2f2f2")
    ax.grid(False)
    ax.set_xticklabels([_label(t) for t in targets], rotation=25, ha="right")
    ax.set_yticks(np.arange(len(actors)) + 0.5, actors, rotation=0)
    ax.set_xlabel("target (numbers: evidence units; grey: no evidence)")
    ax.set_ylabel("")
    ax.set_title("Where each actor stands")
    return ax


def frame_timeline(framing: pd.DataFrame, *, units: pd.DataFrame | None = None,
                   documents: pd.DataFrame | None = None, by: str = "position", bins: int = 10,
                   frames: Sequence[str] | None = None, top: int = 6, ax: Axes | None = None) -> Axes:
    """Frame hits across a document (sentence position) or across a corpus (document date), as a heat strip.

    One row per frame and one column per position bin (or month); each cell
    is coloured by its number of hits and shows it, so the rise and fall of
    each frame reads along its row without lines crossing.

    Parameters
    ----------
    framing : DataFrame
        ``Analysis.framing``.
    units : DataFrame, optional
        ``Analysis.units``; needed for ``by="position"`` (sentences per document).
    documents : DataFrame, optional
        ``Analysis.documents``; needed for ``by="date"`` (its ``date`` column).
    by : {"position", "date"}, default="position"
        ``position``: relative position of the sentence in its document, in
        ``bins`` bins; ``date``: the document's date, by month (months without
        hits are shown, empty).
    frames : sequence of str, optional
        Frames to draw, top to bottom (default: the ``top`` most frequent).
    top : int, default=6

    Returns
    -------
    Axes
        With a "nothing to draw" message when there are no hits.
    """
    if by not in ("position", "date"):
        raise ValueError(f"by must be 'position' or 'date', got {by!r}")
    if by == "position" and units is None:
        raise ValueError("frame_timeline(by='position') needs units=Analysis.units")
    if by == "date" and documents is None:
        raise ValueError("frame_timeline(by='date') needs documents=Analysis.documents")
    title = "Frames through the text" if by == "position" else "Frames over time"
    if frames is None:
        counts = framing["frame"].value_counts().sort_index().sort_values(ascending=False, kind="mergesort")
        frames = list(counts.index[:top])
    frames = list(frames)
    data = framing[framing["frame"].isin(frames)].copy()
    if by == "position":
        n_sent = units[units["kind"] == "sentence"].groupby("doc_id")["sent_id"].max() + 1
        rel = data["sent_id"] / data["doc_id"].map(n_sent)
        data["x"] = np.minimum((rel * bins).astype(int), bins - 1)
        xs = list(range(bins))
        xlabels = [f"{int(100 * k / bins)}-{int(100 * (k + 1) / bins)}%" for k in xs]
        xlabel = "position in the document (share of its sentences, start to end)"
    else:
        dates = pd.to_datetime(documents.set_index("doc_id")["date"], errors="coerce")
        data["x"] = data["doc_id"].map(dates).dt.to_period("M")
        data = data.dropna(subset=["x"])
        xs = list(pd.period_range(data["x"].min(), data["x"].max(), freq="M")) if len(data) else []
        xlabels = [str(p) for p in xs]
        xlabel = "month of the document"
    if data.empty or not frames:
        return nothing_to_draw(ax, "no frame hits to draw" if by == "position" else "no dated frame hits to draw",
                               title=title)
    strip = data.groupby(["frame", "x"]).size().unstack(fill_value=0).reindex(index=frames, columns=xs,
                                                                              fill_value=0)
    notes = strip.map(lambda v: str(v) if v else "")
    ax = _ax(ax, (COLUMN_WIDTH * 2, 1.3 + 0.3 * max(len(frames), 2)))
    sns.heatmap(strip, ax=ax, cmap="Greens", vmin=0, vmax=max(int(strip.to_numpy().max()), 1), linewidths=0.5,
                linecolor="white", annot=notes, fmt="", annot_kws={"fontsize": 7},
                cbar_kws={"label": "frame hits", "shrink": 0.8})
    ax.set_xticks(np.arange(len(xs)) + 0.5, xlabels, rotation=35 if by == "date" or bins > 8 else 0,
                  ha="right" if by == "date" or bins > 8 else "center")
    ax.set_yticks(np.arange(len(frames)) + 0.5, [f"{_label(f)} ({int(strip.loc[f].sum())})" for f in frames],
                  rotation=0)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    ax.grid(False)
    ax.set_title(f"{title} (hits by position; in brackets: all hits)" if by == "position" else
                 f"{title} (hits by month; in brackets: all hits)")
    return ax


def comention_matrix(mentions: pd.DataFrame, *, top: int | None = 12, ax: Axes | None = None) -> Axes:
    """How often two actors are named in the same sentence (the diagonal: sentences naming the actor).

    Parameters
    ----------
    mentions : DataFrame
        ``Analysis.mentions``.
    top : int or None, default=12
        Actors named in the most sentences.
    """
    named = mentions.dropna(subset=["actor"])[["doc_id", "sent_id", "actor"]].drop_duplicates()
    counts = named.groupby("actor").size().sort_index().sort_values(ascending=False, kind="mergesort")
    actors = list(counts.index[:top] if top else counts.index)
    named = named[named["actor"].isin(actors)]
    incidence = pd.crosstab([named["doc_id"], named["sent_id"]], named["actor"]).reindex(columns=actors,
                                                                                         fill_value=0)
    matrix = incidence.T @ incidence
    ax = _ax(ax, (COLUMN_WIDTH * 1.6, COLUMN_WIDTH * 1.4))
    mask = np.triu(np.ones_like(matrix, dtype=bool), k=1)
    sns.heatmap(matrix, ax=ax, mask=mask, cmap="Purples", annot=True, fmt="d", annot_kws={"fontsize": 7},
                linewidths=0.5, linecolor="white", square=True, cbar_kws={"label": "sentences", "shrink": 0.7})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_xticklabels(ax.get_xticklabels(), rotation=40, ha="right")
    ax.grid(False)
    ax.set_title("Actors named in the same sentence")
    return ax


def who_is_quoted(quotes: pd.DataFrame, *, by: str = "actor", value: str = "quotes", top: int | None = 10,
                  ax: Axes | None = None) -> Axes:
    """Who is quoted: quotes (or words quoted) per actor or speaker, split by kind.

    Parameters
    ----------
    quotes : DataFrame
        ``Analysis.quotes``.
    by : {"actor", "speaker"}, default="actor"
    value : {"quotes", "words"}, default="quotes"
    top : int or None, default=10
    """
    kinds = ["direct", "partial", "reported"]
    said = quotes[quotes["kind"].isin(kinds) & quotes[by].fillna("").ne("")].copy()
    said["words"] = said["text"].str.split().str.len()
    said["quotes"] = 1
    table = said.pivot_table(index=by, columns="kind", values=value, aggfunc="sum", fill_value=0).reindex(
        columns=kinds, fill_value=0)
    table = table.loc[table.sum(axis=1).sort_index().sort_values(ascending=False, kind="mergesort").index]
    if top:
        table = table.head(top)
    ax = _ax(ax, (COLUMN_WIDTH * 2, 0.8 + 0.3 * max(len(table), 2)))
    left = np.zeros(len(table))
    y = np.arange(len(table))
    for kind in kinds:
        ax.barh(y, table[kind], left=left, color=KIND_COLORS[kind], label=kind, height=0.7)
        left += table[kind].to_numpy()
    ax.set_yticks(y, list(table.index))
    ax.invert_yaxis()
    ax.set_xlabel("quotes" if value == "quotes" else "words quoted")
    ax.set_title(f"Who is quoted ({'by actor spoken for' if by == 'actor' else 'by speaker'})")
    ax.legend(title="kind", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.grid(axis="y", visible=False)
    return ax


def keyness_chart(keyness: pd.DataFrame, *, group: str | None = None, top: int = 10, threshold: float = 1.96,
                  ax: Axes | None = None) -> Axes:
    """The terms that set a group apart from its comparison, by z-score (a :func:`discourse.keyness` table).

    Bars to the right are the ``top`` terms the group uses more (highest
    ``z``), bars to the left the ``top`` terms its comparison uses more
    (lowest ``z``); each label gives the two counts. Dashed lines mark
    ``|z| = threshold``. Drawn from the table alone.

    Parameters
    ----------
    keyness : DataFrame
        ``discourse.keyness(a, ...)``.
    group : str, optional
        The group to show (default: the first in the table).
    top : int, default=10
        Terms on each side.
    threshold : float, default=1.96
        Where the dashed lines are drawn (0 or less: none).
    """
    ax = _ax(ax, (COLUMN_WIDTH * 2, 1.0 + 0.22 * max(2 * top, 4)))
    if keyness.empty:
        ax.text(0.5, 0.5, "nothing to draw: the keyness table is empty", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    groups = list(dict.fromkeys(keyness["group"]))
    group = groups[0] if group is None else group
    if group not in groups:
        raise ValueError(f"group {group!r} is not in the keyness table; groups are: {', '.join(map(str, groups))}")
    rows = keyness[keyness["group"] == group].sort_values(["z", "term"], ascending=[False, True], kind="mergesort")
    other = str(rows["other"].iloc[0])
    up, down = rows[rows["z"] > 0].head(top), rows[rows["z"] < 0].tail(top)
    data = pd.concat([up, down])
    y = np.arange(len(data))
    colors = [PALETTE[0] if z > 0 else PALETTE[1] for z in data["z"]]
    ax.barh(y, data["z"], color=colors, height=0.7)
    ax.set_yticks(y, [f"{t} ({c}:{o})" for t, c, o in zip(data["term"], data["count"], data["count_other"])])
    ax.invert_yaxis()
    ax.axvline(0, color="0.3", lw=0.8)
    if threshold > 0:
        for x in (-threshold, threshold):
            ax.axvline(x, color="0.5", lw=0.8, ls="--")
    other_name = "the rest" if other == "rest" else other
    ax.set_xlabel(f"z-score of the log-odds ratio (right: {group} more; left: {other_name} more)")
    ax.set_ylabel(f"term (uses: {group} : {other_name})")
    ax.set_title(f"What sets {group} apart from {other_name}")
    ax.grid(axis="y", visible=False)
    return ax


def relation_matrix(relations: pd.DataFrame, *, top: int | None = 12, min_n: int = 1,
                    ax: Axes | None = None) -> Axes:
    """Who stands for or against whom: holder x target, net polarity, with the number of evidence rows.

    Parameters
    ----------
    relations : DataFrame
        ``Analysis.relations`` or its summary, ``Analysis.relation_summary()``.
    top : int or None, default=12
        Actors (as holder or target) with the most evidence rows.
    min_n : int, default=1
        Leave out holder x target cells with fewer evidence rows.

    Returns
    -------
    Axes
        Rows are holders, columns targets; colour is the net polarity
        ((positive - negative) / n, from -1 against to +1 for), numbers are
        the evidence rows. "Nothing to draw" when there are no relations.

    Examples
    --------
    >>> rel = pd.DataFrame({"holder": ["Sudan", "Sudan", "Chad"], "target": ["RSF", "RSF", "Sudan"],
    ...                     "polarity": ["negative", "negative", "positive"]})
    >>> ax = relation_matrix(rel)
    >>> [t.get_text() for t in ax.texts]
    ['2', '1']
    """
    from .relations import relation_summary

    title = "Who stands for or against whom"
    summary = relation_summary(relations) if "polarity" in relations.columns else relations
    summary = summary[summary["n"] >= min_n] if len(summary) else summary
    if summary.empty:
        ax = _ax(ax, (COLUMN_WIDTH * 2, 1.6))
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        ax.text(0.5, 0.5, "no relations between actors to draw", ha="center", va="center", transform=ax.transAxes,
                color="0.3")
        ax.set_title(title)
        return ax
    weight = pd.concat([summary.groupby("holder")["n"].sum(), summary.groupby("target")["n"].sum()])
    weight = weight.groupby(level=0).sum().sort_index().sort_values(ascending=False, kind="mergesort")
    keep = set(weight.index[:top] if top else weight.index)
    summary = summary[summary["holder"].isin(keep) & summary["target"].isin(keep)]
    holders = [a for a in weight.index if a in set(summary["holder"])]
    targets = [a for a in weight.index if a in set(summary["target"])]
    net = summary.pivot_table(index="holder", columns="target", values="net", aggfunc="first").reindex(
        index=holders, columns=targets)
    n = summary.pivot_table(index="holder", columns="target", values="n", aggfunc="first").reindex(
        index=holders, columns=targets)
    notes = n.map(lambda v: "" if pd.isna(v) else str(int(v)))
    ax = _ax(ax, (COLUMN_WIDTH * 2, 1.2 + 0.32 * max(len(holders), 2)))
    sns.heatmap(net, ax=ax, cmap="RdBu", center=0, vmin=-1, vmax=1, linewidths=0.5, linecolor="white",
                annot=notes, fmt="", annot_kws={"fontsize": 7},
                cbar_kws={"label": "net polarity (against -1 to for +1)", "shrink": 0.8})
    ax.set_xlabel("target (the actor the stance is about)")
    ax.set_ylabel("holder (the actor taking the stance)")
    ax.set_xticks(np.arange(len(targets)) + 0.5, targets, rotation=35, ha="right")
    ax.set_yticks(np.arange(len(holders)) + 0.5, holders, rotation=0)
    ax.grid(False)
    ax.set_title(f"{title} (colour: net polarity; numbers: evidence)")
    return ax
