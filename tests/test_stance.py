"""Stance on news-style passages written for these tests, and the stance file format."""

from __future__ import annotations

import textwrap

import pytest

import discourse as dc


def stance(text: str, stance_lexicon=None):
    a = dc.analyze([dc.Document.from_text(text, id="t")], stance=stance_lexicon)
    s = a.stance
    return {(r.actor, r.target): r.label for r in s.itertuples() if r.label != "none"}


@pytest.mark.parametrize("text, expected", [
    ('"We will not send troops to Ukraine," Olaf Scholz said.', {("Germany", "western_troops"): "against"}),
    ('"Germany rules out sending ground troops," Olaf Scholz said.', {("Germany", "western_troops"): "against"}),
    ('"We are not ruling out sending troops," Emmanuel Macron said.', {("France", "western_troops"): "favor"}),
    ('"We must avoid a wider war at all costs," Olaf Scholz said.', {("Germany", "escalation"): "against"}),
    ('"We will stand with Ukraine for as long as it takes," Keir Starmer said.',
     {("United Kingdom", "ukraine_support"): "favor"}),
    ("Hungary opposes sending weapons to Ukraine, Viktor Orban said on Monday.",
     {("Hungary", "ukraine_support"): "against"}),
    ("Poland backed new negotiations on a ceasefire.", {("Poland", "negotiations"): "favor"}),
    ("The Kremlin rejected any talks with Kyiv.", {("Russia", "negotiations"): "against"}),
    # a refusal to rule out is not a refusal, even with an adverbial in the chain
    ("Emmanuel Macron refused on Monday to rule out sending Western ground troops to Ukraine.",
     {("Emmanuel Macron", "western_troops"): "favor"}),
    ('Asked whether France would send troops, Macron said: "Nothing should be ruled out."',
     {("France", "western_troops"): "favor"}),
])
def test_stance_on_written_passages(text, expected):
    got = stance(text)
    for key, label in expected.items():
        assert got.get(key) == label, got


def test_topic_is_not_stance():
    assert stance("Le Monde reported on discussions about sending troops.") == {}


def test_context_of_a_question_gives_the_target():
    text = ('Asked whether Britain would deploy troops to Ukraine, Keir Starmer replied: '
            '"We are not ruling out any option."')
    assert stance(text)[("United Kingdom", "western_troops")] == "favor"


def test_custom_targets(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(textwrap.dedent("""
        targets:
          sanctions:
            description: Sanctions on Russia
            terms: [sanction*]
        cues:
          favor: [tighten*, impose*]
          against: [lift*, ease*]
        """), encoding="utf-8")
    lex = dc.load_stance(path)
    assert lex.target_names == ["sanctions"]
    got = stance('"We will tighten sanctions," Ursula von der Leyen said. "Lift sanctions now," Viktor Orban said.',
                 lex)
    assert got == {("European Commission", "sanctions"): "favor", ("Ursula von der Leyen", "sanctions"): "favor",
                   ("Hungary", "sanctions"): "against", ("Viktor Orban", "sanctions"): "against"}


@pytest.mark.parametrize("body, line, words", [
    ("targets:\n  x:\n    terms: [a]\ncues:\n  maybe: [b]\n", 5, "unknown cue kind"),
    ("targets:\n  x:\n    terms: [a*b]\n", 3, "not at the end"),
    ("targets:\n  x:\n    terms: []\n", 2, "no terms"),
    ("goals:\n  x: [a]\n", 1, "unknown key 'goals'"),
])
def test_stance_file_errors_name_the_line(tmp_path, body, line, words):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(dc.LexiconError, match=words) as exc:
        dc.load_stance(path)
    assert exc.value.line == line


def test_a_cue_chain_stops_at_a_clause_end():
    # "opposes" must not govern "supporting" across the semicolon
    got = stance("Viktor Orban opposes it; supporting Ukraine is costly.")
    assert got == {("Viktor Orban", "ukraine_support"): "favor"}
