"""Configuration, packs, groups files and baselines are read with bounds, like articles."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import write

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
GROUPS_PACK = """\
rules:
  - id: house.names
    kind: variants
    message: m
    groups_file: groups.yaml
"""
SECRET = "AKIAIOSFODNN7EXAMPLE"


@pytest.fixture
def corpus(tmp_path):
    write(tmp_path / "a.md", "A brutal day.\n")
    return tmp_path


def run(root, *args, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """The command line in its own process: a hang would fail, not stall, the suite."""
    return subprocess.run([sys.executable, "-m", "corpuslint", "--no-cache", *args], cwd=root,
                          input=stdin, capture_output=True, timeout=60)


def one_error(result: subprocess.CompletedProcess, starts: str, says: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 2 and err.count("\n") == 1, err
    assert err.startswith(starts) and says in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("where", ["config", "pack"])
def test_aliases_cannot_expand_without_bound(corpus, where):
    write(corpus / "x.yaml", LAUGHS)
    args = ["--config", "x.yaml"] if where == "config" else ["--pack", "x.yaml"]
    one_error(run(corpus, *args, "a.md"), "x.yaml: error: invalid YAML:",
              "aliases expand to more than 1,000,000 values")


def _fifo(root):
    os.mkfifo(root / "fifo.yaml")
    return "fifo.yaml"


SPECIAL = {"/dev/zero": lambda root: "/dev/zero", "/dev/urandom": lambda root: "/dev/urandom",
           "a pipe": _fifo}


@pytest.mark.parametrize("special", sorted(SPECIAL))
@pytest.mark.parametrize("given", ["--config", "--pack", "packs:", "groups_file", "--baseline"])
def test_devices_and_pipes_are_refused_at_once(corpus, special, given):
    name = SPECIAL[special](corpus)
    if given == "--config":
        args = ["--config", name]
    elif given == "--pack":
        args = ["--pack", name]
    elif given == "packs:":
        write(corpus / ".corpuslint.yaml", f"packs: [{os.path.relpath(name, corpus)}]\n"
              if name.startswith("/") else f"packs: [{name}]\n")
        args = []
    elif given == "groups_file":
        write(corpus / "p.yaml", GROUPS_PACK.replace("groups.yaml", os.path.relpath(name, corpus)
                                                      if name.startswith("/") else name))
        args = ["--pack", "p.yaml"]
    else:
        args = ["--baseline", name]
    result = run(corpus, *args, "a.md")
    one_error(result, "", "not a regular file (a device, pipe or socket)")


def test_files_over_the_limit_are_refused_unread(corpus):
    with open(corpus / "big.yaml", "wb") as handle:
        handle.truncate(40 * 1024 * 1024)  # sparse: no 40 MB to write
    one_error(run(corpus, "--pack", "big.yaml", "a.md"), "big.yaml: error: too large",
              "the limit is 33554432")


@pytest.mark.parametrize("content", [
    f"{SECRET}: wJalrXUtnFEMI\n",
    f"aws_access_key_id = {SECRET}\n",
    f"[default]\naws_access_key_id = {SECRET}\n",
    f'{{"key": "{SECRET}"\n',
])
@pytest.mark.parametrize("given", ["--pack", "--config"])
def test_a_file_that_is_not_ours_is_never_quoted(corpus, content, given):
    write(corpus / "secrets", content)
    result = run(corpus, given, "secrets", "a.md")
    assert result.returncode == 2 and SECRET not in result.stderr.decode()
    assert result.stderr.decode().startswith("secrets")


@pytest.mark.parametrize(("setting", "says"), [
    ("timeout: -1", 'option "timeout" must be a number above 0'),
    ("timeout: .nan", 'option "timeout" must be a number above 0'),
    ("timeout: .inf", 'option "timeout" must be a number above 0'),
    ("timeout: 0", 'option "timeout" must be a number above 0'),
])
def test_pack_option_values_are_checked_fully(corpus, setting, says):
    write(corpus / "p.yaml", "rules:\n  - id: house.re\n    kind: pattern\n    message: m\n"
                             f"    pattern: x\n    {setting}\n")
    one_error(run(corpus, "--pack", "p.yaml", "a.md"), "p.yaml:6:5: error: ", says)


@pytest.mark.parametrize(("config", "starts", "says"), [
    ("max_file_mb: .nan\n", ".corpuslint.yaml:1:1:", '"max_file_mb" must be a positive number'),
    ("max_file_mb: .inf\n", ".corpuslint.yaml:1:1:", '"max_file_mb" must be a positive number'),
    ("max_file_mb: -1\n", ".corpuslint.yaml:1:1:", '"max_file_mb" must be a positive number'),
    ("builtin: 'no'\n", ".corpuslint.yaml:1:1:", '"builtin" must be true or false'),
    # an option of a built-in rule, set wrongly by the user: the user's line, not the pack's
    ("rules:\n  names.inferred:\n    min_count: 0\n", ".corpuslint.yaml:3:5:",
     'option "min_count" must be an integer of 1 or more in rule names.inferred'),
    ("rules:\n  stats.unattributed: {window: -2}\n", ".corpuslint.yaml:2:24:",
     'option "window" must be an integer of 0 or more in rule stats.unattributed'),
    ("rules:\n  stats.unattributed:\n    report: sometimes\n", ".corpuslint.yaml:3:5:",
     'option "report" must be "unattributed" or "vague" in rule stats.unattributed'),
])
def test_configuration_values_are_checked_at_the_users_line(corpus, config, starts, says):
    write(corpus / ".corpuslint.yaml", config)
    one_error(run(corpus, "a.md"), starts, says)


@pytest.mark.parametrize(("content", "says"), [
    ("[" * 100_000 + "]" * 100_000, "not a corpuslint baseline (nested too deeply)"),
    ('{"version": 1, "findings": [{"rule": 3}]}', "each finding needs rule, path, text, context"),
    ('{"version": 7, "findings": []}', "the baseline has version 7, not 1: write it again"),
    ('{"findings": []}', "the baseline has no version, not 1"),
    ("not json", "not a corpuslint baseline (not JSON)"),
])
def test_a_baseline_from_elsewhere_is_one_line(corpus, content, says):
    write(corpus / "b.json", content)
    one_error(run(corpus, "--baseline", "b.json", "a.md"), "b.json: error: ", says)


def test_standard_input_obeys_max_file_mb(corpus):
    write(corpus / ".corpuslint.yaml", "max_file_mb: 0.001\n")
    result = run(corpus, "-", stdin=b"A brutal day. " * 200)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("<stdin>: error: too large to lint (over 0.0 MB")
