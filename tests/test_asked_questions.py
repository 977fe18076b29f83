"""What a passive or participle "asked" reports: the question, its topic or the request
("Asked whether the crossing would reopen, the minister said ...", "..., he said when asked
about the siege", "She was asked to resign"). The one asked is no speaker: the speaker is
the agent after "by", else nobody named. Passages written for these tests."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.content_shapes import asked_content_start


def reported(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, text) of every reported row of ``text``."""
    q = dc.extract_quotes(dc.Document.from_text(text, id="t"))
    q = q[q["kind"] == "reported"]
    return [(s if isinstance(s, str) else "", c, t) for s, c, t in zip(q["speaker"], q["cue"], q["text"])]


def asked(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of the rows cued by "ask"."""
    return [(s, t) for s, c, t in reported(text) if c == "ask"]


class TestAskedQuestion:
    @pytest.mark.parametrize("text, content", [
        ("Asked whether the Rafah crossing would reopen, the Egyptian foreign minister said talks were continuing.",
         "whether the Rafah crossing would reopen"),
        ("Asked on Monday whether the army would accept a truce, Burhan demurred.",
         "whether the army would accept a truce"),
        ("And when asked how many drones had been shot down, the Taiwanese spokesman said he could not say.",
         "how many drones had been shot down"),
        ("Asked whether Hamas would accept the proposal, which Qatar drafted, the official said the group was "
         "studying it.", "whether Hamas would accept the proposal, which Qatar drafted"),
        ('"We will see," the minister said when asked whether Kyiv would join the talks in Istanbul.',
         "whether Kyiv would join the talks in Istanbul"),
        ("Asked about the siege of El Fasher, the RSF commander said his men were protecting civilians.",
         "about the siege of El Fasher"),
        ("The minister said Kyiv had no choice when asked about the strikes on the refinery.",
         "about the strikes on the refinery"),
        ("The envoy was once asked if the Sahel juntas would ever hold elections.",
         "if the Sahel juntas would ever hold elections"),
        ("The Ukrainian ambassador was asked to leave the chamber.", "to leave the chamber"),
    ])
    def test_the_question_by_nobody_named(self, text, content):
        assert ("", content) in asked(text)

    def test_the_main_clause_is_its_own_report(self):
        rows = reported("Asked whether the Rafah crossing would reopen, the Egyptian foreign minister said talks "
                        "were continuing.")
        assert ("the Egyptian foreign minister", "say", "talks were continuing") in rows

    def test_the_agent_asks(self):
        rows = asked("Asked by reporters in Bamako if the junta would hold elections, the spokesman said no date "
                     "had been set.")
        assert rows == [("reporters", "if the junta would hold elections")]

    def test_a_topic_ends_at_its_comma(self):
        rows = asked("The candidate, asked about the border wall, said the country needed one.")
        assert rows == [("", "about the border wall")]

    def test_a_coordinated_question_ends_at_the_main_clause(self):
        rows = reported("The envoy said he had not seen the attack in Goma, and when asked whether he was worried, "
                        "he shrugged.")
        assert ("", "ask", "whether he was worried") in rows
        assert ("The envoy", "say", "he had not seen the attack in Goma") in rows

    def test_the_answer_stops_before_the_question(self):
        rows = reported("The minister said Kyiv had no choice when asked about the strikes on the refinery.")
        assert ("The minister", "say", "Kyiv had no choice") in rows


class TestNotAskedQuestion:
    def test_an_active_cue_keeps_its_subject(self):
        assert asked("The envoy asked whether the convoy had crossed.") == [
            ("The envoy", "whether the convoy had crossed")]

    def test_a_subject_between_commas_asks(self):
        assert asked("Lawmakers, visibly angry, asked whether the army had lied.") == [
            ("Lawmakers", "whether the army had lied")]

    @pytest.mark.parametrize("text", [
        "Asked about it, the minister declined to comment.",         # a pronoun topic reports nothing
        "Voters in Gao were asked about the junta.",                 # a topic alone: an event, no words
        "Asked whether the talks would resume the minister left.",   # no comma before a main clause
        "A woman asked for a photo of the envoy.",
    ])
    def test_no_question_no_row(self, text):
        assert asked(text) == []

    def test_the_shape_alone(self):
        t = "at a briefing in Khartoum about the convoy".split()
        assert asked_content_start(t, t, 0, len(t)) == 5
        t = "the minister whether the convoy crossed".split()
        assert asked_content_start(t, t, 0, len(t)) is None
        t = "to resign".split()
        assert asked_content_start(t, t, 0, len(t)) == 0
