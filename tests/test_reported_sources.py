"""Sources of reported speech that the speaker finder alone does not reach
(:mod:`discourse.source_subjects`, :func:`discourse.bare_subjects.subject_end`).

Every passage is written for these tests (no annotated corpus text).
"""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.bare_subjects import subject_end
from discourse.source_subjects import (affinity_subject, inserted_phrase, opens_with_noun_phrase, pronoun_subject,
                                       quantity_subject, relative_pronoun, verb_phrase_subject)


def _reported(text: str) -> list[tuple[str, str, str]]:
    """(speaker, the speaker's evidence, content) of each reported row."""
    q = dc.extract_quotes(text)
    q = q[q["kind"] == "reported"]
    return [(r.speaker, text[int(r.speaker_start):int(r.speaker_end)], r.text) for r in q.itertuples()]


class TestSubjectEnd:
    @pytest.mark.parametrize("sentence, cue, end", [
        ("Zelensky did not explain why", 3, 1),
        ("The junta has since said so", 4, 2),
        ("The envoy said so", 2, 2),
        ("Officials have repeatedly warned that", 3, 1),
        ("The rebels haven't said whether", 3, 2),
        ("Officials wouldn't say whether", 2, 1),
    ])
    def test_skips_auxiliaries_negation_adverbs(self, sentence, cue, end):
        assert subject_end(sentence.split(), cue) == end

    def test_passive_has_no_subject(self):
        assert subject_end("He was asked about the truce".split(), 2) is None
        assert subject_end("He wasn't asked about the truce".split(), 2) is None


class TestPronounSubject:
    def test_after_conjunction(self):
        assert pronoun_subject("But they warned that".split(), 2) == (1, 2)

    def test_after_comma(self):
        assert pronoun_subject("Talks resumed , although it says that".split(), 5) == (4, 5)

    def test_not_inside_a_relative_clause(self):
        assert pronoun_subject("The plan that they said would fail".split(), 4) is None

    def test_not_he_or_she(self):          # the finder reads those itself
        assert pronoun_subject("But he warned".split(), 2) is None


class TestRelativePronoun:
    def test_which_after_comma(self):
        assert relative_pronoun("the Sudanese government , which said".split(), 5) == (4, 3)

    def test_quantified_whom(self):
        assert relative_pronoun("families , many of whom said".split(), 5) == (2, 1)

    def test_no_comma_no_relative(self):
        assert relative_pronoun("asked which road was safe".split(), 2) is None


class TestQuantitySubject:
    @pytest.mark.parametrize("sentence, end, span", [
        ("Six in 10 said", 3, (0, 3)),
        ("Most of them said", 3, (0, 3)),
        ("Nearly half said", 2, (0, 2)),
        ("But many said", 2, (1, 2)),
    ])
    def test_quantities(self, sentence, end, span):
        assert quantity_subject(sentence.split(), end) == span

    @pytest.mark.parametrize("sentence, end", [
        ("The most telling", 2),          # a superlative, not a quantity of people
        ("In 2024 said", 2),
        ("The talks in 10 said", 4),
    ])
    def test_not_quantities(self, sentence, end):
        assert quantity_subject(sentence.split(), end) is None

    @pytest.mark.parametrize("sentence, end, span", [
        ("About 9 percent said", 3, (0, 3)),
        ("On security , 26 % say", 5, (3, 5)),
        ("and all but two said", 4, (1, 4)),
        ("More than half of respondents in the Afrobarometer poll said", 9, (0, 9)),
        ("Thirty-one percent of those surveyed in Gaza say", 7, (0, 7)),
        ("Nearly eight in 10 Taiwanese voters overall said", 7, (0, 7)),
        ("A majority of her backers say", 5, (0, 5)),
        ("as many as three-fourths of them tell", 6, (0, 6)),
        ("Two of the wounded men said", 5, (0, 5)),
        ("a divide : 47 % say", 5, (3, 5)),
    ])
    def test_poll_quantities(self, sentence, end, span):
        assert quantity_subject(sentence.split(), end) == span

    @pytest.mark.parametrize("sentence, end", [
        ("One of the central claims", 4),       # the people counted end in a noun, not "central"
        ("Two soldiers said", 2),               # a number before a noun: a noun phrase, read elsewhere
        ("Over the weekend said", 3),
        ("The third said", 2),                  # an ordinal, not a share
        ("In 2024 said", 2),
    ])
    def test_not_poll_quantities(self, sentence, end):
        assert quantity_subject(sentence.split(), end) is None


