"""The analysis pipeline: a corpus in, tidy tables out.

:func:`analyze` segments each document once and runs every step on it:
mentions, quotes, units, sentiment, framing and stance evidence. A document
whose analysis fails is recorded in ``Analysis.errors`` with the reason, and
the others' results are complete.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .actors import MENTION_COLUMNS, ActorLexicon, _doc_mentions, load_actors, mention_rows, with_unlisted
from .corpus import Corpus, Document
from .cues import Cues, load_cues
from .engine import run
from .framing import FRAMING_COLUMNS, frame_hits, framing_frame, framing_rows
from .lexicon import Lexicon, load_lexicon
from .missing import missing_as_na
from .quotes import QUOTE_COLUMNS, read_doc_quotes
from .sentiment import SENTIMENT_COLUMNS, VADER_ENGINES, sentiment_rows
from .relations import RELATION_COLUMNS, relation_summary
from .stance import EVIDENCE_COLUMNS, StanceLexicon, load_stance, stance_and_relation_rows, stance_table
from .summary import (actor_table, by_actor_table, framing_by_actor_table, sentiment_agreement_table,
                      speaker_table)
from .text import segment_document
from .units import (UNIT_ACTOR_COLUMNS, UNIT_COLUMNS, doc_units, unit_actor_rows, unit_rows, unit_text,
                    unit_tokens)

__all__ = ["Analysis", "analyze", "DOCUMENT_COLUMNS", "SENTENCE_COLUMNS", "ERROR_COLUMNS"]

DOCUMENT_COLUMNS = ["doc_id", "source", "title", "date", "n_sentences", "n_words", "n_chars"]
SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph", "start", "end", "text"]
ERROR_COLUMNS = ["source", "doc_id", "stage", "reason"]

_TABLES = {
    "documents": DOCUMENT_COLUMNS, "sentences": SENTENCE_COLUMNS, "mentions": MENTION_COLUMNS,
    "quotes": QUOTE_COLUMNS, "units": UNIT_COLUMNS, "unit_actors": UNIT_ACTOR_COLUMNS,
    "sentiment": SENTIMENT_COLUMNS, "framing": FRAMING_COLUMNS, "stance_evidence": EVIDENCE_COLUMNS,
    "relations": RELATION_COLUMNS,
}


class Settings(NamedTuple):
    """Everything a document's analysis needs: lexicons and options (picklable)."""

    actors: ActorLexicon
    cues: Cues
    frames: Lexicon
    stance: StanceLexicon
    vader: str
    stance_model: Any = None


def analyze_document(doc: Document, settings: Settings) -> dict[str, list[tuple]]:
    """Rows of every per-document table for one document (raises on failure)."""
    seg = segment_document(doc.text, doc_id=doc.id)
    quotes, mentions = read_doc_quotes(seg, _doc_mentions(seg, settings.actors, date=doc.meta.get("date")),
                                       settings.actors, settings.cues)
    units = doc_units(seg, quotes)
    u_tokens = [unit_tokens(seg, u) for u in units]
    u_rows = unit_rows(seg, units, tokens=u_tokens)
    ua_rows = unit_actor_rows(seg, units, mentions, settings.actors)
    n_words = {r[1]: r[-1] for r in u_rows}
    sentiment = sentiment_rows(doc.id, [(u.unit_id, u.kind, unit_text(seg, u), n_words[u.unit_id]) for u in units],
                               vader=settings.vader)
    framing = framing_rows(seg, units, frame_hits(seg, settings.frames), settings.frames)
    evidence, relations = stance_and_relation_rows(seg, units, ua_rows, mentions, settings.stance,
                                                   tokens=u_tokens, model=settings.stance_model)
    doc_words = sum(1 for toks in seg.tokens for t in toks if t.text[0].isalnum())
    return {
        "documents": [(doc.id, doc.source, str(doc.meta.get("title", "")), str(doc.meta.get("date", "")),
                       len(seg.sentences), doc_words, len(doc.text))],
        "sentences": [(doc.id, s.sent_id, s.paragraph, s.start, s.end, doc.text[s.start:s.end])
                      for s in seg.sentences],
        "mentions": mention_rows(seg, with_unlisted(seg, mentions, settings.actors)),
        "quotes": quotes,
        "units": u_rows,
        "unit_actors": ua_rows,
        "sentiment": sentiment,
        "framing": framing,
        "stance_evidence": evidence,
        "relations": relations,
    }


