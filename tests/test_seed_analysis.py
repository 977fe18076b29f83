"""Golden tests on the seed article: sentiment, framing and stance per actor, with real values."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import spearmanr
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import discourse as dc
from conftest import ROOT, SEEDS


def speaker_frames(a, actor):
    fa = a.framing_by_actor()
    return set(fa[(fa["actor"] == actor) & (fa["role"] == "speaker")]["frame"])


WORDS_QUOTED_TEXT = ('"We will not give up a single village," Volodymyr Zelensky said in Kyiv on Tuesday. "Never," '
                     'he added. Mark Rutte said the alliance would stand by Ukraine. Rutte called it "a test of will".')
# Zelensky: "We will not give up a single village," (8) + "Never," (1) = 9 words in 2 direct quotes
# Rutte: "the alliance would stand by Ukraine" (6, reported) + "a test of will" (4, partial) = 10


@pytest.fixture(scope="module")
def words_quoted_analysis():
    return dc.analyze([dc.Document.from_text(WORDS_QUOTED_TEXT, id="t")])


class TestWhoSaysWhat:
    """``words_quoted``: the words of every direct, partial and reported quote, counted by hand above."""

    @pytest.fixture
    def analysis(self, words_quoted_analysis):
        return words_quoted_analysis

    def test_words_quoted_per_actor(self, analysis):
        table = analysis.who_says_what().set_index("actor")
        assert table.loc["Ukraine", ["quotes", "direct", "words_quoted"]].tolist() == [2, 2, 9]
        assert table.loc["NATO", ["quotes", "partial", "reported", "words_quoted"]].tolist() == [2, 1, 1, 10]
        assert table.loc["Mark Rutte", "words_quoted"] == 0           # a person's words count for its actor

    def test_words_quoted_per_speaker(self, analysis):
        table = analysis.speakers().set_index("speaker")
        assert table.loc["Volodymyr Zelensky", ["actor", "quotes", "words_quoted"]].tolist() == ["Ukraine", 2, 9]
        assert table.loc["Mark Rutte", ["actor", "quotes", "words_quoted"]].tolist() == ["NATO", 2, 10]
        assert table.index.tolist() == ["Mark Rutte", "Volodymyr Zelensky"]     # most words first on a tie


class TestFraming:
    def test_france_as_speaker_uses_self_defense(self, seed_analysis):
        assert "self_defense" in speaker_frames(seed_analysis, "France")
        hit = seed_analysis.framing.query("frame == 'self_defense'")
        assert hit["match"].tolist() == ["self-defense"]

    def test_frames_each_actor_uses(self, seed_analysis):
        assert speaker_frames(seed_analysis, "France") == {"self_defense", "solidarity", "security_threat", "hedging"}
        assert speaker_frames(seed_analysis, "NATO") == {"economic_resilience", "hedging", "security_threat",
                                                         "escalation"}

    def test_escalation_terms_and_count(self, seed_analysis):
        esc = seed_analysis.framing.query("frame == 'escalation'")
        assert esc["match"].tolist() == ["escalate", "escalation", "escalating", "war scenario", "escalation",
                                         "wider conflict", "escalating"]
        assert esc[["match", "negated", "hedged"]].values.tolist()[-2:] == [["wider conflict", True, True],
                                                                          ["escalating", True, False]]

    def test_not_ruling_out_is_negated(self, seed_analysis):
        row = seed_analysis.framing.query("match == 'ruling out'").iloc[0]
        assert row["frame"] == "hedging" and bool(row["negated"])
        unit = seed_analysis.units.query(f"unit_id == {row['unit_id']}").iloc[0]
        assert unit["text"] == "We are not ruling out any option." and unit["actor"] == "France"

    def test_per_1000_words(self, seed_analysis):
        fa = seed_analysis.framing_by_actor().set_index(["actor", "role", "frame"])
        row = fa.loc[("France", "speaker", "solidarity")]
        assert (row["hits"], row["n_words"]) == (5, 69)   # 63 quoted words + "no option was being ruled out"
        assert row["per_1000_words"] == pytest.approx(1000 * 5 / 69, abs=1e-3)


class TestSentiment:
    def test_barrot_direct_quotes_match_the_libraries(self, seed_analysis):
        direct = seed_analysis.units.query("kind == 'direct' and speaker == 'Jean-Noel Barrot'")
        assert len(direct) == 2
        scores = seed_analysis.sentiment.set_index("unit_id")
        vader = SentimentIntensityAnalyzer()
        for uid, text in zip(direct["unit_id"], direct["text"]):
            assert scores.loc[uid, "vader_compound"] == vader.polarity_scores(text)["compound"]
            assert scores.loc[uid, "textblob_polarity"] == TextBlob(text).sentiment.polarity
            assert scores.loc[uid, "vader_engine"] == "vaderSentiment"
        long_quote = scores.loc[direct["unit_id"].iloc[0]]
        assert (round(long_quote["vader_compound"], 4), round(long_quote["textblob_polarity"], 4)) == (0.1779, 0.0375)

    def test_scores_are_textblobs_own(self):
        """The fast call into TextBlob's analyzer gives TextBlob(text).sentiment exactly."""
        corpus = dc.load_corpus(Path(__file__).parent / "fixtures" / "news" / "*.txt")
        texts = [d.text[s.start:s.end] for d in corpus for s in dc.segment(d.text)]
        texts += ["", "Not bad at all!!!", "very very good :)", "It is NOT a great idea, is it?"]
        scores = dc.score_texts(texts)
        for text, polarity, subjectivity in zip(texts, scores["textblob_polarity"], scores["textblob_subjectivity"]):
            expected = TextBlob(text).sentiment
            assert (polarity, subjectivity) == (expected.polarity, expected.subjectivity), text

    def test_nltk_engine_is_recorded_and_differs_where_upstream_fixed_it(self, seed_corpus):
        a = dc.analyze(seed_corpus, vader="nltk")
        assert set(a.sentiment["vader_engine"]) == {"nltk"}
        text = 'Companies must adjust their production lines, because economies win wars," said Rob Bauer.'
        up = dc.score_texts([text])["vader_compound"][0]
        nl = dc.score_texts([text], vader="nltk")["vader_compound"][0]
        assert up < 0 and nl > up

    def test_unknown_engine_is_refused(self, seed_corpus):
        with pytest.raises(ValueError, match="vader must be one of"):
            dc.analyze(seed_corpus, vader="vader2")

    def test_by_actor_has_means_and_bootstrap_intervals(self, seed_analysis):
        b = seed_analysis.by_actor().set_index(["actor", "role"])
        row = b.loc[("NATO", "speaker")]
        assert row["n_units"] == 3
        assert row["vader_low"] <= row["vader_mean"] <= row["vader_high"]
        assert row["textblob_low"] <= row["textblob_mean"] <= row["textblob_high"]
        single = b.loc[("Russia", "mentioned")]
        assert single["n_units"] == 1 and single["vader_low"] != single["vader_low"]    # NaN: one unit
        assert seed_analysis.by_actor().equals(seed_analysis.by_actor())

    def test_agreement_is_reported(self, seed_analysis):
        """VADER against TextBlob, overall and per kind, as scipy computes Spearman's rho."""
        agree = seed_analysis.sentiment_agreement().set_index("units")
        scored = seed_analysis.sentiment[seed_analysis.sentiment["n_words"] > 0]
        assert agree.loc["all", "n"] == len(scored)
        for units, g in [("all", scored), *scored.groupby("kind")]:
            expected = spearmanr(g["vader_compound"], g["textblob_polarity"]).statistic if len(g) > 2 else np.nan
            assert agree.loc[units, "spearman_rho"] == pytest.approx(expected, abs=1e-9, nan_ok=True), units
        assert abs(agree.loc["all", "spearman_rho"]) < 0.99          # two methods, not one with itself


