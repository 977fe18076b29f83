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
from collections.abc import Sequence
from typing import NamedTuple

from .names import normalize
from .sieves import QuoteRow as _Row
from .speakers import Speaker, _Expr
from .text import paragraphs

__all__ = ["Turn", "find_turns", "InterviewTurns"]

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


def find_turns(text: str, *, paragraph_spans: Sequence[tuple[int, int]] | None = None) -> list[Turn]:
    """The turns of an interview transcript in ``text`` (empty when it is none).

    Parameters
    ----------
    text : str
        Clean text; a turn is a paragraph (or a line) opening with ``Label:``.
    paragraph_spans : sequence of (start, end), optional
        The paragraphs of ``text`` (:func:`discourse.text.paragraphs`), when the
        caller has them already; computed when omitted.

    Returns
    -------
    list of Turn
        In text order; a turn's words end at the end of its paragraph or line.
    """
    turns: list[Turn] = []
    for p_start, p_end in paragraphs(text) if paragraph_spans is None else paragraph_spans:
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


class InterviewTurns:
    """Interview turns as quote rows (a mixin of the quote reader, :class:`discourse.quotes._QuoteReader`).

    The reader provides ``seg``, ``tokens(sid)``, ``finder``, ``used``,
    ``_paragraphs`` (the document's paragraph spans) and ``_people`` (the
    document's lexicon persons named by name).
    """

    def interview_turns(self) -> list[_Row]:
        """Rows for the turns of a Q&A interview (see :mod:`discourse.interviews`): a
        question is the interviewer's, an answer the guest's (the first person named
        before the first turn), a name label that person. The words of a turn are not
        read again as reported speech."""
        turns = [t for t in find_turns(self.seg.text, paragraph_spans=self._paragraphs) if not self.finder.in_quote(t.start)]
        if not turns:
            return []
        guest = self._interview_guest(turns[0].label_start)
        rows = []
        for turn in turns:
            if turn.role == "answer":
                speaker = guest
            elif turn.role == "question":
                speaker = Speaker("the interviewer", None, "unnamed", turn.label_start, turn.label_end)
            else:
                speaker = self._label_speaker(turn)
                if speaker is None:
                    continue                    # "Gaza: ...": a label that names nobody we know
            sid = self.seg.sentence_at(turn.start)
            last = self.seg.sentence_at(max(turn.start, turn.end - 1))
            for s in range(sid, last + 1):
                self.used.update((s, k) for k, t in enumerate(self.tokens(s)) if turn.start <= t.start < turn.end)
            rows.append(_Row(sid, "direct", turn.start, turn.end, speaker.name if speaker else "",
                             speaker.actor if speaker else None, "", None, speaker.kind if speaker else "", True,
                             speaker.start if speaker else None, speaker.end if speaker else None,
                             "interview_turn" if speaker else ""))
        return rows

    def _interview_guest(self, before: int) -> Speaker | None:
        """The first person named before offset ``before``: a lexicon person or an unlisted name."""
        for sent in self.seg.sentences:
            if sent.start >= before:
                break
            sid, toks = sent.sent_id, self.tokens(sent.sent_id)
            names = {i: j for i, j in self.finder.names.get(sid, ())}
            for k in range(len(toks)):
                if self.finder.in_quote(toks[k].start):
                    continue
                m = self.finder.by_start.get((sid, k))
                if m is not None and m.type == "person" and m.actor:
                    return self.finder.resolve(sid, _Expr(k, m.last, "mention", m))
                if k in names and not self.finder._names_body(sid, (k, names[k])) and names[k] - k >= 2:
                    return self.finder.resolve(sid, _Expr(k, names[k], "name"))
        return None

    def _label_speaker(self, turn) -> Speaker | None:
        """The person a name label stands for: "KALLAS" -> Kaja Kallas, when the text names them."""
        key = normalize(turn.label.split()[-1])
        for m in self._people:
            if normalize(m.actor.split()[-1]) == key:
                return Speaker(m.actor, m.affiliation, "person", turn.label_start, turn.label_end)
        full = self.finder.full_names.get(key)
        if full is not None:
            return Speaker(full, self.finder.known_actor.get(full), "name", turn.label_start, turn.label_end)
        return None

