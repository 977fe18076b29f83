"""Attribution shapes of real news copy, on passages written for these tests (several conflicts).

Every row with a speaker is also checked for its evidence: ``text[speaker_start:speaker_end]``
is the mention the speaker was read from (the pronoun, title or name).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import discourse as dc
from conftest import quote_row
from discourse.text import segment_document


def quotes_of(text: str):
    doc = dc.Document.from_text(text, id="t")
    q = dc.extract_quotes(doc)
    for row in q.itertuples():
        assert doc.text[row.start:row.end] == row.text
        speaker = row.speaker if isinstance(row.speaker, str) else ""
        has_span = not (row.speaker_start is None or (isinstance(row.speaker_start, float)
                                                      and math.isnan(row.speaker_start)))
        assert has_span == bool(speaker), (row.text, speaker, row.speaker_start)
        if speaker:
            assert row.sieve, (row.text, "a speaker without the sieve that decided it")
    return doc.text, q


def evidence(text: str, row) -> str:
    return text[int(row.speaker_start):int(row.speaker_end)]


def actor_of(row):
    return row.actor if isinstance(row.actor, str) else None


class TestSpeakerEvidence:
    @pytest.mark.parametrize("passage, start, mention, sieve", [
        ('"The hospital has no fuel left," Tedros told reporters in Geneva.', "The hospital", "Tedros",
         "trailing_cue"),
        ('The army spokesman said: "Our forces hold the bridge."', "Our forces", "The army spokesman",
         "leading_cue"),
        ('Sara Duterte spoke in Davao on Friday, saying the budget was cut. "We were not consulted," she said.',
         "We were not", "she", "trailing_cue"),
        ('Hsiao Bi-khim landed in Prague on Monday. "Taiwan will not be isolated."', "Taiwan will",
         "Hsiao Bi-khim", "previous_subject"),
        ('"The ceasefire is holding," said Gen. Abdel Fattah al-Burhan. "For now."', "For now",
         "Abdel Fattah al-Burhan", "continued_quote"),
    ])
    def test_span_is_the_mention(self, passage, start, mention, sieve):
        text, q = quotes_of(passage)
        row = quote_row(q, start)
        assert (evidence(text, row), row.sieve) == (mention, sieve)

    def test_pronoun_evidence_is_the_pronoun_and_speaker_its_antecedent(self):
        text, q = quotes_of('Yemeni Prime Minister Salem bin Breik said the ports of Aden were open. '
                            '"The Red Sea is not a battlefield for others," he said.')
        row = quote_row(q, "The Red Sea")
        assert evidence(text, row) == "he"
        assert row.speaker_kind == "pronoun" and "Salem bin Breik" in row.speaker

    def test_reported_speech_evidence(self):
        text, q = quotes_of("Residents said the water had been cut for three days in Omdurman.")
        row = quote_row(q, "the water", "reported")
        assert (evidence(text, row), row.sieve) == ("Residents", "reported_cue")

    def test_according_to_evidence(self):
        text, q = quotes_of("According to the Sudan Doctors Network, at least 40 people were killed in the strike.")
        row = quote_row(q, "at least 40", "reported")
        assert row.sieve == "according_to" and evidence(text, row) == "the Sudan Doctors Network"

    def test_unattributed_quote_has_no_evidence(self):
        _, q = quotes_of('The fighting resumed. "Nobody knows who fired first."')
        row = quote_row(q, "Nobody knows")
        assert pd.isna(row.speaker) and pd.isna(row.sieve)


class TestSieveRegistry:
    def test_order_is_the_registry_order(self):
        names = [s.name for s in dc.sieves.QUOTE_SIEVES]
        assert names.index("trailing_cue") < names.index("leading_cue") < names.index("continued_quote")
        assert len(set(names)) == len(names)

    def test_every_sieve_is_documented_with_an_example(self):
        for sieve in dc.sieves.QUOTE_SIEVES:
            assert sieve.summary and ">>>" in sieve.decide.__doc__, sieve.name

    def test_a_sieve_list_without_context_sieves_leaves_context_quotes_unattributed(self):
        from discourse import quotes as qmod
        passage = 'William Ruto arrived in Goma on Monday. "Peace is possible."'
        seg = segment_document(passage)
        lexicon = dc.load_actors()
        from discourse.actors import _doc_mentions
        reader = qmod._QuoteReader(seg, _doc_mentions(seg, lexicon), lexicon, dc.load_cues())
        reader.sieves = dc.sieves.QUOTE_SIEVES[:2]
        rows = reader.read()
        assert [r.speaker for r in rows] == [""]


class TestNewsShapes:
    def test_anonymity_relative_clause_is_no_cue(self):
        text, q = quotes_of("An Israeli official, who asked not to be named because he was not authorised to speak, "
                            "said the cabinet would meet on Sunday.")
        assert q["text"].tolist() == ["the cabinet would meet on Sunday"]
        row = q.iloc[0]
        assert (row.cue, evidence(text, row), actor_of(row)) == ("say", "An Israeli official", "Israel")

    def test_anonymity_for_another_conflict(self):
        _, q = quotes_of("A Sudanese army officer, who spoke on condition that his name not be used, told reporters "
                         "that the bridge at Shambat had been destroyed.")
        assert [(r.kind, r.text, r.cue) for r in q.itertuples()] == [
            ("reported", "the bridge at Shambat had been destroyed", "tell")]

    @pytest.mark.parametrize("passage, start, speaker", [
        ("Aid agencies warned that northern Gaza was running out of fuel.", "northern Gaza", "Aid agencies"),
        ("Residents said the shelling had stopped before dawn in Khartoum.", "the shelling", "Residents"),
        ("Local activists said at least 12 people were detained in Bamako.", "at least 12", "Local activists"),
        ("Fishing families complained that the navy had closed the strait.", "the navy", "Fishing families"),
    ])
    def test_bare_plural_and_group_subjects(self, passage, start, speaker):
        text, q = quotes_of(passage)
        row = quote_row(q, start, "reported")
        assert (row.speaker, evidence(text, row), row.speaker_kind) == (speaker, speaker, "unnamed")

    def test_spokesperson_for_a_named_actor(self):
        _, q = quotes_of("A spokesperson for Hezbollah said the group had not fired the rockets.")
        row = quote_row(q, "the group had", "reported")
        assert (row.speaker, actor_of(row)) == ("A spokesperson for Hezbollah", "Hezbollah")

    def test_spokesperson_for_the_group_named_before(self):
        text, q = quotes_of("Hamas said the talks in Cairo had stalled. A spokesperson for the group said "
                            "the death toll was likely higher.")
        row = quote_row(q, "the death toll", "reported")
        assert (row.speaker, actor_of(row)) == ("A spokesperson for the group", "Hamas")
        assert evidence(text, row) == "A spokesperson for the group"

    def test_member_of_the_groups_bureau(self):
        _, q = quotes_of("Hamas rejected the plan on Monday. Basem Naim, a senior member of the group's political "
                         "bureau, said the movement would not disarm.")
        row = quote_row(q, "the movement would", "reported")
        assert (row.speaker, actor_of(row)) == ("Basem Naim", "Hamas")

    def test_statement_is_a_channel_of_the_group(self):
        text, q = quotes_of('The Houthis claimed the attack on the tanker. "We will not stop while the siege '
                            'continues," the group said in a statement.')
        row = quote_row(q, "We will not stop")
        assert (row.speaker, actor_of(row), evidence(text, row)) == ("the group", "Houthis", "the group")

    @pytest.mark.parametrize("passage, start, speaker", [
        ('"Power will be restored by Friday," BC Hydro said.', "Power will", "BC Hydro"),
        ("The company said it had halted shipments through the Red Sea.", "it had halted", "The company"),
        ("County police said in a news release that two men had been arrested.", "two men", "County police"),
    ])
    def test_organisations_as_speakers(self, passage, start, speaker):
        text, q = quotes_of(passage)
        row = quote_row(q, start)
        assert (row.speaker, evidence(text, row)) == (speaker, speaker)

    @pytest.mark.parametrize("passage, start, speaker", [
        ('William Ruto told everyone, "We are leaving tomorrow and we are not coming back."', "We are leaving",
         "William Ruto"),
        ('The minister said, "The border with Pakistan will stay closed until the elections."', "The border",
         "The minister"),
        ('Asked about the drills, Lai Ching-te replied, "Taiwan does not seek conflict."', "Taiwan does not",
         "Lai Ching-te"),
    ])
    def test_whole_sentence_after_cue_and_comma_is_direct(self, passage, start, speaker):
        _, q = quotes_of(passage)
        row = quote_row(q, start)
        assert (row.kind, row.speaker) == ("direct", speaker)

    def test_fragment_after_cue_and_comma_stays_partial(self):
        _, q = quotes_of('The envoy said the offer was, in his words, "a serious basis" for talks in Doha.')
        assert quote_row(q, "a serious basis").kind == "partial"

    def test_african_union_called_for(self):
        text, q = quotes_of("The African Union called for an immediate ceasefire in El Fasher.")
        row = quote_row(q, "an immediate ceasefire", "reported")
        assert (row.speaker, actor_of(row), row.cue) == ("African Union", "African Union", "call for")
        assert evidence(text, row).endswith("African Union")

    def test_south_african_government(self):
        _, q = quotes_of("The South African government said it would not attend the summit in Washington.")
        row = quote_row(q, "it would not attend", "reported")
        assert (actor_of(row), row.code) == ("South Africa", "ZAF")

    def test_chinese_ministry_spokesperson_is_china_not_the_previous_actor(self):
        _, q = quotes_of("Taiwan's defence ministry said 20 aircraft had crossed the median line. Chinese foreign "
                         "ministry spokesperson Mao Ning said Beijing would take resolute measures.")
        row = quote_row(q, "Beijing would", "reported")
        assert (row.speaker, actor_of(row), row.code) == ("Mao Ning", "China", "CHN")

    def test_surname_after_full_name(self):
        text, q = quotes_of("Lai Ching-te visited Kinmen on Monday. Lai said the island would not be intimidated.")
        row = quote_row(q, "the island", "reported")
        assert (row.speaker, actor_of(row), evidence(text, row)) == ("Lai Ching-te", "Taiwan", "Lai")


class TestFloatingQuotes:
    def test_quote_paragraphs_continue_the_speaker_of_the_paragraph_before(self):
        text, q = quotes_of('"The water is finished," said Amina Idris, who fled El Fasher in May with her four '
                            'children. She walked for three days to reach Tawila.\n\n'
                            '"At night we hid from the drones. My youngest stopped speaking."\n\n'
                            '"Nobody came for us."')
        assert [r.speaker for r in q.itertuples()] == ["Amina Idris"] * 3
        assert quote_row(q, "At night").sieve == "floating_quote"
        assert evidence(text, quote_row(q, "Nobody came")) == "Amina Idris"

    def test_paragraph_of_reported_speech_is_theirs(self):
        _, q = quotes_of("In Tawila, the camp's doctor, Yusuf Bakri, said cholera cases had doubled in a week.\n\n"
                         '"We have one tent for two thousand patients."')
        assert (quote_row(q, "We have one tent").speaker, quote_row(q, "We have one tent").sieve) == (
            "Yusuf Bakri", "floating_quote")

    def test_a_paragraph_of_two_speakers_is_nobodys(self):
        _, q = quotes_of('"The corridor is open," said Karim Haddad, the UN envoy. But Leila Qasim, a nurse in '
                         'Rafah, said no truck had arrived.\n\n"We are still waiting."')
        assert pd.isna(quote_row(q, "We are still waiting").speaker)

    def test_no_floating_without_a_paragraph_break(self):
        _, q = quotes_of('"The corridor is open," said Karim Haddad. Trucks were seen near the crossing. '
                         'Fuel prices rose again. "We are still waiting."')
        assert quote_row(q, "We are still waiting").sieve != "floating_quote"


class TestCoordinatedSpeakers:
    def test_inverted_cue_keeps_both_names(self):
        text, q = quotes_of('"Neither of us slept," reply Burton and Nick when asked about the night of the flood.')
        row = quote_row(q, "Neither of us")
        assert (row.speaker, evidence(text, row)) == ("Burton and Nick", "Burton and Nick")

    def test_subject_coordination_keeps_both_names(self):
        _, q = quotes_of('Grace Okafor and Daniel Mensah said the vote in Accra had been fair.')
        assert quote_row(q, "the vote", "reported").speaker == "Grace Okafor and Daniel Mensah"

    def test_an_apposition_is_not_a_second_speaker(self):
        _, q = quotes_of('"No," said Karim Haddad, the envoy, and left the room.')
        assert quote_row(q, "No").speaker == "Karim Haddad"


class TestWireAndWebShapes:
    def test_readers_comments_signed_with_a_dash(self):
        text, q = quotes_of('"The camps in Tindouf have been forgotten. Nobody reports on them." \u2015 Salka Brahim\n\n'
                            '"Water comes twice a week." \u2014 Omar Lahcen')
        assert [(r.kind, r.speaker) for r in q.itertuples()] == [("direct", "Salka Brahim"), ("direct", "Omar Lahcen")]
        assert evidence(text, quote_row(q, "Water comes")) == "Omar Lahcen"

    def test_party_and_state_in_parentheses(self):
        _, q = quotes_of('"The aid bill for Sudan is dead," Rep. Jane Doe (D-Wis.) said Friday.')
        assert quote_row(q, "The aid bill").speaker == "Jane Doe"

    def test_role_words_after_a_person_name_a_second_person(self):
        text, q = quotes_of('"We will appeal the ruling," Imran Khan lawyer Salman Safdar said in Islamabad.')
        row = quote_row(q, "We will appeal")
        assert (row.speaker, evidence(text, row)) == ("Salman Safdar", "Salman Safdar")

    @pytest.mark.parametrize("passage, start, speaker", [
        ("The campaign says the ad will air in Nairobi and Mombasa.", "the ad will", "The campaign"),
        ("Kenyan police are warning that the protests in Nairobi could turn violent.", "the protests",
         "Kenyan police"),
        ("William Ruto now says the tax bill will be withdrawn.", "the tax bill", "William Ruto"),
    ])
    def test_present_and_progressive_cues(self, passage, start, speaker):
        _, q = quotes_of(passage)
        assert quote_row(q, start, "reported").speaker == speaker

    def test_a_progressive_non_speech_verb_is_no_cue(self):
        _, q = quotes_of('Mali\'s junta said its army was responding to "terrorist provocations" near Kidal.')
        assert quote_row(q, "terrorist provocations").cue != "respond"


def test_readers_comments_with_typographic_marks_and_no_space_before_the_dash():
    text, q = quotes_of('Readers wrote in.\n\n\u201cThe camps in Tindouf have been forgotten. Nobody reports on them.'
                        '\u201d\u2015 Salka Brahim.\n\u201cWater comes twice a week.\u201d\u2015 Omar Lahcen.\n\nGetty.')
    assert [(r.kind, r.speaker, r.sieve) for r in q.itertuples()] == [
        ("direct", "Salka Brahim", "following_attribution"), ("direct", "Omar Lahcen", "following_attribution")]
    assert evidence(text, quote_row(q, "Water")) == "Omar Lahcen"


class TestInterviews:
    TAIPEI = ("Hsiao Bi-khim, Taiwan's vice-president, spoke to the paper in Taipei. The interview has been "
              "edited for length.\n\n"
              "Q: Will Taiwan raise defence spending next year?\n\n"
              "A: We will reach three percent of GDP, and we will buy what deters.\n\n"
              "Q: Does Washington still stand with you?\n\n"
              "A: Our partners have told us that they do.")

    def test_interviewer_asks_and_guest_answers(self):
        text, q = quotes_of(self.TAIPEI)
        assert [(r.kind, r.speaker, r.sieve) for r in q.itertuples()] == [
            ("direct", "the interviewer", "interview_turn"), ("direct", "Hsiao Bi-khim", "interview_turn")] * 2
        assert quote_row(q, "We will reach").text.endswith("what deters.")
        assert evidence(text, quote_row(q, "Will Taiwan")) == "Q"
        assert evidence(text, quote_row(q, "Our partners")) == "Hsiao Bi-khim"

    def test_words_of_a_turn_are_not_read_again_as_reported_speech(self):
        _, q = quotes_of(self.TAIPEI)
        assert "reported" not in set(q["kind"])

    def test_name_labels_are_the_people_named_before(self):
        text, q = quotes_of("Grace Okafor, who leads the Lagos teachers union, met the reporter John Mensah in "
                            "Abuja.\n\nMENSAH: Why did the strike start?\n\n"
                            "OKAFOR: Because salaries have not been paid since March.\n\n"
                            "Note: The union has 40,000 members.")
        assert [(r.speaker, evidence(text, r)) for r in q.itertuples()] == [
            ("John Mensah", "MENSAH"), ("Grace Okafor", "OKAFOR")]

    def test_labels_in_a_news_roundup_are_no_interview(self):
        _, q = quotes_of("Gaza: Strikes hit Khan Younis overnight.\n\nLebanon: The border was quiet on Sunday.")
        assert q.empty

    def test_a_single_note_is_no_interview(self):
        _, q = quotes_of("Note: This article was updated.\n\nThe talks in Doha resumed on Monday.")
        assert q.empty


@pytest.mark.parametrize("passage, speaker", [
    ('"The strikes violate the truce," Rania Saleh, a lawyer for the families, one of three groups suing, said.',
     "Rania Saleh"),
    ('"We are fine," Tariq Aziz, the head of Gulf Media -- the company that owns the channel, which also '
     'streams online --, said.', "Tariq Aziz"),
    ('"It works," Nadia Karimi, director of the Kabul Policy Centre, and a professor at Kabul University, said.',
     "Nadia Karimi"),
])
def test_several_appositions_between_a_quote_and_its_cue(passage, speaker):
    text, q = quotes_of(passage)
    row = q.iloc[0]
    assert (row.speaker, evidence(text, row), row.sieve) == (speaker, speaker, "trailing_cue")


@pytest.mark.parametrize("passage, start, source", [
    ("Turnout in Dakar reached 61 percent, according to preliminary results.", "Turnout in Dakar",
     "preliminary results"),
    ("Turnout in Dakar reached 61 percent, according to the electoral commission.", "Turnout in Dakar",
     "the electoral commission"),
    ("According to federal statistics, about 9.9 million children in Nigeria are out of school.", "about 9.9 million",
     "federal statistics"),
])
def test_according_to_any_source(passage, start, source):
    text, q = quotes_of(passage)
    row = quote_row(q, start, "reported")
    assert (row.speaker, evidence(text, row), row.sieve) == (source, source, "according_to")


@pytest.mark.parametrize("passage, start, speaker", [
    ("His lawyer said Imran Khan would not answer questions in Rawalpindi.", "Imran Khan would", "His lawyer"),
    ("Several crew members said the tanker had been hit twice off Hodeidah.", "the tanker", "Several crew members"),
])
def test_possessive_and_member_subjects(passage, start, speaker):
    _, q = quotes_of(passage)
    assert quote_row(q, start, "reported").speaker == speaker


@pytest.mark.parametrize("passage, start, speaker", [
    ("Pro-government militias said the road to Goma was open.", "the road", "Pro-government militias"),
    ("The aid plan is vague about who would qualify, food-security experts say, in part because it was rushed.",
     "The aid plan", "food-security experts"),
])
def test_hyphenated_modifiers_in_unnamed_subjects(passage, start, speaker):
    _, q = quotes_of(passage)
    assert quote_row(q, start, "reported").speaker == speaker


def test_a_person_named_with_an_honorific_is_a_pronouns_antecedent():
    text, q = quotes_of('What Mr. Okonjo has seen are the charts of a warming Sahel. "And they are terrifying," '
                        'he said in an interview in Lagos.')
    row = quote_row(q, "And they are")
    assert (row.speaker, evidence(text, row), row.speaker_kind) == ("Okonjo", "he", "pronoun")


def test_ms_is_not_he():
    _, q = quotes_of('What Ms. Adeyemi has seen is the flooding in Lagos. "We cannot wait," he said.')
    assert pd.isna(quote_row(q, "We cannot wait").speaker)


@pytest.mark.parametrize("passage, start, speaker", [
    ('"We see schools offering hope in Nairobi," the letter reads.', "We see schools", "the letter"),
    ('"You work hard. Why did he not pay?" a narrator in the opposition ad asks.', "You work hard", "a narrator"),
])
def test_letters_and_narrators(passage, start, speaker):
    _, q = quotes_of(passage)
    assert quote_row(q, start).speaker == speaker


def test_reads_is_no_reported_speech():
    _, q = quotes_of("The sign reads that the border crossing at Rafah is closed.")
    assert q.empty


@pytest.mark.parametrize("passage", [
    'Salka Brahim/Getty.\n\n"The shelling has not stopped since dawn."',
    'In July, the rains came:\n\n"The shelling has not stopped since dawn."',
])
def test_credit_lines_and_dates_are_no_speakers(passage):
    _, q = quotes_of(passage)
    assert pd.isna(quote_row(q, "The shelling").speaker)


@pytest.mark.parametrize("passage, speaker, actor", [
    ('"We lose," White House Press Secretary Josh Ernst said.', "Josh Ernst", "United States"),
    ("The commission says there was a problem with the count in Kinshasa.", "The commission", None),
])
def test_title_run_after_a_body_and_bodies_as_speakers(passage, speaker, actor):
    _, q = quotes_of(passage)
    row = q.iloc[0]
    assert (row.speaker, actor_of(row)) == (speaker, actor)


@pytest.mark.parametrize("passage, speaker", [
    ('"We will win in Lusaka," campaign spokesman Brian Fallow said.', "Brian Fallow"),
    ('"No arrests were made," said county police chief Ann Poe.', "Ann Poe"),
])
def test_common_nouns_in_a_title_run(passage, speaker):
    text, q = quotes_of(passage)
    row = q.iloc[0]
    assert (row.speaker, evidence(text, row)) == (speaker, speaker)


@pytest.mark.parametrize("passage, start", [
    ("BAMAKO - The decree is an insult to all Malians, opposition lawmakers said Friday afternoon, as protests grew.",
     "The decree is an insult to all Malians"),
    ("The minister said Friday afternoon the crossing at Rafah would reopen.", "the crossing at Rafah would reopen"),
])
def test_a_day_and_its_part_are_no_content(passage, start):
    _, q = quotes_of(passage)
    assert q["text"].tolist() == [start]


@pytest.mark.parametrize("passage, start, speaker", [
    ('"If he wins," the ad\'s narrator says, "what happens to Kisumu?"', "what happens", "the ad's narrator"),
    ('The opposition nominee also vowed to punish "those who rigged the count in Harare."', "those who rigged",
     "The opposition nominee"),
])
def test_possessive_descriptions_and_candidates(passage, start, speaker):
    _, q = quotes_of(passage)
    assert quote_row(q, start).speaker == speaker


class TestItAsAnActorsPronoun:
    def test_it_said_is_the_body_named_before_not_the_place(self):
        text, q = quotes_of('The UNHCR counted 40,000 arrivals in Chad. "We need tents before the rains," it added.')
        row = quote_row(q, "We need tents")
        assert (row.speaker, evidence(text, row), row.speaker_kind) == ("UNHCR", "it", "pronoun")

    def test_it_as_the_subject_of_reported_speech(self):
        _, q = quotes_of("Hamas met mediators in Cairo. It said the proposal ignored the prisoners.")
        assert quote_row(q, "the proposal", "reported").speaker == "Hamas"

    def test_it_far_from_any_actor_is_nobody(self):
        _, q = quotes_of("Hamas met mediators in Cairo. The talks lasted hours. Tea was served. Nobody left. "
                         "It said the proposal ignored the prisoners.")
        assert q.empty or pd.isna(quote_row(q, "the proposal", "reported").speaker)


class TestTheyAsAPluralSpeaker:
    def test_they_said_continues_the_plural_speaker_before(self):
        text, q = quotes_of("Residents of Omdurman said the water had been cut. "
                            '"We walk four hours for a jerrycan," they said.')
        row = quote_row(q, "We walk four hours")
        assert (row.speaker, evidence(text, row), row.speaker_kind) == ("Residents of Omdurman", "they", "pronoun")

    def test_they_after_coordinated_speakers(self):
        _, q = quotes_of("Grace Okafor and Daniel Mensah said the vote in Accra had been fair. "
                         "They said the count would take two days.")
        assert quote_row(q, "the count", "reported").speaker == "Grace Okafor and Daniel Mensah"

    def test_they_with_no_plural_speaker_is_nobody(self):
        _, q = quotes_of("The talks in Doha failed. They said the bridge was closed.")
        assert q.empty or pd.isna(quote_row(q, "the bridge", "reported").speaker)


def test_residents_of_a_place_are_the_residents_not_the_place():
    text, q = quotes_of("Residents of Omdurman said the water had been cut for a week.")
    row = quote_row(q, "the water", "reported")
    assert (row.speaker, evidence(text, row)) == ("Residents of Omdurman", "Residents of Omdurman")


@pytest.mark.parametrize("passage, start, speaker", [
    ('Protesters in Tbilisi chanted, "No to the Russian law!"', "No to the Russian law", "Protesters in Tbilisi"),
    ('Karim Haddad boasted, "That makes me the winner."', "That makes me", "Karim Haddad"),
])
def test_chants_and_boasts_are_direct_quotes(passage, start, speaker):
    _, q = quotes_of(passage)
    row = quote_row(q, start)
    assert (row.kind, row.speaker) == ("direct", speaker)


def test_evidence_on_every_fixture_article():
    """On the project's 30 news articles: every speaker has a span, outside the quoted words,
    and a name or unnamed speaker is the words of its span."""
    from pathlib import Path
    from discourse.names import normalize

    def words(text):
        return {normalize(w.strip(".,'\"")) for w in text.replace("'s", " ").split()}

    checked = 0
    for path in sorted((Path(__file__).parent / "fixtures" / "news").glob("*.txt")):
        text, q = quotes_of(path.read_text(encoding="utf-8"))
        for row in q.itertuples():
            if not isinstance(row.speaker, str) or not row.speaker:
                continue
            ev_start, ev_end = int(row.speaker_start), int(row.speaker_end)
            assert 0 <= ev_start < ev_end <= len(text) and not row.start <= ev_start < row.end, (path.stem, row.text)
            if row.speaker_kind in ("name", "unnamed"):
                assert words(row.speaker) & words(text[ev_start:ev_end]), (path.stem, row.speaker)
            checked += 1
    assert checked > 400


@pytest.mark.parametrize("text, title", [
    ('Netanyahu told CNN\'s "State of the Union" that the war would go on.', "State of the Union"),
    ('Ruto told Al Jazeera\'s "Inside Story" that nobody would question the deal.', "Inside Story"),
    ('Speaking on the BBC\'s "Newsnight", the envoy said the talks had stalled.', "Newsnight"),
    ('Zelensky, who spoke to NBC\'s "Meet the Press" on Sunday, said the front was holding.', "Meet the Press"),
])
def test_a_programme_title_after_an_outlets_possessive_is_no_partial_quote(text, title):
    """A quoted title after "CNN's" names a programme: nobody's words, however close a cue stands."""
    q = dc.extract_quotes(text)
    assert q.loc[q.text == title, "kind"].tolist() == ["scare"]
    assert "partial" not in q.kind.tolist()


def test_a_quote_after_a_possessive_that_is_no_title_keeps_its_kind():
    q = dc.extract_quotes('The minister said Kyiv\'s "unbreakable will" would prevail. '
                          'Burhan said the army\'s "Operation Dignity Restored" had begun.')
    kinds = dict(zip(q.text, q.kind))
    assert kinds["unbreakable will"] == "partial"       # lower case: the minister's words
    assert kinds["Operation Dignity Restored"] == "scare"  # a name, as a title is
