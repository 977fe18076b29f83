"""load_corpus / iter_documents: every source format, and bad input that never loses good documents."""

from __future__ import annotations

import json

import pytest

import discourse as dc
from discourse.corpus import FallbackEncodingWarning
from discourse.corpus import SkippedDocumentWarning


def write(path, data, mode="w"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


class TestSources:
    def test_folder_recursive_sorted_with_sidecar_metadata(self, tmp_path):
        write(tmp_path / "b" / "z.txt", "Kyiv said no.")
        write(tmp_path / "a.md", "NATO met.")
        write(tmp_path / "b" / "c.txt", "Moscow said yes.")
        write(tmp_path / "b" / "c.meta.yaml", "title: C\ndate: '2024-01-02'\n")
        write(tmp_path / ".hidden" / "x.txt", "hidden")
        corpus = dc.load_corpus(tmp_path)
        assert [d.id for d in corpus] == ["a", "b/c", "b/z"]
        assert corpus["b/c"].meta == {"title": "C", "date": "2024-01-02"}

    def test_single_file_and_glob(self, tmp_path):
        write(tmp_path / "one.txt", "One.")
        write(tmp_path / "two.txt", "Two.")
        assert [d.id for d in dc.load_corpus(tmp_path / "one.txt")] == ["one"]
        assert [d.id for d in dc.load_corpus(str(tmp_path / "*.txt"))] == ["one", "two"]

    def test_jsonl_fields_and_metadata(self, tmp_path):
        lines = [{"id": "a1", "text": "NATO met.", "date": "2024-11-20"}, {"text": "No id here."}]
        write(tmp_path / "news.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
        corpus = dc.load_corpus(tmp_path / "news.jsonl")
        assert [d.id for d in corpus] == ["a1", "news:2"]
        assert corpus["a1"].meta == {"date": "2024-11-20"}

    def test_csv_configurable_columns(self, tmp_path):
        write(tmp_path / "n.csv", 'key,body,outlet\nk1,"Kyiv said, firmly, no.",Reuters\nk2,Moscow said yes.,TASS\n')
        corpus = dc.load_corpus(tmp_path / "n.csv", text_field="body", id_field="key")
        assert [d.id for d in corpus] == ["k1", "k2"]
        assert corpus["k1"].text == "Kyiv said, firmly, no."
        assert corpus["k2"].meta == {"outlet": "TASS"}

    def test_iter_documents_streams_and_warns(self, tmp_path):
        write(tmp_path / "n.jsonl", '{"text": "One."}\nnot json\n{"text": "Two."}\n')
        with pytest.warns(SkippedDocumentWarning, match="n.jsonl:2"):
            docs = list(dc.iter_documents(tmp_path / "n.jsonl"))
        assert [d.text for d in docs] == ["One.", "Two."]

    def test_missing_path_is_a_clear_error(self, tmp_path):
        with pytest.raises(dc.InputError, match="no such file or folder"):
            dc.load_corpus(tmp_path / "nope")
        with pytest.raises(dc.InputError, match="matches no file"):
            dc.load_corpus(str(tmp_path / "*.txt"))


class TestCleaning:
    def test_quotes_and_whitespace(self):
        raw = "\ufeff\u201cWe  will\u00a0win,\u201d  he said.\r\n\r\n\r\n\u00ab Jamais \u00bb, dit-il \u2018soon\u2019."
        assert dc.clean_text(raw) == '"We will win," he said.\n\n"Jamais", dit-il \'soon\'.'

    def test_trailer_rule_is_configurable(self):
        raw = "Body text.\nReader's Opinion"
        assert dc.clean_text(raw) == "Body text."
        assert dc.clean_text(raw, trailers=()) == raw
        assert dc.clean_text("Body.\nSponsored", trailers=[r"sponsored"]) == "Body."

    def test_trailer_only_at_the_end(self):
        raw = "Advertisement\nBody text mentions a reader's opinion.\nShare this article"
        assert dc.clean_text(raw) == "Advertisement\nBody text mentions a reader's opinion."

    def test_long_last_line_is_kept(self):
        raw = "Body.\nRead more about how the alliance is preparing for a long war in the east of Europe"
        assert dc.clean_text(raw) == raw


class TestBadInput:
    def test_bad_documents_never_lose_the_good_ones(self, tmp_path):
        write(tmp_path / "good.txt", '"We are ready," said Olaf Scholz.')
        write(tmp_path / "empty.txt", "")
        write(tmp_path / "blank.txt", "   \n\t \n")
        write(tmp_path / "binary.txt", b"\x00\x01\x02PNG\x00")
        write(tmp_path / "latin1.txt", "Caf\u00e9 in Kyiv".encode("cp1252"))
        write(tmp_path / "bom.txt", "\ufeffNATO met.".encode("utf-8"))
        with pytest.warns(FallbackEncodingWarning, match="latin1.txt.*CP-1252"):
            corpus = dc.load_corpus(tmp_path)
        assert sorted(d.id for d in corpus) == ["bom", "good", "latin1"]
        assert corpus["bom"].text == "NATO met."
        assert corpus["latin1"].text == "Caf\u00e9 in Kyiv"
        reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in corpus.skipped}
        assert "empty" in reasons["empty.txt"] and "whitespace" in reasons["blank.txt"]
        assert "binary" in reasons["binary.txt"]
        assert "latin1.txt" not in reasons

    def test_declared_encoding(self, tmp_path):
        write(tmp_path / "latin1.txt", "Caf\u00e9 \u2013 Kyiv".encode("cp1252"))
        corpus = dc.load_corpus(tmp_path, encoding="cp1252")
        assert corpus[0].text == "Caf\u00e9 \u2013 Kyiv"

    def test_malformed_jsonl_lines(self, tmp_path):
        write(tmp_path / "n.jsonl", '{"text": "One."}\n{broken\n[1, 2]\n{"body": "x"}\n{"text": "Two."}\n')
        corpus = dc.load_corpus(tmp_path / "n.jsonl")
        assert [d.text for d in corpus] == ["One.", "Two."]
        sources = [s.source.rsplit("/", 1)[-1] for s in corpus.skipped]
        assert sources == ["n.jsonl:2", "n.jsonl:3", "n.jsonl:4"]
        assert "text_field" in corpus.skipped[2].reason

    def test_malformed_csv_rows(self, tmp_path):
        write(tmp_path / "n.csv", "id,text\na,One.\nb,Two,extra\nc,Three.\n")
        corpus = dc.load_corpus(tmp_path / "n.csv")
        assert [d.id for d in corpus] == ["a", "c"]
        assert corpus.skipped[0].source.endswith("n.csv:3")
        assert "3 fields but the header has 2" in corpus.skipped[0].reason

    def test_csv_without_text_column(self, tmp_path):
        write(tmp_path / "n.csv", "id,body\na,One.\n")
        corpus = dc.load_corpus(tmp_path / "n.csv")
        assert len(corpus) == 0 and "no column 'text'" in corpus.skipped[0].reason

    def test_duplicate_ids(self, tmp_path):
        write(tmp_path / "n.jsonl", '{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n')
        corpus = dc.load_corpus(tmp_path / "n.jsonl")
        assert len(corpus) == 1 and "duplicate document id" in corpus.skipped[0].reason

    def test_bad_sidecar_metadata_names_file_and_line(self, tmp_path):
        write(tmp_path / "a.txt", "Text.")
        write(tmp_path / "a.meta.yaml", "title: [unclosed\n")
        corpus = dc.load_corpus(tmp_path)
        assert len(corpus) == 0
        assert "a.meta.yaml" in corpus.skipped[0].source and "line" in corpus.skipped[0].source

    def test_analysis_records_skipped_sources(self, tmp_path):
        write(tmp_path / "good.txt", "NATO met.")
        write(tmp_path / "empty.txt", "")
        a = dc.analyze(dc.load_corpus(tmp_path))
        assert a.documents["doc_id"].tolist() == ["good"]
        assert a.errors[["stage"]].values.ravel().tolist() == ["load"]
