"""The kind of a quoted span: a direct quote, a partial quote or a scare quote.

A quote that opens its clause (:func:`clause_initial`, or a whole quoted
sentence after a cue and a comma, :func:`whole_sentence_after_cue`) is a
``direct`` quote; a quote inside the author's sentence is a ``partial``
quote when a speaker is reported to say it, and a ``scare`` quote (the
journalist's distance: ``a possible "war scenario"``) when it is a short
term that nobody is reported to say (:func:`quote_kind`).

Each function reads one sentence's tokens: ``toks`` (the tokens),
``words`` (their normalised forms), ``before`` (the author's tokens before
the opening mark, quoted words left out) and ``open_tok`` (the opening
mark's token index); ``cues`` is the speech-cue lexicon and
``is_open(k)`` tells whether token ``k`` is outside every quote.

Examples
--------
>>> from discourse.text import segment_document
>>> from discourse.cues import load_cues
>>> seg = segment_document('He told everyone, "We are leaving."')
>>> toks = seg.tokens[0]
>>> words = [t.text.lower() for t in toks]
>>> whole_sentence_after_cue(words, 4, toks[:4], "We are leaving.", closed=True,
...                          ends_paragraph=True, cues=load_cues(), is_open=lambda k: True)
True
>>> quote_kind("war scenario", toks[:1], initial=False, speaker=None)
'scare'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .names import _brill, normalize

if TYPE_CHECKING:           # pragma: no cover
    from .cues import Cues
    from .speakers import Speaker
    from .text import Token

__all__ = ["clause_initial", "whole_sentence_after_cue", "ends_paragraph", "predicative", "quote_kind",
           "trimmed_end", "MAX_TITLE_WORDS", "TITLE_SMALL_WORDS"]

_SPECIFIC = frozenset({"person", "role", "actor", "name", "pronoun"})
_TERMINAL = tuple(".!?,;:")
_TRIM = ".,;:"
_SCARE_MARKERS = frozenset({"so-called", "so", "dubbed", "termed", "labelled", "labeled"})
_MAX_SCARE_WORDS = 4
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_NAMING_VERBS = frozenset({"call", "describe", "hail", "dub", "term", "label", "brand"})
#: a programme's or book's title: at most this many words, each capitalised or one of the small words
MAX_TITLE_WORDS = 6
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "for", "to", "with"})


def _title_cased(content: str) -> bool:
    """Whether the quoted words are written as a title: every word capitalised but the small
    ones, none of them first ("Meet the Press", "State of the Union"), and no sentence
    punctuation; not "special military operation" or "We will win.".

    Examples
    --------
    >>> _title_cased("Meet the Press"), _title_cased("State of the Union"), _title_cased("we will win")
    (True, True, False)
    """
    words = content.strip().split()
    if not words or content.rstrip().endswith(_TERMINAL):
        return False
    return all(w[:1].isupper() or (k and w in TITLE_SMALL_WORDS) for k, w in enumerate(words))


def clause_initial(toks: Sequence[Token], words: Sequence[str], open_tok: int, before: Sequence[Token], *,
                   cues: Cues, is_open: Callable[[int], bool], is_mark: Callable[[Token], bool]) -> bool:
    """True when the quote opening at token ``open_tok`` opens its clause: nothing of
    the author's before it, a colon or dash before it, a cue right before it
    ('X said "..."'), or the comma of a quote resumed after its attribution
    ('"We stand ready," Healey said later, "to do ..."').

    A naming verb before the quote ('what it calls "signs of realism"') makes it a
    term, not the start of a clause.
    """
    if not before:
        return True
    last = before[-1]
    if last.text in (":", "\u2014", "\u2013", "--", "("):     # '... note — "Europe is not a bystander," she said —'
        return True
    if last.text == "-" and len(before) > 1 and before[-2].text == "-" and before[-2].end == last.start:
        return True                                           # '... Mitt Romney -- "It is disqualifying" -- and'
    idx = open_tok - 1
    if last.text == "," and idx > 0 and any(cues.match_verb(words, j) and is_open(j)
                                             for j in range(max(0, idx - 8), idx)) \
            and any(is_mark(t) for t in toks[max(0, idx - 10):idx]):
        # '"We stand ready," Healey said later, "to do ..."', '"...," she told lawmakers in Brussels, "and ..."'
        return True
    verb = cues.match_verb(words, idx) if idx >= 0 and toks[idx].text.islower() else None
    return verb is not None and verb[1] not in _NAMING_VERBS     # 'what it calls "signs of realism"': a term


def whole_sentence_after_cue(words: Sequence[str], open_tok: int, before: Sequence[Token], content: str, *,
                             closed: bool, ends_paragraph: bool, cues: Cues,
                             is_open: Callable[[int], bool]) -> bool:
    """True for a whole quoted sentence after a cue or a source phrase and a comma:
    'He told everyone, "We are leaving."', 'The minister said, "The border stays
    closed."', 'According to the envoy, "[T]he talks are over."' (a direct quote, not
    a fragment): it opens with a capital (an editor's bracket may hold it) and ends
    with the sentence's punctuation inside the marks, or its paragraph ends with it
    (``ends_paragraph``)."""
    if not before or before[-1].text != "," or not content.lstrip("[")[:1].isupper():
        return False
    stripped = content.rstrip()
    if not (stripped.endswith((".", "!", "?", "...")) or not closed or ends_paragraph
            or (stripped.endswith(",") and len(stripped.split()) >= 3)):
        return False
    idx = open_tok - 1
    return any(is_open(j) and (cues.match_verb(words, j) is not None or _source_phrase_at(words, j, cues))
               for j in range(max(0, idx - 8), idx))


def _source_phrase_at(words: Sequence[str], j: int, cues: Cues) -> bool:
    return any(tuple(words[j:j + len(p)]) == p for p in cues.source_phrases if p and p[0] == words[j])


def ends_paragraph(text: str, offset: int) -> bool:
    """True when only spaces and '.' or ',' stand between ``offset`` and the paragraph's end.

    Examples
    --------
    >>> ends_paragraph('"We are leaving."\\n\\nNext.', 17)
    True
    """
    while offset < len(text) and text[offset] in " \t.,":
        offset += 1
    return offset >= len(text) or text[offset] == "\n"


def predicative(before: Sequence[Token]) -> bool:
    """True when a short quote follows a verb ('the warnings were "understandable"'),
    so it is the speaker's words even from an unnamed source; after an article or
    adjective ('a possible "war scenario"') it is a term, a scare quote."""
    if not before:
        return False
    word = before[-1].text.lower()
    return word == "as" or _brill().get(word, "").startswith("VB")


def quote_kind(content: str, before: Sequence[Token], *, initial: bool, speaker: Speaker | None,
               sieve: str = "") -> str:
    """``direct``, ``partial`` or ``scare`` for the quoted ``content``.

    Parameters
    ----------
    content : str
        The words between the marks.
    before : sequence of Token
        The author's tokens before the opening mark in its sentence.
    initial : bool
        The quote opens its clause.
    speaker : Speaker or None
        The speaker the sieves found.
    sieve : str, default=""
        The sieve that found it.

    Returns
    -------
    str
        A quote that opens its clause is ``direct``, unless it is a bare term of at
        most three words, without a trailing cue and without the punctuation of a
        sentence (``"Mission accomplished"`` as a headline term). Inside the author's
        sentence, a quote after "so-called", "dubbed", ... or a short one after a
        possessive is ``scare``; one whose speaker is specific (a person, a role, an
        actor) or that follows a verb is ``partial``; otherwise a quote of at most
        four words is ``scare`` and a longer one ``partial``.
    """
    n_words = len(content.split())
    if initial:
        stripped = content.rstrip()
        if (not before and sieve != "trailing_cue" and n_words <= 3
                and not stripped.endswith(_TERMINAL) and not stripped.endswith("...")):
            return "scare"
        return "direct"
    marker = normalize(before[-1].text) if before else ""
    if marker in _SCARE_MARKERS or (marker in _POSSESSIVES and n_words <= 3):
        return "scare"                      # 'announced his "peace plan"': the journalist's distance
    if marker == "'s" and n_words <= MAX_TITLE_WORDS and _title_cased(content):
        return "scare"                      # 'told CNN's "State of the Union"': a programme's title
    if speaker is not None and (speaker.kind in _SPECIFIC or speaker.actor or predicative(before)):
        return "partial"
    return "scare" if n_words <= _MAX_SCARE_WORDS else "partial"


def trimmed_end(text: str, start: int, end: int) -> int:
    """The end of a fragment's span without its trailing punctuation and spaces.

    Examples
    --------
    >>> trimmed_end("a 'logic of self-defense,' he", 3, 25)
    24
    """
    while end > start and text[end - 1] in _TRIM or (end > start and text[end - 1].isspace()):
        end -= 1
    return end
