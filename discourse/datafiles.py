"""Reading YAML data files (lexicons, metadata) safely, with line numbers.

PyYAML's ``safe_load`` forgets where each value came from and silently keeps
the last of two duplicate keys. :func:`read_yaml` composes the document with
the safe loader, rejects duplicate keys, and returns the data together with a
:class:`LineMap` so that validation errors can name the line.

Packaged data (the default lexicons) is read with :mod:`importlib.resources`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from collections.abc import Mapping
from typing import Any, Union

import yaml

from .errors import LexiconError

__all__ = ["LineMap", "read_yaml", "read_yaml_source", "packaged_path", "packaged_text"]

_PACKAGE = "discourse.lexicons"


@dataclass(frozen=True)
class LineMap:
    """Line numbers (1-based) of the values of a YAML document, by key path.

    ``lines.of(("actors", 3, "aliases"))`` is the line of the ``aliases`` value
    of the fourth actor; a missing path falls back to its nearest parent.
    """

    lines: dict[tuple, int] = field(default_factory=dict)

    def of(self, path: tuple) -> int | None:
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]


def packaged_path(name: str) -> str:
    """A display path for a packaged data file, used in error messages."""
    return f"<discourse>/lexicons/{name}"


def packaged_text(name: str) -> str:
    """The text of a data file shipped in ``discourse/lexicons``."""
    return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def read_yaml(text: str, path: str | Path) -> tuple[Any, LineMap]:
    """Parse YAML ``text`` (read from ``path``) safely, keeping line numbers.

    Raises
    ------
    LexiconError
        On a YAML syntax error, a duplicate key, or a tag that safe loading
        does not allow; the message names ``path`` and the line.
    """
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise LexiconError(path, mark.line + 1 if mark else None,
                           f"not valid YAML: {exc.problem or exc}; check indentation, colons and quotes") from None
    except yaml.YAMLError as exc:
        raise LexiconError(path, None, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}
    if node is None:
        return None, LineMap(lines)
    data = _build(node, (), lines, path)
    return data, LineMap(lines)


def _build(node: yaml.Node, at: tuple, lines: dict[tuple, int], path) -> Any:
    lines[at] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(key_node, at + ("<key>",), {}, path)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise LexiconError(path, key_node.start_mark.line + 1, "a mapping key must be plain text")
            if key in out:
                raise LexiconError(path, key_node.start_mark.line + 1,
                                   f"duplicate key {key!r} (first on line {lines[at + (key,)]}); "
                                   "merge the two entries into one")
            lines[at + (key,)] = key_node.start_mark.line + 1
            out[key] = _build(value_node, at + (key,), lines, path)
            lines[at + (key,)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, at + (i,), lines, path) for i, item in enumerate(node.value)]
    return _scalar(node, path)


def _scalar(node: yaml.Node, path) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or exc
        raise LexiconError(path, node.start_mark.line + 1,
                           f"value not allowed ({problem}); lexicons hold plain text, numbers and lists") from None
    except ValueError as exc:           # a timestamp-shaped value that is no date: "2024-13-01"
        raise LexiconError(path, node.start_mark.line + 1,
                           f"{node.value!r} is not a date ({exc}); write dates as YYYY-MM-DD") from None
    finally:
        loader.dispose()


def read_yaml_source(path: Union[str, Path, Mapping]) -> tuple[Any, LineMap, str]:
    """``(data, lines, source)`` of a YAML lexicon given as a file path or an in-memory mapping.

    Raises
    ------
    LexiconError
        When the file is missing, a folder, not UTF-8, or not valid YAML.
    """
    if isinstance(path, Mapping):
        return dict(path), LineMap(), "<mapping>"
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LexiconError(source, None, "no such file; check the path") from None
    except IsADirectoryError:
        raise LexiconError(source, None, "is a folder; give a lexicon file") from None
    except UnicodeDecodeError:
        raise LexiconError(source, None, "not UTF-8 text; save the lexicon as UTF-8") from None
    data, lines = read_yaml(text, source)
    return data, lines, source
