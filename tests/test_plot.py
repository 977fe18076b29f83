"""Charts return labelled Axes; paper figures are reproduced byte for byte."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys

import matplotlib.pyplot as plt
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


def test_frame_heatmap_cells(seed_analysis):
    ax = dc.plot.frame_heatmap(seed_analysis.framing_by_actor())
    assert labelled(ax)
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["France", "Jean-Noel Barrot"]
    assert "self defense" in [t.get_text() for t in ax.get_xticklabels()]
    assert "5" in [t.get_text() for t in ax.texts]                     # France's solidarity hits


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
    assert labelled(ax) and len(ax.get_lines()) == 6


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
