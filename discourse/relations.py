"""Who stands for or against whom: stance of one actor (the holder) toward another (the target).

A **relation cue** ("praised", "thanked", "backed", "blamed", "accused",
"condemned", "warned", "called on" ...; ``relations:`` in ``stance.yaml``)
takes a side on the actor named right after it, within :data:`RELATION_WINDOW`
tokens in its clause: positive or negative. A negator among the
:data:`~discourse.stance.NEGATION_WINDOW` tokens before it turns a positive
cue negative ("did not back Kyiv", "no longer supports him": a refusal is a
stance), and a negative cue into no stance at all ("did not blame Kyiv" says
what the holder did not do, not that the holder favours Kyiv). Conditions and
questions are not assertions and are skipped, as in :mod:`discourse.stance`.

Whose stance it is (``role``):

``quote``, ``reported``
    The holder speaks: a direct or partial quote, or reported speech, of the
    holder's speaker; the cue's own subject is the speaker ("We thank
    Germany", "condemned Moscow"), not another actor named before it in the
    clause ("Russia attacked Kyiv," he said is a claim, not his stance).
``subject``
    An author's sentence whose subject the holder is ("Sudan's army accused
    the RSF of ..."); an apposition or relative clause after the subject is
    the author's description and is skipped.

A cue in a coordinated clause with a subject of its own ("China warned against
interference, and Taiwan thanked the United States") is not the holder's.

:func:`relation_rows` gives the rows of ``Analysis.relations``
(:data:`RELATION_COLUMNS`), :func:`relation_summary` one row per holder x
target, and :func:`pair_stance` reads one sentence with two marked entities
(for any entity, not only lexicon actors): it returns ``(holder, polarity)``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from .cleaning import straight_quotes
from .actors import Mention
from .matcher import MatchToken, match_tokens
from .text import Segmented, tokenize
from .units import Unit

if TYPE_CHECKING:
    from .stance import StanceLexicon

__all__ = ["RELATION_COLUMNS", "SUMMARY_COLUMNS", "RELATION_WINDOW", "relation_rows", "relation_summary",
           "pair_stance", "pair_reading", "PairReading", "HOLDERS", "POLARITIES", "SPEECH_THRESHOLD"]

#: Columns of ``Analysis.relations`` (see :func:`relation_rows`).
RELATION_COLUMNS = ["doc_id", "unit_id", "sent_id", "holder", "target", "polarity", "cue", "negated", "role",
                    "confidence", "start", "end", "text"]
#: Columns of :func:`relation_summary`.
SUMMARY_COLUMNS = ["holder", "target", "n", "n_positive", "n_negative", "net", "label"]
#: The target actor must start within this many tokens after the cue.
RELATION_WINDOW = 4
#: Values ``pair_stance`` returns.
HOLDERS = ("first", "second", None)
POLARITIES = ("positive", "negative", "neutral")

_ROLE = {"direct": "quote", "partial": "quote", "reported": "reported", "sentence": "subject"}
_CONFIDENCE = {"quote": 0.8, "reported": 0.7, "subject": 0.7}
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})
_BLOCKERS = frozenset({"that", "said", "says", "told", "whether", "if", "because", "while", "when"})
_PASSIVE = frozenset({"by", "from"})
_PAIR_BLOCKERS = _BLOCKERS - {"that"}      # "charged that Russia had interfered" is a stance on Russia
#: Reporting verbs whose speaker's words carry the speaker's stance. Left out, as they misled on news:
#: "told" (the other is the addressee), "called", "argued", "added", "declared", "stated", "thinks".
_SPEECH_VERBS = frozenset("""said says thundered fumed quipped scoffed complained complains
lamented laments wrote writes tweeted tweets claimed
claims insisted insists noted notes stressed stresses replied replies
believes suggested suggests explained explains described describes branded brands labeled
labels dubbed dubs""".split())
#: Verbs that name a speaker after the words said ('"...," added X'), though not before them.
_POSTPOSED_VERBS = frozenset("added adds declared stated argued".split())
#: What stands before a postposed speech verb: the end of the words said.
_AFTER_WORDS = frozenset({",", '"', "'", "\u201d", "\u2019", "''", "?", "!"})
#: Verbs of telling that name a speaker after the words said ('"...," X told reporters'), though not before
#: them (the entity after "told" is the addressee).
_TELLING = frozenset({"told", "tells"})
#: Words after a speech verb (or a speaker after it) that do not go on with a clause or a name: time,
#: place, manner, whom of ('"...," X said on Tuesday in a statement'; '"...," X said of the junta').
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_AFTER_SPEECH = frozenset("""on in at during after before late later earlier yesterday today tonight last when
as while of about from with to and via""".split()) | _WEEKDAYS
_ROLE_REACH = 4           # '"...," said RNC chairman X': at most this many role words between verb and speaker
_SPEECH_AUX = frozenset({"has", "had", "have", "also", "later", "then", "once", "previously", "recently"})
#: pair_stance: the |VADER compound| of a speaker's words that makes them positive or negative about the other
SPEECH_THRESHOLD = 0.3
_PAIR_REACH = 20          # pair_stance: at most this many tokens between the holder and the cue
_START = attrgetter("start")
#: Words that open a coordinated clause with its own subject ("..., while Kyiv praised ..."); "and" and
#: "but" do so after a comma.
_COORDINATORS = frozenset({"while", "whereas", "whilst"})
_COORDINATED_REACH = 7    # the new subject's coordinator at most this many tokens before the cue


#: Titles written with a full stop that the tokenizer splits off ("Ms." -> "ms", ".").
_TITLES = frozenset("""mr ms mrs dr sen rep gov gen lt col maj capt sgt adm cmdr prof rev st jr sr pres amb gens
sens reps govs""".split())
#: pair_stance: pronouns that stand for the other entity after a cue ("Democrats accused him of ...").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "his", "its", "their"})
#: pair_stance: words that introduce a relative clause whose subject acts on the entity before it
#: ("Navalny, whom Putin has long attacked").
_RELATIVES = frozenset({"who", "whom", "which", "that"})
#: pair_stance: what may stand between a subject and its cue ("Trump has repeatedly attacked her").
_SUBJECT_GAP = frozenset("""has had have also later then once previously recently repeatedly publicly openly
again often frequently sharply strongly immediately quickly himself herself itself themselves to will would
did does do since already even just still long first reportedly""".split())
#: pair_stance: a one-word cue with these endings is read as a verb, whose object may run long.
_VERB_ENDINGS = ("ed", "ing", "izes", "ises", "ses", "ges")
_VERB_REACH = 9
#: pair_stance: cues that are also nouns naming an event, after a determiner ("the attack on ...").
_EVENT_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "strike", "bombing", "killing", "invasion"})
_EVENT_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "terror", "terrorist", "deadly", "suicide",
                                "chemical", "latest", "recent", "last", "such", "these", "those", "another", "any",
                                "gas", "air", "heart", "shooting", "cyber", "knife", "bomb", "rocket", "missile",
                                "drone", "random", "impending", "retaliatory", "failed", "foiled", "planned",
                                "possible", "major", "militant", "insurgent", "jihadist", "fatal", "coordinated"})
#: pair_stance: nouns naming one's side toward the entity before them ("a Trump critic", "a Putin ally").
_AGENT_NOUNS = {**dict.fromkeys("""supporter supporters backer backers ally allies fan fans admirer admirers
loyalist loyalists defender defenders""".split(), 1),
                **dict.fromkeys("critic critics opponent opponents foe foes detractor detractors".split(), -1)}
#: pair_stance: words that make the left entity one of those ("X, a ... critic", "X is among ...").
_BEING = frozenset({",", "is", "was", "are", "were", "been", "be", "became", "as", "a", "an", "among", "one"})
_COPULAS = frozenset({"is", "was", "are", "were", "became", "becomes", "remains", "remained"})
#: ... and, for a plural ("Y supporters"), what makes the left entity one of the group ("X is among Y critics").
_GROUP = frozenset({"among", "one", "are", "were"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
#: pair_stance: determiners of a thing named again after a cue ("condemned the remarks", "praised his move").
_THING_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "these", "those", "this"})
#: pair_stance: role nouns that, after "the", name again a person or body mentioned before ("still backed the
#: president"); not "the government" or "the army", which often name another.
_REFERRING_NOUNS = frozenset("""president minister senator candidate leader governor lawmaker congressman
congresswoman company firm""".split())
#: pair_stance: nouns that name again what someone said or did ("condemned the remarks").
_ACT_NOUNS = frozenset("""remarks remark comments comment statement statements decision decisions move moves
plan plans proposal proposals policy policies action actions behavior behaviour conduct speech claims claim
words tweet tweets posts post rhetoric stance rule rules order orders promise promises agreement""".split())
_AGENT_MODIFIERS = 2      # "Y's staunchest supporters": adjectives between a possessive and its agent noun
#: pair_stance: after a possessed stance noun, these introduce its own target ("Y's attack on a judge").
_TARGET_PREPOSITIONS = frozenset({"on", "upon", "against", "toward", "towards"})
#: pair_stance: nouns whose possessor is the victim ("Y's murder").
_VICTIM_NOUNS = frozenset({"murder", "murders", "killing", "killings", "assassination", "kidnapping", "abduction"})
#: pair_stance: object pronouns that are a cue's own object, so a name after them is not ("backed him in ...").
_OWN_OBJECTS = frozenset({"him", "them", "us", "me"})
#: pair_stance: prepositions that say where, not whom ("support among ...", "attacks in ...").
_LOCATIVES = frozenset({"in", "among", "amongst", "during", "inside", "near", "across", "throughout"})
#: pair_stance: words that go on with a cue's object after a comma ("accused its neighbours, notably Y").
_APPOSED = frozenset({"and", "or", "particularly", "especially", "notably", "including", "namely", "chiefly",
                      "mainly", "mostly", "even", "also", "both", "former", "then", "now", "current"})
#: pair_stance: prepositions of place after an agent ("arrested by police in ...").
_PLACES = _LOCATIVES | {"outside", "at", "near"}
_AIMED = frozenset({"on", "upon", "against", "at"})    # a cue's preposition before its object: "assault on"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                          "our", "some", "many", "most", "all"})
#: pair_stance: stems of verbs of answering what the entity after them said or did ("answered Y's attacks").
_ANSWERING = ("answer", "respond", "repl", "rebut", "refut", "dismiss", "reject", "deni", "deny", "counter")
#: pair_stance: cues that, after a possessive, name what the possessor is blamed for ("Y's fault").
_BLAME_NOUNS = frozenset({"fault", "faults"})
_CONTESTS = frozenset("""game games match matches playoff final friendly set race fight bout start run debut
series win loss victory defeat lead won wins face faces faced facing off play plays played playing compete
competes competed competing primary caucus runoff matchup rematch showdown""".split())
_BE = frozenset({"was", "were", "been", "being", "is", "are", "be", "and"})
#: Words that make "critic" a profession ("film critic X", "the paper's theatre critic").
_CRITIC_FIELDS = frozenset("""film movie book books art arts architecture theater theatre drama dance music
restaurant food wine fashion television tv media culture cultural literary opera classical""".split())
#: pair_stance: stems of verbs whose object feels something about their subject ("X's speech angered Y",
#: "the deal delighted Y"): the object holds the stance, toward the subject.
_STIRRING = {**dict.fromkeys("""anger enrag infuriat outrag incens irk irritat rankl alarm dismay upset worr
frustrat annoy offend disappoint alienat antagoniz antagonis unnerv unsettl disgust appal horrif""".split(), -1),
             **dict.fromkeys("delight pleas impress thrill hearten".split(), 1)}
_STIRRING_FORMS = ("", "s", "es", "ed", "d", "ing", "ied", "ies", "ying", "y", "e", "ling", "led", "ies")
_STIRRING_REACH = 3       # "angered the Sudanese army": words between the verb and the entity (determiners, titles)
#: pair_stance: stems of verbs that cause a reaction in others ("X's remarks sparked outrage among Y").
_CAUSING = ("spark", "caus", "provok", "prompt", "trigger", "drew", "draw", "stirr", "stir", "fuel", "ignit",
            "elicit", "incur", "unleash", "earn", "attract", "invit", "stok")
#: ... and the reactions they cause, with their polarity toward the one who caused them.
_REACTIONS = {**dict.fromkeys("""outrage anger fury backlash criticism condemnation protest protests ire scorn
alarm concern concerns indignation uproar consternation resentment rebuke rebukes derision ridicule complaints
objections scowl boos jeers disgust dismay wrath displeasure""".split(), -1),
              **dict.fromkeys("praise applause cheers admiration gratitude acclaim plaudits".split(), 1)}
#: ... and the prepositions that name who reacts ("outrage among Y", "a protest from Y"; not "protests in Y").
_REACTING = frozenset({"from", "among", "amongst", "within", "by"})
#: ... and the reactions whose "of" names who reacts ("drew the ire of Y"; not "criticism of Y", "fears of Y").
_REACTIONS_OF = frozenset({"ire", "wrath", "anger", "fury", "scorn", "displeasure", "praise", "admiration",
                           "gratitude"})
#: Stance nouns that, after a number or "percent", are a share in a poll ("54 percent support among ...").
_SHARE_NOUNS = frozenset({"support", "backing", "approval"})
#: Verbs whose subject receives the stance noun after them ("won the backing of Y").
_RECEIVING = frozenset("""won wins win winning earned earns received receives receiving got gets getting has have
had secured secures gained gains enjoys enjoyed drew draws drawing attracted attracts lost loses garnered garners
garnering picked picks picking landed lands landing scored scores collected collects netted nets snagged
nabbed""".split())
_RECEIVING_REACH = 5      # "picked up his first Senate endorsement": words between the verb and the noun
_BECOMING = frozenset({"become", "became", "becomes", "remain", "remained", "remains"})
_PASSIVE_AUX = frozenset("is are was were be been being get gets got getting".split())
#: Participles that, after "be", are the subject's own stance ("was outraged at Y", "is opposed to Y").
_ADJECTIVAL = frozenset({"outraged", "opposed", "respected", "devoted", "committed", "disappointed", "frustrated"})
_PASSIVE_REACH = 12       # pair_stance: "was accused of rigging the vote in the north by X"
_DESCRIPTION_REACH = 25   # pair_stance: at most this many tokens in a bracket or a relative clause on the holder
_APPOSITION_REACH = 8     # pair_stance: at most this many words in an apposition ("X, an Alabama conservative,")
#: pair_stance: verbs that say what their object is, the predicate after "as" ("described Y as reckless")
#: or right after the object ("called Y a liar"); the words of the predicate carry the stance
_AS_VERBS = frozenset("""described describes describing describe portrayed portrays portraying characterized
characterizes characterizing characterised characterises characterising depicted depicts depicting""".split())
_NAMING_VERBS = frozenset("""called calls calling branded brands branding labeled labels labeling labelled
labelling dubbed dubs dubbing termed terms terming""".split())
_PREDICATE_REACH = 10     # at most this many words of the predicate are read


def _abbreviation(key: str) -> bool:
    """A token that a full stop after it abbreviates: a title or a single letter ("J. Smith")."""
    return key in _TITLES or (len(key) == 1 and key.isalpha())


class _Cue(NamedTuple):
    first: int
    last: int
    polarity: int
    negated: bool


def _relation_cues(tokens: Sequence[MatchToken], lexicon: "StanceLexicon") -> tuple[list[_Cue], set[int], list[int]]:
    """Relation cues with their negation, the token indices not asserted, and each token's clause."""
    raw, negs, conds = [], [], []
    for m in lexicon.relation_matcher.find(tokens):
        for tag, value in m.values:
            if tag == "r":
                raw.append((m.first, m.last, value))
            elif tag == "n":
                negs.append((m.first, m.last))
            elif tag == "i":
                conds.append(m.first)
    clause: list[int] = []
    masked: set[int] = set()
    start = k = 0
    for j in [j for j, tok in enumerate(tokens) if tok.key in _CLAUSE_ENDS]:   # few: one pass in C
        key = tokens[j].key
        if key == "." and j and _abbreviation(tokens[j - 1].key):
            continue                              # "Ms. de Lima", "Sen. Paul": not a clause end
        if key == "?":
            masked.update(range(start, j + 1))
        clause += [k] * (j + 1 - start)
        k += 1
        start = j + 1
    clause += [k] * (len(tokens) - start)
    for first in conds:
        j = first
        while j < len(tokens) and tokens[j].key != "," and tokens[j].key not in _CLAUSE_END:
            masked.add(j)
            j += 1
    cues = []
    seen: set[int] = set()
    for first, last, polarity in raw:
        if first in seen or any(j in masked for j in range(first, last)):
            continue
        seen.add(first)
        lo = first
        while lo > 0 and first - lo < NEGATION_WINDOW and clause[lo - 1] == clause[first]:
            lo -= 1
        negated = sum(1 for s, e in negs if lo <= s and e <= first) % 2 == 1
        if negated and polarity < 0:
            continue                              # "did not criticize Y": a non-act, not a stance
        cues.append(_Cue(first, last, -polarity if negated else polarity, negated))
    return cues, masked, clause


