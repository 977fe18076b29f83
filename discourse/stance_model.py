"""Stance trained from a researcher's own coding: a scikit-learn model of who is for or against whom.

Rules cannot know every codebook. :func:`train` fits a logistic regression
(scikit-learn, deterministic: fixed ``random_state``, no downloads) on coded
pairs: a text with two marked spans, ``first`` and ``second``, and the
coder's answer, ``holder`` (first / second / empty) and ``polarity``
(positive / negative / neutral), or for stance toward a target the
``label`` favor / against / none (the first span is the actor, the second
the target term: favor is first -> second positive).

Features, all computed from the text alone:

* word 1-2-grams of the sentence with the two spans masked (``ENTFIRST``,
  ``ENTSECOND``), and separately of the words between the spans;
* relation-cue hits (``relations:`` in ``stance.yaml``) before, between and
  after the spans, with their sign; negators; entity order and distance;
* the rules' own answer (:func:`discourse.relations.pair_reading`).

A model is used by :func:`discourse.stance.pair_stance` (``model=``) and
:func:`discourse.analyze` (``stance_model=``), and saved with
:meth:`StanceModel.save`: a header line records the discourse, scikit-learn
and numpy versions it was trained with; :func:`load_model` refuses a file
from other versions with an error naming the file.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import numpy as np
import pandas as pd

from .errors import DiscourseError, InputError

__all__ = ["StanceModel", "train", "load_model", "read_coding", "CLASSES", "ModelVersionError", "pair_label"]

#: The five answers, as ``holder>target polarity`` (``neutral`` without a holder).
CLASSES = ("neutral", "first>second positive", "first>second negative", "second>first positive",
           "second>first negative")
_MAGIC = b"discourse-stance-model\n"
_PAIR_COLUMNS = ("text", "first_start", "first_end", "second_start", "second_end")
_STANCE_LABELS = {"favor": "first>second positive", "against": "first>second negative", "none": "neutral",
                  "neutral": "neutral"}


class ModelVersionError(DiscourseError):
    """A saved model was trained with other versions of discourse, scikit-learn or numpy."""


def pair_label(holder: str | None, polarity: str) -> str:
    """The class of a ``(holder, polarity)`` answer.

    Examples
    --------
    >>> pair_label("second", "negative"), pair_label(None, "neutral")
    ('second>first negative', 'neutral')
    """
    if polarity == "neutral" or holder in (None, ""):
        return "neutral"
    other = "second" if holder == "first" else "first"
    return f"{holder}>{other} {polarity}"


def _answer(label: str) -> tuple[str | None, str]:
    if label == "neutral":
        return None, "neutral"
    pair, polarity = label.split(" ")
    return pair.split(">")[0], polarity


def _versions() -> dict[str, str]:
    import sklearn

    from . import __version__

    return {"discourse": __version__, "scikit-learn": sklearn.__version__, "numpy": np.__version__}


# -- coding sheets ------------------------------------------------------------------------------

def read_coding(sheet: Union[str, Path, pd.DataFrame]) -> pd.DataFrame:
    """Coded pairs from a CSV sheet or a frame, checked row by row.

    Parameters
    ----------
    sheet : path or DataFrame
        Columns ``text``, ``first_start``, ``first_end``, ``second_start``,
        ``second_end`` and either ``holder`` + ``polarity`` (a relation
        sheet) or ``label`` (a stance sheet: favor / against / none). Rows
        whose answer is empty are not coded yet and are left out. A stance
        sheet's empty ``first_start``/``first_end`` (the actor is not named
        in the text) is allowed.

    Returns
    -------
    pandas.DataFrame
        ``text``, the four offsets (``first_*`` may be -1), ``label`` (one of
        :data:`CLASSES`) and ``row`` (the sheet's line number).

    Raises
    ------
    InputError
        Naming the file and line: a missing column, an offset that is not a
        span of the text, a holder or polarity outside the allowed values.
    """
    if isinstance(sheet, pd.DataFrame):
        frame, source, line0 = sheet.reset_index(drop=True), "<frame>", 0
    else:
        source = str(sheet)
        try:
            frame = pd.read_csv(sheet, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError(source, "no such file; check the path") from None
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise InputError(source, f"not a UTF-8 CSV sheet ({exc}); save it as CSV UTF-8") from None
        line0 = 2                       # the header is line 1
    missing = [c for c in _PAIR_COLUMNS if c not in frame.columns]
    kind = "relation" if {"holder", "polarity"} <= set(frame.columns) else "stance" if "label" in frame.columns \
        else None
    if missing or kind is None:
        need = list(missing) + ([] if kind else ["holder and polarity (or label)"])
        raise InputError(source, f"the sheet lacks column(s) {', '.join(need)}; "
                                 "draw a sheet with discourse.validate.stance_sheet or relation_sheet")
    rows = []
    for i, r in enumerate(frame.to_dict("records")):
        where = f"{source}:{i + line0}" if line0 else f"{source} row {i}"
        if kind == "relation":
            holder = str(r["holder"]).strip().lower()
            polarity = str(r["polarity"]).strip().lower()
            if not holder and not polarity:
                continue
            if polarity not in ("positive", "negative", "neutral"):
                raise InputError(where, f"polarity {r['polarity']!r} is not positive, negative or neutral")
            if holder not in ("first", "second", "", "none"):
                raise InputError(where, f"holder {r['holder']!r} is not first, second or empty")
            if polarity != "neutral" and holder in ("", "none"):
                raise InputError(where, f"polarity {polarity!r} needs a holder (first or second)")
            label = pair_label(holder if holder not in ("", "none") else None, polarity)
        else:
            value = str(r["label"]).strip().lower()
            if not value:
                continue
            if value not in _STANCE_LABELS:
                raise InputError(where, f"label {r['label']!r} is not favor, against or none")
            label = _STANCE_LABELS[value]
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            raise InputError(where, "the text is empty")
        offsets = []
        for name in _PAIR_COLUMNS[1:]:
            value = str(r[name]).strip()
            if value in ("", "nan") and name.startswith("first") and kind == "stance":
                offsets.append(-1)
                continue
            try:
                offsets.append(int(float(value)))
            except ValueError:
                raise InputError(where, f"{name} {r[name]!r} is not a character offset") from None
        for a, b, name in ((offsets[0], offsets[1], "first"), (offsets[2], offsets[3], "second")):
            if a == -1 and b == -1 and name == "first":
                continue
            if not 0 <= a < b <= len(text):
                raise InputError(where, f"{name} span {a}-{b} is not inside the text ({len(text)} characters)")
        rows.append((text, *offsets, label, i + line0))
    return pd.DataFrame(rows, columns=[*_PAIR_COLUMNS, "label", "row"])


# -- features --------------------------------------------------------------------------------------

def _mask(text: str, first: tuple[int, int] | None, second: tuple[int, int]) -> tuple[str, str]:
    """The text with the spans masked, and the words between them."""
    spans = sorted([(span[0], span[1], tag) for span, tag in ((first, " ENTFIRST "), (second, " ENTSECOND "))
                    if span is not None and span[0] >= 0])
    out, pos = [], 0
    for s, e, tag in spans:
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(tag)
        pos = e
    out.append(text[pos:])
    between = text[spans[0][1]:spans[1][0]] if len(spans) == 2 and spans[0][1] <= spans[1][0] else ""
    return "".join(out), between


def _hand_features(text: str, first: tuple[int, int] | None, second: tuple[int, int], lexicon) -> dict[str, float]:
    from .matcher import match_tokens
    from .relations import _extend, _relation_cues, pair_reading
    from .text import tokenize

    feats: dict[str, float] = {}
    mt = match_tokens(tokenize(text))
    cues, _, _ = _relation_cues(mt, lexicon)
    spans = {"first": first, "second": second}
    idx = {}
    for name, span in spans.items():
        if span is None or span[0] < 0:
            continue
        s, e = _extend(text, span)
        inside = [i for i, t in enumerate(mt) if t.start < e and t.end > s]
        if inside:
            idx[name] = (inside[0], inside[-1] + 1)
    if len(idx) == 2:
        order = "first_left" if idx["first"][0] <= idx["second"][0] else "second_left"
        feats[f"order={order}"] = 1.0
        lo, hi = sorted(idx.values())
        dist = max(0, hi[0] - lo[1])
        bucket = "0-2" if dist <= 2 else "3-6" if dist <= 6 else "7-12" if dist <= 12 else "13+"
        feats[f"distance_bucket={bucket}"] = 1.0
        for c in cues:
            where = "before" if c.last <= lo[0] else "between" if c.first >= lo[1] and c.last <= hi[0] else \
                "after" if c.first >= hi[1] else "inside"
            feats[f"cue_{where}_{'pos' if c.polarity > 0 else 'neg'}"] = feats.get(
                f"cue_{where}_{'pos' if c.polarity > 0 else 'neg'}", 0.0) + 1.0
            if c.negated:
                feats[f"cue_{where}_negated"] = 1.0
        try:
            r = pair_reading(text, first=tuple(first), second=tuple(second), lexicon=lexicon)
            feats[f"rule={pair_label(r.holder, r.polarity)}"] = 1.0
            if r.passive:
                feats["rule_passive"] = 1.0
        except ValueError:
            pass
    else:
        feats["one_entity"] = 1.0
        for c in cues:
            feats[f"cue_any_{'pos' if c.polarity > 0 else 'neg'}"] = feats.get(
                f"cue_any_{'pos' if c.polarity > 0 else 'neg'}", 0.0) + 1.0
    keys = {t.key for t in mt}
    if keys & set(lexicon.negators):
        feats["negator"] = 1.0
    if '"' in text or "\u201c" in text:
        feats["quote_marks"] = 1.0
    return feats


@dataclass
class StanceModel:
    """A trained pair model (from :func:`train`): ``predict_pair``, ``predict``, ``save``.

    Attributes
    ----------
    classes : tuple of str
        The classes seen in training (a subset of :data:`CLASSES`).
    n_train : int
        Coded rows it was trained on.
    versions : dict
        discourse, scikit-learn and numpy versions it was trained with.
    """

    words: Any = field(repr=False)
    between: Any = field(repr=False)
    hand: Any = field(repr=False)
    classifier: Any = field(repr=False)
    classes: tuple[str, ...]
    n_train: int
    versions: dict[str, str]
    lexicon_source: str = "<discourse>/lexicons/stance.yaml"

    def _matrix(self, items: Sequence[tuple[str, tuple[int, int] | None, tuple[int, int]]], lexicon):
        from scipy.sparse import hstack

        masked = [_mask(t, f, s) for t, f, s in items]
        hand = [_hand_features(t, f, s, lexicon) for t, f, s in items]
        return hstack([self.words.transform([m for m, _ in masked]),
                       self.between.transform([b for _, b in masked]),
                       self.hand.transform(hand)]).tocsr()

    def predict_labels(self, items: Sequence[tuple[str, tuple[int, int] | None, tuple[int, int]]]) -> list[str]:
        """The class of each ``(text, first, second)`` item (``first`` may be ``None``)."""
        if not items:
            return []
        from .stance import load_stance

        return [str(x) for x in self.classifier.predict(self._matrix(items, load_stance()))]

    def predict_scored(self, items: Sequence[tuple[str, tuple[int, int] | None, tuple[int, int]]]
                       ) -> list[tuple[str, float]]:
        """``(class, probability)`` of each ``(text, first, second)`` item."""
        if not items:
            return []
        from .stance import load_stance

        proba = self.classifier.predict_proba(self._matrix(items, load_stance()))
        best = proba.argmax(axis=1)
        return [(str(self.classifier.classes_[k]), float(p[k])) for k, p in zip(best, proba)]

    def predict_pair(self, text: str, *, first: tuple[int, int], second: tuple[int, int]) -> tuple[str | None, str]:
        """``(holder, polarity)`` for one sentence, as :func:`discourse.stance.pair_stance` returns."""
        from .relations import _check_span

        _check_span(text, second, "second")
        if first is not None:
            _check_span(text, first, "first")
        return _answer(self.predict_labels([(text, first, second)])[0])

    def predict(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Answers for a frame of pairs (columns of :func:`read_coding`): ``holder``, ``polarity``, ``label``."""
        items = [(r.text, (r.first_start, r.first_end) if r.first_start >= 0 else None,
                  (r.second_start, r.second_end)) for r in frame.itertuples()]
        labels = self.predict_labels(items)
        answers = [_answer(x) for x in labels]
        return pd.DataFrame({"holder": [a[0] for a in answers], "polarity": [a[1] for a in answers],
                             "label": labels}, index=frame.index)

    def save(self, path: Union[str, Path]) -> Path:
        """Write the model to ``path``: a header line with the versions, then the pickled model."""
        path = Path(path)
        header = {"format": 1, "versions": self.versions, "classes": list(self.classes), "n_train": self.n_train}
        with path.open("wb") as f:
            f.write(_MAGIC)
            f.write(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n")
            pickle.dump(self, f, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    def __repr__(self) -> str:
        return f"<StanceModel: {self.n_train} coded rows, classes {', '.join(self.classes)}>"


def train(sheet_or_frame: Union[str, Path, pd.DataFrame], *, C: float = 1.0, min_df: int = 2,
          class_weight: str | None = "balanced", random_state: int = 0) -> StanceModel:
    """Fit a stance model on coded pairs (a relation or stance sheet, or a frame).

    Parameters
    ----------
    sheet_or_frame : path or DataFrame
        See :func:`read_coding` for the columns.
    C : float, default=1.0
        Inverse regularisation strength of the logistic regression.
    min_df : int, default=2
        A word n-gram must occur in this many rows to be a feature.
    class_weight : {"balanced", None}, default="balanced"
        ``"balanced"`` weighs rare classes up (good for macro-F1).
    random_state : int, default=0

    Returns
    -------
    StanceModel

    Raises
    ------
    InputError
        For a malformed sheet (naming the file and row), or fewer than two
        classes among the coded rows.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from .stance import load_stance

    coded = read_coding(sheet_or_frame)
    source = str(sheet_or_frame) if not isinstance(sheet_or_frame, pd.DataFrame) else "<frame>"
    if coded["label"].nunique() < 2:
        raise InputError(source, f"{len(coded)} coded row(s) with {coded['label'].nunique()} class(es); "
                                 "code at least two classes (e.g. neutral and a polarity) to train")
    lexicon = load_stance()
    items = [(r.text, (r.first_start, r.first_end) if r.first_start >= 0 else None, (r.second_start, r.second_end))
             for r in coded.itertuples()]
    masked = [_mask(t, f, s) for t, f, s in items]
    min_df = min_df if len(coded) >= 20 * min_df else 1
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=min_df, sublinear_tf=True, lowercase=True,
                            token_pattern=r"(?u)\b\w[\w'-]*\b")
    between = TfidfVectorizer(ngram_range=(1, 2), min_df=min_df, sublinear_tf=True, lowercase=True,
                              token_pattern=r"(?u)\b\w[\w'-]*\b")
    hand = DictVectorizer(sort=True)
    from scipy.sparse import hstack

    x = hstack([words.fit_transform([m for m, _ in masked]),
                between.fit_transform([b if b.strip() else "NOWORDS" for _, b in masked]),
                hand.fit_transform([_hand_features(t, f, s, lexicon) for t, f, s in items])]).tocsr()
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=5000, random_state=random_state)
    clf.fit(x, coded["label"].to_numpy())
    return StanceModel(words, between, hand, clf, tuple(str(c) for c in clf.classes_), len(coded), _versions(),
                       lexicon.source)


def load_model(path: Union[str, Path]) -> StanceModel:
    """Load a model saved with :meth:`StanceModel.save`.

    Raises
    ------
    InputError
        When the file is missing or not a discourse stance model.
    ModelVersionError
        When it was trained with other discourse, scikit-learn or numpy
        versions: retrain it (``dc.stance.train``) with the installed ones.
    """
    source = str(path)
    try:
        with Path(path).open("rb") as f:
            magic = f.readline()
            if magic != _MAGIC:
                raise InputError(source, "not a discourse stance model (save one with StanceModel.save)")
            try:
                header = json.loads(f.readline().decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise InputError(source, "the model header is damaged; save the model again") from None
            now = _versions()
            saved = header.get("versions", {})
            diff = [f"{k} {saved.get(k, '?')} (installed: {v})" for k, v in now.items() if saved.get(k) != v]
            if diff:
                raise ModelVersionError(f"{source}: model trained with {', '.join(diff)}; "
                                        "retrain it with dc.stance.train on your coding sheet")
            model = pickle.load(f)
    except FileNotFoundError:
        raise InputError(source, "no such file; check the path") from None
    if not isinstance(model, StanceModel):
        raise InputError(source, "not a discourse stance model (save one with StanceModel.save)")
    return model
