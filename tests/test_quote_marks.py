"""Pairing quote marks (discourse.quote_marks): stray marks do not invert the pairs after them."""

from __future__ import annotations

import warnings

import pytest

import discourse as dc
from discourse.errors import UnterminatedQuoteWarning
from discourse.quote_marks import _mark_shape, quote_spans


def quoted(text: str) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnterminatedQuoteWarning)
        return [text[s.start:s.end] for s in quote_spans(text)]


class TestMarkShape:
    @pytest.mark.parametrize("text, pos, shape", [
        ('He said "we go" now.', 8, "open"),
        ('He said "we go" now.', 14, "close"),
        ('he said:"We go."', 8, ""),             # no space after the colon: either fits
        ('a 6\'3" tall man', 5, "close"),         # an inch mark
        ('"We go."', 0, "open"),                  # a line start
    ])
    def test_shape(self, text, pos, shape):
        assert text[pos] == '"'
        assert _mark_shape(text, pos) == shape


class TestStrayClosingMark:
    def test_a_stray_closing_mark_does_not_invert_the_paragraph(self):
        text = ('The envoy gave a brief account of [the] ceasefire terms" including a prisoner exchange. '
                'The only "guarantee" on offer, she said, was "the word of the mediators."')
        assert quoted(text) == ["guarantee", "the word of the mediators."]

    def test_an_inch_mark_is_no_quote_mark(self):
        text = ('The drone has a 9\'6" wingspan, officers said. Kyiv called the strike "an act of terror."')
        assert quoted(text) == ["an act of terror."]

    def test_the_quotes_after_a_stray_mark_keep_their_speakers(self):
        text = ('Officials reviewed [the] casualty figures" from El Fasher on Monday. '
                '"The hospital has run out of oxygen," said Amina Yusuf, a nurse in the city.')
        q = dc.extract_quotes(text)
        assert q[["kind", "text", "speaker"]].values.tolist() == [
            ["direct", "The hospital has run out of oxygen,", "Amina Yusuf"]]


class TestOpeningMarkInsideAnOpenQuote:
    def test_a_quote_that_never_closes_ends_where_the_next_one_opens(self):
        text = '"The crowd marched to the square, shouting "Free Sudan! Free Sudan!"\n\nThe police watched.'
        with pytest.warns(UnterminatedQuoteWarning, match="where the next one opens"):
            spans = quote_spans(text)
        assert [(text[s.start:s.end], s.closed) for s in spans] == [
            ("The crowd marched to the square, shouting", False), ("Free Sudan! Free Sudan!", True)]

    def test_ordinary_pairs_are_unchanged(self):
        text = 'Lai said "we will not provoke" and "we will not bow" to pressure from Beijing.'
        assert quoted(text) == ["we will not provoke", "we will not bow"]

    def test_a_long_quote_continued_over_paragraphs_is_unchanged(self):
        text = '"The first convoy reached Rafah.\n\n"The second is still at the crossing," he said.'
        assert quoted(text) == ['The first convoy reached Rafah.\n\n"The second is still at the crossing,']
