"""Proper names in text, without a trained tagger.

A capitalised token is a *name word* when the Brill part-of-speech lexicon
that TextBlob ships (``textblob/en/en-lexicon.txt``, MIT licence) tags its
capitalised form as a proper noun, or does not know it (most surnames). A
sentence-initial capitalised word is a name word only when its lower-case
form is not a known common word ("Companies", "Asked" are not names;
"Bauer", "Kiev" are).

:func:`name_spans` joins name words into multi-word names ("Jean-Noel
Barrot", "Le Monde", "Bank of England"), and :func:`split_title` separates a
leading title ("French Foreign Minister", "Admiral") from the person's name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .text import Token

__all__ = ["normalize", "uncontracted", "is_name_word", "name_spans", "split_title", "NAME_SUFFIXES", "TITLE_WORDS"]

#: Words that form titles before a person's name; never part of the name itself.
TITLE_WORDS: frozenset[str] = frozenset("""
mr mrs ms miss dr prof sir dame lord lady
president vice prime premier chancellor minister ministers secretary general deputy
foreign defence defense finance interior economy affairs armed forces state
spokesman spokeswoman spokesperson press ambassador envoy special chairman chairwoman chair
admiral adm gen lt col maj capt cmdr sgt sen rep gov senator representative governor mayor
commander chief head leader king queen pope prince former acting top senior
national security adviser advisor high representative commissioner director
military army navy air naval intelligence supreme allied of the
ceo cfo coo executive founder
""".split())

#: Generational suffixes that may end a person's name ("Joseph R. Biden Jr.", "Martin Luther King III").
NAME_SUFFIXES: frozenset[str] = frozenset({"Jr", "Sr", "II", "III", "IV"})

_CONNECTORS = frozenset({"de", "da", "di", "du", "del", "der", "van", "von", "al", "bin", "ibn", "of", "la", "le"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOT_NAMES = frozenset({"I", "I'm", "I'd", "I'll", "I've", "OK", "TV"})


@lru_cache(maxsize=1)
def _brill() -> dict[str, str]:
    """Word -> first tag, from the Brill lexicon that TextBlob ships."""
    text = resources.files("textblob.en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    lexicon: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith(";;;"):
            continue
        word, _, tag = line.partition(" ")
        lexicon.setdefault(word, tag.split()[0] if tag else "")
    return lexicon


@lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Case-fold and strip accents: ``"Jean-Noël"`` -> ``"jean-noel"``.

    Examples
    --------
    >>> normalize("Élysée")
    'elysee'
    """
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("\u2019", "'")


#: pronouns written with a contracted auxiliary as one token: "She'd", "They've", "I'm"
_CONTRACTED_PRONOUNS = frozenset("i you he she it we they who".split())
_CONTRACTIONS = ("'s", "'d", "'ve", "'ll", "'m", "'re")


def uncontracted(word: str) -> str:
    """A normalised pronoun token without its contracted auxiliary ("she'd" -> "she",
    "they've" -> "they"); any other word unchanged.

    Examples
    --------
    >>> uncontracted("they've"), uncontracted("she'd"), uncontracted("nato's"), uncontracted("he")
    ('they', 'she', "nato's", 'he')
    """
    for ending in _CONTRACTIONS:
        if word.endswith(ending) and word[:-len(ending)] in _CONTRACTED_PRONOUNS:
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=65536)
def is_name_word(word: str, sentence_initial: bool = False) -> bool:
    """Whether a token looks like (part of) a proper name.

    Examples
    --------
    >>> is_name_word("Bauer"), is_name_word("Companies", True), is_name_word("Western"), is_name_word("She'd")
    (True, False, False, False)
    """
    if not word or not word[0].isupper() or word in _NOT_NAMES or uncontracted(normalize(word)) != normalize(word):
        return False                        # not "She'd", "They've": a pronoun
    lexicon = _brill()
    tag = lexicon.get(word)
    if tag is not None:
        # a word the lexicon only knows capitalised is a name whatever its tag ("Karol")
        return tag in _NAME_TAGS or (tag == "NN" and word[1:].islower() and word.lower() not in lexicon)
    if sentence_initial or len(word) == 1:
        lower = lexicon.get(word.lower())
        return lower is None or lower in _NAME_TAGS
    return True


