"""A segmented document as attribution reads it: words, phrases, and the subject of a cue.

:class:`DocumentReader` is the base of the quote reader
(:class:`discourse.quotes._QuoteReader`): the quote -> mention readings of
:mod:`discourse.quote_mentions`, the reported speech of
:mod:`discourse.reported` and the interview turns of
:mod:`discourse.interviews` all read the document through it.

Examples
--------
>>> import discourse as dc
>>> from discourse.actors import _doc_mentions
>>> from discourse.speakers import SpeakerFinder
>>> from discourse.text import segment_document
>>> seg = segment_document("On Sunday, Karim Haddad told the BBC the wells were dry.")
>>> lexicon, cues = dc.load_actors(), dc.load_cues()
>>> reader = DocumentReader(seg, SpeakerFinder(seg, _doc_mentions(seg, lexicon), lexicon, cues), lexicon, cues)
>>> expr = reader.subject(0, reader.words[0].index("told"))
>>> [t.text for t in reader.tokens(0)[expr.first:expr.last]]
['Karim', 'Haddad']
>>> reader.via([0], None)
'BBC'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import attrgetter

from .actors import ActorLexicon
from .cues import Cues
from .names import normalize
from .reported import _ADVERBIAL_STARTS
from .speakers import Speaker, SpeakerFinder, _Expr
from .text import Segmented, Token, paragraphs

__all__ = ["DocumentReader"]

_start_of, _text_of = attrgetter("start"), attrgetter("text")
_UNREAD = object()      # a subject not read yet (None is a subject read and not found)

_MAX_OUTLET_DESCRIPTION = 3   # words before an outlet's name: "German public broadcaster ARD"


class DocumentReader:
    """The words of one segmented document, as the attribution passes read them.

    Parameters
    ----------
    seg : Segmented
        The document.
    finder : SpeakerFinder
        Its speakers (mention -> speaker), built over the same quoted spans.
    lexicon : ActorLexicon
    cues : Cues
    paragraph_spans : sequence of (start, end), optional
        The document's paragraphs (:func:`discourse.text.paragraphs`), when the
        caller has them already; computed when omitted.

    Attributes
    ----------
    words : dict of int to list of str
        Each sentence's normalised words, by ``sent_id``.
    used : set of (int, int)
        ``(sent_id, token)`` pairs consumed by a quote's attribution; reported
        speech does not read them again.
    """

    def __init__(self, seg: Segmented, finder: SpeakerFinder, lexicon: ActorLexicon, cues: Cues, *,
                 paragraph_spans: Sequence[tuple[int, int]] | None = None) -> None:
        self.seg, self.finder, self.lexicon, self.cues = seg, finder, lexicon, cues
        self.words = {s.sent_id: list(map(normalize, map(_text_of, seg.tokens[s.sent_id]))) for s in seg.sentences}
        self.used: set[tuple[int, int]] = set()         # (sent_id, token) consumed by a quote's attribution
        self._heads: dict[int, tuple] = {}              # id of a phrase list -> (the list, its phrases by first word)
        self._channels: dict[int, list[int]] = {}       # sent_id -> ends of its open channel phrases
        self._subjects: dict[tuple[int, int], _Expr | None] = {}   # (sent_id, cue token) -> its subject
        self._texts: dict[int, tuple[str, ...]] = {}    # sent_id -> its token texts
        # first words of every cue verb and source phrase: a word not among them starts no attribution
        self._cue_heads = cues.verb_heads | frozenset(p[0] for p in cues.source_phrases if p)
        self._paragraphs = paragraphs(seg.text) if paragraph_spans is None else paragraph_spans
        self._paragraph_starts = frozenset(p[0] for p in self._paragraphs)
        self._paragraph_offsets = [p[0] for p in self._paragraphs]
        self._newlines = [m.start() for m in re.finditer("\n", seg.text)]

    # -- token helpers ------------------------------------------------------------------
    def tokens(self, sid: int):
        return self.seg.tokens[sid]

    def texts(self, sid: int) -> tuple[str, ...]:
        """The token texts of sentence ``sid`` as written (built once per sentence)."""
        texts = self._texts.get(sid)
        if texts is None:
            texts = self._texts[sid] = tuple(map(_text_of, self.seg.tokens[sid]))
        return texts

    def first_token_at(self, sid: int, offset: int) -> int:
        """Index of the first token of sentence ``sid`` that starts at or after ``offset``."""
        return bisect_left(self.tokens(sid), offset, key=_start_of)

    def _opens_paragraph(self, offset: int) -> bool:
        return offset in self._paragraph_starts

    def line_start(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts."""
        k = bisect_left(self._newlines, offset)
        return self._newlines[k - 1] + 1 if k else 0

    def line_rest(self, sid: int, k: int) -> list[Token]:
        """The tokens of sentence ``sid`` from ``k`` to the end of its line: a sentence the
        segmenter ran over a line break ('... ― Jane Roe\\n"Next quote."') stops there."""
        toks = self.tokens(sid)
        if k >= len(toks):
            return []
        end = self.seg.text.find("\n", toks[k - 1].end if k else toks[k].start, toks[-1].end)
        return toks[k:] if end == -1 else [t for t in toks[k:] if t.start < end]

    def open_word(self, sid: int, k: int) -> bool:
        """True when token ``k`` of sentence ``sid`` is outside quotation marks."""
        return self.finder.open_flags(sid)[k]

    def _phrase_heads(self, phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The phrases of ``phrases`` by first word, in their order (the list is kept with
        its index, so its ``id`` is never another list's)."""
        entry = self._heads.get(id(phrases))
        if entry is None:
            entry = self._heads[id(phrases)] = (phrases, _by_first_word(phrases))
        return entry[1]

    def phrase_at(self, sid: int, k: int, phrases) -> int | None:
        """End of the first of ``phrases`` that starts at token ``k`` of sentence ``sid``, else None."""
        words = self.words[sid]
        for phrase in self._phrase_heads(phrases).get(words[k], ()):
            if tuple(words[k:k + len(phrase)]) == phrase:
                return k + len(phrase)
        return None

    def subject(self, sid: int, c: int) -> _Expr | None:
        """Subject of the cue at ``c``; "and reiterated" takes the subject of the cue before it.

        Read once per cue: speakers, quotes and reported speech ask for the same
        cues, and the expressions are read from the document's fixed indexes
        (never from what resolving speakers has learnt)."""
        key = (sid, c)
        expr = self._subjects.get(key, _UNREAD)
        if expr is _UNREAD:
            expr = self._subjects[key] = self._read_subject(sid, c)
        return expr

    def _read_subject(self, sid: int, c: int) -> _Expr | None:
        expr = self.finder.subject_before(sid, c)
        if expr is not None:
            return expr
        words = self.words[sid]
        if c > 0 and words[c - 1] in ("it", "they"):        # "The Kremlin has welcomed what it calls ..."
            expr = self.clause_subject(sid)
            if expr is not None and expr.kind == "mention" and expr.mention.type != "person" and expr.last < c - 1:
                return expr
            if c == 1 or not self.tokens(sid)[c - 2].text.isalpha():
                return _Expr(c - 1, c, words[c - 1])    # "It said", "They said": the actor or group before
        if c > 0 and words[c].endswith("ing") and self.tokens(sid)[c - 1].text == ",":
            # '"...," De Wever told reporters, adding that ...': the subject of the cue before
            for b in range(c - 2, -1, -1):
                if self.open_word(sid, b) and self.cues.match_verb(words, b):
                    expr = self.subject(sid, b)
                    if expr is not None:
                        return expr
                    break
            return self.clause_subject(sid)     # "Scholz ruled out ..., saying it would ..."
        if c > 0 and words[c - 1] == "as":          # "X was quoted by TASS as saying that ..."
            for q in range(c - 2, max(-1, c - 10), -1):
                if words[q] in ("quoted", "cited") and self.open_word(sid, q):
                    if q > 0 and words[q - 1] in ("was", "were", "is", "are", "been"):
                        return self.finder.subject_before(sid, q - 1)
                    quoted = self.finder.expr_starting_at(sid, q + 1)   # "TASS quoted Putin as saying"
                    if quoted is not None and quoted.last == c - 1:
                        return quoted
                    return self.finder.subject_before(sid, q)
        if c > 0 and words[c - 1] in ("and", "but", "before", "then"):
            # the first cue of the sentence that has a subject governs the chain:
            # "X said Washington welcomed ... and urged ..." -> X
            earlier = [b for b in range(c - 1) if self.open_word(sid, b) and self.cues.match_verb(words, b)]
            for b in earlier:
                expr = self.finder.subject_before(sid, b)
                if expr is not None:
                    return expr
            if earlier:
                return self.subject(sid, earlier[-1])
            # "Shmyhal thanked partners but warned that ...": the subject of the clause
            expr = self.clause_subject(sid)
            if expr is not None and expr.kind in ("mention", "name") and expr.last < c - 1 and (
                    expr.kind == "name" or expr.mention.type == "person"):
                return expr
        return None

    def clause_subject(self, sid: int) -> _Expr | None:
        """The subject that opens sentence ``sid``, after a dateline and an
        introductory adverbial ("On Sunday, ...")."""
        toks, words = self.tokens(sid), self.words[sid]
        k = self.finder.dateline_end(sid)
        expr = self.finder.expr_starting_at(sid, k)
        if expr is None and k < len(toks) and (words[k] in _ADVERBIAL_STARTS or words[k].endswith("ing")):
            # "On Sunday, ...", "Speaking at a news conference in Warsaw, Zelensky ..."
            comma = next((j for j in range(k, min(len(toks), k + 20)) if toks[j].text == ","), None)
            if comma is not None:
                expr = self.finder.expr_starting_at(sid, comma + 1)
        return expr

    def _channel_ends(self, sid: int) -> list[int]:
        """Where each channel phrase ('told', 'according to') opened by an open word of
        sentence ``sid`` ends, in text order (read once per sentence)."""
        ends = self._channels.get(sid)
        if ends is None:
            channels, flags, words = self.cues.channel_phrases, self.finder.open_flags(sid), self.words[sid]
            heads = self._phrase_heads(channels)
            at = (self.phrase_at(sid, k, channels) for k, word in enumerate(words) if word in heads and flags[k]) \
                if not heads.keys().isdisjoint(words) else ()
            ends = self._channels[sid] = [end for end in at if end is not None]
        return ends

    def via(self, sids: Iterable[int], speaker: Speaker | None) -> str | None:
        """The outlet the words reached us through: 'according to Le Monde', 'told the BBC'
        (never the speaker's own outlet)."""
        for sid in sids:
            toks = self.tokens(sid)
            for end in self._channel_ends(sid):
                # the outlet may follow a short description: "told German broadcaster ARD"
                for at in range(end, min(len(toks), end + _MAX_OUTLET_DESCRIPTION + 1)):
                    expr = self.finder.expr_starting_at(sid, at)
                    m = expr.mention if expr is not None else None
                    if m is not None and m.type == "media" and (speaker is None or speaker.actor != m.actor):
                        return m.actor
                    if not toks[at].text.isalpha():
                        break
        return None


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their first word, each group in the order of ``phrases``.

    Examples
    --------
    >>> _by_first_word([("according", "to"), ("in", "an", "interview", "with"), ("in", "the", "words", "of")])
    {'according': (('according', 'to'),), 'in': (('in', 'an', 'interview', 'with'), ('in', 'the', 'words', 'of'))}
    """
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in groups.items()}
