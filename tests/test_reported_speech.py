"""Reported speech without quote marks: subjects no lexicon names, content shapes per verb
class, parenthetical attributions. Passages written for these tests (several conflicts)."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.bare_subjects import bare_subject
from discourse.content_shapes import content_shape, is_infinitive, noun_with_clause


def reported(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, text) of every reported row of ``text``."""
    q = dc.extract_quotes(dc.Document.from_text(text, id="t"))
    q = q[q["kind"] == "reported"]
    return [(s if isinstance(s, str) else "", c, t) for s, c, t in zip(q["speaker"], q["cue"], q["text"])]


class TestBareSubject:
    @pytest.mark.parametrize("sentence, cue, span", [
        ("The network said it would send a crew to Khartoum .", 2, (0, 2)),
        ("Many conservatives have said they will not vote .", 3, (0, 2)),
        ("Sixty-six percent said the ceasefire made no difference .", 2, (0, 2)),
        ("The Sahel junta 's critics say the vote was postponed .", 5, (0, 5)),
        ("After the talks , the delegations said they were close .", 6, (4, 6)),
    ])
    def test_a_noun_phrase_opening_the_clause(self, sentence, cue, span):
        assert bare_subject(sentence.split(), cue) == span

    @pytest.mark.parametrize("sentence, cue", [
        ("The envoy was asked about the blockade .", 3),           # a passive: the envoy is asked
        ("He has been criticized for the strikes .", 3),
        ("Troops built near the river said nothing .", 4),        # a participle inside: no bare subject
        ("he sponsored the bill in Taipei said the paper .", 6),
        ("Last week said nothing .", 2),
    ])
    def test_no_subject(self, sentence, cue):
        assert bare_subject(sentence.split(), cue) is None

    def test_read_as_the_speaker_of_reported_speech(self):
        rows = reported("The broadcaster said its crew had left El Fasher before the assault.")
        assert rows == [("The broadcaster", "say", "its crew had left El Fasher before the assault")]


class TestContentShape:
    @pytest.mark.parametrize("content, shape", [
        ("any involvement in the attack", "noun"),
        ("Chinese warships crossed the median line", "clause"),
        ("she plans to visit Goma", "clause"),
        ("to retake the city within weeks", "infinitive"),
        ("whether the crossing would reopen", "clause"),
        ("what it calls a provocation", "noun"),
        ("the junta postponed the vote", "clause"),
    ])
    def test_shapes(self, content, shape):
        t = content.split()
        assert content_shape(t, t, 0, len(t)) == shape

    def test_infinitive_needs_a_verb(self):
        assert is_infinitive("to the nation".split(), 0) is False

    def test_a_speech_noun_with_its_own_clause(self):
        t = "claims that the vote was rigged".split()
        assert noun_with_clause(t, t, 0, len(t))
        t = "a truce that would freeze the front".split()
        assert not noun_with_clause(t, t, 0, len(t))


class TestVerbClasses:
    @pytest.mark.parametrize("passage, content", [
        ("Hamas denied any involvement in the attack on the convoy.", "any involvement in the attack on the convoy"),
        ("The African Union called for an immediate ceasefire in El Fasher.", "an immediate ceasefire in El Fasher"),
        ("The Sudanese army vowed to retake the city within weeks.", "to retake the city within weeks"),
        ("The Houthis threatened to widen their attacks on shipping in the Red Sea.",
         "to widen their attacks on shipping in the Red Sea"),
        ("The prime minister promised a full investigation into the shooting.",
         "a full investigation into the shooting"),
        ("Taipei rejected claims that its coast guard had fired first.", "claims that its coast guard had fired first"),
    ])
    def test_contents_that_are_speech(self, passage, content):
        assert [r[2] for r in reported(passage)] == [content]

    @pytest.mark.parametrize("passage", [
        "The envoy described the meeting in Doha as \"constructive\".",
        "Pakistan rejected a proposal for joint patrols along the Line of Control.",
        "The ministers agreed to release new funds for the Sahel mission.",
        "The spokesman answered the question at a briefing in Beijing.",
        "The minister cautioned against reading too much into the lull in Gaza.",
        "The donors pledged new field hospitals for Darfur at the conference in Paris.",
        "Kinshasa accused him of \"grandstanding\".",
        "When the general announced his new offensive, the rebels withdrew from Goma.",
    ])
    def test_objects_that_are_not_speech(self, passage):
        assert reported(passage) == []