class TestAffinitySubject:
    def test_close_to(self):
        assert affinity_subject("Sources close to the junta said".split(), 5) == (0, 5)

    def test_needs_a_head_of_people(self):
        assert affinity_subject("He came close to the border said".split(), 6) is None


class TestInsertedPhrase:
    def test_dashes(self):
        assert inserted_phrase("Many speakers - including imams and priests - said".split(), 8) == 2

    def test_commas(self):
        assert inserted_phrase("Donors , such as Qatar , said".split(), 6) == 1

    def test_an_apposition_is_no_inserted_phrase(self):
        assert inserted_phrase("Ruto , the president , said".split(), 5) is None


class TestOpensWithNounPhrase:
    @pytest.mark.parametrize("sentence, expected", [
        ("Protest leaders were angered", True),
        ("The ministry said", True),
        ("At a rally in Goma", False),
        ("Does the envoy", False),
    ])
    def test_opening(self, sentence, expected):
        assert opens_with_noun_phrase(sentence.split(), 0) is expected

    def test_not_after_an_introduction(self):
        assert opens_with_noun_phrase("On Monday , residents said".split(), 3) is False


class TestReportedSources:
    def test_they_after_but(self):
        text = ("Aid agencies said on Monday that convoys were stuck at the Rafah crossing. "
                "But they warned that fuel in northern Gaza would run out by Friday.")
        assert ("Aid agencies", "they", "fuel in northern Gaza would run out by Friday") in _reported(text)

    def test_it_after_but(self):
        text = ("The World Food Programme said it had reached Tawila. "
                "But it warned that the road to El Fasher remained closed to its trucks.")
        rows = _reported(text)
        assert rows[-1][1:] == ("it", "the road to El Fasher remained closed to its trucks")
        assert "World Food Programme" in rows[-1][0]

    def test_unresolved_they_keeps_the_words_without_a_speaker(self):
        """No antecedent: the report is kept with no speaker (never a guessed one)."""
        q = dc.extract_quotes("But they warned that fuel in northern Gaza would run out by Friday.")
        assert q[["kind", "cue", "text"]].values.tolist() == [
            ["reported", "warn", "fuel in northern Gaza would run out by Friday"]]
        assert q["speaker"].isna().all() and q["speaker_start"].isna().all()

    def test_which_antecedent_speaks(self):
        text = "The talks were hosted by the Sudanese government, which said the ceasefire would hold."
        assert _reported(text) == [("the Sudanese government", "the Sudanese government", "the ceasefire would hold")]

    def test_which_does_not_refer_to_people(self):
        text = "The president has generally won among rural voters, which describes much of the north of the country."
        assert _reported(text) == []

    def test_many_of_whom(self):
        text = ("The talks drew hundreds of displaced families from El Fasher, "
                "many of whom said they had walked for days to reach Tawila.")
        rows = _reported(text)
        assert len(rows) == 1 and rows[0][2] == "they had walked for days to reach Tawila"
        assert "displaced families" in rows[0][0]

    @pytest.mark.parametrize("text, speaker", [
        ("The rebels haven't said whether they will leave Goma before the talks.", "The rebels"),
        ("Ruto didn't say that he would sign the finance bill.", "Ruto"),
    ])
    def test_subject_behind_contracted_negation(self, text, speaker):
        rows = _reported(text)
        assert len(rows) == 1 and rows[0][1] == speaker

    def test_subject_behind_negation(self):
        text = "Zelensky did not explain why the counteroffensive had stalled near Robotyne."
        rows = _reported(text)
        assert len(rows) == 1 and rows[0][1:] == ("Zelensky", "why the counteroffensive had stalled near Robotyne")

    def test_apposition_before_negation_is_not_read_back(self):
        text = "The Houthi leader, speaking later at a rally in Sanaa, Yemen, did not mention that the ships had been struck."
        assert all(speaker != "Yemen" for speaker, _, _ in _reported(text))

    def test_second_verb_phrase_with_auxiliary(self):
        text = "Ruto has disparaged the protesters, and has said that the tax increases are needed to repay the debt."
        rows = _reported(text)
        assert len(rows) == 1 and rows[0][1:] == ("Ruto", "the tax increases are needed to repay the debt")

    def test_second_verb_phrase_of_a_bare_subject(self):
        text = "Protest leaders were angered by the deal and warned that they would return to the streets of Khartoum."
        assert _reported(text) == [("Protest leaders", "Protest leaders",
                                    "they would return to the streets of Khartoum")]

    @pytest.mark.parametrize("text, speaker", [
        ("Six in 10 said they would vote for the opposition in the runoff election.", "Six in 10"),
        ("Most of them said the strikes on Sanaa had not changed their minds about the war.", "Most of them"),
        ("Sources close to the junta said the elections in Mali would be postponed again.",
         "Sources close to the junta"),
    ])
    def test_speaker_as_written(self, text, speaker):
        rows = _reported(text)
        assert len(rows) == 1 and rows[0][:2] == (speaker, speaker)

    @pytest.mark.parametrize("text, speaker", [
        ("About 9 percent said they had no preference between the two candidates in Accra.", "About 9 percent"),
        ("More than half of respondents in the poll said the war in Ukraine should end in talks.",
         "More than half of respondents in the poll"),
        ("Thirty-one percent of those surveyed say they would return to Khartoum if the fighting stopped.",
         "Thirty-one percent of those surveyed"),
    ])
    def test_poll_speaker_as_written(self, text, speaker):
        rows = _reported(text)
        assert len(rows) == 1 and rows[0][:2] == (speaker, speaker)

    def test_superlative_is_no_speaker(self):
        assert _reported("The most telling promise she has made is that she will not raise taxes on farmers.") == []

    def test_subject_before_an_inserted_phrase(self):
        text = "Many speakers at the vigil in Khan Younis \u2014 including imams, priests and doctors \u2014 said the siege had to end."
        assert _reported(text) == [("Many speakers at the vigil in Khan Younis", "Many speakers at the vigil in Khan Younis",
                                    "the siege had to end")]

    def test_inserted_phrase_after_an_introduction_is_not_read(self):
        # the words before the subject would be read as what was said
        text = "One after another, mining companies, including Sahara Gold, declared bankruptcy."
        assert _reported(text) == []

    def test_inserted_phrase_closed_by_a_comma_right_before_the_cue(self):
        text = "The region's biggest hawks, like Ruto and Museveni, say the bulk of the peacekeepers should be African troops."
        assert all(content != "The region's biggest hawks, like Ruto and Museveni" for _, _, content in _reported(text))


