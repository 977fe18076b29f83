"""Stance trained from one's own coding: train, apply, save, load; bad sheets and other versions."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import discourse as dc
from discourse.stance_model import ModelVersionError, read_coding

SHEET = Path(__file__).resolve().parents[1] / "notebooks" / "data" / "stance_pairs_coded.csv"


@pytest.fixture(scope="module")
def model():
    return dc.stance.train(SHEET)


def test_train_fits_every_class_seen_and_is_deterministic(model):
    coded = read_coding(SHEET)
    assert model.n_train == len(coded) == 50
    assert set(model.classes) == set(coded["label"])
    again = dc.stance.train(SHEET)
    items = [(r.text, (r.first_start, r.first_end), (r.second_start, r.second_end)) for r in coded.itertuples()]
    assert model.predict_labels(items) == again.predict_labels(items)


def test_the_model_learns_its_training_coding(model):
    coded = read_coding(SHEET)
    pred = model.predict(coded)
    assert (pred["label"] == coded["label"]).mean() >= 0.9
    assert set(pred.columns) == {"holder", "polarity", "label"}


def test_pair_stance_uses_the_model(model):
    text = "The RSF accused the army of bombing a hospital in Omdurman."
    a, b = (4, 7), (20, 24)
    holder, polarity = dc.stance.pair_stance(text, first=a, second=b, model=model)
    assert (holder, polarity) == ("first", "negative")


def test_save_and_load_round_trip(model, tmp_path):
    path = model.save(tmp_path / "mine.model")
    header = json.loads(path.read_bytes().split(b"\n")[1])
    assert set(header["versions"]) == {"discourse", "scikit-learn", "numpy"}
    back = dc.stance.load_model(path)
    coded = read_coding(SHEET)
    assert back.predict(coded)["label"].tolist() == model.predict(coded)["label"].tolist()


def test_a_model_from_another_version_is_refused(model, tmp_path):
    path = model.save(tmp_path / "old.model")
    magic, header, payload = path.read_bytes().split(b"\n", 2)
    meta = json.loads(header)
    meta["versions"]["scikit-learn"] = "0.24.2"
    path.write_bytes(magic + b"\n" + json.dumps(meta).encode() + b"\n" + payload)
    with pytest.raises(ModelVersionError, match=r"old\.model.*scikit-learn 0\.24\.2"):
        dc.stance.load_model(path)


def test_not_a_model_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(dc.InputError, match="not a discourse stance model"):
        dc.stance.load_model(path)


def test_analyze_with_a_stance_model(model):
    text = ("The Sudanese army accused the RSF of shelling a market. "
            '"We support a ceasefire," the Sudanese army said.')
    a = dc.analyze([dc.Document.from_text(text, id="t")], stance_model=model)
    assert set(a.relations["cue"]) <= {"model"}
    assert set(a.stance_evidence["shape"]) <= {"model"}
    with pytest.raises(TypeError, match="stance_model must be a StanceModel"):
        dc.analyze([dc.Document.from_text(text, id="t")], stance_model="mine.model")


@pytest.mark.parametrize("edit, words", [
    (lambda f: f.drop(columns=["second_end"]), "lacks column"),
    (lambda f: f.assign(polarity=["angry"] + list(f["polarity"][1:])), r":2: polarity 'angry'"),
    (lambda f: f.assign(holder=["third"] + list(f["holder"][1:])), r":2: holder 'third'"),
    (lambda f: f.assign(first_end=[f["first_end"][0], 999] + list(f["first_end"][2:])),
     r":3: first span 4-999 is not inside"),
    (lambda f: f.assign(second_start=["x"] + list(f["second_start"][1:])), r":2: second_start 'x'"),
])
def test_a_malformed_sheet_names_the_file_and_row(tmp_path, edit, words):
    frame = pd.read_csv(SHEET, dtype=str, keep_default_na=False)
    bad = tmp_path / "bad_sheet.csv"
    edit(frame).to_csv(bad, index=False)
    with pytest.raises(dc.InputError, match=words) as exc:
        dc.stance.train(bad)
    assert "bad_sheet.csv" in str(exc.value)


def test_one_class_is_not_enough(tmp_path):
    frame = pd.read_csv(SHEET, dtype=str, keep_default_na=False)
    only = frame[frame["polarity"] == "neutral"]
    with pytest.raises(dc.InputError, match="at least two classes"):
        dc.stance.train(only)


def test_a_stance_sheet_trains_too():
    text = '"We support a ceasefire," the army said.'
    texts = [text, '"We reject a ceasefire," the army said.', "The army mentioned a ceasefire."]
    frame = pd.DataFrame({"text": texts * 2,
                          "first_start": ["", "", ""] * 2, "first_end": ["", "", ""] * 2,
                          "second_start": [13, 12, 20] * 2, "second_end": [23, 22, 30] * 2,
                          "label": ["favor", "against", "none"] * 2})
    model = dc.stance.train(frame)
    assert set(model.classes) == {"neutral", "first>second positive", "first>second negative"}


# -- stance and relation sheets (discourse.validate) ------------------------------------------------

PASSAGES = [
    'The Sudanese army accused the RSF of shelling a market. "We support a ceasefire," Antonio Guterres said.',
    'Antony Blinken praised Qatar for the talks. Benjamin Netanyahu met Antony Blinken in Jerusalem.',
    '"We reject any talks with Hamas," Benjamin Netanyahu said. Egypt thanked Qatar for hosting them.',
]


@pytest.fixture(scope="module")
def analysis():
    return dc.analyze([dc.Document.from_text(t, id=f"d{i}") for i, t in enumerate(PASSAGES)])


def test_relation_sheet_draws_pairs_with_the_rules_answer(analysis, tmp_path):
    from discourse import validate

    sheet = validate.relation_sheet(analysis, n_per_stratum=10)
    assert list(sheet.columns) == validate.RELATION_SHEET_COLUMNS
    assert len(sheet) > 0 and (sheet["holder"] == "").all()
    for r in sheet.itertuples():
        assert r.text[r.first_start:r.first_end] and r.text[r.second_start:r.second_end]
        assert (r.predicted_holder or None, r.predicted_polarity) == dc.stance.pair_stance(
            r.text, first=(r.first_start, r.first_end), second=(r.second_start, r.second_end))
    assert {"first / negative", "first / positive", "- / neutral"} <= set(sheet["stratum"])
    # a coder agrees with every answer: the filled sheet trains a model
    filled = sheet.assign(holder=sheet["predicted_holder"], polarity=sheet["predicted_polarity"])
    path = validate.write_sheet(filled, tmp_path / "relations_coded.csv")
    model = dc.stance.train(path)
    assert model.n_train == len(sheet)


def test_stance_sheet_draws_actor_target_items(analysis, tmp_path):
    from discourse import validate

    sheet = validate.stance_sheet(analysis, n_per_stratum=10)
    assert list(sheet.columns) == validate.STANCE_SHEET_COLUMNS
    for r in sheet.itertuples():
        assert r.text[r.second_start:r.second_end] == r.target_term
    got = {(r.actor, r.target, r.predicted) for r in sheet.itertuples()}
    assert ("Israel", "negotiations", "against") in got
    assert ("United Nations", "negotiations", "favor") in got
    filled = sheet.assign(label=sheet["predicted"])
    if filled["label"].nunique() >= 2:
        model = dc.stance.train(validate.write_sheet(filled, tmp_path / "stance_coded.csv"))
        assert model.n_train == len(sheet)
    bad = filled.assign(label=["maybe"] + list(filled["label"][1:]))
    path = validate.write_sheet(bad, tmp_path / "stance_bad.csv")
    with pytest.raises(dc.InputError, match=r"stance_bad\.csv:2: label 'maybe'"):
        dc.stance.train(path)


def test_coding_scores_per_class_and_macro():
    from discourse.validate import coding_scores

    out = coding_scores(["neutral", "neutral", "first>second negative", "first>second negative"],
                        ["neutral", "first>second negative", "first>second negative", "neutral"]).set_index("label")
    assert out.loc["neutral", "f1"] == pytest.approx(0.5)
    assert out.loc["(macro)", "f1"] == pytest.approx(0.5)
    with pytest.raises(ValueError, match="one answer per item"):
        coding_scores(["a"], [])
