"""The ``discourse`` command line.

::

    discourse quotes PATH... [--actors FILE] [--format jsonl|csv]
    discourse actors PATH... [--actors FILE] [--candidates]
    discourse analyze PATH... [--actors F] [--frames F|mfc] [--stance F] [--jobs N] [--stream] --out DIR
    discourse kwic PATTERN PATH... [--window N]
    discourse figures [PATH...] [--out figures/] [--results DIR]
    discourse lexicon check FILE [--kind actors|cues|frames|stance] [--extend]

Every command reads the same sources as :func:`discourse.load_corpus`.
Skipped sources are reported on standard error with their reason; the exit
status is non-zero only when nothing could be read (or a lexicon is invalid).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from . import __version__
from .actors import candidate_actors, load_actors
from .analysis import analyze
from .corpus import Corpus, load_corpus
from .cues import load_cues
from .datafiles import read_yaml
from .errors import DiscourseError, DiscourseWarning, LexiconError
from .kwic import kwic
from .lexicon import check_lexicon, load_lexicon
from .sentiment import VADER_ENGINES
from .stance import check_stance, load_stance
from .summary import actor_summary_text, summary_text

__all__ = ["main"]


def _add_input(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument("paths", nargs="+" if required else "*", metavar="PATH",
                   help="files, folders or glob patterns (.txt, .md, .jsonl, .csv)")
    p.add_argument("--encoding", help="encoding to try when a file is not UTF-8, e.g. cp1252")
    p.add_argument("--text-field", default="text", help="JSONL key / CSV column of the text (default: text)")
    p.add_argument("--id-field", default="id", help="JSONL key / CSV column of the document id (default: id)")
    p.add_argument("--actors", metavar="FILE", help="actor lexicon (YAML); default: the packaged one")
    p.add_argument("--extend-actors", action="store_true", help="add --actors to the packaged lexicon instead of replacing it")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="discourse", description="Who says what in news text, per actor.")
    parser.add_argument("--version", action="version", version=f"discourse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("quotes", help="one record per quote: who says what")
    _add_input(p)
    p.add_argument("--cues", metavar="FILE", help="speech-cue lexicon (YAML)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")

    p = sub.add_parser("actors", help="actor mentions, or names missing from the lexicon")
    _add_input(p)
    p.add_argument("--candidates", action="store_true", help="list names that are not in the lexicon")
    p.add_argument("--format", choices=["jsonl", "csv"], default="csv")

    p = sub.add_parser("analyze", help="write every table as CSV and print a summary")
    _add_input(p)
    _add_lexicons(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV tables")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (-1: one per core)")
    p.add_argument("--stream", action="store_true",
                   help="read lazily and append the tables batch by batch (bounded memory, for large corpora)")
    p.add_argument("--format", choices=["csv", "parquet"], default="csv", help="table format with --stream")

    p = sub.add_parser("kwic", help="keyword in context: every match of a term with the words around it")
    p.add_argument("pattern", help="a term: word, phrase, trailing * (escalat*); never a regular expression")
    _add_input(p)
    p.add_argument("--window", type=int, default=8, help="tokens of context on each side (default: 8)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="csv")

    p = sub.add_parser("figures", help="the main job on seeds/: paper figures, tables and a per-actor summary")
    _add_input(p, required=False)
    _add_lexicons(p)
    p.add_argument("--out", default="figures", metavar="DIR",
                   help="folder for the figures, their data and MANIFEST.csv (default: figures)")
    p.add_argument("--results", default="results", metavar="DIR", help="folder for the CSV tables (default: results)")

    p = sub.add_parser("lexicon", help="lexicon tools")
    lex = p.add_subparsers(dest="lexicon_command", required=True)
    c = lex.add_parser("check", help="validate a lexicon file and report every problem with its line")
    c.add_argument("file")
    c.add_argument("--kind", choices=["actors", "cues", "frames", "stance"],
                   help="what the file is (default: guessed from its content)")
    c.add_argument("--extend", action="store_true",
                   help="check the file as an extension of the packaged lexicon (its entries may name "
                        "packaged actors, e.g. a person affiliated with Israel)")
    return parser


def _add_lexicons(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cues", metavar="FILE", help="speech-cue lexicon (YAML)")
    p.add_argument("--frames", metavar="FILE|NAME",
                   help="framing lexicon (YAML, JSON, CSV, LIWC .dic, quanteda YAML), or a packaged one by name: "
                        "conflict (the default) or mfc (the Media Frames Corpus dimensions)")
    p.add_argument("--extend-frames", action="store_true", help="add --frames to the packaged frames")
    p.add_argument("--stance", metavar="FILE", help="stance targets and cues (YAML)")
    p.add_argument("--vader", choices=VADER_ENGINES, default="vaderSentiment", help="VADER implementation")


@contextmanager
def _user_warnings(sources: dict[str, str]) -> Iterator[None]:
    """Show discourse's warnings about the input as ``discourse: warning: FILE line N: ...``.

    The user's file and line, not the line of discourse's code that noticed
    the problem: a message that starts with a document id (``doc line 3:``)
    names that document's source instead. Other warnings are shown as usual.
    """
    previous = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if not issubclass(category, DiscourseWarning):
            return previous(message, category, filename, lineno, file, line)
        text = str(message)
        doc_id, sep, rest = text.partition(" line ")
        if sep and doc_id in sources:
            text = f"{sources[doc_id]} line {rest}"
        print(f"discourse: warning: {text}", file=sys.stderr if file is None else file)

    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = previous


def _load(args: argparse.Namespace) -> Corpus:
    corpus = load_corpus(args.paths, encoding=args.encoding, text_field=args.text_field, id_field=args.id_field)
    getattr(args, "sources", {}).update((d.id, d.source) for d in corpus)
    for item in corpus.skipped:
        print(f"discourse: skipped {item.source}: {item.reason}", file=sys.stderr)
    if not len(corpus):
        raise DiscourseError("nothing could be read: every source was skipped (reasons above)"
                             if corpus.skipped else "no documents found in the paths given")
    return corpus


def _actors(args: argparse.Namespace):
    return load_actors(args.actors, extend=args.extend_actors) if args.actors else load_actors()


def _records(frame: pd.DataFrame) -> list[dict]:
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()})
    return out


def _emit(frame: pd.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        for record in _records(frame):
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _analysis(args: argparse.Namespace, corpus: Corpus, *, n_jobs: int = 1):
    frames = getattr(args, "frames", None)
    stance = getattr(args, "stance", None)
    return analyze(corpus, actors=_actors(args), cues=load_cues(args.cues) if args.cues else None,
                   frames=load_lexicon(frames, extend=args.extend_frames) if frames else None,
                   stance=load_stance(stance) if stance else None, vader=getattr(args, "vader", "vaderSentiment"),
                   n_jobs=n_jobs)


def _cmd_quotes(args: argparse.Namespace) -> int:
    corpus = _load(args)
    a = _analysis(args, corpus)
    files = {d.id: d.source for d in corpus}
    quotes = a.quotes.assign(file=a.quotes["doc_id"].map(files))
    _emit(quotes, args.format)
    return 0


def _cmd_actors(args: argparse.Namespace) -> int:
    corpus = _load(args)
    lexicon = _actors(args)
    if args.candidates:
        _emit(candidate_actors(corpus, lexicon), args.format)
    else:
        _emit(analyze(corpus, actors=lexicon).mentions, args.format)
    return 0


def _cmd_kwic(args: argparse.Namespace) -> int:
    corpus = _load(args)
    _emit(kwic(corpus, args.pattern, window=args.window), args.format)
    return 0


def _run_and_report(args: argparse.Namespace, out: str, figures: str | None = None) -> int:
    corpus = _load(args)
    a = _analysis(args, corpus, n_jobs=getattr(args, "jobs", 1))
    written = a.to_csv(out)
    if figures is not None:
        from .figures import write_figures

        manifest = write_figures(a, figures)
        print(f"Figures written to {figures}/: {manifest['figure'].nunique()} figures (PNG 300 dpi, SVG, data CSV) "
              "and MANIFEST.csv")
    print(summary_text(a.who_says_what(), a.speakers(), a.quotes, n_documents=len(a.documents)))
    print()
    print(actor_summary_text(a.by_actor(), a.stance, a.framing_by_actor(), relations=a.relation_summary()))
    print(f"\nTables written to {out}/: {', '.join(p.name for p in written)}")
    if len(a.errors):
        print(f"{len(a.errors)} source(s) skipped or failed: see {out}/errors.csv", file=sys.stderr)
    return 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    if not args.stream:
        return _run_and_report(args, args.out)
    from .corpus import stream_corpus
    from .output import write_analysis

    stream = stream_corpus(args.paths, encoding=args.encoding, text_field=args.text_field, id_field=args.id_field)
    paths = write_analysis(stream, args.out, format=args.format, n_jobs=args.jobs, actors=_actors(args),
                           cues=load_cues(args.cues) if args.cues else None,
                           frames=load_lexicon(args.frames, extend=args.extend_frames) if args.frames else None,
                           stance=load_stance(args.stance) if args.stance else None, vader=args.vader)
    for item in stream.skipped:
        print(f"discourse: skipped {item.source}: {item.reason}", file=sys.stderr)
    print(f"Tables written to {args.out}/: {', '.join(p.name for p in paths.values())}")
    print("Per-actor summaries: discourse.read_analysis(DIR).by_actor()")
    return 0


def _cmd_figures(args: argparse.Namespace) -> int:
    if not args.paths:
        args.paths = ["seeds"]
    return _run_and_report(args, args.results, figures=args.out)


def _guess_kind(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".dic", ".json"):
        return "frames"
    try:
        data, _ = read_yaml(Path(path).read_text(encoding="utf-8-sig"), path)
    except (OSError, UnicodeDecodeError, LexiconError):
        return "frames"
    if isinstance(data, dict):
        for key, kind in (("actors", "actors"), ("verbs", "cues"), ("targets", "stance")):
            if key in data:
                return kind
    return "frames"


def _cmd_lexicon(args: argparse.Namespace) -> int:
    kind = args.kind or _guess_kind(args.file)
    if kind in ("actors", "cues"):
        lexicon = (load_actors if kind == "actors" else load_cues)(args.file, extend=args.extend)
        print(f"{args.file}: OK ({lexicon!r})")
        return 0
    problems = check_lexicon(args.file) if kind == "frames" else check_stance(args.file)
    for p in problems:
        print(p, file=sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    if errors:
        print(f"{args.file}: {errors} error(s), {len(problems) - errors} warning(s)", file=sys.stderr)
        return 2
    with warnings.catch_warnings():                  # the warnings were printed above
        warnings.simplefilter("ignore")
        lexicon = load_lexicon(args.file) if kind == "frames" else load_stance(args.file)
    print(f"{args.file}: OK ({lexicon!r}){f', {len(problems)} warning(s)' if problems else ''}")
    return 1 if problems else 0


_COMMANDS = {"quotes": _cmd_quotes, "actors": _cmd_actors, "analyze": _cmd_analyze, "kwic": _cmd_kwic,
             "figures": _cmd_figures, "lexicon": _cmd_lexicon}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``discourse`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    args.sources = {}                                    # document id -> file, filled as the corpus loads
    try:
        with _user_warnings(args.sources):
            return _COMMANDS[args.command](args)
    except DiscourseError as exc:
        print(f"discourse: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