class TestVerbPhraseSubject:
    """A cue in a verb phrase joined by "and"/"but" to an earlier one: the subject of the first."""

    @pytest.mark.parametrize("text, speaker, content", [
        ("The Kenyan delegate survived five years in a Sudanese prison and says such techniques are cruel.",
         "The Kenyan delegate", "such techniques are cruel"),
        ("KHARTOUM (Reuters) - President William Ruto met survivors of the fire and relatives of the 49 people "
         "killed on Thursday and said Kenya must act to stop the blazes.",
         "William Ruto", "Kenya must act to stop the blazes"),
        ("In a statement, Niger's junta leader blasted ECOWAS and said the border would stay closed.",
         "Niger's junta leader", "the border would stay closed"),
        ("The Chadian observer rubbed his chin, and then said the convoy had turned back at Adre.",
         "The Chadian observer", "the convoy had turned back at Adre"),
    ])
    def test_subject_of_the_first_verb(self, text, speaker, content):
        rows = _reported(text)
        assert [(r[0], r[2]) for r in rows] == [(speaker, content)]
        assert rows[0][1].endswith(speaker.split()[-1])     # the evidence is the subject's mention

    def test_subordinate_clause_subject(self):
        text = "When Ruto thanked the crowd in Eldoret and said it was great to be home, a heckler yelled."
        assert ("William Ruto", "Ruto", "it was great to be home") in _reported(text) or \
            ("Ruto", "Ruto", "it was great to be home") in _reported(text)

    def test_list_of_verb_phrases_and_a_pronoun(self):
        text = ("Election officials in Taichung closed the doors at noon. A few minutes later they reversed "
                "themselves, reopened the hall and said voters could still queue.")
        q = dc.extract_quotes(text)
        q = q[q["kind"] == "reported"]
        assert q["text"].tolist() == ["voters could still queue"]       # "they": no plural speaker named before

    def test_passive_first_phrase_gives_no_speaker(self):
        assert _reported("The commander was arrested in Goma on Monday and charged with ordering the massacre.") == []

    def test_no_content_before_the_coordinated_subject(self):
        # the quotation after "and said," is read with its own attribution, not the words before the subject
        text = ('Last month, when I asked the envoy about the talks in Doha, he looked at the camera, frowned and '
                'said, "We will get there."')
        assert all(not content.startswith("Last month") for _, _, content in _reported(text))

    def test_verb_phrase_subject_function(self):
        class Reader:                     # a finder that knows no names
            def subject_before(self, sid, c):
                return None

            def open_flags(self, sid):
                return [True] * 40
        words = "The Kenyan delegate met the families on Thursday and said the talks failed .".split()
        assert verb_phrase_subject(Reader(), 0, words, 9, 9)[:2] == (0, 3)
        words = "Survivors of the fire and relatives of those killed rallied and said so .".split()
        assert verb_phrase_subject(Reader(), 0, words, 11, 11)[:2] == (0, 9)
        assert verb_phrase_subject(Reader(), 0, "He was arrested and charged with murder .".split(), 4, 4) is None


