"""Running the per-document analysis: in this process, in worker processes, or on Dask.

Documents are independent, so :func:`run` cuts the (possibly streamed)
corpus into chunks, analyses them serially, in a pool of processes
(``n_jobs``), or on a ``dask.distributed`` cluster (``engine="dask"``), and
yields the results **in corpus order**, so every engine gives the same
tables. At most a few chunks per worker are in flight at once: memory stays
bounded however long the corpus is.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, NamedTuple

from .corpus import Document

__all__ = ["DocResult", "run", "task_size", "ENGINES", "TASKS_PER_WORKER"]

#: Supported engines.
ENGINES = ("processes", "dask")


class DocResult(NamedTuple):
    """The rows of one document's tables, or why its analysis failed."""

    doc_id: str
    source: str
    rows: dict[str, list[tuple]] | None
    error: str | None


def _analyze_one(doc: Document, settings: Any) -> DocResult:
    from .analysis import analyze_document

    try:
        return DocResult(doc.id, doc.source, analyze_document(doc, settings), None)
    except Exception as exc:  # one bad document never loses the others
        return DocResult(doc.id, doc.source, None, f"{type(exc).__name__}: {exc}")


def analyze_chunk(docs: list[Document], settings: Any) -> list[DocResult]:
    """Analyse a list of documents (what a worker runs)."""
    return [_analyze_one(doc, settings) for doc in docs]


_WORKER_SETTINGS: Any = None


def _init_worker(settings: Any) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings


def _worker_chunk(docs: list[Document]) -> list[DocResult]:
    return analyze_chunk(docs, _WORKER_SETTINGS)


#: Tasks per worker a corpus of known length is cut into, at least: the workers then finish within a
#: small task of each other instead of one waiting while the other ends a whole ``chunk_size`` task.
TASKS_PER_WORKER = 8


def task_size(n_docs: int | None, n_workers: int, chunk_size: int) -> int:
    """Documents per task: ``chunk_size``, or smaller when a known corpus would give few tasks per worker.

    Parameters
    ----------
    n_docs : int or None
        The corpus length, ``None`` for a stream (then ``chunk_size``).
    n_workers : int
    chunk_size : int
        The largest task.

    Examples
    --------
    >>> task_size(300, 2, 32), task_size(100_000, 2, 32), task_size(None, 2, 32), task_size(3, 2, 32)
    (19, 32, 32, 1)
    """
    if n_docs is None or n_workers <= 1:
        return chunk_size
    return max(1, min(chunk_size, -(-n_docs // (TASKS_PER_WORKER * n_workers))))


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def _progress(total: int | None, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty() and "PYTEST_CURRENT_TEST" not in os.environ
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="discourse", leave=False)


def run(corpus: Iterable[Document], settings: Any, *, n_jobs: int = 1, engine: str = "processes",
        client: Any = None, chunk_size: int = 32, progress: bool | None = None) -> Iterator[DocResult]:
    """Analyse every document and yield a :class:`DocResult` per document, in corpus order.

    Parameters
    ----------
    corpus : iterable of Document
        Read once, lazily (a streamed corpus is never held in memory).
    settings : discourse.analysis.Settings
    n_jobs : int, default=1
        Worker processes (``-1``: one per core). 1 runs in this process.
    engine : {"processes", "dask"}, default="processes"
        ``dask`` sends chunks to a ``dask.distributed`` cluster (``client``,
        or the current default client).
    chunk_size : int, default=32
        Documents per task, at most: a corpus of known length is cut into at
        least :data:`TASKS_PER_WORKER` tasks per worker, so that the workers
        finish together (the tables are the same for every task size).
    progress : bool or None, default=None
        A tqdm progress bar; ``None`` shows it only on a terminal, never in tests.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be a positive number of processes or -1, got {n_jobs}")
    n_docs = len(corpus) if hasattr(corpus, "__len__") else None  # type: ignore[arg-type]
    bar = _progress(n_docs, progress)
    try:
        if engine == "dask":
            results = _run_dask(corpus, settings, client, chunk_size, n_docs)
        elif n_jobs == 1:
            results = (r for chunk in _chunks(corpus, chunk_size) for r in analyze_chunk(chunk, settings))
        else:
            results = _run_processes(corpus, settings, n_jobs, task_size(n_docs, n_jobs, chunk_size))
        for result in results:
            if bar is not None:
                bar.update(1)
            yield result
    finally:
        if bar is not None:
            bar.close()


def _run_processes(corpus: Iterable[Document], settings: Any, n_jobs: int, chunk_size: int) -> Iterator[DocResult]:
    window = 2 * n_jobs
    with ProcessPoolExecutor(max_workers=n_jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: deque = deque()
        for chunk in _chunks(corpus, chunk_size):
            pending.append(pool.submit(_worker_chunk, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _run_dask(corpus: Iterable[Document], settings: Any, client: Any, chunk_size: int,
              n_docs: int | None) -> Iterator[DocResult]:
    try:
        from distributed import get_client
    except ImportError:
        raise ImportError("engine='dask' needs dask.distributed: pip install 'dask[distributed]'") from None
    if client is None:
        try:
            client = get_client()
        except ValueError:
            raise ValueError("engine='dask' needs a dask.distributed Client: from dask.distributed import Client; "
                             "client = Client() (or Client('scheduler-address')), then pass client=client") from None
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    shared = client.scatter(settings, broadcast=True)
    window = 3 * n_workers
    pending: deque = deque()
    for chunk in _chunks(corpus, task_size(n_docs, n_workers, chunk_size)):
        pending.append(client.submit(analyze_chunk, chunk, shared, pure=False))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
