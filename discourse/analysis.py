"""The analysis pipeline: a corpus in, tidy tables out.

:func:`analyze` segments each document once and runs every step on it. A
document whose analysis fails is recorded in ``Analysis.errors`` with the
reason, and the others' results are complete.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .actors import MENTION_COLUMNS, ActorLexicon, _doc_mentions, load_actors, mention_rows
from .corpus import Corpus, Document
from .cues import Cues, load_cues
from .quotes import QUOTE_COLUMNS, doc_quote_rows
from .summary import actor_table, speaker_table
from .text import segment_document

__all__ = ["Analysis", "analyze", "DOCUMENT_COLUMNS", "SENTENCE_COLUMNS", "ERROR_COLUMNS"]

DOCUMENT_COLUMNS = ["doc_id", "source", "title", "date", "n_sentences", "n_words", "n_chars"]
SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph", "start", "end", "text"]
ERROR_COLUMNS = ["source", "doc_id", "stage", "reason"]


@dataclass(frozen=True)
class Analysis:
    """Results of :func:`analyze`: tidy frames with documented columns.

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
    errors : DataFrame
        Every source or document that was skipped or failed: ``source``,
        ``doc_id``, ``stage`` (``load`` or ``analyze``) and ``reason``.
    actors : ActorLexicon
        The lexicon used.
    """

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    errors: pd.DataFrame
    actors: ActorLexicon = field(repr=False)

    def who_says_what(self) -> pd.DataFrame:
        """One row per actor: how often named, and how often and how much quoted.

        See :func:`discourse.summary.actor_table` for the columns.
        """
        return actor_table(self.mentions, self.quotes, self.actors)

    def speakers(self) -> pd.DataFrame:
        """One row per speaker (as named) and actor, with quote counts by kind."""
        return speaker_table(self.quotes)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by file name stem, in a fixed order."""
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "mentions": self.mentions,
            "quotes": self.quotes,
            "actors": self.who_says_what(),
            "speakers": self.speakers(),
            "errors": self.errors,
        }

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write every table as ``<name>.csv`` into ``directory`` (created if needed).

        The output is deterministic: fixed column order, rows in document and
        text order, ``\\n`` line ends, UTF-8. Returns the paths written.
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.tables().items():
            path = out / f"{name}.csv"
            frame.to_csv(path, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            written.append(path)
        return written

    def __repr__(self) -> str:
        return (f"<Analysis: {len(self.documents)} documents, {len(self.mentions)} mentions, "
                f"{len(self.quotes)} quotes, {len(self.errors)} errors>")


def analyze(
    corpus: Corpus | Iterable[Document],
    *,
    actors: ActorLexicon | str | Path | None = None,
    cues: Cues | str | Path | None = None,
) -> Analysis:
    """Run the who-says-what analysis over a corpus.

    Parameters
    ----------
    corpus : Corpus or iterable of Document
        For instance ``load_corpus("seeds/")``.
    actors : ActorLexicon, path or None, default=None
        Actor lexicon (``None``: packaged default).
    cues : Cues, path or None, default=None
        Speech-cue lexicon (``None``: packaged default).

    Returns
    -------
    Analysis

    Examples
    --------
    >>> from discourse import load_corpus
    >>> a = analyze(load_corpus("seeds/"))
    >>> a.quotes.query("kind == 'direct'").speaker.tolist()
    ['Jean-Noel Barrot', 'Jean-Noel Barrot', 'Le Monde', 'Rob Bauer']
    """
    lexicon = load_actors(actors)
    cue_lexicon = load_cues(cues)
    documents, sentences, mentions, quotes, errors = [], [], [], [], []
    for item in getattr(corpus, "skipped", ()):
        errors.append((item.source, "", "load", item.reason))
    for doc in corpus:
        try:
            seg = segment_document(doc.text, doc_id=doc.id)
            doc_mentions = _doc_mentions(seg, lexicon)
            doc_quotes = doc_quote_rows(seg, doc_mentions, lexicon, cue_lexicon)
        except Exception as exc:  # one bad document never loses the others
            errors.append((doc.source, doc.id, "analyze", f"{type(exc).__name__}: {exc}"))
            continue
        n_words = sum(1 for toks in seg.tokens for t in toks if t.text[0].isalnum())
        documents.append((doc.id, doc.source, str(doc.meta.get("title", "")), str(doc.meta.get("date", "")),
                          len(seg.sentences), n_words, len(doc.text)))
        sentences.extend((doc.id, s.sent_id, s.paragraph, s.start, s.end, doc.text[s.start:s.end])
                         for s in seg.sentences)
        mentions.extend(mention_rows(seg, doc_mentions))
        quotes.extend(doc_quotes)
    return Analysis(
        documents=pd.DataFrame(documents, columns=DOCUMENT_COLUMNS),
        sentences=pd.DataFrame(sentences, columns=SENTENCE_COLUMNS),
        mentions=pd.DataFrame(mentions, columns=MENTION_COLUMNS),
        quotes=pd.DataFrame(quotes, columns=QUOTE_COLUMNS),
        errors=pd.DataFrame(errors, columns=ERROR_COLUMNS),
        actors=lexicon,
    )
