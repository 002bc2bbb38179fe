"""Inline disable/enable directives in Markdown and plain text, handled centrally."""

from __future__ import annotations

import pytest

from conftest import write

ARTICLE_MD = """\
The brutal attack.
<!-- corpuslint disable loaded.emotive -->
A brutal day and a bleak night, with brave men.
<!-- corpuslint enable -->
Another brutal day.
<!-- corpuslint disable-next-line loaded -->
The brutal regime.
The bleak regime.
"""


def flagged(cli, cwd, *args: str) -> list[tuple[int, str]]:
    out = cli("--format", "text", *args, cwd=cwd).out
    return [(int(line.split(":")[1]), line.split('"')[1]) for line in out.splitlines()]


def test_markdown_directives(cli, tmp_path):
    write(tmp_path / "a.md", ARTICLE_MD)
    assert flagged(cli, tmp_path, "--select", "loaded", "a.md") == [
        (1, "brutal"), (3, "brave"), (5, "brutal"), (8, "bleak"), (8, "regime")]


def test_plain_text_directives(cli, tmp_path):
    text = ARTICLE_MD.replace("<!-- corpuslint ", "corpuslint: ").replace(" -->", "")
    write(tmp_path / "a.txt", text)
    assert flagged(cli, tmp_path, "--select", "loaded", "a.txt") == [
        (1, "brutal"), (3, "brave"), (5, "brutal"), (8, "bleak"), (8, "regime")]


def test_disable_all_then_enable_one_family(cli, tmp_path):
    write(tmp_path / "a.md", "<!-- corpuslint disable -->\n<!-- corpuslint enable loaded.pejorative -->\n"
                             "The brutal regime.\n")
    assert flagged(cli, tmp_path, "--select", "loaded", "a.md") == [(3, "regime")]


def test_directives_inside_code_are_examples(cli, tmp_path):
    write(tmp_path / "a.md", "```\n<!-- corpuslint disable -->\n```\n\nThe brutal attack.\n")
    assert flagged(cli, tmp_path, "a.md") == [(5, "brutal")]


def test_unknown_rule_in_directive_is_reported(cli, tmp_path):
    write(tmp_path / "a.md", "<!-- corpuslint disable loaded.emotve -->\nThe brutal attack.\n")
    result = cli("a.md", cwd=tmp_path)
    assert 'a.md:1:1: warning: directive names unknown rule "loaded.emotve" [corpuslint.unknown-rule]' \
        in result.out
    assert result.code == 1


@pytest.mark.parametrize(("flag", "expected"), [((), 0), (("--report-unused-disables",), 1)])
def test_unused_disables_are_reported_on_request(cli, tmp_path, flag, expected):
    write(tmp_path / "a.md", "<!-- corpuslint disable-next-line stats -->\nThe brutal attack.\n"
                             "<!-- corpuslint disable-next-line loaded -->\nA brutal day.\n")
    out = cli("--select", "loaded", *flag, "a.md", cwd=tmp_path).out
    unused = [line for line in out.splitlines() if "[corpuslint.unused-disable]" in line]
    assert len(unused) == expected
    if expected:
        assert unused[0].startswith("a.md:1:1: info: corpuslint disable-next-line suppresses nothing")


# --- every directive users write -----------------------------------------------------------

ARTICLE = """\
The brutal attack. <!-- corpuslint disable-line loaded -->
A brutal day, a bleak night. <!-- corpuslint disable-line loaded.emotive -->
<!-- corpuslint disable-next-line loaded.emotive -->
The brutal regime.
A brutal day.
"""


def test_disable_line_and_next_line(cli, tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    assert flagged(cli, tmp_path, "--select", "loaded", "a.md") == [
        (4, "regime"), (5, "brutal")]


def test_disable_file_wherever_it_stands(cli, tmp_path):
    write(tmp_path / "a.md", "The brutal regime.\n\n<!-- corpuslint disable-file loaded.emotive -->\n"
                             "A bleak day.\n")
    assert flagged(cli, tmp_path, "--select", "loaded", "a.md") == [(1, "regime")]
    write(tmp_path / "b.txt", "The brutal regime.\ncorpuslint: disable-file\n")
    assert flagged(cli, tmp_path, "--select", "loaded", "b.txt") == []


@pytest.mark.parametrize("directive", ["<!-- corpuslint disabel loaded -->",
                                       "<!-- corpuslint disable-lines loaded -->",
                                       "<!-- corpuslint -->", "corpuslint: disabel loaded"])
def test_an_unknown_directive_is_an_error_and_changes_nothing(cli, tmp_path, directive):
    write(tmp_path / "a.md", f"{directive}\nThe brutal regime.\n")
    result = cli("--select", "loaded", "a.md", cwd=tmp_path)
    lines = result.out.splitlines()
    assert lines[0].startswith("a.md:1:1: error: unknown directive ")
    assert lines[0].endswith("so nothing was disabled (use disable, enable, disable-line, "
                             "disable-next-line or disable-file) [corpuslint.bad-directive]")
    assert [line.split('"')[1] for line in lines[1:]] == ["brutal", "regime"]
    assert result.code == 1


def test_prose_that_starts_with_the_tools_name_is_no_directive(cli, tmp_path):
    write(tmp_path / "a.txt", "corpuslint: a linter for articles.\nThe brutal regime.\n")
    assert flagged(cli, tmp_path, "--select", "loaded", "a.txt") == [(2, "brutal"), (2, "regime")]


def test_unused_line_and_file_directives_are_reported(cli, tmp_path):
    write(tmp_path / "a.md", "A calm day. <!-- corpuslint disable-line loaded -->\n"
                             "<!-- corpuslint disable-file names -->\n")
    out = cli("--report-unused-disables", "a.md", cwd=tmp_path).out
    assert "corpuslint disable-line suppresses nothing" in out
    assert "corpuslint disable-file suppresses nothing" in out
