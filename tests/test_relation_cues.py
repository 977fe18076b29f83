"""The relation cue word lists of stance.yaml (``relations:``), one family at a time, on passages written here.

Each positive case names a cue family the lexicon gained in session 9 (it reads neutral without it); the
guards name what was taken out: a contest or an election result ("beat", "defeated"), a title
("champion", "award") and a rival named as one ("his opponent Y") are not stances.
"""

from __future__ import annotations

import pytest

from discourse.stance import load_stance, pair_stance


def read(text: str, first: str, second: str) -> tuple:
    a, b = text.index(first), text.index(second)
    return pair_stance(text, first=(a, a + len(first)), second=(b, b + len(second)))


@pytest.mark.parametrize("text, first, second, expected", [
    # disapproval, contempt, scorn, hatred, resentment
    ("Nigeria's senators voiced their disapproval of ECOWAS over the sanctions on Niger.", "Nigeria",
     "ECOWAS", ("first", "negative")),
    ("Most Taiwanese voters disapprove of Beijing's drills around the island.", "Taiwanese", "Beijing",
     ("first", "negative")),
    ("The Sudanese opposition made no secret of its contempt for Abdel Fattah al-Burhan.", "Sudanese opposition",
     "Abdel Fattah al-Burhan", ("first", "negative")),
    ("Hemedti scorned the African Union as a club of generals.", "Hemedti", "African Union",
     ("first", "negative")),
    ("Armenian refugees spoke of their hatred of Ilham Aliyev after the exodus.", "Armenian", "Ilham Aliyev",
     ("first", "negative")),
    ("Many Malians resent France for the decade of its military presence.", "Malians", "France",
     ("first", "negative")),
    # an opponent OF someone (not "his opponent Y", below); scathing words
    ("Boris Nadezhdin, an opponent of Vladimir Putin, tried to run in the election.", "Boris Nadezhdin",
     "Vladimir Putin", ("first", "negative")),
    ("Raila Odinga was scathing about William Ruto's tax plans.", "Raila Odinga", "William Ruto",
     ("first", "negative")),
    # verbs of attack in words: needled, hammered, complained, objected to, contradicted by
    ("Kemi Badenoch needled Keir Starmer over the Chagos deal.", "Kemi Badenoch", "Keir Starmer",
     ("first", "negative")),
    ("Nikki Haley hammered Vivek Ramaswamy over his Ukraine policy.", "Nikki Haley", "Vivek Ramaswamy",
     ("first", "negative")),
    ("Manila complained that China had rammed its supply boat.", "Manila", "China", ("first", "negative")),
    ("Hungary objected to Ukraine opening accession talks.", "Hungary", "Ukraine", ("first", "negative")),
    ("The UN mission in Juba contradicted South Sudan's army on the death toll.", "UN mission", "South Sudan",
     ("first", "negative")),
    # railing on / at, confronting, speaking critically of, undercutting
    ("Ousmane Sonko was railing on Macky Sall's government all week.", "Ousmane Sonko", "Macky Sall",
     ("first", "negative")),
    ("Mehdi Hasan confronted Benjamin Netanyahu's spokesman over the strike.", "Mehdi Hasan",
     "Benjamin Netanyahu", ("first", "negative")),
    ("Lula spoke critically of Nicolas Maduro after the vote in Caracas.", "Lula", "Nicolas Maduro",
     ("first", "negative")),
    ("Beijing is accused of undercutting Manila's claims in the shoal.", "Beijing", "Manila",
     ("first", "negative")),
    # "refused to" / "declined to" negate the cue after them: a refusal to back is negative, a refusal to
    # condemn is a non-act
    ("Viktor Orban refused to endorse Volodymyr Zelensky's peace plan.", "Viktor Orban", "Volodymyr Zelensky",
     ("first", "negative")),
    ("Viktor Orban refused to condemn Vladimir Putin.", "Viktor Orban", "Vladimir Putin", (None, "neutral")),
    ("Cyril Ramaphosa stopped short of condemning Moscow over the strikes.", "Cyril Ramaphosa", "Moscow",
     (None, "neutral")),
    ("Nairobi refrained from criticizing Addis Ababa at the summit.", "Nairobi", "Addis Ababa", (None, "neutral")),
    ("Paris stopped short of backing Rabat on the Sahara plan.", "Paris", "Rabat", ("first", "negative")),
    # a diplomatic protest, a poisoning, an uproar, frustration
    ("Algiers summoned France's ambassador over the Sahara remarks.", "Algiers", "France", ("first", "negative")),
    ("London says Moscow poisoned Sergei Skripal in Salisbury.", "Moscow", "Sergei Skripal", ("first", "negative")),
    ("Seoul voiced uproar over Tokyo's plan to release the water.", "Seoul", "Tokyo", ("first", "negative")),
    ("Many Colombians were frustrated that the FARC deal ignored the victims.", "Colombians", "FARC",
     ("first", "negative")),
    # opposition to, skepticism
    ("The Labour left kept up its opposition to Keir Starmer's welfare cuts.", "Labour left", "Keir Starmer",
     ("first", "negative")),
    ("Warsaw remained sceptical of Berlin's plan for the air shield.", "Warsaw", "Berlin", ("first", "negative")),
    # overruling, barring
    ("Kais Saied overruled the UGTT on the wage deal.", "Kais Saied", "UGTT", ("first", "negative")),
    ("Senegal's courts barred Ousmane Sonko from the race.", "Senegal", "Ousmane Sonko", ("first", "negative")),
    # fear, anger, outrage
    ("Vilnius feared that Moscow would test NATO in the Suwalki gap.", "Vilnius", "Moscow",
     ("first", "negative")),
    ("Protesters in Nairobi vented their anger at William Ruto.", "Nairobi", "William Ruto",
     ("first", "negative")),
    ("Ankara expressed outrage over Washington's arming of Kurdish fighters.", "Ankara", "Washington",
     ("first", "negative")),
    # hostile acts: seizing, assassinating, banishing, humiliating, retaliating, revolting
    ("Wagner fighters seized Bamako's airport road in the night.", "Wagner", "Bamako", ("first", "negative")),
    ("Tehran accused Israel of plotting to assassinate Ismail Haniyeh.", "Israel", "Ismail Haniyeh",
     ("first", "negative")),
    ("The junta banished the French ambassador from Niamey.", "junta", "French", ("first", "negative")),
    ("Hezbollah retaliated on Sunday with a barrage of rockets on Israel.", "Hezbollah", "Israel",
     ("first", "negative")),
    ("Houthi leaders promised revenge on Washington for the strikes.", "Houthi", "Washington",
     ("first", "negative")),
    ("The Tigray forces humiliated Addis Ababa with the capture of Mekelle.", "Tigray", "Addis Ababa",
     ("first", "negative")),
    # support in words: in support of, supporters of, compliments, kudos, happy with
    ("Imran Khan is courting supporters of Nawaz Sharif in Lahore.", "Imran Khan", "Nawaz Sharif",
     ("first", "positive")),
    ("Joe Biden compliments Narendra Modi on the moon landing.", "Joe Biden", "Narendra Modi",
     ("first", "positive")),
    ("The Kenyan president gave his kudos to Haiti's police.", "Kenyan", "Haiti", ("first", "positive")),
    ("Kyiv is not happy with Budapest's veto of the loan.", "Kyiv", "Budapest", ("first", "negative")),
    # advocating for someone
    ("Amal Clooney advocated for Mohamed Nasheed during his trial in Male.", "Amal Clooney", "Mohamed Nasheed",
     ("first", "positive")),
    # a blessing, believing in
    ("Hugo Chavez gave his blessing to Nicolas Maduro before the surgery.", "Hugo Chavez", "Nicolas Maduro",
     ("first", "positive")),
    ("Most of the delegates in Goma still believe in Felix Tshisekedi.", "Goma", "Felix Tshisekedi",
     ("first", "positive")),
    # protecting, investing in, mentoring, championing
    ("Qatar pledged to keep protecting Palestinian civilians in the talks.", "Qatar", "Palestinian",
     ("first", "positive")),
    ("The Gulf states, heavily invested in Egypt's stability, kept sending loans.", "Gulf states", "Egypt",
     ("first", "positive")),
    ("Nelson Chamisa visited the grave of his mentor Morgan Tsvangirai.", "Nelson Chamisa",
     "Morgan Tsvangirai", ("first", "positive")),
    ("Kagame has long championed Rwanda's troops in Mozambique.", "Kagame", "Rwanda", ("first", "positive")),
])
def test_new_relation_cues(text, first, second, expected):
    assert read(text, first, second) == expected


