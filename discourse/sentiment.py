"""Sentiment per unit: VADER and TextBlob side by side.

Two lexicon-based methods, both offline:

**VADER** (Hutto & Gilbert 2014), valence-aware rules for negation, boosters
and punctuation. Two implementations exist and they disagree: the original
author's ``vaderSentiment`` package (the default here) and NLTK's copy, which
lags it (it keeps ``wars,"`` as one word and never scores "wars", and gives
repeated words the index of their first occurrence). Choose with
``vader="nltk"``; the engine is recorded in every row. NLTK's analyzer reads
the lexicon that ``vaderSentiment`` ships (put on ``nltk.data.path``), so no
download is needed either way.

**TextBlob** (pattern's adjective lexicon): ``polarity`` in [-1, 1] and
``subjectivity`` in [0, 1].

Known limits: both lexicons were built for short social-media and review
text, not news, whose sentiment is mostly in nouns and events ("troops",
"sabotage") that neither scores; negation is handled by VADER's rules only
within three words, and by TextBlob hardly at all; and sentiment is not
stance: "We will not abandon Ukraine" is a negative sentence in favour of
Ukraine. Read the evidence behind a score before trusting a mean.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Callable

import pandas as pd

from .cleaning import straight_quotes

__all__ = ["SENTIMENT_COLUMNS", "VADER_ENGINES", "score_texts", "vader_scorer"]

#: Columns of ``Analysis.sentiment``.
SENTIMENT_COLUMNS = ["doc_id", "unit_id", "kind", "vader_engine", "vader_compound", "vader_pos", "vader_neu",
                     "vader_neg", "textblob_polarity", "textblob_subjectivity", "n_words"]
#: Supported VADER implementations: ``vaderSentiment`` (default) and ``nltk``.
VADER_ENGINES = ("vaderSentiment", "nltk")


@lru_cache(maxsize=2)
def vader_scorer(engine: str = "vaderSentiment") -> Callable[[str], dict]:
    """The ``polarity_scores`` function of a VADER implementation.

    Examples
    --------
    >>> vader_scorer()("We are not ruling out any option.")["compound"]
    0.0
    """
    if engine not in VADER_ENGINES:
        raise ValueError(f"vader must be one of {', '.join(VADER_ENGINES)}, got {engine!r}")
    import vaderSentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    if engine == "vaderSentiment":
        return SentimentIntensityAnalyzer().polarity_scores
    import nltk
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as NltkAnalyzer

    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)          # NLTK refuses absolute paths; a search-path entry is fine
    return NltkAnalyzer(lexicon_file="vader_lexicon.txt").polarity_scores


def _textblob(text: str) -> tuple[float, float]:
    """TextBlob's default sentiment of ``text``: ``TextBlob(text).sentiment``.

    Calls the pattern analyzer that ``TextBlob(...).sentiment`` wraps, on the
    same raw text, without building a blob and a new result class per call
    (a third of TextBlob's time); the values are the same (tested).
    """
    polarity, subjectivity = _pattern_sentiment()(text)
    return float(polarity), float(subjectivity)


@lru_cache(maxsize=1)
def _pattern_sentiment() -> Callable[[str], tuple[float, float]]:
    from textblob.en import sentiment

    return sentiment


def score_texts(texts: Iterable[str], *, vader: str = "vaderSentiment") -> pd.DataFrame:
    """Score texts with VADER and TextBlob.

    Parameters
    ----------
    texts : iterable of str
    vader : {"vaderSentiment", "nltk"}, default="vaderSentiment"
        VADER implementation (see the module docstring).

    Returns
    -------
    pandas.DataFrame
        One row per text: ``vader_compound``, ``vader_pos``, ``vader_neu``,
        ``vader_neg``, ``textblob_polarity``, ``textblob_subjectivity``.

    Examples
    --------
    >>> score_texts(["Economies win wars.", "A great success."]).round(3).values.tolist()
    [[0.052, 0.452, 0.119, 0.429, 0.8, 0.4], [0.832, 0.886, 0.114, 0.0, 0.55, 0.375]]
    """
    vader_fn = vader_scorer(vader)
    rows = [_score(vader_fn, straight_quotes(t)) for t in texts]    # analyze's texts are clean already
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS[4:10])


def _score(vader_fn: Callable[[str], dict], text: str) -> tuple[float, ...]:
    v = vader_fn(text)
    polarity, subjectivity = _textblob(text)
    return (v["compound"], v["pos"], v["neu"], v["neg"], polarity, subjectivity)


def sentiment_rows(doc_id: str, units: Sequence[tuple[int, str, str, int]], *, vader: str) -> list[tuple]:
    """Rows of :data:`SENTIMENT_COLUMNS` for ``(unit_id, kind, text, n_words)`` items.

    A text that recurs in the items (an empty author's remainder of a wholly
    quoted sentence, a separator line, a repeated claim) is scored once: both
    engines are pure functions of the text.
    """
    vader_fn = vader_scorer(vader)
    scores: dict[str, tuple[float, ...]] = {}
    rows = []
    for uid, kind, text, n in units:
        score = scores.get(text)
        if score is None:
            score = scores[text] = _score(vader_fn, text)
        rows.append((doc_id, uid, kind, vader, *score, n))
    return rows