class TestParenthetical:
    def test_the_subject_before_the_attribution(self):
        rows = reported("The blockade, the minister said, would be lifted once the hostages were freed.")
        assert rows == [("the minister", "say", "would be lifted once the hostages were freed")]

    def test_an_adverbial_before_the_attribution(self):
        rows = reported("Still, Ruto said, the talks in Nairobi would go ahead next week.")
        assert rows == [("Ruto", "say", "the talks in Nairobi would go ahead next week")]

    def test_a_participle_after_the_attribution_keeps_the_clause_before(self):
        rows = reported("The convoy reached Rafah, the agency said, adding that more trucks were waiting.")
        assert [r[2] for r in rows][:1] == ["The convoy reached Rafah"]

    def test_an_adverbial_after_the_attribution_is_not_the_content(self):
        rows = reported("The truce is vague about the border, Sudanese officials say, in part because it was rushed.")
        assert [r[2] for r in rows] == ["The truce is vague about the border"]

    def test_a_short_subject_is_not_the_content(self):
        assert reported("Her Latvian counterpart, Andris Spruds, agreed.") == []


class TestSubjectsOfOtherShapes:
    def test_the_noun_a_relative_who_refers_to(self):
        rows = reported("Among displaced families who said they had fled Goma, most wanted to return.")
        assert rows == [("displaced families", "say", "they had fled Goma")]

    def test_a_cue_in_a_second_verb_phrase_takes_the_sentence_subject(self):
        rows = reported("Ruto met the delegates in Nairobi and told them the talks would resume.")
        assert rows == [("Ruto", "tell", "the talks would resume")]

    def test_a_possessive_before_a_cue_word_makes_it_a_noun(self):
        assert reported("Editor's note: the Sahel junta postponed the vote again.") == []


class TestPostposedSources:
    def test_modifiers_before_the_speaker(self):
        rows = reported("The crossing at Rafah stayed shut on Monday, one senior Egyptian official said.")
        assert [r[2] for r in rows] == ["The crossing at Rafah stayed shut on Monday"]

    def test_a_relative_clause_between_speaker_and_cue(self):
        rows = reported("The port had reopened, a senior official who was not authorized to speak publicly said.")
        assert rows == [("a senior official", "say", "The port had reopened")]



class TestIndirectQuestion:
    @pytest.mark.parametrize("text, speaker, content", [
        ("The Sudanese envoy asked whether the aid convoys would reach El Fasher before the rains.",
         "The Sudanese envoy", "whether the aid convoys would reach El Fasher before the rains"),
        ("Lawmakers in Taipei asked why the drills had not been reported to parliament.",
         "Lawmakers in Taipei", "why the drills had not been reported to parliament"),
        ("Ruto asked how the peacekeepers would be paid once the mandate expired.",
         "Ruto", "how the peacekeepers would be paid once the mandate expired"),
    ])
    def test_a_question_right_after_ask_is_the_content(self, text, speaker, content):
        assert reported(text) == [(speaker, "ask", content)]

    def test_an_addressee_then_a_question(self):
        text = "Reporters asked him if the army would withdraw from the border towns."
        assert reported(text) == [("Reporters", "ask", "if the army would withdraw from the border towns")]

    @pytest.mark.parametrize("text, content", [
        ("Ruto told members of the AU-EU joint council that the troops would stay in Mogadishu.",
         "the troops would stay in Mogadishu"),
        ("Lai told a crowded hall at a hotel in downtown Tainan that he would defend the island.",
         "he would defend the island"),
        ("The minister told The Times's editorial board that the blockade would end.", "the blockade would end"),
    ])
    def test_a_long_addressee_then_that(self, text, content):
        assert [c for _, _, c in reported(text)] == [content]

    def test_an_addressee_alone_is_not_speech(self):
        assert reported("The junta briefed reporters on condition of anonymity.") == []

    @pytest.mark.parametrize("text, content", [
        ("The envoy told reporters on Thursday how the convoy had been attacked near Goma.",
         "how the convoy had been attacked near Goma"),
        ("The minister told parliament on Monday whether the ceasefire in Gaza would be extended.",
         "whether the ceasefire in Gaza would be extended"),
    ])
    def test_an_addressee_and_an_adverbial_then_a_question(self, text, content):
        assert [c for _, _, c in reported(text)] == [content]


