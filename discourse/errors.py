"""Exceptions and warnings raised by discourse.

Every message names the file (and line, where there is one) and says what to
do about it. Messages are composed here, in one place.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "DiscourseError",
    "InputError",
    "LexiconError",
    "DiscourseWarning",
    "UnterminatedQuoteWarning",
]


class DiscourseError(Exception):
    """Base class of every error raised on purpose by discourse."""


class InputError(DiscourseError, ValueError):
    """A document or corpus source cannot be read.

    Parameters
    ----------
    source : str or Path
        The file, or ``file:line`` for one record of a JSONL/CSV file.
    reason : str
        What is wrong and what to do about it.
    """

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class LexiconError(DiscourseError, ValueError):
    """A lexicon file is malformed.

    Parameters
    ----------
    path : str or Path
        The lexicon file (``"<packaged>/actors.yaml"`` for shipped data).
    line : int or None
        1-based line of the problem, when known.
    message : str
        What is wrong and how to fix it.
    """

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path} line {line}" if line else self.path
        super().__init__(f"{where}: {message}")


class DiscourseWarning(UserWarning):
    """Base class of the warnings discourse issues about its input."""


class UnterminatedQuoteWarning(DiscourseWarning):
    """A quotation mark opens but never closes before the paragraph ends."""
