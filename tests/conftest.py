"""Shared fixtures: the seed corpus and its analysis, computed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import discourse as dc

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_corpus() -> dc.Corpus:
    return dc.load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seed_doc(seed_corpus) -> dc.Document:
    return seed_corpus[0]


@pytest.fixture(scope="session")
def seed_analysis(seed_corpus) -> dc.Analysis:
    return dc.analyze(seed_corpus)


@pytest.fixture(scope="session")
def seed_quotes(seed_doc):
    return dc.extract_quotes(seed_doc)


def quote_row(quotes, text_start: str, kind: str | None = None):
    """The single quote row whose text starts with ``text_start`` (and has ``kind``)."""
    rows = quotes[quotes["text"].str.startswith(text_start)]
    if kind is not None:
        rows = rows[rows["kind"] == kind]
    assert len(rows) == 1, f"expected one quote starting {text_start!r}, found {len(rows)}:\n{quotes[['kind', 'text']]}"
    return rows.iloc[0]
