"""The pre-commit hook this repository exposes, run in a temporary article repository.

The hook definition is read from .pre-commit-hooks.yaml; the already-installed corpuslint
stands in for the environment pre-commit would build (``language: system``), so the run
needs no network while pre-commit still filters files by type and judges the exit status.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import ROOT, write

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _hook_config() -> str:
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = dict(next(h for h in hooks if h["id"] == "corpuslint"))
    hook["language"] = "system"
    lines = ["repos:", "  - repo: local", "    hooks:", f"      - id: {hook['id']}",
             f"        name: {hook['name']}", f"        entry: {hook['entry']}",
             "        language: system", f"        types_or: {hook['types_or']}",
             f"        require_serial: {str(hook['require_serial']).lower()}"]
    return "\n".join(lines) + "\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _pre_commit(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pc-home"),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo,
                          env=env, capture_output=True, text=True)


@pytest.fixture
def article_repo(tmp_path):
    pytest.importorskip("pre_commit")
    repo = tmp_path / "articles"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    write(repo / ".pre-commit-config.yaml", _hook_config())
    write(repo / "clean.md", "Police said the road was closed.\n")
    write(repo / "notes.rst", "A brutal day, but not an article type the hook lints.\n")
    return repo


@pytest.mark.slow
def test_hook_passes_on_clean_articles_and_fails_on_a_finding(article_repo, tmp_path):
    _git(article_repo, "add", "-A")
    passed = _pre_commit(article_repo, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    write(article_repo / "news" / "iran.md", "The brutal attack.\n")
    _git(article_repo, "add", "-A")
    failed = _pre_commit(article_repo, tmp_path)
    assert failed.returncode == 1
    assert "news/iran.md:1:5: warning:" in failed.stdout
    assert "notes.rst" not in failed.stdout


def _head(repo: Path) -> str | None:
    proc = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else None


@pytest.mark.slow
def test_the_readme_snippet_with_one_changed_file(tmp_path):
    """The README's snippet, copied: this repository at a full commit id, a real hook
    environment built by pre-commit, and ``pre-commit run --files`` on the one article a
    commit changes — judged against the rest of the repository."""
    pytest.importorskip("pre_commit")
    commit = _head(ROOT)
    if commit is None:
        pytest.skip("this copy of corpuslint is not a git repository")
    repo = tmp_path / "articles"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    snippet = (ROOT / "README.md").read_text().split("```yaml\nrepos:\n", 1)[1].split("```")[0]
    config = "repos:\n" + snippet.replace(
        "https://github.com/OWNER/corpuslint", ROOT.as_uri()).replace("FULL_COMMIT_ID", commit)
    write(repo / ".pre-commit-config.yaml", config)
    for i in range(4):
        write(repo / "news" / f"{i}.md", "Muammar Gaddafi spoke in Tripoli.\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "articles")
    write(repo / "news" / "new.md", "Muammar Qaddafi spoke again.\n")
    _git(repo, "add", "-A")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pc-home"),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--files",
                             "news/new.md"], cwd=repo, env=env, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 1, result.stdout + result.stderr
    assert ('news/new.md:1:9: warning: "Qaddafi" — the corpus uses "Gaddafi" (4x) and '
            '"Qaddafi" (1x) [names.transliteration]') in result.stdout
