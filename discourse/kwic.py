"""Keyword in context: every match of a term, with the words around it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from .matcher import TermMatcher, match_tokens
from .text import segment_document

__all__ = ["KWIC_COLUMNS", "kwic"]

#: Columns of :func:`kwic`.
KWIC_COLUMNS = ["doc_id", "sent_id", "start", "end", "left", "match", "right"]


def kwic(source: Any, pattern: str | Iterable[str], *, window: int = 8) -> pd.DataFrame:
    """Find a term (or several) in a corpus and show each match in its context.

    Parameters
    ----------
    source : Corpus, iterable of Document, or Analysis
        Where to look. For an ``Analysis`` its sentences are searched.
    pattern : str or iterable of str
        Terms in the term syntax of :mod:`discourse.matcher`: words, phrases
        (hyphen = space), British = American spelling, one trailing ``*``.
        Never a regular expression.
    window : int, default=8
        Tokens (words and punctuation) of context on each side, within the sentence.

    Returns
    -------
    pandas.DataFrame
        One row per match: ``doc_id``, ``sent_id``, ``start``, ``end``
        (offsets into the clean text), ``left``, ``match``, ``right``.

    Examples
    --------
    >>> from discourse import load_corpus
    >>> k = kwic(load_corpus("seeds/"), "escalat*", window=3)
    >>> k[["left", "match", "right"]].head(2).values.tolist()
    [['Ukraine continues to', 'escalate', ', NATO and'], ['new phase of', 'escalation', ', according to']]
    """
    terms = [pattern] if isinstance(pattern, str) else list(pattern)
    matcher = TermMatcher((t, t) for t in terms)
    rows: list[tuple] = []
    if isinstance(getattr(source, "sentences", None), pd.DataFrame):
        from .text import tokenize

        for doc_id, sent_id, start, end, text in source.sentences[["doc_id", "sent_id", "start", "end", "text"]] \
                .itertuples(index=False):
            toks = tokenize(text)
            rows.extend(_rows(doc_id, sent_id, text, toks, matcher, window, offset=start))
        return pd.DataFrame(rows, columns=KWIC_COLUMNS)
    for doc in source:
        seg = segment_document(doc.text, doc_id=doc.id)
        for sent in seg.sentences:
            rows.extend(_rows(doc.id, sent.sent_id, doc.text, seg.tokens[sent.sent_id], matcher, window, offset=0))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _rows(doc_id, sent_id, text, tokens, matcher, window, *, offset):
    toks = match_tokens(tokens)
    out = []
    for m in matcher.find(toks):
        s, e = toks[m.first].start, toks[m.last - 1].end
        left_toks = [t for t in tokens if t.end <= s][-window:] if window else []
        right_toks = [t for t in tokens if t.start >= e][:window] if window else []
        left = text[left_toks[0].start:s].strip() if left_toks else ""
        right = text[e:right_toks[-1].end].strip() if right_toks else ""
        out.append((doc_id, sent_id, s + offset, e + offset, left, text[s:e], right))
    return out
