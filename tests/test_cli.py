"""The command line: output shapes, exit codes, selection and stdin."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, write

SEED = "seeds/iran-protests.md"
# Vim's default 'errorformat' entry "%f:%l:%c:%m" and Emacs' `gnu' compilation regexp
VIM_EFM = re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):(?P<c>\d+):(?P<m>.*)$")
EMACS_GNU = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>[0-9]+):(?P<col>[0-9]+): (?:(?P<warning>warning|info)|error):")


@pytest.fixture
def article(tmp_path):
    return write(tmp_path / "a.md", "The brutal attack was condemned.\n\nA quiet day.\n")


def test_text_output_is_compiler_style(cli, article):
    result = cli(str(article.name), cwd=article.parent)
    assert result.code == 1
    line = result.out.strip()
    assert line.startswith("a.md:1:5: warning: ")
    assert line.endswith("[loaded.emotive]")
    vim = VIM_EFM.match(line)
    assert (vim["f"], vim["l"], vim["c"]) == ("a.md", "1", "5")
    emacs = EMACS_GNU.match(line)
    assert emacs and emacs["warning"] == "warning" and emacs["col"] == "5"
    assert result.err.splitlines()[-1] == "corpuslint: 1 finding (1 warning) in 1 of 1 file checked"


def test_json_schema_and_end_column(cli, article):
    result = cli("--format", "json", "a.md", cwd=article.parent)
    data = json.loads(result.out)
    assert len(data) == 1
    item = data[0]
    assert set(item) >= {"path", "line", "column", "end_line", "end_column", "severity", "rule",
                         "message", "text", "suggestions"}
    assert item["text"] == "brutal"
    assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (1, 5, 1, 11)
    assert item["severity"] == "warning" and isinstance(item["suggestions"], list)
    assert item["suggestions"]


def test_columns_count_code_points(cli, tmp_path):
    write(tmp_path / "u.md", "Ünïcödé 😀 brutal\n")
    data = json.loads(cli("--format", "json", "u.md", cwd=tmp_path).out)
    assert data[0]["column"] == 11


def test_clean_file_exits_zero(cli, tmp_path):
    write(tmp_path / "ok.md", "Police said the road was closed.\n")
    result = cli("ok.md", cwd=tmp_path)
    assert (result.code, result.out) == (0, "")
    assert "no findings" in result.err


def test_findings_are_sorted_by_path_line_column(cli, tmp_path):
    write(tmp_path / "b.md", "A bleak day.\n")
    write(tmp_path / "a.md", "Second line below.\nThe brutal and bleak regime.\n")
    lines = cli(".", cwd=tmp_path).out.splitlines()
    keys = [tuple(int(x) if x.isdigit() else x for x in l.split(":")[:3]) for l in lines]
    assert keys == sorted(keys) and keys[0][0] == "a.md" and keys[-1][0] == "b.md"


def test_select_and_ignore_by_prefix(cli, article):
    assert cli("--select", "loaded", "a.md", cwd=article.parent).code == 1
    assert cli("--ignore", "loaded", "a.md", cwd=article.parent).out == ""
    assert cli("--select", "loaded.emotive", "a.md", cwd=article.parent).out


def test_unknown_rule_in_select_is_usage_error(cli, article):
    result = cli("--select", "nosuch.rule", "a.md", cwd=article.parent)
    assert result.code == 2
    assert result.err.strip() == ('corpuslint: error: unknown rule or family "nosuch.rule" '
                                  "(see --list-rules)")


def test_missing_path_is_usage_error(cli, tmp_path):
    result = cli("nope.md", cwd=tmp_path)
    assert result.code == 2 and "no such file or directory: nope.md" in result.err
    assert "Traceback" not in result.err


def test_bad_option_is_one_line_exit_2(cli, tmp_path):
    result = cli("--format", "xml", cwd=tmp_path)
    assert result.code == 2 and result.err.count("\n") == 1


def test_min_severity_and_fail_on(cli, tmp_path):
    write(tmp_path / "a.md", "The brutal attack.\n")
    assert cli("--min-severity", "error", "a.md", cwd=tmp_path).out == ""
    assert cli("--min-severity", "error", "a.md", cwd=tmp_path).code == 0
    assert cli("--fail-on", "error", "a.md", cwd=tmp_path).code == 0
    assert cli("--fail-on", "info", "a.md", cwd=tmp_path).code == 1


def test_info_findings_do_not_fail_by_default(cli, tmp_path):
    write(tmp_path / "p.yaml", """\
rules:
  - id: house.percent
    kind: pattern
    severity: info
    message: 'write "per cent"'
    pattern: '(?<=\\d)%'
