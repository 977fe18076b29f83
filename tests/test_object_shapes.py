"""Speech acts with a noun-phrase object, read as reported speech: naming with a predicate
("called the strike a war crime"), an object with its complement ("blamed Hamas for the
collapse"), "warned of/against", "asked X about Y", passives with an agent and opening
participle clauses. Passages written for these tests (several conflicts)."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.content_shapes import has_complement, naming_predicate


def reported(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, text) of every reported row of ``text``."""
    q = dc.extract_quotes(dc.Document.from_text(text, id="t"))
    q = q[q["kind"] == "reported"]
    return [(s if isinstance(s, str) else "", c, t) for s, c, t in zip(q["speaker"], q["cue"], q["text"])]


class TestNamingPredicate:
    @pytest.mark.parametrize("text, content", [
        ("Kyiv called the strike on the market a war crime.", "the strike on the market a war crime"),
        ("The campaign called the charges unsubstantiated and fabricated.",
         "the charges unsubstantiated and fabricated"),
        ("Taiwan's defence ministry called the drills provocative.", "the drills provocative"),
        ("The junta called its decision to expel the envoy a matter of sovereignty.",
         "its decision to expel the envoy a matter of sovereignty"),
        ("The opposition leader called him divisive and urged voters to stay home.", "him divisive"),
    ])
    def test_object_and_predicate(self, text, content):
        assert content in [t for _, cue, t in reported(text) if cue == "call"]

    @pytest.mark.parametrize("text", [
        "The mayor of Goma called the police.",
        "The president of Senegal called a meeting of the cabinet.",
        "A militia called the Popular Front seized the airport.",
        "The foreign minister called the embassy a second time.",
        "The general called Hemedti on Tuesday.",
        "Ukraine's president called the plan 'reckless'.",            # the term is a partial quote
    ])
    def test_no_predicate_no_row(self, text):
        assert [r for r in reported(text) if r[1] == "call"] == []

    def test_the_shape_alone(self):
        t = "her vote for the war a mistake".split()
        assert naming_predicate(t, t, 0, len(t)) == len(t)
        t = "Friday for talks to resume".split()
        assert naming_predicate(t, t, 0, len(t)) is None


class TestObjectComplement:
    @pytest.mark.parametrize("text, cue, content", [
        ("The mediator blamed Hamas for the collapse of the talks.", "blame",
         "Hamas for the collapse of the talks"),
        ("Sudan's army blamed the shelling of the camp on the RSF.", "blame",
         "the shelling of the camp on the RSF"),
        ("The Pakistani minister pointed to the ceasefire as proof that talks could work.", "point to",
         "the ceasefire as proof that talks could work"),
        ("Prosecutors in Niamey charged the former minister with fraud.", "charge",
         "the former minister with fraud"),
    ])
    def test_object_with_complement(self, text, cue, content):
        assert content in [t for _, c, t in reported(text) if c == cue]

    @pytest.mark.parametrize("text", [
        "The Israeli minister blamed the media.",
        "The Indian envoy pointed to the latest poll.",
        "Police charged the crowd outside parliament.",
    ])
    def test_object_alone_is_no_content(self, text):
        assert reported(text) == []

    def test_the_shape_alone(self):
        t = "the collapse on Hamas".split()
        assert has_complement(t, t, 0, len(t), {"for", "on"})
        assert not has_complement(t, t, 0, len(t), {"with"})


class TestPrepositionObjects:
    def test_warned_of_keeps_the_object_and_its_condition(self):
        assert reported("Egypt warned of a regional war if the offensive on Rafah continued.") == [
            ("Egypt", "warn", "of a regional war if the offensive on Rafah continued")]

    def test_warned_against(self):
        assert reported("The UN envoy warned against any attempt to force civilians south.") == [
            ("The UN envoy", "warn", "against any attempt to force civilians south")]

    def test_a_relative_that_after_the_object_is_no_content_start(self):
        assert reported("The Qatari mediator warned against a deal that rewarded the blockade of Gaza.") == [
            ("The Qatari mediator", "warn", "against a deal that rewarded the blockade of Gaza")]

    def test_asked_someone_about(self):
        rows = reported("Reporters asked the Somali minister about the port deal, when he arrived in Ankara.")
        assert rows == [("Reporters", "ask", "the Somali minister about the port deal")]

    def test_asked_about_with_no_one_asked_is_no_row(self):
        assert reported("Nobody asked about the refugees in Chad.") == []


class TestPassiveAgent:
    def test_told_by_with_a_clause(self):
        text = ("Ahmed Salih, a driver, waited at the Adre crossing. He was told by officials that the "
                "convoy had been turned back.")
        assert reported(text) == [("officials", "tell", "the convoy had been turned back")]

    def test_announced_by(self):
        assert reported("The truce in Gaza was announced by the mediators in Doha.") == [
            ("the mediators", "announce", "The truce in Gaza")]

    def test_told_by_without_a_clause_reports_nothing(self):
        assert reported("He was told by officials in Bamako.") == []

    def test_no_speech_passive(self):
        assert reported("The dam on the Nile was built by Soviet engineers.") == []


class TestOpeningParticiple:
    def test_the_participle_content_is_the_main_subjects(self):
        rows = reported("Noting that the talks in Jeddah had stalled, the envoy said both sides must return.")
        assert ("the envoy", "note", "the talks in Jeddah had stalled") in rows
        assert ("the envoy", "say", "both sides must return") in rows

    @pytest.mark.parametrize("text, row", [
        ("After saying he was too tired to travel, the Sudanese envoy left Port Sudan.",
         ("the Sudanese envoy", "say", "he was too tired to travel")),
        ("While noting that the vote in Bamako had been postponed, the observers said the count was fair.",
         ("the observers", "note", "the vote in Bamako had been postponed")),
    ])
    def test_after_a_subordinator(self, text, row):
        assert row in reported(text)

    def test_after_a_participle_mid_sentence(self):
        rows = reported("The minister resigned on Friday after saying the army had lied about the strike.")
        assert rows == [("The minister", "say", "the army had lied about the strike")]

    def test_infinitive(self):
        rows = reported("Vowing to retake the city, the Congolese general sent more troops north.")
        assert rows == [("the Congolese general", "vow", "to retake the city")]

    def test_a_noun_object_is_no_content(self):
        rows = reported("Responding to the criticism, the Kenyan minister said the police had acted lawfully.")
        assert rows == [("the Kenyan minister", "say", "the police had acted lawfully")]

    def test_asked_is_not_the_speakers(self):
        rows = reported("Asking whether the border would reopen, the reporter waited for the minister.")
        assert rows == []


class TestPreposedAdverbial:
    @pytest.mark.parametrize("text", [
        "Speaking at a town hall in Mombasa, the candidate called Odinga.",
        "At a rally that night in Goma, the governor called the mayor.",
    ])
    def test_an_adverbial_before_the_cue_is_no_content(self, text):
        assert reported(text) == []

    @pytest.mark.parametrize("text, content", [
        ("On Monday, the ceasefire in Gaza collapsed, the envoy said.", "On Monday, the ceasefire in Gaza collapsed"),
        ("In Khartoum, the army has retaken the palace, the spokesman said.",
         "In Khartoum, the army has retaken the palace"),
    ])
    def test_a_clause_after_the_adverbial_still_is(self, text, content):
        assert [t for _, _, t in reported(text)] == [content]
