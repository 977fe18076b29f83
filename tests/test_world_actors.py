"""The world of actors: states with ISO codes, organisations, armed groups, dated office-holders,
persons the lexicon does not list, and extension files. Passages are written for these tests."""

from __future__ import annotations

import textwrap

import pycountry
import pytest

import discourse as dc
from discourse.actors import DEFAULT_ACTOR_FILES, surname_of
from discourse.cli import main

LEX = dc.load_actors()
STATES = [a for a in LEX.actors if a.type == "state"]
#: Observers and the two states outside the UN that the lexicon lists too.
NOT_UN_MEMBERS = {"VAT", "PSE", "TWN", "XKX"}


def _pycountry_forms(country) -> set[str]:
    """pycountry's names of a country in running-text order ("Congo, The Democratic Republic of the"
    -> "the democratic republic of the congo"; "Holy See (Vatican City State)" -> "holy see")."""
    forms = set()
    for name in filter(None, (country.name, getattr(country, "official_name", None),
                              getattr(country, "common_name", None))):
        name = name.split(" (")[0]
        if ", " in name:
            head, tail = name.split(", ", 1)
            name = f"{tail} {head}"
        name = name.lower().removeprefix("the ")
        forms.add(name)
    return forms


def _names_agree(state, country) -> bool:
    ours = {n.lower().removeprefix("the ") for n in (state.name, *state.aliases)}
    return bool(ours & _pycountry_forms(country))


def mentions(text: str, *, date=None, lexicon=None):
    doc = dc.Document.from_text(text, meta={"date": date} if date else None)
    frame = dc.find_mentions(doc, lexicon)
    return [(r.text, r.actor if isinstance(r.actor, str) else None, r.kind) for r in frame.itertuples()]


def actor_of(text: str, surface: str, *, date=None):
    """The actor of the first mention whose text is ``surface``."""
    found = [a for t, a, _ in mentions(text, date=date) if t == surface]
    assert found, f"{surface!r} not found in {mentions(text, date=date)}"
    return found[0]