""")
    write(tmp_path / "a.md", "Up 5% on the year.\n")
    result = cli("--pack", "p.yaml", "--select", "house", "a.md", cwd=tmp_path)
    assert result.out.startswith("a.md:1:5: info: ")
    assert result.code == 0


def test_stdin_with_filename(cli, tmp_path):
    result = cli("-", "--stdin-filename", "draft.md", cwd=tmp_path,
                 stdin=b"Their brave stand.\n")
    assert result.out.startswith("draft.md:1:7: warning:")


def test_list_rules_and_explain(cli, tmp_path):
    listing = cli("--list-rules", cwd=tmp_path)
    assert listing.code == 0 and "loaded.emotive" in listing.out
    explained = cli("--explain", "loaded.emotive", cwd=tmp_path)
    assert explained.code == 0 and "flagged:" in explained.out and "lexicon" in explained.out
    assert "scopes: looks everywhere except: quote (quotations" in explained.out
    assert "reported-speech (the clause" in cli("--explain", "loaded.pejorative", cwd=tmp_path).out
    assert cli("--explain", "nosuch.rule", cwd=tmp_path).code == 2
    typo = cli("--explain", "loaded.emotiv", cwd=tmp_path)
    assert typo.code == 2 and "did you mean loaded.emotive" in typo.err
    family = cli("--explain", "stats", cwd=tmp_path).out
    assert family.startswith("stats.unattributed (statistic") and "\nstats.vague-attribution (" in family
    assert 'groups (' in cli("--explain", "names.transliteration", cwd=tmp_path).out
    write(tmp_path / ".corpuslint.yaml", "rules:\n  names.transliteration: {canonical: {Gaddafi: Qaddafi}}\n")
    write(tmp_path / "a.md", "Gaddafi spoke.\n")
    pinned = cli("a.md", cwd=tmp_path)
    assert pinned.code == 2 and 'did you mean "Muammar Gaddafi (surname)"' in pinned.err


def test_version(cli):
    with pytest.raises(SystemExit) as exc:
        cli("--version")
    assert exc.value.code == 0


def test_console_script_and_module_run_from_other_directory(tmp_path):
    script = Path(sys.executable).with_name("corpuslint")
    for command in ([str(script)], [sys.executable, "-m", "corpuslint"]):
        proc = subprocess.run([*command, "--select", "loaded", str(SEEDS / "iran-protests.md")],
                              cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 1, proc.stderr
        assert ': warning: "brutal"' in proc.stdout


def test_seed_loaded_findings(cli):
    data = json.loads(cli("--format", "json", "--select", "loaded", SEED, cwd=ROOT).out)
    words = {d["text"].lower() for d in data}
    assert words == {"brutal", "brave", "corrupt", "bleak", "regime"}
    regimes = [d for d in data if d["text"].lower() == "regime"]
    # every "regime" outside the closing quotation, except the one in Ali Shamkhani's
    # reported speech ("Shamkhani said … that the regime will retaliate"): labels are skipped there
    assert len(regimes) == 5
    assert all(d["line"] != 15 for d in data)  # the final quotation is the speaker's


@pytest.mark.parametrize("args", [["-j", "0"], ["-j", "-1"], ["-j", "two"],
                                  ["report", "--fix"], ["report", "--baseline", "b.json"],
                                  ["report", "--diff"]])
def test_options_that_make_no_sense_are_usage_errors(cli, tmp_path, args):
    write(tmp_path / "a.md", "A calm day.\n")
    result = cli(*args, "a.md", cwd=tmp_path)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("corpuslint: error:") and result.err.count("\n") == 1


def test_colour_when_asked_or_on_a_terminal_without_no_color(cli, article, monkeypatch):
    always = cli("--color", "always", "a.md", cwd=article.parent).out
    assert always.startswith("\x1b[1ma.md:1:5:\x1b[0m \x1b[33mwarning:\x1b[0m ")
    assert always.rstrip().endswith("\x1b[2m[loaded.emotive]\x1b[0m")
    assert "\x1b" not in cli("--color", "never", "a.md", cwd=article.parent).out
    assert "\x1b" not in cli("a.md", cwd=article.parent).out  # auto: not a terminal here
    from corpuslint import cli as command_line

    class Terminal:
        def isatty(self):
            return True

    args = command_line.lint_parser().parse_args([])
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert command_line.colour(args, Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not command_line.colour(args, Terminal())
    assert command_line.colour(command_line.lint_parser().parse_args(["--color", "always"]),
                               Terminal())


def test_list_rules_has_a_header_and_says_what_is_on(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.intensifier: off\n")
    lines = cli("--list-rules", cwd=tmp_path).out.splitlines()
    assert lines[0].split() == ["rule", "kind", "severity", "on", "description"]
    rows = {line.split()[0]: line.split()[1:4] for line in lines[1:]}
    assert rows["loaded.intensifier"][2] == "off" and rows["loaded.emotive"] == [
        "lexicon", "warning", "on"]
    assert all(len(line) < 140 for line in lines)


def test_report_help_lists_only_what_report_takes(cli):
    import contextlib
    import io

    from corpuslint.cli import lint_parser

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        lint_parser("corpuslint report", report=True).parse_args(["--help"])
    text = out.getvalue()
    for absent in ("--fix", "--diff", "--baseline", "--min-severity", "--stdin-filename",
                   "--fail-on", "--list-rules", "sarif"):
        assert absent not in text
    for present in ("--select", "--format {text,json}", "--config", "-j N"):
        assert present in text
    assert cli("report", "--fix", ".").code == 2
