"""Charts return labelled Axes; paper figures are reproduced byte for byte."""

from __future__ import annotations

import filecmp
import warnings
import os
import subprocess
import sys

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import discourse as dc
from conftest import ROOT
from discourse.cli import main
from discourse.figures import FIGURES


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def labelled(ax) -> bool:
    return bool(ax.get_title()) and (bool(ax.get_xlabel()) or bool(ax.get_ylabel()))


def cells(ax) -> np.ndarray:
    """The values a heatmap colours, row by row."""
    return np.asarray(ax.collections[0].get_array(), dtype=float).ravel()


def test_frame_heatmap_cells(seed_analysis):
    table = seed_analysis.framing_by_actor()
    ax = dc.plot.frame_heatmap(table)
    assert labelled(ax)
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["France (69 words)", "Jean-Noel Barrot (69 words)"]
    frames = [t.get_text() for t in ax.get_xticklabels()]
    assert "self defense" in frames
    # title, colour bar and numbers all say hits per 1,000 words: France's 5 solidarity hits in 69 words
    assert ax.get_title().endswith("(hits per 1,000 words)")
    assert ax.figure.axes[-1].get_ylabel() == "hits per 1,000 words"
    france = cells(ax)[:len(frames)]
    assert france[frames.index("solidarity")] == pytest.approx(1000 * 5 / 69, abs=1e-3)
    assert "72" in [t.get_text() for t in ax.texts] and "5" not in [t.get_text() for t in ax.texts]
    speaker = table[table["role"] == "speaker"]
    shown = sorted(float(t.get_text()) for t in ax.texts if t.get_text())
    rates = sorted(speaker.query("actor in ['France', 'Jean-Noel Barrot', 'NATO', 'Rob Bauer', 'Le Monde', 'BBC']")
                   ["per_1000_words"])
    assert shown == pytest.approx(rates, abs=0.5)               # every number on a cell is a rate, rounded


@pytest.mark.parametrize("value, text", [(79.365, "79"), (9.708, "9.7"), (0.42, "0.4"), (5.0, "5"), (0.0, "")])
def test_heatmap_numbers_keep_small_rates_visible(value, text):
    table = small_framing_table([("Sahel", "speaker", "terrorism", 1, 1.0, 0, 0, 100, value)])
    ax = dc.plot.frame_heatmap(table)
    assert [t.get_text() for t in ax.texts] == [text]


def test_frame_heatmap_raw_hits_when_asked(seed_analysis):
    ax = dc.plot.frame_heatmap(seed_analysis.framing_by_actor(), value="hits")
    assert ax.get_title().endswith("(hits)") and ax.figure.axes[-1].get_ylabel() == "hits"
    assert "5" in [t.get_text() for t in ax.texts]


def small_framing_table(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["actor", "role", "frame", "hits", "weighted_hits", "negated", "hedged",
                                       "n_words", "per_1000_words"])