class TestStates:
    def test_every_un_member_and_observer_plus_taiwan_and_kosovo(self):
        codes = [a.code for a in STATES]
        assert len(codes) == len(set(codes)) == 197
        assert len(set(codes) - NOT_UN_MEMBERS) == 193
        assert NOT_UN_MEMBERS <= set(codes)

    def test_codes_are_iso_alpha3_from_pycountry(self):
        for state in STATES:
            if state.code == "XKX":          # user-assigned code, not in ISO 3166-1
                continue
            assert pycountry.countries.get(alpha_3=state.code) is not None, state.name

    def test_pycountry_reads_each_state_name_as_its_code(self):
        """Independent check: some name of each state, looked up in pycountry, gives the state's code."""
        unmatched = []
        for state in STATES:
            if state.code == "XKX":
                continue
            # "Congo" is DR Congo in wire usage (Reuters, AP); pycountry reads it as the Republic of the Congo
            names = [state.name, *(a for a in state.aliases if len(a) > 3 and a != "Congo")]
            got = set()
            for name in names:
                try:
                    got.add(pycountry.countries.lookup(name).alpha_3)
                except LookupError:
                    pass
            if state.code not in got and not _names_agree(state, pycountry.countries.get(alpha_3=state.code)):
                unmatched.append(state.name)
            assert got <= {state.code}, (state.name, got)       # no alias names another country
        assert unmatched == []

    @pytest.mark.parametrize("name, code", [
        ("Palestine", "PSE"), ("Taiwan", "TWN"), ("Kosovo", "XKX"), ("Holy See", "VAT"),
        ("Democratic Republic of the Congo", "COD"), ("Republic of the Congo", "COG"), ("Ivory Coast", "CIV"),
        ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Niger", "NER"), ("Nigeria", "NGA"), ("Israel", "ISR"),
        ("United Kingdom", "GBR"), ("United States", "USA"), ("Myanmar", "MMR"), ("North Korea", "PRK"),
    ])
    def test_known_codes(self, name, code):
        assert LEX[name].code == code

    @pytest.mark.parametrize("surface, actor", [
        ("Beijing", "China"), ("Ankara", "Turkey"), ("the Elysee", "France"), ("Washington", "United States"),
        ("the Kremlin", "Russia"), ("Tehran", "Iran"), ("Khartoum", "Sudan"), ("Port Sudan", "Sudan"),
        ("Kinshasa", "Democratic Republic of the Congo"), ("Kigali", "Rwanda"), ("Bamako", "Mali"),
        ("Ouagadougou", "Burkina Faso"), ("Niamey", "Niger"), ("Islamabad", "Pakistan"), ("New Delhi", "India"),
        ("Taipei", "Taiwan"), ("Ramallah", "Palestine"), ("Beirut", "Lebanon"), ("Pristina", "Kosovo"),
        ("the Vatican", "Holy See"), ("Naypyitaw", "Myanmar"), ("Abu Dhabi", "United Arab Emirates"),
    ])
    def test_capitals_and_seats_are_metonyms(self, surface, actor):
        assert actor_of(f"Officials in {surface} were told on Monday.", surface.removeprefix("the ")) == actor

    @pytest.mark.parametrize("text, surface, actor", [
        ("Sudanese officials met.", "Sudanese", "Sudan"), ("South Sudanese officials met.", "South Sudanese", "South Sudan"),
        ("Nigerien soldiers left.", "Nigerien", "Niger"), ("Nigerian soldiers left.", "Nigerian", "Nigeria"),
        ("Congolese troops advanced.", "Congolese", "Democratic Republic of the Congo"),
        ("Taiwanese ships sailed.", "Taiwanese", "Taiwan"), ("Palestinian officials spoke.", "Palestinian", "Palestine"),
        ("Burkinabe soldiers died.", "Burkinabe", "Burkina Faso"), ("Yemeni officials spoke.", "Yemeni", "Yemen"),
    ])
    def test_demonyms(self, text, surface, actor):
        assert actor_of(text, surface) == actor

    @pytest.mark.parametrize("text, surface, actor", [
        ("Aid reached Equatorial Guinea and Guinea-Bissau, then Papua New Guinea.", "Equatorial Guinea", "Equatorial Guinea"),
        ("Aid reached Equatorial Guinea and Guinea-Bissau, then Papua New Guinea.", "Guinea-Bissau", "Guinea-Bissau"),
        ("Aid reached Equatorial Guinea and Guinea-Bissau, then Papua New Guinea.", "Papua New Guinea", "Papua New Guinea"),
        ("Guinea closed its border.", "Guinea", "Guinea"),
        ("Chad closed its border with Sudan.", "Chad", "Chad"),
        ("Jordan condemned the strike.", "Jordan", "Jordan"),
    ])
    def test_longest_name_wins(self, text, surface, actor):
        assert actor_of(text, surface) == actor

    @pytest.mark.parametrize("text", [
        "Chad Daybell was sentenced on Friday.",
        "The Republican congressman Jim Jordan said the bill would pass.",
        "Paris Hilton arrived late.",
        "In Victoria, the state premier spoke.",      # capital of Seychelles: left out on purpose
        "Male voters turned out in large numbers.",   # capital of Maldives: left out on purpose
    ])
    def test_ambiguous_names_are_not_states(self, text):
        states = [a for _, a, _ in mentions(text) if a in LEX and LEX[a].type == "state"]
        assert states == []

    def test_georgia_the_us_state_is_not_the_country(self):
        assert [a for _, a, _ in mentions("Georgia's parliament passed the law, Tbilisi said.")] == ["Georgia"] * 2
        assert mentions("In the state of Georgia, turnout rose. Georgia voters lined up in Atlanta, Georgia. "
                        "Georgia Governor Brian Kemp spoke.") == []

    def test_state_bodies_are_read_as_the_state(self):
        got = mentions("Sudan's army said it held the bridge. The Iranian foreign ministry denied it. "
                       "The Israeli military said it struck. The Pakistan Army said it shot down drones.")
        assert [a for _, a, _ in got] == ["Sudan", "Iran", "Israel", "Pakistan"]
        q = dc.extract_quotes("Sudan's army said it had retaken the bridge. "
                              "The Iranian foreign ministry said the talks were over.")
        assert q["actor"].tolist() == ["Sudan", "Iran"]


