"""Offline segmentation of English news text into paragraphs, sentences and tokens.

No downloaded data is used: sentences come from NLTK's Punkt algorithm with
its parameters set here (an abbreviation list for news: titles, months,
ranks, U.S.-style initialisms), never from a downloaded model; tokens come
from one regular expression. Offsets refer to the clean text of the document.

Two corrections are applied to Punkt's output:

* a "sentence" that starts with a lowercase letter is joined to the one
  before it (``"Why?" he asked.`` stays one sentence; so does ``5 p.m. when``);
* paragraphs are split first: a blank line separates paragraphs when the text
  has any; otherwise every line is a paragraph (as in most scraped articles);
* a run-on "sentence" longer than :data:`MAX_SENTENCE_CHARS` is cut at spaces,
  so that no step works on an unbounded sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import pandas as pd
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

__all__ = [
    "Sentence", "Token", "Segmented", "ABBREVIATIONS",
    "segment", "tokenize", "segment_document", "paragraphs", "sentence_frame",
]

#: Abbreviations after which a full stop does not end a sentence (lowercase,
#: without the final period, as Punkt expects).
ABBREVIATIONS: frozenset[str] = frozenset("""
mr mrs ms messrs dr prof rev hon sr jr st mt ft
gen lt col maj capt cpt cmdr cdr adm brig sgt cpl pvt gov sen rep pres supt insp
jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.u u.s.a u.s.s.r n.y d.c l.a
inc corp co ltd bros dept univ assn est approx
vol vs fig al e.g i.e cf op
""".split())
#: "No." and "Nos." abbreviate "number" only before one ("No. 10 Downing Street", "ranked no. 2"):
#: Punkt, which reads abbreviations in any case, would not end "Kyiv said no." there, so they are
#: not in :data:`ABBREVIATIONS`, and a piece that ends in one is joined to a piece opening with a digit.
_NUMBER_ABBREVIATION = re.compile(r"(?<![^\W\d_])[Nn]os?\.\s*$")


class Sentence(NamedTuple):
    """A sentence: its index in the document, paragraph index and character span."""

    sent_id: int
    paragraph: int
    start: int
    end: int


class Token(NamedTuple):
    """A token: its text and character span in the clean text."""

    text: str
    start: int
    end: int


_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Hon|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|Gov|Sen|Rep|Pres|St)\.(?=\s+[A-Z])"
    r"|(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # honorifics before a name (Mr., Gen.), initialisms (U.S., e.g.)
    r"|(?<=[A-Za-z] )[A-Z]\.(?=\s+[A-Z][a-z])"  # a middle initial (Robert E. Lee), kept only after a name
    r"|[^\W_]+(?:['-][^\W_]+)*"          # words, hyphenated words, O'Brien, d'Orsay
    r"|\S"                               # any other visible character
)
_POSSESSIVE = re.compile(r"(?<=[^\W_])'[sS]$")
_LOWER_START = re.compile(r"[\"'(\[]*[a-z,;)]")   # lower case, ",", ";" or ")": the sentence before goes on


class _PlainLanguageVars(PunktLanguageVars):
    """Punkt's English patterns, compiled with the standard library's :mod:`re`.

    Recent NLTK compiles them with the third-party ``regex`` engine and a
    time limit on every call (a guard for patterns a user supplies); the
    limit's bookkeeping makes each call several times slower, about two
    thirds of sentence splitting. These are NLTK's own fixed patterns, which
    NLTK itself ran with :mod:`re` before: the same pattern text and flags
    give the same sentences (tested against NLTK's own tokenizer).
    """

    __slots__ = ()

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self) -> re.Pattern:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(self._word_tokenize_fmt % {
                "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer

    def period_context_re(self) -> re.Pattern:
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(self._period_context_fmt % {
                "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE)
            return self._re_period_context


_NON_PUNCT = re.compile(r"[^\W\d]", re.UNICODE)


class _PlainToken(PunktToken):
    """Punkt's token, with its patterns compiled by :mod:`re` (see :class:`_PlainLanguageVars`)."""

    __slots__ = ()

    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)

    @property
    def is_non_punct(self) -> re.Match | None:
        """True if the token is either a number or is alphabetic."""
        return _NON_PUNCT.search(self.type)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=_PlainLanguageVars(), token_cls=_PlainToken)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` span of every paragraph of a clean text.

    Examples
    --------
    >>> paragraphs("One.\\nTwo.")
    [(0, 4), (5, 9)]
    """
    separator = re.compile(r"\n\s*\n" if "\n\n" in text else r"\n")
    spans, pos = [], 0
    for m in separator.finditer(text):
        if text[pos:m.start()].strip():
            spans.append(_strip_span(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append(_strip_span(text, pos, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str) -> list[Sentence]:
    """Split a clean text into sentences.

    Parameters
    ----------
    text : str
        Clean text (see :func:`discourse.cleaning.clean_text`).

    Returns
    -------
    list of Sentence
        ``(sent_id, paragraph, start, end)``; ``text[start:end]`` is the sentence.

    Examples
    --------
    >>> t = 'Gen. Smith met U.S. envoys on Jan. 5. "Why?" he asked.'
    >>> [t[s.start:s.end] for s in segment(t)]
    ['Gen. Smith met U.S. envoys on Jan. 5.', '"Why?" he asked.']
    """
    tokenizer = _punkt()
    may_break = tokenizer._lang_vars.period_context_re().search   # where Punkt looks for a boundary
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        spans: list[list[int]] = []
        # a paragraph with no possible boundary is one sentence: Punkt would say the same, slower
        for s_start, s_end in tokenizer.span_tokenize(para) if may_break(para) else [(0, len(para))]:
            if spans and (_LOWER_START.match(para, s_start) or para[s_start:s_start + 1].isdigit()
                          and _NUMBER_ABBREVIATION.search(para[max(0, s_start - 6):s_start])):
                spans[-1][1] = s_end
            else:
                spans.append([s_start, s_end])
        for s_start, s_end in spans:
            for a, b in _cut_long(para, s_start, s_end):
                sentences.append(Sentence(len(sentences), p_index, p_start + a, p_start + b))
    return sentences


#: A "sentence" longer than this many characters (a run-on line with no
#: punctuation, a table dumped as text) is cut at spaces into pieces of at most
#: this length, so that no step ever works on an unbounded sentence.
MAX_SENTENCE_CHARS = 3000


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize ``text[start:end]``; offsets are into ``text``.

    Words keep inner hyphens and apostrophes (``Jean-Noel``, ``O'Brien``);
    a possessive ``'s`` is its own token; initialisms, honorifics before a
    name and a middle initial keep their dots (``U.S.``, ``Mr.``, ``Gen.``,
    ``Robert E. Lee``).

    Examples
    --------
    >>> [t.text for t in tokenize("France's U.S.-backed plan.")]
    ['France', "'s", 'U.S.', '-', 'backed', 'plan', '.']
    >>> [t.text for t in tokenize("Mr. Zelensky met Gen. Syrskyi.")]
    ['Mr.', 'Zelensky', 'met', 'Gen.', 'Syrskyi', '.']
    >>> [t.text for t in tokenize("Charles E. Grassley wrote.")]
    ['Charles', 'E.', 'Grassley', 'wrote', '.']
    """
    end = len(text) if end is None else end
    tokens: list[Token] = []
    make = Token._make                  # the common case: a C call instead of the class's Python __new__
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if len(word) == 2 and word[1] == "." and not (tokens and tokens[-1].text[:1].isupper()):
            tokens.append(Token(word[0], m.start(), m.start() + 1))     # "Plan B. Then": a letter, then a stop
            tokens.append(Token(".", m.start() + 1, m.end()))
        elif len(word) > 2 and word[-2] == "'" and _POSSESSIVE.search(word):
            cut = m.end() - 2
            tokens.append(Token(word[:-2], m.start(), cut))
            tokens.append(Token(word[-2:], cut, m.end()))
        else:
            tokens.append(make((word, m.start(), m.end())))
    return tokens


@dataclass(frozen=True)
class Segmented:
    """A document split once into sentences and tokens, shared by every analysis step.

    Attributes
    ----------
    doc_id : str
    text : str
        The clean text.
    sentences : tuple of Sentence
    tokens : tuple of tuple of Token
        ``tokens[sent_id]`` are the tokens of that sentence.
    """

    doc_id: str
    text: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[tuple[Token, ...], ...]

    def sentence_at(self, offset: int) -> int:
        """The ``sent_id`` of the last sentence starting at or before ``offset`` (0 if none)."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def words(self) -> tuple[tuple[str, ...], ...]:
        """``words[sent_id]``: the sentence's tokens normalised (case-folded, accents stripped; see
        :func:`discourse.names.normalize`), computed once for every step that reads words."""
        from .names import normalize      # names imports this module

        return tuple(tuple(normalize(t.text) for t in toks) for toks in self.tokens)

    @cached_property
    def paragraph_spans(self) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` span of every paragraph (see :func:`paragraphs`), computed once."""
        return tuple(paragraphs(self.text))


def segment_document(text: str, *, doc_id: str = "doc") -> Segmented:
    """Segment and tokenize a clean text once.

    Examples
    --------
    >>> seg = segment_document("NATO met. Kyiv said no.")
    >>> len(seg.sentences), [t.text for t in seg.tokens[1]]
    (2, ['Kyiv', 'said', 'no', '.'])
    """
    sentences = tuple(segment(text))
    tokens = tuple(tuple(tokenize(text, s.start, s.end)) for s in sentences)
    return Segmented(doc_id, text, sentences, tokens)


def sentence_frame(documents: Iterable) -> pd.DataFrame:
    """One row per sentence of each document.

    Parameters
    ----------
    documents : iterable of Document
        For instance a :class:`~discourse.corpus.Corpus`.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id``, ``sent_id``, ``paragraph``, ``start``, ``end``, ``text``.
    """
    rows = [
        (doc.id, s.sent_id, s.paragraph, s.start, s.end, doc.text[s.start:s.end])
        for doc in documents
        for s in segment(doc.text)
    ]
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "paragraph", "start", "end", "text"])
