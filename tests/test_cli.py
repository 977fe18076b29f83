"""The ``discourse`` command line, run in-process through :func:`discourse.cli.main`."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import SEEDS
from discourse.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_quotes_jsonl_has_every_field_and_the_file(capsys):
    status, out, _ = run(capsys, "quotes", str(SEEDS))
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert {"doc_id", "quote_id", "kind", "text", "start", "end", "speaker", "actor", "cue", "via",
            "file"} <= set(records[0])
    bauer = next(r for r in records if r["text"].startswith("Companies must adjust"))
    assert (bauer["speaker"], bauer["actor"], bauer["kind"]) == ("Rob Bauer", "NATO", "direct")
    assert bauer["file"].endswith(".txt")


def test_quotes_csv(capsys):
    status, out, _ = run(capsys, "quotes", str(SEEDS), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and len(rows) >= 7
    assert any(r["text"] == "We are not ruling out any option." and r["speaker"] == "Jean-Noel Barrot" for r in rows)


def test_actors_and_candidates(capsys, tmp_path):
    status, out, _ = run(capsys, "actors", str(SEEDS))
    assert status == 0 and "Jean-Noel Barrot" in out and "NATO" in out
    (tmp_path / "a.txt").write_text("Pentagon spokesman John Smith said the Azov Institute was closed.", encoding="utf-8")
    status, out, _ = run(capsys, "actors", str(tmp_path), "--candidates")
    names = [r["name"] for r in csv.DictReader(io.StringIO(out))]
    assert status == 0 and {"John Smith", "Azov Institute"} <= set(names)


def test_user_actor_file_extends_the_lexicon(capsys, tmp_path):
    (tmp_path / "a.txt").write_text('"We are ready," said Jane Doe.', encoding="utf-8")
    lex = tmp_path / "mine.yaml"
    lex.write_text("actors:\n  - name: Jane Doe\n    type: person\n    affiliation: Ukraine\n", encoding="utf-8")
    _, out, _ = run(capsys, "quotes", str(tmp_path / "a.txt"), "--actors", str(lex), "--extend-actors")
    record = json.loads(out.splitlines()[0])
    assert (record["speaker"], record["actor"]) == ("Jane Doe", "Ukraine")


def test_analyze_writes_tables_and_summary(capsys, tmp_path):
    status, out, _ = run(capsys, "analyze", str(SEEDS), "--out", str(tmp_path / "out"))
    assert status == 0
    assert "Rob Bauer" in out and "Jean-Noel Barrot" in out
    written = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"quotes.csv", "mentions.csv", "sentences.csv"} <= written


def test_bad_lexicon_names_the_line(capsys, tmp_path):
    lex = tmp_path / "bad.yaml"
    lex.write_text("actors:\n  - name: X\n    type: planet\n", encoding="utf-8")
    status, _, err = run(capsys, "lexicon", "check", str(lex))
    assert status == 2 and "line 3" in err and "planet" in err
    status, out, _ = run(capsys, "lexicon", "check", str(lex.with_name("nope.yaml")))
    assert status == 2


def test_cue_lexicon_check(capsys, tmp_path):
    lex = tmp_path / "cues.yaml"
    lex.write_text("verbs:\n  say: [said]\nadverbs: [x]\n", encoding="utf-8")
    status, _, err = run(capsys, "lexicon", "check", str(lex), "--kind", "cues")
    assert status == 2 and "line 3" in err and "adverbs" in err


def test_nothing_readable_exits_2_with_reasons(capsys, tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    status, _, err = run(capsys, "quotes", str(tmp_path))
    assert status == 2
    assert "empty.txt" in err and "nothing could be read" in err


def test_one_bad_file_does_not_lose_the_others(capsys, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "good.txt").write_text('"We hold," Zelensky said.', encoding="utf-8")
    status, out, err = run(capsys, "quotes", str(tmp_path))
    assert status == 0 and "bad.txt" in err
    assert json.loads(out.splitlines()[0])["speaker"] == "Volodymyr Zelensky"


def test_usage_error_exits_nonzero(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["quotes"])
    assert exc.value.code == 2


def test_analyze_with_custom_frames_and_stance(capsys, tmp_path):
    fixtures = SEEDS.parent / "tests" / "fixtures" / "lexicons"
    stance = tmp_path / "stance.yaml"
    stance.write_text("targets:\n  troops:\n    terms: [troops]\ncues:\n  favor: [sending]\n  against: [ruling out]\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    status, text, _ = run(capsys, "analyze", str(SEEDS), "--frames", str(fixtures / "mini.dic"),
                          "--stance", str(stance), "--out", str(out))
    assert status == 0 and "Stances" in text
    framing = list(csv.DictReader((out / "framing.csv").open(encoding="utf-8")))
    assert {r["frame"] for r in framing} == {"escalation"}
    stance_rows = list(csv.DictReader((out / "stance.csv").open(encoding="utf-8")))
    assert {"actor": "France", "target": "troops", "label": "favor"}.items() <= \
        next(r for r in stance_rows if r["actor"] == "France").items()


def test_kwic_command(capsys):
    status, out, _ = run(capsys, "kwic", "self-defence", str(SEEDS))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and [r["match"] for r in rows] == ["self-defense"]
    assert rows[0]["left"].endswith('in the "logic of')


def test_lexicon_check_frames(capsys, tmp_path):
    bad = tmp_path / "frames.yaml"
    bad.write_text("frames:\n  a:\n    terms: [war, esc*alat]\n  b:\n    terms: []\n", encoding="utf-8")
    status, _, err = run(capsys, "lexicon", "check", str(bad))
    assert status == 2
    assert "line 3: error" in err and "not at the end" in err and "line 4: error" in err
    good = SEEDS.parent / "tests" / "fixtures" / "lexicons" / "mini.dic"
    status, out, _ = run(capsys, "lexicon", "check", str(good))
    assert status == 0 and "OK" in out
    warn = tmp_path / "warn.csv"
    warn.write_text("frame,term\na,war\nb,war\n", encoding="utf-8")
    status, out, err = run(capsys, "lexicon", "check", str(warn))
    assert status == 1 and "line 3: warning" in err and "two frames" in err


def test_analyze_stream_with_workers(capsys, tmp_path):
    lines = tmp_path / "c.jsonl"
    lines.write_text('{"id": "a", "text": "\\"We hold,\\" Zelensky said."}\n{oops\n'
                     '{"id": "b", "text": "NATO warned of escalation."}\n', encoding="utf-8")
    status, out, err = run(capsys, "analyze", str(lines), "--out", str(tmp_path / "out"), "--stream", "--jobs", "2")
    assert status == 0 and "c.jsonl:2" in err
    quotes = list(csv.DictReader((tmp_path / "out" / "quotes.csv").open(encoding="utf-8")))
    assert [q["speaker"] for q in quotes] == ["Volodymyr Zelensky"]
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8")
    assert "not valid JSON" in errors


def test_warnings_name_the_users_file_and_line_not_the_library(capsys, tmp_path):
    text = 'NATO met in Brussels.\n"We will never surrender, Zelensky said in Kyiv.\n\nThe talks went on.\n'
    path = tmp_path / "kyiv.txt"
    path.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "quotes", str(path))
    assert status == 0
    lines = [line for line in err.splitlines() if line]
    assert lines == [f"discourse: warning: {path.as_posix()} line 2: quote mark at offset 22 is never closed; "
                     "the quote is taken to end with its paragraph"]
    assert "quotes.py" not in err and "Warning:" not in err