class TestAsAttribution:
    @pytest.mark.parametrize("text, cue, content", [
        ("As the minister pointed out, the sanctions have not stopped the flow of drones to Crimea.",
         "point out", "the sanctions have not stopped the flow of drones to Crimea"),
        ("The junta has postponed the vote in Niamey twice, as the opposition noted.",
         "note", "The junta has postponed the vote in Niamey twice"),
    ])
    def test_as_the_speaker_said(self, text, cue, content):
        assert [(c, t) for _, c, t in reported(text)] == [(cue, content)]

    @pytest.mark.parametrize("text, cue, content", [
        ("The drones, as the general said on Monday, were launched from a base near the Sudanese border.",
         "say", "were launched from a base near the Sudanese border"),
        ("Taiwan, as one of the island's senior defence officials pointed out, lacks air defences on the coast.",
         "point out", "lacks air defences on the coast"),
    ])
    def test_as_the_speaker_said_inside_the_sentence(self, text, cue, content):
        assert [(c, t) for _, c, t in reported(text)] == [(cue, content)]

    def test_as_with_an_object_inside_the_sentence_is_a_time_clause(self):
        assert reported("The talks, as the envoy said goodbye, were already collapsing in Doha.") == []

    def test_as_with_an_object_is_a_time_clause(self):
        assert reported("As the envoy said goodbye, the shelling resumed near Kharkiv.") == []


class TestCueShapes:
    """The cue read through a progressive, a chain phrase, a time adverbial before it, or
    an adverbial with commas and possessives before "that"."""

    @pytest.mark.parametrize("text, speaker, cue, content", [
        ("The Sudanese army is demanding that the RSF withdraw from El Fasher.",
         "Sudanese army", "demand", "the RSF withdraw from El Fasher"),
        ("The families have been demanding that the government release the hostages.",
         "The families", "demand", "the government release the hostages"),
    ])
    def test_a_progressive_cue(self, text, speaker, cue, content):
        assert reported(text) == [(speaker, cue, content)]

    @pytest.mark.parametrize("text, speaker, cue, content", [
        ("The envoy appeared to suggest that the talks in Doha could resume next week.",
         "The envoy", "suggest", "the talks in Doha could resume next week"),
        ("The general went on to explain how the drones had reached the airport in Port Sudan.",
         "The general", "explain", "how the drones had reached the airport in Port Sudan"),
        ("The minister has yet to explain why the convoy was stopped at Rafah.",
         "The minister", "explain", "why the convoy was stopped at Rafah"),
        ("The company just this month announced it would close its plant in Goma.",
         "The company", "announce", "it would close its plant in Goma"),
    ])
    def test_a_chain_phrase_or_a_time_adverbial_before_the_cue(self, text, speaker, cue, content):
        assert reported(text) == [(speaker, cue, content)]

    @pytest.mark.parametrize("text, content", [
        ("The ministry argued during Saturday's briefing in Taipei that the drills were a rehearsal for a blockade.",
         "the drills were a rehearsal for a blockade"),
        ("Ruto says at a rally in Nakuru, Kenya, that the commission will publish the results.",
         "the commission will publish the results"),
        ("Moussa Faki said after the summit he would not accept the junta's timetable.",
         "he would not accept the junta's timetable"),
    ])
    def test_an_adverbial_before_the_content(self, text, content):
        assert [c for _, _, c in reported(text)] == [content]

    def test_a_cue_in_the_adverbial_gap_reads_its_own_content(self):
        rows = reported("The envoy said as much in an interview on Monday, arguing that the blockade of Gaza had failed.")
        assert ("argue", "the blockade of Gaza had failed") in [(c, t) for _, c, t in rows]
        assert ("say", "the blockade of Gaza had failed") not in [(c, t) for _, c, t in rows]

    def test_refused_to_is_no_chain(self):
        assert reported("The spokesman refused to say whether the troops had left Bamako.") == []

    @pytest.mark.parametrize("text, clause", [
        ("Trump responded as if he had been deeply hurt by the attack in Khartoum.", "he had been deeply hurt"),
        ("But as the war threatens to spread ever more quickly, it is likely that the truce will fail.",
         "the truce will fail"),
        ("The envoy did not reveal exactly what he would say in Doha.", "he would say in Doha"),
    ])
    def test_no_content_across_a_subordinate_clause(self, text, clause):
        assert not [c for _, _, c in reported(text) if c.startswith(clause)]

    def test_a_long_adverbial_with_a_comma(self):
        text = "The president continues to insist, most recently in an interview with the BBC, that the vote was fair."
        assert reported(text) == [("The president", "insist", "the vote was fair")]


class TestParticiples:
    @pytest.mark.parametrize("text, speaker, content", [
        ("The departments declined to give any details, saying the inquiry into the strike was still open.",
         "The departments", "the inquiry into the strike was still open"),
        ("Aid agencies in Darfur complained about the delays, even suggesting that the army was blocking the convoys.",
         "Aid agencies in Darfur", "the army was blocking the convoys"),
    ])
    def test_the_sentence_subject_speaks_the_participle(self, text, speaker, content):
        assert (speaker, content) in [(s, c) for s, _, c in reported(text)]

    def test_a_list_of_means_is_not_a_report(self):
        text = "The council has two ways to act: by filing a suit, by asking prosecutors to charge the militia leaders."
        assert reported(text) == []


