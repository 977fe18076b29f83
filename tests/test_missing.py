"""One convention for missing values: NaN in memory, an empty cell in CSV."""

from __future__ import annotations

import numpy as np
import pandas as pd

import discourse as dc
from discourse.missing import missing_as_na


def test_blank_and_none_become_nan_and_numbers_are_untouched():
    frame = pd.DataFrame({"speaker": ["Abiy Ahmed", "", None], "via": [None, None, None],
                          "start": [0, 10, 20], "score": [0.5, np.nan, 1.0], "closed": [True, False, True]})
    before = frame.copy()
    tidy = missing_as_na(frame)
    assert tidy["speaker"].isna().tolist() == [False, True, True]
    assert tidy["via"].isna().all() and str(tidy["via"].dtype) == "str"
    assert tidy["start"].tolist() == [0, 10, 20] and tidy["closed"].dtype == bool
    assert np.isnan(tidy["score"].iloc[1])
    pd.testing.assert_frame_equal(frame, before)                 # the input is not changed


def test_an_empty_table_keeps_its_columns():
    empty = pd.DataFrame(columns=["doc_id", "start"])
    assert missing_as_na(empty).columns.tolist() == ["doc_id", "start"]


def test_quotes_without_a_speaker_read_back_from_csv_as_nan(tmp_path):
    text = ('"The corridor must stay open," the spokesperson said. "We will not leave," said Yulia Svyrydenko. '
            'Residents of El Fasher called it "a siege".')
    a = dc.analyze([dc.Document.from_text(text, id="sudan")])
    quotes = a.quotes
    assert not quotes.map(lambda v: v == "" or v is None).to_numpy().any()
    assert quotes["actor"].isna().any()
    a.to_csv(tmp_path)
    back = dc.read_analysis(tmp_path)
    pd.testing.assert_frame_equal(back.quotes, quotes, check_dtype=False)
    assert dc.read_analysis(tmp_path).documents["date"].isna().all()    # no date given: missing, not ""


def test_only_columns_of_strings_are_text():
    frame = pd.DataFrame({"target": ["ceasefire", None, ""], "mixed": ["Hamas", 3, ""], "flag": ["", True, None],
                          "unknown": [None, np.nan, None]}, dtype=object)
    tidy = missing_as_na(frame)
    assert str(tidy["target"].dtype) == "str" and tidy["target"].isna().tolist() == [False, True, True]
    assert str(tidy["unknown"].dtype) == "str" and tidy["unknown"].isna().all()
    for name in ("mixed", "flag"):                          # a number or a flag among strings: left as it is
        assert tidy[name].dtype == object and tidy[name].tolist() == frame[name].tolist()
