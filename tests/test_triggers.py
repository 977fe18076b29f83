"""TermTriggers: a run's values are those of the terms all of whose words it holds; never fewer than
the matcher finds (written passages, the packaged stance lexicon and small dictionaries)."""

from __future__ import annotations

import pytest

from discourse.matcher import TermMatcher, match_tokens, parse_term
from discourse.stance import load_stance
from discourse.text import tokenize
from discourse.triggers import TermTriggers

PASSAGES = [
    "The envoy spoke out against the blockade of El Fasher, and Khartoum warned against foreign troops.",
    "The minister spoke of a possible war in the Sahel; nobody warned the junta.",
    "A cease-fire in Gaza is not in the interests of Hamas, the spokesman said, calling it a trap.",
    "Taipei's self-defence drills were escalating tensions, Beijing's foreign ministry said on Monday.",
    "Kyiv thanked Warsaw for the shipments of artillery and urged Berlin to send more tanks.",
    "Such a move would be a dangerous escalation, the Kremlin said, ruling out talks with NATO.",
    "Voters in Dakar queued for hours; the opposition accused the electoral commission of fraud.",
    "« Nous ne négocierons pas », a déclaré le porte-parole, before the Élysée backed the mediation.",
]


def _reference(tokens, terms) -> set:
    """Brute force: a term's value when each of its words is some match token's key (a wildcard word:
    a prefix of some key or normalised form)."""
    mt = match_tokens(tokens)
    out = set()
    for term, value in terms:
        keys, prefix = parse_term(term)
        if all(any(t.key == k for t in mt) for k in keys) and (
                prefix is None or any(t.key.startswith(prefix) or t.norm.startswith(prefix) for t in mt)):
            out.add(value)
    return out


def _found(tokens, terms) -> set:
    return {v for m in TermMatcher(terms).find(match_tokens(tokens)) for v in m.values}


def _stance_terms():
    lex = load_stance()
    pairs = [(t.term, ("cue", t.term)) for l_ in (lex.cues, lex.modals, lex.predicates, lex.relations)
             for t in l_.terms]
    return pairs + [(t.term, ("target", t.term)) for t in lex.targets.terms] + [(t, ("anaphor", t))
                                                                               for t in lex.anaphora]


@pytest.mark.parametrize("text", PASSAGES)
def test_values_are_the_terms_whose_words_are_all_present(text):
    terms = _stance_terms()                     # one value per term: the answer names each possible term
    triggers = TermTriggers(terms)
    assert triggers.per_token
    tokens = tokenize(text)
    for start in range(len(tokens)):            # every suffix, as a sentence is read after its subject
        run = tokens[start:]
        assert triggers.values(run) == _reference(run, terms)
        assert triggers.values(run) >= _found(run, terms)      # never misses what the matcher finds
    assert triggers.values(tokens) == triggers.values(tokens)  # the cached answer again


def test_a_term_needs_all_its_words():
    triggers = TermTriggers([("spoke out against", "against"), ("warned against", "against"),
                             ("escalat*", "escalation"), ("self-defense", "defence"), ("ceasefire", "truce")])
    assert triggers.values(tokenize("The minister spoke of a possible war.")) == set()
    assert triggers.values(tokenize("Against the odds, she spoke out.")) == {"against"}   # possible, not found
    assert triggers.values(tokenize("Talks were ESCALATING; a self-defence pact")) == {"escalation", "defence"}
    assert triggers.values(tokenize("No truce.")) == set()
    assert triggers.values([]) == set()


def test_a_small_cache_is_emptied_and_refilled():
    triggers = TermTriggers([("ceasefire", 1), ("sanction*", 2)], cache_size=4)
    tokens = tokenize("The EU imposed sanctions after the ceasefire collapsed.")
    assert triggers.values(tokens) == {1, 2}
    assert len(triggers) <= len(tokens)
    assert triggers.values(tokenize("Sanctions on Niamey")) == {2}
    assert triggers.values(tokens) == {1, 2}


def test_a_word_that_does_not_parse_back_to_itself_falls_back_to_the_matcher():
    """"Russia's" is the words "russia" and "'s", and "'s" alone parses as two; "Mr." alone as "mr", "."."""
    terms = [("Russia's aggression", "aggression"), ("Mr. Putin", "putin"), ("ceasefire", "truce")]
    triggers = TermTriggers(terms)
    assert not triggers.per_token
    for text in ("Russia's aggression must stop, Mr. Putin.", "Aggression by Russia's army", "A ceasefire."):
        assert triggers.values(tokenize(text)) == _found(tokenize(text), terms)
    assert TermTriggers([("ceasefire", "truce")]).per_token
