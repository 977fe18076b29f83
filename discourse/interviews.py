"""Q&A interviews: each turn of a transcript is a direct quote of whoever holds it.

Interviews are printed as turns, one paragraph each, opened by a label and a
colon and written without quote marks:

.. code-block:: text

    Q: Will Taiwan raise defence spending next year?
    A: We will reach three percent of GDP.

    KALLAS: Russia is testing us.
    SMITH: Testing how?

A ``Q``/``Question`` turn is the interviewer's, an ``A``/``Answer`` turn the
guest's: the first person the text names before the first turn. A name label
("KALLAS:", "Smith:") is that person, joined to the full name the text gives
("Kaja Kallas"). A document is read as an interview only when it has at
least two turns and two different labels, so "Note: ..." or "Update: ..." at
the start of a paragraph is no turn.

Examples
--------
>>> from discourse.text import segment_document
>>> seg = segment_document("Hsiao Bi-khim spoke to us in Taipei.\\n\\nQ: Will you visit?\\n\\nA: Yes, in May.")
>>> [(seg.text[t.start:t.end], t.role) for t in find_turns(seg.text)]
[('Will you visit?', 'question'), ('Yes, in May.', 'answer')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .text import paragraphs

__all__ = ["Turn", "find_turns"]

_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "answer"})
_NOT_SPEAKERS = frozenset("""
note update editor editors correction clarification photo photos video watch read listen source sources
disclaimer warning caption credit related see also more breaking live summary background context analysis
""".split())
_LABEL = re.compile(r"(?P<label>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}):[ \t]+(?=\S)")
_MIN_TURNS = 2


class Turn(NamedTuple):
    """One turn: the label's span, the words' span, and ``question``, ``answer`` or ``named``."""

    label_start: int
    label_end: int
    start: int
    end: int
    role: str
    label: str


def find_turns(text: str) -> list[Turn]:
    """The turns of an interview transcript in ``text`` (empty when it is none).

    Parameters
    ----------
    text : str
        Clean text; a turn is a paragraph (or a line) opening with ``Label:``.

    Returns
    -------
    list of Turn
        In text order; a turn's words end at the end of its paragraph or line.
    """
    turns: list[Turn] = []
    for p_start, p_end in paragraphs(text):
        line_start = p_start
        while line_start < p_end:
            line_end = text.find("\n", line_start, p_end)
            line_end = p_end if line_end == -1 else line_end
            turn = _turn(text, line_start, line_end)
            if turn is not None:
                turns.append(turn)
            line_start = line_end + 1
    labels = {t.label.casefold() for t in turns}
    if len(turns) < _MIN_TURNS or len(labels) < 2:
        return []
    roles = {t.role for t in turns}
    if ("question" in roles) != ("answer" in roles):
        return []                       # a "Q:" with no "A:" (or the reverse) is no transcript
    return turns


def _turn(text: str, start: int, end: int) -> Turn | None:
    m = _LABEL.match(text, start, end)
    if m is None:
        return None
    label = m.group("label")
    words = label.casefold().rstrip(".").split()
    if words[0] in _NOT_SPEAKERS or words[-1] in _NOT_SPEAKERS:
        return None
    if label.casefold() in _QUESTION_LABELS:
        role = "question"
    elif label.casefold() in _ANSWER_LABELS:
        role = "answer"
    elif label.isupper() or len(words) <= 2:
        role = "named"
    else:
        return None
    body_start, body_end = m.end(), end
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    if body_end <= body_start or '"' in text[body_start:body_start + 1]:
        return None
    return Turn(m.start("label"), m.end("label"), body_start, body_end, role, label)
