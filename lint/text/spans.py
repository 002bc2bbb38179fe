"""Sorted, non-overlapping offset spans with fast membership tests."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

Span = tuple[int, int]


def line_spans(text: str, start: int, end: int) -> Iterator[Span]:
    """The lines of ``text[start:end]`` (line breaks normalised to ``\\n``) as spans without
    their line breaks."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        yield pos, stop
        pos = stop + 1


class SpanSet:
    """A set of half-open spans, merged and sorted."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[1] > s[0]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.spans: list[Span] = [(s, e) for s, e in merged]
        self._starts = [s for s, _ in self.spans]

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def containing(self, offset: int) -> Span | None:
        """The span that contains ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one span."""
        span = self.containing(start)
        return span is not None and end <= span[1]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        return i >= 0 and self.spans[i][1] > start and self.spans[i][0] < end