def _new_subject(text: str, tokens: Sequence[MatchToken], lo: int, first: int) -> bool:
    """A coordinated clause with a subject of its own opens between ``lo`` and the cue at ``first``: "China
    warned against interference, and Taiwan thanked ...", "X shelled the port while Kyiv's allies praised
    ..." (a name, capitalised, right after ", and" / ", but" / "while" / "whereas", within
    :data:`_COORDINATED_REACH` tokens of the cue, with no comma between). A list of names before the
    coordinator is one subject ("Mali, Niger, and Burkina Faso accused ..."), not a clause."""
    for j in range(first - 1, max(lo, first - _COORDINATED_REACH) - 1, -1):
        key = tokens[j].key
        if key == ",":
            return False
        if not (key in _COORDINATORS or key in ("and", "but") and j > lo and tokens[j - 1].key == ","):
            continue
        k = j + 1 + (tokens[j + 1].key == "the")
        if k >= first or not text[tokens[k].start].isupper():
            return False
        head = range(lo, j - 1 if tokens[j - 1].key == "," else j)
        return any(tokens[i].key[:1].isalpha() and not text[tokens[i].start].isupper() for i in head)
    return False


def _targets_after(cue: _Cue, tokens: Sequence[MatchToken], spans: Sequence[tuple[int, int, str]],
                   clause: list[int]) -> list[str]:
    """Actors named right after a cue (the first, and those joined to it by "and" or ",")."""
    out: list[str] = []
    pos = cue.last
    for first, last, actor in sorted(spans):
        if first < pos:
            continue
        gap = range(pos, first)
        if (first - pos > (RELATION_WINDOW if not out else 2) or any(clause[j] != clause[cue.first] for j in gap)
                or any(tokens[j].key in _BLOCKERS or not out and tokens[j].key == "," for j in gap)):
            break
        if out and not all(tokens[j].key in ("and", ",", "the", "its", "their") for j in gap):
            break
        if actor not in out:
            out.append(actor)
        pos = last
    return out


