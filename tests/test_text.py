"""Offline segmentation and tokenisation."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.text import paragraphs, segment, segment_document


def sentences(text):
    return [text[s.start:s.end] for s in dc.segment(text)]


class TestSegment:
    @pytest.mark.parametrize("text, expected", [
        ("Adm. Rob Bauer met Gen. Cavoli in the U.S. on Jan. 5. They talked.",
         ["Adm. Rob Bauer met Gen. Cavoli in the U.S. on Jan. 5.", "They talked."]),
        ("Dr. Smith left. Mr. Jones stayed.", ["Dr. Smith left.", "Mr. Jones stayed."]),
        ('"Why?" he asked. "Because."', ['"Why?" he asked.', '"Because."']),
        ("It was 5 p.m. when Lt. Col. Smith arrived.", ["It was 5 p.m. when Lt. Col. Smith arrived."]),
        ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
    ])
    def test_abbreviations_and_quotes(self, text, expected):
        assert sentences(text) == expected

    def test_paragraphs(self):
        assert paragraphs("A.\nB.") == [(0, 2), (3, 5)]
        assert paragraphs("A\nwrapped.\n\nB.") == [(0, 10), (12, 14)]

    def test_sentence_ids_and_paragraphs(self):
        sents = dc.segment("One. Two.\nThree.")
        assert [(s.sent_id, s.paragraph) for s in sents] == [(0, 0), (1, 0), (2, 1)]

    def test_empty(self):
        assert dc.segment("") == [] and dc.segment("   ") == []


class TestTokenize:
    def test_tokens(self):
        toks = dc.tokenize("Jean-Noel Barrot's U.S. trip, O'Brien said.")
        assert [t.text for t in toks] == ["Jean-Noel", "Barrot", "'s", "U.S.", "trip", ",", "O'Brien", "said", "."]

    def test_offsets(self):
        text = "Kyiv, 24 Nov. \u2014 NATO\u2019s chief"
        for t in dc.tokenize(text):
            assert text[t.start:t.end] == t.text

    def test_segment_document_shares_tokens(self):
        seg = segment_document("NATO met. Kyiv said no.", doc_id="x")
        assert seg.doc_id == "x" and [t.text for t in seg.tokens[1]] == ["Kyiv", "said", "no", "."]
        assert seg.sentence_at(12) == 1


def test_sentence_frame(seed_corpus):
    frame = dc.sentence_frame(seed_corpus)
    assert list(frame.columns) == ["doc_id", "sent_id", "paragraph", "start", "end", "text"]
    assert len(frame) == 23


@pytest.mark.parametrize("para", [
    "Russia fired 100 drones at Ukraine overnight, officials said",
    "Russia fired 100 drones at Ukraine overnight, officials said.",
    '"We are ready," he said.',
    "He met U.S. envoys in Washington on Jan. 5 and left.",
    "Who will pay? Nobody knows.",
    "The talks ended. Kyiv said no.",
])
def test_a_paragraph_without_a_possible_boundary_is_one_sentence_as_punkt_says(para):
    from discourse.text import _punkt

    tokenizer = _punkt()
    punkt = list(tokenizer.span_tokenize(para))
    assert [(s.start, s.end) for s in dc.segment(para)] == punkt
    if not tokenizer._lang_vars.period_context_re().search(para):
        assert punkt == [(0, len(para))]


class TestMiddleInitials:
    @pytest.mark.parametrize("text, expected", [
        ("Charles E. Grassley wrote.", ["Charles", "E.", "Grassley", "wrote", "."]),
        ("said Amina K. Yusuf in Goma", ["said", "Amina", "K.", "Yusuf", "in", "Goma"]),
    ])
    def test_an_initial_after_a_name_keeps_its_dot(self, text, expected):
        assert [t.text for t in dc.tokenize(text)] == expected

    @pytest.mark.parametrize("text, expected", [
        ("the letter A. Then", ["the", "letter", "A", ".", "Then"]),     # not after a name
        ("Plan B.", ["Plan", "B", "."]),                                 # no name follows
    ])
    def test_a_letter_that_ends_a_clause_is_no_initial(self, text, expected):
        assert [t.text for t in dc.tokenize(text)] == expected

    def test_an_initial_does_not_end_the_sentence(self):
        assert sentences("Robert E. Lee said so. Then he left.") == ["Robert E. Lee said so.", "Then he left."]


_PUNKT_PASSAGES = [
    'Gen. Abdel Fattah al-Burhan flew to Port Sudan on Jan. 5. "We will not negotiate," he said... Others disagreed.',
    "The U.N. envoy said talks in Geneva would resume (perhaps) by Feb. 2.\u201d Then the line went dead.",
    "\u201cTaiwan is not for sale,\u201d Lai said. \u2018Never,\u2019 he added!  Beijing? It said nothing -- for now.",
    "Turnout reached 61.4 per cent in Dakar. Mr. Faye won. 3. The vote was calm.\nPolls closed at 6 p.m.",
    "Kyiv said: \"Enough.\" [Moscow denied it.] The strikes -- 40 drones, 3 missiles -- hit Odesa. (AP)",
]


def _random_paragraphs(n, seed=7):
    import random

    rng = random.Random(seed)
    pieces = list("abcXYZ 019.,;:!?\"'()[]{}-\u2013\u2014\u2026*@#&\n\t\u201c\u201d\u2018\u2019\u00ab\u00bb") + [
        "Mr.", "U.S.", "Jan.", "  ", "the", "5.", "..."]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 80))) for _ in range(n)]


def test_punkt_with_plain_patterns_splits_as_nltks_own_tokenizer():
    """The tokenizer runs NLTK's patterns with the standard re engine (speed): same spans as NLTK's."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from discourse.text import ABBREVIATIONS, _punkt

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    nltk_own = PunktSentenceTokenizer(params)
    ours = _punkt()
    assert type(ours._lang_vars) is not type(nltk_own._lang_vars)
    for para in _PUNKT_PASSAGES + _random_paragraphs(3000):
        assert list(ours.span_tokenize(para)) == list(nltk_own.span_tokenize(para)), para


