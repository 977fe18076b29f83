"""Writing the tables of a large corpus incrementally, and reading them back.

:func:`write_analysis` streams a corpus through the analysis and appends each
batch of documents' rows to one file per table (CSV, or Parquet with
pyarrow), so a corpus of any size is analysed in bounded memory. The
per-document tables are written as they come; the per-actor summaries
(``by_actor`` and the others) need every row, so :func:`read_analysis` loads
the tables back into an :class:`~discourse.Analysis` that computes them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from .analysis import _TABLES, Analysis, make_settings, table_frame
from .corpus import Document
from .engine import run
from .missing import missing_as_na

__all__ = ["write_analysis", "read_analysis", "TABLE_NAMES"]

#: The per-document tables written by :func:`write_analysis`, plus ``errors``.
TABLE_NAMES = (*_TABLES, "errors")


class _Writer:
    def __init__(self, directory: Path, fmt: str) -> None:
        self.directory, self.fmt = directory, fmt
        self.started: set[str] = set()
        self.parquet: dict[str, Any] = {}

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.{'parquet' if self.fmt == 'parquet' else 'csv'}"

    def append(self, name: str, frame: pd.DataFrame) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            if name not in self.parquet:
                self.parquet[name] = pq.ParquetWriter(self.path(name), table.schema)
            self.parquet[name].write_table(table.cast(self.parquet[name].schema))
        else:
            frame.to_csv(self.path(name), mode="a" if name in self.started else "w", header=name not in self.started,
                         index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self.started.add(name)

    def close(self) -> None:
        for w in self.parquet.values():
            w.close()


def write_analysis(corpus: Iterable[Document], directory: str | Path, *, format: str = "csv",
                   batch_size: int = 500, n_jobs: int = 1, engine: str = "processes", client: Any = None,
                   progress: bool | None = None, **lexicons: Any) -> dict[str, Path]:
    """Analyse a corpus in bounded memory, appending every table to its file batch by batch.

    Parameters
    ----------
    corpus : iterable of Document
        Typically :func:`discourse.stream_corpus`.
    directory : str or Path
        Created if needed; existing table files are replaced.
    format : {"csv", "parquet"}, default="csv"
    batch_size : int, default=500
        Documents whose rows are held before they are written.
    n_jobs, engine, client, progress
        As for :func:`discourse.analyze`.
    **lexicons
        ``actors``, ``cues``, ``frames``, ``stance``, ``vader`` as for
        :func:`discourse.analyze`.

    Returns
    -------
    dict of str to Path
        The file of each table of :data:`TABLE_NAMES`.
    """
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be 'csv' or 'parquet', got {format!r}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    settings = make_settings(**lexicons)
    writer = _Writer(out, format)
    rows: dict[str, list[tuple]] = {name: [] for name in _TABLES}
    errors: list[tuple] = []
    pending = 0

    def flush() -> None:
        for name, part in rows.items():
            if part or name not in writer.started:
                writer.append(name, table_frame(name, part))
            part.clear()

    try:
        for result in run(corpus, settings, n_jobs=n_jobs, engine=engine, client=client, progress=progress):
            if result.error is not None:
                errors.append((result.source, result.doc_id, "analyze", result.error))
            else:
                for name, part in result.rows.items():
                    rows[name].extend(part)
            pending += 1
            if pending >= batch_size:
                flush()
                pending = 0
        flush()
        skipped = [(item.source, "", "load", item.reason) for item in getattr(corpus, "skipped", ())]
        writer.append("errors", table_frame("errors", skipped + errors))
    finally:
        writer.close()
    return {name: writer.path(name) for name in TABLE_NAMES}


def read_analysis(directory: str | Path, **lexicons: Any) -> Analysis:
    """Load tables written by :func:`write_analysis` (or ``Analysis.to_csv``) into an Analysis.

    ``**lexicons`` are the ones the tables were made with (default: the packaged ones);
    the stance targets give the rows of ``Analysis.stance``. An empty CSV cell
    is a missing value, ``NaN`` (see :mod:`discourse.missing`), so the tables
    equal those of :func:`discourse.analyze` on the same corpus, value for value.
    """
    directory = Path(directory)
    tables = {}
    for name in TABLE_NAMES:
        parquet, csv_path = directory / f"{name}.parquet", directory / f"{name}.csv"
        if parquet.exists():
            tables[name] = missing_as_na(pd.read_parquet(parquet))
        elif csv_path.exists():
            tables[name] = missing_as_na(pd.read_csv(csv_path, keep_default_na=False, na_values=[""],
                                                     dtype={"doc_id": str, "text": str}))
        else:
            raise FileNotFoundError(f"{directory}: no {name}.csv or {name}.parquet; write it with write_analysis()")
    settings = make_settings(**lexicons)
    return Analysis(**tables, actors=settings.actors, frames=settings.frames, stance_lexicon=settings.stance)
