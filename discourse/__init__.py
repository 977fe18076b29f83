"""discourse: who says what in news text, per actor.

Load a corpus, find actors and quotes with their speakers, and score
sentiment, stance and framing per actor, every number traceable to the
sentences behind it.

Examples
--------
>>> import discourse as dc
>>> corpus = dc.load_corpus("seeds/")
>>> a = dc.analyze(corpus)
>>> sorted(set(a.quotes.query("kind == 'direct'").actor))
['France', 'Le Monde', 'NATO']
"""

from .actors import ActorLexicon, candidate_actors, find_mentions, load_actors
from .analysis import Analysis, analyze
from .cleaning import DEFAULT_TRAILERS, clean_text
from .corpus import Corpus, Document, DocumentStream, SkippedDocument, iter_documents, load_corpus, stream_corpus
from .cues import Cues, load_cues
from .errors import DiscourseError, InputError, LexiconError
from .keyness import keyness
from .kwic import kwic
from .lexicon import Lexicon, check_lexicon, load_lexicon
from .quotes import extract_quotes, quote_spans
from .sentiment import score_texts
from .stance import StanceLexicon, load_stance
from .text import segment, sentence_frame, tokenize
from . import plot
from .explore import explore
from .output import read_analysis, write_analysis

__version__ = "0.1.0"

__all__ = [
    "ActorLexicon", "Analysis", "Corpus", "Cues", "DEFAULT_TRAILERS", "DiscourseError", "Document",
    "InputError", "Lexicon", "LexiconError", "SkippedDocument", "StanceLexicon", "analyze", "candidate_actors",
    "check_lexicon", "clean_text", "extract_quotes", "find_mentions", "iter_documents", "keyness", "kwic", "load_actors",
    "load_corpus", "load_cues", "load_lexicon", "load_stance", "quote_spans", "score_texts", "segment",
    "sentence_frame", "tokenize", "plot", "explore", "stream_corpus", "DocumentStream", "write_analysis", "read_analysis", "__version__",
]
