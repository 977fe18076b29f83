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


# -- the clause, not a cue next to a term (issue 10) ----------------------------------------------

def evidence(text: str, stance_lexicon=None):
    a = dc.analyze([dc.Document.from_text(text, id="t")], stance=stance_lexicon)
    return a


@pytest.mark.parametrize("text, actor, target, label", [
    # the three misreadings: a subject with a stance predicate, a phrasal verb and a condition, a negated modal
    ("Dmitry Peskov said sending troops to Ukraine was not in the interests of Western countries.",
     "Russia", "western_troops", "against"),
    ('"Russia will beat back longer-range weapons, if Kiev gets any," Dmitry Peskov said.',
     "Russia", "military_aid", "against"),
    ("Emmanuel Macron said it is not unlikely to send Western ground forces.", "France", "western_troops", "favor"),
    # the target as subject of a stance predicate
    ('"A peacekeeping force in Sudan would be a dangerous escalation," Vladimir Putin said.',
     "Russia", "troop_deployment", "against"),
    ('"A ceasefire in Gaza is necessary," Emmanuel Macron said.', "France", "negotiations", "favor"),
    ('"Sending troops cannot be ruled out," Emmanuel Macron said.', "France", "troop_deployment", "favor"),
    ('"New sanctions are on the table," Ursula von der Leyen said.', "European Commission", "sanctions", "favor"),
    ('"Avoiding escalation is necessary," Olaf Scholz said.', "Germany", "escalation", "against"),
    ('"Talks with Taipei would not be in our interests," Wang Yi said.', "China", "negotiations", "against"),
    # the target as object of a stance verb
    ('"We support sending peacekeepers to the Sahel," Antony Blinken said.', "United States", "troop_deployment",
     "favor"),
    ("The Kremlin rejects any talks on a ceasefire.", "Russia", "negotiations", "against"),
    ('"Washington has ruled out sanctions on Israel," Antony Blinken said.', "United States", "sanctions", "against"),
    ('"It would be a mistake to send troops," Olaf Scholz said.', "Germany", "troop_deployment", "against"),
    # negation and modality over the clause
    ('"Nothing should be ruled out," Emmanuel Macron said when asked about troops.', "France", "troop_deployment",
     "favor"),
    ("Emmanuel Macron refused to rule out sending ground forces.", "Emmanuel Macron", "troop_deployment", "favor"),
    # a negated subject scopes over a long verb group: "no option ... ruled out" rules nothing out
    ('"No option is being ruled out," Emmanuel Macron said when asked about troops for Niger.', "France",
     "troop_deployment", "favor"),
    ('Asked about troops for Haiti, Antony Blinken said that no option had yet been ruled out.', "United States",
     "troop_deployment", "favor"),
    ('"We are unlikely to resume talks," Benjamin Netanyahu said.', "Israel", "negotiations", "against"),
])
def test_clause_reading(text, actor, target, label):
    got = stance(text)
    assert got.get((actor, target)) == label, got


@pytest.mark.parametrize("text", [
    "Olaf Scholz said sending troops to Ukraine was not in the interests of Western countries.",
    "Viktor Orban said military aid for Kyiv was not in the interests of Hungary.",
])
def test_a_subject_target_does_not_read_its_own_gerund_as_favor(text):
    a = evidence(text)
    ev = a.stance_evidence
    assert not ev.empty and (ev["polarity"] == -1).all(), ev[["target", "polarity", "cue"]]
    assert set(ev["shape"]) == {"subject"}


@pytest.mark.parametrize("text, actor, target, label", [
    ("Emmanuel Macron floated sending troops to Ukraine. "
     "Olaf Scholz said such a move would be a dangerous escalation.", "Germany", "troop_deployment", "against"),
    ('Qatar proposed a ceasefire in Gaza. "We welcome this option," Antony Blinken said.',
     "United States", "negotiations", "favor"),
    ('The EU discussed new sanctions. "The idea is unacceptable," Viktor Orban said.',
     "Hungary", "sanctions", "against"),
    ('Kenya offered peacekeepers for Haiti. "We support it," Antony Blinken said.',
     "United States", "troop_deployment", "favor"),
])
def test_anaphora_refers_to_the_last_target(text, actor, target, label):
    a = evidence(text)
    got = {(r.actor, r.target): r.label for r in a.stance.itertuples() if r.label != "none"}
    assert got.get((actor, target)) == label, got
    ev = a.stance_evidence.query("actor == @actor and target == @target")
    assert set(ev["shape"]) == {"anaphora"}
    assert (ev["confidence"] == dc.stance.CONFIDENCE["anaphora"]).all()


@pytest.mark.parametrize("text", [
    '"Should we send troops to Ukraine?" Olaf Scholz asked.',
    '"If the talks fail, we will see," Antony Blinken said.',
    '"Whether sanctions work is another matter," Viktor Orban said.',
])
def test_conditions_and_questions_are_not_assertions(text):
    assert stance(text) == {}


def test_a_condition_keeps_the_main_clause():
    got = stance('"If the talks fail, we will back new sanctions," Antony Blinken said.')
    assert got == {("United States", "sanctions"): "favor", ("Antony Blinken", "sanctions"): "favor"}


