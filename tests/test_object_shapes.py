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


class TestComplementInTimeClause:
    """An object with its complement is a report also in a time clause ("as X blamed Y for
    Z"); a bare noun-phrase object there is an event, not speech."""

    @pytest.mark.parametrize("text, speaker, content", [
        ("The footage came as officials praised the protests for being largely peaceful.",
         "officials", "the protests for being largely peaceful"),
        ("The strike came as Israel accused Hamas of breaking the truce.", "Israel", "Hamas of breaking the truce"),
        ("The clashes erupted as Niamey blamed Paris for the unrest in the north.", "Niamey",
         "Paris for the unrest in the north"),
        ("The count resumed after the opposition criticized the commission for delaying the results.",
         "the opposition", "the commission for delaying the results"),
    ])
    def test_complement_is_reported(self, text, speaker, content):
        assert (speaker, content) in [(s, t) for s, _, t in reported(text)]

    @pytest.mark.parametrize("text", [
        "The talks resumed as Khartoum condemned the attack on the convoy.",
        "When the president announced his plan, markets fell.",
    ])
    def test_bare_object_is_an_event(self, text):
        assert reported(text) == []


class TestOpeningTimeClause:
    """A report in a time clause that opens the sentence ends at the clause's comma: the
    main clause after it is the writer's."""

    @pytest.mark.parametrize("text, speaker, content", [
        ("When the envoy said the talks had failed, the rebels launched a new offensive on El Fasher.",
         "the envoy", "the talks had failed"),
        ("Even as Ankara accused the militia of shelling the border, its own drones kept flying.",
         "Ankara", "the militia of shelling the border"),
    ])
    def test_content_ends_at_the_comma(self, text, speaker, content):
        rows = reported(text)
        assert (speaker, content) in [(s, t) for s, _, t in rows]
        assert not any("," in t for _, _, t in rows)

    def test_quotation_closing_with_a_comma_ends_the_clause(self):
        rows = reported('But even as Beijing claimed on Monday that "the drills were routine," Taipei said the '
                        'ships had crossed the median line.')
        assert not any("Taipei" in t for _, _, t in rows)       # was one row running into Taipei's words

    def test_later_time_clause_keeps_its_commas(self):
        rows = reported("The rebels attacked after the envoy said that talks, which began in May, had failed.")
        assert ("the envoy", "talks, which began in May, had failed") in [(s, t) for s, _, t in rows]


class TestAddresseeTitleAndCharges:
    @pytest.mark.parametrize("text, content", [
        ('Ruto told Al Jazeera\'s "Inside Story" that nobody in Nairobi would question the deal.',
         "nobody in Nairobi would question the deal"),
        ('The minister told CBS\'s "Face the Nation" on Sunday that the army would not withdraw from Kherson.',
         "the army would not withdraw from Kherson"),
        ('The envoy told CNN\'s "State of the Union" the truce in Gaza would hold.',
         "the truce in Gaza would hold"),                                  # no "that"
    ])
    def test_quoted_programme_title_is_part_of_the_addressee(self, text, content):
        assert content in [t for _, cue, t in reported(text) if cue == "tell"]

    @pytest.mark.parametrize("text, speaker, content", [
        ("Hamas charges that the army fired on the aid convoy near Khan Younis.", "Hamas",
         "the army fired on the aid convoy near Khan Younis"),
        ("Amnesty International charges that the junta has jailed dozens of journalists in Bamako.",
         "Amnesty International", "the junta has jailed dozens of journalists in Bamako"),
    ])
    def test_charges_before_that_clause(self, text, speaker, content):
        assert (speaker, "charge", content) in reported(text)

    @pytest.mark.parametrize("text", [
        "The charges that he faces carry a ten-year sentence.",
        "Corruption charges that were filed in 2019 were dropped last week.",
        "Fraud charges that the general faced were dropped last week.",
        "Prosecutors filed new charges that could send the former minister to prison.",
    ])
    def test_charges_as_a_noun(self, text):
        assert not any(cue == "charge" for _, cue, _ in reported(text))


class TestWriterClauseAfterObject:
    """A noun-phrase content stops where "and"/"but" opens the writer's next clause."""

    @pytest.mark.parametrize("text, content", [
        ("On Monday, prosecutors in Lagos charged the former governor with fraud, and the senate suspended "
         "his allowance.", "the former governor with fraud"),
        ("Cruz accused the governor of lying to voters, and the governor's office denied it on Monday.",
         "the governor of lying to voters"),
    ])
    def test_object_ends_before_the_clause(self, text, content):
        assert content in [t for _, _, t in reported(text)]

    @pytest.mark.parametrize("text, content", [
        ("The envoy called for a ceasefire and the release of hostages held in Gaza.",
         "a ceasefire and the release of hostages held in Gaza"),
        ("Kyiv condemned the raids in which adults and children were detained near Kharkiv.",
         "the raids in which adults and children were detained near Kharkiv"),
    ])
    def test_coordinated_objects_stay_whole(self, text, content):
        assert content in [t for _, _, t in reported(text)]


