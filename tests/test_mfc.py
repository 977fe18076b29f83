"""The Media Frames Corpus dimensions as a packaged lexicon: selected by name in the API and the CLI."""

from __future__ import annotations

import csv
import warnings

import pytest

import discourse as dc
from conftest import SEEDS
from discourse.cli import main
from discourse.framing import frame_hits
from discourse.lexicon import PACKAGED_LEXICONS
from discourse.text import segment_document

DIMENSIONS = ["economic", "capacity_resources", "morality", "fairness_equality", "legality", "policy",
              "crime_punishment", "security_defense", "health_safety", "quality_of_life", "cultural_identity",
              "public_opinion", "political", "external_regulation"]


def frames_found(text: str) -> list[tuple[str, str]]:
    lexicon = dc.load_lexicon("mfc")
    seg = segment_document(text, doc_id="t")
    return [(lexicon.terms[h.term_index].frame, text[h.start:h.end]) for h in frame_hits(seg, lexicon)]


class TestLexicon:
    def test_fourteen_coded_dimensions_in_codebook_order(self):
        lex = dc.load_lexicon("mfc")
        assert lex.frame_names == DIMENSIONS
        numbers = [int(f.description.split()[0]) for f in lex.frames]
        assert numbers == list(range(1, 15))           # 15, "Other", is the residual: no terms (mfc.md)
        for frame in lex.frames:
            assert len(lex.terms_of(frame.name)) >= 18, frame.name

    def test_loads_cleanly_and_takes_the_default_negators_and_hedges(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            lex = dc.load_lexicon("mfc")
        assert dc.check_lexicon("mfc") == []
        default = dc.load_lexicon()
        assert lex.negators == default.negators and lex.hedges == default.hedges
        assert "mfc" in PACKAGED_LEXICONS and dc.load_lexicon("conflict") is default

    def test_a_name_is_not_read_as_a_file_and_a_path_is(self, tmp_path):
        with pytest.raises(dc.LexiconError, match="no such file"):
            dc.load_lexicon("./mfc")
        merged = dc.load_lexicon("mfc", extend=True)
        assert "escalation" in merged and "morality" in merged


# one sentence per dimension, written for this test in the genre of policy news
SENTENCES = [
    ("The plan would cost taxpayers $4 billion a year.", [("policy", "plan would"), ("economic", "cost"),
                                                           ("economic", "taxpayers")]),
    ("Shelters are overwhelmed and there is a backlog of 600,000 cases.",
     [("capacity_resources", "overwhelmed"), ("capacity_resources", "backlog")]),
    ("Bishops called the separation of children immoral and cruel.",
     [("morality", "immoral"), ("morality", "cruel")]),
    ("Critics said the rule was unfair and discriminated against women.",
     [("fairness_equality", "unfair"), ("fairness_equality", "discriminated")]),
    ("A federal judge ruled that the order was unconstitutional.",
     [("legality", "judge"), ("legality", "ruled that"), ("legality", "unconstitutional")]),
    ("The senator proposed legislation to close the gun-show loophole.",
     [("policy", "legislation"), ("policy", "loophole")]),
    ("Police arrested the gunman, who was charged with murder.",
     [("crime_punishment", "Police"), ("crime_punishment", "arrested"), ("crime_punishment", "gunman"),
      ("crime_punishment", "charged with"), ("crime_punishment", "murder")]),
    ("Officials called the group a threat to national security.",
     [("security_defense", "threat"), ("security_defense", "national security")]),
    ("Doctors warned that smoking causes cancer.",
     [("health_safety", "Doctors"), ("health_safety", "smoking"), ("health_safety", "cancer")]),
    ("Families struggle to make ends meet as poverty deepens.",
     [("quality_of_life", "make ends meet"), ("quality_of_life", "poverty")]),
    ("Hunting is part of the rural culture and its traditions.",
     [("cultural_identity", "culture"), ("cultural_identity", "traditions")]),
    ("A new poll found that most voters oppose the measure.",
     [("public_opinion", "poll"), ("political", "voters")]),
    ("Republicans in the Senate blocked the vote.",
     [("political", "Republicans"), ("political", "Senate"), ("political", "vote")]),
    ("The decision damaged the country's reputation abroad and strained ties with its allies.",
     [("external_regulation", "reputation"), ("external_regulation", "abroad"),
      ("capacity_resources", "strained"), ("external_regulation", "ties with"), ("external_regulation", "allies")]),
]


class TestDimensions:
    @pytest.mark.parametrize("text, expected", SENTENCES, ids=[e[0][0] for _, e in SENTENCES])
    def test_each_sentence_finds_its_dimension(self, text, expected):
        assert frames_found(text) == expected

    def test_every_dimension_is_found(self):
        assert {f for _, expected in SENTENCES for f, _ in expected} == set(DIMENSIONS)

    def test_senses_kept_apart(self):
        # a defense lawyer is law, not security; the Supreme Court is a name written with capitals;
        # "taxi" is not a tax; "Social Security" is a name, not security
        assert frames_found("His defense lawyer spoke to the Supreme Court.") == [
            ("legality", "defense lawyer"), ("legality", "Supreme Court")]
        assert frames_found("A taxi driver paid into Social Security.") == []


class TestSelectedByName:
    def test_analyze_frames_mfc(self, seed_corpus):
        a = dc.analyze(seed_corpus, frames="mfc")
        assert a.frames.frame_names == DIMENSIONS
        assert set(a.framing["frame"]) <= set(DIMENSIONS)
        # the seed's Scalp missiles and troops are security; its economic words are economic
        econ = a.framing.query("frame == 'economic'")["match"].tolist()
        assert econ == ["economic", "economic", "economies", "economic"]
        text = seed_corpus[0].text
        assert all(text[s:e] == m for s, e, m in zip(a.framing["start"], a.framing["end"], a.framing["match"]))

    def test_cli_frames_mfc(self, tmp_path, capsys, seed_corpus):
        status = main(["analyze", str(SEEDS), "--frames", "mfc", "--out", str(tmp_path)])
        capsys.readouterr()
        assert status == 0
        with open(tmp_path / "framing.csv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        api = dc.analyze(seed_corpus, frames="mfc").framing
        assert [(r["frame"], r["match"], int(r["start"])) for r in rows] == list(
            zip(api["frame"], api["match"], api["start"]))
        assert {r["frame"] for r in rows} <= set(DIMENSIONS) and rows
