"""Shared fixtures: running the CLI in-process and locating the shared corpora."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpuslint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("CORPUSLINT_SHARED", ROOT.parent / "shared"))


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch):
    """Run ``corpuslint ARGS`` in-process; returns exit code, stdout and stderr."""

    def run(*args: str, cwd: Path | None = None, stdin: bytes = b"") -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def shared() -> Path:
    """The shared corpora folder; tests that need it skip when it is absent."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {SHARED}")
    return SHARED


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_from(tmp_path: Path, pack: str) -> list:
    """The rules of a pack written from ``pack`` (YAML text), validated as a run would."""
    from corpuslint.config import Config
    from corpuslint.packs.ruleset import build_rules

    path = write(tmp_path / "pack.yaml", pack)
    return build_rules(Config(root=tmp_path, builtin=False, packs=[path]))


def lint_with(rules, text: str, path: str = "a.md"):
    """Both passes of ``rules`` over one document; returns its FileResult."""
    from corpuslint.run.engine import Linter

    return Linter(rules).lint_text(path, text)


SMALL_PACK = """\
rules:
  - id: names.test
    kind: variants
    message: '"{text}" — {usage}'
    groups:
      - name: Muammar Gaddafi
        spellings: [Gaddafi, Qaddafi]
  - id: loaded.test
    kind: lexicon
    message: '"{text}" is loaded'
    entries:
      - term: brutal
"""


def small_corpus(root: Path, config: str = "") -> Path:
    """Two articles, one corpus-wide and one per-file rule, and a configuration using them."""
    write(root / "rules.yaml", SMALL_PACK)
    write(root / ".corpuslint.yaml", "packs: [rules.yaml]\nbuiltin: false\n" + config)
    write(root / "a.md", "Gaddafi spoke. Gaddafi left. A brutal day.\n")
    write(root / "b.md", "Qaddafi's son met Gaddafi.\n")
    return root
