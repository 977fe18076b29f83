"""The speaker vocabulary as packaged data: discourse/lexicons/speaker_words.yaml."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

import pytest

from discourse import expressions, memory, resolvers
from discourse.datafiles import read_yaml
from discourse.errors import LexiconError
from discourse.speaker_words import parse_speaker_words, speaker_words

ROOT = Path(__file__).resolve().parents[1]


def _packaged() -> str:
    return resources.files("discourse.lexicons").joinpath("speaker_words.yaml").read_text(encoding="utf-8")


def _parse(text: str):
    data, lines = read_yaml(text, "mine.yaml")
    return parse_speaker_words(data, lines, "mine.yaml")


class TestPackagedWords:
    def test_the_file_and_its_card_ship_with_the_package(self):
        globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
        for name in ("speaker_words.yaml", "speaker_words.md"):
            assert resources.files("discourse.lexicons").joinpath(name).is_file()
            assert any(fnmatch(name, g) for g in globs["discourse.lexicons"])

    def test_the_readers_use_the_packaged_lists(self):
        words = speaker_words()
        assert expressions._ANON_HEADS is words.anon_heads
        assert expressions._BODY_HEADS is words.body_heads
        assert expressions._SKIP_BACK is words.skip_back
        assert resolvers._PERSON_HEADS is words.person_heads
        assert memory._BACK_REFERENCES is words.back_references

    def test_lists_read_as_words(self):
        words = speaker_words()
        assert {"officials", "residents", "spokesperson"} <= words.anon_heads
        assert "on" in words.skip_back            # a YAML boolean unless quoted: read as the word
        assert words.back_references["agency"] == ("organisation",)


class TestValidation:
    def test_a_word_listed_twice_names_the_line(self):
        text = _packaged().replace("never_inverted: [tell,", "never_inverted: [tell, tell,")
        with pytest.raises(LexiconError, match=r"mine.yaml.*line \d+.*'tell' twice"):
            _parse(text)

    def test_an_unknown_key_lists_the_allowed_ones(self):
        with pytest.raises(LexiconError, match="unknown key 'anon_head'.*anon_heads"):
            _parse(_packaged() + "\nanon_head: [envoy]\n")

    def test_upper_case_and_non_words_are_refused(self):
        with pytest.raises(LexiconError, match="lower case"):
            _parse(_packaged().replace("company_heads: [maker,", "company_heads: [Maker,"))
        with pytest.raises(LexiconError, match="every entry must be a word"):
            _parse(_packaged().replace('"on", monday', "on, monday"))      # YAML reads a bare on as True

    def test_a_missing_list_is_an_error(self):
        text = _packaged().replace("past_title_words: [former, ex, retired]", "")
        with pytest.raises(LexiconError, match="'past_title_words' must be a non-empty list"):
            _parse(text)
