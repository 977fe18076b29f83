"""Reading documents: files, folders, globs, JSONL and CSV, into a :class:`Corpus`.

Everything that touches the file system for input lives here. A document that
cannot be read never stops the others: it is recorded as a
:class:`SkippedDocument` with its source and reason, and the rest is loaded.

Supported sources
-----------------
``.txt`` / ``.md``
    One document per file. Its id is the path relative to the folder given
    (or the file name), without the suffix. A sidecar file ``NAME.meta.yaml``
    beside ``NAME.txt`` becomes the document's metadata.
``.jsonl``
    One JSON object per line; ``text_field`` holds the text, ``id_field`` the
    id (default: ``FILE:LINE``); every other key becomes metadata.
``.csv``
    One document per row; ``text_column`` and ``id_column`` as above; every
    other column becomes metadata.
``.html`` / ``.htm``
    A saved news page. The article is extracted with trafilatura (the
    optional ``html`` extra: ``pip install "discourse[html]"``): its text
    without navigation, adverts, related links or reader comments, and as
    metadata the page's ``title`` and ``date`` (ISO ``YYYY-MM-DD``) and, when
    the page names them, ``author``, ``sitename``, ``url`` and
    ``description``. A sidecar ``NAME.meta.yaml`` overrides these. Without
    trafilatura an HTML file is skipped with a message saying what to
    install; it is never read as plain text, markup and all.
"""

from __future__ import annotations

import csv
import glob
import json
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import pandas as pd
import yaml

from .cleaning import DEFAULT_TRAILERS, clean_text
from .errors import DiscourseWarning, InputError

__all__ = [
    "Document",
    "SkippedDocument",
    "Corpus",
    "SkippedDocumentWarning",
    "load_corpus",
    "iter_documents",
    "stream_corpus",
    "DocumentStream",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
]

PathLike = Union[str, Path]
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".csv")
_META_SUFFIX = ".meta.yaml"
_BINARY_PROBE = 8192


class FallbackEncodingWarning(DiscourseWarning):
    """A file that is not UTF-8 was read with the CP-1252 fallback."""


class SkippedDocumentWarning(DiscourseWarning):
    """A document could not be read and was skipped; the others were loaded."""


@dataclass(frozen=True)
class Document:
    """One document: its id, clean text and metadata.

    Attributes
    ----------
    id : str
        Stable identifier, unique within a corpus.
    text : str
        The clean text (see :func:`discourse.cleaning.clean_text`). All
        offsets in discourse refer to it.
    meta : dict
        Metadata from the sidecar file, JSONL keys or CSV columns.
    source : str
        Where the document came from (``path`` or ``path:line``).
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    source: str = ""

    @classmethod
    def from_text(cls, text: str, *, id: str = "doc", meta: dict[str, Any] | None = None,
                  trailers: Iterable[str] | None = DEFAULT_TRAILERS) -> "Document":
        """Build a document from a raw string (cleaned on the way in).

        Examples
        --------
        >>> Document.from_text("\u201cNo,\u201d she said.").text
        '"No," she said.'
        """
        return cls(id=id, text=clean_text(text, trailers=trailers), meta=dict(meta or {}), source="<string>")


@dataclass(frozen=True)
class SkippedDocument:
    """A source that could not be turned into a document, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Corpus(Sequence[Document]):
    """An ordered, immutable collection of documents.

    Attributes
    ----------
    documents : tuple of Document
        The documents that were read, in a stable sorted order.
    skipped : tuple of SkippedDocument
        Every source that was not read, with its reason.
    """

    documents: tuple[Document, ...]
    skipped: tuple[SkippedDocument, ...] = ()

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            for doc in self.documents:
                if doc.id == key:
                    return doc
            raise KeyError(f"no document with id {key!r}; ids look like {self.documents[0].id!r}"
                           if self.documents else f"no document with id {key!r}: the corpus is empty")
        return self.documents[key]

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    @classmethod
    def from_texts(cls, texts: Iterable[str] | dict[str, str], **kwargs: Any) -> "Corpus":
        """Build a corpus from strings (a list, or a dict of id -> text).

        Examples
        --------
        >>> Corpus.from_texts({"a": "NATO met.", "b": "Kyiv said no."}).documents[1].id
        'b'
        """
        items = texts.items() if isinstance(texts, dict) else ((f"doc{i}", t) for i, t in enumerate(texts))
        return cls(tuple(Document.from_text(t, id=str(i), **kwargs) for i, t in items))

    def to_frame(self) -> pd.DataFrame:
        """One row per document: ``doc_id``, ``source``, ``n_chars``, then metadata columns."""
        rows = [{"doc_id": d.id, "source": d.source, "n_chars": len(d.text), **d.meta} for d in self.documents]
        return pd.DataFrame(rows, columns=None if rows else ["doc_id", "source", "n_chars"])

    def skipped_frame(self) -> pd.DataFrame:
        """One row per skipped source: ``source``, ``reason``."""
        return pd.DataFrame([vars(s) for s in self.skipped], columns=["source", "reason"])

    def __repr__(self) -> str:
        extra = f", {len(self.skipped)} skipped" if self.skipped else ""
        return f"<Corpus: {len(self.documents)} documents{extra}>"

    def _repr_html_(self) -> str:
        head = self.to_frame().head(20)._repr_html_()
        note = f"<p>{len(self.skipped)} source(s) skipped: see <code>.skipped</code></p>" if self.skipped else ""
        return f"<p><b>Corpus</b>: {len(self.documents)} documents</p>{head}{note}"