class TestOrganisationsAndGroups:
    @pytest.mark.parametrize("surface, actor", [
        ("UNRWA", "UNRWA"), ("the UN refugee agency", "UNHCR"), ("WFP", "World Food Programme"),
        ("WHO", "World Health Organization"), ("Unicef", "UNICEF"), ("OCHA", "OCHA"), ("IAEA", "IAEA"),
        ("the Security Council", "UN Security Council"), ("ICC", "International Criminal Court"),
        ("ICJ", "International Court of Justice"), ("the World Court", "International Court of Justice"),
        ("the African Union", "African Union"), ("ASEAN", "ASEAN"), ("the Arab League", "Arab League"),
        ("GCC", "Gulf Cooperation Council"), ("ECOWAS", "ECOWAS"), ("OAS", "Organization of American States"),
        ("OSCE", "OSCE"), ("SCO", "Shanghai Cooperation Organisation"), ("BRICS", "BRICS"), ("G7", "G7"),
        ("G20", "G20"), ("OPEC", "OPEC"), ("IMF", "International Monetary Fund"), ("the World Bank", "World Bank"),
        ("ICRC", "ICRC"), ("Doctors Without Borders", "Medecins Sans Frontieres"), ("MSF", "Medecins Sans Frontieres"),
        ("Amnesty International", "Amnesty International"), ("Human Rights Watch", "Human Rights Watch"),
        ("the European Commission", "European Commission"), ("the European Parliament", "European Parliament"),
        ("Hamas", "Hamas"), ("Islamic Jihad", "Palestinian Islamic Jihad"), ("Hezbollah", "Hezbollah"),
        ("the Houthis", "Houthis"), ("Ansar Allah", "Houthis"), ("the RSF", "Rapid Support Forces"),
        ("the Taliban", "Taliban"), ("Islamic State", "Islamic State"), ("al-Shabaab", "al-Shabaab"),
        ("M23", "M23"), ("the PKK", "PKK"), ("the SDF", "Syrian Democratic Forces"), ("Wagner", "Wagner Group"),
        ("Africa Corps", "Africa Corps"), ("JNIM", "JNIM"), ("Boko Haram", "Boko Haram"), ("ISWAP", "ISWAP"),
        ("the TPLF", "Tigray People's Liberation Front"), ("Fatah", "Fatah"),
        ("the Palestinian Authority", "Palestine"), ("the Arakan Army", "Arakan Army"),
    ])
    def test_named(self, surface, actor):
        text = f"Officials said {surface} had issued a statement."
        assert actor_of(text, surface.removeprefix("the ")) == actor

    def test_mixed_case_acronyms_match_exactly(self):
        assert mentions("Let us wait. LeT denied it.") == [("LeT", "Lashkar-e-Taiba", "name")]

    def test_codes_are_inherited_through_affiliation(self):
        assert LEX["Benjamin Netanyahu"].code == "ISR"
        assert LEX["Africa Corps"].code == "RUS"
        assert LEX["Xinhua"].code == "CHN"
        assert LEX["Abdel Fattah al-Burhan"].code == "SDN"
        for stateless in ("Hamas", "UNRWA", "Rapid Support Forces", "United Nations", "Philippe Lazzarini",
                          "Gaza Health Ministry"):
            assert LEX[stateless].code is None, stateless

    def test_mentions_have_a_code_column_at_the_end(self):
        frame = dc.find_mentions("Benjamin Netanyahu met UNRWA officials. A French official said nothing.")
        assert list(frame.columns) == dc.actors.MENTION_COLUMNS and frame.columns[-1] == "code"
        got = {t: (c if isinstance(c, str) else None) for t, c in zip(frame["text"], frame["code"])}
        assert got == {"Benjamin Netanyahu": "ISR", "UNRWA": None, "A French official": "FRA"}


