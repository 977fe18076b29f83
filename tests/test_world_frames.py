"""The default frames read any war: passages written for these tests about eight conflicts.

Every new frame (humanitarian crisis, hostages and captivity, international law
and accountability, terrorism, the peace process) must find its terms in
wire-style copy about Gaza, Sudan, Yemen, the Sahel, Myanmar, DR Congo, Taiwan
and Ukraine, and negation and hedging must still apply to them.
"""

from __future__ import annotations

import pytest

import discourse as dc
from discourse.framing import frame_hits
from discourse.text import segment_document

NEW_FRAMES = ("humanitarian_crisis", "hostages_captivity", "international_law", "terrorism", "peace_process")


def hits(text: str, frames=NEW_FRAMES) -> list[tuple[str, str, bool, bool]]:
    """(frame, matched text, negated, hedged) of every hit of ``frames``, in text order."""
    lexicon = dc.load_lexicon()
    seg = segment_document(text, doc_id="t")
    out = []
    for h in frame_hits(seg, lexicon):
        frame = lexicon.terms[h.term_index].frame
        if frames is None or frame in frames:
            out.append((frame, text[h.start:h.end], h.negated, h.hedged))
    return out


def found(text: str, frames=NEW_FRAMES) -> list[tuple[str, str]]:
    return [(f, m) for f, m, _, _ in hits(text, frames)]


PASSAGES = {
    "gaza": (
        "Aid agencies warned of famine in northern Gaza as the blockade entered its fifth month. Israeli "
        "officials said talks on the hostages held by Hamas were continuing in Doha. South Africa asked the "
        "International Court of Justice to rule on its genocide case, which Israel rejected.",
        [("humanitarian_crisis", "Aid agencies"), ("humanitarian_crisis", "famine"),
         ("humanitarian_crisis", "blockade"), ("hostages_captivity", "hostages"),
         ("international_law", "International Court of Justice"), ("international_law", "genocide")]),
    "sudan": (
        "In El Fasher, besieged for more than a year by the Rapid Support Forces, doctors reported cholera and "
        "acute malnutrition. The war has displaced 12 million people, and the ICC prosecutor said there were "
        "grounds to believe that war crimes and crimes against humanity had been committed in Darfur.",
        [("humanitarian_crisis", "besieged"), ("humanitarian_crisis", "cholera"),
         ("humanitarian_crisis", "malnutrition"), ("humanitarian_crisis", "displaced"),
         ("international_law", "ICC"), ("international_law", "war crimes"),
         ("international_law", "crimes against humanity")]),
    "yemen": (
        "The Houthis, whom Washington lists as a terrorist group, said their attacks on shipping in the Red Sea "
        "would go on until the siege of Gaza was lifted. A Saudi-brokered roadmap towards a political "
        "settlement has stalled since January.",
        [("terrorism", "terrorist"), ("humanitarian_crisis", "siege"), ("peace_process", "roadmap"),
         ("peace_process", "political settlement")]),
    "sahel": (
        "Jihadist fighters linked to al-Qaeda killed dozens of soldiers near the border with Burkina Faso, the "
        "junta said, promising a new counter-terrorism campaign. Aid workers said 40,000 people had fled their "
        "homes in a week.",
        [("terrorism", "Jihadist"), ("terrorism", "al-Qaeda"), ("terrorism", "counter-terrorism"),
         ("humanitarian_crisis", "Aid workers"), ("humanitarian_crisis", "fled their homes")]),
    "myanmar": (
        "Rohingya refugees in Cox's Bazar said they would only go home once the generals were held accountable "
        "for the ethnic cleansing of 2017. The junta's air strikes have killed civilians in Sagaing, and rights "
        "groups say the strikes amount to war crimes.",
        [("humanitarian_crisis", "refugees"), ("international_law", "held accountable"),
         ("international_law", "ethnic cleansing"), ("international_law", "war crimes")]),
    "dr_congo": (
        "M23 rebels abducted dozens of civilians in Goma last week, residents said. A peace deal signed in "
        "Washington in June was meant to bring the rebels to the table, and Qatar has offered to act as a "
        "guarantor of any ceasefire.",
        [("hostages_captivity", "abducted"), ("peace_process", "peace deal"), ("peace_process", "guarantor")]),
    "taiwan": (
        "Beijing said the drills rehearsed a blockade of the island and warned separatists of the cost. "
        "Taiwan's president replied that its future would be decided by its people, a right of "
        "self-determination that international law protects.",
        [("humanitarian_crisis", "blockade"), ("international_law", "self-determination"),
         ("international_law", "international law")]),
    "ukraine": (
        "Kyiv says thousands of children were forcibly deported to Russia, and the International Criminal "
        "Court has issued an arrest warrant for Vladimir Putin. A prisoner exchange on Friday freed 95 "
        "prisoners of war on each side, and Ukraine said occupied towns near Zaporizhzhia were cut off.",
        [("hostages_captivity", "forcibly deported"), ("international_law", "International Criminal Court"),
         ("international_law", "arrest warrant"), ("hostages_captivity", "prisoner exchange"),
         ("hostages_captivity", "prisoners of war"), ("international_law", "occupied")]),
}