def load_corpus(
    source: PathLike | Sequence[PathLike],
    *,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    trailers: Iterable[str] | None = DEFAULT_TRAILERS,
) -> Corpus:
    """Read documents from files, folders, globs, JSONL, CSV or saved HTML pages.

    Parameters
    ----------
    source : str, Path or sequence of them
        A file, a folder (read recursively, in sorted order), or a glob
        pattern (``"articles/**/*.txt"``), or several of these. Saved pages
        (``.html``/``.htm``) are read through trafilatura (see the module
        docstring).
    encoding : str, optional
        Encoding to try when a file is not valid UTF-8 (e.g. ``"cp1252"``).
        UTF-8 (with or without a byte-order mark) is always tried first.
    text_field, id_field : str, default="text", "id"
        The JSON key / CSV column holding the text and the document id.
    trailers : iterable of str or None, default=DEFAULT_TRAILERS
        Boilerplate line patterns dropped from the end of each document; see
        :func:`discourse.cleaning.clean_text`.

    Returns
    -------
    Corpus
        The readable documents, and in ``Corpus.skipped`` every source that
        was skipped with its reason (empty, binary, undecodable, malformed).

    Raises
    ------
    InputError
        When a named path does not exist or matches nothing.

    Examples
    --------
    >>> corpus = load_corpus("seeds/")
    >>> len(corpus)
    1
    >>> corpus[0].text.endswith("without escalating the conflict.")
    True
    """
    documents: list[Document] = []
    skipped: list[SkippedDocument] = []
    seen: set[str] = set()
    for item in _iter_items(source, encoding=encoding, text_field=text_field,
                            id_field=id_field, trailers=trailers):
        if isinstance(item, Document) and item.id in seen:
            item = SkippedDocument(item.source, f"duplicate document id {item.id!r}; give each document a unique id")
        if isinstance(item, SkippedDocument):
            skipped.append(item)
        else:
            seen.add(item.id)
            documents.append(item)
    return Corpus(tuple(documents), tuple(skipped))


