"""The bad-input catalogue: messy input never crashes, is reported per document, and never costs the
good documents their results. Every case goes through the API and the command line."""

from __future__ import annotations

import json
import warnings

import pytest

import discourse as dc
from discourse.cli import main

GOOD = '"We will support Ukraine," Jean-Noel Barrot said.'

# name -> raw bytes of a .txt file; None as expected reason means: analysed, not skipped
TEXT_CASES = {
    "empty": (b"", "empty"),
    "whitespace_only": (b"  \n\t \r\n ", "empty"),
    "binary": (b"\x00\x01\x02\xff\xfe" * 50, "binary"),
    "latin1": ('Le ministre a dit: "Non, c\'est décidé." Zelensky said.'.encode("latin-1"), None),
    "cp1252": ("\u201cWe are ready,\u201d said Olaf Scholz \u2013 in Berlin.".encode("cp1252"), None),
    "utf8_bom": (("\ufeff" + GOOD).encode("utf-8"), None),
    "crlf": (GOOD.replace(" said", "\r\nsaid").encode() + b"\r\n\r\nNATO met.\r\n", None),
    "unbalanced_quotes": (b'"We will never stop, Zelensky said. And then "more.', None),
    "nested_and_mixed": ("\u201cHe told me \u2018we\u2019ll fight\u2019 and \u00abnever\u00bb give up,\u201d Zelensky said "
                         "\u201eloudly\u201c.".encode(), None),
    "guillemets": ("\u00ab Nous ne renoncerons pas \u00bb, a dit Emmanuel Macron. \u00abNever,\u00bb said Barrot.".encode(),
                   None),
    "html_remnants": (b'<p>&quot;We stand firm,&quot; said <b>Mark Rutte</b>.</p><script>x()</script>&nbsp;', None),
    "only_a_quote": (b'"We will never surrender."', None),
    "one_word": (b"NATO", None),
    "emoji_rtl": ("\U0001F1FA\U0001F1E6 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \"Peace now,\" "
                  "said Zelensky \U0001F54A\ufe0f".encode(), None),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    for name, (data, _) in TEXT_CASES.items():
        (root / f"{name}.txt").write_bytes(data)
    (root / "zz_good.txt").write_text(GOOD, encoding="utf-8")
    (root / "lines.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": GOOD}),
        "{broken json",
        json.dumps({"id": "j3"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "j5", "text": 5}),
        json.dumps({"id": "j6", "text": "Moscow rejected the talks."}),
    ]) + "\n", encoding="utf-8")
    (root / "rows.csv").write_text('id,text,date\nc1,"NATO met in Brussels.",2024-01-01\nc2,,2024-01-02\n'
                                   'c3,"unterminated row\n', encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def analysis(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.analyze(dc.load_corpus(folder))


def test_no_crash_and_good_documents_complete(analysis):
    quotes = analysis.quotes
    good = quotes[quotes["doc_id"].isin(["zz_good", "j1"])]
    assert sorted(good["speaker"]) == ["Jean-Noel Barrot", "Jean-Noel Barrot"]
    assert "c1" in set(analysis.documents["doc_id"]) and "j6" in set(analysis.documents["doc_id"])


@pytest.mark.parametrize("name", [n for n, (_, reason) in TEXT_CASES.items() if reason])
def test_skipped_files_are_listed_with_their_reason(analysis, name):
    row = analysis.errors[analysis.errors["source"].str.endswith(f"{name}.txt")]
    assert len(row) == 1 and TEXT_CASES[name][1] in row["reason"].iloc[0]


@pytest.mark.parametrize("name", [n for n, (_, reason) in TEXT_CASES.items() if not reason])
def test_messy_files_are_analysed_with_valid_offsets(analysis, folder, name):
    assert name in set(analysis.documents["doc_id"])
    doc = next(d for d in dc.load_corpus(folder / f"{name}.txt"))
    for table in (analysis.quotes, analysis.mentions, analysis.framing.rename(columns={"match": "text"}),
                  analysis.sentences, analysis.units):
        for r in table[table["doc_id"] == name].itertuples():
            assert doc.text[r.start:r.end] == r.text


def test_encodings_and_marks_are_normalised(folder):
    docs = {d.id: d for d in dc.load_corpus(folder)}
    assert "décidé" in docs["latin1"].text
    assert docs["cp1252"].text.startswith('"We are ready," said Olaf Scholz')
    assert not docs["utf8_bom"].text.startswith("\ufeff")
    assert "\r" not in docs["crlf"].text
    assert dc.extract_quotes(docs["cp1252"])["speaker"].tolist() == ["Olaf Scholz"]


def test_malformed_lines_and_rows_name_their_line(analysis):
    errors = analysis.errors.set_index("source")["reason"]
    jsonl = {src.rsplit(":", 1)[1]: reason for src, reason in errors.items() if ".jsonl:" in src}
    assert set(jsonl) == {"2", "3", "4", "5"}                   # the file's own line numbers, 1-based
    assert jsonl["2"] == ("not valid JSON (Expecting property name enclosed in double quotes at column 2); "
                          "each line must be one JSON object")
    assert jsonl["3"].startswith("no string field 'text' (keys: id);")
    assert jsonl["4"].startswith("not a JSON object;")
    assert jsonl["5"].startswith("no string field 'text' (keys: id, text);")
    csv_rows = {src.rsplit(":", 1)[1]: reason for src, reason in errors.items() if ".csv:" in src}
    assert set(csv_rows) == {"3", "4"}                          # c2 (empty text) is line 3, c3 line 4
    assert "empty" in csv_rows["3"]
    assert csv_rows["4"].startswith("row has 2 fields but the header has 3")


def test_errors_table_says_what_to_do(analysis):
    assert set(analysis.errors.columns) == {"source", "doc_id", "stage", "reason"}
    reasons = analysis.errors.set_index("source")["reason"]
    advice = {src.rsplit("/", 1)[-1]: reason.split("; ", 1)[-1] for src, reason in reasons.items() if "; " in reason}
    assert advice["binary.txt"] == "convert it to UTF-8 text first"
    assert advice["lines.jsonl:2"] == "each line must be one JSON object"
    assert advice["lines.jsonl:3"] == advice["lines.jsonl:5"] == \
        "name the text field with text_field= (CLI: --text-field)"
    assert advice["lines.jsonl:4"] == 'each line must look like {"id": ..., "text": ...}'
    assert advice["rows.csv:4"] == "quote fields that contain commas"


def test_a_json_error_reads_as_english(tmp_path):
    """Python's message "Unterminated string starting at" is not followed by a second "at"."""
    path = tmp_path / "cut.jsonl"
    path.write_bytes(b'{"id": "j1", "text": "never closed')             # the last line, cut short
    (skipped,) = dc.load_corpus(path).skipped
    assert skipped.source.endswith("cut.jsonl:1")
    assert skipped.reason == ("not valid JSON (Unterminated string starting at column 22); "
                              "each line must be one JSON object")
    assert "at at" not in skipped.reason


def test_a_huge_line_without_punctuation(tmp_path):
    words = "the alliance discussed support and escalation while officials waited "
    text = (words * (10_000_000 // len(words) + 1))[:10_000_000]
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    a = dc.analyze(dc.load_corpus(tmp_path))
    assert a.errors.empty
    huge = a.sentences[a.sentences["doc_id"] == "huge"]
    assert len(huge) > 3000 and (huge["end"] - huge["start"]).max() <= 3000
    assert a.framing.query("doc_id == 'huge' and frame == 'escalation'").shape[0] > 100_000
    assert a.quotes.query("doc_id == 'good'")["speaker"].tolist() == ["Jean-Noel Barrot"]


def test_the_cli_reports_each_bad_document_and_keeps_the_good(folder, capsys, tmp_path):
    status = main(["analyze", str(folder), "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert status == 0
    assert "empty.txt" in err and "binary.txt" in err and "lines.jsonl:2" in err
    assert "Jean-Noel Barrot" in out
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8")
    assert "whitespace_only.txt" in errors


def test_a_failing_document_is_recorded_and_the_rest_analysed(monkeypatch):
    import discourse.analysis as analysis_module

    real = analysis_module.segment_document

    def explode(text, *, doc_id="doc"):
        if doc_id == "bad":
            raise RuntimeError("simulated failure")
        return real(text, doc_id=doc_id)

    monkeypatch.setattr(analysis_module, "segment_document", explode)
    docs = [dc.Document.from_text(GOOD, id="ok1"), dc.Document.from_text(GOOD, id="bad"),
            dc.Document.from_text(GOOD, id="ok2")]
    a = dc.analyze(docs)
    assert a.documents["doc_id"].tolist() == ["ok1", "ok2"]
    assert a.errors[["doc_id", "stage"]].values.tolist() == [["bad", "analyze"]]
    assert "simulated failure" in a.errors["reason"].iloc[0]
