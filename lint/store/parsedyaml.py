"""Parsed YAML kept in the cache directory, positions and all (see ``keep_parsed``)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from corpuslint.store.jsonfiles import read_json, write_json
from corpuslint.text.yamlsource import YMap, YSeq


def _encode(value: Any) -> Any:
    """JSON for parsed YAML, positions kept: containers become tagged lists."""
    if isinstance(value, YMap):
        return ["m", list(value.pos),
                [[k, list(value.key_pos.get(k, value.pos)), _encode(v)] for k, v in value.items()]]
    if isinstance(value, YSeq):
        return ["s", list(value.pos), [list(p) for p in value.item_pos],
                [_encode(v) for v in value]]
    return value


def _decode(value: Any) -> Any:
    if not isinstance(value, list):
        return value
    if value[0] == "m":
        mapping = YMap((k, _decode(v)) for k, _, v in value[2])
        mapping.pos = tuple(value[1])
        mapping.key_pos = {k: tuple(p) for k, p, _ in value[2]}
        return mapping
    seq = YSeq(_decode(v) for v in value[3])
    seq.pos, seq.item_pos = tuple(value[1]), [tuple(p) for p in value[2]]
    return seq


class ParsedYaml:
    """Parsed YAML by content hash in ``DIR/yaml/``, so packs are not re-parsed on every run.

    Parsing a large pack costs more than linting a file; a pre-commit run reads the
    built-in packs from here instead.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, data: bytes) -> Path:
        key = hashlib.sha256(b"yaml-1\0" + data).hexdigest()
        return self.directory / "yaml" / f"{key}.json"

    def get(self, data: bytes) -> Any:
        entry = read_json(self._path(data))
        try:
            return None if entry is None else _decode(entry)
        except (IndexError, TypeError, ValueError):
            return None

    def put(self, data: bytes, value: Any) -> None:
        write_json(self._path(data), _encode(value), self.directory)
