"""Whole wire-style articles written for these tests, coded by hand: every quote and its speaker.

Quote recall and speaker accuracy are computed against the hand coding
(aims: recall >= 0.95, speaker accuracy >= 0.90).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import discourse as dc

NEWS = Path(__file__).parent / "fixtures" / "news"

# article -> [(kind, first words of the quote, speaker, actor)]
GOLD = {
    "wire_kyiv_air_defense": [
        ("direct", "Every day of delay", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "We need Patriots now", "Volodymyr Zelensky", "Ukraine"),
        ("partial", "will not change the outcome", "Dmitry Peskov", "Russia"),
        ("direct", "Our support is unwavering", "Antony Blinken", "United States"),
        ("direct", "There is nothing new to report", "a government spokesman", None),
        ("partial", "tense but productive", "a senior European diplomat", "Europe"),
        ("direct", "We are not at war with Russia", "Emmanuel Macron", "France"),
        ("partial", "not rule out", "Emmanuel Macron", "France"),
        ("direct", "We are not ready for what is coming", "Mark Rutte", "NATO"),
    ],
    "wire_brussels_nato_ministers": [
        ("partial", "do much more, much faster", "Mark Rutte", "NATO"),
        ("direct", "We are not at war, but", "Kaja Kallas", "European Union"),
        ("direct", "Russia is testing us", "Kaja Kallas", "European Union"),
        ("partial", "a gathering of warmongers", "Maria Zakharova", "Russia"),
        ("reported", "Moscow would respond", "Dmitry Peskov", "Russia"),
        ("direct", "Why now?", "Kaja Kallas", "European Union"),
        ("direct", "Because the threat", "Kaja Kallas", "European Union"),
        ("direct", "Germany will meet its commitments", "the German defense ministry", "Germany"),
        ("partial", "ready for war by 2029", "Boris Pistorius", "Germany"),
        ("reported", "conscription was being considered", "Boris Pistorius", "Germany"),
        ("direct", "This is not the time for complacency", "Mark Rutte", "NATO"),
        ("direct", "Your support keeps us alive", "Volodymyr Zelensky", "Ukraine"),
    ],
    "wire_warsaw_fortifications": [
        ("reported", "Poland will build", "Donald Tusk", "Poland"),
        ("direct", "We are doing this to deter", "Donald Tusk", "Poland"),
        ("direct", "Nobody should doubt", "Donald Tusk", "Poland"),
        ("reported", "the plan had been discussed", "The official", None),
        ("direct", "Our forces are holding", "Ukrainian General Staff", "Ukrainian Armed Forces"),
        ("reported", "Germany would not send", "Olaf Scholz", "Germany"),
        ("reported", "he saw no reason", "Olaf Scholz", "Germany"),
        ("direct", "We will not be intimidated", "Andrzej Duda", "Poland"),
        ("reported", "Kyiv welcomed the decision", "A spokesperson for the Ukrainian foreign ministry", "Ukraine"),
        ("direct", "It's a signal to Moscow", "Anna Kowalska", "Poland"),
        ("reported", "the costs would be high", "Anna Kowalska", "Poland"),
        ("direct", "This is a waste of money", "Peter Szijjarto", "Hungary"),
    ],
    "wire_kyiv_long_range_strikes": [
        ("reported", "allies to", "Andrii Sybiha", "Ukraine"),
        ("partial", "stop self-restricting", "Andrii Sybiha", "Ukraine"),
        ("direct", "The more we wait", "Andrii Sybiha", "Ukraine"),
        ("direct", "Hesitation costs lives", "Andrii Sybiha", "Ukraine"),
        ("partial", "at least 10 more Patriot systems", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "he would meet Donald Trump", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "Washington was", "Jake Sullivan", "United States"),
        ("direct", "It is a dangerous escalation", "a Kremlin statement", "Russia"),
        ("partial", "playing with fire", "Sergei Ryabkov", "Russia"),
        ("direct", "We will not be deterred", "John Healey", "United Kingdom"),
        ("direct", "We stand ready", "John Healey", "United Kingdom"),
        ("direct", "to do whatever it takes", "John Healey", "United Kingdom"),
        ("partial", "must include security guarantees", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "the talks are going nowhere", "European officials", "Europe"),
    ],
    "wire_kyiv_energy_strikes": [
        ("reported", "Russia launched a massive missile attack", "Ukrainian officials", "Ukraine"),
        ("partial", "pure terror", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "Russia was responding to", "Dmitry Peskov", "Russia"),
        ("partial", "provocations", "Dmitry Peskov", "Russia"),
        ("direct", "We have warned the West", "Sergei Lavrov", "Russia"),
        ("direct", "The strikes targeted", "the Russian defence ministry", "Russia"),
        ("direct", "This is a lie", "Maria Zakharova", "Russia"),
        ("partial", "spreading propaganda", "Maria Zakharova", "Russia"),
    ],
    "wire_london_aid": [
        ("direct", "Putin must understand", "Keir Starmer", "United Kingdom"),
        ("direct", "Britain stands with Ukraine", "Keir Starmer", "United Kingdom"),
        ("partial", "pours fuel on the fire", "Russia's foreign ministry", "Russia"),
        ("direct", "Europe is ready to do more", "Ursula von der Leyen", "European Commission"),
        ("direct", "The threat is real", "Kaja Kallas", "European Union"),
        ("direct", "We have to be prepared", "Kaja Kallas", "European Union"),
        ("direct", "They hurt Europe more than Russia", "Viktor Orban", "Hungary"),
        ("direct", "We will respond", "the ministry", "Russia"),   # the ministry named before: Russia's
        ("partial", "would be a legitimate target", "Maria Zakharova", "Russia"),
    ],
    # the four below were written after the attribution rules above, as probes; what
    # they exposed is fixed (datelines, "saying" clauses, single quote marks, parties)
    "wire_berlin_taurus": [
        ("reported", "it would risk drawing Germany", "Olaf Scholz", "Germany"),
        ("direct", "I think it would be a mistake", "Olaf Scholz", "Germany"),
        ("direct", "We will not become a party", "Olaf Scholz", "Germany"),
        ("direct", "We are ready", "Radoslaw Sikorski", "Poland"),
        ("direct", "but not at any price", "Radoslaw Sikorski", "Poland"),
        ("reported", "she felt abandoned", "Olena Kovalenko", None),
        ("direct", "Every night the sirens", "Olena Kovalenko", None),
        ("direct", "Our forces have liberated", "the Russian defence ministry", "Russia"),
        ("direct", "Russia will not win this war", "Kuleba", None),
        ("direct", "Nothing should be ruled out", "Emmanuel Macron", "France"),
        ("reported", "the alliance would keep supporting", "Mark Rutte", "NATO"),
        ("partial", "a war crime", "Ukraine's foreign ministry", "Ukraine"),
        ("reported", "Western weapons deliveries", "Kremlin", "Russia"),
        ("direct", "This is a dangerous escalation", "Dmitry Peskov", "Russia"),
        ("reported", "Moscow would respond", "Dmitry Peskov", "Russia"),
        ("direct", "We stand with Ukraine", "Keir Starmer", "United Kingdom"),
        ("direct", "Europe must wake up", "Kaja Kallas", "European Union"),
        ("partial", "deeply concerned", "White House", "United States"),
        ("direct", "We have been clear", "a senior administration official", None),
        ("direct", "There will be consequences", "a senior administration official", None),
    ],
    "wire_kyiv_drone_attack": [
        ("reported", "Russia fired more than 100 drones", "officials", None),
        ("direct", "We're not going to let", "Joe Biden", "United States"),
        ("reported", "the attack had targeted", "Volodymyr Zelensky", "Ukraine"),
        ("partial", "a clear signal", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "Who will pay for this?", "Ivan Petrov", None),
        ("direct", "It's a tragedy", "Maria", None),
        ("direct", "We will keep up the pressure", "John Healey", "United Kingdom"),
        ("direct", "Our commitment to Ukraine", "John Healey", "United Kingdom"),
        ("reported", "Poland was ready to shoot down", "Radoslaw Sikorski", "Poland"),
        ("direct", "Allies are monitoring", "A Nato spokesperson", "NATO"),
        ("reported", "the alliance was in contact", "The spokesperson", "NATO"),
        ("reported", "Britain would not be intimidated", "David Lammy", "United Kingdom"),
        ("reported", "the strikes were a response", "Vladimir Putin", "Russia"),
        ("partial", "terrorist attacks", "Vladimir Putin", "Russia"),
        ("reported", "Russia would achieve all its goals", "Vladimir Putin", "Russia"),
        ("direct", "This is a historic day", "Ursula von der Leyen", "European Commission"),
        ("reported", "he would travel to Washington", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "Europe must do more", "Kaja Kallas", "European Union"),
        ("direct", "We have no choice", "Radoslaw Sikorski", "Poland"),
        ("direct", "Russia understands only strength", "Radoslaw Sikorski", "Poland"),
    ],
    "wire_brussels_frozen_assets": [
        ("direct", "We are ready. We have always", "Kaja Kallas", "European Union"),
        ("direct", "But the money must reach Kyiv", "Kaja Kallas", "European Union"),
        ("reported", "he would not block the deal", "Viktor Orban", "Hungary"),
        ("partial", "a dangerous path", "Viktor Orban", "Hungary"),
        ("direct", "Europe is sleepwalking into war", "Viktor Orban", "Hungary"),
        ("direct", "This is madness", "Viktor Orban", "Hungary"),
        ("partial", "a historic step", "Ursula von der Leyen", "European Commission"),
        ("direct", "Today, Europe shows", "Ursula von der Leyen", "European Commission"),
        ("partial", "theft", "Maria Zakharova", "Russia"),
        ("reported", "Moscow would take", "Dmitry Peskov", "Russia"),
        ("partial", "all necessary measures", "Dmitry Peskov", "Russia"),
        ("reported", "Belgium had demanded guarantees", "two diplomats", None),
        ("direct", "We cannot carry this risk alone", "Bart De Wever", "Belgium"),
        ("reported", "other countries must share the burden", "Bart De Wever", "Belgium"),
        ("direct", "This decision saves lives", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "It is a bold move", "Jan Novak", None),
        ("direct", "The question now is whether", "Jan Novak", None),
        ("direct", "We did what was necessary", "Friedrich Merz", "Germany"),
    ],
    "us_press_missiles_decision": [   # American newspaper style: Mr./Ms., middle initials, "of <state>"
        ("reported", "The Biden administration will allow", "two U.S. officials", "United States"),
        ("reported", "restrictions on the weapons", "Volodymyr Zelensky", "Ukraine"),
        ("partial", "with one hand tied", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "Strikes are not carried out", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "Such things are not announced", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "the move would", "Dmitry Peskov", "Russia"),
        ("partial", "add fuel to the fire", "Dmitry Peskov", "Russia"),
        ("partial", "a qualitatively new round", "Dmitry Peskov", "Russia"),
        ("reported", "it had come too late", "Roger Wicker", "Republican Party"),
        ("direct", "This should have happened", "Roger Wicker", "Republican Party"),
        ("direct", "We are walking into a trap", "Marjorie Taylor Greene", "Republican Party"),
        ("reported", "the United States was", "Adrienne Watson", "United States"),
        ("partial", "in close contact", "Adrienne Watson", "United States"),
        ("reported", "Germany would not follow suit", "Olaf Scholz", "Germany"),
        ("direct", "My position is clear", "Olaf Scholz", "Germany"),
        ("direct", "There will be no Taurus", "Olaf Scholz", "Germany"),
        ("reported", "Moscow was weighing", "Russian officials", "Russia"),
        ("direct", "We will respond", "Sergei Lavrov", "Russia"),
    ],
    "kyiv_independent_front_line": [   # Ukrainian outlet style: Telegram posts, call signs, acronyms
        ("reported", "Russian troops have captured", "the Russian Defense Ministry", "Russia"),
        ("direct", "The situation in the Pokrovsk direction", "Oleksandr Syrskyi", "Ukraine"),
        ("direct", "The enemy is concentrating", "Oleksandr Syrskyi", "Ukraine"),
        ("reported", "Russia has lost more than", "Oleksandr Syrskyi", "Ukraine"),
        ("reported", "45 combat clashes", "General Staff", None),
        ("direct", "We need more artillery shells", "a Ukrainian soldier", "Ukraine"),
        ("scare", "Bison", "", None),
        ("reported", "his unit had been fighting", "a Ukrainian soldier", "Ukraine"),
        ("direct", "Every day they hold the line", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "I am grateful to each of them", "Volodymyr Zelensky", "Ukraine"),
        ("partial", "failed", "Vladimir Putin", "Russia"),
        ("direct", "The enemy has achieved nothing", "Vladimir Putin", "Russia"),
        ("partial", "changed the dynamics of the war", "Andriy Yermak", "Ukraine"),
        ("direct", "Russia only understands", "Andriy Yermak", "Ukraine"),
        ("partial", "deeply concerned", "International Atomic Energy Agency", "IAEA"),
        ("direct", "Nuclear safety is not a game", "Rafael Grossi", "IAEA"),
    ],
    "guardian_style_ramstein": [   # blind: coded before the first run (found 0.94, speaker 0.94)
        ("partial", "remains engaged", "Pete Hegseth", "United States"),
        ("partial", "take ownership", "Pete Hegseth", "United States"),
        ("reported", "the allies had agreed", "John Healey", "United Kingdom"),
        ("direct", "Putin is betting", "John Healey", "United Kingdom"),
        ("direct", "We are stepping up", "John Healey", "United Kingdom"),
        ("direct", "Germany will remain", "Boris Pistorius", "Germany"),
        ("reported", "deliveries were often too slow", "Denys Shmyhal", "Ukraine"),
        ("direct", "Promises do not shoot", "Denys Shmyhal", "Ukraine"),
        ("direct", "Deliveries do", "Denys Shmyhal", "Ukraine"),
        ("reported", "the meeting showed", "Maria Zakharova", "Russia"),
        ("partial", "obsessed with prolonging", "Maria Zakharova", "Russia"),
        ("direct", "The headline numbers", "Sophia Besch", None),
        ("partial", "a signal that will be noticed", "Sophia Besch", None),
        ("reported", "the alliance would", "Mark Rutte", "NATO"),
        ("partial", "do whatever it takes", "Mark Rutte", "NATO"),
        ("direct", "We are working day and night", "Mark Rutte", "NATO"),
    ],
    "wire_moscow_truce": [   # blind: coded before the first run (found 1.00, speaker 1.00)
        ("reported", "it would only give Ukraine", "Kremlin", "Russia"),
        ("direct", "We are not interested in a truce", "Dmitry Peskov", "Russia"),
        ("reported", "Russia remained open to talks", "Dmitry Peskov", "Russia"),
        ("partial", "on the basis of the realities", "Dmitry Peskov", "Russia"),
        ("reported", "any pause would be used", "Volodymyr Zelensky", "Ukraine"),
        ("partial", "pile up forces", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "There will be no ceasefire", "Dmitry Medvedev", "Russia"),
        ("reported", "they had expected the rejection", "Western officials", "The West"),
        ("direct", "Nobody in Brussels seriously", "one European diplomat", "Europe"),
        ("reported", "the United States would continue", "Marco Rubio", "United States"),
        ("direct", "The war has to end", "Marco Rubio", "United States"),
        ("direct", "Both sides know that", "Marco Rubio", "United States"),
        ("partial", "predictable and cynical", "Donald Tusk", "Poland"),
        ("reported", "Western countries bore", "Russia's foreign ministry", "Russia"),
        ("partial", "full responsibility", "Russia's foreign ministry", "Russia"),
        ("partial", "remains open to both sides", "Recep Tayyip Erdogan", "Turkey"),
    ],
    "paris_troops_debate": [   # blind, second round (first run: found 0.88, speaker 0.80 over b3+b4)
        ("direct", "Nothing should be excluded", "Emmanuel Macron", "France"),
        ("direct", "We will do everything necessary", "Emmanuel Macron", "France"),
        ("reported", "there were", "Stefan Kornelius", "Germany"),
        ("partial", "no plans", "Stefan Kornelius", "Germany"),
        ("partial", "has not changed", "Giorgia Meloni's office", "Italy"),
        ("reported", "the idea deserved", "Kristen Michal", "Estonia"),
        ("partial", "serious discussion", "Kristen Michal", "Estonia"),
        ("direct", "If we are serious about deterrence", "Kristen Michal", "Estonia"),
        ("reported", "the deployment of NATO troops", "Dmitry Peskov", "Russia"),
        ("direct", "This would not be in the interests", "Dmitry Peskov", "Russia"),
        ("reported", "the president wanted", "A senior French official", "France"),
        ("partial", "strategic ambiguity", "A senior French official", "France"),
        ("direct", "The point is to make Putin uncertain", "the official", "France"),
        ("direct", "Uncertainty is a form of deterrence", "the official", "France"),
        ("direct", "Ambiguity only works", "Camille Grand", None),
        ("direct", "Without German and American backing", "Camille Grand", None),
    ],
    "ap_market_strike": [   # blind, second round
        ("reported", "A Russian missile struck", "Ukrainian officials", "Ukraine"),
        ("reported", "the death toll was likely", "Vadym Filashkin", None),
        ("direct", "There was no military target here", "Vadym Filashkin", None),
        ("direct", "I heard a whistle", "Natalia", None),
        ("partial", "another act of Russian terror", "Andrii Sybiha", "Ukraine"),
        ("direct", "Words of condemnation are not enough", "Andrii Sybiha", "Ukraine"),
        ("reported", "U.N. Secretary-General António Guterres condemned", "Stéphane Dujarric", "United Nations"),
        ("direct", "Attacks against civilians", "Stéphane Dujarric", "United Nations"),
        ("reported", "its drones had hit", "Ukraine's military intelligence agency", "Ukraine"),
    ],
    "weimar_statement": [   # blind, third round (first run: found 1.00, speaker 0.72 over b5+b6)
        ("reported", "Europe must be ready", "The leaders of France, Germany and Poland", None),
        ("direct", "European security is at stake", "the statement", None),
        ("direct", "We will strengthen our defence", "the statement", None),
        ("reported", "Poland would spend nearly", "Karol Nawrocki", "Poland"),
        ("direct", "We are not doing this", "Karol Nawrocki", "Poland"),
        ("direct", "We are doing it because", "Karol Nawrocki", "Poland"),
        ("partial", "historic", "Emmanuel Macron", "France"),
        ("reported", "European troops could be deployed", "Emmanuel Macron", "France"),
        ("partial", "reassurance force", "Emmanuel Macron", "France"),
        ("direct", "Without a US backstop", "a diplomat", None),
        ("direct", "We must not get ahead", "Friedrich Merz", "Germany"),
        ("direct", "First there must be a ceasefire", "Friedrich Merz", "Germany"),
        ("reported", 'Moscow "does not take', "Dmitry Peskov", "Russia"),
        ("partial", "does not take these declarations", "Dmitry Peskov", "Russia"),
        ("reported", "any Western troops in Ukraine", "Sergei Shoigu", "Russia"),
        ("partial", "legitimate targets", "Sergei Shoigu", "Russia"),
        ("direct", "This is the Europe we need", "Andrii Sybiha", "Ukraine"),
    ],
    "wire_london_shadow_fleet": [   # blind, third round
        ("reported", "London would impose new sanctions", "Yvette Cooper", "United Kingdom"),
        ("partial", "shadow fleet", "Yvette Cooper", "United Kingdom"),
        ("direct", "Putin's war machine", "Yvette Cooper", "United Kingdom"),
        ("direct", "Every tanker we sanction", "Yvette Cooper", "United Kingdom"),
        ("reported", "The measures were coordinated", "two EU diplomats", "European Union"),
        ("partial", "illegitimate", "The Russian embassy in London", "Russia"),
        ("partial", "only hurt British consumers", "The Russian embassy in London", "Russia"),
        ("reported", "Russia earned about $15 billion", "Kyiv School of Economics", None),
        ("direct", "Sanctions are working", "Elina Ribakova", None),
        ("direct", "The shadow fleet keeps adapting", "Elina Ribakova", None),
        ("reported", "Western allies to target", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "Half measures only prolong", "Volodymyr Zelensky", "Ukraine"),
    ],
    "vilnius_baltic_warning": [   # blind, fourth round (first run: found 0.85, speaker 0.78 over b7+b8)
        ("reported", "the Baltic states could no longer", "Lithuania's defence minister", "Lithuania"),
        ("partial", "as if the war could start tomorrow", "Lithuania's defence minister", "Lithuania"),
        ("reported", "Russia was rebuilding its military", "Dovile Sakaliene", "Lithuania"),
        ("direct", "Three years ago we were told", "Dovile Sakaliene", "Lithuania"),
        ("direct", "We cannot wait for Brussels", "Dovile Sakaliene", "Lithuania"),
        ("reported", "Lithuania would buy additional", "Dovile Sakaliene", "Lithuania"),
        ("direct", "The threat is not theoretical", "Andris Spruds", "Latvia"),
        ("direct", "We see it every day", "Andris Spruds", "Latvia"),
        ("reported", "the Baltic warnings were", "A senior official in one Western European capital", None),
        ("partial", "understandable but sometimes exaggerated", "A senior official in one Western European capital", None),
        ("direct", "These are fantasies", "Maria Zakharova", "Russia"),
        ("partial", "wartime mindset", "Mark Rutte", "NATO"),
        ("reported", "Russia could be ready to use force", "Mark Rutte", "NATO"),
        ("direct", "We are not at war", "Mark Rutte", "NATO"),
        ("direct", "But we are not at peace either", "Mark Rutte", "NATO"),
    ],
    "bbc_interview_zaluzhnyi": [   # blind, fourth round
        ("reported", "the war had entered a phase", "Valerii Zaluzhnyi", "Ukraine"),
        ("direct", "Technology is now decisive", "Valerii Zaluzhnyi", "Ukraine"),
        ("direct", "Whoever masters drones", "Valerii Zaluzhnyi", "Ukraine"),
        ("partial", "to represent Ukraine in London", "Valerii Zaluzhnyi", "Ukraine"),
        ("reported", "the government's support for Ukraine", "Keir Starmer's spokesman", "United Kingdom"),
        ("partial", "unwavering", "Keir Starmer's spokesman", "United Kingdom"),
        ("direct", "We don't comment on operational", "the spokesman", "United Kingdom"),
        ("reported", "Kyiv had", "The Ukrainian president's chief of staff", "Ukraine"),
        ("partial", "no intention", "The Ukrainian president's chief of staff", "Ukraine"),
        ("direct", "Any agreement must be just", "The Ukrainian president's chief of staff", "Ukraine"),
        ("reported", "security guarantees were essential", "The Ukrainian president's chief of staff", "Ukraine"),
        ("reported", "the UK was preparing plans", "A British military source", "United Kingdom"),
    ],
    "wire_brussels_sanctions_veto": [   # blind, fifth round (first run: found 0.89, speaker 0.82 over b9+b10)
        ("reported", "European Union foreign ministers failed", "diplomats", None),
        ("direct", "It is regrettable that one member", "Kaja Kallas", "European Union"),
        ("reported", "she hoped a deal could be reached", "Kaja Kallas", "European Union"),
        ("partial", "within days", "Kaja Kallas", "European Union"),
        ("reported", "Bratislava needed guarantees", "Juraj Blanar", "Slovakia"),
        ("direct", "We are not against sanctions", "Juraj Blanar", "Slovakia"),
        ("reported", "the bloc could not afford", "Johann Wadephul", "Germany"),
        ("direct", "Every delay is a gift", "Johann Wadephul", "Germany"),
        ("reported", "The package would target", "a draft", None),
        ("reported", "the ministers to act quickly", "Andrii Sybiha", "Ukraine"),
        ("direct", "Russia is watching how united", "Andrii Sybiha", "Ukraine"),
        ("reported", "Hungary, which has often delayed", "a Hungarian government spokesman", "Hungary"),
        ("reported", 'Budapest "respects the consensus"', "Zoltan Kovacs", "Hungary"),
        ("partial", "respects the consensus", "Zoltan Kovacs", "Hungary"),
        ("direct", "Sanctions have never worked", "Dmitry Peskov", "Russia"),
    ],
    "ft_interview_stubb": [   # blind, fifth round
        ("reported", "Europe must prepare for a long", "Finland's president", "Finland"),
        ("reported", "a ceasefire would not end", "Alexander Stubb", "Finland"),
        ("direct", "Russia will remain aggressive", "Alexander Stubb", "Finland"),
        ("direct", "We have to be realistic", "Alexander Stubb", "Finland"),
        ("partial", "genuinely wants peace", "Alexander Stubb", "Finland"),
        ("direct", "We are ready to contribute", "Alexander Stubb", "Finland"),
        ("reported", "the region was", "Ulf Kristersson", "Sweden"),
        ("partial", "more united than ever", "Ulf Kristersson", "Sweden"),
        ("reported", "Russia's ambassador to Finland was summoned", "Finnish officials", "Finland"),
        ("reported", "the incident was", "The Russian embassy", "Russia"),
        ("partial", "a technical error", "The Russian embassy", "Russia"),
        ("direct", "Finland is not afraid", "Antti Hakkanen", "Finland"),
        ("direct", "But we are not naive", "Antti Hakkanen", "Finland"),
    ],
    "web_copy_warsaw_presser": [   # blind, sixth round: web copy with headline, byline, captions, Q&A (first run: found 0.83, speaker 0.78 over b11+b12)
        ("direct", "We will not trade our territory", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "Poland will never accept", "Donald Tusk", "Poland"),
        ("direct", "and neither will Europe", "Donald Tusk", "Poland"),
        ("direct", "Kyiv's position shows", "Dmitry Peskov", "Russia"),
        ("direct", "We always have plans", "Mark Rutte", "NATO"),
        ("direct", "Europe is not a bystander", "Kaja Kallas", "European Union"),
        ("reported", "member states to speed up", "Kaja Kallas", "European Union"),
    ],
    "analysis_peace_plan": [   # blind, sixth round
        ("scare", "peace plan", "", None),
        ("partial", "a basis for discussion, not a final text", "Johann Wadephul", "Germany"),
        ("direct", "A ceasefire that freezes", "Jean-Noel Barrot", "France"),
        ("direct", "It is a pause before", "Jean-Noel Barrot", "France"),
        ("reported", "nothing had been decided", "officials", "United States"),
        ("partial", "listening to all sides", "Karoline Leavitt", "United States"),
        ("partial", "make the best deal for America", "Karoline Leavitt", "United States"),
        ("direct", "If we accept this", "Oksana Markarova", None),
        ("direct", "Trump opens with a maximalist", "Fiona Hill", None),
        ("direct", "The question is whether Putin", "Fiona Hill", None),
        ("partial", "signs of realism", "Kremlin", "Russia"),
    ],
    "ap_arms_industry": [   # blind, seventh round: industry and economy (first run: found 0.92, speaker 0.75 over b13+b14)
        ("reported", "it would double its production", "Europe's largest arms maker", None),
        ("direct", "Demand has never been higher", "Armin Papperger", None),
        ("direct", "We are building new plants", "Armin Papperger", None),
        ("reported", "higher defense spending could push", "Christine Lagarde", "European Central Bank"),
        ("direct", "Security has a price", "Christine Lagarde", "European Central Bank"),
        ("direct", "and we need to be honest", "Christine Lagarde", "European Central Bank"),
        ("reported", "the spending would give", "Carsten Brzeski", None),
        ("direct", "It's not a game changer", "Carsten Brzeski", None),
        ("direct", "The real question is whether", "Carsten Brzeski", None),
        ("direct", "We cannot wait five years", "a Polish defense ministry official", "Poland"),
        ("direct", "We need it now", "a Polish defense ministry official", "Poland"),
        ("reported", "its proposals would", "European Commission", "European Commission"),
        ("partial", "strengthen the European defence", "European Commission", "European Commission"),
    ],
    "wire_istanbul_talks": [   # blind, seventh round
        ("reported", "Kyiv would push for a full ceasefire", "Rustem Umerov", "Ukraine"),
        ("direct", "We came here to stop the killing", "Rustem Umerov", "Ukraine"),
        ("reported", "Moscow's conditions had not changed", "Vladimir Medinsky", "Russia"),
        ("direct", "Russia does not need a truce", "Vladimir Medinsky", "Russia"),
        ("reported", "the two sides had agreed", "Hakan Fidan", "Turkey"),
        ("partial", "constructive but difficult", "Hakan Fidan", "Turkey"),
        ("reported", "he was ready to meet", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "Only leaders can end this war", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "such a meeting could only", "Kremlin", "Russia"),
        ("reported", "Washington welcomed the prisoner", "A U.S. State Department spokesperson", "United States"),
        ("partial", "to keep talking", "A U.S. State Department spokesperson", "United States"),
    ],
    "warsaw_drone_incursion": [   # blind, eighth round: a quote over two paragraphs (first run: found 1.00, speaker 0.91 over b15+b16)
        ("reported", "the country would close", "Poland's prime minister", "Poland"),
        ("partial", "a deliberate provocation", "Poland's prime minister", "Poland"),
        ("reported", "at least 19 drones had entered", "Donald Tusk", "Poland"),
        ("direct", "This is the closest we have been", "Donald Tusk", "Poland"),
        ("direct", "I have no reason to claim", "Donald Tusk", "Poland"),
        ("reported", "it had activated Article 4", "NATO", "NATO"),
        ("reported", "allies were", "A NATO official", "NATO"),
        ("partial", "united in condemning", "A NATO official", "NATO"),
        ("reported", "some drones had strayed", "Belarus's defence ministry", "Belarus"),
        ("reported", "its strikes had been aimed", "Russia's defence ministry", "Russia"),
        ("direct", "Poland is safe", "Karol Nawrocki", "Poland"),
        ("partial", "reckless and unprecedented", "Ursula von der Leyen", "European Commission"),
        ("reported", "the EU stood", "Ursula von der Leyen", "European Commission"),
        ("partial", "in full solidarity", "Ursula von der Leyen", "European Commission"),
    ],
    "minerals_deal": [   # blind, eighth round
        ("partial", "signals clearly to Russia", "Scott Bessent", "United States"),
        ("reported", "the fund would be managed", "Yulia Svyrydenko", "Ukraine"),
        ("partial", "equal terms", "Yulia Svyrydenko", "Ukraine"),
        ("direct", "Together with the United States", "Yulia Svyrydenko", "Ukraine"),
        ("direct", "It's not a security guarantee", "Yaroslav Zhelezniak", None),
        ("reported", "the terms could change", "Yaroslav Zhelezniak", None),
        ("reported", "Ukraine would now", "Dmitry Medvedev", "Russia"),
        ("partial", "pay for military supplies", "Dmitry Medvedev", "Russia"),
    ],
    "wire_kyiv_reshuffle": [   # blind, ninth round (first run: found 0.95, speaker 0.81 over b17+b18)
        ("reported", "his priority would be", "Denys Shmyhal", "Ukraine"),
        ("direct", "Ukraine must produce at least half", "Denys Shmyhal", "Ukraine"),
        ("reported", "the reshuffle had been", "Iryna Herashchenko", None),
        ("partial", "decided in the president's office", "Iryna Herashchenko", None),
        ("direct", "We need new energy", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "The war demands results", "Volodymyr Zelensky", "Ukraine"),
        ("reported", "180 clashes had taken place", "Ukrainian military", "Ukrainian Armed Forces"),
        ("reported", "Russia was trying to exploit", "Oleksandr Kovalenko", None),
        ("direct", "Moscow always looks for moments", "Oleksandr Kovalenko", None),
        ("direct", "This is not one of them", "Oleksandr Kovalenko", None),
        ("direct", "Changing the chairs on the deck", "Maria Zakharova", "Russia"),
    ],
    "beijing_denial": [   # blind, ninth round
        ("reported", "accusations that it was supplying", "China's foreign ministry", "China"),
        ("partial", "groundless smears", "China's foreign ministry", "China"),
        ("direct", "China has never provided", "Mao Ning", "China"),
        ("direct", "We strictly control", "Mao Ning", "China"),
        ("reported", "the firms had helped Russia", "EU officials", "European Union"),
        ("reported", "Beijing to use its influence", "Kaja Kallas", "European Union"),
        ("direct", "If China wanted", "Kaja Kallas", "European Union"),
        ("reported", "China is neutral", "Xi Jinping", "China"),
        ("reported", "Chinese exports of machine tools", "U.S. intelligence officials", "United States"),
        ("direct", "China is the primary enabler", "Kurt Campbell", "United States"),
    ],
    "uk_press_london_summit": [     # British style: single quote marks
        ("partial", "stand with Ukraine for as long as it takes", "Keir Starmer", "United Kingdom"),
        ("direct", "We don't know what Putin will do next", "Keir Starmer", "United Kingdom"),
        ("direct", "This is a moment of truth for Europe. The allies' resolve", "Keir Starmer", "United Kingdom"),
        ("partial", "grandstanding", "Nigel Farage", "Reform UK"),
        ("direct", "The British people didn't vote for this", "Nigel Farage", "Reform UK"),
        ("direct", "It's reckless", "Nigel Farage", "Reform UK"),
        ("reported", "the UK was 'ready to play its part' in any peacekeeping mission", "John Healey", "United Kingdom"),
        ("partial", "ready to play its part", "John Healey", "United Kingdom"),
        ("direct", "Our forces are the best in the world", "John Healey", "United Kingdom"),
        ("direct", "The PM's view is simple", "A Downing Street source", "United Kingdom"),
        ("direct", "Ukraine will never forget it", "Volodymyr Zelensky", "Ukraine"),
        ("direct", "London is the capital of Russophobia", "Dmitry Peskov", "Russia"),
    ],
}


# Known misses, kept in the gold as the truth. An unlisted person whose side the sentence
# does not state keeps an empty actor: named after a role-only reference ("Lithuania's
# defence minister said ... Dovile Sakaliene, speaking at ..., said"), or with a title
# that names no country ("Defence Minister Antti Hakkanen" in an article about Finland).
# Listed here, the per-quote test expects the failure (strict: it fails if this is ever
# fixed without updating the list).
KNOWN_WRONG_ACTOR = {("vilnius_baltic_warning", "Russia was rebuilding its military"),
                     ("vilnius_baltic_warning", "Three years ago we were told"),
                     ("vilnius_baltic_warning", "We cannot wait for Brussels"),
                     ("vilnius_baltic_warning", "Lithuania would buy additional"),
                     ("ft_interview_stubb", "Finland is not afraid"),
                     ("ft_interview_stubb", "But we are not naive"),
                     ("beijing_denial", "China is the primary enabler")}    # "Deputy Secretary of State Kurt Campbell"


@pytest.fixture(scope="module")
def found():
    a = dc.analyze(dc.load_corpus(NEWS / "*.txt"))      # the articles, not their README
    return a.quotes


def _match(quotes, doc_id, kind, start):
    rows = quotes[(quotes["doc_id"] == doc_id) & (quotes["kind"] == kind) & quotes["text"].str.startswith(start)]
    return rows.iloc[0] if len(rows) else None


def test_recall_and_speaker_accuracy(found):
    """Over every coded quote (all kinds), and over direct quotes alone: the issue's aims
    (recall >= 0.95, speaker accuracy >= 0.90), and actor accuracy >= 0.90."""
    gold = [(doc, *g) for doc, items in GOLD.items() for g in items]
    for subset in (gold, [g for g in gold if g[1] == "direct"]):
        hits = [(g, _match(found, g[0], g[1], g[2])) for g in subset]
        recall = sum(r is not None for _, r in hits) / len(subset)
        accuracy = sum(r is not None and r["speaker"] == g[3] for g, r in hits) / len(subset)
        actors = sum(r is not None and (r["actor"] if isinstance(r["actor"], str) else None) == g[4]
                     for g, r in hits) / len(subset)
        missed = [(g[2], None if r is None else r["speaker"]) for g, r in hits if r is None or r["speaker"] != g[3]]
        assert recall >= 0.95, missed
        assert accuracy >= 0.90, missed
        assert actors >= 0.90


@pytest.mark.parametrize("doc, kind, start, speaker, actor", [
    pytest.param(doc, *g, marks=[pytest.mark.xfail(strict=True, reason="known miss: the sentence does not "
                                                   "state the speaker's side")] if (doc, g[1]) in KNOWN_WRONG_ACTOR else [])
    for doc, items in GOLD.items() for g in items])
def test_each_quote(found, doc, kind, start, speaker, actor):
    row = _match(found, doc, kind, start)
    assert row is not None, f"missed {start!r}"
    assert row["speaker"] == speaker
    assert (row["actor"] if isinstance(row["actor"], str) else None) == actor


def test_anonymous_official_is_not_the_last_person_named(found):
    row = _match(found, "wire_warsaw_fortifications", "reported", "the plan had been discussed")
    assert row["speaker_kind"] == "role" and row["speaker"] == "The official"


def test_quoted_by_outlet_as_saying(found):
    row = _match(found, "wire_brussels_nato_ministers", "reported", "Moscow would respond")
    assert (row["speaker"], row["via"]) == ("Dmitry Peskov", "TASS")


def test_reported_speech_with_datelines_and_clauses(found):
    q = found[found["kind"] == "reported"]
    starmer = q[q["speaker"] == "Keir Starmer"]["text"].tolist()
    assert "Britain will send a further 3 billion pounds of military aid to Ukraine" in starmer
    assert any(t.startswith("the talks in Brussels were") for t in q["text"])


def test_channels_and_outlets(found):
    assert _match(found, "wire_kyiv_drone_attack", "direct", "Our commitment to Ukraine")["via"] == "The Guardian"
    assert _match(found, "wire_kyiv_drone_attack", "reported", "Britain would not be")["via"] == "The Telegraph"
    assert _match(found, "wire_berlin_taurus", "direct", "I think it would be")["via"] == "ARD"
    assert _match(found, "uk_press_london_summit", "direct", "The British people")["via"] == "GB News"


def test_told_takes_an_addressee_not_a_speaker(found):
    row = _match(found, "kyiv_independent_front_line", "direct", "We need more artillery")
    assert (row["speaker"], row["cue"], row["via"]) == ("a Ukrainian soldier", "tell", "Kyiv Independent")


def test_a_dateline_is_never_a_speaker(found):
    assert not found["speaker"].isin(["BERLIN", "KYIV", "BRUSSELS"]).any()


def test_reported_speech_stops_at_another_clause(found):
    reported = found[(found["doc_id"] == "wire_brussels_frozen_assets") & (found["kind"] == "reported")]
    assert not reported["text"].str.contains("Peskov").any()       # '... "theft", while Peskov said ...'
    assert _match(found, "wire_brussels_frozen_assets", "reported", "Moscow would take")["speaker"] == "Dmitry Peskov"
    healey = _match(found, "uk_press_london_summit", "reported", "the UK was")
    assert not healey["text"].endswith("adding")


def test_posted_is_a_cue_only_next_to_a_quote():
    q = dc.extract_quotes('"This is a historic day," von der Leyen posted on X. Zelensky posted a video of the damage.')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Ursula von der Leyen"]]


def test_every_article_is_coded(found):
    assert sorted(found["doc_id"].unique()) == sorted(GOLD)