class TestEveryNewFrameReadsEveryWar:
    @pytest.mark.parametrize("conflict", sorted(PASSAGES))
    def test_new_frame_hits_of_each_passage(self, conflict):
        text, expected = PASSAGES[conflict]
        assert found(text) == expected

    def test_every_new_frame_is_found_in_at_least_two_conflicts(self):
        seen = {frame: set() for frame in NEW_FRAMES}
        for conflict, (text, _) in PASSAGES.items():
            for frame, _ in found(text):
                seen[frame].add(conflict)
        assert all(len(conflicts) >= 2 for conflicts in seen.values()), seen
        assert len(PASSAGES) >= 6

    def test_new_frames_are_in_the_default_lexicon_with_descriptions(self):
        lex = dc.load_lexicon()
        for frame in NEW_FRAMES:
            assert frame in lex
            assert len(lex.terms_of(frame)) >= 15, frame
        assert all(f.description for f in lex.frames)


class TestNegationAndHedgingStillApply:
    @pytest.mark.parametrize("text, frame, match", [
        ("There is no famine in the north, the ministry said.", "humanitarian_crisis", "famine"),
        ("We will never negotiate with terrorists.", "terrorism", "terrorists"),
        ("The deal has not ended the displacement of millions.", "humanitarian_crisis", "displacement"),
        ("They want no peace process imposed from outside.", "peace_process", "peace process"),
        ("The army said none were abducted in the raid.", "hostages_captivity", "abducted"),
    ])
    def test_negated(self, text, frame, match):
        row = [h for h in hits(text) if h[0] == frame and h[1] == match]
        assert len(row) == 1 and row[0][2] is True, hits(text)

    @pytest.mark.parametrize("text, frame, match", [
        ("Aid groups said famine was possibly weeks away in Darfur.", "humanitarian_crisis", "famine"),
        ("The court may issue an arrest warrant for the commander.", "international_law", "arrest warrant"),
        ("A prisoner swap could follow within days.", "hostages_captivity", "prisoner swap"),
        ("It remains to be seen whether the peace agreement holds.", "peace_process", "peace agreement"),
        ("Officials said the blast was reportedly a suicide bombing.", "terrorism", "suicide bombing"),
    ])
    def test_hedged(self, text, frame, match):
        row = [h for h in hits(text) if h[0] == frame and h[1] == match]
        assert len(row) == 1 and row[0][3] is True and row[0][2] is False, hits(text)

    def test_plain_statements_are_neither(self):
        text = "Famine has been declared in the camp. The hostages were freed on Sunday."
        assert hits(text) == [("humanitarian_crisis", "Famine", False, False),
                              ("hostages_captivity", "hostages", False, False)]


class TestPrecisionGuards:
    """Senses the lexicon is written to keep apart."""

    def test_military_aid_is_military_support_not_humanitarian(self):
        text = "Congress approved new military aid, and aid convoys reached Rafah."
        assert found(text, frames=None) == [("military_support", "military aid"),
                                            ("humanitarian_crisis", "aid convoys")]

    def test_hunger_strike_is_not_hunger(self):
        assert found("The prisoner began a hunger strike. Hunger is spreading in the camps.") == [
            ("humanitarian_crisis", "Hunger")]

    def test_international_humanitarian_law_is_law_not_relief(self):
        assert found("Strikes on hospitals breach international humanitarian law.") == [
            ("international_law", "international humanitarian law")]

    def test_a_name_is_not_a_frame_term(self):
        # "Support" and "Security" inside names stay silent; "Islamic State" is a name written with capitals
        text = "The Rapid Support Forces and Islamic State fighters clashed; the Security Council met."
        assert found(text, frames=None) == [("terrorism", "Islamic State")]

    def test_occupational_and_preoccupied_are_not_occupation(self):
        assert found("Occupational safety rules changed. Officials were preoccupied with the budget.") == []
