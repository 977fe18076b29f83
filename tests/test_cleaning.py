"""Cleaning: doubled ASCII quote marks are double quotes, and quotes are read through them."""

import discourse as dc


def test_doubled_apostrophes_and_backticks_become_double_quotes():
    raw = "``We will not retreat,'' the commander said. ''Never.''"
    assert dc.clean_text(raw) == '"We will not retreat," the commander said. "Never."'


def test_doubled_typographic_singles_become_double_quotes():
    assert dc.clean_text("\u2018\u2018Enough,\u2019\u2019 she said.") == '"Enough," she said.'


def test_single_apostrophes_are_kept():
    raw = "The ministers' talks in the '90s were 'frank', he said."
    assert dc.clean_text(raw) == raw


def test_a_quote_in_doubled_apostrophes_is_read_as_direct_speech():
    doc = dc.Document(id="d", text=dc.clean_text(
        "''The blockade must end today,'' said Ayman Safadi, Jordan's foreign minister."))
    q = dc.extract_quotes(doc)
    direct = q[q["kind"] == "direct"]
    assert list(direct["text"]) == ["The blockade must end today,"]
    assert list(direct["speaker"]) == ["Ayman Safadi"]
