"""A file's name cannot forge output: not a finding line, a workflow command or an escape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import ROOT

NAMES = [b"line\nbreak.md", b"\x1b[31mred\x1b[0m.md", b"::error file=x.md::forged.md",
         b"caf\xe9.md", b"tab\there.md"]
ARTICLE = b"A brutal day.\n"


@pytest.fixture
def corpus(tmp_path):
    for name in NAMES:
        with open(os.path.join(os.fsencode(tmp_path), name), "wb") as handle:
            handle.write(ARTICLE)
    with open(os.path.join(os.fsencode(tmp_path), b"::warning::bin\x1b.md"), "wb") as handle:
        handle.write(b"\x00binary")  # a problem on stderr, under a hostile name
    return tmp_path


def run(root, *args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "corpuslint", "--no-cache", "--select",
                           "loaded.emotive", *args, "."], cwd=root, capture_output=True, env=env)


def lines(data: bytes) -> list[str]:
    text = data.decode("utf-8")  # valid UTF-8, always
    assert "\x1b" not in text and "\r" not in text
    return text.splitlines()


def test_text_and_stderr(corpus):
    result = run(corpus)
    out = lines(result.stdout)
    assert len(out) == len(NAMES)  # one line per finding, however the file is named
    assert all(line.endswith('"brutal" is loaded (emotive adjective): judges the violence '
                             'instead of describing it; consider "violent", "deadly" or '
                             '"harsh" [loaded.emotive]') for line in out)
    assert any(line.startswith("line\\nbreak.md:1:3:") for line in out)
    assert any(line.startswith("caf\\xe9.md:1:3:") for line in out)
    assert any(line.startswith("\\x1b[31mred\\x1b[0m.md:1:3:") for line in out)
    assert any(line.startswith("./::error file=x.md::forged.md:1:3:") for line in out)
    err = lines(result.stderr)
    assert err[0].startswith("./::warning::bin\\x1b.md: error: binary file")
    assert not any(line.startswith("::") for line in out + err)


def test_stored_runs_and_baselines_keep_any_name(corpus):
    cached = [subprocess.run([sys.executable, "-m", "corpuslint", "--select", "loaded.emotive",
                              "."], cwd=corpus, capture_output=True) for _ in range(2)]
    assert cached[0].stdout == cached[1].stdout == run(corpus).stdout
    baseline = ["--baseline", "b.json"]
    assert run(corpus, *baseline, "--write-baseline").returncode == 0
    again = run(corpus, *baseline)
    assert again.stdout == b"" and again.returncode == 2  # the binary file is still an error


def test_github_workflow_commands(corpus):
    out = lines(run(corpus, "--format", "github").stdout)
    assert len(out) == len(NAMES) and all(line.startswith("::warning file=") for line in out)
    assert any("file=%3A%3Aerror file=x.md%3A%3Aforged.md," in line for line in out)
    assert any("file=line%0Abreak.md," in line for line in out)


def test_json_sarif_and_junit_stay_valid_utf8(corpus):
    found = json.loads(run(corpus, "--format", "json").stdout.decode("utf-8"))
    assert sorted(f["path"] for f in found) == sorted(
        ["line\nbreak.md", "\x1b[31mred\x1b[0m.md", "::error file=x.md::forged.md",
         "caf\\xe9.md", "tab\there.md"])
    sarif = json.loads(run(corpus, "--format", "sarif").stdout.decode("utf-8"))
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    assert {"caf%E9.md", "line%0Abreak.md", "%3A%3Aerror%20file%3Dx.md%3A%3Aforged.md"} <= uris
    junit = ET.fromstring(run(corpus, "--format", "junit").stdout)
    assert len(list(junit.iter("failure"))) == len(NAMES)
