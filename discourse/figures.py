"""Paper figures: every chart of :mod:`discourse.plot`, reproducible byte for byte.

:func:`write_figures` draws each figure of :data:`FIGURES` from an analysis
and writes, for each, a PNG at 300 dpi, an SVG, and the CSV of the data it
plots, plus ``MANIFEST.csv`` (figure, function, files and their sha256).
Metadata that would change between runs (dates, the SVG hash salt, the
software string) is fixed, so regenerating the figures from the same input
with the pinned versions gives identical files.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import matplotlib

matplotlib.use("Agg", force=False)

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from . import plot  # noqa: E402
from .analysis import Analysis  # noqa: E402

__all__ = ["Figure", "FIGURES", "write_figures", "MANIFEST_COLUMNS"]

MANIFEST_COLUMNS = ["figure", "function", "file", "kind", "sha256"]


class Figure(NamedTuple):
    """A paper figure: its data (a table of the analysis) and how it is drawn."""

    name: str
    function: str
    data: Callable[[Analysis], pd.DataFrame]
    draw: Callable[[pd.DataFrame, Analysis], object]
    caption: str


FIGURES: tuple[Figure, ...] = (
    Figure("fig1_who_is_quoted", "plot.who_is_quoted", lambda a: a.quotes,
           lambda d, a: plot.who_is_quoted(d, by="speaker"),
           "Who is quoted: quotes per speaker, split by kind (direct, partial, reported)."),
    Figure("fig2_frame_heatmap", "plot.frame_heatmap", lambda a: a.framing_by_actor(),
           lambda d, a: plot.frame_heatmap(d, role="speaker"),
           "Frames each actor uses in its own words: colour and numbers are hits per 1,000 of the actor's words."),
    Figure("fig3_sentiment_by_actor", "plot.sentiment_by_actor", lambda a: a.by_actor(),
           lambda d, a: plot.sentiment_by_actor(d),
           "Mean sentiment of what actors say and of how they are described, VADER and TextBlob, 95% intervals."),
    Figure("fig4_stance", "plot.stance_chart", lambda a: a.stance,
           lambda d, a: plot.stance_chart(d),
           "Stance of each actor toward each target (numbers: evidence units)."),
    Figure("fig5_frame_timeline", "plot.frame_timeline", lambda a: a.framing,
           lambda d, a: plot.frame_timeline(d, units=a.units),
           "Frame hits through the text: one row per frame, one column per tenth of the document's sentences."),
    Figure("fig6_comention", "plot.comention_matrix", lambda a: a.mentions,
           lambda d, a: plot.comention_matrix(d),
           "Actors named in the same sentence."),
    Figure("fig7_relations", "plot.relation_matrix", lambda a: a.relation_summary(),
           lambda d, a: plot.relation_matrix(d),
           "Who stands for or against whom: net polarity of each holder toward each target (numbers: evidence)."),
)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_figures(analysis: Analysis, directory: str | Path = "figures") -> pd.DataFrame:
    """Draw every figure of :data:`FIGURES` and write PNG, SVG, data CSV and ``MANIFEST.csv``.

    Parameters
    ----------
    analysis : Analysis
    directory : str or Path, default="figures"

    Returns
    -------
    pandas.DataFrame
        The manifest: ``figure``, ``function``, ``file``, ``kind`` (png, svg,
        data) and ``sha256``.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    plot.set_theme()
    rows = []
    for fig in FIGURES:
        data = fig.data(analysis)
        data_path = out / f"{fig.name}.csv"
        data.to_csv(data_path, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        ax = fig.draw(data, analysis)
        figure = ax.figure
        png, svg = out / f"{fig.name}.png", out / f"{fig.name}.svg"
        figure.savefig(png, dpi=300, metadata={"Software": None})
        figure.savefig(svg, metadata={"Date": None, "Creator": None})
        plt.close(figure)
        for path, kind in ((png, "png"), (svg, "svg"), (data_path, "data")):
            rows.append((fig.name, f"discourse.{fig.function}", path.name, kind, _sha256(path)))
    manifest = pd.DataFrame(rows, columns=MANIFEST_COLUMNS)
    manifest.to_csv(out / "MANIFEST.csv", index=False, lineterminator="\n")
    return manifest