def test_segmented_words_and_paragraph_spans_are_computed_once():
    from discourse.names import normalize

    text = "Élysée officials met Gen. Hemedti's envoy.\n\nThe RSF denied it."
    seg = segment_document(text)
    assert seg.words == tuple(tuple(normalize(t.text) for t in toks) for toks in seg.tokens)
    assert seg.words[0][:2] == ("elysee", "officials")
    assert seg.words is seg.words
    assert seg.paragraph_spans == tuple(paragraphs(text)) == ((0, 42), (44, 62))


def test_a_party_and_state_bracket_ends_no_sentence():
    """Punkt breaks after "(D-Va.)" and "(Mich.)": a piece opening with ")", "," or ";" goes on."""
    text = ("Sen. Tim Kaine (D-Va.), a prospect, said the talks failed. Rep. Jane Roe (Mich.), a delegate, "
            "said so; the U.S. said no.")
    assert [text[s.start:s.end] for s in segment(text)] == [
        "Sen. Tim Kaine (D-Va.), a prospect, said the talks failed.",
        "Rep. Jane Roe (Mich.), a delegate, said so; the U.S. said no."]


def test_no_ends_a_sentence_unless_a_number_follows():
    """"said no." ends its sentence; "No. 10" and "ranked no. 2" abbreviate "number"."""
    text = ("Kyiv said no. Then the envoy left. Talks resumed at No. 10 Downing Street. "
            "Sudan's army, ranked no. 2 in the region, said nos. 4 and 5 were lost. Asked again, Hamas said no.")
    assert [text[s.start:s.end] for s in segment(text)] == [
        "Kyiv said no.", "Then the envoy left.", "Talks resumed at No. 10 Downing Street.",
        "Sudan's army, ranked no. 2 in the region, said nos. 4 and 5 were lost.", "Asked again, Hamas said no."]