class TestAccordingTo:
    @pytest.mark.parametrize("text, source, content", [
        ("But according to the health ministry in Gaza, the death toll has passed 40,000.",
         "health ministry in Gaza", "the death toll has passed 40,000"),
        ("In addition, according to the ministry, nine more trucks crossed at Rafah on Monday.",
         "the ministry", "nine more trucks crossed at Rafah on Monday"),
        ("Fundraising, according to the campaign, has surged since the debate in Nairobi.",
         "the campaign", "has surged since the debate in Nairobi"),
    ])
    def test_according_to_after_an_introduction_or_inside_the_sentence(self, text, source, content):
        assert reported(text) == [(source, "according to", content)]

    def test_the_content_of_another_cue_stops_before_according_to(self):
        text = "The commander told his officers that the brigade would leave Bakhmut, according to two people present."
        rows = reported(text)
        assert ("tell", "the brigade would leave Bakhmut") in [(c, t) for _, c, t in rows]
        assert [t for _, c, t in rows if c == "according to"] == [
            "The commander told his officers that the brigade would leave Bakhmut"]


class TestSpeechNouns:
    @pytest.mark.parametrize("text, speaker, cue, content", [
        ("KHARTOUM - The Sudanese army on Tuesday rejected the RSF's claim that its fighters had taken the airport.",
         "RSF", "claim", "its fighters had taken the airport"),
        ("Opposition leaders met in Caracas on Sunday. They questioned the government's claim that the vote was fair.",
         "the government", "claim", "the vote was fair"),
        ("Analysts in Riga doubted the Kremlin's assurances that no new mobilisation was planned.",
         "Kremlin", "assurances", "no new mobilisation was planned"),
        ("Aid workers cited warnings from the World Food Programme that famine was spreading in North Darfur.",
         "World Food Programme", "warnings", "famine was spreading in North Darfur"),
    ])
    def test_the_owner_speaks_the_that_clause(self, text, speaker, cue, content):
        assert (speaker, cue, content) in reported(text)

    @pytest.mark.parametrize("text, speaker, content", [
        ("President Volodymyr Zelensky met troops in Kharkiv. His promise that no town would be abandoned drew "
         "applause.", "Volodymyr Zelensky", "no town would be abandoned"),
        ("GAZA CITY - Hamas's claim that the hospital had been struck by an Israeli missile was disputed by several "
         "governments.", "Hamas", "the hospital had been struck by an Israeli missile"),
        ("Senator Maria Cantwell spoke on Friday. Her assertion that the ballots were counted twice has not been "
         "backed by evidence.", "Maria Cantwell", "the ballots were counted twice"),
        ("The ministry's announcement that rationing would end in March surprised economists in Taipei.",
         "The ministry", "rationing would end in March"),
    ])
    def test_a_noun_in_the_subject_ends_its_clause_before_the_main_verb(self, text, speaker, content):
        assert [(s, c) for s, _, c in reported(text)] == [(speaker, content)]

    @pytest.mark.parametrize("text", [
        "The statement that the junta in Niamey issued on Monday was brief.",        # a relative clause
        "Mali's foreign minister Abdoulaye Diop kept the promise that he made to voters.",
        "There were warnings from the camps that famine was spreading.",              # no speaker to resolve
        "The claim that the drones came from Iran is hard to verify.",                # no owner
    ])
    def test_no_row_without_an_owner_or_with_a_relative_that(self, text):
        assert reported(text) == []

    def test_a_british_verb_form_ends_the_clause_too(self):
        # "fuelled" is not in the tagger's lexicon; its American form "fueled" is
        text = "The Nigerien general's claim that no option was being ruled out fuelled speculation about a wider war."
        assert [(s, c) for s, _, c in reported(text)] == [("The Nigerien general", "no option was being ruled out")]


class TestRelativeSources:
    @pytest.mark.parametrize("text, rows", [
        ("The Saudi government, which has strongly denied any role in the strike, said it would open an inquiry.",
         [("The Saudi government", "any role in the strike"), ("The Saudi government", "it would open an inquiry")]),
        ("Kenya's foreign ministry, which has denied sending troops, said the talks in Nairobi would resume.",
         [("Kenya's foreign ministry", "the talks in Nairobi would resume")]),
    ])
    def test_a_relative_clause_content_ends_at_its_comma(self, text, rows):
        assert [(s, c) for s, _, c in reported(text)] == rows

    def test_no_inverted_reading_without_a_speaker_after_the_cue(self):
        # nothing after ", say" names a speaker: the words before the cue are not its content
        text = "The region's biggest hawks, like Ruto and Museveni, say the bulk of the force should come from Kenya."
        assert all(c != "The region's biggest hawks, like Ruto and Museveni" for _, _, c in reported(text))


