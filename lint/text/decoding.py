"""Turn a file's bytes into text: BOMs, UTF-16, legacy 8-bit text and binary files."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class DecodeError(Exception):
    """The bytes are not text corpuslint can read."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""
    warning: str | None = None


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of byte ``offset``; lines end at CRLF, lone CR or LF, as in LineIndex."""
    crlf = data.count(b"\r\n", 0, offset)
    return data.count(b"\n", 0, offset) + data.count(b"\r", 0, offset) - crlf + 1


def decode(data: bytes) -> Decoded:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252 with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} text at byte {exc.start + len(bom)}") from None
    nul = data.find(b"\x00")  # anywhere, not only in the first block: text has no NUL
    if nul >= 0:
        raise DecodeError(f"binary file (NUL bytes, the first on line {_line_of(data, nul)}), "
                          "skipped")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        line = _line_of(data, exc.start)
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined
        text, encoding = data.decode("latin-1"), "latin-1"
    return Decoded(text, encoding, warning=(
        f"line {line}: not valid UTF-8 (byte {bad:#04x}); read as {encoding}"))


def encode(text: str, decoded: Decoded) -> bytes:
    """Encode text back the way it was read (same encoding and BOM)."""
    return decoded.bom + text.encode(decoded.encoding)
