"""An interactive explorer for JupyterLab (ipywidgets).

``dc.explore(analysis)`` shows drop-downs for actor, role, frame and stance
target; the chart and the evidence sentences under them update on every
change, so each bar can be read back to the text behind it.
"""

from __future__ import annotations


import matplotlib.pyplot as plt
import pandas as pd

from . import plot
from .analysis import Analysis

__all__ = ["Explorer", "explore"]

_ALL = "(all)"


class Explorer:
    """The widgets of :func:`explore` and the logic that updates them.

    Attributes
    ----------
    actor, role, frame, target : ipywidgets.Dropdown
    chart : ipywidgets.Output
    figure : matplotlib.figure.Figure
        The chart last drawn.
    evidence : ipywidgets.HTML
    widget : ipywidgets.VBox
        What a notebook displays.
    """

    def __init__(self, analysis: Analysis, *, max_rows: int = 25) -> None:
        import ipywidgets as w

        self.analysis, self.max_rows = analysis, max_rows
        actors = sorted(set(analysis.unit_actors["actor"]))
        frames = sorted(set(analysis.framing["frame"]))
        self.actor = w.Dropdown(options=actors, value=actors[0] if actors else None, description="Actor")
        self.role = w.Dropdown(options=["speaker", "mentioned"], value="speaker", description="Role")
        self.frame = w.Dropdown(options=[_ALL, *frames], value=_ALL, description="Frame")
        self.target = w.Dropdown(options=[_ALL, *analysis.stance_lexicon.target_names], value=_ALL,
                                 description="Target")
        self.chart = w.Output()
        self.evidence = w.HTML()
        for control in (self.actor, self.role, self.frame, self.target):
            control.observe(lambda _change: self.update(), names="value")
        self.widget = w.VBox([w.HBox([self.actor, self.role]), w.HBox([self.frame, self.target]), self.chart,
                              self.evidence])
        self.update()

    def frame_evidence(self) -> pd.DataFrame:
        """The frame hits behind the current choice: unit text, frame, term, negated, hedged."""
        a = self.analysis
        units = a.unit_actors[(a.unit_actors["actor"] == self.actor.value) & (a.unit_actors["role"] == self.role.value)]
        hits = a.framing.merge(units[["doc_id", "unit_id"]], on=["doc_id", "unit_id"])
        if self.frame.value != _ALL:
            hits = hits[hits["frame"] == self.frame.value]
        hits = hits.merge(a.units[["doc_id", "unit_id", "text"]], on=["doc_id", "unit_id"])
        return hits[["doc_id", "frame", "match", "negated", "hedged", "text"]].head(self.max_rows)

    def stance_evidence(self) -> pd.DataFrame:
        """The stance evidence behind the current actor and target."""
        ev = self.analysis.stance_evidence
        ev = ev[ev["actor"] == self.actor.value]
        if self.target.value != _ALL:
            ev = ev[ev["target"] == self.target.value]
        return ev[["doc_id", "target", "polarity", "cue", "target_term", "text"]].head(self.max_rows)

    def update(self) -> None:
        """Redraw the chart and the evidence for the current choices."""
        a = self.analysis
        fa = a.framing_by_actor()
        fa = fa[(fa["actor"] == self.actor.value) & (fa["role"] == self.role.value)]
        self.chart.clear_output(wait=True)
        with self.chart:
            fig, ax = plt.subplots(figsize=(plot.COLUMN_WIDTH * 2, 2.2), layout="constrained")
            if len(fa):
                colors = ["#0072B2" if f == self.frame.value else "#9ecae1" for f in fa["frame"]]
                ax.barh(fa["frame"].str.replace("_", " "), fa["per_1000_words"], color=colors)
                ax.invert_yaxis()
            ax.set_xlabel("frame hits per 1,000 words")
            ax.set_title(f"{self.actor.value}: frames {'in its own words' if self.role.value == 'speaker' else 'around it'}")
            self.figure = fig
            plt.show()
        frames = self.frame_evidence()
        stance = self.stance_evidence()
        self.evidence.value = (
            f"<h4>Frame evidence ({len(frames)} shown)</h4>" + _table(frames)
            + f"<h4>Stance evidence ({len(stance)} shown)</h4>" + _table(stance))


def _table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "<p><i>none</i></p>"
    return frame.to_html(index=False, escape=True)


def explore(analysis: Analysis, *, max_rows: int = 25):
    """An interactive explorer of an analysis for JupyterLab.

    Parameters
    ----------
    analysis : Analysis
    max_rows : int, default=25
        Evidence rows shown.

    Returns
    -------
    ipywidgets.VBox
        Display it (last line of a cell). Its :class:`Explorer` is at
        ``.explorer``.
    """
    explorer = Explorer(analysis, max_rows=max_rows)
    explorer.widget.explorer = explorer
    return explorer.widget