class TestStance:
    def rows(self, a):
        return {(r.actor, r.target): r for r in a.stance.itertuples()}

    def test_france_supports_ukraine(self, seed_analysis):
        row = self.rows(seed_analysis)[("France", "ukraine_support")]
        assert row.label == "favor" and row.score == 1.0
        assert "We will support Ukraine as intensely and for as long as necessary." in row.evidence

    def test_france_open_to_western_troops(self, seed_analysis):
        row = self.rows(seed_analysis)[("France", "western_troops")]
        # Barrot's quote and the article's report of his statement that no option was being ruled out
        assert row.label == "favor" and row.evidence == "We are not ruling out any option. | no option was being ruled out"
        ev = seed_analysis.stance_evidence.query("actor == 'France' and target == 'western_troops'").iloc[0]
        assert (ev["cue"], bool(ev["negated"]), ev["target_term"]) == ("ruling out", True, "troops")

    def test_nato_supports_ukraine_while_avoiding_escalation(self, seed_analysis):
        ev = seed_analysis.stance_evidence.query("actor == 'NATO' and text.str.contains('find a balance')")
        assert ev[["target", "polarity", "cue"]].values.tolist() == [["ukraine_support", 1, "supporting"],
                                                                     ["escalation", -1, "avoiding"]]
        assert self.rows(seed_analysis)[("NATO", "ukraine_support")].n_evidence == 2

    def test_nato_against_escalation(self, seed_analysis):
        row = self.rows(seed_analysis)[("NATO", "escalation")]
        assert row.label == "against" and row.n_evidence == 2
        assert "avoiding a wider conflict" in row.evidence
        assert "risks of escalating the conflict" in row.evidence

    def test_evidence_offsets_point_at_the_text(self, seed_analysis, seed_doc):
        for r in seed_analysis.stance_evidence.itertuples():
            assert seed_doc.text[r.start:r.end] == r.text

    def test_every_actor_has_a_row_per_target(self, seed_analysis):
        s = seed_analysis.stance
        assert (s.groupby("actor").size() == len(seed_analysis.stance_lexicon.target_names)).all()
        assert set(s["label"]) == {"favor", "against", "none"}


def test_tables_are_byte_identical_in_a_fresh_process_with_another_hash_seed(seed_corpus, tmp_path):
    """The second run is another interpreter with another string-hash seed, so set order cannot leak out."""
    dc.analyze(seed_corpus).to_csv(tmp_path / "one")
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    code = "import sys, discourse as dc; dc.analyze(dc.load_corpus(sys.argv[1])).to_csv(sys.argv[2])"
    subprocess.run([sys.executable, "-c", code, str(SEEDS), str(tmp_path / "two")], env=env, cwd=tmp_path,
                   check=True, capture_output=True)
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert "framing.csv" in names and "stance.csv" in names and "by_actor.csv" in names
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "one", tmp_path / "two", names, shallow=False)
    assert mismatch == [] and errors == []
