"""The toolkit runs offline: tests have the network blocked, and no code downloads data."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_network_is_blocked_in_tests():
    with pytest.warns(UserWarning), pytest.raises(Exception, match="(?i)socket|host|blocked"):
        socket.create_connection(("93.184.216.34", 80), timeout=1)


# the patterns are assembled so that this file does not itself contain the calls it looks for
@pytest.mark.parametrize("pattern", ["nltk" + r"\.down" + r"load\(", "download" + "_corpora", "url" + r"open\(",
                                     "requests" + r"\.get\("])
def test_no_code_downloads_data(pattern):
    sources = [p for folder in ("discourse", "notebooks", "benchmarks") for p in (ROOT / folder).rglob("*")
               if p.suffix in (".py", ".ipynb")]
    assert sources
    offenders = [str(p.relative_to(ROOT)) for p in sources if re.search(pattern, p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_segmentation_needs_no_nltk_data(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", [])
    import discourse as dc
    from discourse.text import segment_document

    seg = segment_document("Gen. Smith met U.S. officials on Jan. 5. They talked.")
    assert len(seg.sentences) == 2
    assert dc.extract_quotes('"Fine," Zelensky said.')["speaker"].tolist() == ["Volodymyr Zelensky"]
