"""The shared research corpora as documents: ids, texts and random draws.

Documents are named by id: ``bbc/<topic>/<nnn>.txt`` (the file as it is),
``reuters.jsonl#newid=N`` (a Reuters story's body, as the statistics development set
uses it) and ``reuters-story#newid=N`` (the whole story as a wire file would hold it:
the headline, a blank line, then the dateline running into the body).  Texts are read
from ``../shared/corpora``, never copied into this repository.

Draws are reproducible: :func:`draw` takes a seed and the ids to leave out (documents
already looked at), and every set records its seed and its draw.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpora(shared: Path = SHARED) -> Path:
    return shared / "corpora"


@lru_cache(maxsize=2)
def _reuters(shared: Path) -> dict[int, dict]:
    with open(corpora(shared) / "reuters.jsonl", encoding="utf-8") as handle:
        return {story["newid"]: story for story in map(json.loads, handle)}


def story_text(story: dict) -> str:
    """A Reuters story as a wire file: headline, blank line, dateline and body."""
    return f"{story['title']}\n\n{story['dateline']} {story['body']}"


def text_of(doc: str, shared: Path = SHARED) -> str:
    """The text of document ``doc`` (see the module's ids)."""
    if doc.startswith(("reuters.jsonl#newid=", "reuters-story#newid=")):
        story = _reuters(shared)[int(doc.split("newid=")[1])]
        return story["body"] if doc.startswith("reuters.jsonl") else story_text(story)
    return (corpora(shared) / doc).read_text(encoding="utf-8", errors="replace")


def bbc_ids(shared: Path = SHARED) -> list[str]:
    root = corpora(shared)
    return sorted(p.relative_to(root).as_posix() for p in (root / "bbc").glob("*/*.txt"))


def reuters_ids(shared: Path = SHARED, form: str = "reuters-story") -> list[str]:
    return [f"{form}#newid={newid}" for newid in sorted(_reuters(shared))]


def newid(doc: str) -> int | None:
    return int(doc.split("newid=")[1]) if "newid=" in doc else None


def same_document(doc: str) -> str:
    """One key for a document whatever form names it (body or whole story)."""
    return f"reuters#{newid(doc)}" if newid(doc) is not None else doc


def draw(ids: Iterable[str], count: int, seed: int, exclude: Iterable[str] = ()) -> list[str]:
    """``count`` ids drawn at random (``seed``) from ``ids``, none of ``exclude``."""
    left_out = {same_document(d) for d in exclude}
    pool = sorted(d for d in ids if same_document(d) not in left_out)
    return sorted(random.Random(seed).sample(pool, count))


def listed(path: Path) -> list[str]:
    """Document ids listed one per line (``#`` comments allowed)."""
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def iter_texts(docs: Iterable[str], shared: Path = SHARED) -> Iterator[tuple[str, str]]:
    for doc in docs:
        yield doc, text_of(doc, shared)
