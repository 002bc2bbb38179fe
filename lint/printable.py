"""Names and text from files, printed so that they can be read but never obeyed.

A file name may hold a line break, a terminal escape or bytes that are not UTF-8 (kept by
Python as surrogate escapes), and an article may hold control characters.  Printed as
they are, they could start a forged finding line, recolour or rewrite a terminal, or
crash the writer.  :func:`visible` escapes them the way Python writes them (``\\n``,
``\\x1b``; an undecodable byte as ``\\xff``); :func:`shown_path` also keeps a path from
opening a line with ``::``, which GitHub Actions reads as a workflow command.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the surrogates
# that stand for bytes which were not UTF-8
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for one byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character and undecodable byte escaped visibly."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def shown_path(path: str) -> str:
    """A path as printed at the start of a line: visible, and never ``::`` first."""
    shown = visible(path)
    return "./" + shown if shown.startswith("::") else shown


_BYTES = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> str:
    """``text`` encodable as UTF-8: undecodable bytes escaped visibly, all else kept (for
    formats such as JSON that escape control characters themselves)."""
    return _BYTES.sub(_escape, text) if _BYTES.search(text) else text
