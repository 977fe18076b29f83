"""The validation loop (sample, fill, score, agree) and the interactive explorer."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.errors import InputError
from discourse.explore import explore
from discourse.validate import (agreement, annotation_sheet, cohen_kappa, gwet_ac1, read_sheet, score_sheet,
                               write_sheet)


class TestValidation:
    def test_sheet_is_stratified_seeded_and_points_at_the_text(self, seed_analysis, seed_doc):
        sheet = annotation_sheet(seed_analysis, n_per_stratum=2, seed=3)
        assert sheet.equals(annotation_sheet(seed_analysis, n_per_stratum=2, seed=3))
        assert (sheet.groupby(["task", "stratum"]).size() <= 2).all()
        assert set(sheet["task"]) == {"speaker", "frame"}
        assert "France / direct" in set(sheet["stratum"]) and "escalation" in set(sheet["stratum"])
        for r in sheet.itertuples():
            assert seed_doc.text[r.start:r.end] == r.text
        assert (sheet["correct"] == "").all()

    def test_fill_score_and_agree(self, seed_analysis, tmp_path):
        sheet = annotation_sheet(seed_analysis, n_per_stratum=1, tasks=("speaker",))
        a = sheet.copy()
        a["correct"] = ["yes"] * (len(a) - 1) + ["no"]
        b = sheet.copy()
        b["correct"] = ["yes"] * len(b)
        path_a, path_b = write_sheet(a, tmp_path / "a.csv"), write_sheet(b, tmp_path / "b.csv")
        filled_a, filled_b = read_sheet(path_a), read_sheet(path_b)
        scores = score_sheet(filled_a).set_index(["task", "stratum"])
        total = scores.loc[("speaker", "(all)")]
        assert (total["n"], total["correct"]) == (len(a), len(a) - 1)
        assert total["low"] < total["precision"] < total["high"] <= 1
        agree = agreement(filled_a, filled_b).set_index("task")
        assert agree.loc["(all)", "observed"] == pytest.approx(1 - 1 / len(a), abs=1e-4)

    def test_bad_cell_names_the_line(self, seed_analysis, tmp_path):
        sheet = annotation_sheet(seed_analysis, n_per_stratum=1, tasks=("frame",))
        sheet.loc[2, "correct"] = "maybe"
        with pytest.raises(InputError, match="line 4.*'maybe'"):
            read_sheet(write_sheet(sheet, tmp_path / "s.csv"))

    def test_kappa_known_values(self):
        assert cohen_kappa(pd.Series([True, False] * 5), pd.Series([True, False] * 5)) == 1.0
        assert round(cohen_kappa(pd.Series(list("aabbc")), pd.Series(list("abbbc"))), 4) == 0.6875

    def test_ac1_known_values(self):
        # 9 of 10 items both "yes", one "no" by coder A only: observed 0.9.
        # kappa: chance = 0.9 * 1.0 + 0.1 * 0.0 = 0.9, so (0.9 - 0.9) / 0.1 = 0.
        # AC1: pi_yes = (0.9 + 1.0) / 2 = 0.95, chance = 2 * 0.95 * 0.05 = 0.095, (0.9 - 0.095) / 0.905 = 161/181.
        a, b = pd.Series([True] * 9 + [False]), pd.Series([True] * 10)
        assert cohen_kappa(a, b) == 0.0
        assert gwet_ac1(a, b, categories=[True, False]) == pytest.approx(161 / 181, abs=1e-12)
        # three labels: observed 0.8; pi = 0.3, 0.5, 0.2; chance = (0.21 + 0.25 + 0.16) / 2 = 0.31; 0.49 / 0.69
        assert gwet_ac1(pd.Series(list("aabbc")), pd.Series(list("abbbc"))) == pytest.approx(49 / 69, abs=1e-12)
        assert gwet_ac1(pd.Series(list("ab")), pd.Series(list("ab"))) == 1.0

    def test_agreement_reports_kappa_and_ac1_beside_each_other(self):
        items = [f"speaker-{i:04d}" for i in range(10)]
        sheet = pd.DataFrame({"item_id": items, "task": "speaker"})
        a = sheet.assign(correct=pd.array([True] * 9 + [False], dtype="boolean"))
        b = sheet.assign(correct=pd.array([True] * 10, dtype="boolean"))
        row = agreement(a, b).set_index("task").loc["(all)"]
        assert (row["n"], row["observed"], row["prevalence"], row["kappa"]) == (10, 0.9, 0.95, 0.0)
        assert row["ac1"] == round(161 / 181, 4)


class TestExplorer:
    def test_controls_update_the_evidence(self, seed_analysis):
        box = explore(seed_analysis)
        ex = box.explorer
        ex.actor.value = "France"
        ex.role.value = "speaker"
        ex.frame.value = "self_defense"
        assert "logic of self-defense" in ex.evidence.value
        ex.frame.value = "(all)"
        ex.target.value = "western_troops"
        assert "We are not ruling out any option." in ex.evidence.value
        ex.actor.value = "NATO"
        assert "We are not ruling out" not in ex.evidence.value
        assert ex.figure.axes[0].get_title() == "NATO: frames in its own words"
