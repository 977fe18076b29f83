"""Shortcuts taken for speed give what the long way gives (issue 9: end-to-end speed)."""

from __future__ import annotations

import discourse as dc
from discourse.actors import _doc_mentions, load_actors
from discourse.text import segment_document
from discourse.units import author_tokens, doc_units, unit_tokens


def test_mentions_that_start_with_a_lower_case_word_are_found():
    # the actor scan skips a lower-case word only when no name, alias, role or determiner starts with it
    text = ("Fighters of al-Shabaab attacked a base near Mogadishu on Sunday. "
            "The health ministry in Gaza said 40 people were killed, and von der Leyen said the EU would send aid. "
            "al-Qaeda claimed the attack, the Philippines protested, and a senior Hamas official said talks had stalled.")
    seg = segment_document(text, doc_id="wire")
    found = [(text[m.start:m.end], m.actor) for m in _doc_mentions(seg, load_actors())]
    assert found == [("al-Shabaab", "al-Shabaab"), ("Mogadishu", "Somalia"),
                     ("health ministry in Gaza", "Gaza Health Ministry"), ("von der Leyen", "Ursula von der Leyen"),
                     ("EU", "European Union"), ("al-Qaeda", "al-Qaeda"), ("the Philippines", "Philippines"),
                     ("a senior Hamas official", None)]


def _units(text: str, quotes: list[tuple[str, str, str]]):
    """Units of ``text`` with the given quotes (kind, quoted words, speaker), as the quote table gives them."""
    seg = segment_document(text, doc_id="t")
    rows = []
    for k, (kind, words, speaker) in enumerate(quotes):
        start = text.index(words)
        rows.append(("t", k, seg.sentence_at(start), kind, words, start, start + len(words), speaker, None))
    return seg, doc_units(seg, rows)


def test_unit_tokens_of_sentences_quotes_and_author_words():
    text = ('Taiwan\'s defence ministry said the drills were "a serious provocation" and "a threat to peace". '
            '"We will not be intimidated. We will defend our democracy," Lai Ching-te said in Taipei. '
            'Beijing did not comment.')
    seg, units = _units(text, [("partial", "a serious provocation", ""), ("partial", "a threat to peace", ""),
                               ("direct", "We will not be intimidated. We will defend our democracy,", "Lai Ching-te")])
    words = {(u.kind, text[u.start:u.end]): [t.text for t in unit_tokens(seg, u)] for u in units}
    assert words[("sentence", text[:text.index("peace") + 7])] == [
        "Taiwan", "'s", "defence", "ministry", "said", "the", "drills", "were", "and", "."]
    assert words[("direct", "We will not be intimidated. We will defend our democracy,")] == [
        "We", "will", "not", "be", "intimidated", ".", "We", "will", "defend", "our", "democracy", ","]
    plain = next(u for u in units if u.kind == "sentence" and not u.holes)
    tokens = unit_tokens(seg, plain)
    assert [t.text for t in tokens] == ["Beijing", "did", "not", "comment", "."]
    tokens.clear()                                    # a new list each time: the document's tokens stay
    assert seg.tokens[plain.sent_id]


def test_author_tokens_drop_each_hole_and_the_quote_marks_around_it():
    text = "RSF commanders called it 'a liberation', residents said \"a massacre\" and \"worse\"."
    tokens = dc.text.tokenize(text)
    holes = [(text.index("a liberation"), text.index("a liberation") + 12),
             (text.index("a massacre"), text.index("a massacre") + 10),
             (text.index("worse"), text.index("worse") + 5)]
    assert [t.text for t in author_tokens(tokens, holes)] == [
        "RSF", "commanders", "called", "it", ",", "residents", "said", "and", "."]
    assert author_tokens(tokens, []) == tokens


def test_frame_hits_are_flagged_only_where_a_negator_or_hedge_stands():
    # a sentence without any negator or hedge skips the clause scan: its hits are neither negated nor hedged
    text = ("Israeli strikes on Rafah escalated on Tuesday. The army said it sought no escalation. "
            "A wider escalation could follow, officials in Cairo warned.")
    from discourse.framing import frame_hits
    from discourse.lexicon import load_lexicon
    seg = segment_document(text, doc_id="gaza")
    flags = {(h.sent_id, text[h.start:h.end].lower()): (h.negated, h.hedged)
             for h in frame_hits(seg, load_lexicon()) if text[h.start:h.end].lower().startswith("escalat")}
    assert flags == {(0, "escalated"): (False, False), (1, "escalation"): (True, False),
                     (2, "escalation"): (False, True)}
