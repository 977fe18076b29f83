"""Text cleaning: the one place where raw text becomes *clean text*.

Every offset in discourse (sentences, tokens, mentions, quotes) refers to the
clean text that :func:`clean_text` returns, so ``clean[start:end]`` is always
the evidence behind a row.

Cleaning does four things, in this order:

1. Unicode NFC normalisation; non-breaking and other exotic spaces become
   plain spaces; zero-width characters and a byte-order mark are removed;
   Windows and old-Mac line ends become ``\\n``.
2. Typographic double quotes (“ ” „ ‟ « » ‹ › and their spaced French forms)
   become ``"``; typographic single quotes and apostrophes (‘ ’ ‚ ‛) become
   ``'``. Doubled ASCII marks, as archives and wire feeds write double
   quotes (``''This is not reform,'' he said``, and the TeX-style opening
   ````` `` `````), become ``"`` too.
3. Runs of spaces and tabs become one space; lines are stripped; more than
   one blank line becomes one blank line (a paragraph break).
4. Web-page trailers are dropped: trailing lines that match one of the
   ``trailers`` patterns (see :data:`DEFAULT_TRAILERS`), such as
   "Reader's Opinion", "Share this article" or "Advertisement".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["DEFAULT_TRAILERS", "clean_text", "straight_quotes", "strip_trailers"]

#: Patterns for web-page boilerplate lines at the end of an article. A line is
#: a trailer when it matches one of these patterns as a whole (case-insensitive,
#: after cleaning) and has at most 8 words. Trailers are only removed from the
#: end of a document, one line at a time, so a phrase inside the article is
#: never touched. Pass ``trailers=()`` to keep everything, or your own list.
DEFAULT_TRAILERS: tuple[str, ...] = (
    r"readers?'?s?'? opinions?",
    r"(share|print|email|tweet)( this)?( article| story| page)?",
    r"advertisement",
    r"(read|see) (more|also)\b.*",
    r"related( articles?| stories| content)?",
    r"comments?( \(\d+\))?",
    r"(sign up|subscribe)\b.*",
    r"(follow us|follow)\b.* on .*",
    r"(copyright|©)\b.*",
    r"all rights reserved\.?",
    r"(tags?|topics?):.*",
    r"(leave|add|post) a comment",
)

_DOUBLE_QUOTES = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": '"', "\u203a": '"',
    "\u2033": '"', "\u301d": '"', "\u301e": '"', "\uff02": '"',
}
_SINGLE_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'"}
_SPACES = {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"}
_REMOVE = {c: None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_TRANSLATE = str.maketrans({**_DOUBLE_QUOTES, **_SINGLE_QUOTES, **_SPACES, **_REMOVE})
_QUOTES = str.maketrans({**_DOUBLE_QUOTES, **_SINGLE_QUOTES})

# French typography puts spaces inside guillemets: « texte » -> "texte"
_GUILLEMET_OPEN = re.compile(r"([\u00ab\u2039])[ \u00a0\u202f]+")
_GUILLEMET_CLOSE = re.compile(r"[ \u00a0\u202f]+([\u00bb\u203a])")
_DOUBLED_MARKS = re.compile(r"``|''")
_HSPACE = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")
_MAX_TRAILER_WORDS = 8


def clean_text(raw: str, *, trailers: Iterable[str] | None = DEFAULT_TRAILERS) -> str:
    """Return the clean text of a raw document.

    Parameters
    ----------
    raw : str
        The document as read from its source.
    trailers : iterable of str or None, default=DEFAULT_TRAILERS
        Regular expressions (written by the project or the researcher, never
        taken from document text) for boilerplate lines to drop from the end
        of the document. ``None`` or ``()`` keeps every line.

    Returns
    -------
    str
        The clean text. Offsets everywhere in discourse refer to it.

    Examples
    --------
    >>> clean_text("\u201cWe will  win,\u201d he said.\\nReader's Opinion")
    '"We will win," he said.'
    >>> clean_text("''This is not reform,'' said Dr. Roe.")
    '"This is not reform," said Dr. Roe.'
    """
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _GUILLEMET_OPEN.sub(r"\1", text)
    text = _GUILLEMET_CLOSE.sub(r"\1", text)
    text = text.translate(_TRANSLATE)
    text = _DOUBLED_MARKS.sub('"', text)
    text = _HSPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANKS.sub("\n\n", text).strip("\n")
    if trailers:
        text = strip_trailers(text, trailers=trailers)
    return text


def straight_quotes(text: str) -> str:
    """``text`` with typographic quotes and apostrophes as ASCII ones, one character for one
    (so offsets hold). VADER strips only ASCII punctuation from a word: glued to a curly
    quote, "“unacceptable”" or "don’t" is not in its lexicon or its negations.

    Examples
    --------
    >>> print(straight_quotes("It was \u201cunacceptable\u201d, and we don\u2019t accept it."))
    It was "unacceptable", and we don't accept it.
    """
    return text.translate(_QUOTES)


def strip_trailers(text: str, *, trailers: Iterable[str] = DEFAULT_TRAILERS) -> str:
    """Drop boilerplate lines from the end of ``text``.

    A trailing line is dropped when it has at most eight words and one of the
    ``trailers`` patterns matches it whole (case-insensitive). Dropping stops
    at the first line that is not a trailer.

    Examples
    --------
    >>> strip_trailers("Body text.\\nShare this article\\nAdvertisement")
    'Body text.'
    """
    pattern = re.compile("|".join(f"(?:{p})" for p in trailers), re.IGNORECASE)
    lines = text.split("\n")
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        words = last.split()
        if len(words) <= _MAX_TRAILER_WORDS and pattern.fullmatch(last.rstrip(" .:!")):
            lines.pop()
            continue
        break
    return "\n".join(lines).rstrip("\n")