class TestConflicts:
    """Actors resolved in eight conflicts besides Ukraine, by find_mentions and by extract_quotes."""

    @pytest.mark.parametrize("text, expected", [
        ("Gaza: Israeli strikes killed 30 people, Gaza's health ministry said. Hamas said it was studying the "
         "proposal, while UNRWA warned that fuel was running out. Netanyahu said the war would go on.",
         {"Israeli": "Israel", "Gaza's health ministry": "Gaza Health Ministry", "Hamas": "Hamas",
          "UNRWA": "UNRWA", "Netanyahu": "Benjamin Netanyahu"}),
        ("Lebanon: Hezbollah fired rockets after Israel Katz warned Beirut. UNIFIL said its base was hit. "
         "Naim Qassem said the group would respond.",
         {"Hezbollah": "Hezbollah", "Israel Katz": "Israel Katz", "Beirut": "Lebanon", "UNIFIL": "UNIFIL",
          "Naim Qassem": "Naim Qassem"}),
        ("Sudan: The RSF shelled El Fasher as Abdel Fattah al-Burhan visited Port Sudan. The WFP warned of famine; "
         "Hemedti said his forces would not withdraw.",
         {"RSF": "Rapid Support Forces", "Abdel Fattah al-Burhan": "Abdel Fattah al-Burhan", "Port Sudan": "Sudan",
          "WFP": "World Food Programme", "Hemedti": "Mohamed Hamdan Dagalo"}),
        ("Red Sea: The Houthis said they had targeted a tanker. Yahya Saree said the Red Sea would stay closed "
         "to Israeli ships, and the Pentagon said a US destroyer downed two drones. Yemen's government condemned it.",
         {"Houthis": "Houthis", "Yahya Saree": "Yahya Saree", "Israeli": "Israel", "Pentagon": "United States",
          "Yemen": "Yemen"}),
        ("Taiwan Strait: Lai Ching-te said Taipei would not provoke. Beijing sent 30 aircraft, and the Chinese "
         "defence ministry said the drills were a warning. Wellington Koo said the island was ready.",
         {"Lai Ching-te": "Lai Ching-te", "Taipei": "Taiwan", "Beijing": "China", "Chinese": "China",
          "Wellington Koo": "Wellington Koo"}),
        ("Congo: M23 rebels entered Goma. Felix Tshisekedi accused Kigali of backing them, and Paul Kagame "
         "denied it. MONUSCO said civilians had fled.",
         {"M23 rebels": "M23", "Felix Tshisekedi": "Felix Tshisekedi", "Kigali": "Rwanda",
          "Paul Kagame": "Paul Kagame", "MONUSCO": "MONUSCO"}),
        ("Sahel: JNIM fighters attacked a convoy in Mali. Assimi Goita met Ibrahim Traore and Abdourahamane "
         "Tchiani; the Alliance of Sahel States said Africa Corps would stay. ECOWAS regretted the decision.",
         {"JNIM": "JNIM", "Mali": "Mali", "Assimi Goita": "Assimi Goita", "Ibrahim Traore": "Ibrahim Traore",
          "Abdourahamane Tchiani": "Abdourahamane Tchiani", "Alliance of Sahel States": "Alliance of Sahel States",
          "Africa Corps": "Africa Corps", "ECOWAS": "ECOWAS"}),
        ("Kashmir: New Delhi blamed Lashkar-e-Taiba for the attack. Islamabad denied it, and Shehbaz Sharif "
         "said Pakistan would respond; Asim Munir visited the front. S. Jaishankar spoke to Marco Rubio.",
         {"New Delhi": "India", "Lashkar-e-Taiba": "Lashkar-e-Taiba", "Islamabad": "Pakistan",
          "Shehbaz Sharif": "Shehbaz Sharif", "Pakistan": "Pakistan", "Asim Munir": "Asim Munir",
          "S. Jaishankar": "Subrahmanyam Jaishankar", "Marco Rubio": "Marco Rubio"}),
    ])
    def test_find_mentions(self, text, expected):
        got = {}
        for surface, actor, _ in mentions(text):
            got.setdefault(surface, actor)
        assert {k: got.get(k) for k in expected} == expected

    @pytest.mark.parametrize("text, speaker, actor, code", [
        ('"The occupation is stalling," Hamas said on Tuesday.', "Hamas", "Hamas", None),
        ("Hezbollah said it had fired rockets at a base.", "Hezbollah", "Hezbollah", None),
        ('"We will not withdraw," said RSF commander Mohamed Hamdan Dagalo.', "Mohamed Hamdan Dagalo",
         "Rapid Support Forces", None),
        ("Houthi military spokesman Yahya Saree said the group had targeted a ship.", "Yahya Saree", "Houthis", None),
        ('"We will defend ourselves," Lai Ching-te said in Taipei.', "Lai Ching-te", "Taiwan", "TWN"),
        ("Paul Kagame said Rwanda would not be blamed.", "Paul Kagame", "Rwanda", "RWA"),
        ("Assimi Goita said Mali would leave the bloc.", "Assimi Goita", "Mali", "MLI"),
        ('"Pakistan will respond," Shehbaz Sharif said.', "Shehbaz Sharif", "Pakistan", "PAK"),
        ("Egypt's foreign minister Badr Abdelatty said the crossing must reopen.", "Badr Abdelatty", "Egypt", "EGY"),
    ])
    def test_extract_quotes_actor(self, text, speaker, actor, code):
        row = dc.extract_quotes(text).iloc[0]
        assert (row["speaker"], row["actor"]) == (speaker, actor)
        if "code" in row.index:
            assert (row["code"] if isinstance(row["code"], str) and row["code"] else None) == code

    def test_spokesperson_is_their_state_not_the_previous_sentence(self):
        text = ("Taiwan's government said the drills were a provocation. Chinese foreign ministry spokesperson "
                "Mao Ning said Beijing opposed any official contact. \"Taiwan is part of China,\" Mao told reporters.")
        q = dc.extract_quotes(text)
        assert q["actor"].tolist() == ["Taiwan", "China", "China"]
        assert q["speaker"].tolist()[1:] == ["Mao Ning", "Mao Ning"]


