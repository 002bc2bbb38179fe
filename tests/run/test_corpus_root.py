"""The corpus is the repository, not the files named; the nearest configuration applies."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import write

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
GADDAFI = "Gaddafi spoke in Tripoli.\n"


def git_repo(root):
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    return root


def names(out: str) -> list[str]:
    return [line for line in out.splitlines() if "[names." in line]


@needs_git
def test_one_file_is_judged_against_the_whole_work_tree(cli, tmp_path):
    git_repo(tmp_path)
    for i in range(4):
        write(tmp_path / "news" / f"{i}.md", GADDAFI)
    write(tmp_path / "news" / "x.md", "Qaddafi spoke.\n")
    result = cli("news/x.md", "--select", "names", cwd=tmp_path)
    assert names(result.out) == ['news/x.md:1:1: warning: "Qaddafi" — the corpus uses "Gaddafi" '
                                 '(4x) and "Qaddafi" (1x) [names.transliteration]']
    assert "note:" not in result.err
    # from a subfolder too: the work tree is the corpus, wherever the command runs
    assert names(cli("x.md", "--select", "names", cwd=tmp_path / "news").out)


def test_without_git_or_configuration_the_files_named_and_a_note(cli, tmp_path):
    for i in range(4):
        write(tmp_path / "news" / f"{i}.md", GADDAFI)
    write(tmp_path / "news" / "x.md", "Qaddafi spoke.\n")
    result = cli("news/x.md", "--select", "names", cwd=tmp_path)
    assert result.out == "" and result.code == 0
    assert result.err.splitlines()[0] == ("note: names and dates judged on the 1 file given; "
                                          "add .corpuslint.yaml at the corpus root")
    assert "note:" not in cli("news/x.md", "--select", "loaded", cwd=tmp_path).err
    assert "note:" not in cli("news", "--select", "names", cwd=tmp_path).err  # a folder is one
    assert "note:" not in cli("-q", "news/x.md", "--select", "names", cwd=tmp_path).err
    write(tmp_path / ".corpuslint.yaml", "builtin: true\n")
    assert names(cli("news/x.md", "--select", "names", cwd=tmp_path).out)


def test_the_nearest_configuration_applies_not_the_working_directorys(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: error\n")
    write(tmp_path / "content" / ".corpuslint.yaml", "rules:\n  loaded.emotive: info\n")
    write(tmp_path / "content" / "a.md", "A brutal day.\n")
    write(tmp_path / "b.md", "A brutal day.\n")
    result = cli("content/a.md", "b.md", "--select", "loaded.emotive", cwd=tmp_path)
    assert [line.split(": ")[:2] for line in result.out.splitlines()] == [
        ["b.md:1:3", "error"], ["content/a.md:1:3", "info"]]
    assert result.code == 1


def test_each_configuration_judges_its_own_corpus(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "builtin: true\n")
    for i in range(3):
        write(tmp_path / "news" / f"{i}.md", GADDAFI)
    write(tmp_path / "wire" / ".corpuslint.yaml", "builtin: true\n")
    for i in range(3):
        write(tmp_path / "wire" / f"{i}.txt", "Qaddafi said so.\n")
    write(tmp_path / "wire" / "z.txt", "Gaddafi said so.\n")
    found = names(cli("--select", "names", ".", cwd=tmp_path).out)
    # the wire folder writes Qaddafi: its one Gaddafi is the odd one out, not the reverse
    assert found == ['wire/z.txt:1:1: warning: "Gaddafi" — the corpus uses "Qaddafi" (3x) and '
                     '"Gaddafi" (1x) [names.transliteration]']
    # the news corpus alone, named file by file: still judged against its own folder only
    assert names(cli("--select", "names", "news/0.md", cwd=tmp_path).out) == []


def test_overrides_per_folder(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", """\
overrides:
  - files: ["features/**"]
    rules: {loaded: off, loaded.emotive: info}
  - files: ["news/wire-*.md"]
    rules: {loaded.pejorative: off}
""")
    text = "A brutal, very bleak day, the regime said.\n"
    for name in ("features/col.md", "news/wire-1.md", "news/story.md"):
        write(tmp_path / name, text)
    found = {(line.split(":")[0], line.rsplit("[", 1)[1].rstrip("]"), line.split(": ")[1])
             for line in cli("--select", "loaded", ".", cwd=tmp_path).out.splitlines()}
    assert ("features/col.md", "loaded.emotive", "info") in found
    assert not {f for f in found if f[0] == "features/col.md" and f[1] != "loaded.emotive"}
    assert ("news/story.md", "loaded.pejorative", "info") in found
    assert not {f for f in found if f[0] == "news/wire-1.md" and f[1] == "loaded.pejorative"}
    assert ("news/wire-1.md", "loaded.emotive", "warning") in found


def test_the_register_of_a_folder_or_front_matter(cli, tmp_path):
    """Opinion and review copy uses evaluative words by design: the pack's registers turn
    emotive words off there (or down to info in sport); a configuration can turn that off."""
    text = "A brutal, bleak day for the town.\n"
    write(tmp_path / "opinion" / "col.md", text)
    write(tmp_path / "news" / "match.md", "---\nsection: Sport\n---\n" + text)
    write(tmp_path / "news" / "story.md", text)
    found = {(line.split(":")[0], line.split(": ")[1])
             for line in cli("--select", "loaded.emotive", ".", cwd=tmp_path).out.splitlines()}
    assert found == {("news/story.md", "warning"), ("news/match.md", "info")}
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: {registers: {}}\n")
    found = {line.split(":")[0]
             for line in cli("--select", "loaded.emotive", ".", cwd=tmp_path).out.splitlines()}
    assert found == {"opinion/col.md", "news/match.md", "news/story.md"}
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: {registers: {poetry: off}}\n")
    result = cli(".", cwd=tmp_path)
    assert result.code == 2 and 'unknown register "poetry"' in result.err
    assert "match-report" in result.err  # the qualifier is listed among the known names


def test_wire_copy_is_told_by_its_dateline(cli, tmp_path):
    """Emotive words measured under 0.7 on wire stories, so a story that opens with a wire
    dateline gets them as info; the same words in a story without one stay warnings."""
    body = "The devastating floods destroyed 300 homes.\n"
    write(tmp_path / "wire.txt", "FLOODS HIT TOWN\n\nLONDON, March 3 - " + body)
    write(tmp_path / "story.txt", "Floods hit town\n\n" + body)
    found = {(line.split(":")[0], line.split(": ")[1])
             for line in cli("--select", "loaded.emotive", ".", cwd=tmp_path).out.splitlines()}
    assert found == {("wire.txt", "info"), ("story.txt", "warning")}


@pytest.mark.parametrize(("overrides", "says"), [
    ("overrides: {files: x}\n", '"overrides" must be a list of {files, rules}'),
    ("overrides:\n  - {files: [x]}\n", 'each of "overrides" needs "files" and "rules"'),
    ("overrides:\n  - {files: [x], rules: {loaded: loud}}\n",
     "override of loaded must be off or a severity"),
])
def test_overrides_are_validated(cli, tmp_path, overrides, says):
    write(tmp_path / ".corpuslint.yaml", overrides)
    write(tmp_path / "a.md", "Text.\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and says in result.err and result.err.startswith(".corpuslint.yaml:")
