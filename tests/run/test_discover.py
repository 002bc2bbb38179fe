"""File discovery: include globs, hidden directories, .gitignore and exclude."""

from __future__ import annotations

from conftest import write


def linted(cli, cwd, *args) -> list[str]:
    result = cli("--format", "json", *args, cwd=cwd)
    return sorted({line.split('"path": "')[1].split('"')[0]
                   for line in result.out.splitlines() if '"path"' in line})


def test_default_globs_hidden_dirs_and_gitignore(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    for name in ("a.md", "b.markdown", "c.txt", "d.rst", ".hidden/e.md", "sub/f.md",
                 "drafts/g.md", "sub/ignored.md"):
        write(tmp_path / name, "A brutal day.\n")
    write(tmp_path / ".gitignore", "drafts/\n")
    write(tmp_path / "sub" / ".gitignore", "ignored.md\n")
    assert linted(cli, tmp_path, ".") == ["a.md", "b.markdown", "c.txt", "sub/f.md"]


def test_gitignore_of_repository_parent_applies_to_subdirectory(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "articles/old/\n")
    write(tmp_path / "articles" / "old" / "a.md", "A brutal day.\n")
    write(tmp_path / "articles" / "new" / "b.md", "A brutal day.\n")
    assert linted(cli, tmp_path, "articles") == ["articles/new/b.md"]


def test_include_and_exclude_from_config(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "include: ['*.rst']\nexclude: ['old/**']\n")
    for name in ("a.rst", "a.md", "old/b.rst"):
        write(tmp_path / name, "A brutal day.\n")
    assert linted(cli, tmp_path, ".") == ["a.rst"]


def test_explicit_files_ignore_globs_but_honour_exclude(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "exclude: ['old/**']\n")
    write(tmp_path / "notes.rst", "A brutal day.\n")
    write(tmp_path / "old" / "x.md", "A brutal day.\n")
    assert linted(cli, tmp_path, "notes.rst", "old/x.md") == ["notes.rst"]


def test_a_tree_deeper_than_the_recursion_limit_is_walked(cli, tmp_path):
    import sys

    deep = tmp_path
    for _ in range(sys.getrecursionlimit() + 50):  # os.makedirs itself would recurse too deep
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.md").write_text("A brutal day.\n")
    try:
        result = cli("--select", "loaded.emotive", "--no-cache", ".", cwd=tmp_path)
    finally:  # pytest's own clean-up would recurse too deep: remove the tree bottom up
        (deep / "a.md").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent
    assert result.code == 1 and result.out.count("brutal") == 1