@pytest.mark.parametrize("text, first, second", [
    # a contest or an election won is not a stance
    ("Senegal beat Ivory Coast 2-1 in the final in Abidjan.", "Senegal", "Ivory Coast"),
    ("Bassirou Diomaye Faye defeated Amadou Ba in the first round.", "Bassirou Diomaye Faye", "Amadou Ba"),
    # a rival named as one, a title: no stance
    ("Donald Tusk led the polls over his opponent Mateusz Morawiecki.", "Donald Tusk", "Mateusz Morawiecki"),
    ("Kenya's runners met the Olympic champion Faith Kipyegon in Eugene.", "Kenya", "Faith Kipyegon"),
    ("The Oscar award winner Ke Huy Quan visited Hanoi.", "Oscar", "Ke Huy Quan"),
    # "close to" is mostly a place; a name is not a word ("Rep. Mia Love")
    ("Shelling hit a clinic in Sudan close to the border with Chad.", "Sudan", "Chad"),
    ("Utah's Mia Love met the envoy of Ghana.", "Utah", "Ghana"),
])
def test_words_that_are_not_relation_cues(text, first, second):
    assert read(text, first, second) == (None, "neutral")


def test_the_families_are_in_the_packaged_lexicon():
    terms = {t.term for t in load_stance().relations.terms}
    for term in ("disapproval of", "contempt for", "opponent of", "hammered", "retaliated",
                 "supporters of", "kudos", "protecting", "championed"):
        assert term in terms
    for term in ("beat", "defeated", "opponent", "champion*", "award*", "close to", "love", "defending"):
        assert term not in terms


def test_declined_to_negates_a_target_cue():
    # the negators serve the target stance too: "declined to supply" is against, as "refused to send" was
    import discourse as dc

    a = dc.analyze([dc.Document.from_text("Poland declined to supply more weapons to Kyiv.", id="t")])
    got = a.stance.set_index(["actor", "target"])["label"]
    assert got[("Poland", "military_aid")] == "against"
