"""The run as a library: what the command line prints, a script gets as data."""

from __future__ import annotations

import json

import pytest

from conftest import SEEDS, SMALL_PACK, small_corpus, write
from corpuslint import FileReport, Options, Severity, lint
from corpuslint.errors import ConfigError, UsageError


@pytest.fixture
def corpus(tmp_path):
    return small_corpus(tmp_path, "rules: {loaded.test: info}\n")


def test_the_library_reports_what_the_command_line_prints(cli, tmp_path):
    printed = json.loads(cli("--format", "json", "--no-cache", "seeds", cwd=SEEDS.parent).out)
    run = lint(Options(paths=("seeds",), cwd=str(SEEDS.parent), cache=False))
    reports = list(run)
    assert all(isinstance(r, FileReport) for r in reports)
    assert [f.to_json() for r in reports for f in r.findings] == printed
    assert run.files == ["seeds/iran-protests.md"] and run.problems == []
    assert run.failing() == len([f for f in printed if f["severity"] != "info"])


def test_findings_stream_file_by_file_with_their_counts(corpus):
    run = lint(Options(cwd=str(corpus), min_severity=Severity.WARNING))
    assert [(f.path, f.text) for f in run.findings()] == [("b.md", "Qaddafi")]
    assert run.files == ["a.md", "b.md"] and run.with_findings == 1
    assert run.severities == {Severity.WARNING: 1}


def test_fix_and_preview(corpus):
    preview = list(lint(Options(cwd=str(corpus), preview_fixes=True)))
    assert "-Qaddafi's son met Gaddafi." in preview[1].diff and preview[1].fixed
    assert (corpus / "b.md").read_text().startswith("Qaddafi")  # a preview writes nothing
    run = lint(Options(cwd=str(corpus), fix=True))
    reports = list(run)
    assert [f.text for f in reports[1].fixed] == ["Qaddafi"] and run.fixed == 1
    assert (corpus / "b.md").read_text() == "Gaddafi's son met Gaddafi.\n"


def test_a_baseline_written_then_applied(corpus):
    baseline = corpus / "baseline.json"
    assert lint(Options(cwd=str(corpus))).write_baseline(baseline) == 2
    write(corpus / "a.md", "Gaddafi spoke. Gaddafi left. A brutal day. Qaddafi came.\n")
    new = list(lint(Options(cwd=str(corpus), baseline=str(baseline), cache=False)).findings())
    assert [(f.path, f.text) for f in new] == [("a.md", "Qaddafi")]


def test_bytes_linted_as_one_file_named_as_asked(corpus):
    run = lint(Options(cwd=str(corpus), stdin=b"A brutal day.\n", stdin_filename="x.md"))
    (report,) = list(run)
    assert report.path == "x.md" and [f.text for f in report.findings] == ["brutal"]


def test_mistakes_raise_the_command_lines_errors(corpus):
    with pytest.raises(UsageError):
        lint(Options(cwd=str(corpus), stdin=b"x", fix=True))
    with pytest.raises(UsageError):
        lint(Options(paths=("a.md", "-"), cwd=str(corpus)))
    with pytest.raises(UsageError):
        lint(Options(paths=("missing.md",), cwd=str(corpus)))
    write(corpus / "rules.yaml", SMALL_PACK.replace("kind: lexicon", "kind: lexicn"))
    with pytest.raises(ConfigError) as error:
        lint(Options(cwd=str(corpus)))
    assert str(error.value).startswith("rules.yaml:9:5: error: unknown kind")
