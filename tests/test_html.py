"""Saved news pages as input: the article text only, with its title and date, through trafilatura."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import discourse as dc
from discourse.cli import main

HTML = Path(__file__).parent / "fixtures" / "html"

GAZA_TEXT = (
    "Aid convoys reach northern Gaza as famine warnings grow\n"
    "The first aid convoys in three weeks reached northern Gaza on Friday, United Nations officials said, as "
    "relief agencies warned that famine was spreading among the 300,000 people still living there.\n"
    '"The trucks that arrived today are a fraction of what is needed," said Philippe Lazzarini, the head of the '
    'UN agency for Palestinian refugees. "Children are dying of malnutrition within reach of the border."\n'
    "Israeli officials said the crossings had been opened after talks with Egypt and Qatar, and that the army "
    "would allow more trucks if inspections went smoothly. The blockade has been in place since October.\n"
    "Talks on the release of the remaining hostages held in Gaza resumed in Doha this week, a diplomat briefed "
    "on the negotiations said."
)

# what the page holds besides the article: navigation, adverts, related links, share tools, comments, footer
BOILERPLATE = ["Home", "Subscribe", "cookies", "Advertisement", "Lightning Mortgages", "QuickVPN", "Crete",
               "Related stories", "El Fasher under siege", "Share this article", "Comments", "truthseeker77",
               "fake news", "donate", "Follow the money", "All rights reserved", "Privacy policy",
               "SPONSORED", "StarBank", "Reader comments", "Praying", "Most read", "Newsletter", "Careers"]


@pytest.fixture(scope="module")
def pages() -> dc.Corpus:
    return dc.load_corpus(HTML)


class TestSavedPages:
    def test_article_text_only(self, pages):
        assert [d.id for d in pages] == ["gaza_aid_convoys", "sudan_el_fasher"]
        assert pages["gaza_aid_convoys"].text == GAZA_TEXT
        sudan = pages["sudan_el_fasher"].text
        assert sudan.startswith("Sudan: doctors in besieged El Fasher report cholera outbreak\n")
        assert '"We have no clean water, no chlorine and almost no medicine left," said Dr. Amna Idris' in sudan
        assert sudan.endswith("Aid groups said no convoy had reached the city since February.")
        for doc in pages:
            for junk in BOILERPLATE:
                assert junk not in doc.text, (doc.id, junk)
            assert "<" not in doc.text and "&middot;" not in doc.text

    def test_title_and_date_as_metadata(self, pages):
        gaza, sudan = pages["gaza_aid_convoys"].meta, pages["sudan_el_fasher"].meta
        assert gaza == {"title": "Aid convoys reach northern Gaza as famine warnings grow", "date": "2025-03-14",
                        "author": "Hana Rahman", "sitename": "The Daily Dispatch",
                        "url": "https://dispatch.example.org/world/2025/03/14/gaza-aid-convoys"}
        assert sudan["title"] == "Sudan: doctors in besieged El Fasher report cholera outbreak"
        assert sudan["date"] == "2025-05-02" and "author" not in sudan

    def test_analysis_reads_the_page(self, pages):
        a = dc.analyze(pages)
        docs = a.documents.set_index("doc_id")
        assert docs.loc["gaza_aid_convoys", "date"] == "2025-03-14"
        assert docs.loc["sudan_el_fasher", "title"].startswith("Sudan: doctors")
        direct = a.quotes.query("doc_id == 'gaza_aid_convoys' and kind == 'direct'")
        assert direct["speaker"].tolist() == ["Philippe Lazzarini", "Philippe Lazzarini"]
        frames = set(a.framing.query("doc_id == 'gaza_aid_convoys'")["frame"])
        assert {"humanitarian_crisis", "hostages_captivity"} <= frames

    def test_sidecar_metadata_wins_and_a_single_file_loads(self, tmp_path):
        page = tmp_path / "page.html"
        page.write_bytes((HTML / "gaza_aid_convoys.html").read_bytes())
        (tmp_path / "page.meta.yaml").write_text("date: 2025-03-15\noutlet: Dispatch\n", encoding="utf-8")
        doc = dc.load_corpus(page)[0]
        assert doc.id == "page" and str(doc.meta["date"]) == "2025-03-15" and doc.meta["outlet"] == "Dispatch"
        assert doc.meta["title"].startswith("Aid convoys")

    def test_page_in_its_declared_charset(self, tmp_path):
        html = ('<html><head><meta charset="windows-1252"><title>Macron at the \u00c9lys\u00e9e</title></head>'
                "<body><article><h1>Macron at the \u00c9lys\u00e9e</h1><p>\u201cWe will not give up,\u201d "
                "Emmanuel Macron said at the \u00c9lys\u00e9e Palace on Monday, after a long meeting with the "
                "ministers of defence and foreign affairs about the war.</p></article></body></html>")
        (tmp_path / "elysee.html").write_bytes(html.encode("cp1252"))
        doc = dc.load_corpus(tmp_path)[0]
        assert '"We will not give up," Emmanuel Macron said at the \u00c9lys\u00e9e Palace' in doc.text

    def test_a_page_without_an_article_is_skipped_with_its_reason(self, tmp_path):
        # a page drawn by JavaScript: nothing to extract
        (tmp_path / "index.html").write_text('<html><head><title>Loading</title><script>render()</script></head>'
                                             '<body><div id="app"></div></body></html>', encoding="utf-8")
        (tmp_path / "note.txt").write_text("NATO met on Monday.", encoding="utf-8")
        corpus = dc.load_corpus(tmp_path)
        assert [d.id for d in corpus] == ["note"]
        assert corpus.skipped[0].source.endswith("index.html")
        assert "no article text found" in corpus.skipped[0].reason

    def test_deterministic(self):
        one, two = dc.load_corpus(HTML), dc.load_corpus(HTML)
        assert [(d.id, d.text, d.meta) for d in one] == [(d.id, d.text, d.meta) for d in two]


class TestWithoutTheExtra:
    @pytest.fixture()
    def no_trafilatura(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "trafilatura", None)       # import trafilatura -> ImportError

    def test_refused_with_what_to_install_and_the_rest_loads(self, no_trafilatura, tmp_path):
        (tmp_path / "page.htm").write_bytes((HTML / "sudan_el_fasher.htm").read_bytes())
        (tmp_path / "note.txt").write_text("NATO met on Monday.", encoding="utf-8")
        corpus = dc.load_corpus(tmp_path)
        assert [d.id for d in corpus] == ["note"]
        (skipped,) = corpus.skipped
        assert skipped.source.endswith("page.htm")
        assert 'pip install "discourse[html]"' in skipped.reason and "trafilatura" in skipped.reason

    def test_never_read_as_plain_text(self, no_trafilatura):
        corpus = dc.load_corpus(HTML / "gaza_aid_convoys.html")
        assert len(corpus) == 0 and len(corpus.skipped) == 1
        a = dc.analyze(corpus)
        assert a.documents.empty and a.errors["reason"].str.contains("discourse\\[html\\]").all()

    def test_cli_says_what_to_install(self, no_trafilatura, capsys):
        status = main(["quotes", str(HTML / "gaza_aid_convoys.html")])
        _, err = capsys.readouterr()
        assert status != 0
        assert "gaza_aid_convoys.html" in err and 'pip install "discourse[html]"' in err