class TestUnresolvedPronouns:
    """A pronoun subject whose antecedent is not found still reports speech: the row is kept
    with no speaker (as a direct quote with no attribution is), never with a guessed one."""

    def test_no_antecedent_keeps_the_words_without_a_speaker(self):
        q = dc.extract_quotes(dc.Document.from_text("They argue that the ministry overstepped its authority in "
                                                    "Darfur. He said the convoy had been turned back.", id="t"))
        q = q[q["kind"] == "reported"]
        assert q["text"].tolist() == ["the ministry overstepped its authority in Darfur",
                                      "the convoy had been turned back"]
        assert q["cue"].tolist() == ["argue", "say"]
        assert q["speaker"].isna().all() and q["actor"].isna().all() and q["speaker_start"].isna().all()

    def test_an_antecedent_still_names_the_speaker(self):
        assert reported("Sudan's foreign minister Ali Youssef met the envoy. He said the convoy had been "
                        "turned back.") == [("Ali Youssef", "say", "the convoy had been turned back")]

    def test_other_unresolved_subjects_give_no_row(self):
        assert reported("Friday said the convoy had been turned back.") == []


class TestParticipleAfterInvertedAttribution:
    @pytest.mark.parametrize("text, speaker", [
        ('"We will respond," said Hemedti, adding that the army was ready.', "Mohamed Hamdan Dagalo"),
        ('"We will respond," said the minister, adding that the army was ready.', "the minister"),
        ('"The port stays shut," said UN envoy Hans Grundberg, adding that the army was ready.', "Hans Grundberg"),
    ])
    def test_the_participle_is_the_inverted_speakers(self, text, speaker):
        rows = reported(text)
        assert [(s.endswith(speaker), c, t) for s, c, t in rows] == [(True, "add", "the army was ready")]

    def test_a_participle_after_a_comma_is_no_inverted_cue(self):
        """', adding that the army ...' is not '", said the minister': "that the army" is no speaker."""
        rows = reported('"We will respond," Hemedti said, adding that the army was ready.')
        assert rows == [("Mohamed Hamdan Dagalo", "add", "the army was ready")]


class TestClauseBoundaries:
    def test_a_semicolon_before_another_report_ends_the_content(self):
        assert reported("The army said it had retaken the bridge; rebels said the fighting went on.") == [
            ("The army", "say", "it had retaken the bridge"), ("rebels", "say", "the fighting went on")]

    def test_a_semicolon_inside_one_report_does_not(self):
        assert reported("Ruto said the talks had failed; the army would advance on the city.") == [
            ("Ruto", "say", "the talks had failed; the army would advance on the city")]

    def test_a_two_word_rest_after_a_parenthetical_attribution(self):
        """The clause's subject stands before the attribution: "was fragile" is enough."""
        assert reported("The ceasefire, Ruto said, was fragile.") == [("Ruto", "say", "was fragile")]

    def test_an_unresolved_pronoun_in_a_parenthetical_or_after_the_clause(self):
        assert reported("The ceasefire, he said, could collapse within days. The talks failed, they said.") == [
            ("", "say", "could collapse within days"), ("", "say", "The talks failed")]

    def test_a_statement_after_a_colon_without_quote_marks(self):
        assert reported("The governor added: It's typical of the junta. The envoy said: the talks would resume.") == [
            ("The governor", "add", "It's typical of the junta"), ("The envoy", "say", "the talks would resume")]


class TestCoordinatedReports:
    def test_a_second_cue_after_and_is_a_second_report_of_the_subject(self):
        assert reported("The family has called on police to release the videos and called on people to "
                        "protest peacefully.") == [("The family", "call on", "police to release the videos"),
                                                   ("The family", "call on", "people to protest peacefully")]
        assert reported("Residents said the militia looted the market and warned that food was running out.") == [
            ("Residents", "say", "the militia looted the market"), ("Residents", "warn", "food was running out")]

    def test_a_cue_inside_the_report_with_its_own_subject_stays_inside(self):
        assert reported("The minister said Hamas and Israel agreed to talks in Cairo.") == [
            ("The minister", "say", "Hamas and Israel agreed to talks in Cairo")]
