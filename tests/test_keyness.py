"""Keyness (Monroe, Colaresi and Quinn 2008): golden values computed by hand from the formula.

For a term w: prior a_w = a0 * (count of w in the whole corpus) / (all tokens of the corpus),
delta = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w)),
variance = 1 / (y_i + a_w) + 1 / (y_j + a_w), z = delta / sqrt(variance).
The numbers below are written out from the counts of the tiny corpora, not taken from the code.
"""

from __future__ import annotations

import math

import matplotlib
import pandas as pd
import pytest

import discourse as dc
from discourse.keyness import KEYNESS_COLUMNS

# Each document: a sentence unit ("Sergei Lavrov said": 3 words of its own) and a quote unit.
DOCS = {
    "a": '"Peace talks now," Sergei Lavrov said.',       # Russia speaks: peace, talks, now
    "b": '"Peace talks, peace," Mark Rutte said.',      # NATO speaks: peace, talks, peace
}


def analysis(docs):
    return dc.analyze([dc.Document.from_text(t, id=i) for i, t in docs.items()])


@pytest.fixture(scope="module")
def two():
    return analysis(DOCS)


@pytest.fixture(scope="module")
def three():
    return analysis({**DOCS, "c": '"Peace now," Volodymyr Zelensky said.'})


def row(table, group, term):
    rows = table[(table["group"] == group) & (table["term"] == term)]
    assert len(rows) == 1, table
    return rows.iloc[0]


class TestGoldenWords:
    def test_two_named_groups(self, two):
        k = dc.keyness(two, groups=["Russia", "NATO"], prior=10, min_count=1, stop_words=())
        assert list(k.columns) == KEYNESS_COLUMNS
        # whole corpus: 12 tokens (6 said in the quotes, 6 in "Sergei Lavrov said", "Mark Rutte said");
        # peace 3, talks 2, now 1
        peace = row(k, "Russia", "peace")
        assert (peace["other"], peace["count"], peace["count_other"], peace["n"], peace["n_other"]) == (
            "NATO", 1, 2, 3, 3)
        assert peace["prior"] == pytest.approx(10 * 3 / 12)                     # 2.5
        assert peace["log_odds"] == pytest.approx(math.log(3.5 / 9.5) - math.log(4.5 / 8.5))
        assert peace["variance"] == pytest.approx(1 / 3.5 + 1 / 4.5)
        assert peace["z"] == pytest.approx((math.log(3.5 / 9.5) - math.log(4.5 / 8.5))
                                           / math.sqrt(1 / 3.5 + 1 / 4.5))
        assert peace["z"] == pytest.approx(-0.508688, abs=1e-6)
        now = row(k, "Russia", "now")                                          # a_w = 10/12
        delta = math.log((1 + 10 / 12) / (3 + 10 - 1 - 10 / 12)) - math.log((10 / 12) / (3 + 10 - 10 / 12))
        assert now["log_odds"] == pytest.approx(delta)
        assert now["z"] == pytest.approx(delta / math.sqrt(1 / (1 + 10 / 12) + 1 / (10 / 12)))
        assert row(k, "Russia", "talks")["log_odds"] == pytest.approx(0.0, abs=1e-12)
        # the second group's rows mirror the first's
        assert row(k, "NATO", "peace")["z"] == pytest.approx(-peace["z"])
        assert row(k, "NATO", "now")["count"] == 0

    def test_one_group_against_the_rest(self, three):
        k = dc.keyness(three, groups=["Russia"], prior=10, min_count=1, stop_words=())
        # corpus: 17 tokens (quotes 3 + 3 + 2, sentences 3 + 3 + 3); peace 4 times
        peace = row(k, "Russia", "peace")
        assert (peace["other"], peace["count"], peace["count_other"], peace["n"], peace["n_other"]) == (
            "rest", 1, 3, 3, 5)
        a = 10 * 4 / 17
        delta = math.log((1 + a) / (3 + 10 - 1 - a)) - math.log((3 + a) / (5 + 10 - 3 - a))
        assert peace["prior"] == pytest.approx(a)
        assert peace["log_odds"] == pytest.approx(delta)
        assert peace["z"] == pytest.approx(delta / math.sqrt(1 / (1 + a) + 1 / (3 + a)))
        assert set(k["group"]) == {"Russia"}

    def test_every_group_against_the_rest_and_the_order(self, three):
        k = dc.keyness(three, prior=10, min_count=1, stop_words=())
        assert sorted(set(k["group"])) == ["Mark Rutte", "NATO", "Russia", "Sergei Lavrov", "Ukraine",
                                           "Volodymyr Zelensky"]
        for _, part in k.groupby("group"):
            assert part["z"].is_monotonic_decreasing

    def test_quote_words_are_not_the_authors(self, two):
        # as "mentioned", Lavrov's unit is the author's "Sergei Lavrov said": no word of the quote in it
        k = dc.keyness(two, role="mentioned", min_count=1, stop_words=())
        lavrov = k[k["group"] == "Sergei Lavrov"]
        assert set(lavrov.query("count > 0")["term"]) == {"sergei", "lavrov", "said"}
        assert lavrov["n"].iloc[0] == 3

    def test_stop_words_and_min_count(self, two):
        k = dc.keyness(two, groups=["Russia", "NATO"], prior=10, min_count=3)
        assert set(k["term"]) == {"peace"}                  # talks and now are used twice and once
        k = dc.keyness(two, groups=["Russia", "NATO"], prior=10, min_count=1, stop_words=["peace"])
        assert "peace" not in set(k["term"]) and row(k, "Russia", "now")["n"] == 2
        k = dc.keyness(two, groups=["Russia", "NATO"], min_count=1)      # scikit-learn's list drops "now"
        assert "now" not in set(k["term"])