def test_frame_heatmap_on_two_actors_and_one_frame_is_not_a_strip():
    table = small_framing_table([("Sudan", "speaker", "humanitarian_crisis", 3, 3.0, 0, 0, 40, 75.0),
                                 ("RSF", "speaker", "humanitarian_crisis", 1, 1.0, 0, 0, 20, 50.0)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = dc.plot.frame_heatmap(table)
        ax.figure.canvas.draw()
    assert cells(ax).tolist() == [75.0, 50.0]
    (x0, y0), (x1, y1) = ax.transData.transform([(0, 0), (1, 1)])     # one cell, in pixels
    assert 0.25 < abs(y1 - y0) / abs(x1 - x0) < 4              # a readable shape, not a squashed strip


@pytest.mark.parametrize("draw, message", [
    (lambda: dc.plot.frame_heatmap(small_framing_table([])), "no frame hits with role 'speaker' to draw"),
    (lambda: dc.plot.frame_heatmap(small_framing_table([("RSF", "mentioned", "siege", 1, 1.0, 0, 0, 9, 111.1)])),
     "no frame hits with role 'speaker' to draw"),
    (lambda: dc.plot.stance_chart(pd.DataFrame(columns=["actor", "target", "label", "score", "n_evidence"])),
     "no stance rows to draw"),
    (lambda: dc.plot.frame_timeline(pd.DataFrame(columns=["doc_id", "sent_id", "frame"]),
                                    units=pd.DataFrame(columns=["doc_id", "sent_id", "kind"])),
     "no frame hits to draw"),
])
def test_nothing_to_draw_is_said(draw, message):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = draw()
        ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.texts][0].startswith(message)
    assert ax.get_title() and ax.get_xticks().size == 0 and ax.get_yticks().size == 0


def test_sentiment_by_actor_draws_both_methods(seed_analysis):
    ax = dc.plot.sentiment_by_actor(seed_analysis.by_actor(), top=3)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["VADER (compound)", "TextBlob (polarity)"]
    assert any("France (speaker" in t.get_text() for t in ax.get_yticklabels())
    assert labelled(ax)


def test_stance_chart(seed_analysis):
    ax = dc.plot.stance_chart(seed_analysis.stance)
    assert labelled(ax) and "ukraine support" in [t.get_text() for t in ax.get_xticklabels()]


@pytest.mark.parametrize("by", ["position", "date"])
def test_frame_timeline(seed_analysis, by):
    docs = seed_analysis.documents.assign(date="2024-11-24")
    ax = dc.plot.frame_timeline(seed_analysis.framing, units=seed_analysis.units, documents=docs, by=by)
    assert labelled(ax) and len(ax.get_yticklabels()) == 6 and ax.get_lines() == []
    assert len(cells(ax)) == 6 * (10 if by == "position" else 1)
    assert cells(ax).sum() == seed_analysis.framing["frame"].value_counts().head(6).sum()


def test_frame_timeline_strip_counts_by_hand():
    # one document of 10 sentences: "siege" in sentences 0, 0 and 9, "hostages" in sentence 5
    units = pd.DataFrame({"doc_id": "gaza", "sent_id": range(10), "kind": "sentence"})
    framing = pd.DataFrame({"doc_id": "gaza", "sent_id": [0, 0, 9, 5],
                            "frame": ["siege", "siege", "siege", "hostages"]})
    ax = dc.plot.frame_timeline(framing, units=units)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["siege (3)", "hostages (1)"]
    assert cells(ax).tolist() == [2, 0, 0, 0, 0, 0, 0, 0, 0, 1,
                                  0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    # by month: January and March, and the empty February between them
    docs = pd.DataFrame({"doc_id": ["a", "b"], "date": ["2024-01-05", "2024-03-20"]})
    framing = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": 0, "frame": ["siege", "hostages", "siege"]})
    ax = dc.plot.frame_timeline(framing, documents=docs, by="date")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024-01", "2024-02", "2024-03"]
    assert cells(ax).tolist() == [1, 0, 1, 1, 0, 0]


def test_frame_timeline_needs_its_table(seed_analysis):
    with pytest.raises(ValueError, match="needs units"):
        dc.plot.frame_timeline(seed_analysis.framing)


def test_comention_and_who_is_quoted_accept_an_axes(seed_analysis):
    fig, (ax1, ax2) = plt.subplots(1, 2)
    assert dc.plot.comention_matrix(seed_analysis.mentions, ax=ax1) is ax1
    assert dc.plot.who_is_quoted(seed_analysis.quotes, by="speaker", value="words", ax=ax2) is ax2
    assert ax2.get_xlabel() == "words quoted"


def test_charts_scale_to_many_actors():
    rows = [(f"Actor {i:03d}", "speaker", f, 3, 3.0, 0, 0, 100, 30.0) for i in range(300)
            for f in ("escalation", "sanctions")]
    fa = pd.DataFrame(rows, columns=["actor", "role", "frame", "hits", "weighted_hits", "negated", "hedged",
                                     "n_words", "per_1000_words"])
    ax = dc.plot.frame_heatmap(fa, top=12)
    assert len(ax.get_yticklabels()) == 12


def test_figures_are_byte_identical_on_repeat_and_match_the_committed_ones(tmp_path, capsys):
    assert main(["figures", str(ROOT / "seeds"), "--out", str(tmp_path / "one"),
                 "--results", str(tmp_path / "results-one")]) == 0
    capsys.readouterr()
    # the second run: a fresh interpreter with another string-hash seed
    env = {**os.environ, "PYTHONHASHSEED": "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2",
           "PYTHONPATH": str(ROOT), "MPLBACKEND": "Agg"}
    subprocess.run([sys.executable, "-m", "discourse.cli", "figures", str(ROOT / "seeds"), "--out",
                    str(tmp_path / "two"), "--results", str(tmp_path / "results-two")], env=env, cwd=tmp_path,
                   check=True, capture_output=True)
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(names) == 3 * len(FIGURES) + 1
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "one", tmp_path / "two", names, shallow=False)
    assert mismatch == [] and errors == []
    manifest = pd.read_csv(tmp_path / "one" / "MANIFEST.csv")
    assert set(manifest["kind"]) == {"png", "svg", "data"}
    committed = pd.read_csv(ROOT / "figures" / "MANIFEST.csv")
    assert committed.equals(manifest), "figures/ is stale: run `make figures` and commit"
