"""The attribution's shortcuts taken for speed read what the long way reads (issue 9)."""

from __future__ import annotations

import random

import discourse as dc
from discourse.actors import _doc_mentions
from discourse.document_reader import DocumentReader
from discourse.expressions import _open_flags
from discourse.interviews import find_turns
from discourse.names import name_spans, normalize
from discourse.quote_marks import quote_spans
from discourse.speakers import Speaker, SpeakerFinder
from discourse.text import Token, paragraphs, segment_document, tokenize

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
    assert found[2] == []                       # the quote's words name no channel
    assert reader.via([0], None) == "Reuters"
    assert reader.via([1], None) == "Al Jazeera"
    assert reader.via([0, 1], None) == "Reuters"    # the first sentence that names one


def test_via_never_names_the_speakers_own_outlet():
    reader = _reader("Al Jazeera told Reuters that the crossing at Rafah had closed, according to Al Jazeera.")
    assert reader.via([0], None) == "Reuters"
    assert reader.via([0], Speaker("Reuters", "Reuters", "actor", 0, 10)) == "Al Jazeera"
    assert reader.via([0], Speaker("Al Jazeera", "Al Jazeera", "actor", 0, 10)) == "Reuters"


# -- the cue and phrase lookups read what a scan of every form reads ------------------------

_WIRE = ('TAIPEI, Taiwan (Reuters) - Defence Minister Wellington Koo pointed out on Tuesday that the drills '
         'had ended, according to the ministry. The report said China "had no plans" to stop. In an '
         'interview with the BBC, a Hamas official called for talks and said the truce held.\n\n'
         'Q: Will Gaza get fuel?\n\nA: The trucks are waiting, the official said.')


def _match_verb_long_way(cues, words, i):
    """The cue lookup before the index: the noun markers, then every two- and one-word form."""
    if i > 0 and words[i - 1] in ("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                                  "their", "our", "my", "your"):
        return None
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in cues.verbs:
        return i + 2, cues.verbs[f"{words[i]} {words[i + 1]}"]
    lemma = cues.verbs.get(words[i])
    return (i + 1, lemma) if lemma else None


def test_match_verb_agrees_with_every_form():
    cues = dc.load_cues()
    seg = segment_document(_WIRE + " " + _PASSAGE)
    sentences = [[normalize(t.text) for t in toks] for toks in seg.tokens]
    rng = random.Random(4)
    vocabulary = sorted({w for form in cues.verbs for w in form.split()} | {"the", "his", "out", "up", "x"})
    sentences += [[rng.choice(vocabulary) for _ in range(rng.randint(1, 12))] for _ in range(400)]
    found = 0
    for words in sentences:
        for i in range(len(words)):
            assert cues.match_verb(words, i) == _match_verb_long_way(cues, words, i), (words, i)
            found += cues.match_verb(words, i) is not None
    assert found > 100 and cues.match_verb("she pointed out".split(), 1) == (3, "point out")


def test_phrase_at_agrees_with_every_phrase():
    reader = _reader(_WIRE)
    for phrases in (reader.cues.source_phrases, reader.cues.channel_phrases, (("in", "an"), ("in",), ("in", "an"))):
        for sid, words in reader.words.items():
            for k in range(len(words)):
                long_way = next((k + len(p) for p in phrases if tuple(words[k:k + len(p)]) == p), None)
                assert reader.phrase_at(sid, k, phrases) == long_way
    assert reader.phrase_at(0, reader.words[0].index("according"), reader.cues.source_phrases) is not None


def test_first_token_at_agrees_with_a_scan():
    reader = _reader(_WIRE)
    for sid in reader.words:
        toks = reader.tokens(sid)
        for offset in range(toks[0].start - 2, toks[-1].end + 2):
            assert reader.first_token_at(sid, offset) == next(
                (k for k, t in enumerate(toks) if t.start >= offset), len(toks))


def test_a_cue_subject_is_read_once_and_the_same_in_any_order():
    forward, backward = _reader(_WIRE + " " + _PASSAGE), _reader(_WIRE + " " + _PASSAGE)
    cues = [(sid, k) for sid, words in forward.words.items() for k in range(len(words))
            if forward.cues.match_verb(words, k) is not None]
    assert len(cues) >= 6
    read = [forward.subject(sid, k) for sid, k in cues]
    assert [backward.subject(sid, k) for sid, k in reversed(cues)] == read[::-1]
    assert read == [forward._read_subject(sid, k) for sid, k in cues]     # memoised == read afresh
    assert any(expr is not None for expr in read)
    assert all(forward.subject(sid, k) is expr for (sid, k), expr in zip(cues, read))


def test_paragraphs_given_or_computed_read_the_same():
    text = _WIRE + '\n\n"We will rebuild,\n\n"every road," she said. He called it \'a test\'.'
    paras = paragraphs(text)
    assert quote_spans(text, paragraph_spans=paras) == quote_spans(text)
    assert find_turns(text, paragraph_spans=paras) == find_turns(text) != []
    interview = "Q: Will the trucks reach Rafah?\n\nA: They are waiting.\n\nQ: Since when?\n\nA: Since May."
    assert find_turns(interview, paragraph_spans=paragraphs(interview)) == find_turns(interview)
    assert len(find_turns(interview)) == 4


def test_name_spans_skip_lower_case_words_only():
    tokens = tokenize("In Doha, Defence Minister Wellington Koo met officials of the Bank of England and "
                      "Jean-Noel Barrot.")
    assert [[t.text for t in tokens[i:j]] for i, j in name_spans(tokens)] == [
        ["Doha"], ["Defence", "Minister", "Wellington", "Koo"], ["Bank", "of", "England"], ["Jean-Noel", "Barrot"]]
    assert name_spans(tokenize("In Doha.")) == [(1, 2)]     # "In" opens the sentence: a common word, no name
