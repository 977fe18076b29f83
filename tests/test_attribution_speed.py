"""The attribution's shortcuts taken for speed read what the long way reads (issue 9)."""

from __future__ import annotations

import random

import discourse as dc
from discourse.actors import _doc_mentions
from discourse.document_reader import DocumentReader
from discourse.expressions import _open_flags
from discourse.speakers import SpeakerFinder
from discourse.text import Token, segment_document

_PASSAGE = ('KHARTOUM, Sudan (AP) — "The road to El Fasher is closed," a UN official told Reuters on Monday. '
            'The army said it had retaken the bridge, according to Al Jazeera. "We are not leaving," said '
            'Amira Osman, a nurse, "not while the wounded are here." She told the BBC that "the clinic" was '
            'shelled twice, and the RSF denied it in a statement to Sky News.')


def _reader(text: str) -> DocumentReader:
    seg = segment_document(text, doc_id="wire")
    lexicon, cues = dc.load_actors(), dc.load_cues()
    spans = dc.quote_spans(text, doc_id="wire")
    finder = SpeakerFinder(seg, _doc_mentions(seg, lexicon), lexicon, cues,
                           quoted=[(s.start - 1, s.end + 1) for s in spans])
    return DocumentReader(seg, finder, lexicon, cues)


def test_open_flags_agree_with_in_quote_on_a_passage():
    reader = _reader(_PASSAGE)
    finder, seg = reader.finder, reader.seg
    assert finder.quoted     # the passage has quotes, some inside a sentence, one over a sentence's start
    for s in seg.sentences:
        assert finder.open_flags(s.sent_id) == [not finder.in_quote(t.start) for t in seg.tokens[s.sent_id]]


def test_open_flags_agree_with_in_quote_on_random_spans():
    rng = random.Random(9)
    for _ in range(300):
        tokens = [Token("w", o, o + 1) for o in sorted(rng.sample(range(200), rng.randint(0, 25)))]
        quoted = sorted((a, a + rng.randint(1, 40)) for a in rng.sample(range(200), rng.randint(0, 6)))
        starts = [q[0] for q in quoted]

        def in_quote(offset: int) -> bool:      # the bisect of ExpressionReader.in_quote, token by token
            k = max((i for i, s in enumerate(starts) if s <= offset), default=-1)
            return k >= 0 and quoted[k][0] <= offset < quoted[k][1]

        assert _open_flags(tokens, quoted, starts) == [not in_quote(t.start) for t in tokens]


def test_channel_phrases_are_read_only_outside_quotes():
    reader = _reader(_PASSAGE)
    words = reader.words
    found = {sid: [words[sid][end - 1] for end in reader._channel_ends(sid)] for sid in words}
    assert found[0] == ["told"]
    assert found[1] == ["to"]                   # "according to Al Jazeera"
    assert reader.via([0], None) == "Reuters"
    assert reader.via([1], None) == "Al Jazeera"