def name_spans(tokens: Sequence[Token], *, first_index: int = 0) -> list[tuple[int, int]]:
    """Find runs of name words in ``tokens``.

    Parameters
    ----------
    tokens : sequence of Token
        Tokens of one sentence.
    first_index : int, default=0
        Index of the sentence's first word (a sentence-initial word is judged
        more strictly, see :func:`is_name_word`).

    Returns
    -------
    list of (i, j)
        Token index ranges ``tokens[i:j]`` that form names; connectors ("de",
        "von", "of") are kept only between two name words.
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        text = tokens[i].text
        if not text[:1].isupper() or not is_name_word(text, i == first_index):
            i += 1              # a name word is capitalised: most words are told apart here, uncached
            continue
        j = i + 1
        while j < n:
            word = tokens[j].text
            if (is_name_word(word) or _ends_name(tokens[j - 1].text, word)) and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1
            elif (word.lower() in _CONNECTORS and j + 1 < n and is_name_word(tokens[j + 1].text)):
                j += 2
            else:
                break
        if j < n and _surname_after(tokens, j):
            j += 1                  # "Mark Cuban said", "Shane Shook, a security expert,"
        spans.append((i, j))
        i = j
    return spans


def _surname_after(tokens: Sequence[Token], j: int) -> bool:
    """A capitalised common word right after a first name is its surname when the
    sentence goes on in prose after it (a comma, "'s", a bracket, a verb).

    A verb form after a name known only as a name: "Shane | Shook, a security expert"
    (not "Hillary | Lost." in a title-case headline); a demonym-shaped adjective after
    any name: "Mark | Cuban said" (not "the Obama Iranian deal": a noun follows).

    Examples
    --------
    >>> from discourse.text import tokenize
    >>> toks = tokenize("Shane Shook, an expert, and Mark Cuban said the Obama Iranian deal was dead.")
    >>> _surname_after(toks, 1), _surname_after(toks, 8), _surname_after(toks, 12)
    (True, True, False)
    """
    word, before = tokens[j].text, tokens[j - 1].text
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or tokens[j].start - tokens[j - 1].end > 1 \
            or j + 1 >= len(tokens):
        return False
    lexicon = _brill()
    tag = lexicon.get(word)
    if tag is None or tag in _NAME_TAGS or tag == "NN" or lexicon.get(before) not in _NAME_TAGS:
        return False
    nxt = tokens[j + 1].text
    if not (nxt in (",", "'s", "(") or (nxt.isalpha() and nxt.islower() and lexicon.get(nxt, "").startswith(("VB", "MD")))):
        return False
    if tag == "JJ":
        return word.endswith(("an", "ish", "ese"))
    return tag.startswith("VB") and before.lower() not in lexicon


def _ends_name(before: str, word: str) -> bool:
    """A capitalised common noun after a first name is a surname: "Jessica | Ditto" (not "Ohio | Democratic").

    ``before`` must be a word only known as a name (the lexicon tags it a proper
    noun and does not know it in lower case).

    Examples
    --------
    >>> _ends_name("Jessica", "Ditto"), _ends_name("Ohio", "Democratic"), _ends_name("Great", "Hall")
    (True, False, False)
    """
    lexicon = _brill()
    if not (word[:1].isupper() and word[1:].islower() and lexicon.get(word) == "NN"):
        return False
    return lexicon.get(before) in _NAME_TAGS and before.lower() not in lexicon


def split_title(words: Sequence[str]) -> int:
    """Index of the first word of the name proper after any leading title.

    Examples
    --------
    >>> words = "French Foreign Minister Jean-Noel Barrot".split()
    >>> words[split_title(words):]
    ['Jean-Noel', 'Barrot']
    >>> split_title("Martin Luther King III".split())
    0
    """
    k = 0
    for i, word in enumerate(words[:-1]):
        w = normalize(word).rstrip(".")
        if w in TITLE_WORDS and w not in _CONNECTORS and w != "the" and \
                not all(rest.rstrip(".") in NAME_SUFFIXES for rest in words[i + 1:]):
            k = i + 1              # "French Foreign Minister | Jean-Noel Barrot", not "Martin Luther King | III"
    return k
