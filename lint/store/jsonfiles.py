"""JSON entries under the cache directory: written atomically, read back or ignored.

A cache that cannot be written only costs time, and a damaged or unreadable entry is a
miss, never an error.  The cache directory carries a ``.gitignore`` of its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from corpuslint.store.atomic import write_atomic


def read_json(path: Path | None) -> Any:
    """The entry at ``path``, or None when there is none or it cannot be read."""
    if path is None or not path.is_file():
        return None
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path | None, value: Any, root: Path) -> None:
    """Write ``value`` to ``path`` (inside the cache directory ``root``), atomically."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = root / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n")
        write_atomic(path, json.dumps(value, separators=(",", ":")).encode())
    except OSError:
        pass


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any, **options: Any) -> str:
    """JSON that keeps non-ASCII text as it is yet encodes as UTF-8: a surrogate (a byte
    of a file name that was not UTF-8) is written as its ``\\udcXX`` escape, which reads
    back as the same string."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes ("" when it cannot be read)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
