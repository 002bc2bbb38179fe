"""``--fix`` and ``--diff``: rewrite the text of findings that carry a replacement.

Only the bytes inside fixed findings change; the file keeps its encoding, BOM, line
endings, permissions, owner and group, and is replaced atomically (see :func:`write` for
links and read-only files).  Two fixes that overlap are both
skipped and reported (two rules asking for the same edit make one fix).  A finding whose text no longer matches the file (the file changed
since it was read) is skipped too, so fixing twice changes nothing the second time.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from corpuslint.model.findings import Finding
from corpuslint.printable import visible
from corpuslint.run.engine import content_digest
from corpuslint.store.atomic import write_atomic
from corpuslint.text.decoding import decode, encode


@dataclass
class FilePlan:
    path: Path
    display: str
    old: str = ""
    new: str = ""
    applied: list[Finding] = field(default_factory=list)
    overlapping: list[Finding] = field(default_factory=list)
    encoded: bytes = b""  # the new file content

    def diff(self) -> str:
        return "".join(difflib.unified_diff(
            self.old.splitlines(keepends=True), self.new.splitlines(keepends=True),
            f"a/{visible(self.display)}", f"b/{visible(self.display)}"))


def apply(text: str, findings: list[Finding]) -> tuple[str, list[Finding], list[Finding]]:
    """``text`` with the fixes applied, the findings applied, and those skipped for overlap."""
    candidates = sorted((f for f in findings if f.replacement is not None
                         and text[f.start:f.end] == f.text and f.replacement != f.text),
                        key=lambda f: (f.start, f.end))
    fixes, agreeing = [], []  # two rules asking for the same edit are one fix
    for f in candidates:
        same = fixes and (fixes[-1].start, fixes[-1].end, fixes[-1].replacement) == \
            (f.start, f.end, f.replacement)
        (agreeing if same else fixes).append(f)
    overlapping = set()
    for first, second in zip(fixes, fixes[1:]):
        if second.start < first.end:
            overlapping.update((id(first), id(second)))
    applied = [f for f in fixes if id(f) not in overlapping]
    pieces, pos = [], 0
    for f in applied:
        pieces += [text[pos:f.start], f.replacement]
        pos = f.end
    applied_spans = {(f.start, f.end) for f in applied}
    applied += [f for f in agreeing if (f.start, f.end) in applied_spans]
    pieces.append(text[pos:])
    return "".join(pieces), applied, [f for f in fixes if id(f) in overlapping]


class StaleFile(ValueError):
    """The file changed after it was linted; its findings no longer apply."""


def plan(path: Path, display: str, findings: list[Finding], digest: str = "") -> FilePlan:
    """What fixing ``findings`` would do to the file at ``path``.

    With ``digest`` (of the bytes that were linted), a file that has changed since is
    refused as a whole rather than patched with stale offsets.
    """
    data = path.read_bytes()
    if digest and content_digest(data) != digest:
        raise StaleFile("the file changed after it was linted; run corpuslint again")
    decoded = decode(data)
    result = FilePlan(path, display, old=decoded.text)
    result.new, result.applied, result.overlapping = apply(decoded.text, findings)
    result.encoded = encode(result.new, decoded) if result.applied else data
    return result


class FixRefused(ValueError):
    """The file system asks corpuslint to leave the file alone."""


def write(result: FilePlan) -> None:
    """Write the fixed file: through a symbolic link to its target, keeping owner, group
    and mode; a file or folder without write permission is refused, not overridden.

    A file with several hard links is written in place, so that every name stays the same
    file (the new content is complete before the write starts); any other file is replaced
    atomically.
    """
    if not result.applied:
        return
    real = result.path.resolve()
    info = real.stat()
    if not _may_write(real, info):
        raise FixRefused("the file is read-only")
    if info.st_nlink > 1:
        with open(real, "r+b") as handle:
            handle.write(result.encoded)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        return
    if not _may_write(real.parent, real.parent.stat()):
        raise FixRefused("its directory is read-only (the file is replaced by a rename)")
    try:
        write_atomic(real, result.encoded)
    except PermissionError:
        raise FixRefused(f"cannot keep the file's owner and group ({info.st_uid}:"
                         f"{info.st_gid}); run --fix as its owner") from None


def _may_write(path: Path, info: os.stat_result) -> bool:
    """Whether the user may write ``path`` by its permissions; for root, whether any write
    bit is set (root could override them, but a read-only file is a request)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return bool(info.st_mode & 0o222)
    return os.access(path, os.W_OK)