class TestOfficeHolders:
    @pytest.mark.parametrize("text, surface, date, holder", [
        ("The US president said talks would go on.", "The US president", "2024-06-01", "Joe Biden"),
        ("The US president said talks would go on.", "The US president", "2025-06-01", "Donald Trump"),
        ("The US president said talks would go on.", "The US president", "2019-06-01", "Donald Trump"),
        ("Israel's defence minister said the operation would go on.", "Israel's defence minister", "2024-03-01",
         "Yoav Gallant"),
        ("Israel's defence minister said the operation would go on.", "Israel's defence minister", "2025-03-01",
         "Israel Katz"),
        ("The Iranian president spoke in Tehran.", "The Iranian president", "2023-01-10", "Ebrahim Raisi"),
        ("The Iranian president spoke in Tehran.", "The Iranian president", "2025-01-10", "Masoud Pezeshkian"),
        ("The Taiwanese president spoke.", "The Taiwanese president", "2023-10-10", "Tsai Ing-wen"),
        ("The Taiwanese president spoke.", "The Taiwanese president", "2024-10-10", "Lai Ching-te"),
        ("Hezbollah's secretary-general spoke.", "Hezbollah's secretary-general", "2024-01-05", "Hassan Nasrallah"),
        ("Hezbollah's secretary-general spoke.", "Hezbollah's secretary-general", "2025-01-05", "Naim Qassem"),
        ("The German chancellor spoke.", "The German chancellor", "2025-01-15", "Olaf Scholz"),
        ("The German chancellor spoke.", "The German chancellor", "2025-06-15", "Friedrich Merz"),
        ("The UN secretary-general spoke.", "The UN secretary-general", "2025-06-15", "Antonio Guterres"),
    ])
    def test_role_resolves_to_the_holder_on_the_date(self, text, surface, date, holder):
        assert actor_of(text, surface, date=date) == holder

    def test_without_a_date_an_unnamed_role_stays_open(self):
        assert actor_of("The US president said talks would go on.", "The US president") is None

    def test_two_holders_on_one_day_stay_open(self):
        # China has several foreign ministry spokespersons at once; none is dated, so none is guessed
        assert actor_of("The Chinese foreign ministry spokesperson said no.", "The Chinese foreign ministry spokesperson",
                        date="2025-03-01") is None

    def test_former_skips_the_date(self):
        assert actor_of("The former US president said nothing.", "The former US president", date="2025-06-01") is None

    def test_holder_in_office_wins_over_one_named_earlier(self):
        text = "Joe Biden left Washington. The US president then spoke in Riyadh."
        assert actor_of(text, "The US president", date="2025-05-13") == "Donald Trump"
        assert actor_of(text, "The US president", date="2024-05-13") == "Joe Biden"

    @pytest.mark.parametrize("date, who", [("2016-01-01", "Nawaz Sharif"), ("2025-05-10", "Shehbaz Sharif")])
    def test_namesakes_are_told_apart_by_date(self, date, who):
        assert actor_of("Sharif said Pakistan would respond.", "Sharif", date=date) == who
        assert actor_of("Sharif spoke. The Pakistani prime minister left.", "The Pakistani prime minister",
                        date=date) == who

    def test_document_date_comes_from_meta(self):
        doc = dc.Document.from_text("Israel's defence minister said the operation would go on.",
                                    meta={"date": "2024-03-01"})
        assert dc.find_mentions(doc)["actor"].tolist() == ["Yoav Gallant"]
        assert dc.find_mentions(doc, date="2025-03-01")["actor"].tolist() == ["Israel Katz"]

    def test_past_offices_do_not_answer_undated_text(self):
        # Putin was prime minister 2008-2012: an undated "the Prime Minister" after Starmer is Starmer
        got = mentions("Keir Starmer hosted the talks. Putin was not invited, the Prime Minister said.")
        assert got[-1] == ("the Prime Minister", "Keir Starmer", "role")

    def test_holder_api(self):
        assert LEX.holder("United States", "president", "2024-06-01").name == "Joe Biden"
        assert LEX.holder("United States", "vice president", "2025-06-01").name == "JD Vance"
        assert LEX.holder("France", "prime minister", "2024-10-01").name == "Michel Barnier"
        with pytest.raises(ValueError, match="not a date"):
            LEX.holder("France", "president", "spring")

    def test_every_dated_office_is_consistent(self):
        for actor in LEX.actors:
            for office in actor.offices:
                assert actor.type == "person" and office.roles
                if office.start and office.end:
                    assert office.start <= office.end, actor.name


