"""Matches of a regex whose every match opens with one of a few known characters.

``re`` tries a pattern at every offset of the text unless it can tell which characters a
match starts with, and it cannot for a pattern opening with a group of alternatives.
:class:`Scanner` looks for the opening characters with a one-character class, which
``re`` skips ahead to quickly, and tries the full pattern only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class Scanner:
    """``pattern.finditer`` for a pattern that never matches the empty string and whose
    matches all open with a character of ``openers`` (the body of a character class)."""

    def __init__(self, pattern: re.Pattern, openers: str) -> None:
        self.pattern = pattern
        self._opener = re.compile(f"[{openers}]")

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        """The matches of the pattern in ``text[start:end]``, as ``pattern.finditer`` finds them."""
        end = len(text) if end is None else end
        search, match = self._opener.search, self.pattern.match
        pos = start
        while True:
            opener = search(text, pos, end)
            if opener is None:
                return
            found = match(text, opener.start(), end)
            if found is None:
                pos = opener.start() + 1
            else:
                yield found
                pos = found.end()