def iter_documents(
    source: PathLike | Sequence[PathLike],
    *,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    trailers: Iterable[str] | None = DEFAULT_TRAILERS,
) -> Iterator[Document]:
    """Stream documents one at a time, in the order :func:`load_corpus` uses.

    JSONL and CSV files are read line by line, so memory stays bounded however
    large the file. Each skipped source issues a :class:`SkippedDocumentWarning`
    naming it and its reason. Parameters are those of :func:`load_corpus`.
    """
    for item in _iter_items(source, encoding=encoding, text_field=text_field,
                            id_field=id_field, trailers=trailers):
        if isinstance(item, SkippedDocument):
            warnings.warn(f"{item.source}: skipped: {item.reason}", SkippedDocumentWarning, stacklevel=2)
        else:
            yield item


class DocumentStream:
    """Documents read lazily from files, in the order :func:`load_corpus` uses.

    Iterate it as often as needed; each pass reads the files again, one
    document at a time, so memory stays bounded however large a JSONL or CSV
    file is. Sources skipped during the last pass are in :attr:`skipped`
    (:func:`discourse.analyze` reports them in ``Analysis.errors``).
    """

    def __init__(self, source: PathLike | Sequence[PathLike], **options: Any) -> None:
        self.source, self.options = source, options
        self.skipped: list[SkippedDocument] = []

    def __iter__(self) -> Iterator[Document]:
        self.skipped = []
        for item in _iter_items(self.source, **self.options):
            if isinstance(item, SkippedDocument):
                self.skipped.append(item)
            else:
                yield item

    def __repr__(self) -> str:
        return f"<DocumentStream of {self.source!r}>"


def stream_corpus(
    source: PathLike | Sequence[PathLike],
    *,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    trailers: Iterable[str] | None = DEFAULT_TRAILERS,
) -> DocumentStream:
    """Like :func:`load_corpus`, but read lazily: for corpora too large to hold in memory.

    Examples
    --------
    >>> stream = stream_corpus("seeds/")
    >>> [doc.id for doc in stream]
    ['2024-11_le-monde-report_nato-western-troops-ukraine']
    """
    return DocumentStream(source, encoding=encoding, text_field=text_field, id_field=id_field, trailers=trailers)


# --------------------------------------------------------------------------- internals

def _iter_items(source, *, encoding, text_field, id_field, trailers) -> Iterator[Document | SkippedDocument]:
    for path, root in _expand(source):
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(path, encoding=encoding, text_field=text_field,
                                   id_field=id_field, trailers=trailers)
        elif suffix == ".csv":
            yield from _read_csv(path, encoding=encoding, text_field=text_field,
                                 id_field=id_field, trailers=trailers)
        elif suffix in HTML_SUFFIXES:
            yield _read_html_file(path, root, encoding=encoding, trailers=trailers)
        else:
            yield _read_text_file(path, root, encoding=encoding, trailers=trailers)


def _expand(source: PathLike | Sequence[PathLike]) -> Iterator[tuple[Path, Path | None]]:
    """Yield (file, root folder or None) for every readable file named by ``source``."""
    sources = [source] if isinstance(source, (str, Path)) else list(source)
    if not sources:
        raise InputError("<no source>", "no path given; pass a file, a folder or a glob pattern")
    for src in sources:
        text = str(src)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(text, "the glob pattern matches no file; check the pattern and the folder")
            for m in matches:
                yield m, None
            continue
        path = Path(src)
        if path.is_dir():
            files = sorted(
                (p for p in path.rglob("*")
                 if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + RECORD_SUFFIXES + HTML_SUFFIXES
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            for f in files:
                yield f, path
        elif path.is_file():
            yield path, None
        else:
            raise InputError(path, "no such file or folder; check the path (relative paths start from "
                             f"{Path.cwd()})")


def _decode(data: bytes, source: str, encoding: str | None) -> str:
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(source, "binary file (contains NUL bytes), not text; convert it to UTF-8 text first")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError) as exc2:
                raise InputError(source, f"cannot be decoded as UTF-8 or as {encoding!r} ({exc2}); "
                                 "name the file's real encoding") from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(source, f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}) nor "
                             "CP-1252; pass its encoding, e.g. encoding='latin-1' (CLI: --encoding latin-1)") from None
        warnings.warn(f"{source}: not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); read as "
                      "CP-1252 (Windows Western European). If that is wrong, pass encoding=", FallbackEncodingWarning,
                      stacklevel=4)
        return text


