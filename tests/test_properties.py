"""Property tests: on arbitrary text, every offset the toolkit reports is valid.

The generated texts mix news words, names from the lexicon, speech cues,
quote marks of every kind, abbreviations, whitespace and arbitrary Unicode.
"""

from __future__ import annotations

import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import discourse as dc
from discourse.errors import DiscourseWarning
from discourse.text import segment_document

NEWSY = ["Barrot", "said", "told", "the", "minister", "Le Monde", "NATO", "France's", "U.S.", "Gen.", "Jan.",
         "he", "she", "according to", "Rob Bauer", "Kremlin", "Zelenskyy", ",", ".", ":", "?", "!", '"', "“", "”",
         "«", "»", "„", "'", "’", "\n\n", "\n", "  ", "\t", "-", "—", "that", "We", "will", "not", "rule", "out",
         "self-defense", "(AP)", "KYIV", "escalation", "5.5", "1,000", "e.g.", "😀", "שלום", "\u00a0", "\r\n"]

texts = st.one_of(
    st.lists(st.sampled_from(NEWSY), max_size=60).map(" ".join),
    st.lists(st.sampled_from(NEWSY), max_size=60).map("".join),
    st.text(max_size=300),
)


def _check(frame, text: str) -> None:
    for row in frame.itertuples():
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start:row.end] == row.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_are_valid_on_any_text(raw: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DiscourseWarning)
        try:
            doc = dc.Document.from_text(raw, id="p")
        except dc.InputError:
            return                                  # empty after cleaning: refused with a message
        seg = segment_document(doc.text, doc_id=doc.id)
        for sent in seg.sentences:
            assert doc.text[sent.start:sent.end].strip() == doc.text[sent.start:sent.end]
            for tok in seg.tokens[sent.sent_id]:
                assert sent.start <= tok.start < tok.end <= sent.end
        _check(dc.find_mentions(doc), doc.text)
        _check(dc.extract_quotes(doc), doc.text)
        a = dc.analyze(dc.Corpus([doc]))
        _check(a.sentences, doc.text)
        assert a.errors.empty


@settings(max_examples=100, deadline=None)
@given(texts)
def test_cleaning_is_idempotent(raw: str) -> None:
    once = dc.clean_text(raw)
    assert dc.clean_text(once) == once
    assert not any(ch in once for ch in "“”«»„")