class TestGoldenFrames:
    def test_frame_vocabulary(self):
        a = analysis({"a": '"Sanctions, sanctions and talks," Sergei Lavrov said.', "b": '"Talks," Mark Rutte said.'})
        k = dc.keyness(a, groups=["Russia", "NATO"], vocabulary="frames", prior=4, min_count=1)
        # frame hits: Russia sanctions 2, de_escalation 1; NATO de_escalation 1; corpus 4 hits, 2 + 2
        s = row(k, "Russia", "sanctions")
        assert (s["count"], s["count_other"], s["n"], s["n_other"], s["prior"]) == (2, 0, 3, 1, 2.0)
        assert s["log_odds"] == pytest.approx(math.log(4 / 3) - math.log(2 / 3))     # = log 2
        assert s["z"] == pytest.approx(math.log(2) / math.sqrt(1 / 4 + 1 / 2))
        d = row(k, "Russia", "de_escalation")
        assert d["log_odds"] == pytest.approx(math.log(3 / 4) - math.log(3 / 2))
        assert d["variance"] == pytest.approx(1 / 3 + 1 / 3)


class TestBadInput:
    def test_unknown_group_lists_the_groups(self, two):
        with pytest.raises(ValueError, match=r"no group 'Kremlin'.*'NATO'"):
            dc.keyness(two, groups=["Kremlin", "NATO"])

    @pytest.mark.parametrize("kwargs, message", [
        ({"by": "colour"}, "not 'actor' nor a column"), ({"role": "author"}, "role must be"),
        ({"vocabulary": "ngrams"}, "vocabulary must be"), ({"prior": 0}, "prior must be a positive"),
        ({"groups": ["NATO", "Russia", "Mark Rutte"]}, "one or two group names"),
    ])
    def test_bad_options(self, two, kwargs, message):
        with pytest.raises(ValueError, match=message):
            dc.keyness(two, **kwargs)

    def test_by_a_unit_column(self, two):
        k = dc.keyness(two, by="kind", min_count=1, stop_words=())
        assert set(k["group"]) == {"direct", "sentence"}
        assert row(k, "direct", "peace")["count"] == 3 and row(k, "direct", "peace")["count_other"] == 0


class TestChart:
    TABLE = pd.DataFrame(
        [("A", "B", "alpha", 9, 1, 50, 60, 1.0, 1.2, 0.3, 3.1),
         ("A", "B", "beta", 4, 2, 50, 60, 1.0, 0.4, 0.5, 0.9),
         ("A", "B", "gamma", 1, 7, 50, 60, 1.0, -1.1, 0.4, -2.4),
         ("B", "A", "gamma", 7, 1, 60, 50, 1.0, 1.1, 0.4, 2.4)], columns=KEYNESS_COLUMNS)

    def test_drawn_from_the_table_alone(self):
        ax = dc.plot.keyness_chart(self.TABLE, top=5)
        widths = [p.get_width() for p in ax.patches]
        assert widths == [3.1, 0.9, -2.4]
        assert [t.get_text() for t in ax.get_yticklabels()] == ["alpha (9:1)", "beta (4:2)", "gamma (1:7)"]
        assert ax.get_title() == "What sets A apart from B" and ax.get_ylabel() == "term (uses: A : B)"
        dashed = [line.get_xdata()[0] for line in ax.get_lines() if line.get_linestyle() == "--"]
        assert dashed == [-1.96, 1.96]

    def test_top_and_group(self):
        ax = dc.plot.keyness_chart(self.TABLE, group="A", top=1)
        assert [p.get_width() for p in ax.patches] == [3.1, -2.4]
        ax = dc.plot.keyness_chart(self.TABLE, group="B")
        assert [p.get_width() for p in ax.patches] == [2.4]
        with pytest.raises(ValueError, match="group 'C' is not in the keyness table"):
            dc.plot.keyness_chart(self.TABLE, group="C")

    def test_empty_table_says_so(self):
        ax = dc.plot.keyness_chart(self.TABLE.iloc[0:0])
        assert "nothing to draw" in ax.texts[0].get_text() and not ax.patches

    def test_on_a_real_table(self, three):
        ax = dc.plot.keyness_chart(dc.keyness(three, groups=["Russia", "NATO"], min_count=1, stop_words=()))
        assert isinstance(ax, matplotlib.axes.Axes) and len(ax.patches) >= 2