def _document_id(path: Path, root: Path | None) -> str:
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return rel.with_suffix("").as_posix()


def _read_meta(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + _META_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise InputError(f"{meta_path}{line}", f"metadata is not valid YAML ({exc}); fix or remove the file") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(meta_path, "metadata must be a YAML mapping of key: value")
    return {str(k): v for k, v in meta.items()}


def _make_document(raw: str, *, doc_id: str, source: str, meta: dict[str, Any], trailers) -> Document | SkippedDocument:
    if not raw.strip():
        return SkippedDocument(source, "empty or whitespace-only document")
    text = clean_text(raw, trailers=trailers)
    if not text.strip():
        return SkippedDocument(source, "nothing left after removing web-page trailers")
    return Document(id=doc_id, text=text, meta=meta, source=source)


def _read_text_file(path: Path, root: Path | None, *, encoding, trailers) -> Document | SkippedDocument:
    source = path.as_posix()
    try:
        raw = _decode(path.read_bytes(), source, encoding)
        meta = _read_meta(path)
    except InputError as exc:
        return SkippedDocument(exc.source, exc.reason)
    except OSError as exc:
        return SkippedDocument(source, f"cannot be read ({exc.strerror or exc}); check permissions")
    return _make_document(raw, doc_id=_document_id(path, root), source=source, meta=meta, trailers=trailers)


#: Metadata taken from a saved page, in this order (empty values are left out).
_HTML_META = ("title", "date", "author", "sitename", "url", "description")
_HTML_EXTRA = ('an HTML page; reading saved pages needs the html extra: pip install "discourse[html]" '
               "(trafilatura, the article extractor). It was not read as plain text, which would keep its markup")


def _read_html_file(path: Path, root: Path | None, *, encoding, trailers) -> Document | SkippedDocument:
    """A saved news page: the article text and its title and date, through trafilatura."""
    source = path.as_posix()
    try:
        import trafilatura
    except ImportError:
        return SkippedDocument(source, _HTML_EXTRA)
    try:
        data = path.read_bytes()
        if b"\x00" in data[:_BINARY_PROBE]:
            raise InputError(source, "binary file (contains NUL bytes), not an HTML page")
        try:
            page: str | bytes = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # the page's own <meta charset> is read by trafilatura; an explicit encoding wins
            page = _decode(data, source, encoding) if encoding else data
        meta = _read_meta(path)
    except InputError as exc:
        return SkippedDocument(exc.source, exc.reason)
    except OSError as exc:
        return SkippedDocument(source, f"cannot be read ({exc.strerror or exc}); check permissions")
    try:
        extracted = trafilatura.bare_extraction(page, include_comments=False, include_tables=True,
                                                with_metadata=True, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - the extractor's own failure, reported for this file only
        return SkippedDocument(source, f"the article extractor failed on this page ({type(exc).__name__}: {exc})")
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return SkippedDocument(source, "no article text found in the HTML page (an index page, or a page "
                                       "that needs JavaScript?); save the article page itself")
    found = {key: str(getattr(extracted, key)) for key in _HTML_META if getattr(extracted, key, None)}
    return _make_document(text, doc_id=_document_id(path, root), source=source, meta={**found, **meta},
                          trailers=trailers)


def _iter_lines(path: Path, encoding: str | None) -> Iterator[tuple[int, str | InputError]]:
    """Yield (line number, decoded line or the error for that line), streaming."""
    with path.open("rb") as fh:
        head = fh.read(_BINARY_PROBE)
        if b"\x00" in head:
            yield 0, InputError(path.as_posix(), "binary file (contains NUL bytes), not JSONL/CSV text")
            return
        fh.seek(0)
        for number, data in enumerate(fh, start=1):
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            try:
                yield number, _decode(data, f"{path.as_posix()}:{number}", encoding)
            except InputError as exc:
                yield number, exc


def _read_jsonl(path: Path, *, encoding, text_field, id_field, trailers) -> Iterator[Document | SkippedDocument]:
    stem = path.stem
    for number, line in _iter_lines(path, encoding):
        source = f"{path.as_posix()}:{number}"
        if isinstance(line, InputError):
            yield SkippedDocument(line.source, line.reason)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            message = exc.msg.removesuffix(" at")       # "Unterminated string starting at" + " at column"
            yield SkippedDocument(source, f"not valid JSON ({message} at column {exc.colno}); "
                                  "each line must be one JSON object")
            continue
        if not isinstance(record, dict):
            yield SkippedDocument(source, "not a JSON object; each line must look like "
                                  f'{{"{id_field}": ..., "{text_field}": ...}}')
            continue
        text = record.get(text_field)
        if not isinstance(text, str):
            keys = ", ".join(sorted(map(str, record))) or "none"
            yield SkippedDocument(source, f"no string field {text_field!r} (keys: {keys}); "
                                  "name the text field with text_field= (CLI: --text-field)")
            continue
        doc_id = str(record[id_field]) if record.get(id_field) is not None else f"{stem}:{number}"
        meta = {k: v for k, v in record.items() if k not in (text_field, id_field)}
        yield _make_document(text, doc_id=doc_id, source=source, meta=meta, trailers=trailers)


def _csv_encoding(path: Path, encoding: str | None) -> str:
    """Pick the encoding for a CSV file from its first megabyte, without reading it all."""
    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    if b"\x00" in head[:_BINARY_PROBE]:
        raise InputError(path.as_posix(), "binary file (contains NUL bytes), not CSV text")
    try:
        head.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a multi-byte character cut by the probe
            return "utf-8-sig"
        if encoding:
            return encoding
        raise InputError(path.as_posix(), f"not valid UTF-8 (byte {head[exc.start]:#04x} at offset {exc.start}); "
                         "pass its encoding, e.g. encoding='cp1252' (CLI: --encoding cp1252)") from None


def _read_csv(path: Path, *, encoding, text_field, id_field, trailers) -> Iterator[Document | SkippedDocument]:
    stem = path.stem
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        file_encoding = _csv_encoding(path, encoding)
    except InputError as exc:
        yield SkippedDocument(exc.source, exc.reason)
        return
    with path.open(encoding=file_encoding, newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            yield SkippedDocument(path.as_posix(), "empty CSV file (no header row)")
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield SkippedDocument(f"{path.as_posix()}:1", f"malformed CSV header ({exc})")
            return
        if text_field not in header:
            yield SkippedDocument(path.as_posix(), f"no column {text_field!r} (columns: {', '.join(header)}); "
                                  "name the text column with text_field= (CLI: --text-field)")
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield SkippedDocument(f"{path.as_posix()}:{reader.line_num}", f"malformed CSV row ({exc})")
                continue
            except UnicodeDecodeError:
                yield SkippedDocument(f"{path.as_posix()}:{reader.line_num + 1}",
                                      f"not valid {file_encoding} from here on; the rest of the file was not read. "
                                      "Pass the file's encoding (CLI: --encoding)")
                return
            source = f"{path.as_posix()}:{reader.line_num}"
            if not row:
                continue
            if len(row) != len(header):
                yield SkippedDocument(source, f"row has {len(row)} fields but the header has {len(header)}; "
                                      "quote fields that contain commas")
                continue
            record = dict(zip(header, row))
            doc_id = record.get(id_field) or f"{stem}:{reader.line_num}"
            meta = {k: v for k, v in record.items() if k not in (text_field, id_field)}
            yield _make_document(record[text_field], doc_id=doc_id, source=source, meta=meta, trailers=trailers)
