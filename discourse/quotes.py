"""Who says what: direct, partial and reported quotes, with their speakers.

:func:`extract_quotes` returns one row per quote. Kinds:

``direct``
    A quoted utterance: ``"We are not ruling out any option," Barrot said.``
``partial``
    A quoted fragment inside the author's sentence, attributed to a speaker:
    ``Barrot stressed that this decision is in the "logic of self-defense"``.
``reported``
    Indirect speech without quote marks: ``Bauer warned business leaders to
    prepare ...``, ``According to the source, discussions have resumed``.
``scare``
    A short quoted term that nobody in the sentence is reported to say:
    ``a possible "war scenario"``, ``the so-called "special operation"``.

Attribution shapes read: ``X said``, ``said X``, ``X replied: "..."``,
``X told the BBC``, ``according to X``, ``X reported that ...: "..."``,
appositions (``X, the minister, said``), a quote over several sentences or
paragraphs, the speaker named in the sentence before or after, role
references (``the minister said``), pronouns (``he said``), participle
clauses (``X ruled out ..., saying ...``), ``Y quoted X as saying`` and
British single quote marks, Q&A interview turns (:mod:`discourse.interviews`).
A quote that cannot be attributed keeps an empty speaker: never a guess.

Attribution is a sequence of sieves (:mod:`discourse.sieves`): quote ->
mention by the first sieve that decides, then mention -> speaker
(:meth:`discourse.speakers.SpeakerFinder.resolve`). Every row names its
``sieve`` and the span of the mention the speaker was read from
(``speaker_start``, ``speaker_end``). Reported speech is read in
:mod:`discourse.reported`.

Quote marks are paired per paragraph; a quote whose paragraph ends open
continues when the next paragraph opens with a quote mark (the news
convention for long quotes); otherwise it is reported as unterminated (an
:class:`~discourse.errors.UnterminatedQuoteWarning`, ``closed=False``) and
closes at the paragraph end, so the rest of the document is still read.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

import pandas as pd

from .actors import ActorLexicon, Mention, _as_segmented, _doc_mentions, document_date, in_names_dropped, load_actors
from .corpus import Document
from .cues import Cues, load_cues
from .interviews import InterviewTurns
from .missing import missing_as_na
from .quote_kinds import clause_initial, ends_paragraph, quote_kind, trimmed_end, whole_sentence_after_cue
from .quote_marks import QuoteSpan, quote_spans
from .quote_mentions import QuoteMentions
from .reported import ReportedSpeech
from .sieves import QUOTE_SIEVES, QuoteRow as _Row, QuoteSite, attribute
from .speakers import SpeakerFinder, _Expr
from .text import Segmented, paragraphs

__all__ = ["QUOTE_COLUMNS", "quote_spans", "extract_quotes", "quotes_frame"]

#: Columns of the frame returned by :func:`extract_quotes`.
QUOTE_COLUMNS = ["doc_id", "quote_id", "sent_id", "kind", "text", "start", "end",
                 "speaker", "actor", "cue", "via", "speaker_kind", "closed",
                 "code", "speaker_start", "speaker_end", "sieve"]

# titles that make a name a person's, with the gender they give ("Mr. Obama" may be "he")
_HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "dr": None, "sen": None,
               "rep": None, "gov": None, "president": None, "senator": None, "gen": None}


class _QuoteReader(QuoteMentions, InterviewTurns, ReportedSpeech):
    """Reads the quotes of one segmented document.

    :meth:`read` registers the speakers named as the subjects of cues
    (:meth:`learn_speakers`), then reads each quoted span (:meth:`quoted`:
    the sieves of :data:`sieves`, tried in order on the readings of
    :class:`~discourse.quote_mentions.QuoteMentions`, and the kind of
    :mod:`discourse.quote_kinds`), the interview turns
    (:class:`~discourse.interviews.InterviewTurns`) and the reported speech
    (:class:`~discourse.reported.ReportedSpeech`).
    """

    def __init__(self, seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon, cues: Cues) -> None:
        paras = paragraphs(seg.text)                    # read once: quote marks, turns and sieves use them
        self.spans = quote_spans(seg.text, doc_id=seg.doc_id, paragraph_spans=paras)
        finder = SpeakerFinder(seg, mentions, lexicon, cues, quoted=[(s.start - 1, s.end + 1) for s in self.spans])
        super().__init__(seg, finder, lexicon, cues, paragraph_spans=paras)
        self._quote_rows: list[_Row] = []               # the quote rows read so far, in text order
        self._quote_row_starts: list[int] = []
        self.sieves = QUOTE_SIEVES                      # quote -> mention passes, in order
        self._people = [m for m in mentions if m.type == "person" and m.actor and m.kind != "role"]

    def quoted(self) -> list[_Row]:
        """One row per quoted span: its speaker from the first sieve that decides, its kind."""
        rows: list[_Row] = []
        self._quote_rows, self._quote_row_starts = rows, []
        last_direct: _Row | None = None
        for span in self.spans:
            row = self._quote_row(span, last_direct)
            rows.append(row)
            self._quote_row_starts.append(row.start)
            if row.kind == "direct":
                last_direct = row
        return rows

    def _quote_row(self, span: QuoteSpan, last_direct: _Row | None) -> _Row:
        text = self.seg.text
        s0 = self.seg.sentence_at(span.start)
        s1 = self.seg.sentence_at(max(span.start, span.end - 1))
        open_tok = self.first_token_at(s0, span.start - 1)
        line = self.line_start(span.start - 1)          # a mark that opens a line opens its clause
        before_toks = [t for t, is_open in zip(self.tokens(s0)[:open_tok], self.finder.open_flags(s0))
                       if is_open and t.start >= line]
        close_tok = self.first_token_at(s1, span.end + 1) if span.closed else len(self.tokens(s1))
        content = text[span.start:span.end]
        is_open = partial(self.open_word, s0)
        initial = clause_initial(self.tokens(s0), self.words[s0], open_tok, before_toks, cues=self.cues,
                                 is_open=is_open, is_mark=self.finder.is_mark) or \
            whole_sentence_after_cue(self.words[s0], open_tok, before_toks, content, closed=span.closed,
                                     ends_paragraph=ends_paragraph(text, span.end + 1), cues=self.cues,
                                     is_open=is_open)
        bare = not span.closed or all(not t.text[:1].isalnum() for t in self.tokens(s1)[close_tok:])
        site = QuoteSite(s0, s1, open_tok, close_tok, span.closed, before_toks, initial, bare, last_direct,
                         self._opens_paragraph(span.start - 1), span.start - 1, span.end)
        attr = attribute(self, site, self.sieves)
        kind = quote_kind(content, before_toks, initial=initial, speaker=attr.speaker if attr else None,
                          sieve=attr.sieve if attr else "")
        if kind == "scare":
            attr = None
        start, end = span.start, span.end
        if kind in ("partial", "scare"):
            end = trimmed_end(text, start, end)
        speaker = attr.speaker if attr else None
        sids = range(s0, s1 + 1) if not attr or attr.sent_id in range(s0, s1 + 1) else (attr.sent_id,)
        return _Row(s0, kind, start, end, speaker.name if speaker else "", speaker.actor if speaker else None,
                    attr.cue if attr else "", self.via(sids, speaker) if speaker else None,
                    speaker.kind if speaker else "", span.closed, speaker.start if speaker else None,
                    speaker.end if speaker else None, attr.sieve if speaker else "")

    def learn_speakers(self) -> None:
        """Register the people who speak as the subject of a cue before any quote is
        read: unlisted names ("Olena Kovalenko, 43, a teacher, said she ...") and
        unnamed people ("The Ukrainian president's chief of staff said ..."), so that
        a pronoun in a quote ("...," she said) can find them whatever the order in
        which quotes and reported speech are read. Unlisted names also learn the
        actor their title or apposition gives them."""
        for sid, spans in self.finder.names.items():
            toks = self.tokens(sid)
            for i, j in spans:
                self.finder.learn_actor(sid, i, j)
                honorific = self.words[sid][i].rstrip(".")
                if honorific in _HONORIFICS and j - i >= 2 and not self.finder.in_quote(toks[i].start):
                    # "What Mr. Obama has seen ..." then '"...," he said': a person whoever speaks
                    speaker = self.finder.resolve(sid, _Expr(i, j, "name"))
                    if speaker is not None:
                        self.finder.persons.add(speaker.start, speaker.name, speaker.actor, _HONORIFICS[honorific])
        heads = self.cues.verb_heads
        for sent in self.seg.sentences:
            sid, words = sent.sent_id, self.words[sent.sent_id]
            if heads.isdisjoint(words):
                continue                                # no cue in the sentence (most sentences)
            for k, word in enumerate(words):
                if word not in heads or not self.open_word(sid, k) or self.cues.match_verb(words, k) is None:
                    continue
                expr = self.subject(sid, k)
                if expr is not None and (expr.kind in ("name", "unnamed", "described", "coordination") or (
                        expr.mention is not None and expr.mention.kind == "role" and not expr.mention.actor)):
                    self.finder.resolve(sid, expr)

    def read(self) -> list[_Row]:
        self.learn_speakers()
        quoted = self.quoted()
        self._direct_starts = {r.start for r in quoted if r.kind == "direct"}
        self._direct_spans = sorted((r.start - 1, r.end + 1) for r in quoted if r.kind == "direct")
        self._direct_span_starts = [s for s, _ in self._direct_spans]
        turns = self.interview_turns()
        return sorted(quoted + turns + self.reported(), key=lambda r: (r.start, r.end))


def _actor_code(lexicon: ActorLexicon, actor: str | None) -> str:
    """The ISO 3166-1 alpha-3 code of ``actor`` ("" when it has none or is unknown)."""
    if not actor or actor not in lexicon:
        return ""
    return getattr(lexicon[actor], "code", None) or ""


def _rows_frame(seg: Segmented, rows: Iterable[_Row], lexicon: ActorLexicon) -> list[tuple]:
    rows = [r for r in rows if r.end > r.start]      # a pair of marks around nothing quotes no one
    return [(seg.doc_id, i, r.sent_id, r.kind, seg.text[r.start:r.end], r.start, r.end, r.speaker,
             r.actor, r.cue, r.via, r.speaker_kind, r.closed, _actor_code(lexicon, r.actor),
             r.speaker_start, r.speaker_end, r.sieve) for i, r in enumerate(rows)]


def doc_quote_rows(seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon, cues: Cues) -> list[tuple]:
    """Rows of :data:`QUOTE_COLUMNS` for one segmented document."""
    return read_doc_quotes(seg, mentions, lexicon, cues)[0]


def read_doc_quotes(seg: Segmented, mentions: list[Mention], lexicon: ActorLexicon,
                    cues: Cues) -> tuple[list[tuple], list[Mention]]:
    """Rows of :data:`QUOTE_COLUMNS` for one segmented document, and the ``mentions`` that stand
    for actors, for the tables built after the quotes (:func:`discourse.actors.in_names_dropped`:
    "Mark Cuban" is not Cuba)."""
    reader = _QuoteReader(seg, mentions, lexicon, cues)
    rows = _rows_frame(seg, reader.read(), lexicon)
    speaking = reader.finder.mentions
    return rows, in_names_dropped(mentions, set(mentions).difference(speaking)) if len(speaking) < len(mentions) \
        else mentions


def extract_quotes(
    doc: Document | str,
    *,
    actors: ActorLexicon | str | Path | None = None,
    cues: Cues | str | Path | None = None,
) -> pd.DataFrame:
    """Find the quotes of a document and who says them.

    Parameters
    ----------
    doc : Document or str
        A document, or a clean text (``doc_id`` "doc").
    actors : ActorLexicon, path or None, default=None
        Actor lexicon; ``None`` uses the packaged one.
    cues : Cues, path or None, default=None
        Speech-cue lexicon; ``None`` uses the packaged one.

    Returns
    -------
    pandas.DataFrame
        One row per quote, in text order, with columns

        ``doc_id``, ``quote_id`` (0, 1, ... within the document), ``sent_id``
            where the quote starts;
        ``kind``
            ``direct``, ``partial``, ``reported`` or ``scare``;
        ``text``, ``start``, ``end``
            the quoted words (marks excluded) and their span:
            ``text == clean_text[start:end]``;
        ``speaker``
            the person or outlet as named, full name when the document
            gives it anywhere ("" when unattributed);
        ``actor``
            the actor the speaker speaks for (Barrot -> France; an outlet
            speaks for itself; empty when unknown);
        ``cue``
            the reporting verb's lemma or phrase ("say", "reply",
            "according to"); "" when the speaker comes from context;
        ``via``
            the outlet the words reached us through ("according to Le Monde",
            "told the BBC"), else empty;
        ``speaker_kind``
            how the speaker was found: person, role, actor, name, pronoun,
            unnamed, or "";
        ``closed``
            False for a quote whose closing mark is missing;
        ``code``
            the ISO 3166-1 alpha-3 code of ``actor`` ("FRA"; "" when none);
        ``speaker_start``, ``speaker_end``
            the span of the mention the speaker was read from in this
            attribution (the pronoun, title or name): ``clean_text[speaker_start:speaker_end]``
            is the evidence; empty (NaN) when there is no speaker;
        ``sieve``
            the attribution sieve that decided the speaker (see
            :data:`discourse.sieves.QUOTE_SIEVES`), "" when none did.

    Examples
    --------
    >>> q = extract_quotes('"We are not ruling out any option," Barrot told the BBC.')
    >>> q[["kind", "speaker", "cue", "via", "sieve"]].values.tolist()
    [['direct', 'Barrot', 'tell', 'BBC', 'trailing_cue']]
    >>> text = '"We are not ruling out any option," Barrot told the BBC.'
    >>> row = extract_quotes(text).iloc[0]
    >>> text[int(row.speaker_start):int(row.speaker_end)]
    'Barrot'
    """
    lexicon = load_actors(actors)
    cue_lexicon = load_cues(cues)
    _, seg = _as_segmented(doc)
    mentions = _doc_mentions(seg, lexicon, date=document_date(doc))
    return missing_as_na(pd.DataFrame(doc_quote_rows(seg, mentions, lexicon, cue_lexicon), columns=QUOTE_COLUMNS))


def quotes_frame(corpus: Iterable[Document], *, actors=None, cues=None) -> pd.DataFrame:
    """:func:`extract_quotes` over every document of a corpus, in corpus order."""
    lexicon, cue_lexicon = load_actors(actors), load_cues(cues)
    rows: list[tuple] = []
    for doc in corpus:
        _, seg = _as_segmented(doc)
        rows.extend(doc_quote_rows(seg, _doc_mentions(seg, lexicon, date=document_date(doc)), lexicon, cue_lexicon))
    return missing_as_na(pd.DataFrame(rows, columns=QUOTE_COLUMNS))