def test_author_descriptions_are_not_stance():
    assert stance("Viktor Orban, who has long opposed sanctions, arrived in Brussels on Monday.") == {}
    # the same actor as subject of the stance verb is a stance
    assert stance("Viktor Orban opposed new sanctions on Monday.") == {("Viktor Orban", "sanctions"): "against"}
    # a stance verb after the apposition is the actor's
    got = stance("Viktor Orban, the Hungarian prime minister, opposed new sanctions.")
    assert got == {("Viktor Orban", "sanctions"): "against"}


def test_only_the_actors_own_words():
    # the author's claim about Russia is not Germany's stance; Scholz's quote is
    a = evidence('Russia rejected any talks. "We support negotiations," Olaf Scholz said.')
    got = {(r.actor, r.target): r.label for r in a.stance.itertuples() if r.label != "none"}
    assert got[("Russia", "negotiations")] == "against"
    assert got[("Germany", "negotiations")] == "favor"


def test_every_label_has_evidence_and_confidence_and_conflict_is_mixed():
    text = ('"We support talks with Hamas," Benjamin Netanyahu said on Monday. '
            '"We reject any talks with Hamas," Benjamin Netanyahu said on Friday.')
    a = evidence(text)
    row = a.stance.query("actor == 'Israel' and target == 'negotiations'").iloc[0]
    assert row.label == "mixed" and row.n_favor == 1 and row.n_against == 1 and row.score == 0.0
    assert "We support talks with Hamas" in row.evidence and "We reject any talks" in row.evidence
    assert 0 < row.confidence <= 1
    for r in a.stance_evidence.itertuples():
        assert a.documents.empty or r.text == text[r.start:r.end]
        assert r.shape in ("object", "subject", "anaphora", "context") and 0 < r.confidence <= 1


def test_a_two_to_one_majority_is_not_mixed():
    text = ('"We support talks," Benjamin Netanyahu said. "Talks are necessary," Benjamin Netanyahu said. '
            '"We reject talks," Benjamin Netanyahu said.')
    row = evidence(text).stance.query("actor == 'Israel' and target == 'negotiations'").iloc[0]
    assert (row.label, row.n_favor, row.n_against) == ("favor", 2, 1)
    assert row.score == pytest.approx(1 / 3)


def test_hedges_lower_confidence_without_flipping():
    a = evidence('"We might support new sanctions," Antony Blinken said.')
    ev = a.stance_evidence.query("actor == 'United States' and target == 'sanctions'")
    assert ev["polarity"].tolist() == [1]
    assert ev["confidence"].iloc[0] == pytest.approx(dc.stance.CONFIDENCE["object"] * dc.stance.HEDGE_FACTOR)


def test_general_targets_cover_any_conflict():
    names = dc.load_stance().target_names
    for t in ("negotiations", "military_aid", "sanctions", "escalation", "troop_deployment", "humanitarian_access"):
        assert t in names
    got = stance('"Israel must allow humanitarian access to Gaza," Antonio Guterres said. '
                 '"We will provide more weapons to the Sudanese army," an Emirati official said.')
    assert got[("United Nations", "humanitarian_access")] == "favor"


def test_word_lists_are_data(tmp_path):
    # a predicate, a modal, an anaphor and a condition of one's own, in a few lines of YAML
    path = tmp_path / "sahel.yaml"
    path.write_text(textwrap.dedent("""
        targets:
          wagner:
            description: The Russian mercenary presence in the Sahel
            terms: [Wagner, Africa Corps]
        cues:
          favor: [welcome*]
          against: [expel*]
        predicates:
          favor: [a reliable partner]
          against: [a destabilising force]
        modals:
          against: [in no hurry to]
        anaphora: [the mercenaries]
        conditions: [should it]
        """), encoding="utf-8")
    lex = dc.load_stance(path)
    text = ('"Wagner is a destabilising force," Emmanuel Macron said. '
            '"Africa Corps would be a reliable partner," Assimi Goita said.')
    a = evidence(text, lex)
    got = {(r.actor, r.target): r.label for r in a.stance.itertuples() if r.label != "none"}
    assert got[("France", "wagner")] == "against"
    assert got[("Assimi Goita", "wagner")] == "favor"
    rows = lex.to_frame()
    assert {"predicate", "modal", "anaphor", "condition", "negator", "relation"} <= set(rows["kind"])


@pytest.mark.parametrize("body, line, words", [
    ("targets:\n  x:\n    terms: [a]\npredicates:\n  maybe: [b]\n", 5, "unknown predicate kind"),
    ("targets:\n  x:\n    terms: [a]\nanaphora: [it, 3]\n", 4, "'anaphora' must be a list of terms"),
    ("targets:\n  x:\n    terms: [a]\nrelations:\n  positive: [pra*ise]\n", 5, "not at the end"),
])
def test_new_word_list_errors_name_the_line(tmp_path, body, line, words):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(dc.LexiconError, match=words) as exc:
        dc.load_stance(path)
    assert exc.value.line == line


def test_the_person_behind_an_actor_carries_the_same_right_label():
    # the misreadings repeated for Dmitry Peskov beside Russia: both must now be right
    got = stance("Dmitry Peskov said sending troops to Ukraine was not in the interests of Western countries.")
    assert got[("Russia", "western_troops")] == got[("Dmitry Peskov", "western_troops")] == "against"
    assert ("Russia", "ukraine_support") not in got and ("Dmitry Peskov", "ukraine_support") not in got
    got = stance('"Russia will beat back longer-range weapons, if Kiev gets any," Dmitry Peskov said.')
    assert ("Dmitry Peskov", "ukraine_support") not in got and got[("Dmitry Peskov", "military_aid")] == "against"