@dataclass(frozen=True)
class Analysis:
    """Results of :func:`analyze`: tidy frames with documented columns.

    Every row that points into a text carries ``doc_id`` and character
    offsets ``start``/``end`` into that document's clean text. Units are
    numbered per document: join tables on ``["doc_id", "unit_id"]``. A missing value (a quote
    without a speaker, a document without a date) is ``NaN`` in every table, an
    empty cell in CSV (see :mod:`discourse.missing`).

    Attributes
    ----------
    documents : DataFrame
        One row per analysed document: ``doc_id``, ``source``, ``title``,
        ``date`` (from metadata, else empty), ``n_sentences``, ``n_words``,
        ``n_chars``.
    sentences : DataFrame
        ``doc_id``, ``sent_id``, ``paragraph``, ``start``, ``end``, ``text``.
    mentions : DataFrame
        See :func:`discourse.find_mentions`.
    quotes : DataFrame
        See :func:`discourse.extract_quotes`.
    units : DataFrame
        Sentences and quotes as units of analysis (see :mod:`discourse.units`):
        ``doc_id``, ``unit_id``, ``sent_id``, ``kind`` (sentence, direct,
        partial, reported), ``start``, ``end``, ``text``, ``speaker``,
        ``actor``, ``n_words`` (the unit's own words: a sentence's without
        its quotes).
    unit_actors : DataFrame
        ``doc_id``, ``unit_id``, ``actor``, ``role`` (``speaker``: the unit
        is the actor's words; ``mentioned``: an author's sentence naming it).
    sentiment : DataFrame
        Per unit: ``doc_id``, ``unit_id``, ``kind``, ``vader_engine``,
        ``vader_compound``, ``vader_pos``, ``vader_neu``, ``vader_neg``,
        ``textblob_polarity``, ``textblob_subjectivity``, ``n_words``.
    framing : DataFrame
        One row per frame-term hit: ``doc_id``, ``unit_id``, ``sent_id``,
        ``frame``, ``term``, ``match``, ``start``, ``end``, ``weight``,
        ``negated``, ``hedged`` (see :mod:`discourse.framing`).
    stance_evidence : DataFrame
        One row per piece of stance evidence (see :mod:`discourse.stance`).
    relations : DataFrame
        One row per stance of an actor toward another actor (who backs or
        blames whom): ``doc_id``, ``unit_id``, ``sent_id``, ``holder``,
        ``target``, ``polarity`` (positive / negative), ``cue``, ``negated``,
        ``role`` (quote / reported / subject), ``confidence``, ``start``,
        ``end``, ``text`` (see :mod:`discourse.relations`).
    errors : DataFrame
        Every source or document that was skipped or failed: ``source``,
        ``doc_id``, ``stage`` (``load`` or ``analyze``) and ``reason``.
    actors, frames, stance_lexicon
        The lexicons used.
    """

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    units: pd.DataFrame
    unit_actors: pd.DataFrame
    sentiment: pd.DataFrame
    framing: pd.DataFrame
    stance_evidence: pd.DataFrame
    relations: pd.DataFrame
    errors: pd.DataFrame
    actors: ActorLexicon = field(repr=False)
    frames: Lexicon = field(repr=False)
    stance_lexicon: StanceLexicon = field(repr=False)

    @property
    def stance(self) -> pd.DataFrame:
        """One row per actor x target: ``actor``, ``target``, ``label`` (favor / against / none),
        ``score`` in [-1, 1], ``n_evidence``, ``n_favor``, ``n_against``, ``evidence`` (texts,
        `` | ``-separated) and ``spans`` (``doc_id:start-end``)."""
        return stance_table(self.stance_evidence, self.stance_lexicon.target_names)

    def who_says_what(self) -> pd.DataFrame:
        """One row per actor: how often named, and how often and how much quoted.

        See :func:`discourse.summary.actor_table` for the columns.
        """
        return missing_as_na(actor_table(self.mentions, self.quotes, self.actors))

    def speakers(self) -> pd.DataFrame:
        """One row per speaker (as named) and actor, with quote counts by kind."""
        return missing_as_na(speaker_table(self.quotes, self.actors))

    def by_actor(self, *, seed: int = 0) -> pd.DataFrame:
        """One row per actor x role: counts, sentiment means with 95% bootstrap intervals, frame hits.

        See :func:`discourse.summary.by_actor_table`.
        """
        return missing_as_na(by_actor_table(self.units, self.unit_actors, self.sentiment, self.framing, seed=seed,
                                            lexicon=self.actors))

    def framing_by_actor(self) -> pd.DataFrame:
        """Frame hits per actor x role x frame, raw and per 1,000 words."""
        return missing_as_na(framing_by_actor_table(self.units, self.unit_actors, self.framing, self.actors))

    def relation_summary(self) -> pd.DataFrame:
        """One row per holder x target: ``n``, ``n_positive``, ``n_negative``, ``net`` and ``label``
        (see :func:`discourse.relations.relation_summary`)."""
        return relation_summary(self.relations)

    def sentiment_agreement(self) -> pd.DataFrame:
        """Spearman's rho between VADER compound and TextBlob polarity over units, overall and per kind."""
        return sentiment_agreement_table(self.sentiment)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by file name stem, in a fixed order."""
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "mentions": self.mentions,
            "quotes": self.quotes,
            "units": self.units,
            "unit_actors": self.unit_actors,
            "sentiment": self.sentiment,
            "framing": self.framing,
            "stance_evidence": self.stance_evidence,
            "stance": self.stance,
            "relations": self.relations,
            "relation_summary": self.relation_summary(),
            "actors": self.who_says_what(),
            "speakers": self.speakers(),
            "by_actor": self.by_actor(),
            "framing_by_actor": self.framing_by_actor(),
            "sentiment_agreement": self.sentiment_agreement(),
            "errors": self.errors,
        }

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write every table as ``<name>.csv`` into ``directory`` (created if needed).

        The output is deterministic: fixed column order, rows in document and
        text order, ``\\n`` line ends, UTF-8, floats as Python prints them.
        Returns the paths written.
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.tables().items():
            path = out / f"{name}.csv"
            frame.to_csv(path, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            written.append(path)
        return written

    def to_parquet(self, directory: str | Path) -> list[Path]:
        """Write every table as ``<name>.parquet`` (needs pyarrow: ``pip install pyarrow``)."""
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ImportError("to_parquet needs pyarrow: pip install pyarrow (or use to_csv)") from None
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.tables().items():
            path = out / f"{name}.parquet"
            frame.to_parquet(path, index=False)
            written.append(path)
        return written

    def __repr__(self) -> str:
        return (f"<Analysis: {len(self.documents)} documents, {len(self.units)} units, {len(self.mentions)} "
                f"mentions, {len(self.quotes)} quotes, {len(self.framing)} frame hits, {len(self.errors)} errors>")


def analyze(
    corpus: Corpus | Iterable[Document],
    *,
    actors: ActorLexicon | str | Path | None = None,
    cues: Cues | str | Path | None = None,
    frames: Lexicon | str | Path | None = None,
    stance: StanceLexicon | str | Path | None = None,
    vader: str = "vaderSentiment",
    stance_model: Any = None,
    n_jobs: int = 1,
    engine: str = "processes",
    client: Any = None,
    chunk_size: int = 32,
    progress: bool | None = None,
) -> Analysis:
    """Run the whole analysis over a corpus: who says what, sentiment, framing, stance.

    Parameters
    ----------
    corpus : Corpus or iterable of Document
        For instance ``load_corpus("seeds/")``, or ``stream_corpus(...)`` for
        a large file read lazily.
    actors : ActorLexicon, path or None, default=None
        Actor lexicon (``None``: packaged default; see :func:`load_actors`).
    cues : Cues, path or None, default=None
        Speech-cue lexicon (see :func:`load_cues`).
    frames : Lexicon, path, name or None, default=None
        Framing lexicon (see :func:`load_lexicon`): ``None`` for the packaged
        conflict frames, ``"mfc"`` for the Media Frames Corpus dimensions.
    stance : StanceLexicon, path or None, default=None
        Stance targets and cues (see :func:`load_stance`).
    stance_model : StanceModel or None, default=None
        A model trained on your own coding (:func:`discourse.stance.train`):
        it labels the stance of every actor toward every target term in its
        units, and every pair of actors named in a sentence, instead of the
        rules (``cue`` and ``shape`` then say ``model``).
    vader : {"vaderSentiment", "nltk"}, default="vaderSentiment"
        VADER implementation (see :mod:`discourse.sentiment`).
    n_jobs : int, default=1
        Worker processes (``-1``: one per core). Results are identical to a
        serial run.
    engine : {"processes", "dask"}, default="processes"
        ``"dask"`` runs on a ``dask.distributed`` cluster: pass ``client=``
        or create a ``Client`` first. Results are identical to a serial run.
    chunk_size : int, default=32
        Documents per task for the parallel engines.
    progress : bool or None, default=None
        A tqdm progress bar; by default only on a terminal, never in tests.

    Returns
    -------
    Analysis

    Examples
    --------
    >>> from discourse import load_corpus
    >>> a = analyze(load_corpus("seeds/"))
    >>> a.quotes.query("kind == 'direct'").speaker.tolist()
    ['Jean-Noel Barrot', 'Jean-Noel Barrot', 'Le Monde', 'Rob Bauer']
    >>> a.stance.query("actor == 'France' and target in ['ukraine_support', 'western_troops']")[
    ...     ["target", "label"]].values.tolist()
    [['ukraine_support', 'favor'], ['western_troops', 'favor']]
    """
    settings = make_settings(actors=actors, cues=cues, frames=frames, stance=stance, vader=vader,
                             stance_model=stance_model)
    rows: dict[str, list[tuple]] = {name: [] for name in _TABLES}
    errors: list[tuple] = []
    for result in run(corpus, settings, n_jobs=n_jobs, engine=engine, client=client, chunk_size=chunk_size,
                      progress=progress):
        if result.error is not None:
            errors.append((result.source, result.doc_id, "analyze", result.error))
            continue
        for name, part in result.rows.items():
            rows[name].extend(part)
    skipped = [(item.source, "", "load", item.reason) for item in getattr(corpus, "skipped", ())]
    return _assemble(rows, skipped + errors, settings)


def make_settings(*, actors=None, cues=None, frames=None, stance=None, vader: str = "vaderSentiment",
                  stance_model: Any = None) -> Settings:
    """Load every lexicon once, for :func:`analyze` and its workers."""
    if vader not in VADER_ENGINES:
        raise ValueError(f"vader must be one of {', '.join(VADER_ENGINES)}, got {vader!r}")
    from .stance_model import StanceModel

    if stance_model is not None and not isinstance(stance_model, StanceModel):
        raise TypeError(f"stance_model must be a StanceModel from discourse.stance.train or load_model, "
                        f"got {type(stance_model).__name__}")
    return Settings(load_actors(actors), load_cues(cues), load_lexicon(frames), load_stance(stance), vader,
                    stance_model)


def table_frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    """The frame of the per-document table ``name`` (or ``errors``) from its rows.

    Missing values are ``NaN`` in every text column (see :mod:`discourse.missing`).
    """
    if name == "framing":
        return missing_as_na(framing_frame(rows))
    return missing_as_na(pd.DataFrame(rows, columns=ERROR_COLUMNS if name == "errors" else _TABLES[name]))


def _assemble(rows: dict[str, list[tuple]], errors: list[tuple], settings: Settings) -> Analysis:
    frames = {name: table_frame(name, rows[name]) for name in _TABLES}
    return Analysis(**frames, errors=table_frame("errors", errors), actors=settings.actors,
                    frames=settings.frames, stance_lexicon=settings.stance)
