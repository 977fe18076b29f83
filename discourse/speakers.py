"""Speakers: reading and resolving the expression that names who speaks.

Given a cue ("said", "according to") in a sentence, a :class:`SpeakerFinder`
reads the referring expression next to it and resolves it. It is built of
units that can be read one at a time:

=====================================  ==============================================
unit                                   what it does
=====================================  ==============================================
:mod:`discourse.expressions`           reads the expression near a cue ("said X",
                                       "X, the minister, said")
:mod:`discourse.affiliation`           reads the side an unlisted speaker speaks for
                                       ("Pentagon spokesman John Smith" -> United States)
:mod:`discourse.memory`                the document's memory of names, people and actors
:mod:`discourse.resolvers`             mention -> speaker, as ordered resolvers
=====================================  ==============================================

An expression that cannot be resolved gives no speaker: the quote keeps an
empty speaker rather than a guess.

Examples
--------
>>> from discourse import extract_quotes
>>> extract_quotes('"We will hold the line," said Karim Haddad.')[["speaker", "speaker_kind"]].values.tolist()
[['Karim Haddad', 'name']]
"""

from __future__ import annotations

from .actors import Mention
from .affiliation import AffiliationReader
from .antecedents import DescribedIndex, PersonIndex
from .expressions import _NEVER_INVERTED, _Expr, dateline_end  # noqa: F401  (imported from here by quotes, reported)
from .resolvers import Speaker, resolve

__all__ = ["Speaker", "SpeakerFinder", "dateline_end"]


class SpeakerFinder(AffiliationReader):
    """Per-document indexes for finding and resolving speakers.

    Parameters
    ----------
    seg : Segmented
    mentions : sequence of Mention
        From :func:`discourse.actors._doc_mentions`, in text order.
    lexicon : ActorLexicon
    cues : Cues
    quoted : sequence of (start, end)
        Character spans inside quotation marks: names there are not speakers.
    """

    def resolve(self, sid: int, expr: _Expr | None) -> Speaker | None:
        """Turn an expression into a :class:`Speaker`, or None when it cannot be resolved
        (see :func:`discourse.resolvers.resolve`)."""
        return resolve(self, sid, expr)

    # -- the document's memory, as the attribution modules use it -------------------------
    @property
    def persons(self) -> PersonIndex:
        """People named so far, the antecedents of pronouns."""
        return self.memory.persons

    @property
    def described(self) -> DescribedIndex:
        """Described speakers by head noun."""
        return self.memory.described

    @property
    def known_actor(self) -> dict[str, str]:
        """Unlisted person -> the actor once learnt for them."""
        return self.memory.known_actor

    @property
    def full_names(self) -> dict[str, str]:
        """Normalised last word -> the longest full unlisted name ending with it."""
        return self.memory.full_names

    def they(self, sid: int, offset: int) -> Speaker | None:
        """See :meth:`discourse.memory.DocumentMemory.they`."""
        return self.memory.they(sid, offset)

    def back_reference(self, sid: int, k: int) -> Mention | None:
        """See :meth:`discourse.memory.DocumentMemory.back_reference`."""
        return self.memory.back_reference(sid, k)
