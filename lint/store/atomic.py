"""Replace a file's content atomically: a temporary file beside it, then a rename.

A crash or an interrupt leaves either the old file or the new one, never half of one.
The file's permission bits, owner and group are kept (a run as root never hands another
user's file to root); when the owner cannot be kept, the file is left as it was and the
``PermissionError`` says why.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    try:
        info = path.stat()
        mode, owner = stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid)
    except FileNotFoundError:  # a new file gets the usual mode under the current umask
        umask = os.umask(0)
        os.umask(umask)
        mode, owner = 0o666 & ~umask, None
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            made = os.fstat(out.fileno())
        if owner is not None and owner != (made.st_uid, made.st_gid):
            os.chown(temp, *owner)
        os.chmod(temp, mode)  # after chown, which may clear set-id bits
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
