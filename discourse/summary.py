"""Summary tables: who is named, who is quoted, and how much.

Pure functions from the tidy ``mentions`` and ``quotes`` frames to one row
per actor or per speaker; :func:`summary_text` renders them for a terminal.
"""

from __future__ import annotations

import pandas as pd

from .actors import ActorLexicon

__all__ = ["QUOTE_KINDS", "actor_table", "speaker_table", "summary_text"]

QUOTE_KINDS = ("direct", "partial", "reported")
_ACTOR_COLUMNS = ["actor", "type", "code", "mentions", "docs", "quotes", *QUOTE_KINDS, "words_quoted"]
_SPEAKER_COLUMNS = ["speaker", "actor", "code", "quotes", *QUOTE_KINDS, "words_quoted"]


def _codes(actors: pd.Series, lexicon: ActorLexicon | None, fallback: pd.DataFrame | None = None) -> pd.Series:
    """ISO 3166-1 alpha-3 code of each actor name (inherited through affiliation; "" when none)."""
    if lexicon is not None:
        codes = {a.name: a.code for a in lexicon.actors if a.code}
    elif fallback is not None and {"actor", "code"} <= set(fallback.columns):
        known = fallback.dropna(subset=["actor", "code"])
        codes = dict(zip(known["actor"], known["code"]))
    else:
        codes = {}
    return pd.Series([codes.get(a, "") if isinstance(a, str) else "" for a in actors], index=actors.index, dtype=object)


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
        ``actor``, ``type``, ``code`` (ISO 3166-1 alpha-3 of the actor or of
        the state it is affiliated with; "" for none), ``mentions`` (times named), ``docs`` (documents
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
    table["code"] = _codes(table["actor"], lexicon, mentions)
    table = table.sort_values(["quotes", "mentions", "actor"], ascending=[False, False, True], kind="mergesort")
    return table[_ACTOR_COLUMNS].reset_index(drop=True)


def speaker_table(quotes: pd.DataFrame, lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """One row per speaker as named, with the actor they speak for and quote counts by kind.

    Parameters
    ----------
    quotes : DataFrame from :func:`discourse.extract_quotes`
    lexicon : ActorLexicon, optional
        Gives the ``code`` of each actor; without it the quotes' own ``code``
        column is used when they have one.

    Returns
    -------
    pandas.DataFrame
        ``speaker``, ``actor``, ``code`` (ISO alpha-3 of the actor, "" for
        none), ``quotes``, ``direct``, ``partial``, ``reported``,
        ``words_quoted``; most quoted first.
    """
    q = quotes.assign(actor=quotes["actor"].fillna(""))
    table = _quote_counts(q, ["speaker", "actor"])
    table["code"] = _codes(table["actor"], lexicon, quotes)
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
        actors.head(top).to_string(index=False, na_rep="") if len(actors) else "  (none)",
        "",
        "Speakers:",
        speakers.head(top).to_string(index=False, na_rep="") if len(speakers) else "  (none)",
    ]
    return "\n".join(lines)


#: Columns of :func:`by_actor_table`.
BY_ACTOR_COLUMNS = ["actor", "role", "n_units", "n_words", "vader_mean", "vader_low", "vader_high",
                    "textblob_mean", "textblob_low", "textblob_high", "subjectivity_mean", "frame_hits",
                    "frame_hits_per_1000_words", "negated_hits", "hedged_hits", "top_frame", "code"]
#: Columns of :func:`framing_by_actor_table`.
FRAMING_BY_ACTOR_COLUMNS = ["actor", "role", "frame", "hits", "weighted_hits", "negated", "hedged", "n_words",
                            "per_1000_words", "code"]


def _actor_units(unit_actors: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    return unit_actors.merge(units[["doc_id", "unit_id", "n_words"]], on=["doc_id", "unit_id"], how="left")


def framing_by_actor_table(units: pd.DataFrame, unit_actors: pd.DataFrame, framing: pd.DataFrame,
                           lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """Frame hits per actor x role x frame, raw and per 1,000 words.

    ``n_words`` is the number of words in all units of that actor and role
    (the denominator); ``hits`` counts every hit, ``negated`` and ``hedged``
    those so marked; ``weighted_hits`` sums the term weights; ``code`` is the
    actor's ISO alpha-3 code from ``lexicon`` ("" for none or without one).
    """
    au = _actor_units(unit_actors, units)
    words = au.groupby(["actor", "role"], sort=False)["n_words"].sum()
    hits = framing.merge(unit_actors, on=["doc_id", "unit_id"])
    if hits.empty:
        return pd.DataFrame(columns=FRAMING_BY_ACTOR_COLUMNS)
    table = hits.groupby(["actor", "role", "frame"], sort=True).agg(
        hits=("term", "size"), weighted_hits=("weight", "sum"), negated=("negated", "sum"), hedged=("hedged", "sum"))
    table = table.reset_index()
    table["n_words"] = [int(words.get((a, r), 0)) for a, r in zip(table["actor"], table["role"])]
    table["per_1000_words"] = (1000 * table["hits"] / table["n_words"].where(table["n_words"] > 0)).round(3)
    for col in ("hits", "negated", "hedged"):
        table[col] = table[col].astype("int64")
    table["code"] = _codes(table["actor"], lexicon)
    return table[FRAMING_BY_ACTOR_COLUMNS]


def by_actor_table(units: pd.DataFrame, unit_actors: pd.DataFrame, sentiment: pd.DataFrame,
                   framing: pd.DataFrame, *, seed: int = 0, n_boot: int = 2000,
                   lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """One row per actor x role: units, words, sentiment means with 95% bootstrap intervals, frame hits.

    Intervals are percentile bootstraps of the mean over units with a fixed
    ``seed`` (empty for a single unit). Rows are sorted by actor, then role.
    The last column, ``code``, is the actor's ISO alpha-3 code from
    ``lexicon`` ("" for none or without one).
    """
    from .stats import bootstrap_ci

    au = _actor_units(unit_actors, units).merge(
        sentiment[["doc_id", "unit_id", "vader_compound", "textblob_polarity", "textblob_subjectivity"]],
        on=["doc_id", "unit_id"], how="left")
    hits = framing.merge(unit_actors, on=["doc_id", "unit_id"])
    rows = []
    for (actor, role), g in au.groupby(["actor", "role"], sort=True):
        h = hits[(hits["actor"] == actor) & (hits["role"] == role)]
        n_words = int(g["n_words"].sum())
        v_low, v_high = bootstrap_ci(g["vader_compound"], seed=seed, n_boot=n_boot)
        t_low, t_high = bootstrap_ci(g["textblob_polarity"], seed=seed, n_boot=n_boot)
        top = h["frame"].value_counts().sort_index().sort_values(ascending=False, kind="mergesort")
        rows.append((actor, role, len(g), n_words, g["vader_compound"].mean(), v_low, v_high,
                     g["textblob_polarity"].mean(), t_low, t_high, g["textblob_subjectivity"].mean(), len(h),
                     round(1000 * len(h) / n_words, 3) if n_words else float("nan"), int(h["negated"].sum()),
                     int(h["hedged"].sum()), top.index[0] if len(top) else "", ""))
    table = pd.DataFrame(rows, columns=BY_ACTOR_COLUMNS)
    table["code"] = _codes(table["actor"], lexicon)
    float_cols = [c for c in BY_ACTOR_COLUMNS if c.startswith(("vader", "textblob", "subjectivity"))]
    table[float_cols] = table[float_cols].astype(float).round(6)
    return table


def sentiment_agreement_table(sentiment: pd.DataFrame) -> pd.DataFrame:
    """Agreement of VADER compound and TextBlob polarity: Spearman's rho over units, overall and per kind."""
    from .stats import spearman

    sentiment = sentiment[sentiment["n_words"] > 0]          # sentences that are all quote have no words of their own
    rows = [("all", len(sentiment), spearman(sentiment["vader_compound"], sentiment["textblob_polarity"]))]
    for kind, g in sentiment.groupby("kind", sort=True):
        rows.append((kind, len(g), spearman(g["vader_compound"], g["textblob_polarity"])))
    return pd.DataFrame(rows, columns=["units", "n", "spearman_rho"])


def actor_summary_text(by_actor: pd.DataFrame, stance: pd.DataFrame, framing_by_actor: pd.DataFrame, *,
                       top: int = 20, relations: pd.DataFrame | None = None) -> str:
    """A plain-text per-actor summary: sentiment and main frame per actor x role, stances taken, and
    (given ``relations=Analysis.relation_summary()``) who stands for or against whom."""
    cols = ["actor", "role", "n_units", "n_words", "vader_mean", "textblob_mean", "frame_hits", "top_frame"]
    table = by_actor.sort_values(["n_units", "actor", "role"], ascending=[False, True, True], kind="mergesort")
    shown = table[cols].head(top).round(3)
    taken = stance[stance["label"] != "none"][["actor", "target", "label", "score", "n_evidence"]]
    lines = [
        "Per actor and role (speaker = their own words; mentioned = author's sentences naming them):",
        shown.to_string(index=False, na_rep="") if len(shown) else "  (none)",
        "",
        "Stances (favor / against, with the number of evidence units):",
        taken.round(3).to_string(index=False) if len(taken) else "  (none)",
    ]
    if relations is not None:
        shown_rel = relations[["holder", "target", "label", "net", "n"]].head(top)
        lines += ["", "Who stands for or against whom (holder -> target, net polarity, evidence rows):",
                  shown_rel.round(3).to_string(index=False) if len(shown_rel) else "  (none)"]
    return "\n".join(lines)