class TestContractedPronouns:
    """A pronoun with a contracted auxiliary is the pronoun, never a name or a noun."""

    @pytest.mark.parametrize("text", [
        "Amina Mohammed spoke in Abuja on Friday. She'd said that the army would leave the north.",
        "Amina Mohammed spoke in Abuja on Friday. She's said that the army would leave the north.",
        "Amina Mohammed spoke in Abuja on Friday. She's suggesting that the army would leave the north.",
    ])
    def test_contracted_she_is_the_person_before(self, text):
        rows = _reported(text)
        assert [(r[0], r[2]) for r in rows] == [("Amina Mohammed", "the army would leave the north")]
        assert rows[0][1] in ("She'd", "She")

    def test_contracted_they_is_no_name(self):
        text = "Rebel commanders said the road to Goma was open. They've argued that the truce failed."
        assert [(r[0], r[2]) for r in _reported(text)] == [("Rebel commanders", "the road to Goma was open"),
                                                           ("Rebel commanders", "the truce failed")]

    def test_relative_who_with_contraction(self):
        text = "Ruto, who's called for a ceasefire in Sudan, said on Monday the talks would resume in Jeddah."
        assert [r[2] for r in _reported(text) if r[0] == "Ruto"] == ["a ceasefire in Sudan", "the talks would resume in Jeddah"]

    def test_impersonal_it_is_said_is_no_report(self):
        assert _reported("It's said that the army would leave the north.") == []

    def test_uncontracted(self):
        from discourse.names import is_name_word, uncontracted
        assert [uncontracted(w) for w in ("she'd", "they've", "i'm", "who's", "nato's")] == \
            ["she", "they", "i", "who", "nato's"]
        assert not is_name_word("They've") and not is_name_word("She'd")


class TestDatelines:
    @pytest.mark.parametrize("text", [
        "Dec 29 (Reuters) - Kenya's foreign ministry said on Monday the border with Somalia would reopen.",
        "New York (AFP) - Kenya's foreign ministry said on Monday the border with Somalia would reopen.",
    ])
    def test_agency_dateline_is_no_speaker(self, text):
        assert [(r[0], r[2]) for r in _reported(text)] == [("Kenya's foreign ministry",
                                                            "the border with Somalia would reopen")]


def test_pronoun_inside_a_comparison_is_no_subject_of_a_later_verb_phrase():
    text = ("Much like he did after the attacks in Nairobi \u2015 Ruto cast the blame on his rivals in the "
            "opposition, and emphasized the threat that terrorism poses to the region.")
    q = dc.extract_quotes(text)
    rows = q[q["text"].str.startswith("the threat")]
    assert all("Ruto" in str(speaker) for speaker in rows["speaker"])     # never the "he" of "much like he did"


def test_a_cue_noun_after_and_is_no_second_verb_phrase():
    class Reader:                         # a finder that knows no names
        def subject_before(self, sid, c):
            return None

        def open_flags(self, sid):
            return [True] * 40
    words = "The tea market slid as buyers turned to cheaper leaves and demand from Sudan cooled .".split()
    assert verb_phrase_subject(Reader(), 0, words, 11, 11) is None      # "demand": a noun here
    words = "The tea buyers met in Mombasa and demanded that prices rise .".split()
    assert verb_phrase_subject(Reader(), 0, words, 7, 7)[:2] == (0, 3)
