"""The stance stage's shortcuts (trigger words looked up per token, units skipped before their tokens are
made) give the same answer as the full reading, on passages written here."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.actors import _doc_mentions
from discourse.analysis import make_settings
from discourse.matcher import match_tokens
from discourse.quotes import doc_quote_rows
from discourse.stance import _unit_triggers, load_stance, stance_and_relation_rows
from discourse.text import segment_document, tokenize
from discourse.units import doc_units, unit_actor_rows, unit_tokens

PASSAGES = [
    "The RSF rejected any ceasefire talks, and the Sudanese army warned against a self-defence pact.",
    "Mali's junta said sending Russian troops was not in the interests of the Sahel; Niger backed it.",
    "Anti-war protesters in Taipei opposed escalating tensions, and nobody ruled out sanctions.",
    "Hamas thanked Qatar. Israel blamed Hezbollah for the escalation, then said talks were necessary.",
    "Nothing happened in Dakar on Sunday after the vote-counting ended.",
]


def _matcher_values(tokens, lexicon) -> set:
    """The trigger values as the matcher finds them on the run's match tokens (the slow, reference way)."""
    return {v for m in lexicon.unit_trigger_matcher.find(match_tokens(tokens)) for v in m.values}


@pytest.mark.parametrize("text", PASSAGES)
def test_per_token_triggers_equal_the_matchers_on_every_run(text):
    lexicon = load_stance()
    assert lexicon.one_word_triggers
    tokens = tokenize(text)
    for start in range(len(tokens)):            # every suffix, as a sentence is read after its subject
        assert _unit_triggers(tokens[start:], lexicon) == _matcher_values(tokens[start:], lexicon)
    assert _unit_triggers(tokens, lexicon) == _unit_triggers(tokens, lexicon)   # the cached answer again


def test_trigger_values_tell_stance_from_relation_words():
    lexicon = load_stance()
    assert _unit_triggers(tokenize("Hamas thanked Qatar."), lexicon) == {"r"}
    assert "s" in _unit_triggers(tokenize("Talks are necessary."), lexicon)
    assert _unit_triggers(tokenize("Nothing happened in Dakar on Sunday."), lexicon) == set()


def test_rows_are_the_same_with_or_without_the_units_tokens():
    """analyze passes each unit's tokens; without them the stage makes only those it needs."""
    settings = make_settings()
    text = " ".join(PASSAGES) + ' "We support the talks and condemn the RSF," Abdel Fattah al-Burhan said.'
    seg = segment_document(text, doc_id="d")
    mentions = _doc_mentions(seg, settings.actors)
    units = doc_units(seg, doc_quote_rows(seg, mentions, settings.actors, settings.cues))
    ua = unit_actor_rows(seg, units, mentions, settings.actors)
    lazy = stance_and_relation_rows(seg, units, ua, mentions, settings.stance)
    given = stance_and_relation_rows(seg, units, ua, mentions, settings.stance,
                                     tokens=[unit_tokens(seg, u) for u in units])
    assert lazy == given
    assert lazy[0] and lazy[1]                  # there is stance evidence and a relation to compare
    a = dc.analyze([dc.Document.from_text(text, id="d")])
    assert a.stance_evidence.values.tolist() == [list(r) for r in lazy[0]]