class TestUnlistedPersons:
    def test_title_before_the_name_gives_the_side(self):
        got = dc.find_mentions("Hamas official Basem Naim said the proposal was rejected. Naim added more.")
        rows = got[got["kind"].isin(["unlisted", "surname"])][["text", "actor", "type", "affiliation", "kind"]]
        assert rows.values.tolist() == [["Basem Naim", "Basem Naim", "person", "Hamas", "unlisted"],
                                        ["Naim", "Basem Naim", "person", "Hamas", "surname"]]

    def test_title_in_apposition(self):
        got = dc.find_mentions("Basem Naim, a senior Hamas official, said the group would respond.")
        assert got.iloc[0][["text", "kind", "affiliation"]].tolist() == ["Basem Naim", "unlisted", "Hamas"]

    def test_member_of_the_group_named_before(self):
        got = dc.find_mentions("Hamas rejected the plan on Monday. Naim, a senior member of the group's political "
                               "bureau, said talks would go on. Basem Naim, a senior member of Hamas's political "
                               "bureau, spoke again. Gaza, a strip of land, was bombed.")
        rows = got[got["kind"] == "unlisted"][["text", "affiliation"]].values.tolist()
        assert rows == [["Naim", "Hamas"], ["Basem Naim", "Hamas"]]

    def test_state_spokesperson_is_the_state_with_its_code(self):
        got = dc.find_mentions("Taiwan's government protested. Chinese foreign ministry spokesperson Zhang Wei "
                               "said Beijing opposed it.")
        row = got[got["kind"] == "unlisted"].iloc[0]
        assert (row["text"], row["affiliation"], row["code"]) == ("Zhang Wei", "China", "CHN")

    def test_named_group(self):
        got = dc.find_mentions("A spokesperson for the Emergency Lawyers group said the toll was higher.")
        row = got[got["kind"] == "unlisted"].iloc[0]
        assert (row["text"], row["type"]) == ("Emergency Lawyers", "group")

    def test_part_of_a_name_is_not_a_surname(self):
        got = dc.find_mentions("Taiwanese coast guard official Wen Ti-sung said ships had entered. "
                               "Wen said they left. Ti-sung was not there.")
        rows = got[got["type"] == "person"][["text", "actor", "kind", "affiliation"]].values.tolist()
        assert rows == [["Wen Ti-sung", "Wen Ti-sung", "unlisted", "Taiwan"], ["Wen", "Wen Ti-sung", "surname", "Taiwan"]]

    def test_surname_after_full_name(self):
        assert mentions("Lai Ching-te spoke in Taipei. Lai said the island would not provoke.")[2] == \
            ("Lai", "Lai Ching-te", "surname")
        assert [surname_of(n) for n in ("Lai Ching-te", "Wen Ti-sung", "Jean-Noel Barrot", "Basem Naim")] == \
            ["Lai", "Wen", "Barrot", "Naim"]

    def test_a_namesake_with_another_given_name_is_another_person(self):
        got = dc.find_mentions("Ibrahim Traore addressed the nation from Ouagadougou. In Bamako, nurse Fatoumata "
                               "Traore said the clinic had no fuel. Captain Traore, the junta leader, did not reply. "
                               "On Monday Traore spoke again.")
        rows = [(r.text, r.actor, r.kind) for r in got.itertuples() if r.type == "person"]
        assert rows == [("Ibrahim Traore", "Ibrahim Traore", "name"), ("Traore", "Ibrahim Traore", "name"),
                        ("the junta leader", "Ibrahim Traore", "role"), ("Traore", "Ibrahim Traore", "name")]
        assert "Fatoumata" not in " ".join(got["text"])

    def test_a_demonym_in_a_persons_name_is_no_state(self):
        text = ("Mark Cuban, the billionaire team owner, said he was open to a run. Cuban said he would decide soon. "
                "Cuban officials in Havana declined to comment. On Monday Syrian forces shelled the town.")
        assert mentions(text) == [("Cuban", "Cuba", "demonym"), ("Havana", "Cuba", "name"),
                                  ("Syrian", "Syria", "demonym")]
        a = dc.analyze([dc.Document.from_text(text, id="d")])
        assert a.mentions[["text", "actor"]].values.tolist() == [["Cuban", "Cuba"], ["Havana", "Cuba"],
                                                                 ["Syrian", "Syria"]]
        described = a.unit_actors.merge(a.units, on=["doc_id", "unit_id"])
        assert set(described.loc[described.actor_x == "Cuba", "sent_id"]) == {2}     # not the Cuban who speaks
        assert a.quotes.speaker.tolist() == ["Mark Cuban", "Mark Cuban"] and a.quotes.actor.isna().all()

    def test_a_listed_name_with_its_suffix_is_that_person(self):
        q = dc.extract_quotes("Vice President Joseph R. Biden Jr. said the remarks were reckless.", actors=None)
        assert q[["speaker", "actor"]].values.tolist() == [["Joe Biden", "United States"]]

    def test_multi_word_names_are_never_cut(self):
        assert mentions("The African Union called for a ceasefire.") == [("African Union", "African Union", "name")]
        assert mentions("The South African government said it agreed.") == \
            [("South African", "South Africa", "demonym")]
        q = dc.extract_quotes("The African Union said the ceasefire must hold in the east. "
                              "The South African government said it would send monitors to the border.")
        assert [s.removeprefix("The ") for s in q["speaker"]] == ["African Union", "South African government"]
        assert q["actor"].tolist() == ["African Union", "South Africa"]

    def test_unlisted_persons_are_not_lexicon_mentions(self):
        """They are rows of the mentions table only: the quote reader's lexicon look-ups stay safe."""
        a = dc.analyze(dc.Corpus.from_texts(["Hamas official Basem Naim said the proposal was rejected."]))
        assert "Basem Naim" in a.mentions["actor"].tolist()
        assert "Basem Naim" not in LEX


