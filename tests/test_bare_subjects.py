"""Bare noun-phrase subjects of speech cues that no lexicon names
(:func:`discourse.bare_subjects.bare_subject`).

Every passage is written for these tests (no annotated corpus text).
"""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.bare_subjects import bare_subject


def _span(sentence: str, cue: str) -> str | None:
    """The words of the bare subject of ``cue`` in ``sentence`` (split on spaces), or None."""
    words = sentence.split()
    span = bare_subject(words, words.index(cue))
    return None if span is None else " ".join(words[span[0]:span[1]])


def _reported(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each reported row."""
    q = dc.extract_quotes(text)
    q = q[q["kind"] == "reported"]
    return [(r.speaker, r.text) for r in q.itertuples()]


class TestDeterminerPronouns:
    """A determiner that is also a pronoun may open a subject when a noun follows it."""

    @pytest.mark.parametrize("sentence, cue, subject", [
        ("Her advisers and allies say she will tour the north .", "say", "Her advisers and allies"),
        ("One Kenyan delegate said the talks in Nairobi had stalled .", "said", "One Kenyan delegate"),
        ("Their lawyers have said the detentions in Juba were illegal .", "said", "Their lawyers"),
        ("Those over 60 say they feel safer in Kharkiv .", "say", "Those over 60"),
    ])
    def test_opens_a_subject(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    @pytest.mark.parametrize("sentence, cue", [
        ("He sponsored the bill and said it would pass .", "said"),     # a clause, not a subject
        ("She said the blockade of Gaza must end .", "said"),           # the finder reads pronouns
        ("They told reporters the strikes would go on .", "told"),
    ])
    def test_a_pronoun_alone_is_no_bare_subject(self, sentence, cue):
        assert _span(sentence, cue) is None

    def test_object_pronoun_after_a_verb_opens_nothing(self):
        assert _span("The court ordered her lawyers said nothing .", "said") is None


class TestReducedRelatives:
    @pytest.mark.parametrize("sentence, cue, subject", [
        ("People briefed on the move said the brigade would leave Bakhmut .", "said",
         "People briefed on the move"),
        ("Diplomats involved in the talks said a truce in Darfur was close .", "said",
         "Diplomats involved in the talks"),
        ("Residents fleeing the fighting said the militia had burned their homes .", "said",
         "Residents fleeing the fighting"),
        ("Again , those surveyed say the economy is the main issue .", "say", "those surveyed"),
        ("Voters polled in Taipei said they feared a blockade .", "said", "Voters polled in Taipei"),
    ])
    def test_participle_after_plural_noun(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    @pytest.mark.parametrize("sentence, cue, subject", [
        ("A court document filed Thursday says the general will not be charged .", "says",
         "A court document filed Thursday"),
        ("A statement posted on the group 's website said the hostages were alive .", "said",
         "A statement posted on the group 's website"),
    ])
    def test_participle_after_a_singular_noun(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    def test_a_finite_verb_before_a_time_word_is_no_participle(self):
        assert _span("The minister resigned Thursday said nothing .", "said") is None

    def test_participle_not_after_a_noun_is_a_verb(self):
        # "echoing" governs "a passage": the subject of "write" is not read across it
        assert _span("The crowd , echoing a passage from the memoirs write that it is over .", "write") is None

    def test_infinitive_inside_a_subject(self):
        assert _span("Organizers of the push to boycott the summit said they were worried .", "said") == \
            "Organizers of the push to boycott the summit"


class TestRelativeClauseInsideSubject:
    @pytest.mark.parametrize("sentence, cue, subject", [
        ("Officials who attended the meeting in Doha said the talks had failed .", "said", "Officials"),
        ("Those who back her rivals say the coverage hurt her .", "say", "Those"),
        ("The group that organized the march said police fired tear gas .", "said", "The group"),
        ("Aid workers who returned from Tawila have warned that the camps are full .", "warned", "Aid workers"),
    ])
    def test_subject_before_relative(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    @pytest.mark.parametrize("sentence, cue", [
        ("The claim that officials said nothing is false .", "said"),   # a that-clause, not a relative
        ("The envoy who is pressing the parties to contend for peace left .", "contend"),   # an infinitive
        ("A process that began in May and concluded Monday ended .", "concluded"),   # a second verb phrase
    ])
    def test_not_a_relative_subject(self, sentence, cue):
        span = _span(sentence, cue)
        assert span is None or span == "officials"


class TestAdjectiveHeads:
    @pytest.mark.parametrize("sentence, cue, subject", [
        ("The self-described democratic socialist said he would win the primary .", "said",
         "The self-described democratic socialist"),
        ("The Republican incumbent said that her position was genuine .", "said", "The Republican incumbent"),
        ("The Nationalist incumbent has said the Strait must stay open .", "said", "The Nationalist incumbent"),
    ])
    def test_adjective_after_determiner_before_a_finite_cue(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    @pytest.mark.parametrize("sentence, cue", [
        ("A new report compares ten surveys of Ukrainian refugees .", "report"),
        ("The mere mention of the Wagner group angered Bamako .", "mention"),
        ("Perhaps the approving comments directed at Beijing reflect a mood .", "comments"),
        ("Critics unhappy said nothing .", "said"),     # an adjective heads a subject only after a determiner
    ])
    def test_the_cue_is_the_noun(self, sentence, cue):
        assert _span(sentence, cue) is None


class TestWordsInsideThePhrase:
    def test_slash_between_words(self):
        assert _span("Some viewers of the BBC / Ipsos panel said they distrust the army .", "said") == \
            "Some viewers of the BBC / Ipsos panel"

    def test_adverb_between_subject_and_cue(self):
        assert _span("Fact-checkers soon noted that the casualty figure was wrong .", "noted") == "Fact-checkers"
        assert _span("Campaign workers here said they had knocked on every door in Accra .", "said") == \
            "Campaign workers"

    @pytest.mark.parametrize("sentence, cue, subject", [
        ("Even the organizer of a peace rally said the route was too short .", "said",
         "Even the organizer of a peace rally"),              # "rally" is a noun, not an adverb in -ly
        ("The national assembly said the vote would go ahead .", "said", "The national assembly"),
        ("The army itself said the convoy had been hit .", "said", "The army"),
        ("Clinic staff today warned that the camp had run out of insulin .", "warned", "Clinic staff"),
        ("People with knowledge of the ministers' talks said a deal was near .", "said",
         "People with knowledge of the ministers' talks"),
        ("There is a divide : many Ghanaians say the election was fair .", "say", "many Ghanaians"),
        ("But the envoy only briefly explained the plan .", "explained", "the envoy"),
    ])
    def test_between_and_inside(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    @pytest.mark.parametrize("sentence, cue, subject", [
        ("The two admit that a truce in Sudan is far off .", "admit", "The two"),
        ("Critics of the curbs on hate speech here say the law is vague .", "say",
         "Critics of the curbs on hate speech"),
        ("Farmers and traders alike are calling on the junta to reopen the border .", "calling",
         "Farmers and traders"),
        ("( A union spokesman said the strike would go on . )", "said", "A union spokesman"),
    ])
    def test_more_heads_and_openings(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    def test_passive_participle_has_no_subject(self):
        assert _span("( a view echoed by every diplomat in Nairobi )", "echoed") is None

    def test_subject_of_an_absolute_participle(self):
        words = "Voters split , with other candidates suggesting that the envoy had erred .".split()
        assert bare_subject(words, 6) == (4, 6)
        words = "Voters split , with other candidates who suggested that the envoy had erred .".split()
        assert bare_subject(words, 7) == (4, 6)     # the antecedent of "who"

    def test_a_preposition_opens_no_subject(self):
        assert _span("Over the weekend officials said the border would reopen .", "said") != \
            "Over the weekend officials"


class TestInPassages:
    @pytest.mark.parametrize("text, speaker, content", [
        ("People briefed on the plan said the brigade would withdraw from Avdiivka by Friday.",
         "People briefed on the plan", "the brigade would withdraw from Avdiivka by Friday"),
        ("Officials who attended the meeting said the junta in Niamey had rejected the envoy's proposal.",
         "Officials", "the junta in Niamey had rejected the envoy's proposal"),
        ("Her advisers and allies say she will spend the coming weeks campaigning in the Rift Valley.",
         "Her advisers and allies", "she will spend the coming weeks campaigning in the Rift Valley"),
        ("The Republican incumbent said that the tariff would not survive the courts.",
         "The Republican incumbent", "the tariff would not survive the courts"),
    ])
    def test_read_as_reported_speech(self, text, speaker, content):
        assert _reported(text) == [(speaker, content)]

    def test_post_posed(self):
        text = "The evacuation corridor from Rafah is open again, those surveyed said."
        assert _reported(text) == [("those surveyed", "The evacuation corridor from Rafah is open again")]

    @pytest.mark.parametrize("text", [
        "A new report compares the accuracy of ten surveys of displaced families in Chad.",
        "One of the central claims of the speech in Kinshasa does not stand up to scrutiny.",
        "The most telling promise she has made is that she will not raise taxes on farmers.",
    ])
    def test_no_speaker_in_a_noun(self, text):
        assert _reported(text) == []


class TestTimeBetweenSubjectAndCue:
    """A time adverbial may stand between a bare subject and its cue."""

    @pytest.mark.parametrize("sentence, cue, subject", [
        ("Relief agencies in Chad on Tuesday warned that the camps were full .", "warned", "Relief agencies in Chad"),
        ("Two parliamentary committees on Monday asked whether the minister lied .", "asked",
         "Two parliamentary committees"),
        ("The army chief this past week announced that talks would resume .", "announced", "The army chief"),
        ("The junta earlier this month said the border would reopen .", "said", "The junta"),
        ("Protest leaders a week later said the march would go ahead .", "said", "Protest leaders"),
        ("Opposition figures have in the past said the vote was rigged .", "said", "Opposition figures"),
    ])
    def test_time_adverbial_is_read_over(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    def test_the_time_of_a_reduced_relative_stays_in_the_subject(self):
        assert _span("A court document filed Thursday says the charges were dropped .", "says") == \
            "A court document filed Thursday"
        # never cut before the time: "A court filing released", "Voters going to the polls"
        assert _span("A court filing released on Monday said the charges were dropped .", "said") != \
            "A court filing released"
        assert _span("Voters going to the polls Tuesday said the economy mattered most .", "said") != \
            "Voters going to the polls"

    def test_the_time_itself_is_no_subject(self):
        assert _span("On Monday said the army .", "said") is None

    def test_in_a_passage(self):
        assert _reported("Relief agencies in Chad on Tuesday warned that the camps near Adre were full.") == [
            ("Relief agencies in Chad", "the camps near Adre were full")]


class TestContractedPronounIsNoHead:
    def test_contracted_pronoun_opens_no_bare_subject(self):
        assert _span("She'd said that the army would leave .", "said") is None
        assert _span("They've argued that the truce failed .", "argued") is None


class TestPronounCoordination:
    @pytest.mark.parametrize("sentence, cue, subject", [
        ("She and her defenders argue that the cables were never secret .", "argue", "She and her defenders"),
        ("They and their supporters say the strike in Mombasa will go on .", "say", "They and their supporters"),
    ])
    def test_a_subject_pronoun_may_open_a_coordination(self, sentence, cue, subject):
        assert _span(sentence, cue) == subject

    def test_a_pronoun_alone_still_opens_no_bare_subject(self):
        assert _span("He and said so .", "said") is None
        assert _span("He sponsored the bill and said it would pass .", "said") is None