class TestAdjectivePredicate:
    """After "a"/"an", an adjective that ends the clause is the predicate's noun."""

    @pytest.mark.parametrize("text, content", [
        ("The opposition leader calls himself a democratic socialist.", "himself a democratic socialist"),
        ("The Sudanese envoy called the RSF commander a terrorist.", "the RSF commander a terrorist"),
    ])
    def test_adjective_as_noun(self, text, content):
        assert content in [t for _, cue, t in reported(text) if cue == "call"]

    def test_not_an_adjective_before_a_place(self):
        t = "him a racist on Monday".split()
        assert naming_predicate(t, t, 0, len(t)) is None


class TestAccordingToShapes:
    @pytest.mark.parametrize("text, source, content", [
        ("According to early results of exit polls conducted for the national broadcaster by a research firm in "
         "Accra, most voters in the capital backed the opposition.",
         "early results of exit polls conducted for the national broadcaster by a research firm in Accra",
         "most voters in the capital backed the opposition"),
        ("The army has lost control of most of Darfur according to the United Nations.", "United Nations",
         "The army has lost control of most of Darfur"),
        ("Most of the aid never reached Gaza City, according to a new survey that aid groups released on Monday.",
         "a new survey", "Most of the aid never reached Gaza City"),
    ])
    def test_the_source_and_its_content(self, text, source, content):
        rows = [(s, t) for s, cue, t in reported(text) if cue == "according to"]
        assert rows == [(source, content)]

    def test_a_later_report_is_still_read(self):
        rows = reported("The junta holds most of the north according to a count by a monitoring group, but the "
                        "rebels have vowed to retake Kidal.")
        assert ("the rebels", "vow", "to retake Kidal") in rows

    @pytest.mark.parametrize("text", [
        "The troops were deployed to the northern border with Chad according to plan.",
        "Florida's Cuban voters, most of whom oppose the embargo according to the poll, have a strong voice.",
    ])
    def test_no_source(self, text):
        assert [r for r in reported(text) if r[1] == "according to"] == []


class TestAddresseeBeforeClause:
    """A named or noun-phrase addressee and a place or time before a that-less clause."""

    @pytest.mark.parametrize("text, content", [
        ("The envoy told the Security Council in New York the truce was holding.", "the truce was holding"),
        ("Hamas told mediators in Cairo it would accept the deal.", "it would accept the deal"),
        ("The general told The Daily Monitor of Kampala last week he would rather resign than retreat.",
         "he would rather resign than retreat"),
        ("The Taiwanese president told her supporters in Tainan she would defend the island.",
         "she would defend the island"),
    ])
    def test_the_clause_after_the_addressee(self, text, content):
        assert content in [t for _, cue, t in reported(text) if cue == "tell"]

    def test_no_clause_no_row(self):
        assert [r for r in reported("The envoy told the Security Council in New York on Monday.")
                if r[1] == "tell"] == []

    @pytest.mark.parametrize("text", [
        "The president called both envoys Tuesday night and was due to meet them in Juba.",
        "The prime minister called the general shortly after the vote was declared.",
    ])
    def test_a_phone_call_has_no_clause(self, text):
        assert [r for r in reported(text) if r[1] == "call"] == []


class TestDocumentParticiple:
    """"X issued a statement saying S": the participle's speaker is X, the document its channel."""

    @pytest.mark.parametrize("text, speaker, cue, content", [
        ("The ministry issued a statement saying the strikes had hit only military targets.", "The ministry",
         "say", "the strikes had hit only military targets"),
        ("The junta sent a message Wednesday saying that the elections would be delayed.", "The junta", "say",
         "the elections would be delayed"),
        ("Hamas sent a letter to the mediators arguing that the deal was dead.", "Hamas", "argue",
         "the deal was dead"),
        ("Prosecutors in Dakar filed a lawsuit in 2019 alleging that the general had stolen aid.",
         "Prosecutors in Dakar", "allege", "the general had stolen aid"),
        ("Later that day, the minister fired back a response saying he would not sign the plan.", "the minister",
         "say", "he would not sign the plan"),
    ])
    def test_the_issuer_speaks(self, text, speaker, cue, content):
        assert (speaker, cue, content) in reported(text)

    def test_no_document_no_issuer(self):
        assert not any(cue == "say" for _, cue, _ in reported("The army kept reading the report, saying nothing."))