class TestCandidates:
    def test_types_are_guessed(self):
        corpus = dc.Corpus.from_texts([
            "Fighting raged in El Fasher on Sunday, and shelling reached El Fasher again.",
            "The AFC said it held the town. General Adam Yusuf said the army would return.",
            "Taiwan and the RSF were named. The Darfur Resistance Network said civilians fled to Tawila.",
        ])
        guess = dc.candidate_actors(corpus).set_index("name")["guess"]
        assert guess["El Fasher"] == "place"
        assert guess["AFC"] == "organisation"
        assert guess["Adam Yusuf"] == "person"
        assert guess["Darfur Resistance Network"] == "organisation"
        assert "Taiwan" not in guess.index and "RSF" not in guess.index


class TestLexiconFiles:
    def test_packaged_files_exist_and_hold_no_duplicates(self):
        from importlib import resources
        names = [a.name for a in LEX.actors]
        assert len(names) == len(set(names))
        for name in DEFAULT_ACTOR_FILES:
            assert resources.files("discourse.lexicons").joinpath(name).is_file()
            assert resources.files("discourse.lexicons").joinpath("actors.md").is_file()

    @pytest.mark.parametrize("body, line, message", [
        ("actors:\n  - name: X\n    type: state\n    code: ISRA\n", 4, "not an ISO 3166-1 alpha-3 code"),
        ("actors:\n  - name: P\n    type: person\n    from: May 2024\n", 4, "must be an ISO date"),
        ("actors:\n  - name: P\n    type: person\n    roles: [president]\n    from: 2024-05-01\n    to: 2023-01-01\n",
         6, "ends (2023-01-01) before it starts"),
        ("actors:\n  - name: X\n    type: state\n    from: 2024-05-01\n", 4, "only persons have dates"),
        ("actors:\n  - name: P\n    type: person\n    offices:\n      - {roles: [president], since: 2020-01-01}\n", 5,
         "unknown office key 'since'"),
        ("actors:\n  - name: P\n    type: person\n    offices:\n      - {from: 2020-01-01}\n", 5, "names no 'roles'"),
    ])
    def test_errors_name_the_line(self, tmp_path, body, line, message):
        path = tmp_path / "actors.yaml"
        path.write_text(body, encoding="utf-8")
        with pytest.raises(dc.LexiconError) as err:
            dc.load_actors(path)
        assert err.value.line == line, str(err.value)
        assert message in str(err.value)

    def test_extension_person_inherits_the_default_state_code(self, tmp_path):
        path = tmp_path / "mine.yaml"
        path.write_text(textwrap.dedent("""
            actors:
              - name: Nadav Shoshani
                type: person
                affiliation: Israel
                roles: [military spokesman, spokesman]
                offices: [{roles: [international spokesman], from: 2023-10-07}]
            """), encoding="utf-8")
        lex = dc.load_actors(path, extend=True)
        assert lex["Nadav Shoshani"].code == "ISR" and "Hamas" in lex
        assert mentions("Nadav Shoshani said the strike hit Hamas.", lexicon=lex)[0] == \
            ("Nadav Shoshani", "Nadav Shoshani", "name")


