"""Golden tests on the seed article: exact sentences, mentions and who says what."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from conftest import quote_row

SEED_SENTENCES = [
    "As the conflict in Ukraine continues to escalate, NATO and its European allies are considering new and more ambitious options to support Kiev.",
    "According to sources cited by Le Monde and other French and American publications, sensitive discussions have resumed in recent days on the possibility of directly involving Western troops or private defense companies in the conflict, in an effort to ensure regional stability and counter Russian advances.",
    "Recall that the Biden administration recently stepped up military support for Ukraine, authorizing the use of long-range missiles against Russia.",
    "France followed suit, approving the use of Scalp missiles by Ukrainian forces.",
    'French Foreign Minister Jean-Noel Barrot stressed that this decision is in the "logic of self-defense" and reiterated France\'s commitment to support Ukraine "for as long as necessary".',
    '"We will support Ukraine as intensely and for as long as necessary.',
    "Why?",
    "Because our security is at stake.",
    'Every time the Russian army advances by one square kilometre, the threat moves one square kilometre closer to Europe," the French foreign minister said, according to Le Monde.',
    'Asked by the BBC whether this could even mean sending French troops to the war, Barrot replied: "We are not ruling out any option."',
    "The French official's statement that no option was being ruled out fuelled speculation about a possible more direct military involvement.",
    "According to the source, these discussions have recently resumed amid uncertainties about US support after Donald Trump takes office in January 2025.",
    'Le Monde reported that high-level discussions about the involvement of Western troops in the war have intensified recently: "As the conflict in Ukraine enters a new phase of escalation, according to our sources, discussions about sending Western troops and private defense companies to Ukraine have been relaunched.',
    "These are sensitive discussions, most of them classified, resumed in light of a possible American withdrawal of support for Kiev once Donald Trump takes office on January 20, 2025.",
    '(...) Discussions are underway between Britain and France on defense cooperation, in particular with a view to creating a hard core of allies in Europe, focused on Ukraine and wider European security."',
    "In this context, NATO leaders are considering all available options, while trying to balance military support with the risks of escalating the conflict.",
    'Similarly, officials stressed the importance of economic cooperation and securing supply chains to ensure resilience in the face of a possible "war scenario."',
    "In a recent statement, the chairman of the NATO military committee, Admiral Rob Bauer, warned business leaders to prepare for the possibility of extended tensions, citing Europe's dependence on critical resources from China and other regions.",
    "Bauer highlighted the need to reduce economic vulnerabilities that could be exploited in the event of further acts of sabotage or an escalation of the conflict.",
    '"Companies must adjust their production and distribution lines to cope with any disruptions, because economies win wars," said Rob Bauer, emphasizing the link between economic decisions and national security.',
    "Although the discussions about direct involvement of Western troops are largely classified, they reflect growing concerns among European allies about the development of the conflict.",
    "NATO and European leaders are trying to find a balance between supporting Ukraine and avoiding a wider conflict, which could have unpredictable consequences.",
    "As the world awaits further decisions, it remains to be seen whether diplomacy and international cooperation can provide a solution that ensures regional stability without escalating the conflict.",
]


class TestSeedDocument:
    def test_loaded_with_metadata_and_trailer_dropped(self, seed_corpus, seed_doc):
        assert len(seed_corpus) == 1 and not seed_corpus.skipped
        assert seed_doc.meta["language"] == "en"
        assert seed_doc.meta["title"].startswith("NATO")
        assert "Reader's Opinion" not in seed_doc.text
        assert seed_doc.text.endswith("without escalating the conflict.")

    def test_seed_file_kept_as_published(self):
        from conftest import SEEDS
        raw = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
        assert raw.endswith("Reader's Opinion")

    def test_exact_sentences(self, seed_doc):
        got = [seed_doc.text[s.start:s.end] for s in dc.segment(seed_doc.text)]
        assert got == SEED_SENTENCES


@pytest.fixture(scope="module")
def mentions(seed_doc):
    return dc.find_mentions(seed_doc)


class TestSeedMentions:
    def test_offsets_are_evidence(self, mentions, seed_doc):
        for row in mentions.itertuples():
            assert seed_doc.text[row.start:row.end] == row.text

    @pytest.mark.parametrize("text, actor, kind", [
        ("Kiev", "Ukraine", "name"),
        ("Biden administration", "United States", "name"),
        ("Jean-Noel Barrot", "Jean-Noel Barrot", "name"),
        ("the French foreign minister", "Jean-Noel Barrot", "role"),
        ("The French official", "Jean-Noel Barrot", "role"),
        ("Barrot", "Jean-Noel Barrot", "surname"),
        ("the chairman of the NATO military committee", "Rob Bauer", "role"),
        ("Bauer", "Rob Bauer", "surname"),
        ("Britain", "United Kingdom", "name"),
        ("US", "United States", "name"),
        ("Le Monde", "Le Monde", "name"),
        ("BBC", "BBC", "name"),
    ])
    def test_resolved(self, mentions, text, actor, kind):
        rows = mentions[mentions["text"] == text]
        assert len(rows) >= 1, f"{text!r} not found"
        assert set(rows["actor"]) == {actor}
        assert set(rows["kind"]) == {kind}

    def test_persons_speak_for_their_actor(self, mentions):
        persons = mentions[mentions["type"] == "person"].drop_duplicates("actor").set_index("actor")["affiliation"]
        assert persons.to_dict() == {"Jean-Noel Barrot": "France", "Donald Trump": "United States",
                                     "Rob Bauer": "NATO"}

    def test_possessive(self, mentions):
        row = mentions[(mentions["text"] == "France") & (mentions["sent_id"] == 4)]
        assert len(row) == 1   # "France's commitment"

    def test_counts(self, mentions):
        counts = mentions["actor"].value_counts()
        assert counts["Ukraine"] == 10
        assert counts["Jean-Noel Barrot"] == 4
        assert counts["Rob Bauer"] == 4
        assert counts["Le Monde"] == 3


class TestSeedQuotes:
    """All seven quoted spans, and the reported speech of Barrot and Bauer."""

    @pytest.mark.parametrize("start, kind, speaker, actor, via", [
        ("logic of self-defense", "partial", "Jean-Noel Barrot", "France", None),
        ("for as long as necessary", "partial", "Jean-Noel Barrot", "France", None),
        ("We will support Ukraine as intensely", "direct", "Jean-Noel Barrot", "France", "Le Monde"),
        ("We are not ruling out any option.", "direct", "Jean-Noel Barrot", "France", "BBC"),
        ("As the conflict in Ukraine enters a new phase of escalation", "direct", "Le Monde", "Le Monde", None),
        ("war scenario", "scare", "", None, None),
        ("Companies must adjust", "direct", "Rob Bauer", "NATO", None),
    ])
    def test_quoted_spans(self, seed_quotes, start, kind, speaker, actor, via):
        row = quote_row(seed_quotes, start, kind)
        assert (row.speaker if isinstance(row.speaker, str) else "") == speaker   # missing is NaN
        assert (row.actor if isinstance(row.actor, str) else None) == actor
        assert (row.via if isinstance(row.via, str) else None) == via

    def test_exactly_seven_quoted_spans(self, seed_quotes):
        assert (seed_quotes["kind"] != "reported").sum() == 7

    def test_exact_texts(self, seed_quotes):
        texts = seed_quotes.loc[seed_quotes["kind"] != "reported", "text"].tolist()
        assert texts[0] == "logic of self-defense"
        assert texts[1] == "for as long as necessary"
        assert texts[3] == "We are not ruling out any option."
        assert texts[5] == "war scenario"
        assert texts[2].endswith("closer to Europe,") and "Why? Because our security is at stake." in texts[2]
        assert texts[4].endswith("wider European security.")

    def test_multi_sentence_quote_is_one_quote(self, seed_quotes, seed_doc):
        row = quote_row(seed_quotes, "We will support Ukraine as intensely")
        sentences = dc.segment(seed_doc.text)
        covered = [s for s in sentences if s.start < row.end and s.end > row.start]
        assert len(covered) == 4

    def test_cues(self, seed_quotes):
        assert quote_row(seed_quotes, "We are not ruling out any option.").cue == "reply"
        assert quote_row(seed_quotes, "As the conflict in Ukraine enters").cue == "report"
        assert quote_row(seed_quotes, "Companies must adjust").cue == "say"

    @pytest.mark.parametrize("start, speaker, cue", [
        ("this decision is in the", "Jean-Noel Barrot", "stress"),
        ("France's commitment to support Ukraine", "Jean-Noel Barrot", "reiterate"),
        ("business leaders to prepare for the possibility of extended tensions", "Rob Bauer", "warn"),
        ("the need to reduce economic vulnerabilities", "Rob Bauer", "highlight"),
        ("high-level discussions about the involvement of Western troops", "Le Monde", "report"),
    ])
    def test_reported_speech(self, seed_quotes, start, speaker, cue):
        row = quote_row(seed_quotes, start, "reported")
        assert (row.speaker, row.cue) == (speaker, cue)

    def test_text_is_clean_text_slice(self, seed_quotes, seed_doc):
        for row in seed_quotes.itertuples():
            assert seed_doc.text[row.start:row.end] == row.text


class TestSeedAnalysis:
    def test_who_says_what(self, seed_analysis):
        table = seed_analysis.who_says_what().set_index("actor")
        assert table.loc["France", "direct"] == 2
        assert table.loc["France", "partial"] == 2
        assert table.loc["NATO", "direct"] == 1
        assert table.loc["Le Monde", "direct"] == 1
        assert table.loc["Ukraine", "mentions"] == 10

    def test_speakers(self, seed_analysis):
        speakers = seed_analysis.speakers()
        top = speakers.iloc[0]
        assert (top.speaker, top.actor) == ("Jean-Noel Barrot", "France")

    def test_tables_are_byte_identical_on_repeat(self, seed_corpus, tmp_path):
        first = dc.analyze(seed_corpus).to_csv(tmp_path / "a")
        second = dc.analyze(seed_corpus).to_csv(tmp_path / "b")
        for a, b in zip(first, second):
            assert a.read_bytes() == b.read_bytes(), a.name

    def test_tables_have_documented_columns(self, seed_analysis):
        assert list(seed_analysis.quotes.columns) == dc.quotes.QUOTE_COLUMNS
        assert list(seed_analysis.mentions.columns) == dc.actors.MENTION_COLUMNS
        assert isinstance(seed_analysis.documents, pd.DataFrame)
