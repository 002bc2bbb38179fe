"""Map character offsets to 1-based (line, column) pairs.

Lines end at ``\\r\\n``, ``\\r`` or ``\\n``; columns count Unicode code points.
"""

from __future__ import annotations

import bisect
import re

_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column of ``offset`` (``offset == len(text)`` is allowed)."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} outside 0..{self.length}")
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of the start of ``line`` and of the start of the next line."""
        end = self.starts[line] if line < len(self.starts) else self.length
        return self.starts[line - 1], end
