"""Each attribution sieve on its own: it decides what it is sure of and passes the rest."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse import sieves
from discourse.actors import _doc_mentions
from discourse.quotes import _QuoteReader
from discourse.text import segment_document


def read_with(text: str, names: list[str]):
    """Rows read with only the named quote sieves, in registry order."""
    doc = dc.Document.from_text(text, id="t")
    seg = segment_document(doc.text)
    lexicon = dc.load_actors()
    reader = _QuoteReader(seg, _doc_mentions(seg, lexicon), lexicon, dc.load_cues())
    reader.sieves = tuple(s for s in sieves.QUOTE_SIEVES if s.name in names)
    return [r for r in reader.read() if r.kind != "reported"]


# one passage per sieve, each decided by that sieve alone
PASSAGES = {
    "trailing_cue": ('"The wells are dry," Karim Haddad said in Mopti.', "Karim Haddad"),
    "leading_cue": ('Karim Haddad told reporters in Mopti: "The wells are dry."', "Karim Haddad"),
    "clause_then_cue": ('"The wells are dry" for most of the year, Karim Haddad said in Mopti.', "Karim Haddad"),
    "colon_introduction": ('Karim Haddad put it bluntly:\n\n"The wells are dry."', "Karim Haddad"),
    "following_attribution": ('"The wells are dry." Karim Haddad said on Monday.', "Karim Haddad"),
    "continued_quote": ('"The wells are dry," Karim Haddad said. "The goats are dying."', "Karim Haddad"),
    "previous_subject": ('Karim Haddad walked through the camp at Mbera on Monday. "The wells are dry."',
                         "Karim Haddad"),
    "floating_quote": ('"The wells are dry," said Karim Haddad, who fled Menaka in May. He walked for a week.'
                       '\n\n"The goats are dying."', "Karim Haddad"),
}


class TestEachSieveAlone:
    @pytest.mark.parametrize("name", list(PASSAGES))
    def test_decides_its_shape(self, name):
        text, speaker = PASSAGES[name]
        needs = {"continued_quote": ["trailing_cue"], "floating_quote": ["trailing_cue"]}.get(name, [])
        rows = read_with(text, [name, *needs])
        decided = [r for r in rows if r.sieve == name]
        assert decided and all(r.speaker == speaker for r in decided)

    @pytest.mark.parametrize("name", list(PASSAGES))
    def test_passes_a_quote_with_no_speaker_in_reach(self, name):
        rows = read_with('The fighting resumed near Gao. "Nobody knows who fired first."', [name])
        assert [(r.speaker, r.sieve) for r in rows] == [("", "")]

    def test_the_first_sieve_that_decides_wins(self):
        # a trailing cue and a sentence-initial person: the trailing cue (more precise) decides
        rows = read_with('Amina Yusuf arrived in Gao on Monday. "The wells are dry," Karim Haddad said.',
                         ["trailing_cue", "previous_subject"])
        assert [(r.speaker, r.sieve) for r in rows] == [("Karim Haddad", "trailing_cue")]

    def test_clause_then_cue_passes_an_authors_clause_after_the_comma(self):
        # ", which the army says ...": a relative clause of the author's, not an attribution
        rows = read_with('"The wells are dry" for most of the year, which the army says is a lie.', ["clause_then_cue"])
        assert [(r.speaker, r.sieve) for r in rows] == [("", "")]

    def test_clause_then_cue_reads_an_apposition_after_the_speaker(self):
        rows = read_with('"The wells are dry" for most of the year, said Karim Haddad, a farmer in Mopti.',
                         ["clause_then_cue"])
        assert [(r.speaker, r.sieve) for r in rows] == [("Karim Haddad", "clause_then_cue")]

    def test_without_context_sieves_context_quotes_stay_unattributed(self):
        rows = read_with(PASSAGES["previous_subject"][0], ["trailing_cue", "leading_cue"])
        assert [r.speaker for r in rows] == [""]


class TestRegistry:
    def test_names_are_unique_and_in_the_sieve_table(self):
        table = sieves.sieve_table()
        assert table["sieve"].is_unique
        assert table.query("stage == 'quote'")["sieve"].tolist() == [s.name for s in sieves.QUOTE_SIEVES]
        assert set(table["stage"]) == {"quote", "interview", "reported"}

    def test_every_quote_sieve_has_a_passage_here(self):
        assert {s.name for s in sieves.QUOTE_SIEVES} == set(PASSAGES)

    def test_attribute_names_the_deciding_sieve(self):
        calls = []

        def never(reader, site):
            calls.append("never")

        def always(reader, site):
            return sieves.Attribution(None, "say", -1, 0)

        decided = sieves.attribute(None, None, (sieves.Sieve("never", never), sieves.Sieve("always", always),
                                                sieves.Sieve("unreached", never)))
        assert decided.sieve == "always" and calls == ["never"]

    def test_sieve_column_values_are_registered_names(self):
        q = dc.extract_quotes(dc.Document.from_text(" ".join(text for text, _ in PASSAGES.values())))
        known = {s.name for s in sieves.QUOTE_SIEVES + sieves.INTERVIEW_SIEVES + sieves.REPORTED_SIEVES} | {""}
        assert set(q["sieve"]) <= known