def _mention_spans(tokens: Sequence[MatchToken], mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """Mentions as match-token index spans ``(first, last, actor)``."""
    out = []
    for m in mentions:
        if not m.actor:
            continue
        i = bisect_left(tokens, m.start, key=_START)      # token starts ascend: no map of every token
        if i == len(tokens) or tokens[i].start != m.start:
            continue
        j = i
        while j < len(tokens) and tokens[j].end <= m.end:
            j += 1
        out.append((i, max(j, i + 1), m.actor))
    return out


def relation_rows(seg: Segmented, units: Sequence[Unit], unit_actor_rows: Sequence[tuple],
                  mentions: Sequence[Mention], lexicon: "StanceLexicon", *,
                  tokens: Sequence[list] | None = None, model=None) -> list[tuple]:
    """Rows of :data:`RELATION_COLUMNS` for one document.

    Columns: ``doc_id``, ``unit_id``, ``sent_id``; ``holder`` and ``target``
    (actors); ``polarity`` (``positive`` or ``negative``); ``cue`` (as
    written); ``negated`` (a negator turned a positive cue negative); ``role`` (``quote``,
    ``reported`` or ``subject``, see the module docstring); ``confidence``;
    ``start``, ``end`` and ``text``: the unit whose words are the evidence.

    With a ``model`` (:func:`discourse.stance.train`), every pair of actors
    named in one sentence is read by the model instead (``cue`` is
    ``"model"``, ``confidence`` its probability; ``role`` is ``quote`` or
    ``reported`` when the target is named in the holder's quote).

    :func:`discourse.stance.stance_and_relation_rows` gives these rows and the
    stance evidence in one pass over the units (what :func:`discourse.analyze` uses).
    """
    from .stance import stance_and_relation_rows

    return stance_and_relation_rows(seg, units, unit_actor_rows, mentions, lexicon, tokens=tokens, model=model)[1]


def unit_relation_rows(seg: Segmented, unit: Unit, tokens: Sequence[MatchToken], holders: Sequence[str],
                       others: Sequence[Mention], lexicon: "StanceLexicon") -> list[tuple]:
    """Relation rows of one unit: ``tokens`` are its match tokens (a reported unit's with the reporting
    verb before it; an author's sentence's after its subject), ``holders`` its speakers or subject
    actors, ``others`` the mentions of other actors in it."""
    spans = [s for s in _mention_spans(tokens, others) if s[2] not in holders]
    if not spans:
        return []
    cues, _, clause = _relation_cues(tokens, lexicon)
    if not cues:
        return []
    found = []
    for cue in cues:
        if _new_subject(seg.text, tokens, 0, cue.first):
            continue                              # "..., and Taiwan thanked Y": another subject's cue
        if tokens[cue.last - 1].key == "from":
            continue                              # "came under fire from Y": Y's stance, not the holder's
        if unit.kind != "sentence":
            # the cue's subject is the speaker: no other actor named before it in its clause,
            # unless "we"/"I" stand closer
            prior = [s for s in spans if s[1] <= cue.first and clause[s[0]] == clause[cue.first]]
            person = [j for j in range(cue.first) if clause[j] == clause[cue.first] and tokens[j].key in _FIRST_PERSON]
            if prior and not (person and person[-1] > prior[-1][1]):
                continue
        found.append((cue, _targets_after(cue, tokens, spans, clause)))
    role = _ROLE[unit.kind]
    rows = []
    for cue, targets in found:
        cue_text = seg.text[tokens[cue.first].start:tokens[cue.last - 1].end]
        for target in targets:
            for holder in holders:
                rows.append((seg.doc_id, unit.unit_id, unit.sent_id, holder, target,
                             "positive" if cue.polarity > 0 else "negative", cue_text, cue.negated, role,
                             _CONFIDENCE[role], unit.start, unit.end, seg.text[unit.start:unit.end]))
    return rows


def model_relation_rows(seg: Segmented, units: Sequence[Unit], unit_actor_rows: Sequence[tuple],
                         mentions: Sequence[Mention], model) -> list[tuple]:
    speakers: dict[int, list[str]] = {}
    for _, uid, actor, role in unit_actor_rows:
        if role == "speaker":
            speakers.setdefault(uid, []).append(actor)
    quotes = [u for u in units if u.kind != "sentence"]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.actor:
            by_sentence.setdefault(m.sent_id, []).append(m)
    items, meta = [], []
    for sent in seg.sentences:
        here = by_sentence.get(sent.sent_id, [])
        for i, a in enumerate(here):
            for b in here[i + 1:]:
                if a.actor == b.actor or b.start < a.end:
                    continue
                items.append((seg.text[sent.start:sent.end], (a.start - sent.start, a.end - sent.start),
                              (b.start - sent.start, b.end - sent.start)))
                meta.append((sent, a, b))
    rows = []
    for (label, prob), (sent, a, b) in zip(model.predict_scored(items), meta):
        if label == "neutral":
            continue
        holder, target = (a, b) if label.startswith("first") else (b, a)
        role = "subject"
        unit_id = next((u.unit_id for u in units if u.kind == "sentence" and u.sent_id == sent.sent_id), -1)
        for q in quotes:
            if q.start <= target.start < q.end and holder.actor in speakers.get(q.unit_id, ()):
                role, unit_id = _ROLE[q.kind], q.unit_id
                break
        rows.append((seg.doc_id, unit_id, sent.sent_id, holder.actor, target.actor, label.split(" ")[1], "model",
                     False, role, prob, sent.start, sent.end, seg.text[sent.start:sent.end]))
    return rows


def relation_summary(relations: pd.DataFrame) -> pd.DataFrame:
    """One row per holder x target: counts, net polarity and a label.

    Returns
    -------
    pandas.DataFrame
        :data:`SUMMARY_COLUMNS`: ``holder``, ``target``, ``n`` (evidence
        rows), ``n_positive``, ``n_negative``, ``net`` ((positive - negative)
        / n, in [-1, 1]) and ``label`` (positive / negative / mixed: neither
        side has two thirds of the rows). Sorted by ``n`` (descending), then
        holder and target.

    Examples
    --------
    >>> rel = pd.DataFrame({"holder": ["A", "A", "B"], "target": ["B", "B", "A"],
    ...                     "polarity": ["negative", "negative", "positive"]})
    >>> relation_summary(rel)[["holder", "target", "n", "net", "label"]].values.tolist()
    [['A', 'B', 2, -1.0, 'negative'], ['B', 'A', 1, 1.0, 'positive']]
    """
    if relations.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    rows = []
    for (holder, target), g in relations.groupby(["holder", "target"], sort=True):
        pos = int((g["polarity"] == "positive").sum())
        neg = int((g["polarity"] == "negative").sum())
        n = pos + neg
        share = pos / n if n else 0.5
        label = "positive" if share >= 2 / 3 else "negative" if share <= 1 / 3 else "mixed"
        rows.append((holder, target, n, pos, neg, (pos - neg) / n if n else 0.0, label))
    out = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    return out.sort_values(["n", "holder", "target"], ascending=[False, True, True], kind="mergesort",
                           ignore_index=True)


# -- one sentence, two entities -------------------------------------------------------------------

class PairReading(NamedTuple):
    """What :func:`pair_reading` saw: the answer and the cue behind it."""

    holder: str | None
    polarity: str
    cue: str
    negated: bool
    passive: bool


_WORD_END = re.compile(r"[\w'-]*")
#: A curly apostrophe read as a straight one ("didn\u2019t", "Trump\u2019s"): one character for one, so
#: offsets hold.
_STRAIGHT = str.maketrans({"\u2019": "'"})


def _compound(words: str) -> float:
    """VADER's compound score of ``words``, with curly quotes read as straight ones
    (:func:`discourse.cleaning.straight_quotes`)."""
    from .sentiment import vader_scorer

    return vader_scorer("vaderSentiment")(straight_quotes(words))["compound"]


def _extend(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span whose end falls inside a word, extended to the word's end ("Los Angele" -> "Los Angeles"); one
    that ends on the apostrophe of a possessive ("Ruto’" before "s") ends before it, so that the "'s"
    is read as the possessive it is ("Ruto's critics")."""
    start, end = int(span[0]), int(span[1])
    if end > 0 and end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += _WORD_END.match(text, end).end() - end
    elif (end - start > 1 and text[end - 1] in "'\u2019" and text[end:end + 1] == "s"
          and not text[end + 1:end + 2].isalnum()):
        end -= 1
    return start, end


def _check_span(text: str, span, name: str) -> tuple[int, int]:
    if (not isinstance(span, (tuple, list)) or len(span) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
        raise ValueError(f"{name} must be a (start, end) pair of character offsets, got {span!r}")
    start, end = span
    if not 0 <= start < end <= len(text):
        raise ValueError(f"{name}={tuple(span)} is not a span of the text (0 <= start < end <= {len(text)})")
    return start, end


def pair_reading(text: str, *, first: tuple[int, int], second: tuple[int, int],
                 lexicon: "StanceLexicon | None" = None) -> PairReading:
    """The rules' reading of one sentence with two entities (see :func:`pair_stance`), with its cue."""
    lexicon = lexicon if lexicon is not None else load_stance()
    spans = {"first": _extend(text, _check_span(text, first, "first")),
             "second": _extend(text, _check_span(text, second, "second"))}
    mt = match_tokens(tokenize(text.translate(_STRAIGHT)))
    cues, masked, clause = _relation_cues(mt, lexicon)
    # the entities as marked; then, if that says nothing, another place in the sentence where either
    # is named again ("Early doubts about Puig faded, and Roberts praised Puig for ...")
    firsts = [spans["first"], *_repeats(text, spans["first"])]
    seconds = [spans["second"], *_repeats(text, spans["second"])]
    reading = PairReading(None, "neutral", "", False, False)
    for i, one in enumerate(firsts):
        for j, two in enumerate(seconds):
            if i and j:
                continue
            idx = _token_spans(mt, {"first": one, "second": two})
            if idx is not None:
                reading = _pair_reading(text, mt, idx, cues, masked, clause)
                if reading.holder is not None:
                    return reading
    return reading


def _repeats(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Other places where the words of ``span`` stand as a whole word in ``text``."""
    name = text[span[0]:span[1]]
    if len(name) < 3:
        return []
    out, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        if at != span[0] and (at == 0 or not text[at - 1].isalnum()) and (end == len(text)
                                                                          or not text[end].isalnum()):
            out.append((at, end))
        at = text.find(name, at + 1)
    return out


def _token_spans(mt: Sequence[MatchToken], spans: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]] | None:
    """Character spans as token index spans; None when one covers no token or the two overlap."""
    idx: dict[str, tuple[int, int]] = {}
    for name, (s, e) in spans.items():
        inside = [i for i, t in enumerate(mt) if t.start < e and t.end > s]
        if not inside:
            return None
        idx[name] = (inside[0], inside[-1] + 1)
    (a0, a1), (b0, b1) = sorted(idx.values())
    return idx if b0 >= a1 else None


def _pair_reading(text: str, mt: Sequence[MatchToken], idx: dict[str, tuple[int, int]], cues: list[_Cue],
                  masked: set[int], clause: list[int]) -> PairReading:
    """:func:`pair_reading` for two entities as token spans ``idx`` (``first``, ``second``)."""
    left, right = sorted(idx, key=lambda n: idx[n])
    (l0, l1), (r0, r1) = idx[left], idx[right]
    stirred = _stirred(text, mt, l0, l1, r0, clause) or _reaction(text, mt, l1, r0, clause)
    if stirred is not None:
        return PairReading(right, *stirred, False, False)
    # a cue between the two entities, nearest the right one, in one clause with it
    between = [c for c in cues if l1 <= c.first and c.last <= r0 and r0 - c.last <= _object_reach(mt, c)
               and (c.first - _described(mt, l1, c.first) <= _PAIR_REACH or _pronoun_subject(mt, c))
               and clause[c.first] == clause[r0]
               and not any(mt[j].key in _PAIR_BLOCKERS for j in range(c.last, r0)) and not _object_ended(text, mt, c, r0, r1)
               and not _event_noun(mt, c) and not _object_elsewhere(text, mt, c, r0) and not _compound_beyond(text, mt, c, r0) and not _new_subject(text, mt, l1, c.first)
               and not _new_subject(text, mt, c.last, r0)]
    if between:
        cue = between[-1]
        voice = _voice(mt, cue, r0)
        if voice in ("active", "passive"):
            passive = voice == "passive"        # "was praised by Qatar", "criticism from Congress"
            felt = passive and cue.last - cue.first == 1 and _stirring(mt[cue.first].key)   # "was outraged by Y"
            return _reading(text, mt, cue, right if passive and not felt else left, passive)
        if voice == "object" and _act_of_agent(mt, cue, r0):
            return _reading(text, mt, cue, left, False)     # "criticized the plan offered by Y": Y's act
    # the passive with a longer complement: "X was accused of rigging the vote in the north by Y";
    # "X's plan drew criticism from Y" (the holder after "by" / "from" right before it)
    passive = [c for c in cues if l1 <= c.first and c.last <= r0 and clause[c.first] == clause[r0]
               and ((r0 - c.last <= _PASSIVE_REACH or _agent_list(text, mt, c, r0))
                    and c.first - _after_apposition(mt, l1, r0) <= 3
                    and any(mt[j].key == "by" for j in range(c.last, r0)) and _voice(mt, c, r0) == "passive"
                    or r0 - c.last == 1 and mt[c.last].key in _PASSIVE
                    or c.first - l1 <= _PAIR_REACH and _received(mt, c) and _agent_list(text, mt, c, r0, ("of", "from")))]
    if passive:
        return _reading(text, mt, passive[0], right, True)
    agent = _agent_passive(text, mt, l1, r0, clause)
    if agent is not None:       # "X was stabbed by Y": Y's act; "X was angered by Y": what X feels about Y
        return PairReading(left if _stirring(agent[1].lower()) else right, *agent, False, True)
    named = _characterization(text, mt, l0, l1, r0, r1, clause)
    if named is not None:
        return PairReading(left, *named, False, False)
    named = _relative_characterization(text, mt, l1, r0, r1, clause)
    if named is not None:
        return PairReading(right, *named, False, False)
    agent_noun = _agent_reading(text, mt, l0, l1, r0, r1, clause)
    if agent_noun is not None:
        return PairReading(left, *agent_noun, False, False)
    # the right entity is the cue's subject and the left one its object, named before:
    # "X ... Y accused him of", "X, whom Y praised", "X, which Y has derided", "X answered Y's criticism",
    # "Asked about X, he said many Y still supported the president" (a role noun naming X again)
    after = [c for c in cues if r1 <= c.first <= r1 + 3 and c.first not in masked
             and (r1 < len(mt) and mt[r1].key == "'s" and not _own_target(mt, c)
                  and (c.first == r1 + 1 and (mt[c.first].key in _BLAME_NOUNS or _answers(mt, l1, r0))
                       or c.first <= r1 + 2 and c.polarity > 0 and _receives(mt, l1, r0))
                  or all(mt[j].key in _SUBJECT_GAP or mt[j].key.endswith("ly") for j in range(r1, c.first))
                  and (c.last < len(mt) and mt[c.last].key in _OBJECT_PRONOUNS
                       or any(mt[j].key in _RELATIVES for j in range(max(l1, r0 - 2), r0))
                       or _object_is_possessed(mt, l1, c)
                       or c.last + 1 < len(mt) and mt[c.last].key == "the" and mt[c.last + 1].key in _REFERRING_NOUNS))]
    if after:
        # "Y's fault" lays the blame on Y: the left entity holds it ("X said it was all the RNC's fault")
        owned = mt[after[0].first].key in _BLAME_NOUNS and mt[r1].key == "'s"
        return _reading(text, mt, after[0], left if owned else right, False)
    return _speech_reading(text, mt, idx, clause)


def _reaction(text: str, mt: Sequence[MatchToken], l1: int, r0: int, clause: list[int]) -> tuple[str, str] | None:
    """``(polarity, noun)`` when the left entity (or what it did) causes a reaction of the right one: "X's
    remarks sparked outrage among Y", "X's call prompted a diplomatic protest from Y", "X drew praise from
    Y", "X drew the ire of Y" (a verb of :data:`_CAUSING`, a noun of :data:`_REACTIONS` at most three words
    after it, a preposition of :data:`_REACTING` at most two words after the noun, or "of" right after one of
    :data:`_REACTIONS_OF` and at most two determiners or adjectives before
    the right entity; in one clause, the verb at most :data:`_PAIR_REACH` tokens after the left entity);
    else None."""
    prep = r0 - 1
    while prep > l1 and r0 - prep <= 3 and mt[prep].key not in _REACTING and mt[prep].key != "of" and (
            mt[prep].key in _DETERMINERS or mt[prep].key.isalpha() and not text[mt[prep].start].isupper()):
        prep -= 1
    of = mt[prep].key == "of"
    if prep <= l1 or mt[prep].key not in _REACTING and not of or clause[l1 - 1] != clause[r0]:
        return None
    noun = next((j for j in range(prep - 1, max(l1, prep - 3) - 1, -1) if mt[j].key in _REACTIONS), None)
    if noun is None or of and (noun != prep - 1 or mt[noun].key not in _REACTIONS_OF):
        return None
    verb = next((j for j in range(noun - 1, max(l1, noun - 4) - 1, -1) if mt[j].key.startswith(_CAUSING)), None)
    if verb is None or verb - l1 > _PAIR_REACH or any(mt[j].key in _PAIR_BLOCKERS for j in range(l1, verb)):
        return None
    return ("positive" if _REACTIONS[mt[noun].key] > 0 else "negative"), text[mt[noun].start:mt[noun].end]


def _stirring(key: str) -> int:
    """The polarity (+1 / -1) of a verb of :data:`_STIRRING` ("angered", "worrying", "delights"), else 0."""
    for stem, polarity in _STIRRING.items():
        if key.startswith(stem) and key[len(stem):] in _STIRRING_FORMS:
            return polarity
    return 0


def _stirred(text: str, mt: Sequence[MatchToken], l0: int, l1: int, r0: int,
             clause: list[int]) -> tuple[str, str] | None:
    """``(polarity, verb)`` when the right entity is the object of a verb that says what it feels about the
    left one, the verb's subject (or what it did): "Beijing's drills angered Manila", "the ruling, which
    infuriated the junta", "Ruto's budget has worried Kenyan lawmakers", "..., delighting Kyiv" (the verb
    active, right before the right entity, at most :data:`_STIRRING_REACH` determiners, titles or words in
    capitals between; in one clause with the left entity, not named as a place, no speech verb between); else
    None. "X was angered by Y" is X's stance: the passive is read elsewhere."""
    verb = r0 - 1
    while verb > l1 and r0 - verb <= _STIRRING_REACH and mt[verb].key != "that" and (
            mt[verb].key in _DETERMINERS or mt[verb].key in _TITLES or text[mt[verb].start].isupper()):
        verb -= 1
    polarity = _stirring(mt[verb].key) if verb >= l1 else 0
    if (not polarity or verb - l1 > _PAIR_REACH or clause[l1 - 1] != clause[r0] or _placed(mt, l0)
            or mt[verb - 1].key in _PASSIVE_AUX or mt[verb - 1].key in _BECOMING
            or any(mt[j].key in _PAIR_BLOCKERS for j in range(l1, verb))):
        return None
    return ("positive" if polarity > 0 else "negative"), text[mt[verb].start:mt[verb].end]


def _answers(mt: Sequence[MatchToken], l1: int, r0: int) -> bool:
    """A verb of answering between the left entity and the right one: "X refrained from answering Y's
    attacks", "X dismissed Y's criticism". Then Y's stance noun is about X; without one, "Y's endorsement" or
    "Y's accusations" does not say whom they are about ("entered the race with Y's endorsement")."""
    return any(mt[j].key.startswith(_ANSWERING) for j in range(l1, r0))


def _receives(mt: Sequence[MatchToken], l1: int, r0: int) -> bool:
    """The left entity receives the right one's stance, named by a noun after its possessive: "X won Y's
    endorsement", "X secured Y's strong backing" (a verb of :data:`_RECEIVING` right before the right
    entity, or a determiner between)."""
    j = r0 - 1 - (r0 - 1 > l1 and mt[r0 - 1].key in _DETERMINERS)
    return j >= l1 and mt[j].key in _RECEIVING


def _agent_reading(text: str, mt: Sequence[MatchToken], l0: int, l1: int, r0: int, r1: int,
                   clause: list[int]) -> tuple[str, str] | None:
    """The right entity names whom the left one is for or against: "X, a vocal Y critic", "X is a Y ally",
    "X, one of Y's staunchest supporters" (the agent noun right after the right entity, or after its
    "'s" and at most :data:`_AGENT_MODIFIERS` adjectives; the left entity one of them by a copula, an
    apposition, "as" or "among" within 8 tokens): ``(polarity, noun)``; else None."""
    possessed = r1 < len(mt) and mt[r1].key == "'s"
    noun = start = r1 + possessed
    while (possessed and noun < len(mt) and noun - start < _AGENT_MODIFIERS and mt[noun].key not in _AGENT_NOUNS
           and mt[noun].key.isalpha() and not text[mt[noun].start].isupper() and mt[noun].key not in _BEING
           and mt[noun].key not in _PAIR_BLOCKERS and mt[noun].key != "and"):
        noun += 1
    lo = _after_apposition(mt, l1, r0)        # "X, a rising star in the party, is one of Y's ..."
    copula = next((j for j in range(r0 - 1, max(lo, r0 - 4) - 1, -1) if mt[j].key in _COPULAS), None)
    if copula is not None and copula - lo <= _PAIR_REACH and not _placed(mt, l0) and not any(
            mt[j].key in _RELATIVES or mt[j].key in _PAIR_BLOCKERS or mt[j].key in _SUBJECT_PRONOUNS
            or mt[j].key in _CLAUSE_END or mt[j].key in _COPULAS or j > lo and mt[j].key == ","
            for j in range(lo, copula)):
        lo = copula                           # "X, the father of the gunman, is an ardent Y supporter"
    if noun >= len(mt) or mt[noun].key not in _AGENT_NOUNS or r0 - lo > 8 or clause[l1 - 1] != clause[r0]:
        return None
    gap = {mt[j].key for j in range(lo, r0)}
    # a plural names a group: the left entity is one of it only when the sentence says so
    if not gap & (_GROUP if mt[noun].key.endswith("s") else _BEING):
        return None
    polarity = "positive" if _AGENT_NOUNS[mt[noun].key] > 0 else "negative"
    return polarity, text[mt[noun].start:mt[noun].end]


def _agent_list(text: str, mt: Sequence[MatchToken], cue: _Cue, r0: int, agents: tuple[str, ...] = ("by",)) -> bool:
    """The right entity is in a list of agents right after the cue's "by" (or ``agents``): "was praised by
    former Senator A, a Democrat, and Sheriff Y", "won the endorsements of President A, Senator B and Y"
    (only names, commas, "and", determiners, titles and list words between)."""
    by = next((j for j in range(cue.last, min(r0, cue.last + 2)) if mt[j].key in agents), None)
    return by is not None and all(
        text[mt[j].start].isupper() or mt[j].key in (",", "and", ".", "'s") or mt[j].key in _APPOSED
        or mt[j].key in _DETERMINERS or mt[j].key in _TITLES for j in range(by + 1, r0))


def _object_ended(text: str, mt: Sequence[MatchToken], cue: _Cue, r0: int, r1: int) -> bool:
    """A comma between the cue and the right entity ends the cue's object, unless what follows it names the
    object again or goes on with its list ("blamed the candidate, Jon Ossoff", "accuses its neighbours,
    particularly Turkey", "sanctioned two men, X and Y": only names, determiners, titles and list words
    between the comma and the entity); "support legalisation, according to the Y poll" does not reach Y.
    Nor does a name that speaks (``r0:r1`` followed by "said"): "an assault on Bakhmut, Ukraine said"."""
    commas = [j for j in range(cue.last, r0) if mt[j].key == ","]
    if commas and _speech_verb(mt, r0, r1) == (r1, False):
        return True             # "... an assault on Bakhmut, Ukraine said": the speaker, not the object
    return bool(commas) and not all(
        text[mt[j].start].isupper() or mt[j].key in _APPOSED or mt[j].key in _DETERMINERS or mt[j].key in _TITLES
        or mt[j].key == "." for j in range(commas[-1] + 1, r0))


def _object_is_possessed(mt: Sequence[MatchToken], l1: int, cue: _Cue) -> bool:
    """The left entity owns something ("X's remarks", "X's decision") and the cue's object is a thing named
    again (the noun after the possessive, or one of :data:`_ACT_NOUNS`: "the remarks", "his decision"):
    "X's comments drew support, but Y condemned the remarks" is Y's stance on X."""
    if not (l1 + 1 < len(mt) and mt[l1].key == "'s" and cue.last + 1 < len(mt)
            and mt[cue.last].key in _THING_DETERMINERS):
        return False
    noun = mt[cue.last + 1].key
    return noun in _ACT_NOUNS or noun in {mt[j].key for j in range(l1 + 1, min(l1 + 4, len(mt)))}


def _compound_beyond(text: str, mt: Sequence[MatchToken], cue: _Cue, r0: int) -> bool:
    """A cue glued by a hyphen to the word before it ("Iranian-backed Houthi rebels", "Moscow-backed president
    Viktor Yanukovych") qualifies the noun right after it: the right entity is not its object when it starts
    more than two words on. And "loyal" after a common noun ("forces loyal to Y") is that noun's, not the
    left entity's."""
    start = mt[cue.first].start
    if start > 0 and text[start - 1] == "-" and r0 - cue.last > 2:
        return True
    # "forces loyal to Y", "militias loyal to Y": the adjective's subject is the noun right before it
    before = mt[cue.first - 1].key if cue.first else ""
    return (mt[cue.first].key == "loyal" and before.isalpha() and before not in _BE and before not in _SUBJECT_GAP
            and before not in _BECOMING and not before.endswith(("ly", "ed", "ing"))
            and not text[mt[cue.first - 1].start].isupper())


def _described(mt: Sequence[MatchToken], l1: int, limit: int) -> int:
    """Where the words about an entity ending at ``l1`` end and its predicate starts (before ``limit``): after
    a bracket ("X (whose ...) ..."), an apposition ("X, a former envoy, ...", :func:`_after_apposition`) or a
    relative clause between commas ("X, who returned from Cairo on Tuesday, ..."), at most
    :data:`_DESCRIPTION_REACH` tokens; else ``l1``."""
    if l1 >= limit:
        return l1
    if mt[l1].key == "(":
        close = next((j for j in range(l1 + 1, min(limit, l1 + _DESCRIPTION_REACH)) if mt[j].key == ")"), None)
        return l1 if close is None else close + 1
    if mt[l1].key == "," and l1 + 1 < limit and mt[l1 + 1].key in _RELATIVES:
        close = next((j for j in range(l1 + 2, min(limit, l1 + _DESCRIPTION_REACH)) if mt[j].key == ","), None)
        return l1 if close is None else close + 1
    return _after_apposition(mt, l1, limit)


def _after_apposition(mt: Sequence[MatchToken], l1: int, r0: int) -> int:
    """Where the predicate starts after an entity ending at ``l1``: after its apposition ("X, an Alabama
    conservative, was ...": a comma, at most :data:`_APPOSITION_REACH` words without a verb of speech or a
    relative, a comma), else at ``l1``."""
    if l1 >= r0 or mt[l1].key != ",":
        return l1
    for j in range(l1 + 1, min(r0, l1 + 2 + _APPOSITION_REACH)):
        key = mt[j].key
        if key == ",":
            return j + 1 if j > l1 + 1 else l1
        if key in _RELATIVES or key in _PAIR_BLOCKERS or key in _PASSIVE_AUX or not key[:1].isalnum() and key != "'s":
            return l1
    return l1


def _agent_passive(text: str, mt: Sequence[MatchToken], l1: int, r0: int,
                   clause: list[int]) -> tuple[str, str] | None:
    """``(polarity, participle)`` when the left entity is the subject of a passive whose agent is the right
    one, with a verb that is no relation cue but whose VADER valence is clear (|compound| >=
    :data:`SPEECH_THRESHOLD`): "X was stabbed to death by Y", "X, a former envoy, was betrayed by Y" (an
    apposition after the left entity is skipped); else None."""
    j = lo = _after_apposition(mt, l1, r0)
    while j < r0 and j - lo < 3 and mt[j].key not in _PASSIVE_AUX:
        j += 1
    if j >= r0 or mt[j].key not in _PASSIVE_AUX or clause[j] != clause[r0]:
        return None
    j += 1
    while j < r0 and (mt[j].key.endswith("ly") or mt[j].key in _PASSIVE_AUX):
        j += 1
    by = next((k for k in range(j + 1, min(r0, j + _PASSIVE_REACH)) if mt[k].key == "by"), None)
    if (j >= r0 or by is None or r0 - by > 3 or _agent_placed(mt, by, r0)
            or any(mt[k].key in _PAIR_BLOCKERS or mt[k].key == "," for k in range(j, r0))):
        return None
    participle = text[mt[j].start:mt[j].end]
    compound = _compound(participle)
    if abs(compound) < SPEECH_THRESHOLD:
        return None
    return ("positive" if compound > 0 else "negative"), participle


def _characterization(text: str, mt: Sequence[MatchToken], l0: int, l1: int, r0: int, r1: int,
                      clause: list[int]) -> tuple[str, str] | None:
    """``(polarity, verb)`` when the left entity says what the right one is: "X described Y as reckless",
    "X has branded Y's remarks 'a disgrace'", "X called Y a liar" (the verb right before the right entity,
    with at most a determiner or a title between; the left entity its subject, in one clause, not after a
    locative, with no subject pronoun between; a participle after a noun, "a film called Y", names); the
    polarity is VADER's of the predicate (|compound| >= :data:`SPEECH_THRESHOLD`), else None."""
    verb = r0 - 1
    while verb > l1 and r0 - verb <= 3 and (mt[verb].key in _DETERMINERS or mt[verb].key in _TITLES
                                            or mt[verb].key in (".", "of", "some")):
        verb -= 1
    key = mt[verb].key
    if (verb < l1 or key not in _AS_VERBS and key not in _NAMING_VERBS or verb - l1 > _PAIR_REACH
            or l0 > 0 and mt[l0 - 1].key in _LOCATIVES            # "racism in U.S. institutions": no subject
            or clause[l1 - 1] != clause[r0]
            or any(mt[j].key in _PAIR_BLOCKERS or mt[j].key in _RELATIVES or mt[j].key in _SUBJECT_PRONOUNS
                   for j in range(l1, verb))):
        return None
    before = mt[verb - 1].key
    if key.endswith("ed") and before[:1].isalpha() and before not in _SUBJECT_GAP and not (
            before.endswith("ly") or text[mt[verb - 1].start].isupper()):
        return None                                       # "a book called Y": a name, not a verdict
    j = r1
    if j < len(mt) and mt[j].key == "'s":                 # "described Y's remarks as": the thing Y did
        j += 2                                            # "called Y's drills a threat": its head noun
    # "described Y's remarks as", "described the Y government as": the head noun before "as"
    while key in _AS_VERBS and j < len(mt) and j - r1 <= 3 and mt[j].key[:1].isalpha() and mt[j].key != "as":
        j += 1
    polarity = _predicate(text, mt, j, key, clause)
    return None if polarity is None else (polarity, text[mt[verb].start:mt[verb].end])


def _predicate(text: str, mt: Sequence[MatchToken], j: int, verb: str, clause: list[int]) -> str | None:
    """The polarity of what a characterizing ``verb`` says its object is, the predicate from ``j`` ("as"
    first for "described"; at most :data:`_PREDICATE_REACH` words, to a comma or the clause's end): VADER's,
    when |compound| >= :data:`SPEECH_THRESHOLD`, else None."""
    if verb in _AS_VERBS:
        if j >= len(mt) or mt[j].key != "as":
            return None
        j += 1
    end = j
    while end < len(mt) and end - j < _PREDICATE_REACH and clause[end] == clause[j - 1] and mt[end].key != ",":
        end += 1
    if end <= j:
        return None
    compound = _compound(text[mt[j].start:mt[end - 1].end])
    if abs(compound) < SPEECH_THRESHOLD:
        return None
    return "positive" if compound > 0 else "negative"


def _relative_characterization(text: str, mt: Sequence[MatchToken], l1: int, r0: int, r1: int,
                               clause: list[int]) -> tuple[str, str] | None:
    """``(polarity, verb)`` when the right entity says what the left one is, in a relative clause on it:
    "X, whom Y described as a criminal", "X, which Y has called a grave threat" (the relative right after the
    left entity or its comma, the right entity its subject, the verb after it); else None."""
    if not (l1 < r0 and mt[l1 + (mt[l1].key == ",")].key in _RELATIVES and r0 - l1 <= 3):
        return None
    verb = r1
    while verb < len(mt) and verb - r1 < 3 and (mt[verb].key in _SUBJECT_GAP or mt[verb].key.endswith("ly")):
        verb += 1
    if verb >= len(mt) or mt[verb].key not in _AS_VERBS and mt[verb].key not in _NAMING_VERBS:
        return None
    polarity = _predicate(text, mt, verb + 1, mt[verb].key, clause)
    return None if polarity is None else (polarity, text[mt[verb].start:mt[verb].end])


def _received(mt: Sequence[MatchToken], cue: _Cue) -> bool:
    """A positive stance noun that its subject receives: "won the backing of", "has the support of" (a verb
    of getting before it, with at most a determiner and an adjective between). A negative one or an agent
    noun after "of" names the target ("has led criticism of Y", "had become a critic of Y")."""
    j = cue.first - 1
    while j >= 0 and cue.first - j <= _RECEIVING_REACH and mt[j].key not in _RECEIVING:
        j -= 1
    return (cue.polarity > 0 and j >= 0 and mt[j].key in _RECEIVING and not mt[cue.last - 1].key.endswith("ed")
            and all(mt[k].key[:1].isalpha() and mt[k].key not in _PASSIVE_AUX and mt[k].key not in _BECOMING
                    and not mt[k].key.endswith("ed") for k in range(j + 1, cue.first)))


def _voice(mt: Sequence[MatchToken], cue: _Cue, r0: int) -> str:
    """How a cue before the right entity (at ``r0``) relates the two: ``"active"`` (the left one holds),
    ``"passive"`` (the right one holds: "was praised by Qatar", "forces backed by Iran", "criticism from
    Congress": "by" / "from" right after the cue, or a form of "be" / "get" before it), or ``"object"``:
    the "by" / "from" phrase belongs to the cue's object ("rejected the ruling by the court", "condemned
    plans by a pastor"), which is not read; or ``"unnamed"``: a passive without its agent ("X was accused of
    harassing Y", "X has been criticized for his remarks about Y"): the left entity is the cue's target and
    the one who holds the stance is not named, so neither holds it toward the other; or ``"place"``: the
    right entity is where the agent is, not the agent ("was attacked by men outside a Las Vegas club")."""
    gap = range(cue.last, r0)
    if mt[cue.last - 1].key == "from":
        return "passive"                        # "came under fire from Y", "faced a backlash from Y"
    if any(mt[j].key in ("of", "from") for j in range(cue.last, min(r0, cue.last + 3))) and _received(mt, cue):
        return "passive"                        # "won the backing of Y", "got an endorsement on Friday from Y"
    if not any(mt[j].key in _PASSIVE for j in gap):
        return "unnamed" if _bare_passive(mt, cue) else "active"
    if _agent_placed(mt, max(j for j in gap if mt[j].key in _PASSIVE), r0):
        return "place"
    j = cue.last
    while j < r0 and mt[j].key.endswith("ly"):
        j += 1
    if j < r0 and mt[j].key in _PASSIVE:
        return "passive"
    before = {mt[k].key for k in range(max(0, cue.first - 2), cue.first)}
    return "passive" if before & _PASSIVE_AUX else "object"


def _act_of_agent(mt: Sequence[MatchToken], cue: _Cue, r0: int) -> bool:
    """The cue's object is an act of the agent after "by" / "from" before the right entity: "criticized the
    budget proposal offered by Y", "protested a rule from Y", "praised the move by Y" (a noun of
    :data:`_ACT_NOUNS` right before the "by" / "from", or before a participle and adverbs before it; at most
    two determiners or titles between it and the right entity)."""
    by = max(j for j in range(cue.last, r0) if mt[j].key in _PASSIVE)
    if r0 - by > 3 or any(not (mt[j].key in _DETERMINERS or mt[j].key in _TITLES) for j in range(by + 1, r0)):
        return False
    j = by - 1
    while j > cue.last and (mt[j].key.endswith("ly") or mt[j].key.endswith("ed") or mt[j].key == "made"):
        j -= 1
    return j >= cue.last and mt[j].key in _ACT_NOUNS


def _agent_placed(mt: Sequence[MatchToken], by: int, r0: int) -> bool:
    """A preposition of place between an agent's "by" / "from" and the right entity: the entity says where
    the agent is ("by police in Urbana", "by a group of men outside a Las Vegas club"), not who."""
    return any(mt[j].key in _PLACES for j in range(by + 1, r0))


def _bare_passive(mt: Sequence[MatchToken], cue: _Cue) -> bool:
    """A one-word participle cue after a form of "be" / "get" ("was accused", "has been sharply criticized"),
    not an adjective of the subject's own ("was outraged at", "is opposed to")."""
    key = mt[cue.first].key
    if cue.last - cue.first != 1 or not key.endswith("ed") or key in _ADJECTIVAL:
        return False
    j = cue.first - 1
    while j > 0 and mt[j].key.endswith("ly"):
        j -= 1
    return j >= 0 and mt[j].key in _PASSIVE_AUX


def _object_reach(mt: Sequence[MatchToken], cue: _Cue) -> int:
    """How far after a cue the other entity may start: a verb's object may be a long noun phrase
    ("accused GOP presidential nominee Donald Trump"), a noun's complement is short."""
    key = mt[cue.last - 1].key
    return _VERB_REACH if cue.last - cue.first == 1 and key.endswith(_VERB_ENDINGS) else RELATION_WINDOW + 2


def _own_target(mt: Sequence[MatchToken], cue: _Cue) -> bool:
    """A possessed stance noun that names its own target ("Y's attack on a judge", "Y's criticism against
    the envoys"; not "on Friday"), or a crime whose possessor is the victim ("Y's murder"): not Y's stance
    toward the entity named before."""
    if mt[cue.first].key in _VICTIM_NOUNS:
        return True
    return (cue.last < len(mt) and mt[cue.last].key in _TARGET_PREPOSITIONS
            and not (cue.last + 1 < len(mt) and mt[cue.last + 1].key in _WEEKDAYS))     # "... on Friday": when


def _object_elsewhere(text: str, mt: Sequence[MatchToken], cue: _Cue, r0: int) -> bool:
    """The entity at ``r0`` is not what the cue is about: the cue has its own object pronoun before it
    ("endorsed him in the Nairobi Star", "criticized them on Kenyan television"), or the entity stands
    right after a locative preposition ("support among Fulani herders", "attacks in Goma", "welcomed in
    Dakar": where, not whom), or the cue's preposition has a named object of its own
    (:func:`_named_object_ends`)."""
    j = cue.last
    while j < r0 and mt[j].key.endswith("ly"):
        j += 1
    if j < r0 - 1 and mt[j].key in _OWN_OBJECTS:
        return mt[j + 1].key not in ("and", "or", ",")       # "criticized him and X": X is an object too
    if j < r0 and mt[j].key in _LOCATIVES:
        k = j + 1
        while k < r0 and mt[k].key in _DETERMINERS:
            k += 1
        return k == r0
    return _named_object_ends(text, mt, cue, r0)


def _named_object_ends(text: str, mt: Sequence[MatchToken], cue: _Cue, r0: int) -> bool:
    """The cue's preposition names its own object, and a clause goes on past it before the entity at ``r0``:
    "the army's assault on Omdurman angered residents of Khartoum", "X's attack against Kyiv drew ... Y"
    (the object is the name right after "on" / "against" / "at"; a verb right after it, in "-ed" or
    one of :data:`_CAUSING`, is the clause's own). Not "on Sunday" (a time), nor "on Y's forces" (the
    entity itself), nor "against the Arab-led government in Y" (a modifier)."""
    j = cue.last
    if not mt[j - 1].key in _AIMED and j < r0 and mt[j].key in _AIMED:
        j += 1                                      # "fired at", the preposition after the cue
    if not mt[j - 1].key in _AIMED:
        return False
    while j < r0 and mt[j].key in _DETERMINERS:
        j += 1
    if j >= r0 or not text[mt[j].start].isupper() or mt[j].key in _WEEKDAYS:
        return False
    while j < r0 and (text[mt[j].start].isupper() or mt[j].key == "'s"):
        j += 1
    return (j < r0 and text[mt[j].start - 1] != "-"                  # "the Arab-led government": a modifier
            and (mt[j].key.endswith("ed") or mt[j].key.startswith(_CAUSING)))   # the clause's own verb


def _pronoun_subject(mt: Sequence[MatchToken], cue: _Cue) -> bool:
    """A cue whose subject is "he", "she", "they" or "it" (standing for the entity named before, however far)."""
    j = cue.first - 1
    while j > 0 and (mt[j].key in _SUBJECT_GAP or mt[j].key.endswith("ly")):
        j -= 1
    return j >= 0 and mt[j].key in _SUBJECT_PRONOUNS


def _event_noun(mt: Sequence[MatchToken], cue: _Cue) -> bool:
    """A cue that names an event, not a stance: "the attack in Nice", "a terrorist attack on", "the game
    against", "was charged with"; or a share in a poll: "X with 46 percent support and Y"."""
    if cue.last - cue.first != 1 or cue.first == 0:
        return False
    key, before = mt[cue.first].key, mt[cue.first - 1].key
    return (key in _EVENT_NOUNS and before in _EVENT_DETERMINERS
            or key == "against" and before in _CONTESTS           # "the playoff game against Denver"
            or key == "charged" and before in _BE                 # "was charged with": a court's, not a stance
            or key in ("critic", "critics") and before in _CRITIC_FIELDS      # "film critic X": a profession
            or key in _SHARE_NOUNS and (before in ("percent", "pct") or before.endswith("%")))   # a poll's share


def _reading(text: str, mt: Sequence[MatchToken], cue: _Cue, holder: str, passive: bool) -> PairReading:
    polarity = "positive" if cue.polarity > 0 else "negative"
    return PairReading(holder, polarity, text[mt[cue.first].start:mt[cue.last - 1].end], cue.negated, passive)


def _speech_verb(mt: Sequence[MatchToken], s0: int, s1: int) -> tuple[int, bool] | None:
    """The speech verb of an entity as speaker, and whether the words said come before it: "X said",
    "X has said", '"...," X said'; '"...," said X', '"...," said Ms. X', '"...," says RNC chairman X'
    (after the words said: "said X" with a word before the verb is the reported clause's subject, "officials
    said X needs ...", not the speaker)."""
    if s1 < len(mt) and mt[s1].key in _SPEECH_VERBS:
        return s1, False
    if s1 < len(mt) and (mt[s1].key in _POSTPOSED_VERBS or mt[s1].key in _TELLING):
        return s1, True                   # '"...," X added', '"...," X told reporters': the words before only
    if s1 + 1 < len(mt) and mt[s1].key in _SPEECH_AUX and mt[s1 + 1].key in _SPEECH_VERBS:
        return s1 + 1, False
    for verb in range(s0 - 1, max(0, s0 - 1 - _ROLE_REACH), -1):
        if mt[verb].key in _SPEECH_VERBS or mt[verb].key in _POSTPOSED_VERBS:
            if verb > 0 and mt[verb - 1].key in _AFTER_WORDS:
                return verb, True
            return None
        if not mt[verb].key[:1].isalnum() or mt[verb].key in _PAIR_BLOCKERS:
            return None
    return None


def _names_the_speaker(mt: Sequence[MatchToken], o1: int, s0: int) -> bool:
    """The other entity (ending at ``o1``) is part of the speaker's description, just before it: "U.S.
    Attorney X said", "Alabama Governor X said", "HIA chief economist X said", "Kenya's foreign minister X
    said": it says whom the speaker works for, not what the speaker says about it."""
    return 0 <= s0 - o1 <= _ROLE_REACH and all(
        mt[j].key[:1].isalpha() and mt[j].key not in _SPEECH_VERBS and mt[j].key not in _PAIR_BLOCKERS
        or mt[j].key == "'s" for j in range(o1, s0))


def _placed(mt: Sequence[MatchToken], o0: int) -> bool:
    """The entity at ``o0`` is named as a place, after a preposition of place (and "the"): "the problems in
    Somalia", "a collision in Tempe", "talks at the Vatican". The words said are about what happens there,
    not a judgement of it."""
    j = o0 - 1 if o0 and mt[o0 - 1].key == "the" else o0
    return j > 0 and mt[j - 1].key in _PLACES


def _addressee_end(text: str, mt: Sequence[MatchToken], j: int) -> int:
    """After a verb of telling at ``j - 1``, the first token past its addressee: "told reporters", "told the
    station", "told The Tampa Tribune", "told Al Jazeera's programme" (names, determiners and "'s", up to a
    common noun, at most :data:`_ROLE_REACH` + 2 words); ``j`` itself after any other verb. What follows
    says whether the report ends there ("told reporters on Monday.") or goes on ("told reporters the M23
    would withdraw")."""
    if j < 1 or mt[j - 1].key not in _TELLING:
        return j
    k = j
    while k < len(mt) and k - j < _ROLE_REACH + 2:
        key = mt[k].key
        if key in _AFTER_SPEECH or key == "that" or not (key[:1].isalpha() or key == "'s"):
            break
        k += 1
        if key not in _DETERMINERS and key != "'s" and not text[mt[k - 1].start].isupper():
            break                                 # a common noun ends the addressee
    return k


def _speech_closes(mt: Sequence[MatchToken], after: int) -> bool:
    """The speech verb (or a speaker after it) ends the report, so the words said are those before:
    '"...," X said.', '"...," X said on Tuesday', '"...," said X, a spokesman', '"...," said X of the
    agency'. ``after`` is the first token after the verb, or after the postposed speaker. Not when words go
    on: "..., but X said there had been no threat" (the words before are the sentence's own); "..., said Y
    was still alive", "..., said Y's remarks could ..." (a name after "said" is the reported clause's
    subject); "..., said State Department spokesman X" (the name is the speaker's employer, not the
    speaker)."""
    if after >= len(mt):
        return True
    key = mt[after].key
    return key in _AFTER_SPEECH or not key[:1].isalpha() and key not in (":", "'s")


def _speech_reading(text: str, mt: Sequence[MatchToken], idx: dict[str, tuple[int, int]],
                    clause: list[int]) -> PairReading:
    """One entity speaks ("X said", '"...," said X', "according to X") and the other is named in what it
    says: the holder is the speaker, the polarity VADER's of the words said (:data:`SPEECH_THRESHOLD`)."""
    for speaker, other in (("first", "second"), ("second", "first")):
        s0, s1 = idx[speaker]
        o0, o1 = idx[other]
        found = _speech_verb(mt, s0, s1)
        if found is None or _placed(mt, s0):     # "an official in Baghdad told Reuters": where, not who
            continue
        verb, postposed = found
        if o0 > verb and not postposed:      # "X said (that) ... Y ...": the words after the verb
            lo, hi = verb + 1, len(mt)
        elif o1 <= min(s0, verb) and _speech_closes(mt, _addressee_end(text, mt, verb + 1) if verb >= s1
                                                     else s1 if postposed else verb + 1):
            lo, hi = 0, min(s0, verb)        # '"... Y ...," said X' / '"... Y ...," X said'
        else:
            continue
        if not lo <= o0 < hi or _names_the_speaker(mt, o1, min(s0, verb)) or _placed(mt, o0):
            continue
        words = text[mt[lo].start:mt[hi - 1].end] if hi > lo else ""
        compound = _compound(words) if words else 0.0
        if abs(compound) >= SPEECH_THRESHOLD:
            return PairReading(speaker, "positive" if compound > 0 else "negative",
                               text[mt[verb].start:mt[verb].end], False, False)
    return PairReading(None, "neutral", "", False, False)


def pair_stance(text: str, *, first: tuple[int, int], second: tuple[int, int], model=None,
                lexicon: "StanceLexicon | None" = None) -> tuple[str | None, str]:
    """Who, of two entities in a sentence, is for or against the other.

    Parameters
    ----------
    text : str
        One sentence.
    first, second : (int, int)
        Character spans of the two entities. A span that stops inside a word
        is extended to the word's end.
    model : StanceModel or None, default=None
        A model from :func:`discourse.stance.train`; ``None`` uses the rules.
    lexicon : StanceLexicon or None, default=None
        Relation cues (default: the packaged ``stance.yaml``).

    Returns
    -------
    (holder, polarity)
        ``holder`` in {"first", "second", None}; ``polarity`` in
        {"positive", "negative", "neutral"} (``None`` with ``"neutral"``).

    Raises
    ------
    ValueError
        When a span is not a ``(start, end)`` pair inside the text.

    Examples
    --------
    >>> s = "The Sudanese army accused the RSF of shelling a market."
    >>> pair_stance(s, first=(4, 17), second=(30, 33))
    ('first', 'negative')
    >>> s = "Hamas was praised by Qatar for the release."
    >>> pair_stance(s, first=(0, 5), second=(21, 26))
    ('second', 'positive')
    """
    if model is not None:
        return model.predict_pair(text, first=first, second=second)
    r = pair_reading(text, first=first, second=second, lexicon=lexicon)
    return r.holder, r.polarity


# stance imports this module at its end, and this module needs its clause ends, negation window and lexicon
# loader: imported here, once, at the end (either module may be imported first).
from .stance import _CLAUSE_END, NEGATION_WINDOW, load_stance  # noqa: E402

_CLAUSE_ENDS = _CLAUSE_END | {"but"}      # what ends a clause for a relation cue
