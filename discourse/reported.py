"""Reported speech: indirect speech without quote marks, and who reports it.

Two sieves (:data:`discourse.sieves.REPORTED_SIEVES`) read every sentence after
the quotes, on the words no quote's attribution has used:

``according_to``
    ``According to X, ...`` and ``..., according to X.``; X may be any noun
    phrase ("according to the poll").
``reported_cue``
    a cue verb with its subject, then the reported clause (``aid agencies
    warned that ...``, ``X told parliament his priority would be ...``), or the
    clause first (``The talks failed, the minister said.``), or a speech noun
    with its owner and a that-clause (``Moscow's claim that ...``: see
    :mod:`discourse.speech_nouns`).

:class:`ReportedSpeech` is read together with the quote reader of
:mod:`discourse.quotes` (it uses its tokens, cue matching, subjects and the
direct quotes already found), one method per step.
"""

from __future__ import annotations

from bisect import bisect_right

from .bare_subjects import bare_subject, subject_end
from .content_shapes import (asked_content_start, content_shape, has_complement, is_infinitive, is_question,
                             is_relative_clause, naming_predicate, noun_phrase_end, noun_with_clause,
                             writer_clause_start)
from .names import _brill
from .quote_kinds import MAX_TITLE_WORDS, TITLE_SMALL_WORDS
from .sieves import QuoteRow as _Row
from .source_subjects import opens_with_noun_phrase, reached_subject
from .speakers import Speaker, _Expr, dateline_end
from .speech_nouns import speech_noun

__all__ = ["ReportedSpeech"]

_ADDRESSEES = frozenset("reporters journalists parliament lawmakers legislators senators mps congress delegates "
                        "allies colleagues supporters troops soldiers students residents him her them us "
                        "me".split())
_MIN_REPORTED_WORDS = 3
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
_MIN_PARENTHETICAL_WORDS = 2     # "The ceasefire, Ruto said, was fragile": the subject stands before the cue
_MIN_PREDICATE_WORDS = 2     # an object and its predicate: "called him divisive"
_MAX_RELATIVE = 14           # words from a relative "who" to the cue ("who was not authorized to ...")
_MAX_MODIFIERS = 4
_PRONOUN_KINDS = frozenset({"pronoun", "they", "it"})   # "he said ...": a report even when no antecedent is found
_MAX_INVERTED_SPEAKER = 6    # words of "said <speaker>" before a participle: "said NATO chief Mark Rutte"
_MODIFIER_TAGS = ("CD", "DT", "JJ", "NNP")   # "one West Virginia official", "two senior Israeli officials"
_SHORT_PREPOSED = 5          # a content before its cue this short must read as a clause
_ADVERBIAL_STARTS = frozenset("on in at during after before this last later earlier today yesterday late when "
                              "while as to also again once repeatedly monday tuesday wednesday thursday friday "
                              "saturday sunday ahead following amid despite upon".split())
_RELATIVE_ADVERBS = frozenset({"when", "where", "who"})   # "told troops in Goma, where ...": not a question
_OBJECT_PREPOSITIONS = frozenset({"of", "against", "about"})   # "warned of a war if ...": a condition, no question
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_PASSIVE_ADVERBS = frozenset({"first", "also", "later", "widely", "previously", "initially", "officially", "not"})
_ASKED_ADVERBS = _PASSIVE_ADVERBS - {"not"} | {"once", "even", "repeatedly", "then", "again", "specifically",
                                              "recently", "just", "ever"}   # "was once asked", "has even been asked"
_TOPIC_PRONOUNS = frozenset("it this that them him her these those".split())
_ASKED_SUBORDINATORS = frozenset({"when", "whenever", "if", "after", "once", "as", "before"})   # "when asked whether"
_PARTICIPLE_OPENERS = frozenset({"after", "while", "before", "by", "in", "when", "since", "despite"})
_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "during", "amid", "upon"})   # "At a rally in Macon, X called Y"
_ASK = "ask"                 # the lemma whose subject asks: "asked about X" reports no words of its own
_CONTRAST = frozenset({"while", "whereas", "whilst"})
_NOT_CONTINUATIONS = frozenset("and but or as while when after before because although though since if which who "
                                "whose where whereas citing according than so".split())
_AUX = frozenset("is are was were has have had will would can could should may might must does did do".split())
_TIME_SUBORDINATORS = frozenset({"when", "after", "before", "since", "once", "until", "as"})
_QUANTIFIERS = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("as", "many"), ("as", "much")})
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
_TIME_WORDS = _DAYS | {"on", "late", "early", "last"}
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_PERIODS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter"})
_GAP_MARKS = frozenset({"'s", "'", ",", "-"})    # "argued during Saturday's debate that", "in Toledo, Ohio, that"
_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})   # "said after the summit he would ..."
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG", "MD"})   # a cue word used as a verb, not "opening remarks"
_MAX_ADDRESSEE = 12
_PHONE_LEMMAS = frozenset({"call", "call on"})   # "called Sanders Tuesday night and ...": a call, no addressee
_MAX_ADDRESSEE_NP = 6       # "told the UN Security Council ...": a noun phrase before a that-less clause
_GAP_SUBORDINATORS = frozenset("if though although because when where which who whom what whether as while "
                                "since until unless that and but or so than".split())
_MAX_GAP = 16
_CLAUSE_OPENERS = frozenset({"even", "just", "only", "but", "and", "so", "yet"})   # "Even as he accused ..."
_INTRO_WORDS = _ADVERBIAL_STARTS | frozenset("but and yet so still now however meanwhile instead indeed "
                                              "for by since from".split())
_FOCUS_ADVERBS = frozenset({"even", "also", "then", "again", "later"})
_PARTICIPLE_LINKS = frozenset({",", "by", "while", "after", "before"})   # ", saying that ...", "by telling them ...",
                                                                    # "while noting", "after telling his aides ..."
_NEW_CLAUSES = frozenset({"but", "and", "while", "though", "although", "as"})   # ", but ..." after a source
_SOURCE_PHRASE_ENDS = frozenset({"that", "which", "who", "whose", "-", "--", "\u2014", "\u2013"})   # "a poll that ..."
_MAX_DOCUMENT_GAP = 8         # "sent a letter to the mediators on Monday saying"
_MAX_SOURCE_PHRASE = 30      # "according to early results of exit polls conducted for the AP by ..."
_MAX_INTRO = 5               # "In addition, according to X, S.": a short introductory phrase


def _name_part(text: str) -> bool:
    """True for a token inside a name or a possessive: "AFL-CIO", "St.", "'s"."""
    return text in ("'s", "'") or text.replace("-", "").replace(".", "").isalnum()


