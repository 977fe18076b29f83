"""Curated notebooks are committed clean and open without a kernel dialog (they are run by nbmake)."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_curated_set_is_there():
    names = [p.stem for p in NOTEBOOKS]
    assert names == ["01_quickstart", "02_actors_and_quotes", "03_sentiment", "04_stance", "05_framing",
                     "06_custom_lexicons", "07_reproduce_figures", "08_your_own_corpus", "09_validation",
                     "10_stance_training", "11_keyness"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_with_a_kernelspec(path):
    book = json.loads(path.read_text(encoding="utf-8"))
    assert book["metadata"]["kernelspec"]["name"] == "python3"
    for cell in book["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, f"{path.name}: clear outputs"
    code = "\n".join("".join(c["source"]) for c in book["cells"] if c["cell_type"] == "code")
    assert "import discourse as dc" in code
    assert "def " not in code and "class " not in code, "notebooks stay thin: logic lives in the library"
