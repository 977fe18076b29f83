"""Summary tables: who is named, who is quoted, and how much.

Pure functions from the tidy ``mentions`` and ``quotes`` frames to one row
per actor or per speaker; :func:`summary_text` renders them for a terminal.
"""

from __future__ import annotations

import pandas as pd

from .actors import ActorLexicon

__all__ = ["QUOTE_KINDS", "actor_table", "speaker_table", "summary_text"]

QUOTE_KINDS = ("direct", "partial", "reported")
_ACTOR_COLUMNS = ["actor", "type", "mentions", "docs", "quotes", *QUOTE_KINDS, "words_quoted"]
_SPEAKER_COLUMNS = ["speaker", "actor", "quotes", *QUOTE_KINDS, "words_quoted"]


def _quote_counts(quotes: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    said = quotes[quotes["kind"].isin(QUOTE_KINDS) & quotes["speaker"].fillna("").ne("")].copy()
    said["words"] = said["text"].str.split().str.len()
    counts = pd.crosstab([said[c] for c in by], said["kind"]).reindex(columns=list(QUOTE_KINDS), fill_value=0)
    counts["quotes"] = counts.sum(axis=1)
    counts["words_quoted"] = said.groupby(by)["words"].sum()
    return counts.reset_index() if len(counts) else pd.DataFrame(columns=[*by, "quotes", *QUOTE_KINDS, "words_quoted"])


def actor_table(mentions: pd.DataFrame, quotes: pd.DataFrame, lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """One row per actor that is named or quoted.

    A person's quotes count for the actor they speak for (Barrot -> France);
    mentions count for the actor named (a person is listed on its own row).

    Returns
    -------
    pandas.DataFrame
        ``actor``, ``type``, ``mentions`` (times named), ``docs`` (documents
        naming it), ``quotes`` (direct + partial + reported attributed to
        it), ``direct``, ``partial``, ``reported``, ``words_quoted``; sorted
        by quotes, then mentions, then name.
    """
    named = mentions.dropna(subset=["actor"])
    m = named.groupby("actor").agg(mentions=("start", "size"), docs=("doc_id", "nunique"))
    q = _quote_counts(quotes.dropna(subset=["actor"]), ["actor"]).set_index("actor")
    table = m.join(q, how="outer").fillna(0)
    for col in ["mentions", "docs", "quotes", *QUOTE_KINDS, "words_quoted"]:
        if col not in table:
            table[col] = 0
        table[col] = table[col].astype("int64")
    table = table.reset_index().rename(columns={"index": "actor"})
    types = {a.name: a.type for a in lexicon.actors} if lexicon is not None else {}
    table["type"] = table["actor"].map(types).fillna("")
    table = table.sort_values(["quotes", "mentions", "actor"], ascending=[False, False, True], kind="mergesort")
    return table[_ACTOR_COLUMNS].reset_index(drop=True)


def speaker_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker as named, with the actor they speak for and quote counts by kind.

    Returns
    -------
    pandas.DataFrame
        ``speaker``, ``actor``, ``quotes``, ``direct``, ``partial``,
        ``reported``, ``words_quoted``; most quoted first.
    """
    q = quotes.assign(actor=quotes["actor"].fillna(""))
    table = _quote_counts(q, ["speaker", "actor"])
    for col in ["quotes", *QUOTE_KINDS, "words_quoted"]:
        table[col] = table[col].astype("int64")
    table = table.sort_values(["quotes", "words_quoted", "speaker"], ascending=[False, False, True], kind="mergesort")
    return table[_SPEAKER_COLUMNS].reset_index(drop=True)


def summary_text(actors: pd.DataFrame, speakers: pd.DataFrame, quotes: pd.DataFrame, *,
                 n_documents: int, top: int = 15) -> str:
    """A plain-text who-says-what summary for a terminal.

    Parameters
    ----------
    actors : DataFrame from :func:`actor_table`
    speakers : DataFrame from :func:`speaker_table`
    quotes : DataFrame from :func:`discourse.extract_quotes`
    n_documents : int
    top : int, default=15
        Rows shown per table.
    """
    kinds = quotes["kind"].value_counts()
    unattributed = int((quotes["kind"].isin(QUOTE_KINDS) & quotes["speaker"].fillna("").eq("")).sum())
    lines = [
        f"Who says what: {n_documents} document(s), {len(quotes)} quotes "
        f"({', '.join(f'{kinds.get(k, 0)} {k}' for k in (*QUOTE_KINDS, 'scare'))}); "
        f"{unattributed} without a speaker.",
        "",
        "Actors (named = times mentioned; quotes = words attributed to the actor or its people):",
        actors.head(top).to_string(index=False) if len(actors) else "  (none)",
        "",
        "Speakers:",
        speakers.head(top).to_string(index=False) if len(speakers) else "  (none)",
    ]
    return "\n".join(lines)