class TestExtendCheck:
    EXTENSION = textwrap.dedent("""
        actors:
          - name: Omer Dostri
            type: person
            affiliation: Benjamin Netanyahu
            role: Spokesman of the Israeli prime minister
            roles: [spokesman]
          - name: Local Resistance Committees
            type: group
            aliases: [LRC]
        """)

    def run(self, capsys, *argv):
        status = main(list(argv))
        out, err = capsys.readouterr()
        return status, out, err

    def test_extension_checks_clean_with_extend(self, capsys, tmp_path):
        path = tmp_path / "extension.yaml"
        path.write_text(self.EXTENSION, encoding="utf-8")
        status, _, err = self.run(capsys, "lexicon", "check", str(path))
        assert status == 2 and "'Benjamin Netanyahu', which is not in the lexicon" in err
        status, out, _ = self.run(capsys, "lexicon", "check", str(path), "--extend")
        assert status == 0 and "OK" in out and "+ " + str(path) in out

    def test_extension_errors_still_reported(self, capsys, tmp_path):
        path = tmp_path / "bad.yaml"
        path.write_text(self.EXTENSION.replace("affiliation: Benjamin Netanyahu", "affiliation: Atlantis"),
                        encoding="utf-8")
        status, _, err = self.run(capsys, "lexicon", "check", str(path), "--extend")
        assert status == 2 and "Atlantis" in err and "line 5" in err

    def test_extension_alias_clash_with_defaults(self, capsys, tmp_path):
        path = tmp_path / "clash.yaml"
        path.write_text("actors:\n  - name: Hamas Media Office\n    type: organisation\n    aliases: [Hamas]\n",
                        encoding="utf-8")
        status, _, err = self.run(capsys, "lexicon", "check", str(path), "--extend")
        assert status == 2 and "'Hamas' names both" in err


class TestPerActorTables:
    def test_code_in_who_says_what_and_speakers(self):
        corpus = dc.Corpus.from_texts([
            '"The operation will continue," Benjamin Netanyahu said. Hamas said it rejected the plan. '
            'UNRWA said fuel was running out in northern Gaza.'])
        a = dc.analyze(corpus)
        who = a.who_says_what().set_index("actor")
        code = {k: (v if isinstance(v, str) and v else None) for k, v in who["code"].items()}
        assert (code["Israel"], code["Benjamin Netanyahu"], code["Hamas"], code["UNRWA"]) == ("ISR", "ISR", None, None)
        speakers = a.speakers().set_index("speaker")
        assert speakers.loc["Benjamin Netanyahu", "code"] == "ISR"
        assert "code" in a.by_actor().columns and "code" in a.framing_by_actor().columns
