"""Reading YAML data files: errors name the file and the line."""

import pytest

from discourse.datafiles import read_yaml
from discourse.errors import LexiconError


def test_an_impossible_date_names_its_line():
    text = "actors:\n  - name: Jane Roe\n    from: 2024-13-01\n"
    with pytest.raises(LexiconError) as err:
        read_yaml(text, "mine.yaml")
    message = str(err.value)
    assert "mine.yaml" in message and "line 3" in message and "YYYY-MM-DD" in message


def test_a_real_date_is_read_as_a_date():
    data, lines = read_yaml("from: 2024-02-29\n", "mine.yaml")
    assert str(data["from"]) == "2024-02-29"
    assert lines.of(("from",)) == 1
