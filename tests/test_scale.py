"""Streaming, parallel and Dask runs give exactly the serial tables."""

from __future__ import annotations

import filecmp
import json
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import discourse as dc
from conftest import ROOT
from discourse.output import TABLE_NAMES

sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import news_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus():
    docs = list(news_corpus(n_docs=40, seed=7)) + list(dc.load_corpus(ROOT / "seeds"))
    return dc.Corpus(docs)


@pytest.fixture(scope="module")
def serial(corpus):
    return dc.analyze(corpus)


def assert_same(a: dc.Analysis, b: dc.Analysis) -> None:
    ta, tb = a.tables(), b.tables()
    assert list(ta) == list(tb)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], check_exact=True, obj=name)


def test_parallel_equals_serial(corpus, serial, tmp_path):
    parallel = dc.analyze(corpus, n_jobs=2, chunk_size=4)
    assert_same(serial, parallel)
    serial.to_csv(tmp_path / "s")
    parallel.to_csv(tmp_path / "p")
    names = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert filecmp.cmpfiles(tmp_path / "s", tmp_path / "p", names, shallow=False)[1] == []


def test_dask_equals_serial(corpus, serial):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        result = dc.analyze(corpus, engine="dask", client=client, chunk_size=5)
    assert_same(serial, result)


def test_dask_without_a_client_says_what_to_do(corpus):
    pytest.importorskip("distributed")
    with pytest.raises(ValueError, match="needs a dask.distributed Client"):
        dc.analyze(corpus, engine="dask")


def test_bad_options(corpus):
    with pytest.raises(ValueError, match="engine must be"):
        dc.analyze(corpus, engine="spark")
    with pytest.raises(ValueError, match="n_jobs"):
        dc.analyze(corpus, n_jobs=0)


def test_streamed_jsonl_equals_loaded(tmp_path, corpus, serial):
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for doc in corpus:
            f.write(json.dumps({"id": doc.id, "text": doc.text, **doc.meta}) + "\n")
        f.write("{not json}\n")
    stream = dc.stream_corpus(path)
    streamed = dc.analyze(stream, n_jobs=2)
    for name in ("quotes", "framing", "stance_evidence", "units"):
        pd.testing.assert_frame_equal(streamed.tables()[name], serial.tables()[name], obj=name)
    bad = streamed.errors.iloc[0]
    assert bad["source"].endswith("corpus.jsonl:42") and "not valid JSON" in bad["reason"]


def test_progress_bar_only_when_asked(corpus, capsys):
    dc.analyze(corpus[:3])
    assert capsys.readouterr().err == ""
    dc.analyze(corpus[:3], progress=True)
    assert "doc" in capsys.readouterr().err


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from([
    '"We will not send troops," Olaf Scholz said.', "NATO warned of escalation.", "He said: \"No.\"",
    "According to the Kremlin, talks failed.", "", "«Never»", "Sanctions bite; Moscow rejected talks.",
]), min_size=1, max_size=6))
def test_serial_equals_parallel_on_any_corpus(texts):
    docs = [dc.Document.from_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    assert_same(dc.analyze(docs), dc.analyze(docs, n_jobs=2, chunk_size=1))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_incremental_writing_matches_the_in_memory_tables(corpus, serial, tmp_path, fmt):
    """Every table streamed to disk and read back equals the in-memory one, value for value."""
    paths = dc.write_analysis(corpus, tmp_path / fmt, format=fmt, batch_size=7)
    assert all(p.exists() for p in paths.values())
    back = dc.read_analysis(tmp_path / fmt)
    got, want = back.tables(), serial.tables()
    assert list(got) == list(want)
    for name in want:
        # CSV does not say whether a column of numbers is int or float, nor the type of an empty column
        pd.testing.assert_frame_equal(got[name], want[name], check_exact=fmt == "parquet",
                                      check_dtype=fmt == "parquet", obj=name)
    pd.testing.assert_series_equal(back.sentiment["vader_compound"], serial.sentiment["vader_compound"],
                                   check_exact=True)
    if fmt == "csv":
        serial.to_csv(tmp_path / "mem")
        for name in TABLE_NAMES:
            assert (tmp_path / "csv" / f"{name}.csv").read_bytes() == (tmp_path / "mem" / f"{name}.csv").read_bytes()


def test_missing_values_are_nan_in_every_table(serial):
    """One convention: a missing text value is NaN, never an empty string (see discourse.missing)."""
    for name, table in serial.tables().items():
        for column in table.columns:
            if name == "stance" and column in ("evidence", "spans"):
                continue                        # joined lists: empty when there is no evidence, not missing
            values = table[column]
            assert not values.map(lambda v: v == "" or v is None).any(), f"{name}.{column} holds '' or None"
    quotes = serial.quotes
    unattributed = quotes[quotes["speaker"].isna()]
    assert len(unattributed) and unattributed["actor"].isna().all()
    assert str(quotes["speaker"].dtype) == "str"


def test_a_known_corpus_is_cut_into_tasks_that_end_together():
    from discourse.engine import TASKS_PER_WORKER, task_size

    # 300 documents on 2 workers: at least 8 tasks each, so no worker idles while the other ends a long task
    assert task_size(300, 2, 32) * 2 * TASKS_PER_WORKER >= 300 > task_size(300, 2, 32) * (2 * TASKS_PER_WORKER - 1)
    assert task_size(10**6, 4, 32) == 32                      # long corpora keep the largest task
    assert task_size(None, 2, 32) == 32 and task_size(300, 1, 32) == 32   # streams and serial runs: as asked
    assert task_size(1, 8, 32) == 1
