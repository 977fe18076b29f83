"""Sentiment agreement and bootstrap intervals, checked against values computed by hand or by another library."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

from discourse.stats import bootstrap_ci, spearman
from discourse.summary import sentiment_agreement_table
import discourse as dc


def sentiment_table() -> pd.DataFrame:
    """Five units; the one with no words of its own is left out of the agreement."""
    return pd.DataFrame({
        "doc_id": ["d"] * 5, "unit_id": range(5),
        "kind": ["sentence", "sentence", "direct", "direct", "sentence"],
        "vader_compound": [0.1, 0.5, -0.3, 0.9, 0.7],
        "textblob_polarity": [0.2, 0.1, -0.5, 0.4, -0.9],
        "n_words": [6, 9, 4, 7, 0],
    })


class TestAgreement:
    def test_known_rho_by_hand(self):
        # ranks of VADER (2, 3, 1, 4) and TextBlob (3, 2, 1, 4): d = (-1, 1, 0, 0), sum d^2 = 2,
        # rho = 1 - 6 * 2 / (4 * (16 - 1)) = 0.8
        table = sentiment_agreement_table(sentiment_table()).set_index("units")
        assert table.loc["all", "n"] == 4
        assert table.loc["all", "spearman_rho"] == pytest.approx(0.8, abs=1e-12)
        # two units per kind: too few for a rank correlation
        assert table.loc["direct", "n"] == 2 and np.isnan(table.loc["direct", "spearman_rho"])

    def test_a_method_is_not_compared_with_itself(self):
        table = sentiment_table()
        table["textblob_polarity"] = [0.9, 0.1, 0.5, -0.2, 0.0]      # ranks 4, 2, 3, 1: reversed-ish
        # d = (2-4, 3-2, 1-3, 4-1) = (-2, 1, -2, 3), sum d^2 = 18, rho = 1 - 108 / 60 = -0.8
        rho = sentiment_agreement_table(table).set_index("units").loc["all", "spearman_rho"]
        assert rho == pytest.approx(-0.8, abs=1e-12)

    def test_seed_agrees_with_scipy(self, seed_analysis):
        s = seed_analysis.sentiment[seed_analysis.sentiment["n_words"] > 0]
        expected = spearmanr(s["vader_compound"], s["textblob_polarity"]).statistic
        got = seed_analysis.sentiment_agreement().set_index("units").loc["all", "spearman_rho"]
        assert got == pytest.approx(expected, abs=1e-9) and abs(got) < 0.99

    def test_spearman_with_ties_matches_scipy(self):
        x, y = [1, 2, 2, 3, 5, 5, 7], [3, 1, 4, 4, 5, 9, 2]
        assert spearman(x, y) == pytest.approx(spearmanr(x, y).statistic, abs=1e-12)


class TestBootstrap:
    VALUES = [0.12, -0.4, 0.65, 0.3, 0.0, -0.05, 0.81, 0.2]

    def test_95_percent_interval_matches_numpy_percentiles(self):
        # the same resampling, written out with numpy: 2,000 means of 8 draws with replacement
        x = np.array(self.VALUES)
        draws = np.random.default_rng(0).integers(0, len(x), size=(2000, len(x)))
        means = x[draws].mean(axis=1)
        low, high = np.percentile(means, [2.5, 97.5])
        assert bootstrap_ci(self.VALUES) == pytest.approx((low, high), abs=1e-12)
        narrower = np.percentile(means, [5, 95])
        assert bootstrap_ci(self.VALUES) != pytest.approx(tuple(narrower), abs=1e-6)

    def test_level_and_seed(self):
        x = np.array(self.VALUES)
        means = x[np.random.default_rng(7).integers(0, len(x), size=(500, len(x)))].mean(axis=1)
        assert bootstrap_ci(self.VALUES, level=0.8, n_boot=500, seed=7) == pytest.approx(
            tuple(np.percentile(means, [10, 90])), abs=1e-12)

    def test_known_answer_for_a_constant(self):
        assert bootstrap_ci([0.25] * 5) == (0.25, 0.25)
        assert all(np.isnan(bootstrap_ci([0.3])))

    def test_by_actor_uses_95_percent_intervals(self, seed_analysis):
        speaker = seed_analysis.unit_actors.query("actor == 'NATO' and role == 'speaker'")
        scores = speaker.merge(seed_analysis.sentiment, on=["doc_id", "unit_id"])["vader_compound"].to_numpy()
        means = scores[np.random.default_rng(0).integers(0, len(scores), size=(2000, len(scores)))].mean(axis=1)
        row = seed_analysis.by_actor().set_index(["actor", "role"]).loc[("NATO", "speaker")]
        assert (row["vader_low"], row["vader_high"]) == pytest.approx(tuple(np.percentile(means, [2.5, 97.5])),
                                                                      abs=1e-6)


class TestSentimentRows:
    UNITS = [(0, "sentence", "Khartoum said the ceasefire had collapsed.", 6),
             (1, "direct", "We will never surrender El Fasher.", 6),
             (2, "sentence", "", 0),
             (3, "direct", "We will never surrender El Fasher.", 6),
             (4, "sentence", "", 0)]

    def test_a_recurring_text_is_scored_once_with_the_same_values(self, monkeypatch):
        import discourse.sentiment as sentiment

        seen = []
        score = sentiment._score
        monkeypatch.setattr(sentiment, "_score", lambda fn, text: seen.append(text) or score(fn, text))
        rows = sentiment.sentiment_rows("d1", self.UNITS, vader="vaderSentiment")
        assert seen == ["Khartoum said the ceasefire had collapsed.", "We will never surrender El Fasher.", ""]
        fn = sentiment.vader_scorer("vaderSentiment")
        assert rows == [("d1", uid, kind, "vaderSentiment", *score(fn, text), n) for uid, kind, text, n in self.UNITS]


class TestTypographicQuotes:
    def test_curly_quotes_and_apostrophes_score_as_straight_ones(self):
        """VADER strips only ASCII punctuation: "\u201cunacceptable\u201d" scored 0.0 and "don\u2019t trust" +0.51."""
        curly = dc.sentiment.score_texts(["The ministry called the strike \u201cunacceptable\u201d.",
                                          "We don\u2019t trust the RSF."])
        straight = dc.sentiment.score_texts(['The ministry called the strike "unacceptable".',
                                             "We don't trust the RSF."])
        assert curly.equals(straight)
        assert (curly["vader_compound"] < 0).all()

    def test_analyze_reads_clean_text(self):
        a = dc.analyze(dc.Corpus.from_texts(["\u201cWe don\u2019t trust them,\u201d the envoy said."]))
        direct = a.sentiment[a.sentiment["kind"] == "direct"]
        assert direct["vader_compound"].iloc[0] < 0
