"""Actor lexicon loading and validation, find_mentions and candidate_actors."""

from __future__ import annotations

import textwrap

import pytest

import discourse as dc


def mentions(text: str, lexicon=None):
    frame = dc.find_mentions(dc.Document.from_text(text), lexicon)[["text", "actor", "kind"]]
    return frame.astype(object).where(frame.notna(), None).values.tolist()


def write_lexicon(tmp_path, body: str):
    path = tmp_path / "actors.yaml"
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


class TestDefaultLexicon:
    def test_covers_the_domain(self):
        lex = dc.load_actors()
        for name in ["Ukraine", "Russia", "United States", "France", "United Kingdom", "Germany", "Poland",
                     "NATO", "European Union", "United Nations", "Le Monde", "BBC", "Reuters",
                     "Volodymyr Zelensky", "Vladimir Putin", "Joe Biden", "Donald Trump", "Emmanuel Macron",
                     "Jean-Noel Barrot", "Rob Bauer", "Mark Rutte", "Sergei Lavrov", "Dmitry Peskov"]:
            assert name in lex, name
        types = {a.type for a in lex.actors}
        assert types == {"state", "organisation", "person", "media", "group"}
        assert lex["Rob Bauer"].affiliation == "NATO"
        assert lex.to_frame().shape[0] == len(lex)

    @pytest.mark.parametrize("surface, actor", [
        ("Kiev", "Ukraine"), ("Kyiv", "Ukraine"), ("Moscow", "Russia"), ("the Kremlin", "Russia"),
        ("Washington", "United States"), ("the White House", "United States"),
        ("the Biden administration", "United States"), ("Paris", "France"), ("the Elysee", "France"),
        ("Britain", "United Kingdom"), ("the UK", "United Kingdom"), ("London", "United Kingdom"),
        ("Downing Street", "United Kingdom"),
    ])
    def test_metonyms(self, surface, actor):
        got = mentions(f"Officials in {surface} met on Monday.")
        assert [a for _, a, _ in got] == [actor]

    def test_demonyms(self):
        assert mentions("British and Ukrainian diplomats.") == [["British", "United Kingdom", "demonym"],
                                                            ["Ukrainian", "Ukraine", "demonym"]]

    def test_accents_and_spelling_variants(self):
        got = mentions("Jean-Noël Barrot met Zelenskyy. Later Zelensky and Zelenskiy spoke.")
        assert [a for _, a, _ in got] == ["Jean-Noel Barrot"] + ["Volodymyr Zelensky"] * 3

    def test_acronyms_are_case_sensitive(self):
        assert mentions("Let us go. The US and Nato agreed.") == [["US", "United States", "name"],
                                                                 ["Nato", "NATO", "name"]]

    def test_surname_only_after_full_name(self):
        assert mentions("Rob Bauer spoke. Bauer added more.")[1] == ["Bauer", "Rob Bauer", "surname"]
        assert mentions("Bauer spoke first.") == []

    def test_role_references(self):
        got = mentions("Sergei Lavrov met Antony Blinken. The Russian foreign minister left; "
                       "the secretary of state stayed. A French official watched.")
        assert got[2:] == [["The Russian foreign minister", "Sergei Lavrov", "role"],
                           ["the secretary of state", "Antony Blinken", "role"],
                           ["A French official", None, "role"]]

    def test_unresolvable_role_stays_unresolved(self):
        got = dc.find_mentions("The minister said nothing.")
        assert got["actor"].isna().all() and got["kind"].tolist() == ["role"]

    def test_role_in_apposition(self):
        got = mentions("The head of NATO, Mark Rutte, spoke.")
        assert got[0] == ["The head of NATO", "Mark Rutte", "role"]

    def test_title_before_name_is_absorbed(self):
        assert mentions("Kremlin spokesman Dmitry Peskov spoke.") == [["Kremlin", "Russia", "name"],
                                                                       ["Dmitry Peskov", "Dmitry Peskov", "name"]]


class TestUserLexicon:
    def test_replace_and_extend(self, tmp_path):
        path = write_lexicon(tmp_path, """
            actors:
              - name: Azov Institute
                type: organisation
                aliases: [the Institute]
            """)
        own = dc.load_actors(path)
        assert [a.name for a in own.actors] == ["Azov Institute"]
        assert mentions("Kyiv and the Institute.", own) == [["the Institute", "Azov Institute", "name"]]
        extended = dc.load_actors(path, extend=True)
        assert "Ukraine" in extended and "Azov Institute" in extended

    @pytest.mark.parametrize("body, line, message", [
        ("actors:\n  - name: X\n    type: state\n    colour: red\n", 4, "unknown key 'colour'"),
        ("actors:\n  - name: X\n    type: country\n", 3, "use one of: state, organisation"),
        ("actors:\n  - type: state\n", 2, "without a 'name'"),
        ("actors:\n  - name: X\n    type: state\n  - name: X\n    type: group\n", 4, "listed twice (first on line 2)"),
        ("actors:\n  - name: X\n    type: state\n    aliases: [Foo]\n  - name: Y\n    type: state\n    aliases: [foo]\n",
         7, "'foo' names both 'X' and 'Y'"),
        ("actors:\n  - name: P\n    type: person\n    affiliation: Atlantis\n", 4, "not in the lexicon"),
        ("actors:\n  - name: X\n    type: state\n    aliases: Foo: bar\n", 4, "not valid YAML"),
        ("actors:\n  - name: X\n    type: state\n  - name: X2\n    type: state\n    type: group\n", 6, "duplicate key 'type'"),
        ("version: 2\nactors: []\n", 1, "unsupported version"),
        ("colour: red\n", 1, "unknown key 'colour'"),
    ])
    def test_errors_name_file_and_line(self, tmp_path, body, line, message):
        path = write_lexicon(tmp_path, body)
        with pytest.raises(dc.LexiconError) as err:
            dc.load_actors(path)
        assert err.value.line == line, str(err.value)
        assert message in str(err.value)
        assert str(path) in str(err.value)

    def test_unsafe_yaml_is_refused(self, tmp_path):
        path = write_lexicon(tmp_path, "actors:\n  - name: !!python/object/apply:os.system [echo hi]\n    type: state\n")
        with pytest.raises(dc.LexiconError, match="line 2"):
            dc.load_actors(path)


class TestCandidateActors:
    def test_lists_unknown_names_with_example(self):
        corpus = dc.Corpus.from_texts([
            "Pentagon spokesman John Smith said the Azov Institute was closed.",
            "John Smith later met Kyiv officials.",
        ])
        cands = dc.candidate_actors(corpus).set_index("name")
        assert cands.loc["John Smith", "count"] == 2
        assert cands.loc["John Smith", "n_docs"] == 2
        assert cands.loc["John Smith", "guess"] == "person"
        assert "Azov Institute" in cands.index
        assert "Kyiv" not in cands.index and "Pentagon" not in cands.index
        assert cands.loc["John Smith", "example"].startswith("Pentagon spokesman")

    def test_seed_candidates(self, seed_corpus):
        assert dc.candidate_actors(seed_corpus)["name"].tolist() == ["Scalp"]
