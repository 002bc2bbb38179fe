"""--fix never loses a byte: overlaps skipped and reported, atomic replace, crash-safe."""

from __future__ import annotations

import os

import pytest

from conftest import write
from corpuslint.model.findings import Finding, Severity
from corpuslint.run import fixer
from corpuslint.store import atomic

PACK = """\
rules:
  - id: names.t
    kind: variants
    message: '"{text}" — {usage}'
    groups: [{name: G, spellings: [Gaddafi, Qaddafi]}]
"""


def finding(text: str, start: int, end: int, replacement: str, rule: str = "x.y") -> Finding:
    return Finding("a.md", 1, start + 1, 1, end + 1, rule, Severity.WARNING, "m",
                   text[start:end], (), start, end, replacement)


def test_overlapping_fixes_are_both_skipped():
    text = "abcdef"
    first, second = finding(text, 0, 3, "X"), finding(text, 2, 5, "Y")
    apart = finding(text, 5, 6, "Z")
    new, applied, overlapping = fixer.apply(text, [first, second, apart])
    assert new == "abcdeZ" and applied == [apart] and set(map(id, overlapping)) == {id(first), id(second)}


def test_stale_findings_are_not_applied():
    stale = finding("Gaddafi", 0, 7, "Qaddafi")
    new, applied, _ = fixer.apply("Kaddafi", [stale])
    assert new == "Kaddafi" and applied == []


def test_conflicting_fixes_are_reported_and_agreeing_ones_applied(cli, tmp_path):
    house = PACK.replace("rules:\n", "").replace("names.t", "names.u").replace(
        "[Gaddafi, Qaddafi]}]", "[Gaddafi, Qaddafi], canonical: Kaddafi}]")
    write(tmp_path / "p.yaml", PACK + house)
    write(tmp_path / "a.md", "Gaddafi, Gaddafi, Qaddafi.\n")
    result = cli("--pack", "p.yaml", "--select", "names.t,names.u", "--fix", "a.md", cwd=tmp_path)
    assert "a.md:1: warning: overlapping fixes not applied (names.t)" in result.err
    assert (tmp_path / "a.md").read_text() == "Kaddafi, Kaddafi, Qaddafi.\n"
    write(tmp_path / "p.yaml", PACK + PACK.replace("rules:\n", "").replace("names.t", "names.v"))
    write(tmp_path / "b.md", "Gaddafi, Gaddafi, Qaddafi.\n")
    agreed = cli("--pack", "p.yaml", "--select", "names.t,names.v", "--fix", "b.md", cwd=tmp_path)
    assert "overlapping" not in agreed.err
    assert (tmp_path / "b.md").read_text() == "Gaddafi, Gaddafi, Gaddafi.\n"


def test_a_crash_while_writing_leaves_the_original(tmp_path, monkeypatch):
    target = write(tmp_path / "a.md", "Original text.\n")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic.write_atomic(target, b"New text.\n")
    assert target.read_text() == "Original text.\n"
    assert os.listdir(tmp_path) == ["a.md"]  # no temporary file left behind


def test_fix_keeps_encoding_bom_and_line_endings(cli, tmp_path):
    write(tmp_path / "p.yaml", PACK)
    data = "\ufeffGaddafi\r\nGaddafi\r\nQaddafi — £5\r\n".encode("utf-8")
    (tmp_path / "a.md").write_bytes(data)
    cli("--pack", "p.yaml", "--select", "names.t", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_bytes() == data.replace(b"Qaddafi", b"Gaddafi")
    latin = "Gaddafi\nGaddafi\nQaddafi costs \xa35\n".encode("cp1252")
    (tmp_path / "b.md").write_bytes(latin)
    cli("--pack", "p.yaml", "--select", "names.t", "--fix", "b.md", cwd=tmp_path)
    assert (tmp_path / "b.md").read_bytes() == latin.replace(b"Qaddafi", b"Gaddafi")


# --- the file system's say -----------------------------------------------------------------

QADDAFI = "Gaddafi spoke. Gaddafi left. Qaddafi came back.\n"
FIXED = QADDAFI.replace("Qaddafi", "Gaddafi")


def fix(cli, root, *paths):
    return cli("--pack", "p.yaml", "--select", "names.t", "--no-cache", "--fix", *paths, cwd=root)


@pytest.fixture
def corpus(tmp_path):
    write(tmp_path / "p.yaml", PACK)
    return tmp_path


def test_a_symbolic_link_is_fixed_through_once_and_stays_a_link(cli, corpus):
    target = write(corpus / "real" / "story.md", QADDAFI)
    (corpus / "link.md").symlink_to("real/story.md")
    result = fix(cli, corpus, "link.md", "real/story.md")
    assert (corpus / "link.md").is_symlink() and os.readlink(corpus / "link.md") == "real/story.md"
    assert target.read_text() == FIXED
    assert result.err.count("fixed 1 finding") == 1 and result.code == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving a file to another user needs root")
def test_owner_group_and_mode_survive_a_fix_as_root(cli, corpus):
    story = write(corpus / "a.md", QADDAFI)
    os.chown(story, 1234, 5678)
    story.chmod(0o640)
    assert fix(cli, corpus, "a.md").code == 0
    info = story.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (1234, 5678, 0o640)
    assert story.read_text() == FIXED


def test_a_read_only_file_is_not_rewritten(cli, corpus):
    story = write(corpus / "a.md", QADDAFI)
    story.chmod(0o444)
    result = fix(cli, corpus, "a.md")
    assert result.code == 2 and story.read_text() == QADDAFI
    assert "a.md: error: not fixed: the file is read-only\n" in result.err
    assert "Qaddafi" in result.out  # still reported


def test_a_file_in_a_read_only_folder_is_not_replaced(cli, corpus):
    story = write(corpus / "locked" / "a.md", QADDAFI)
    (corpus / "locked").chmod(0o555)
    try:
        result = fix(cli, corpus, "locked/a.md")
    finally:
        (corpus / "locked").chmod(0o755)
    assert result.code == 2 and story.read_text() == QADDAFI
    assert "locked/a.md: error: not fixed: its directory is read-only" in result.err


def test_hard_links_stay_one_file(cli, corpus):
    story = write(corpus / "a.md", QADDAFI)
    os.link(story, corpus / "b.txt")
    assert fix(cli, corpus, "a.md").code == 0
    assert (corpus / "b.txt").read_text() == FIXED
    assert os.path.samefile(story, corpus / "b.txt")
