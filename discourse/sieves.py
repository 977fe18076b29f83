"""Quote attribution as a sequence of sieves (Muzny et al. 2017).

Attribution runs in two stages:

1. **quote -> mention**: the sieves below, tried in order, each look for the
   expression that names who speaks a quote (a name, a title, a pronoun, an
   outlet) and either decide or pass (return ``None``). They are ordered
   from the most to the least precise: a cue next to the quote marks comes
   before anything read from the sentences around it.
2. **mention -> speaker**: :meth:`discourse.speakers.SpeakerFinder.resolve`
   turns that expression into a speaker: a lexicon person, a role resolved to
   its holder, an unlisted name joined to its full form, a pronoun's
   antecedent, an unnamed source as written. The way it was resolved is the
   ``speaker_kind`` column.

The ``sieve`` column of :func:`discourse.extract_quotes` names the sieve that
decided each quote, so a benchmark can score each sieve on its own
(precision: of the quotes a sieve decided, how many have the right speaker).
Reported speech, without quote marks, is read by its own two sieves
(``reported_cue``, ``according_to``), listed in :data:`REPORTED_SIEVES`.

Examples
--------
>>> [s.name for s in QUOTE_SIEVES][:3]
['trailing_cue', 'leading_cue', 'clause_then_cue']
>>> sieve_table().columns.tolist()
['stage', 'order', 'sieve', 'summary']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from .speakers import Speaker

if TYPE_CHECKING:           # pragma: no cover
    from .text import Token

__all__ = ["Attribution", "QuoteRow", "QuoteSite", "Sieve", "QUOTE_SIEVES", "INTERVIEW_SIEVES", "REPORTED_SIEVES", "attribute",
           "sieve_table"]


class Attribution(NamedTuple):
    """What a sieve decided: the speaker, the cue, and where the cue is."""

    speaker: Speaker | None
    cue: str
    cue_token: int          # index of the cue's first token in its sentence (-1 if none)
    sent_id: int            # the sentence the speaker was read in
    sieve: str = ""         # the name of the sieve that decided


class QuoteRow(NamedTuple):
    """One quote as read, before it becomes a row of :data:`discourse.quotes.QUOTE_COLUMNS`."""

    sent_id: int
    kind: str
    start: int
    end: int
    speaker: str
    actor: str | None
    cue: str
    via: str | None
    speaker_kind: str
    closed: bool
    speaker_start: int | None = None    # offsets of the mention the speaker was read from
    speaker_end: int | None = None
    sieve: str = ""                     # the sieve that decided the speaker


class QuoteSite(NamedTuple):
    """A quote span and what surrounds it, as the sieves see it."""

    s0: int                 # sentence where the quote opens
    s1: int                 # sentence where it closes
    open_tok: int           # token index of the opening mark in s0
    close_tok: int          # token index right after the closing mark in s1
    closed: bool            # False for a quote whose closing mark is missing
    before: Sequence["Token"]   # the author's tokens before the quote in s0 (outside quotes)
    initial: bool           # the quote opens its clause (not a fragment inside the author's words)
    bare: bool              # nothing but the quotation follows in its last sentence
    previous: Any           # the row of the direct quote before this one, or None
    paragraph_start: bool   # the quote opens its paragraph
    s0_offset: int = 0      # character offset of the opening mark
    close_offset: int = 0   # character offset of the closing mark (the span's end)


class Sieve(NamedTuple):
    """A named attribution pass: ``decide(reader, site)`` returns an Attribution or None."""

    name: str
    decide: Callable[[Any, QuoteSite], "Attribution | None"]

    @property
    def summary(self) -> str:
        doc = (self.decide.__doc__ or "").strip()
        return doc.split("\n\n")[0].replace("\n", " ")


def trailing_cue(reader, site: QuoteSite) -> Attribution | None:
    """A cue right after the closing mark: ``"...," X said``, ``"...," said X``, ``"..." -- X``.

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> extract_quotes('"We will hold the line," Karim Haddad said.')[["speaker", "sieve"]].values.tolist()
    [['Karim Haddad', 'trailing_cue']]
    """
    if not site.closed:
        return None
    return reader.after(site.s1, site.close_tok)


def leading_cue(reader, site: QuoteSite) -> Attribution | None:
    """The nearest cue before the opening mark with its subject: ``X said: "..."``, ``X called it "..."``.

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> q = extract_quotes('Dr. Amina Yusuf told reporters: "The hospital is no longer functional."')
    >>> q[["speaker", "sieve"]].values.tolist()
    [['Amina Yusuf', 'leading_cue']]
    """
    if not site.before:
        return None
    return reader.before(site.s0, site.open_tok)


def clause_then_cue(reader, site: QuoteSite) -> Attribution | None:
    """The author's words finish the quote's sentence, then a short attribution ends it:
    ``"We have no fuel left" for the generators, Karim Haddad said.``

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> q = extract_quotes('"We have no fuel left" for the generators, Karim Haddad said.')
    >>> q[["kind", "speaker", "sieve"]].values.tolist()
    [['direct', 'Karim Haddad', 'clause_then_cue']]
    """
    if not site.closed or not site.initial or site.bare:
        return None
    return reader.after_clause(site.s1, site.close_tok)


def colon_introduction(reader, site: QuoteSite) -> Attribution | None:
    """A quote after a colon that ends words naming the speaker, in its own sentence or
    the one before: ``Zelensky put it bluntly: "..."``.

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> q = extract_quotes('Zelensky put it bluntly: "We are out of shells."')
    >>> q[["speaker", "sieve"]].values.tolist()
    [['Volodymyr Zelensky', 'colon_introduction']]
    """
    if not site.initial:
        return None
    if site.before:
        return reader.colon_introduction(site.s0, site.open_tok)
    return reader.colon_introduction(site.s0 - 1) if site.s0 > 0 else None


def following_attribution(reader, site: QuoteSite) -> Attribution | None:
    """A quote followed by a short sentence that is only an attribution:
    ``"..." Peskov said on Monday.``

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> extract_quotes('"The talks are over." Karim Haddad said on Monday.')[["speaker", "sieve"]].values.tolist()
    [['Karim Haddad', 'following_attribution']]
    """
    if not site.initial or site.before:
        return None
    return reader.following_attribution(site.s1 + 1, site.close_offset)


def continued_quote(reader, site: QuoteSite) -> Attribution | None:
    """A bare quote (nothing but the quotation in its sentence) continues the direct
    quote of the sentence just before: ``"We will rebuild," she said. "Every house."``

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> q = extract_quotes('"We will rebuild," Karim Haddad said. "Every house, every road."')
    >>> q[["speaker", "sieve"]].values.tolist()[1]
    ['Karim Haddad', 'continued_quote']
    """
    if not site.initial or site.before or not site.bare:
        return None
    return reader.continued_quote(site.s0, site.previous)


def previous_subject(reader, site: QuoteSite) -> Attribution | None:
    """A bare quote after a sentence opened by a person: that person speaks
    (``Ruto arrived in Goma on Monday. "Peace is possible."``).

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> q = extract_quotes('Karim Haddad arrived in Goma on Monday. "Peace is possible."')
    >>> q[["speaker", "sieve"]].values.tolist()
    [['Karim Haddad', 'previous_subject']]
    """
    if not site.initial or site.before or not site.bare or site.s0 == 0:
        return None
    return reader.previous_subject(site.s0 - 1)


def floating_quote(reader, site: QuoteSite) -> Attribution | None:
    """A paragraph of nothing but quotation continues the speaker of the paragraph
    before, when that paragraph is theirs: all its quotes, or all its cues, name
    one speaker. Runs of quote paragraphs in features and interviews continue it too.

    Examples
    --------
    >>> from discourse import extract_quotes
    >>> text = ('"The water is finished," said Amina Yusuf, who fled El Fasher in May. '
    ...         'She walked for three days.\\n\\n"At night we hid from the drones."')
    >>> extract_quotes(text)[["speaker", "sieve"]].values.tolist()[1]
    ['Amina Yusuf', 'floating_quote']
    """
    if not site.initial or site.before or not site.bare or not site.paragraph_start:
        return None
    return reader.paragraph_speaker(site.s0_offset)


#: Quote sieves in the order they are tried (most precise first).
QUOTE_SIEVES: tuple[Sieve, ...] = (
    Sieve("trailing_cue", trailing_cue),
    Sieve("leading_cue", leading_cue),
    Sieve("clause_then_cue", clause_then_cue),
    Sieve("colon_introduction", colon_introduction),
    Sieve("following_attribution", following_attribution),
    Sieve("continued_quote", continued_quote),
    Sieve("previous_subject", previous_subject),
    Sieve("floating_quote", floating_quote),
)


def _reported_cue(reader, site) -> None:     # pragma: no cover - documentation entry
    """A cue verb with its subject, then the reported clause: ``aid agencies warned that ...``,
    or the clause first: ``The talks failed, the minister said.``"""


def _according_to(reader, site) -> None:     # pragma: no cover - documentation entry
    """A source phrase: ``According to X, ...`` or ``..., according to X.``"""


#: Sieves of reported speech (no quote marks); they run over every sentence
#: after the quotes, on the words no quote's attribution has used.
REPORTED_SIEVES: tuple[Sieve, ...] = (
    Sieve("according_to", _according_to),
    Sieve("reported_cue", _reported_cue),
)


def _interview_turn(reader, site) -> None:     # pragma: no cover - documentation entry
    """A turn of a Q&A transcript (``Q:``, ``A:``, ``KALLAS:``): the interviewer asks, the guest
    answers, a name label is that person (see :mod:`discourse.interviews`)."""


#: Turns of Q&A interviews, read before reported speech.
INTERVIEW_SIEVES: tuple[Sieve, ...] = (Sieve("interview_turn", _interview_turn),)


def attribute(reader, site: QuoteSite, sieves: Sequence[Sieve] = QUOTE_SIEVES) -> Attribution | None:
    """Run ``sieves`` in order on one quote; the first that decides names the speaker.

    Parameters
    ----------
    reader
        The document's quote reader (:class:`discourse.quotes._QuoteReader`).
    site : QuoteSite
    sieves : sequence of Sieve, default=QUOTE_SIEVES

    Returns
    -------
    Attribution or None
        With ``sieve`` set to the deciding sieve's name.
    """
    for sieve in sieves:
        decided = sieve.decide(reader, site)
        if decided is not None:
            return decided._replace(sieve=sieve.name)
    return None


def sieve_table() -> pd.DataFrame:
    """The sieves in order: ``stage`` (quote, interview or reported), ``order``, ``sieve``, ``summary``.

    Examples
    --------
    >>> sieve_table().head(2)[["order", "sieve"]].values.tolist()
    [[1, 'trailing_cue'], [2, 'leading_cue']]
    """
    rows = [("quote", i + 1, s.name, s.summary) for i, s in enumerate(QUOTE_SIEVES)]
    rows += [("interview", i + 1, s.name, s.summary) for i, s in enumerate(INTERVIEW_SIEVES)]
    rows += [("reported", i + 1, s.name, s.summary) for i, s in enumerate(REPORTED_SIEVES)]
    return pd.DataFrame(rows, columns=["stage", "order", "sieve", "summary"])
