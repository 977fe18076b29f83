"""Term matching and framing hits on passages written for these tests."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.matcher import TermMatcher, TermSyntaxError, match_tokens, parse_term
from discourse.text import tokenize


def hits(text: str, lexicon=None):
    a = dc.analyze([dc.Document.from_text(text, id="t")], frames=lexicon)
    for row in a.framing.itertuples():
        assert text[row.start:row.end] == row.match
    return a.framing


def matches(terms, text):
    m = TermMatcher((t, t) for t in terms)
    toks = match_tokens(tokenize(text))
    return [(text[toks[x.first].start:toks[x.last - 1].end], x.values) for x in m.find(toks)]


class TestMatcher:
    @pytest.mark.parametrize("text", ["self-defense", "self defense", "Self-Defence", "self defence", "SELF-DEFENSE"])
    def test_hyphen_space_case_and_spelling(self, text):
        assert matches(["self-defense"], f"It was {text}.") == [(text, ("self-defense",))]

    @pytest.mark.parametrize("term, text", [("mobilize", "They mobilise."), ("favor", "In favour."),
                                            ("center", "The centre."), ("defense", "Élite défense."),
                                            ("labor", "Labour."), ("analyze", "We analyse.")])
    def test_british_and_american_spellings_meet(self, term, text):
        assert len(matches([term], text)) == 1

    def test_trailing_wildcard_and_token_boundaries(self):
        got = matches(["escalat*"], "Escalation, escalating, de-escalate; escalatory. Nonescalation.")
        assert [g[0] for g in got] == ["Escalation", "escalating", "escalate", "escalatory"]

    def test_leftmost_longest_without_overlap(self):
        got = matches(["war", "war of aggression", "aggression"], "A war of aggression and aggression.")
        assert [g[0] for g in got] == ["war of aggression", "aggression"]

    def test_same_span_gives_every_value(self):
        m = TermMatcher([("escalat*", "a"), ("escalation", "b")])
        toks = match_tokens(tokenize("escalation"))
        assert m.find(toks)[0].values == ("b", "a") or set(m.find(toks)[0].values) == {"a", "b"}

    @pytest.mark.parametrize("bad", ["", "  ", "esc*alat", "*war", "war**", "war *"])
    def test_bad_terms_are_refused(self, bad):
        with pytest.raises(TermSyntaxError):
            parse_term(bad)

    def test_pathological_text_stays_linear(self):
        m = TermMatcher([("a " * 20 + "b", 1), ("a*", 2)])
        toks = match_tokens(tokenize("a " * 5000))
        assert len(m.find(toks)) == 5000


class TestNegationAndHedging:
    def test_negated_within_window(self):
        f = hits("There will be no escalation. Escalation came. Not, in my view, soon.")
        assert f.query("frame == 'escalation'")["negated"].tolist() == [True, False]

    def test_negation_window_is_three_tokens(self):
        f = hits("We did not want this long and costly escalation.")
        assert f.query("frame == 'escalation'")["negated"].tolist() == [False]

    @pytest.mark.parametrize("text, negated", [
        ("Khartoum saw no escalation.", True),                     # negator 1 token before the term
        ("Khartoum saw no sudden new escalation.", True),          # exactly 3 tokens before: inside the window
        ("Khartoum saw no sudden and new escalation.", False),     # exactly 4 tokens before: outside
    ])
    def test_negation_window_edge(self, text, negated):
        f = hits(text)
        assert f.query("frame == 'escalation'")["negated"].tolist() == [negated]

    def test_negation_stops_at_clause_end(self):
        f = hits("We said no; escalation followed.")
        assert f.query("frame == 'escalation'")["negated"].tolist() == [False]

    def test_not_ruling_out_is_negated_hedging(self):
        f = hits("We are not ruling out sending troops.")
        row = f.query("term == 'ruling out'").iloc[0]
        assert row["frame"] == "hedging" and row["negated"]

    @pytest.mark.parametrize("text", ["The war could escalate.", "A possible war scenario.",
                                      "Whether escalation follows remains to be seen.",
                                      "NATO is considering escalation."])
    def test_hedged(self, text):
        f = hits(text)
        assert f.query("frame == 'escalation'")["hedged"].tolist() == [True]

    def test_plain_statement_is_neither(self):
        f = hits("Russia escalated the war in 2022.")
        assert f[["frame", "negated", "hedged"]].values.tolist() == [["escalation", False, False]]


class TestUnits:
    def test_quote_words_are_the_speakers_author_words_the_authors(self):
        text = '"We must avoid any escalation," Jean-Noel Barrot said, as sanctions bit.'
        a = dc.analyze([dc.Document.from_text(text, id="t")])
        units = a.units.set_index("unit_id")
        f = a.framing.set_index("frame")
        assert units.loc[f.loc["escalation", "unit_id"], "kind"] == "direct"
        assert units.loc[f.loc["sanctions", "unit_id"], "kind"] == "sentence"
        roles = a.unit_actors.merge(a.framing, on=["doc_id", "unit_id"])
        assert set(roles.query("frame == 'escalation'")["actor"]) == {"France", "Jean-Noel Barrot"}
        assert set(roles.query("frame == 'escalation'")["role"]) == {"speaker"}
        assert set(roles.query("frame == 'sanctions'")["role"]) == {"mentioned"}

    def test_partial_quote_inside_reported_speech_is_one_unit(self):
        text = 'Olaf Scholz said the attack was a "clear act of aggression" and a warning.'
        a = dc.analyze([dc.Document.from_text(text, id="t")])
        assert a.units["kind"].tolist() == ["sentence", "reported"]
        reported = a.units.iloc[1]
        assert reported["actor"] == "Germany" and "clear act of aggression" in reported["text"]
        assert a.units.iloc[0]["n_words"] == 3                      # "Olaf Scholz said"
        hit = a.framing.query("frame == 'sovereignty'").iloc[0]
        assert hit["unit_id"] == reported["unit_id"]

    def test_per_1000_words(self):
        text = '"Escalation is a risk and escalation is near," Zelensky said.'
        a = dc.analyze([dc.Document.from_text(text, id="t")])
        row = a.framing_by_actor().query("actor == 'Ukraine' and frame == 'escalation'").iloc[0]
        assert (row["hits"], row["n_words"], row["per_1000_words"]) == (2, 8, 250.0)


class TestKwic:
    def test_kwic_on_corpus_and_analysis_agree(self, seed_corpus, seed_analysis):
        k1 = dc.kwic(seed_corpus, "escalat*", window=4)
        k2 = dc.kwic(seed_analysis, "escalat*", window=4)
        assert k1.equals(k2)
        text = seed_corpus[0].text
        assert all(text[s:e] == m for s, e, m in zip(k1["start"], k1["end"], k1["match"]))
        assert k1["match"].tolist() == ["escalate", "escalation", "escalating", "escalation", "escalating"]

    def test_kwic_patterns_are_literal(self, seed_corpus):
        assert dc.kwic(seed_corpus, "esc.*").empty


def test_lowercase_terms_do_not_match_inside_names():
    text = ("The United States and the United Nations met at the Security Council. "
            "Europe stood united on security, and Britain sent Storm Shadow missiles.")
    a = dc.analyze([dc.Document.from_text(text, id="t")])
    matches = a.framing["match"].tolist()
    assert "United" not in matches and "Security" not in matches
    assert {"united", "security", "Storm Shadow"} <= set(matches)
