"""Quote extraction on news-style passages written for these tests, one per attribution shape."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc
from conftest import quote_row
from discourse.errors import UnterminatedQuoteWarning


def quotes_of(text: str):
    doc = dc.Document.from_text(text, id="t")
    q = dc.extract_quotes(doc)
    for row in q.itertuples():
        assert doc.text[row.start:row.end] == row.text
    return q


def who(q, start, kind=None):
    row = quote_row(q, start, kind)
    speaker = row.speaker if isinstance(row.speaker, str) else ""   # a missing speaker is NaN
    actor = row.actor if isinstance(row.actor, str) else None
    via = row.via if isinstance(row.via, str) else None
    return row.kind, speaker, actor, via


class TestAttributionShapes:
    def test_x_said(self):
        q = quotes_of('"We will never surrender our land," Zelensky said in a video address on Tuesday.')
        assert who(q, "We will never") == ("direct", "Volodymyr Zelensky", "Ukraine", None)
        assert quote_row(q, "We will never").cue == "say"

    def test_said_x_with_unlisted_name_and_appositive(self):
        q = quotes_of('"The situation on the front is grave," said John Smith, a spokesman for the Pentagon. '
                      'Smith added that more air defence systems would be sent within weeks.')
        assert who(q, "The situation") == ("direct", "John Smith", "United States", None)
        assert who(q, "more air defence", "reported") == ("reported", "John Smith", "United States", None)

    def test_x_replied_colon(self):
        q = quotes_of('Asked whether Germany would send Taurus missiles, Olaf Scholz replied: "We will not take that step."')
        assert who(q, "We will not take") == ("direct", "Olaf Scholz", "Germany", None)
        assert quote_row(q, "We will not take").cue == "reply"

    def test_x_told_outlet(self):
        q = quotes_of('"This is madness," Radoslaw Sikorski told the BBC on Monday.')
        assert who(q, "This is madness") == ("direct", "Radoslaw Sikorski", "Poland", "BBC")
        assert quote_row(q, "This is madness").cue == "tell"

    def test_told_reporters_colon_with_title(self):
        q = quotes_of('Kremlin spokesman Dmitry Peskov told reporters: "Any deployment of Western troops '
                      'would be a direct provocation."')
        assert who(q, "Any deployment") == ("direct", "Dmitry Peskov", "Russia", None)

    def test_title_run_before_unlisted_name(self):
        q = quotes_of('"We will not send troops," Pentagon spokesman John Smith said. '
                      '"Never," said White House spokeswoman Karine Jean-Pierre.')
        assert who(q, "We will not send") == ("direct", "John Smith", "United States", None)
        assert who(q, "Never") == ("direct", "Karine Jean-Pierre", "United States", None)

    def test_role_then_name_in_apposition(self):
        q = quotes_of('A Ukrainian commander, Ivan Petrenko, said: "We hold the line."')
        assert who(q, "We hold") == ("direct", "Ivan Petrenko", "Ukraine", None)

    def test_one_word_quote_is_not_also_reported_speech(self):
        q = quotes_of('Asked about talks, Russian Foreign Ministry spokeswoman Maria Zakharova said "no".')
        assert q["kind"].tolist() == ["direct"]
        assert who(q, "no") == ("direct", "Maria Zakharova", "Russia", None)

    def test_post_posed_with_dateline_and_trailing_clause(self):
        q = quotes_of("LONDON (Reuters) - Britain will send more military aid to Ukraine, Prime Minister "
                      "Keir Starmer said on Thursday, as European leaders met in Paris.")
        row = quote_row(q, "Britain will send", "reported")
        assert (row.speaker, row.actor, row.cue) == ("Keir Starmer", "United Kingdom", "say")
        assert row.text.endswith("to Ukraine")
        assert len(q) == 1

    def test_according_to_with_relative_clause(self):
        q = quotes_of("According to a senior European diplomat, who spoke on condition of anonymity, "
                      "the talks in Brussels were tense.")
        assert quote_row(q, "the talks in Brussels", "reported").speaker == "a senior European diplomat"

    def test_according_to_x(self):
        q = quotes_of("According to Polish Foreign Minister Radoslaw Sikorski, Europe must prepare for a long war.")
        assert who(q, "Europe must prepare", "reported") == ("reported", "Radoslaw Sikorski", "Poland", None)
        assert quote_row(q, "Europe must prepare").cue == "according to"

    def test_outlet_reported_that_colon_quote(self):
        q = quotes_of('The Guardian reported that talks had stalled: "Neither side is willing to move. '
                      'The gap is enormous."')
        assert who(q, "Neither side", "direct") == ("direct", "The Guardian", "The Guardian", None)
        assert who(q, "talks had stalled", "reported") == ("reported", "The Guardian", "The Guardian", None)

    def test_quote_over_several_sentences_and_paragraphs(self):
        q = quotes_of('"That is the line we have drawn. Nobody should doubt it.\n\n'
                      '"And we will not cross it," Emmanuel Macron said.')
        direct = q[q["kind"] == "direct"]
        assert len(direct) == 1
        assert direct.iloc[0].speaker == "Emmanuel Macron"
        assert "Nobody should doubt it." in direct.iloc[0].text and direct.iloc[0].text.endswith("cross it,")

    def test_interrupted_quote(self):
        q = quotes_of('"We will win," Zelensky said, "and we will rebuild every city."')
        assert who(q, "We will win") == ("direct", "Volodymyr Zelensky", "Ukraine", None)
        assert who(q, "and we will rebuild") == ("direct", "Volodymyr Zelensky", "Ukraine", None)

    def test_speaker_named_in_sentence_before(self):
        q = quotes_of('Maria Zakharova was scathing on Thursday. "The West has learned nothing."')
        assert who(q, "The West has learned") == ("direct", "Maria Zakharova", "Russia", None)

    def test_speaker_named_in_sentence_after(self):
        q = quotes_of('The meeting ended late. "We are ready to talk, but not to capitulate." '
                      'Andrii Sybiha said on Friday.')
        assert who(q, "We are ready") == ("direct", "Andrii Sybiha", "Ukraine", None)

    def test_title_only_speaker_resolves_to_last_compatible_person(self):
        q = quotes_of('Jean-Noël Barrot met his Polish counterpart in Warsaw. '
                      '"Europe must be ready," the minister said.')
        assert who(q, "Europe must be ready") == ("direct", "Jean-Noel Barrot", "France", None)

    def test_role_with_nationality_picks_the_compatible_person(self):
        q = quotes_of('Sergei Lavrov and Antony Blinken met in Geneva. '
                      '"There will be no deal," the Russian foreign minister said.')
        assert who(q, "There will be no deal") == ("direct", "Sergei Lavrov", "Russia", None)

    def test_pronoun_speaker(self):
        q = quotes_of('Emmanuel Macron spoke to reporters in Paris. "Nothing should be excluded," he said.')
        assert who(q, "Nothing should be excluded") == ("direct", "Emmanuel Macron", "France", None)
        assert quote_row(q, "Nothing should").speaker_kind == "pronoun"

    def test_pronoun_respects_gender(self):
        q = quotes_of('Kaja Kallas met Mark Rutte in Brussels. "Russia is testing us," she said.')
        assert who(q, "Russia is testing us") == ("direct", "Kaja Kallas", "European Union", None)

    def test_continuation_paragraph_keeps_the_speaker(self):
        q = quotes_of('"We will support Kyiv," Keir Starmer said.\n\n"There is no alternative."')
        assert who(q, "There is no alternative") == ("direct", "Keir Starmer", "United Kingdom", None)

    def test_via_according_to_outlet(self):
        q = quotes_of('Jean-Noel Barrot was in Kyiv. "We will support Ukraine," the French foreign minister said, '
                      'according to Le Monde.')
        assert who(q, "We will support Ukraine") == ("direct", "Jean-Noel Barrot", "France", "Le Monde")
        assert (q["kind"] == "reported").sum() == 0

    def test_unnamed_source(self):
        q = quotes_of('"We expect more strikes this winter," a senior Western official told Reuters.')
        assert who(q, "We expect") == ("direct", "a senior Western official", "The West", "Reuters")

    def test_institution_owns_its_partial_quotes(self):
        q = quotes_of('In a statement, the Russian foreign ministry said the proposal was "unacceptable".')
        assert who(q, "unacceptable") == ("partial", "the Russian foreign ministry", "Russia", None)

    def test_partial_quote_with_called(self):
        q = quotes_of('Vladimir Putin called the strikes "an act of terrorism" and warned that Russia would respond.')
        assert who(q, "an act of terrorism") == ("partial", "Vladimir Putin", "Russia", None)
        assert who(q, "Russia would respond", "reported") == ("reported", "Vladimir Putin", "Russia", None)

    def test_reported_then_attribution(self):
        q = quotes_of("The talks in Istanbul ended without a deal, Lavrov said.")
        assert who(q, "The talks in Istanbul") == ("reported", "Sergei Lavrov", "Russia", None)

    def test_reported_with_adverbial_before_that(self):
        q = quotes_of("Russia's defence ministry said on Sunday that its forces had captured two villages.")
        assert who(q, "its forces had captured") == ("reported", "Russia's defence ministry", "Russia", None)


class TestQuoteKinds:
    def test_a_quote_between_typed_double_hyphens_is_direct_like_one_between_dashes(self):
        for dash in ("--", "\u2014"):
            q = quotes_of(f"Sudan's army chief treated the offer as a gesture {dash} \"We will study it carefully\" "
                          f"{dash} and left Jeddah on Monday.")
            assert q["kind"].tolist() == ["direct"], dash

    def test_a_whole_sentence_after_according_to_is_direct_even_with_an_editors_bracket(self):
        q = quotes_of('According to Karim Haddad, "[T]he wells in Mopti have been dry since March."')
        assert who(q, "[T]he wells") == ("direct", "Karim Haddad", None, None)

    def test_a_fragment_after_according_to_stays_partial(self):
        q = quotes_of('According to Karim Haddad, the wells have been "dry since March" and the goats are dying.')
        assert quote_row(q, "dry since March").kind == "partial"


class TestNoGuessing:
    def test_unattributable_quote_keeps_empty_speaker(self):
        q = quotes_of('The mood in the capital was grim. "Enough is enough." Few expected a breakthrough.')
        row = quote_row(q, "Enough is enough")
        assert row.kind == "direct" and pd.isna(row.speaker)

    def test_role_without_antecedent_is_not_resolved(self):
        q = quotes_of('"We will not take that step," the chancellor said.')
        row = quote_row(q, "We will not take")
        assert row.speaker == "the chancellor"
        assert not isinstance(row.actor, str)
        assert row.speaker_kind == "role"

    def test_pronoun_without_antecedent_is_empty(self):
        q = quotes_of('"It is over," he said.')
        assert pd.isna(quote_row(q, "It is over").speaker)

    def test_scare_quote(self):
        q = quotes_of('The Kremlin still calls the war a so-called "special military operation".')
        assert who(q, "special military operation") == ("scare", "", None, None)

    def test_short_fragment_without_speaker_is_scare(self):
        q = quotes_of('Markets braced for a possible "war scenario" as tensions rose.')
        assert who(q, "war scenario")[0] == "scare"

    def test_standalone_term_is_scare(self):
        q = quotes_of('"Peace through strength" is the slogan of the new administration.')
        assert who(q, "Peace through strength")[0] == "scare"


class TestQuoteMarks:
    def test_typographic_and_guillemets(self):
        q = quotes_of("\u201cWe are ready,\u201d said Olaf Scholz. \u00ab Nous sommes pr\u00eats \u00bb, a dit Macron.")
        assert quote_row(q, "We are ready").speaker == "Olaf Scholz"
        assert len(q[q["text"].str.startswith("Nous sommes")]) == 1

    def test_unterminated_quote_is_reported_and_rest_analysed(self):
        text = 'Zelensky said: "We will never give up.\nLater, "We are ready," said Olaf Scholz.'
        with pytest.warns(UnterminatedQuoteWarning, match="line 1"):
            q = quotes_of(text)
        first = quote_row(q, "We will never give up.")
        assert not first.closed
        assert quote_row(q, "We are ready").speaker == "Olaf Scholz"

    def test_quote_spans_function(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            spans = dc.quote_spans('a "b" c "d e" f')
        assert [(s.start, s.end, s.closed) for s in spans] == [(3, 4, True), (9, 12, True)]

    def test_vox_pops_one_a_line_are_direct_quotes_of_the_name_after_the_dash(self):
        # readers' comments or vox pops: one quote a line, the name after a dash, no blank line between
        text = ('Voters in Bamako were asked about the junta.\n\n'
                '"The soldiers promised elections. We are still waiting." \u2015 Mariam Keita\n'
                '"Nobody asked us about Wagner."\u2015 Oumar Diallo\n'
                '"I want my children to go to school." \u2015 Awa Sangare')
        q = quotes_of(text)
        assert q[["kind", "speaker"]].values.tolist() == [
            ["direct", "Mariam Keita"], ["direct", "Oumar Diallo"], ["direct", "Awa Sangare"]]

    def test_only_a_quote(self):
        q = quotes_of('"We are not ruling out any option."')
        assert q["kind"].tolist() == ["direct"] and q["speaker"].isna().tolist() == [True]


class TestCustomCues:
    def test_user_cue_verb(self):
        text = '"This plan is dead," Lavrov scoffed.'
        assert quotes_of(text)["speaker"].isna().tolist() == [True]
        cues = dc.load_cues({"verbs": {"scoff": ["scoffed"]}}, extend=True)
        q = dc.extract_quotes(dc.Document.from_text(text), cues=cues)
        assert q["speaker"].tolist() == ["Sergei Lavrov"]

    def test_user_quote_only_verb(self):
        text = '"This plan is dead," Lavrov shrugged. Lavrov shrugged off the criticism of his ministry.'
        cues = dc.load_cues({"verbs": {"shrug": ["shrugged"]}, "quote_only_verbs": ["shrug"]}, extend=True)
        q = dc.extract_quotes(dc.Document.from_text(text), cues=cues)
        assert q[["kind", "speaker", "cue"]].values.tolist() == [["direct", "Sergei Lavrov", "shrug"]]
        plain = dc.load_cues({"verbs": {"shrug": ["shrugged"]}}, extend=True)
        q = dc.extract_quotes(dc.Document.from_text(text), cues=plain)
        assert "reported" in q["kind"].tolist()       # without the flag, "shrugged off ..." reads as speech


class TestSingleQuoteMarks:
    def test_british_quotes(self):
        q = quotes_of("'We stand with Ukraine,' Starmer said. He called the plan 'reckless'.")
        assert q[["kind", "text", "speaker"]].values.tolist() == [
            ["direct", "We stand with Ukraine,", "Keir Starmer"], ["partial", "reckless", "Keir Starmer"]]

    def test_apostrophes_are_not_marks(self):
        text = "Ukraine's allies don't agree. The allies' plan dates from the '90s, rock 'n' roll."
        assert dc.quote_spans(text) == []

    def test_single_marks_inside_double_quotes_stay_inside(self):
        q = quotes_of('"He called it \'theft\'," Peskov said.')
        assert q[["kind", "text"]].values.tolist() == [["direct", "He called it 'theft',"]]


def test_quote_marks_around_nothing_are_no_quote():
    q = quotes_of('Barrot " ,')
    assert q.empty
    q = quotes_of('The envoy said "" and left. "We will return," she said.')
    assert q["text"].tolist() == ["We will return,"]
