"""Pull-request modes: --diff BASE on a real git repository, baselines, GitHub auto-format."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import write

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "t@example.invalid")
    git(tmp_path, "config", "user.name", "t")
    write(tmp_path / "old.md", "The brutal attack.\n")
    write(tmp_path / "story.md", "The brutal attack.\n\nA calm day.\n")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "base")
    git(tmp_path, "checkout", "-qb", "feature")
    return tmp_path


@needs_git
def test_diff_base_reports_only_added_or_modified_lines(cli, repo):
    write(repo / "story.md", "The brutal attack.\n\nA bleak, calm day.\n")
    write(repo / "new.md", "Their brave stand.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "change")
    result = cli("--diff", "main", "--format", "json", cwd=repo)
    found = sorted((d["path"], d["line"], d["text"]) for d in json.loads(result.out))
    assert found == [("new.md", 1, "brave"), ("story.md", 3, "bleak")]
    assert result.code == 1


@needs_git
def test_diff_base_includes_uncommitted_changes_and_limits_to_paths(cli, repo):
    write(repo / "story.md", "The brutal attack.\n\nA bleak day.\n")
    write(repo / "old.md", "The brutal attack. A bleak day.\n")
    out = cli("--diff", "main", "old.md", cwd=repo).out
    assert out.startswith("old.md:1:5: warning:") and "story.md" not in out


@needs_git
def test_missing_base_is_a_clear_usage_error(cli, repo):
    result = cli("--diff", "origin/nope", cwd=repo)
    assert result.code == 2
    assert result.err.startswith('corpuslint: error: --diff: base revision "origin/nope" not found')
    assert "Traceback" not in result.err


@needs_git
def test_diff_base_judges_names_against_the_whole_corpus(cli, repo):
    write(repo / "names.yaml", "rules:\n  - id: names.t\n    kind: variants\n    message: "
          "'\"{text}\" — {usage}'\n    groups: [{name: G, spellings: [Gaddafi, Qaddafi]}]\n")
    write(repo / ".corpuslint.yaml", "packs: [names.yaml]\nbuiltin: false\n")
    write(repo / "old.md", "Gaddafi spoke. Gaddafi left.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "names")
    git(repo, "checkout", "-qb", "pr")
    write(repo / "new.md", "Qaddafi arrived.\n")
    out = cli("--diff", "feature", cwd=repo).out
    assert out == 'new.md:1:1: warning: "Qaddafi" — the corpus uses "Gaddafi" (2x) and "Qaddafi" (1x) [names.t]\n'


def test_baseline_round_trip_survives_edits_above(cli, tmp_path):
    write(tmp_path / "a.md", "The brutal attack.\n\nA bleak day.\n")
    written = cli("--baseline", "base.json", "--write-baseline", "a.md", cwd=tmp_path)
    assert written.code == 0 and "wrote 2 findings" in written.err
    held = cli("--baseline", "base.json", "a.md", cwd=tmp_path)
    assert held.out == "" and held.err.endswith(
        "no findings in 1 file checked; 2 more in the baseline\n")
    write(tmp_path / "a.md", "A new first line.\n\nThe brutal attack.\n\nA bleak day. A brave act.\n")
    result = cli("--baseline", "base.json", "a.md", cwd=tmp_path)
    assert [line.split('"')[1] for line in result.out.splitlines()] == ["brave"]
    assert result.code == 1


def test_baseline_errors(cli, tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    assert cli("--baseline", "nope.json", "a.md", cwd=tmp_path).err == (
        "nope.json: error: baseline file not found (write one with --write-baseline)\n")
    write(tmp_path / "bad.json", "{}")
    assert "not a corpuslint baseline" in cli("--baseline", "bad.json", "a.md", cwd=tmp_path).err
    assert cli("--write-baseline", "a.md", cwd=tmp_path).code == 2


def test_github_format_is_chosen_in_github_actions(cli, tmp_path, monkeypatch):
    write(tmp_path / "a.md", "The brutal attack.\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert cli("a.md", cwd=tmp_path).out.startswith("::warning file=a.md,line=1,col=5,")
    assert cli("--format", "text", "a.md", cwd=tmp_path).out.startswith("a.md:1:5:")


@needs_git
def test_shallow_clone(cli, repo, tmp_path_factory):
    write(repo / "story.md", "The brutal attack.\n\nA bleak day.\n")
    git(repo, "commit", "-qam", "change")
    clone = tmp_path_factory.mktemp("shallow") / "c"
    subprocess.run(["git", "clone", "-q", "--depth=1", "--no-single-branch", f"file://{repo}",
                    str(clone)], check=True, capture_output=True)
    missing = cli("--diff", "main", cwd=clone)
    assert missing.code == 2 and 'base revision "main" not found' in missing.err
    assert "git fetch --depth=50 origin main:main" in missing.err
    out = cli("--diff", "origin/main", cwd=clone).out
    assert [line.split('"')[1] for line in out.splitlines()] == ["bleak"]


@needs_git
def test_a_shallow_clone_without_the_merge_base_says_so(cli, repo, tmp_path_factory):
    """Comparing with the base itself reports lines only the base branch changed: one note."""
    write(repo / "story.md", "The brutal attack.\n\nA bleak day.\n")
    git(repo, "commit", "-qam", "feature change")
    git(repo, "checkout", "-q", "main")
    write(repo / "old.md", "The brutal attack.\n\nTheir brave stand.\n")
    git(repo, "commit", "-qam", "main moves on")
    clone = tmp_path_factory.mktemp("shallow") / "c"
    subprocess.run(["git", "clone", "-q", "--depth=1", "--no-single-branch", "--branch",
                    "feature", f"file://{repo}", str(clone)], check=True, capture_output=True)
    result = cli("--diff", "origin/main", cwd=clone)
    notes = [line for line in result.err.splitlines() if line.startswith("note: --diff:")]
    assert len(notes) == 1 and "no common ancestor" in notes[0] and "--deepen" in notes[0]
    assert "bleak" in result.out  # the branch's own change is still reported


@needs_git
@pytest.mark.parametrize("name", ["with space.md", "é-story.md", 'quote"d.md'])
def test_diff_base_finds_files_whatever_their_names(cli, repo, name):
    write(repo / name, "A calm day.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "add")
    write(repo / name, "A calm day.\nA bleak day.\n")  # modified, tracked
    write(repo / f"new {name}", "Their brave stand.\n")  # untracked
    found = sorted((d["path"], d["line"], d["text"])
                   for d in json.loads(cli("--diff", "HEAD", "--format", "json", cwd=repo).out))
    assert found == sorted([(name, 2, "bleak"), (f"new {name}", 1, "brave")])


@needs_git
def test_diff_base_follows_a_renamed_and_edited_file(cli, repo):
    git(repo, "mv", "story.md", "renamed.md")
    write(repo / "renamed.md", "The brutal attack.\n\nA bleak, calm day.\n")
    git(repo, "commit", "-qam", "rename")
    out = cli("--diff", "main", cwd=repo).out
    assert out.startswith("renamed.md:3:3: warning:") and "brutal" not in out


@needs_git
@pytest.mark.parametrize("setting", ["diff.noprefix", "diff.mnemonicPrefix"])
def test_diff_base_ignores_the_users_prefix_settings(cli, repo, setting):
    git(repo, "config", setting, "true")
    write(repo / "story.md", "The brutal attack.\n\nA bleak day.\n")
    assert cli("--diff", "HEAD", cwd=repo).out.startswith("story.md:3:3: warning:")


def test_git_quoted_names_are_unquoted():
    from corpuslint.run.gitdiff import parse, unquote

    assert unquote(r"a\"b\\c\tz\303\251.md") == 'a"b\\c\tzé.md'
    diff = '+++ "b/x\\"y.md"\n@@ -0,0 +1,2 @@\n+++ b/a b.md\t\n@@ -3 +3 @@\n'
    assert parse(diff) == {'x"y.md': {1, 2}, "a b.md": {3}}
