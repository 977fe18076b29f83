"""Framing lexicons: the packaged one, every supported format, and line-numbered errors."""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest

import discourse as dc
from discourse.lexicon import LexiconWarning

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"


def write(tmp_path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


def frames_of(lexicon: dc.Lexicon) -> dict[str, set[str]]:
    return {f: set(lexicon.terms_of(f)) for f in lexicon.frame_names}


class TestDefaultLexicon:
    def test_fifteen_frames_each_described_with_ten_terms(self):
        # issue 11: five frames for any war (humanitarian crisis ... peace process) before hedging
        lex = dc.load_lexicon()
        assert lex.frame_names == ["self_defense", "escalation", "de_escalation", "security_threat",
                                   "military_support", "economic_resilience", "solidarity", "sovereignty",
                                   "sanctions", "humanitarian_crisis", "hostages_captivity", "international_law",
                                   "terrorism", "peace_process", "hedging"]
        for frame in lex.frames:
            assert frame.description, frame.name
            assert len(lex.terms_of(frame.name)) >= 10, frame.name

    def test_loads_without_warnings_and_checks_clean(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            from discourse.lexicon import _default_lexicon
            _default_lexicon.cache_clear()
            dc.load_lexicon()
        packaged = Path(dc.__file__).parent / "lexicons" / "frames.yaml"
        assert dc.check_lexicon(packaged) == []

    def test_notebook_display_is_a_table(self):
        html = dc.load_lexicon()._repr_html_()
        assert "<table" in html and "self_defense" in html and "15 frames" in html


class TestFormats:
    @pytest.mark.parametrize("name", ["mini.yaml", "mini.json", "mini.csv", "mini.dic", "mini_quanteda.yml"])
    def test_every_format_loads_to_the_same_frames(self, name):
        lex = dc.load_lexicon(FIXTURES / name)
        assert frames_of(lex) == {"escalation": {"escalat*", "wider war"},
                                  "diplomacy": {"negotiat*", "peace talks", "ceasefire"}}

    @pytest.mark.parametrize("name", ["mini.yaml", "mini.json", "mini.csv", "mini.dic", "mini_quanteda.yml"])
    def test_every_format_matches_the_same(self, name):
        doc = dc.Document.from_text("Escalation looms. Both sides want peace-talks and a ceasefire, not a wider war.")
        a = dc.analyze([doc], frames=dc.load_lexicon(FIXTURES / name))
        assert a.framing["frame"].tolist() == ["escalation", "diplomacy", "diplomacy", "escalation"]

    def test_quanteda_nesting_becomes_a_hierarchy(self, tmp_path):
        path = write(tmp_path, "dict.yml", """
            security:
              threat: [threat*, danger]
              defence: [deterrence]
            """)
        lex = dc.load_lexicon(path)
        assert lex.frame_names == ["security", "security.threat", "security.defence"]
        assert [f.parent for f in lex.frames] == [None, "security", "security"]
        assert lex.terms_of("security.threat") == ["threat*", "danger"]

    def test_weights_sources_and_exclusions(self, tmp_path):
        path = write(tmp_path, "w.yaml", """
            frames:
              escalation:
                description: x
                terms:
                  - {term: escalat*, weight: 2, source: Smith 2020, exclude: [escalator]}
            """)
        lex = dc.load_lexicon(path)
        term = lex.terms[0]
        assert (term.weight, term.source, term.exclude) == (2.0, "Smith 2020", ("escalator",))
        a = dc.analyze([dc.Document.from_text("The escalator broke; escalation followed.")], frames=lex)
        assert a.framing["match"].tolist() == ["escalation"] and a.framing["weight"].tolist() == [2.0]

    def test_extend_merges_and_default_replaces(self):
        mine = dc.load_lexicon(FIXTURES / "mini.yaml")
        assert mine.frame_names == ["escalation", "diplomacy"]
        merged = dc.load_lexicon(FIXTURES / "mini.yaml", extend=True)
        assert "diplomacy" in merged and "self_defense" in merged
        assert "wider war" in merged.terms_of("escalation") and "escalat*" in merged.terms_of("escalation")


class TestProblems:
    @pytest.mark.parametrize("body, line, words", [
        ("frames:\n  a:\n    description: x\n    terms: [one]\n    colour: red\n", 5, "unknown key 'colour'"),
        ("frames:\n  a:\n    description: x\n    terms: []\n", 2, "has no terms"),
        ("frames:\n  a:\n    terms:\n      - esc*alat\n", 4, "not at the end"),
        ("frames:\n  a:\n    terms:\n      - {term: war, weight: heavy}\n", 4, "weight must be a number"),
        ("frames:\n  a:\n    terms: [one]\nextra: 1\n", 4, "unknown key 'extra'"),
        ("frames:\n  a:\n    terms: [one\n", 4, "not valid YAML"),
        ("frames:\n  a:\n    terms: [one]\n  a:\n    terms: [two]\n", 4, "duplicate key"),
    ])
    def test_errors_name_the_line(self, tmp_path, body, line, words):
        path = write(tmp_path, "bad.yaml", body)
        with pytest.raises(dc.LexiconError, match=f"line {line}.*{words}|{words}") as exc:
            dc.load_lexicon(path)
        assert exc.value.line == line
        assert any(p.line == line and words in p.message for p in dc.check_lexicon(path))

    def test_check_reports_every_problem(self, tmp_path):
        path = write(tmp_path, "many.yaml", """
            frames:
              a:
                terms: [war, war, "(regex)+", "*bad"]
              b:
                terms: [war]
              c:
                terms: []
            """)
        problems = dc.check_lexicon(path)
        messages = [(p.line, p.severity, p.message) for p in problems]
        assert (3, "warning", "frame 'a': duplicate term 'war' (line 3); it is counted once") in messages
        assert any(line == 3 and "regular-expression" in m for line, _, m in messages)
        assert any(line == 3 and "not at the end" in m for line, _, m in messages)
        assert any(line == 5 and "in two frames" in m for line, _, m in messages)
        assert any(line == 6 and "has no terms" in m for line, _, m in messages)

    def test_regex_characters_are_literal(self, tmp_path):
        path = write(tmp_path, "re.yaml", 'frames:\n  a:\n    terms: ["war.*", "(peace)"]\n')
        with pytest.warns(LexiconWarning, match="matched literally"):
            lex = dc.load_lexicon(path)
        # as regular expressions these would match "warfare", "war games" and "peace"
        a = dc.analyze([dc.Document.from_text("Warfare and war games ended; (peace) came, then peace.")], frames=lex)
        assert a.framing["match"].tolist() == ["(peace)"]

    def test_warnings_do_not_stop_loading(self, tmp_path):
        path = write(tmp_path, "two.yaml", "frames:\n  a:\n    terms: [war]\n  b:\n    terms: [war]\n")
        with pytest.warns(LexiconWarning, match="two frames"):
            lex = dc.load_lexicon(path)
        a = dc.analyze([dc.Document.from_text("War.")], frames=lex)
        assert sorted(a.framing["frame"]) == ["a", "b"]

    def test_csv_and_dic_errors_name_the_line(self, tmp_path):
        csv_path = write(tmp_path, "bad.csv", "frame,term,weight\na,war,1\na,peace,lots\n")
        with pytest.raises(dc.LexiconError, match="line 3"):
            dc.load_lexicon(csv_path)
        dic_path = tmp_path / "bad.dic"
        dic_path.write_text("%\n1\ta\n%\nwar\t1\npeace\t7\n", encoding="utf-8")
        with pytest.raises(dc.LexiconError, match="line 5.*not declared"):
            dc.load_lexicon(dic_path)
        no_header = write(tmp_path, "nohead.csv", "name,word\na,war\n")
        with pytest.raises(dc.LexiconError, match="line 1.*'frame' and 'term'"):
            dc.load_lexicon(no_header)

    def test_unknown_format_and_missing_file(self, tmp_path):
        with pytest.raises(dc.LexiconError, match="unknown lexicon format"):
            dc.load_lexicon(write(tmp_path, "x.txt", "war"))
        with pytest.raises(dc.LexiconError, match="no such file"):
            dc.load_lexicon(tmp_path / "missing.yaml")
