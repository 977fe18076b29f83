"""Attribution shapes of real news copy, on passages written for these tests (several conflicts).

Every row with a speaker is also checked for its evidence: ``text[speaker_start:speaker_end]``
is the mention the speaker was read from (the pronoun, title or name).
"""

from __future__ import annotations

import math

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
        assert row.speaker == "" and row.sieve == ""


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
