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
    assert flagged(cli, tmp_path, "a.md") == [(3, "regime")]


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
