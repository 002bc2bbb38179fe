"""First-pass results parked on disk between the two passes, so memory stays flat.

No file can be judged before every file's summary has been folded into the corpus-wide
state, so the first-pass results wait: the first ``IN_MEMORY`` in memory (a pre-commit
run never touches the disk), the rest in an anonymous temporary file (removed when
closed, or by the system if the process dies), pickled one after another.  They are
read back once, in the same order, for the second pass.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from typing import IO

from corpuslint.model.findings import FileResult

IN_MEMORY = 500  # results kept in memory before the rest go to disk (a few MB)
BUFFER = 1 << 20


class Parking:
    """Append results while the first pass runs; iterate them once afterwards."""

    def __init__(self, in_memory: int | None = None) -> None:
        self.in_memory = IN_MEMORY if in_memory is None else in_memory
        self.held: list[FileResult] = []
        self.file: IO[bytes] | None = None
        self.parked = 0

    def write(self, result: FileResult) -> None:
        if len(self.held) < self.in_memory:
            self.held.append(result)
            return
        if self.file is None:
            self.file = tempfile.TemporaryFile(buffering=BUFFER, prefix="corpuslint-")
        pickle.dump(result, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.parked += 1

    def __iter__(self) -> Iterator[FileResult]:
        held, self.held = self.held[::-1], []
        while held:
            yield held.pop()  # each result is let go once judged
        if self.file is None:
            return
        self.file.seek(0)
        try:
            for _ in range(self.parked):
                yield pickle.load(self.file)
        finally:
            self.file.close()
