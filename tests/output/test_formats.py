"""The CI output formats (github, sarif, junit) and regressions for text and json."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from conftest import ROOT, write
from corpuslint import __version__
from corpuslint.model.findings import Finding, Severity
from corpuslint.output.formats import FORMATS, WRITERS, Report, default_format

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
BRUTAL = "The brutal attack was condemned.\n"
MESSAGE = ('"brutal" is loaded (emotive adjective): judges the violence instead of describing '
           'it; consider "violent", "deadly" or "harsh"')


def finding(path: str = "a.md", rule: str = "x.rule", message: str = "msg",
            severity: Severity = Severity.WARNING, **extra: object) -> Finding:
    return Finding(path, 2, 3, 2, 7, rule, severity, message, "text", **extra)


def render(name: str, *findings: Finding, files: tuple[str, ...] = ()) -> str:
    out = io.StringIO()
    WRITERS[name](Report(findings, (), list(files)), out)
    return out.getvalue()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write(tmp_path / "a.md", BRUTAL)
    write(tmp_path / "clean.md", "The council met on Tuesday.\n")
    write(tmp_path / "sub" / "b.md", "A brutal week ended with a horrific storm.\n")
    return tmp_path


def test_formats_registered() -> None:
    assert FORMATS == ("text", "json", "github", "sarif", "junit")
    assert set(WRITERS) == set(FORMATS)


def test_text_and_json_unchanged(cli, corpus: Path) -> None:
    text = cli("a.md", cwd=corpus)
    assert text.code == 1
    assert text.out == f"a.md:1:5: warning: {MESSAGE} [loaded.emotive]\n"
    data = json.loads(cli("--format", "json", "a.md", cwd=corpus).out)
    assert data == [{"path": "a.md", "line": 1, "column": 5, "end_line": 1, "end_column": 11,
                     "severity": "warning", "rule": "loaded.emotive", "message": MESSAGE,
                     "text": "brutal", "suggestions": ["violent", "deadly", "harsh"],
                     "advice": []}]


# ---------------------------------------------------------------- github

def test_github_line(cli, corpus: Path) -> None:
    result = cli("--format", "github", "a.md", cwd=corpus)
    assert result.code == 1
    assert result.out == ("::warning file=a.md,line=1,col=5,endLine=1,endColumn=11,"
                          f"title=loaded.emotive::{MESSAGE}\n")


def test_github_escaping() -> None:
    f = finding(path="d,1/a:b%.md", rule="x:y,z", message="100% sure\r\nnext: a, b")
    assert render("github", f) == (
        "::warning file=d%2C1/a%3Ab%25.md,line=2,col=3,endLine=2,endColumn=7,"
        "title=x%3Ay%2Cz::100%25 sure%0D%0Anext: a, b\n")


def test_github_property_newlines() -> None:
    out = render("github", finding(path="a\nb\r.md"))
    assert out.startswith("::warning file=a%0Ab%0D.md,")
    assert out.count("\n") == 1


@pytest.mark.parametrize(("severity", "command"), [
    (Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "notice")])
def test_github_severity(severity: Severity, command: str) -> None:
    assert render("github", finding(severity=severity)).startswith(f"::{command} file=a.md,")


def test_default_format() -> None:
    assert default_format({"GITHUB_ACTIONS": "true"}) == "github"
    assert default_format({}) == "text"
    assert default_format({"GITHUB_ACTIONS": "false", "CI": "true"}) == "text"


# ---------------------------------------------------------------- sarif

def validate_sarif(log: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in Draft7Validator(schema).iter_errors(log)]
    assert errors == []


def test_schema_is_the_official_one() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert "sarifLog" not in schema and "run" in schema["definitions"]


def test_sarif_valid_and_complete(cli, corpus: Path) -> None:
    result = cli("--format", "sarif", "a.md", "clean.md", "sub", cwd=corpus)
    assert result.code == 1
    log = json.loads(result.out)
    validate_sarif(log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("corpuslint", __version__)
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) and "loaded.emotive" in ids and "stats.unattributed" in ids
    emotive = rules[ids.index("loaded.emotive")]
    assert emotive["defaultConfiguration"] == {"level": "warning"}
    assert emotive["properties"] == {"kind": "lexicon"}
    assert emotive["shortDescription"]["text"].startswith("Flags emotive adjectives")
    assert emotive["shortDescription"]["text"].endswith("what happened.")
    assert emotive["fullDescription"]["text"].endswith("attribute the judgement to a source.")
    assert "Flagged: The brutal crackdown continued for a week." in emotive["help"]["text"]
    assert "Not flagged: " in emotive["help"]["text"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in rules}
    assert levels["readability.grade"] == "note"

    results = run["results"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in results] == ["a.md", "sub/b.md", "sub/b.md"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    first = results[0]
    assert (first["ruleId"], first["level"]) == ("loaded.emotive", "warning")
    assert first["message"]["text"] == MESSAGE
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 5, "endLine": 1, "endColumn": 11,
        "snippet": {"text": "brutal"}}
    horrific = results[2]["locations"][0]["physicalLocation"]["region"]
    assert (horrific["startColumn"], horrific["endColumn"]) == (28, 36)
    assert horrific["snippet"]["text"] == "horrific"


def test_sarif_no_findings(cli, corpus: Path) -> None:
    log = json.loads(cli("--format", "sarif", "clean.md", cwd=corpus).out)
    validate_sarif(log)
    assert log["runs"][0]["results"] == []


def test_sarif_direct() -> None:
    fixed = finding(path="dir\\my file.md", rule="x.unknown", severity=Severity.INFO,
                    replacement="new")
    log = json.loads(render("sarif", fixed))
    validate_sarif(log)
    (result,) = log["runs"][0]["results"]
    assert result["level"] == "note"
    assert log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "x.unknown"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "dir/my%20file.md"
    (change,) = result["fixes"][0]["artifactChanges"]
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 7},
        "insertedContent": {"text": "new"}}]


# ---------------------------------------------------------------- junit

def test_junit(cli, corpus: Path) -> None:
    result = cli("--format", "junit", "a.md", "clean.md", "sub", cwd=corpus)
    assert result.code == 1
    root = ET.fromstring(result.out)
    assert root.tag == "testsuites"
    (suite,) = root
    assert suite.get("name") == "corpuslint"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "2", "0")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {"a.md", "clean.md", "sub/b.md"}
    assert all(c.get("classname") == "corpuslint" for c in cases.values())
    assert list(cases["clean.md"]) == []
    assert len(cases["sub/b.md"].findall("failure")) == 2
    (failure,) = cases["a.md"].findall("failure")
    assert failure.get("type") == "loaded.emotive"
    assert failure.get("message") == f"a.md:1:5: {MESSAGE}"
    assert failure.text == f"a.md:1:5: warning: {MESSAGE} [loaded.emotive]"


def test_junit_only_given_findings(cli, corpus: Path) -> None:
    result = cli("--format", "junit", "--min-severity", "error", "a.md", cwd=corpus)
    (suite,) = ET.fromstring(result.out)
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")
    assert list(suite.find("testcase")) == []


def test_junit_control_characters() -> None:
    out = render("junit", finding(message="form\x0cfeed\nline"), files=("a.md", "b.md"))
    (suite,) = ET.fromstring(out)
    (failure,) = suite.iter("failure")
    assert failure.get("message") == "a.md:2:3: form\\x0cfeed\\nline"  # escaped visibly
    assert [c.get("name") for c in suite] == ["a.md", "b.md"]