class ReportedSpeech:
    """Reported speech of one document, read by :meth:`reported` (a mixin of the quote reader).

    The reader provides ``tokens(sid)``, ``words``, ``finder`` (a
    :class:`~discourse.speakers.SpeakerFinder`), ``cues``, ``lexicon``, ``used``,
    ``open_word``, ``phrase_at``, ``subject``, ``via`` and, once the quotes are
    read, ``_direct_starts`` and ``_direct_spans``.
    """

    def reported(self) -> list[_Row]:
        rows: list[_Row] = []
        for sent in self.seg.sentences:
            sid, toks, words = sent.sent_id, self.tokens(sent.sent_id), self.words[sent.sent_id]
            n, k = len(toks), 0
            taken_until = -1
            heads = self._cue_heads
            while k < n:
                if words[k] in self.cues.speech_nouns and k > taken_until and self.open_word(sid, k):
                    row, until = self._speech_noun(sid, k)
                    if row is not None:      # "Moscow's claim that ...", "warnings from aid groups that ..."
                        rows.append(row)
                        taken_until = k = until
                        continue
                if (sid, k) in self.used and 0 < k and k > taken_until and words[k] == "asked" and \
                        words[k - 1] in _ASKED_SUBORDINATORS and self.open_word(sid, k):
                    row, until = self._asked(sid, k, (k + 1, _ASK)) or (None, -1)
                    if row is not None:     # '"...," X said when asked whether ...': the question is read
                        rows.append(row)
                        taken_until = until
                if words[k] not in heads or k <= taken_until or (sid, k) in self.used or not self.open_word(sid, k):
                    k += 1
                    continue
                end = self.phrase_at(sid, k, self.cues.source_phrases)
                if end is not None:
                    row, taken_until = self._according(sid, k, end)
                    if row is not None:
                        rows.append(row)
                    k = max(k + 1, end)
                    continue
                verb = self.cues.match_verb(words, k)
                if verb is None or verb[1] in self.cues.quote_only_verbs or \
                        self.cues.asks_anonymity(words, k, verb[0]):      # "who asked not to be named"
                    k += 1
                    continue
                if words[verb[0] - 1] == "that" and \
                        is_relative_clause(self.texts(sid), words, verb[0], self._content_end(sid, verb[0])):
                    k += 1                  # "Corruption charges that were filed ...": a relative, the noun
                    continue
                row, taken_until = self._reported_verb(sid, k, verb)
                if row is not None:
                    rows.append(row)
                k = verb[0]
        return rows

    def _skip_to_that(self, sid: int, k: int, lemma: str) -> int:
        """Start of reported content after a cue: past "that" when only an adverbial
        ("said on Sunday that", "argued during Saturday's debate that", "says at a rally
        in Toledo, Ohio, that") or, after an addressee verb, a short object ("told
        reporters that") stands between; at the subject pronoun of a "that"-less clause
        after an adverbial ("said after the summit he would ...")."""
        toks, words = self.tokens(sid), self.words[sid]
        flags = self.finder.open_flags(sid)
        adverbial = self._opens_adverbial(sid, k) or (     # "continues to insist, most recently in ..., that"
            k < len(toks) and toks[k].text == "," and self._gap_mark(sid, k) and self._opens_adverbial(sid, k + 1))
        title_end = -1
        for j in range(k, min(len(toks), k + _MAX_GAP)):
            if j > k and lemma in self.cues.addressee_verbs and j > title_end and self.finder.is_mark(toks[j]):
                title_end = self._quoted_title_end(sid, j)      # 'told Al Jazeera's "Inside Story" that'
            if j <= title_end:
                continue
            if j > k and lemma in self.cues.addressee_verbs and is_question(words, j) and \
                    words[j] not in _RELATIVE_ADVERBS and len(words[k:j]) <= 8 and words[k] not in _OBJECT_PREPOSITIONS:
                return j                    # "told reporters on Thursday how ...": the question is the content
            if words[j] == "that" and (toks[j].text == "that" or not adverbial):
                gap = words[k:j]
                if not gap or (adverbial and j - k < _MAX_GAP - 2) or (
                        lemma in self.cues.addressee_verbs and gap[0] not in _OBJECT_PREPOSITIONS and (
                        len(gap) <= 8 or self._addressee_gap(sid, k, j))):   # not "warned against a deal that ..."
                    return j + 2 if j + 2 < len(toks) and toks[j + 1].text == "," else j + 1
                if not adverbial:
                    return k
                break
            if adverbial and j > k + 1 and words[j] in _CLAUSE_PRONOUNS and j + 1 < len(toks) and \
                    self._opens_with_verb(sid, j + 1) and not any(w in _GAP_SUBORDINATORS for w in words[k:j]):
                return j                    # "said after the summit he would ..."
            if j > k and adverbial and self.cues.match_verb(words, j) and _brill().get(toks[j].text) in _VERB_TAGS:
                break                       # "said as much in an interview, arguing that ...", "pledged to
                                            # support her, Devine suggested that ...": the next cue's
            if not flags[j] or not (toks[j].text.isalnum() or (adverbial and self._gap_mark(sid, j)) or (
                    lemma in self.cues.addressee_verbs and j > k and _name_part(toks[j].text))):
                break
            if j - k >= 12 and not adverbial:
                break
        # "said Thursday it would ...", "said late on Monday Kyiv had ...": a bare time adverbial
        j = k
        while j < len(toks) and j - k < 4 and words[j] in _TIME_WORDS | _PARTS_OF_DAY:
            j += 1      # "said Friday afternoon it would": the day, then its part
        if j > k and words[j - 1] in _DAYS | _PARTS_OF_DAY and j < len(toks) and toks[j].text.isalnum():
            return j
        return k

    def _quoted_title_end(self, sid: int, j: int) -> int:
        """Index of the closing mark when the quote mark at ``j`` opens a short quoted title
        after a name or a possessive ('Al Jazeera's "Inside Story"', 'CBS's "Face the
        Nation"'): up to :data:`~discourse.quote_kinds.MAX_TITLE_WORDS` words, each capitalized or a small
        function word; else -1."""
        toks = self.tokens(sid)
        if j == 0 or not _name_part(toks[j - 1].text) or not toks[j - 1].text[:1].isupper() and \
                toks[j - 1].text not in ("'s", "'"):
            return -1
        for q in range(j + 1, min(len(toks), j + MAX_TITLE_WORDS + 2)):
            text = toks[q].text
            if self.finder.is_mark(toks[q]):
                return q if q > j + 1 else -1
            if not (text[:1].isupper() or text.lower() in TITLE_SMALL_WORDS or text in ("'s", "-", ":")):
                return -1
        return -1

    def _addressee_gap(self, sid: int, k: int, j: int) -> bool:
        """True when tokens ``k:j`` after an addressee verb read as one long addressee and
        its adverbials, with no verb of their own ("told members of the AFL-CIO executive
        council that", "told a crowded hall at a hotel in downtown Baltimore that")."""
        toks = self.tokens(sid)
        return j - k <= _MAX_ADDRESSEE and not any(_brill().get(t.text) in _VERB_TAGS for t in toks[k:j])

    def _opens_adverbial(self, sid: int, k: int) -> bool:
        """True when an adverbial opens at token ``k`` after a cue ("on Sunday", "during
        the debate", "privately"), not an infinitive ("threatens to change ...")."""
        words = self.words[sid]
        if k >= len(words) or not (words[k] in _ADVERBIAL_STARTS or words[k].endswith("ly") or words[k] == "most"):
            return False
        return not (words[k] == "to" and k + 1 < len(words) and _brill().get(words[k + 1]) == "VB")

    def _gap_mark(self, sid: int, j: int) -> bool:
        """True when token ``j`` inside an adverbial gap is a possessive, a hyphen or a
        comma before a place name, "that" or another adverbial ("in Toledo, Ohio, that",
        "most recently in an interview, that"), not a comma before a new clause."""
        toks, words = self.tokens(sid), self.words[sid]
        text = toks[j].text
        if j + 1 >= len(toks) or text not in _GAP_MARKS:
            return False
        if text != ",":
            return True
        after, nxt = toks[j + 1].text, words[j + 1]
        return after == "that" or after[:1].isupper() or nxt == "most" or \
            (nxt in _ADVERBIAL_STARTS - _GAP_SUBORDINATORS) or (nxt.endswith("ly") and after.isalpha())

    def _content_end(self, sid: int, k: int) -> int:
        """Token index where reported content starting at ``k`` stops."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        is_open = self.finder.open_flags(sid)
        j = k
        while j < n:
            t = toks[j]
            if t.text == ":" and j + 1 < n and self.finder.is_mark(toks[j + 1]):
                break
            if is_open[j] and self.finder.is_mark(t) and self._opens_direct(t.start):
                break
            if words[j] in ("and", "but") and j > k and j + 1 < n and is_open[j + 1] and \
                    self.cues.match_verb(words, j + 1):
                break                       # "called on police to ... and called on people to ...": a second report
            if j > k and is_open[j] and words[j] in _ASKED_SUBORDINATORS and j + 1 < n and words[j + 1] == "asked":
                while j > k + 1 and words[j - 1] in ("and", "but", "or"):
                    j -= 1                  # "..., and when asked whether ...": not the "and"
                break                       # "... had no choice when asked about the strikes": the question's
            if t.text == ";" and j > k and is_open[j] and self._reported_clause_follows(sid, j + 1):
                break                       # "53% call themselves liberal; 26% say they are ...": another report
            if j > k and toks[j - 1].text == "," and is_open[j] and (
                    words[j] in _CONTRAST or (words[j].endswith("ing") and self.cues.match_verb(words, j))
                    or (words[j] in _FOCUS_ADVERBS and j + 1 < n and words[j + 1].endswith("ing")
                        and self.cues.match_verb(words, j + 1))
                    or self._attribution_follows(sid, j) or self.phrase_at(sid, j, self.cues.source_phrases)):
                break                       # '..., while Peskov said ...', '..., adding: ...', '..., his spokesman said',
                                            # '..., according to X': the content of another source

            j += 1
        while j > k and (toks[j - 1].text in (".", ",", ";", ":", "!", "?") or self.finder.is_mark(toks[j - 1])) \
                and not (self.finder.is_mark(toks[j - 1]) and self.finder.in_quote(toks[j - 1].start - 1)):
            j -= 1
        return j

    def _opens_direct(self, offset: int) -> bool:
        return offset + 1 in self._direct_starts

    def _row(self, sid: int, first: int, last: int, speaker: Speaker | None, cue: str,
             sieve: str = "reported_cue", *, min_words: int = _MIN_REPORTED_WORDS,
             unresolved: bool = False) -> _Row | None:
        """The reported row of tokens ``first:last``, or None when too short or only a quotation.
        Without a ``speaker`` there is a row only when ``unresolved`` (a pronoun subject whose
        antecedent was not found: the words were said, by nobody named, as for direct quotes)."""
        toks = self.tokens(sid)
        if speaker is None and not unresolved:
            return None
        if first == 0:
            first = dateline_end(toks)
        is_open = self.finder.open_flags(sid)
        words = [j for j in range(first, last) if toks[j].text[:1].isalnum()]
        if len(words) < min_words or not any(is_open[j] for j in words):
            return None                     # too short, or only a quotation ('X said "no".')
        start, end = toks[first].start, toks[last - 1].end
        if speaker is None:
            return _Row(sid, "reported", start, end, "", None, cue, None, "", True, None, None, "")
        return _Row(sid, "reported", start, end, speaker.name, speaker.actor, cue,
                    self.via((sid,), speaker), speaker.kind, True, speaker.start, speaker.end, sieve)

    def _reported_verb(self, sid: int, k: int, verb: tuple[int, str]) -> tuple[_Row | None, int]:
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        asked = self._asked(sid, k, verb) if verb[1] == _ASK else None
        if asked is not None:               # "Asked whether ..., X said", "when asked about ...", "was asked to ..."
            return asked
        passive = self._passive_agent(sid, k, verb)
        if passive is not None:             # "was told by officials that ...", "The deal was announced by Qatar"
            return passive
        expr = self._document_subject(sid, k) or self.subject(sid, k)
        if expr is not None and words[expr.last - 1] in ("and", "but"):
            expr = self._coordinated_subject(sid, k)    # "released the videos and called on": no subject there
        inverted = False
        if expr is None and k > 0 and toks[k - 1].text == "," and not toks[k].text.endswith("ing"):
            expr = self.finder.expr_starting_at(sid, verb[0])     # '"...", said the minister' (not ", adding that")
            inverted = expr is not None
        if expr is None:
            expr = self._bare_subject(sid, k)
        if expr is None:
            expr, inverted = self._lead_in_subject(sid, k) or self._participle_subject(sid, k), False
        if expr is None:
            return self._opening_participle(sid, k, verb) or (None, -1)
        speaker = self.finder.resolve(sid, expr)
        after_cue = verb[0] if not inverted else expr.last
        if not inverted and verb[1] in self.cues.predicate_verbs:
            end = naming_predicate(self.texts(sid), words, after_cue, self._content_end(sid, after_cue))
            if end is not None and all(self.open_word(sid, j) for j in range(after_cue, end)):
                # "Kyiv called the strike a war crime", "called him divisive"; not 'called the
                # plan "reckless"': the term is a partial quote, the object is not what was said
                row = self._row(sid, after_cue, end, speaker, verb[1], min_words=_MIN_PREDICATE_WORDS)
                return row, (end if row is not None else -1)
        first = self._skip_to_that(sid, after_cue, verb[1])
        if first == after_cue and not inverted and first + 1 < n and toks[first].text == ":" and \
                not self.finder.is_mark(toks[first + 1]):
            first += 1                      # "The governor added: It's typical of ...": a statement, unquoted
        # "X said on Thursday, as ...": an adverbial, not what was said
        adverbial = first == after_cue and first < n and (words[first] in _ADVERBIAL_STARTS or toks[first].text == ",") \
            and tuple(words[first:first + 2]) not in _QUANTIFIERS \
            and not (verb[1] in self.cues.infinitive_verbs and is_infinitive(words, first))   # "vowed to retake"
        last = self._content_end(sid, first)
        # "briefed reporters on condition of anonymity": an addressee, not what was said;
        # "told parliament his priority would be ...": the addressee, then what was said
        clause = self._after_addressee(sid, first, verb[1]) if (
            first == after_cue and verb[1] in self.cues.addressee_verbs and not inverted) else None
        if clause is not None:
            first, last = clause, self._content_end(sid, clause)
        about = self._addressee_about(sid, first, last) if (
            clause is None and first == after_cue and verb[1] in self.cues.addressee_verbs and not inverted) else None
        if about is not None:               # "asked the minister about the convoy, as ...": the topic is asked
            last = next((j for j in range(about, last) if toks[j].text == ","), last)
        addressed = clause is None and first == after_cue and verb[1] in self.cues.addressee_verbs and \
            not inverted and "to" not in words[first:min(last, first + 6)] and about is None and \
            not is_question(words, first) and \
            (first >= n or words[first] not in _OBJECT_PREPOSITIONS or verb[1] == _ASK)
        # "asked whether ...", "warned of a war": no addressee; but "Nobody asked about ...": no words
        if clause is None and not inverted and not adverbial and (first == after_cue or words[first - 1] != "that"):
            last = self._shaped_end(sid, first, last, verb[1], event=self._in_time_clause(sid, expr))
        rel = subject_end(self.texts(sid), k) if k > 0 else None
        if rel and words[rel - 1] in ("who", "which", "whom") and expr.last < rel:
            # "voters who said X, ...", "The ministry, which has denied X, said ...": X ends at a comma
            last = next((j for j in range(first, last) if toks[j].text == ","), last)
        elif clause is None and not inverted and self._opening_time_clause(sid, expr):
            last = self._clause_comma(sid, first, last)     # "When the envoy said X, the rebels ...": X ends there
        if last - first >= _MIN_REPORTED_WORDS and not inverted and not adverbial and not addressed:
            row = self._row(sid, first, last, speaker, verb[1], unresolved=expr.kind in _PRONOUN_KINDS)
            return row, (last if row is not None else -1)   # no speaker: a cue inside may still be read
        # "The talks failed, X said." / "..., said X on Monday, as ..." : the content comes first
        as_row = None if inverted else self._as_attribution(sid, expr, after_cue, speaker, verb[1])
        if as_row is not None:          # "As the minister pointed out, ...", "..., as the envoy said."
            return as_row, n
        if adverbial and not self._short_tail(sid, after_cue):
            return None, -1                 # "X has called on allies to ...": not a post-posed attribution
        head = expr.first if not inverted else k
        while not inverted and head > 1 and toks[head - 1].text.isalpha() and self.finder.title_word(toks[head - 1].text):
            head -= 1                                       # "..., Prime Minister Keir Starmer said"
        head = self._role_phrase_start(sid, head)          # "..., his spokesman, Stephane Dujarric, told ..."
        head = self._modifiers_start(sid, head)            # "..., one West Virginia official said."
        sentence_final = all(t.text in (".", "!", "?") for t in toks[after_cue:])
        tail = sentence_final or adverbial or (addressed and self._short_tail(sid, after_cue))
        if head > 1 and toks[head - 1].text == "," and tail and self._authorial(sid, 0, head - 1):
            rest = self._parenthetical_rest(sid, after_cue)
            if rest is not None:            # "The museum, Mr. Bush said, celebrated ...", "Still, he said, ..."
                return self._row(sid, rest, self._content_end(sid, rest), speaker, verb[1],
                                 min_words=_MIN_PARENTHETICAL_WORDS, unresolved=expr.kind in _PRONOUN_KINDS), n
        if head > 1 and toks[head - 1].text == "," and tail and self._authorial(sid, 0, head - 1) and \
                (head - 1 - dateline_end(toks) > _SHORT_PREPOSED or
                 content_shape(self.texts(sid), words, dateline_end(toks), head - 1) == "clause") and \
                not self._adverbial_opening(sid, head - 1):
            # not "Her Latvian counterpart, Andris Spruds, agreed.": a subject, not what was said;
            # not "Speaking at a rally in Salem, X called ...": where, not what
            return self._row(sid, 0, head - 1, speaker, verb[1], unresolved=expr.kind in _PRONOUN_KINDS), n
        return None, -1

    def _passive_agent(self, sid: int, k: int, verb: tuple[int, str]) -> tuple[_Row | None, int] | None:
        """The row of a passive cue with its agent after "by", who is the speaker: "He was told
        by officials that S" (the clause), "The truce was announced by the mediators on Monday"
        (the subject, but never for an addressee verb: "He was told by officials" reports no
        words); None when the cue is no passive with an agent."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        a = k - 1
        while a > 0 and words[a] in _PASSIVE_ADVERBS:
            a -= 1                          # "was first reported by"
        by = verb[0]
        if a < 1 or words[a] not in _PASSIVE_AUX or by + 1 >= n or words[by] != "by" or not self.open_word(sid, by):
            return None
        agent = self.finder.expr_starting_at(sid, by + 1)
        if agent is None:
            end = noun_phrase_end(self.texts(sid), words, by + 1, n)
            agent = None if end is None else _Expr(by + 1, end, "unnamed")
        if agent is None:
            return None
        speaker = self.finder.resolve(sid, agent)
        that = next((j for j in range(agent.last, min(n, agent.last + 8)) if words[j] == "that"), None)
        if that is not None and all(toks[j].text.isalnum() for j in range(agent.last, that)):
            end = self._content_end(sid, that + 1)
            return self._row(sid, that + 1, end, speaker, verb[1]), end
        if verb[1] in self.cues.addressee_verbs:
            return None, -1
        start = self.finder.dateline_end(sid)
        subject = range(start, a)
        if not 2 <= len(subject) <= _MAX_GAP or words[start] in _CLAUSE_PRONOUNS | {"it", "this", "that"} or \
                not all(toks[j].text.isalnum() or toks[j].text in ("'s", "'", "-") for j in subject) or \
                content_shape(self.texts(sid), words, start, a) != "noun":
            return None, -1
        return self._row(sid, start, a, speaker, verb[1], min_words=_MIN_PREDICATE_WORDS), a

    def _asked(self, sid: int, k: int, verb: tuple[int, str]) -> tuple[_Row | None, int] | None:
        """The row of what a passive or participle "asked" at ``k`` reports: the question, its
        topic or the request ("Asked on Monday whether the border would open, the minister
        said ...", "..., he said when asked about the convoy", "She was asked to resign").
        The one asked is no speaker: the speaker is the agent after "by" ("asked by
        reporters whether ...") or nobody named (an empty speaker). In an opening clause the
        content runs to the comma before the main clause. A topic ("about X") is read only
        where it frames the answer in the same sentence ("Asked about X, Y said", "..., Y
        said when asked about X"), not in "Voters were asked about the junta." (an event).
        None when "asked" is active ("The envoy asked whether ...": read as any cue) or
        reports no words."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        start = self.finder.dateline_end(sid)
        if words[k] != "asked" or verb[0] != k + 1:
            return None
        a = k - 1
        while a > start and words[a] in _ASKED_ADVERBS:
            a -= 1
        lead = start
        while lead < k and words[lead] in ("and", "but", "so", "yet"):
            lead += 1                       # "And when asked ..."
        opening = lead == k or (words[lead] in _ASKED_SUBORDINATORS and all(self.open_word(sid, j)
                                                                           for j in range(lead, k)))
        passive = a >= start and words[a] in _PASSIVE_AUX and a < k
        participle = k > start and (words[k - 1] in _ASKED_SUBORDINATORS or (toks[k - 1].text == "," and any(
            self.open_word(sid, j) and self.cues.match_verb(words, j) for j in range(start, k - 1))))
        apposition = not participle and k > start + 1 and toks[k - 1].text == ","   # "Ruto, asked about X, said"
        if not (passive or participle or apposition or lead == k):
            return None
        j, agent = k + 1, None
        if j + 1 < n and words[j] == "by":  # "asked by a reporter whether ..."
            agent = self.finder.expr_starting_at(sid, j + 1)
            if agent is None:
                a0 = j + 1 + (words[j + 1] in ("a", "an"))
                end = noun_phrase_end(self.texts(sid), words, a0, n)
                agent = None if end is None else _Expr(j + 1, end, "unnamed")
            if agent is None:
                return None
            j = agent.last
        first = asked_content_start(self.texts(sid), words, j, n)
        if first is None or not self.open_word(sid, first):
            return None
        last = self._content_end(sid, first)
        comma = self._main_clause_comma(sid, first)
        if opening and comma is None:
            return None, -1
        if comma is not None and (opening or comma < last):
            last = comma                    # "..., and when asked whether X, he shrugged"
        if apposition:
            last = next((c for c in range(first + 1, last) if toks[c].text == "," and c + 1 < n and (
                self._opens_with_verb(sid, c + 1) or self.cues.match_verb(words, c + 1))), None)
            if last is None:
                return None                 # "Lawmakers, visibly angry, asked whether ...": they ask
        if words[first] == "about":         # a topic: "about the convoy", not "about it during the debate";
            if passive and not (participle or opening):     # "Voters were asked about the junta.": an event
                return None, -1
            last = first + 2 if words[first + 1] in _TOPIC_PRONOUNS else self._clause_comma(sid, first, last)
        speaker = self.finder.resolve(sid, agent) if agent is not None else None
        row = self._row(sid, first, last, speaker, verb[1], unresolved=True)
        return row, (last if row is not None else -1)

    def _main_clause_comma(self, sid: int, first: int) -> int | None:
        """Index of the comma after ``first`` that the sentence's main clause follows, a
        subject and its verb ("..., the minister said", "..., Ban demurred"), not an
        apposition or a relative clause; None when there is none."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        for c in range(first, n - 2):
            if not self.open_word(sid, c):
                return None
            if toks[c].text != ",":
                continue
            v = next((v for v in range(c + 2, min(n, c + 10)) if self._opens_with_verb(sid, v) or
                      (self.open_word(sid, v) and self.cues.match_verb(words, v))), None)
            expr = None if v is None else self.subject(sid, v) or self._bare_subject(sid, v)
            if expr is not None and expr.first == c + 1:
                return c
        return None

    def _adverbial_opening(self, sid: int, end: int) -> bool:
        """True when the words before ``end`` (the comma before a post-posed attribution) are one
        adverbial with no finite verb and no comma: a participle phrase or a prepositional one
        ("Speaking at a town hall in Salem", "Dashing into a closed-door lunch", "At a rally in
        Macon"), not "On Monday, the ceasefire collapsed"."""
        toks, words = self.tokens(sid), self.words[sid]
        start = dateline_end(toks)
        if start >= end:
            return False
        text = toks[start].text
        opens = words[start] in _PLACE_PREPOSITIONS or (text[:1].isupper() and _brill().get(text.lower()) == "VBG")
        return opens and "," not in self.texts(sid)[start:end] and \
            content_shape(self.texts(sid), words, start, end) != "clause"

    def _addressee_about(self, sid: int, first: int, last: int) -> int | None:
        """Index of "about" after a short addressee from ``first`` ("asked the minister about
        the convoy", "told viewers about ..."): the topic is what was said; None when no
        addressee stands before it ("Nobody asked about ...": no words reported)."""
        words = self.words[sid]
        return next((j for j in range(first + 1, min(last, first + 6)) if words[j] == "about"
                     and words[first] != "about" and self.open_word(sid, j)), None)

    def _opening_participle(self, sid: int, k: int, verb: tuple[int, str]) -> tuple[_Row | None, int] | None:
        """The row of a participle cue opening the sentence, spoken by the main clause's
        subject: "Noting that the talks had stalled, the envoy said ...", "After saying he was
        tired, the envoy left" (the content runs to the comma); a clause, an infinitive or a
        naming predicate only ("Responding to the criticism, ..." reports no words), and not
        "ask" (the one asked is no speaker)."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        text, start = toks[k].text, self.finder.dateline_end(sid)
        if start < k and words[start] in _PARTICIPLE_OPENERS and k == start + 1:
            text = text.capitalize()        # "After saying he was nervous, the man ...", "While noting that ..."
        if k != start + (words[start] in _PARTICIPLE_OPENERS) or not (
                text[:1].isupper() and text.endswith("ing")) or verb[1] == _ASK:
            return None
        comma = next((c for c in range(verb[0], n) if toks[c].text == "," and self.open_word(sid, c)), None)
        if comma is None or comma + 2 >= n:
            return None
        v = next((v for v in range(comma + 2, min(n, comma + 10)) if self._opens_with_verb(sid, v) or (
            toks[v].text.islower() and _brill().get(toks[v].text) == "VBN")), None)     # "the envoy left"
        expr = None if v is None else self.subject(sid, v) or self._bare_subject(sid, v)
        if expr is None or expr.first != comma + 1:
            return None
        if verb[1] in self.cues.predicate_verbs and \
                naming_predicate(self.texts(sid), words, verb[0], comma) == comma:
            first = verb[0]                 # "Calling the strike a war crime, Kyiv said ..."
        else:
            first = self._skip_to_that(sid, verb[0], verb[1])
            shape = content_shape(self.texts(sid), words, first, comma)
            if not (shape == "clause" or (shape == "infinitive" and verb[1] in self.cues.infinitive_verbs)):
                return None
        return self._row(sid, first, comma, self.finder.resolve(sid, expr), verb[1]), comma

    def _as_attribution(self, sid: int, expr: _Expr, k: int, speaker: Speaker | None, cue: str) -> _Row | None:
        """The row of an "as" attribution: "As the minister pointed out, S." (the content
        follows the comma), "S, as the envoy said." (the content comes first) or "The
        drones, as the general said on Monday, were ..." (the rest is the content, as in
        a parenthetical); None for any other shape ("As the envoy said goodbye, ...": the
        cue has an object)."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        a = expr.first - 1
        while a > 0 and words[a] != "as" and expr.first - a < _MAX_MODIFIERS + 4 and (
                toks[a].text.rstrip(".").isalnum() or toks[a].text in ("'s", "'")):
            a -= 1                          # "as one of Mr. Obama's climate advisers pointed out"
        if a < 0 or words[a] != "as" or k >= n or "to" in words[expr.last:k]:
            return None                     # "As the crowd began to chant, ...": a time clause
        if a == dateline_end(toks) and toks[k].text == "," and k + 1 < n:
            return self._row(sid, k + 1, self._content_end(sid, k + 1), speaker, cue)
        if a > 1 and toks[a - 1].text == "," and all(t.text in (".", "!", "?") for t in toks[k:]) and \
                self._authorial(sid, 0, a - 1):
            return self._row(sid, 0, a - 1, speaker, cue)
        if a > 1 and toks[a - 1].text == "," and (toks[k].text == "," or self._opens_adverbial(sid, k)) and \
                self._authorial(sid, 0, a - 1):
            rest = self._parenthetical_rest(sid, k)     # "The drones, as the general said on Monday, were ..."
            if rest is not None:
                return self._row(sid, rest, self._content_end(sid, rest), speaker, cue)
        return None

    def _modifiers_start(self, sid: int, head: int) -> int:
        """Start of the words before a speaker at ``head`` back to a comma, when they are a
        few modifiers of it ("one West Virginia official", "two senior Israeli officials"),
        else ``head``."""
        toks, words = self.tokens(sid), self.words[sid]
        brill = _brill()
        for j in range(head, max(0, head - _MAX_MODIFIERS) - 1, -1):
            tag = brill.get(toks[j].text) or brill.get(toks[j].text.lower()) or ""
            if j < head and (not toks[j].text.replace("-", "").isalnum() or self.cues.match_verb(words, j) or
                             not tag.startswith(_MODIFIER_TAGS)):
                return head
            if j > 1 and toks[j - 1].text == ",":
                return j if j < head else head
        return head

    def _parenthetical_rest(self, sid: int, k: int) -> int | None:
        """Start of the sentence's rest when the attribution ending at ``k`` stands inside
        it between commas ("The museum, Mr. Bush said, celebrated ...", "Still, he said,
        officials have to ..."), or None: the cue ends the sentence, or a participle, a
        subordinate clause or an adverbial follows it ("..., he said, adding that ...",
        "..., as ...", "..., experts say, in part because ..."). The rest is the content
        (the speaker's mention is never inside a content span)."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        comma = next((j for j in range(k, min(n, k + 5)) if toks[j].text in (",", ".", ";", ":", "!", "?")
                      or self.finder.is_mark(toks[j])), None)
        if comma is None or toks[comma].text != "," or comma + 1 >= n:
            return None
        rest = comma + 1
        if words[rest] in _NOT_CONTINUATIONS | _ADVERBIAL_STARTS or words[rest].endswith("ing") or \
                not toks[rest].text.isalpha() or not self.open_word(sid, rest):
            return None
        end = self._content_end(sid, rest)
        if sum(t.text[:1].isalnum() for t in toks[rest:end]) < _MIN_PARENTHETICAL_WORDS:
            return None
        if not self._opens_with_verb(sid, rest) and \
                content_shape(self.texts(sid), words, rest, end) != "clause":
            return None                     # "..., experts say, in part because ...": no clause of its own
        return rest

    def _opens_with_verb(self, sid: int, k: int) -> bool:
        """True when token ``k`` is a finite verb or an auxiliary: the rest after a
        parenthetical attribution is a predicate ("Climate change, he says, is ...")."""
        text = self.tokens(sid)[k].text
        return text.islower() and (_brill().get(text) in ("VBD", "VBZ", "VBP", "MD") or self.words[sid][k] in _AUX)

    def _shaped_end(self, sid: int, first: int, last: int, lemma: str, *, event: bool = False) -> int:
        """End of the content ``first:last`` right after the cue ``lemma``, by its shape
        (:func:`discourse.content_shapes.content_shape`): ``first`` (no content) when the
        cue reports no speech in that shape ("described the meeting", "agreed to use"),
        or when ``event`` (the cue is in a time clause: "When X announced his plan, ...")
        and the content is a noun phrase with no complement ("as X blamed Hamas for ..." is
        a report), or a noun phrase has fewer than three words
        outside quote marks ('accused him of "grandstanding"')."""
        toks, words = self.tokens(sid), self.words[sid]
        shape = content_shape(self.texts(sid), words, first, last)
        if shape == "infinitive" and lemma not in self.cues.infinitive_verbs | self.cues.addressee_verbs:
            return first
        if shape == "noun":
            complement = has_complement(self.texts(sid), words, first, last, self.cues.complement_verbs.get(lemma, ()))
            if not complement and (event or lemma in self.cues.noun_object_verbs and not (
                    lemma in self.cues.addressee_verbs and "to" in words[first + 1:first + 5]) and
                    not noun_with_clause(self.texts(sid), words, first, last)):
                return first                # not "warned officials to boost ...", "rejected claims that ...";
                                            # but "blamed Hamas for the collapse", also in a time clause
                                            # ("as officials praised the protests for being peaceful")
            if lemma in self.cues.naming_verbs and self._names_as_quoted(sid, first, last):
                return first                # 'described the meeting as "historic"': the term is the quote
            is_open = self.finder.open_flags(sid)
            outside = [j for j in range(first, last) if toks[j].text[:1].isalnum() and is_open[j]]
            if len(outside) < _MIN_REPORTED_WORDS and "to" not in words[first:last]:
                return first
            return writer_clause_start(self.texts(sid), words, first, last)   # not "... and the mayor fired ..."
            # not "accused him of 'grandstanding'"; but 'urged both sides "to keep talking"'
        return last

    def _names_as_quoted(self, sid: int, first: int, last: int) -> bool:
        """True when ``first:last`` is 'X as "Y"' (a naming verb's object and the speaker's term)."""
        toks, words = self.tokens(sid), self.words[sid]
        return any(words[j] == "as" and j + 1 < last and self.finder.is_mark(toks[j + 1])
                   for j in range(first + 1, min(last, first + 8)))

    def _clause_comma(self, sid: int, first: int, last: int) -> int:
        """End of the content ``first:last`` at the first comma outside quote marks, or
        after a quotation that closes with a comma ('claimed that "...,"'); else ``last``."""
        toks, is_open = self.tokens(sid), self.finder.open_flags(sid)
        for j in range(first, last):
            if toks[j].text != ",":
                continue
            if is_open[j]:
                return j
            if j + 1 < last and self.finder.is_mark(toks[j + 1]):
                return j + 2                # 'Even as Beijing claimed that "the drills were routine," Taipei ...'
        return last

    def _time_clause_start(self, sid: int, expr: _Expr) -> int | None:
        """Index of the subordinator when the subject ``expr`` opens a time clause ("When
        Trump announced ..."), else None."""
        toks, words = self.tokens(sid), self.words[sid]
        first = expr.first
        while first > 0 and words[first - 1] not in _TIME_SUBORDINATORS and self.finder.title_word(toks[first - 1].text):
            first -= 1                      # "When President Trump announced"
        return first - 1 if first > 0 and words[first - 1] in _TIME_SUBORDINATORS else None

    def _in_time_clause(self, sid: int, expr: _Expr) -> bool:
        """True when the subject ``expr`` opens a time clause ("When Trump announced ...")."""
        return self._time_clause_start(sid, expr) is not None

    def _opening_time_clause(self, sid: int, expr: _Expr) -> bool:
        """True when the subject ``expr`` is in a time clause that opens the sentence ("When
        the envoy said ..., the rebels ...", "Even as he accused ..., the minister ..."): the
        clause ends at its comma, and the main clause after it is not what was said."""
        start = self._time_clause_start(sid, expr)
        if start is None:
            return False
        opening = dateline_end(self.tokens(sid))
        return start >= opening and all(w in _CLAUSE_OPENERS for w in self.words[sid][opening:start])

    def _bare_subject(self, sid: int, k: int) -> _Expr | None:
        """A noun-phrase subject no lexicon names ("The network said", "Many conservatives
        have said"): see :func:`discourse.bare_subjects.bare_subject`; else a subject in a
        second verb phrase, before a relative clause, or one the finder does not reach
        (:func:`discourse.source_subjects.reached_subject`: "But they warned", ", which
        said", "Six in 10 said", "Sources close to the junta said")."""
        toks, words = self.tokens(sid), self.words[sid]
        span = bare_subject(self.texts(sid), k, start=self.finder.dateline_end(sid),
                            is_cue=lambda j: self.cues.match_verb(words, j) is not None)
        if span is None:
            return self._coordinated_subject(sid, k) or self._relative_source(sid, k) or \
                reached_subject(self.finder, sid, self.texts(sid), k, start=self.finder.dateline_end(sid))
        if not all(self.open_word(sid, j) for j in range(*span)):
            return None
        return _Expr(span[0], span[1], "unnamed")

    def _lead_in_subject(self, sid: int, k: int) -> _Expr | None:
        """The subject of a cue at ``k`` after a chain phrase ("The envoy appeared to
        suggest that ...", "Ham went on to explain how ...", "has yet to explain why";
        ``chain_phrases`` in cues.yaml) or a time adverbial ("Wells Fargo this month
        announced ...", "The junta last week said ..."): the subject of the phrase's
        first word, else None."""
        words = self.words[sid]
        c = k
        for phrase in self.cues.chain_phrases:
            if c >= len(phrase) and tuple(words[c - len(phrase):c]) == phrase:
                c -= len(phrase)
                break
        if c >= 2 and words[c - 1] in _PERIODS and words[c - 2] in ("this", "last", "earlier", "next"):
            c -= 2
        while c > 0 and words[c - 1] in ("just", "also", "even", "now"):
            c -= 1
        if c == k or not all(self.open_word(sid, j) for j in range(c, k)):
            return None
        return self.subject(sid, c) or self._bare_subject(sid, c)

    def _document_subject(self, sid: int, k: int) -> _Expr | None:
        """The speaker of a participle cue at ``k`` after a document its subject issued: "The
        ministry issued a statement saying ...", "The junta sent a message Wednesday saying
        ...", "Hamas sent a letter to the mediators arguing that ..." (``document_nouns`` in
        cues.yaml): the subject of the verb before the document, else None."""
        toks, words = self.tokens(sid), self.words[sid]
        if not (toks[k].text.islower() and toks[k].text.endswith("ing")):
            return None
        brill = _brill()
        for d in range(k - 1, max(0, k - _MAX_DOCUMENT_GAP) - 1, -1):
            if not self.open_word(sid, d) or not (toks[d].text.isalnum() or toks[d].text in ("'s", "-", "$")):
                return None
            if words[d] in self.cues.document_nouns and (brill.get(toks[d].text) or "NN").startswith("NN"):
                break
        else:
            return None
        v = d - 1
        while v > 0 and (words[v] in ("a", "an", "the", "its", "his", "her", "their", "another", "new") or (
                brill.get(toks[v].text) or "").startswith(("JJ", "NN", "CD")) and toks[v].text.islower()):
            v -= 1                          # "a scathing report", "a fundraising email"
        v -= words[v] == "back"             # "fired back a response saying ..."
        if v < 1 or v >= d - 1 or not (self._opens_with_verb(sid, v) or (
                toks[v].text.islower() and brill.get(toks[v].text) == "VBN")):
            return None
        expr = self.subject(sid, v) or self._bare_subject(sid, v)
        return expr if expr is not None and expr.last == v else None

    def _participle_subject(self, sid: int, k: int) -> _Expr | None:
        """The subject of the sentence for a participle cue after its clause ("The
        departments declined to give details, saying the inquiry was ongoing", "The
        envoy won them over by telling them that ..."): a bare noun phrase opening the
        sentence before its first finite verb (a named subject is read by ``subject``)."""
        toks, words = self.tokens(sid), self.words[sid]
        link = k - 1 if words[k - 1] not in _FOCUS_ADVERBS else k - 2     # ", even suggesting that ..."
        participle = toks[k].text.islower() and toks[k].text.endswith("ing")    # not a headline's "By Saying"
        if not participle or link < 2 or words[link] not in _PARTICIPLE_LINKS:
            return None
        start = self.finder.dateline_end(sid)
        inverted = self._inverted_speaker(sid, link)
        if inverted is not None:
            return inverted                 # '"...," said the envoy, adding that ...'
        if any(t.text in (";", ":", "—", "(") for t in toks[start:link]):
            return None                     # "... three ways: by filing a suit, by asking ...": a list, not a report
        expr = self.finder.expr_starting_at(sid, start)
        for v in range(start + 1, link):
            if not self.open_word(sid, v) or toks[v].text in (",", ";", ":"):
                return None
            if self.cues.match_verb(words, v):   # the cue before: "complained about ..., even suggesting"
                return self.subject(sid, v) or self._bare_subject(sid, v)
            if self._opens_with_verb(sid, v):
                if expr is not None and expr.kind in ("pronoun", "mention", "name") and expr.last == v:
                    return expr             # "He won over the crowd by telling them ..."
                span = bare_subject(self.texts(sid), v, start=start)
                if span is None or span[0] != start:
                    return None
                return expr if expr is not None and expr.last == span[1] else _Expr(span[0], span[1], "unnamed")
        return None

    def _inverted_speaker(self, sid: int, link: int) -> _Expr | None:
        """The speaker of an inverted attribution that ends right before ``link``
        ('"...," said Hemedti, adding that ...', '..., said the minister, adding'), or None."""
        toks, words = self.tokens(sid), self.words[sid]
        for v in range(link - 1, max(0, link - _MAX_INVERTED_SPEAKER) - 1, -1):
            if not self.open_word(sid, v) or toks[v].text in (",", ";", ":"):
                return None
            if self.cues.match_verb(words, v):
                expr = self.finder.expr_starting_at(sid, v + 1)
                return expr if expr is not None and expr.last == link and toks[v].text.islower() else None
        return None

    def _relative_source(self, sid: int, k: int) -> _Expr | None:
        """A speaker with a relative clause between it and the cue: "..., a senior
        official who was not authorized to speak publicly said." (the clause ends the
        sentence's source, so only for a cue that ends the sentence)."""
        toks, words = self.tokens(sid), self.words[sid]
        if not all(t.text in (".", "!", "?") for t in toks[k + 1:]):
            return None
        for w in range(k - 2, max(0, k - _MAX_RELATIVE), -1):
            if not toks[w].text.isalnum() or not self.open_word(sid, w) or self.cues.match_verb(words, w):
                return None
            if words[w] == "who":
                return self.finder.np_ending_at(sid, w)
        return None

    def _coordinated_subject(self, sid: int, k: int) -> _Expr | None:
        """The subject of the sentence for a cue in a second verb phrase ("He shook hands
        and asked workers if ...", "She endorsed Ruto but told reporters that ...", "...
        and has said that ..."); an unnamed subject only when it opens the sentence."""
        words = self.words[sid]
        j = subject_end(self.texts(sid), k)     # "and has said", "but also has argued"
        if j is None or j < 2 or words[j - 1] not in ("and", "but"):
            return None
        expr = self.clause_subject(sid) or self._opening_bare_subject(sid, j - 1)
        if expr is None or expr.last >= j - 1 or expr.kind not in ("pronoun", "mention", "name", "unnamed") or (
                expr.kind == "unnamed" and not opens_with_noun_phrase(self.texts(sid), expr.first,
                                                                      start=self.finder.dateline_end(sid))):
            return None
        for b in range(expr.last, j - 1):
            verb = self.cues.match_verb(words, b) if self.open_word(sid, b) else None
            if verb is not None and self._content_end(sid, self._skip_to_that(sid, verb[0], verb[1])) != j - 1:
                return None                 # the subject's own cue came first, and its report runs on: read there
        return expr

    def _opening_bare_subject(self, sid: int, end: int) -> _Expr | None:
        """The bare noun phrase that opens the sentence as the subject of its first cue
        before ``end`` ("The family has called on ..."), or None."""
        words, start = self.words[sid], self.finder.dateline_end(sid)
        b = next((b for b in range(start + 1, end) if self.open_word(sid, b) and self.cues.match_verb(words, b)), None)
        span = bare_subject(self.texts(sid), b, start=start) if b is not None else None
        return _Expr(span[0], span[1], "unnamed") if span is not None and span[0] == start else None

    def _reported_clause_follows(self, sid: int, j: int) -> bool:
        """True when a clause opening at token ``j`` is a report of its own: a subject
        starting there and its cue within a few words ("; 26% say", "; the army said")."""
        toks, words = self.tokens(sid), self.words[sid]
        for c in range(j + 1, min(len(toks), j + 9)):
            if toks[c].text in _CLAUSE_MARKS or not self.open_word(sid, c) or self.finder.is_mark(toks[c]):
                return False
            if self.cues.match_verb(words, c):
                expr = self.subject(sid, c) or reached_subject(self.finder, sid, self.texts(sid), c, start=j)
                span = (expr.first, expr.last) if expr is not None else bare_subject(self.texts(sid), c, start=j)
                return span is not None and span[0] == j
        return False

    def _attribution_follows(self, sid: int, j: int) -> bool:
        """True when a post-posed attribution starts at token ``j`` (after a comma):
        "..., his spokesman, Stephane Dujarric, told reporters", "..., the minister said"."""
        toks, words = self.tokens(sid), self.words[sid]
        for c in range(j + 1, min(len(toks), j + 9)):
            if toks[c].text in (".", ";", ":") or self.finder.is_mark(toks[c]):
                return False
            if self.open_word(sid, c) and self.cues.match_verb(words, c):
                expr = self.finder.subject_before(sid, c)
                return expr is not None and self._role_phrase_start(sid, expr.first) == j and expr.first >= j
        return False

    def _after_addressee(self, sid: int, k: int, lemma: str = "tell") -> int | None:
        """Start of a "that"-less clause after a short addressee at ``k`` ("told parliament
        his priority would be"), or None when no clause with a finite verb follows."""
        toks, words = self.tokens(sid), self.words[sid]
        if k >= len(toks):
            return None
        m = self.finder.by_start.get((sid, k))
        if m is not None and m.type == "media":
            start = m.last
            if start + 1 < len(toks) and toks[start].text in ("'s", "'") and self.finder.is_mark(toks[start + 1]):
                title = self._quoted_title_end(sid, start + 1)      # 'told CNN's "State of the Union" the ...'
                start = title + 1 if title > 0 else start
        elif words[k] in _ADDRESSEES and not (words[k] == "her" and self._addressee_end(sid, k) not in (None, k + 1)):
            start = k + 1                   # "told her the talks ...", not "told her supporters she ..."
        else:
            start = self._addressee_end(sid, k) if lemma not in _PHONE_LEMMAS else None
            if start is not None:           # "told the Security Council in New York the truce was holding"
                clause = self._clause_at(sid, self._past_places(sid, start), asks=lemma == _ASK)
                if clause is not None:
                    return clause
            if words[k] not in ("the", "a", "an", "state") or k + 1 >= len(toks):
                return None
            start = k + 2
        return self._clause_at(sid, start, asks=lemma == _ASK)

    def _clause_at(self, sid: int, start: int, *, asks: bool = False) -> int | None:
        """``start`` when a that-less clause opens there (a word, then a finite verb within six
        words), else None: not a subordinator, a relative or a verb ("told the story of the men
        who ...", "reminded them of the comments he made"), nor an adverb of time ("called the
        general shortly after ..."); after "ask" a question word opens the question ("asked the
        envoy who would ...")."""
        toks, words = self.tokens(sid), self.words[sid]
        if start >= len(toks) or words[start] in _ADVERBIAL_STARTS | _OBJECT_PREPOSITIONS or \
                not toks[start].text.isalnum():
            return None
        text = toks[start].text
        if asks and is_question(words, start):
            return start
        if text.islower() and (words[start] in _GAP_SUBORDINATORS or (_brill().get(text) or "").startswith("VB") or (
                text.endswith("ly") and start + 1 < len(toks) and words[start + 1] in _TIME_SUBORDINATORS)):
            return None
        brill = _brill()
        finite = any(brill.get(w) in ("VBD", "VBZ", "VBP", "MD") for w in words[start + 1:start + 7])
        return start if finite else None

    def _addressee_end(self, sid: int, k: int) -> int | None:
        """End of a named or noun-phrase addressee at ``k`` ("the Security Council",
        "mediators", "The Star-Ledger"), up to :data:`_MAX_ADDRESSEE_NP` tokens, else None."""
        expr = self.finder.expr_starting_at(sid, k)
        if expr is not None:
            end = expr.last
        else:
            a = k + (self.words[sid][k] in ("a", "an"))
            end = noun_phrase_end(self.texts(sid), self.words[sid], a, len(self.tokens(sid)))
        return end if end is not None and end - k <= _MAX_ADDRESSEE_NP else None

    def _past_places(self, sid: int, j: int) -> int:
        """Index after the place and time phrases at ``j`` after an addressee ("in Cairo", "of
        Newark last week", "on Sunday"): up to three, each a preposition and a noun phrase
        or a time ("last week", "Monday")."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        for _ in range(3):
            if j + 1 < n and words[j] in _PLACE_PREPOSITIONS | {"of", "from"}:
                end = self.finder.expr_starting_at(sid, j + 1)
                end = end.last if end is not None else noun_phrase_end(self.texts(sid), words, j + 1, n)
                if end is None:
                    return j
                j = end
            elif j + 1 < n and words[j] in ("last", "this", "next") and words[j + 1] in _PERIODS:
                j += 2
            elif j < n and words[j] in _DAYS:
                j += 1 + (j + 1 < n and words[j + 1] in _PARTS_OF_DAY)     # "Tuesday night"
            else:
                return j
        return j

    def _role_phrase_start(self, sid: int, head: int) -> int:
        """Start of a role phrase in apposition before a name at ``head`` (", his spokesman, X"), else ``head``."""
        toks, words = self.tokens(sid), self.words[sid]
        if head < 3 or toks[head - 1].text != ",":
            return head
        k = head - 2
        while k > 0 and toks[k].text.isalpha() and head - k <= 6:
            k -= 1
        if toks[k].text == "," and any(w in self.lexicon.role_words for w in words[k + 1:head - 1]):
            return k + 1
        return head

    def _short_tail(self, sid: int, k: int) -> bool:
        """True when the words after a cue end the sentence or a clause within six words
        ("said on Thursday, as ...", "said on Monday.")."""
        toks = self.tokens(sid)
        for j in range(k, min(len(toks), k + 7)):
            if toks[j].text in (",", ".", ";", "!", "?"):
                return True
        return k + 7 > len(toks)

    def _authorial(self, sid: int, first: int, last: int) -> bool:
        """True when tokens ``first:last`` hold no direct quote (partial quotes may stand inside)."""
        toks, is_open = self.tokens(sid), self.finder.open_flags(sid)
        return not any(not is_open[j] and self._in_direct(toks[j].start) for j in range(first, last))

    def _in_direct(self, offset: int) -> bool:
        k = bisect_right(self._direct_span_starts, offset) - 1
        return k >= 0 and offset < self._direct_spans[k][1]

    def _according(self, sid: int, k: int, end: int) -> tuple[_Row | None, int]:
        toks, n = self.tokens(sid), len(self.tokens(sid))
        expr = self.finder.expr_starting_at(sid, end) or self._source_phrase(sid, end)
        if expr is None:
            return None, -1
        speaker = self.finder.resolve(sid, expr)
        comma = next((c for c in range(expr.last, n) if toks[c].text == "," and self.open_word(sid, c)), None)
        if (k == 0 or self._short_intro(sid, k)) and comma is not None:     # "According to X, S.", "But according to"
            if comma + 1 < n and self.words[sid][comma + 1] in ("who", "which"):   # ", who spoke on ..., S."
                comma = next((c for c in range(comma + 1, n) if toks[c].text == "," and self.open_word(sid, c)), None)
                if comma is None:
                    return None, -1
            return self._row(sid, comma + 1, self._content_end(sid, comma + 1), speaker, "according to", "according_to"), n
        if k > 0 and toks[k - 1].text == "," and self._authorial(sid, 0, k - 1):   # "S, according to X."
            row = self._row(sid, 0, k - 1, speaker, "according to", "according_to")
            if row is None and comma is not None and comma + 1 < n and self.open_word(sid, comma + 1):
                # "Fundraising, according to the campaign, has surged ...": the rest is the content
                row = self._row(sid, comma + 1, self._content_end(sid, comma + 1), speaker, "according to",
                                "according_to")
            return row, n
        first = dateline_end(toks)
        if k - first > _SHORT_PREPOSED and toks[k - 1].text.isalnum() and self._authorial(sid, first, k) and (
                comma is None or (comma + 1 < n and self.words[sid][comma + 1] in _NEW_CLAUSES)) and \
                any(self._opens_with_verb(sid, j) for j in range(first + 1, k)) and \
                not (expr.last - expr.first == 1 and toks[expr.first].text.islower()):   # not "according to plan"
            # "Clinton leads by 271 delegates according to a count by the AP(, but ...)": no comma before
            row = self._row(sid, first, k, speaker, "according to", "according_to")
            return row, (expr.last if row is not None else -1)      # "..., but X has vowed to ...": read on
        return None, -1

    def _short_intro(self, sid: int, k: int) -> bool:
        """True when only a short introductory phrase stands before token ``k``: a
        conjunction ("But according to X, ...") or an adverbial and its comma ("In
        addition, according to X, ...", "Now, according to ...")."""
        toks, words = self.tokens(sid), self.words[sid]
        first = self.finder.dateline_end(sid)
        if not first < k <= first + _MAX_INTRO or words[first] not in _INTRO_WORDS:
            return False
        if k - first == 1:
            return True
        return toks[k - 1].text == "," and all(t.text.isalnum() for t in toks[first:k - 1])

    def _speech_noun(self, sid: int, k: int) -> tuple[_Row | None, int]:
        """The row of the speech noun at ``k`` (:func:`discourse.speech_nouns.speech_noun`) and
        the end of its that-clause, where reading goes on; ``(None, -1)`` for no row."""
        read = speech_noun(self.finder, sid, k, tokens=self.tokens(sid), texts=self.texts(sid),
                           words=self.words[sid], content_end=lambda first: self._content_end(sid, first))
        if read is None:
            return None, -1
        first, last, speaker = read
        row = self._row(sid, first, last, speaker, self.words[sid][k], "reported_cue")
        return row, (self._content_end(sid, first) if row is not None else -1)

    def _source_phrase(self, sid: int, k: int) -> _Expr | None:
        """The noun phrase after "according to" when no speaker expression starts there:
        "according to the poll", "according to federal statistics" name a source all
        the same; it runs to the next comma or the sentence end (:data:`_MAX_SOURCE_PHRASE`
        words at most: "according to early results of exit polls conducted for ..."), and the
        source is named before a relative clause ("a new poll that shows ...")."""
        toks, words, n = self.tokens(sid), self.words[sid], len(self.tokens(sid))
        if k >= n or not toks[k].text[:1].isalpha() or not self.open_word(sid, k):
            return None
        j = k
        while j < n and j - k < _MAX_SOURCE_PHRASE and toks[j].text not in (",", ".", ";", ":", "!", "?") and \
                self.open_word(sid, j):
            j += 1
        if j - k >= _MAX_SOURCE_PHRASE or j == k or (j < n and toks[j].text not in (",", ".", ";", "!", "?")):
            return None
        return _Expr(k, next((r for r in range(k + 1, j) if words[r] in _SOURCE_PHRASE_ENDS and
                              toks[r].start > toks[r - 1].end), j), "unnamed")   # not "A.F.L.-C.I.O."
