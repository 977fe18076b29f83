"""The stance stage's shortcuts (the words a reading needs looked up per token, units skipped before their
tokens are made) give the same answer as the full reading, on passages written here."""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.actors import _doc_mentions
from discourse.analysis import make_settings
from discourse.matcher import match_tokens
from discourse.quotes import doc_quote_rows
from discourse.stance import load_stance, stance_and_relation_rows
from discourse.text import segment_document, tokenize
from discourse.triggers import TermTriggers
from discourse.units import doc_units, unit_actor_rows, unit_tokens

PASSAGES = [
    "The RSF rejected any ceasefire talks, and the Sudanese army warned against a self-defence pact.",
    "Mali's junta said sending Russian troops was not in the interests of the Sahel; Niger backed it.",
    "Anti-war protesters in Taipei opposed escalating tensions, and nobody ruled out sanctions.",
    "Hamas thanked Qatar. Israel blamed Hezbollah for the escalation, then said talks were necessary.",
    "Nothing happened in Dakar on Sunday after the vote-counting ended.",
]


def _matcher_values(tokens, lexicon) -> set:
    """The values of the terms the matchers find in the run (the slow, reference way)."""
    mt = match_tokens(tokens)
    found = {"s"} if lexicon.clause_matcher.find(mt) and any(
        tag in ("c", "m", "p") for m in lexicon.clause_matcher.find(mt) for tag, _ in m.values) else set()
    found |= {"t"} if lexicon.targets.find(mt) or any(
        tag == "a" for m in lexicon.clause_matcher.find(mt) for tag, _ in m.values) else set()
    found |= {"r"} if any(tag == "r" for m in lexicon.relation_matcher.find(mt) for tag, _ in m.values) else set()
    return found


@pytest.mark.parametrize("text", PASSAGES)
def test_unit_triggers_hold_whatever_the_matchers_find(text):
    lexicon = load_stance()
    assert lexicon.unit_triggers.per_token
    tokens = tokenize(text)
    for start in range(len(tokens)):            # every suffix, as a sentence is read after its subject
        assert lexicon.unit_triggers.values(tokens[start:]) >= _matcher_values(tokens[start:], lexicon)


def test_trigger_values_tell_stance_targets_and_relation_words_apart():
    lexicon = load_stance()
    assert lexicon.unit_triggers.values(tokenize("Hamas thanked Qatar.")) == {"r"}
    assert lexicon.unit_triggers.values(tokenize("Talks are necessary.")) >= {"s", "t"}
    assert lexicon.unit_triggers.values(tokenize("Nothing happened in Dakar on Sunday.")) == set()
    # "spoke out against" needs all three words: "spoke" alone is no relation cue
    assert "r" not in lexicon.unit_triggers.values(tokenize("The minister spoke of a war in Mali."))
    assert "r" in lexicon.unit_triggers.values(tokenize("The minister spoke out against Mali."))


#: passages whose stance rows come by every path: a quote's own target, its sentence's target
#: ("context"), a target named before ("anaphora"), an author's sentence, and relations.
READ_PASSAGES = (
    'Asked whether France could send troops to Chad, Emmanuel Macron replied: "We are not ruling out any option." '
    "The Kremlin floated sending troops to Belarus. Such a move would be a dangerous escalation, Kyiv said. "
    '"We reject any ceasefire talks with the RSF," Abdel Fattah al-Burhan said, and he blamed the UAE. '
    "The EU backed new sanctions on Russia on Monday, and Hungary opposed them. "
    "China warned against foreign interference, and Taiwan thanked the United States for the arms sales. "
    "The minister spoke of a possible war in the Sahel. Mali said it was ready for talks with ECOWAS."
)


def _rows(text):
    settings = make_settings()
    seg = segment_document(text, doc_id="d")
    mentions = _doc_mentions(seg, settings.actors)
    units = doc_units(seg, doc_quote_rows(seg, mentions, settings.actors, settings.cues))
    ua = unit_actor_rows(seg, units, mentions, settings.actors)
    return (stance_and_relation_rows(seg, units, ua, mentions, settings.stance),
            stance_and_relation_rows(seg, units, ua, mentions, settings.stance,
                                     tokens=[unit_tokens(seg, u) for u in units]))


def test_units_skipped_by_their_words_would_have_given_no_rows(monkeypatch):
    """The same rows when every unit is read in full (every trigger value present everywhere)."""
    gated = _rows(READ_PASSAGES)
    assert gated[0][0] and gated[0][1]
    assert {r[9] for r in gated[0][0]} >= {"context", "anaphora"}
    monkeypatch.setattr(TermTriggers, "values", lambda self, tokens: {"s", "t", "r"})
    assert _rows(READ_PASSAGES) == gated


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
