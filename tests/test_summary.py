"""Per-actor summaries: ISO codes of actors, with and without a code."""

import warnings

import pandas as pd

import discourse as dc
from discourse.summary import _codes


def test_codes_of_actors_none_of_which_has_one_raise_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        codes = _codes(pd.Series(["Nobody", None]), None)
    assert list(codes) == ["", ""]


def test_codes_come_from_the_lexicon_and_through_affiliation():
    lexicon = dc.load_actors()
    codes = _codes(pd.Series(["Sudan", "Benjamin Netanyahu", "Hamas", None]), lexicon)
    assert list(codes) == ["SDN", "ISR", "", ""]
