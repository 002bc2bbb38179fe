"""Executors and the content cache: identical findings, same order, reused results."""

from __future__ import annotations

import json

import pytest

from conftest import write
from corpuslint.run import executor
from corpuslint.run.engine import Linter

TEXTS = [
    "The brutal attack. Police have arrested three teenagers.\n",
    "Gaddafi spoke. Gaddafi left.\n",
    "Qaddafi returned on 29 December. A bleak day.\n",
    "It is believed that 40 people died. Their brave stand.\n",
]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(executor, "PARALLEL_MIN_FILES", 2)  # small corpora still fan out
    for i in range(24):
        write(tmp_path / f"d{i // 8}" / f"a{i:02}.md", TEXTS[i % len(TEXTS)] * (1 + i % 3))
    write(tmp_path / "d9" / "bad.md", "")
    (tmp_path / "d9" / "bad.md").write_bytes(b"\x00\x01binary")
    return tmp_path


def findings(cli, cwd, *args: str) -> tuple[list[dict], int]:
    result = cli("--format", "json", "--no-cache", *args, ".", cwd=cwd)
    return json.loads(result.out), result.code


def test_parallel_run_matches_serial_run(cli, corpus):
    serial = findings(cli, corpus, "-j", "1")
    parallel = findings(cli, corpus, "-j", "2")
    assert serial == parallel
    assert serial[1] == 2  # the binary file is an input error in both
    assert {f["rule"].split(".")[0] for f in serial[0]} >= {"loaded", "stats", "names"}


@pytest.mark.slow
def test_dask_local_cluster_matches_local_run(cli, corpus):
    pytest.importorskip("dask.distributed")
    local = findings(cli, corpus, "-j", "1")
    dask = findings(cli, corpus, "-j", "2", "--executor", "dask")
    assert local == dask


def test_cache_reuses_results_and_notices_changes(cli, corpus, monkeypatch):
    first = cli("--format", "json", "-j", "1", ".", cwd=corpus)
    entries = list((corpus / ".corpuslint_cache" / "files").rglob("*.json"))
    assert len(entries) == 25  # every file, keyed by content (the binary one with its error)

    def fail(*args):
        raise AssertionError("a cached file was linted again")

    monkeypatch.setattr(Linter, "first_pass_bytes", fail)
    second = cli("--format", "json", "-j", "1", ".", cwd=corpus)
    assert second.out == first.out and second.code == first.code
    monkeypatch.undo()
    write(corpus / "d0" / "a00.md", "Kadhafi arrived.\n")
    third = json.loads(cli("--format", "json", "-j", "1", ".", cwd=corpus).out)
    assert any(f["text"] == "Kadhafi" and f["path"] == "d0/a00.md" for f in third)


def test_damaged_cache_entries_are_ignored(cli, corpus):
    first = cli("--format", "json", "-j", "1", ".", cwd=corpus).out
    for entry in (corpus / ".corpuslint_cache" / "files").rglob("*.json"):
        entry.write_text("{not json")
    assert cli("--format", "json", "-j", "1", ".", cwd=corpus).out == first


def test_single_file_run_imports_only_what_it_needs():
    """The pre-commit case: no Dask, rich, textstat/nltk or process pool at start-up."""
    import subprocess
    import sys

    from conftest import SEEDS

    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "corpuslint", "-q",
                           "--no-cache", str(SEEDS / "iran-protests.md")],
                          capture_output=True, text=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()
                if line.startswith("import time:")}
    assert "corpuslint.cli" in imported and proc.returncode == 1
    for heavy in ("dask", "distributed", "rich", "textstat", "nltk", "jsonschema",
                  "concurrent.futures.process"):
        assert heavy not in imported, heavy


@pytest.mark.parametrize("output", ["text", "json", "junit", "sarif"])
def test_results_parked_on_disk_give_the_same_report(cli, corpus, monkeypatch, output):
    """Past the in-memory allowance, results wait on disk: nothing in the report changes."""
    from corpuslint.run import parking

    def run():
        return cli("--format", output, "--no-cache", "-j", "1", "--statistics", ".", cwd=corpus)

    held = run()
    monkeypatch.setattr(parking, "IN_MEMORY", 1)
    parked = run()
    assert (parked.out, parked.err, parked.code) == (held.out, held.err, held.code)
    assert "Qaddafi" in held.out and "bad.md" in held.err


def test_parked_results_come_back_in_order_and_their_file_is_removed(tmp_path):
    from dataclasses import astuple

    from corpuslint.model.findings import FileResult, Finding, Severity
    from corpuslint.run.parking import Parking

    results = [FileResult(f"a{i}.md", [Finding(f"a{i}.md", i + 1, 1, i + 1, 4, "x.y",
                                               Severity.WARNING, "m", "abc", ("b",), 7, 10,
                                               "abd" if i % 2 else None)],
                          summaries={"names": {"occurrences": [["1", 0, 3]]}})
               for i in range(5)]
    spill = Parking(in_memory=2)
    for result in results:
        spill.write(result)
    assert spill.parked == 3
    back = list(spill)
    assert back == results
    assert [astuple(f) for r in back for f in r.findings] == \
        [astuple(f) for r in results for f in r.findings]  # fields outside == too
    assert spill.file.closed


@pytest.mark.parametrize("paths", [["d0/a02.md", "d0/a02.md"], ["d0/a02.md", "./d0/a02.md"],
                                   ["d0/a02.md", "d1/../d0/a02.md"], ["d0", "./d0/a02.md"]])
def test_a_file_named_twice_is_linted_once(cli, corpus, paths):
    once = cli("--no-cache", "-j", "1", *paths[:1], cwd=corpus)
    twice = cli("--no-cache", "-j", "1", *paths, cwd=corpus)
    assert twice.out == once.out and "a02.md" in once.out  # and corpus counts unchanged


def test_batches_mixing_cached_and_new_files_keep_the_order(cli, corpus, monkeypatch):
    monkeypatch.setattr(executor, "BATCHES_PER_WORKER", 1)  # 25 files, 2 workers: 12 a batch
    serial = cli("--format", "json", "--no-cache", "-j", "1", ".", cwd=corpus).out
    cli("--format", "json", "-j", "2", ".", cwd=corpus)
    for name in ("d0/a03.md", "d1/a10.md", "d2/a21.md"):  # some files of each batch change
        write(corpus / name, "Kadhafi arrived on 1 January. A brutal day.\n")
    changed_serial = cli("--format", "json", "--no-cache", "-j", "1", ".", cwd=corpus).out
    changed_parallel = cli("--format", "json", "-j", "2", ".", cwd=corpus).out
    assert changed_parallel == changed_serial != serial
    assert '"d2/a21.md"' in changed_parallel and "Kadhafi" in changed_parallel


def test_a_rerun_after_a_few_edits_lints_them_here(cli, corpus, monkeypatch):
    """Starting workers for a handful of files costs more than linting them."""
    monkeypatch.setattr(executor, "PARALLEL_MIN_FILES", 4)
    started, processes = [], executor._processes
    monkeypatch.setattr(executor, "_processes",
                        lambda *args: started.append(1) or processes(*args))
    cli("-j", "2", ".", cwd=corpus)
    assert started  # a cold run of 25 files: workers
    write(corpus / "d1" / "a09.md", "Kadhafi arrived. A brutal day.\n")
    expected = cli("--no-cache", "-j", "1", ".", cwd=corpus).out
    started.clear()
    assert cli("-j", "2", ".", cwd=corpus).out == expected and "Kadhafi" in expected
    assert not started  # one edited file: linted here


@pytest.mark.slow
def test_an_unreachable_dask_scheduler_is_one_line(cli, tmp_path):
    pytest.importorskip("dask.distributed")
    import socket
    import time

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    write(tmp_path / "a.md", "A brutal day.\n")
    started = time.monotonic()
    result = cli("--executor", "dask", "--scheduler", f"tcp://127.0.0.1:{port}", "a.md",
                 cwd=tmp_path)
    assert time.monotonic() - started < 15
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"corpuslint: error: --scheduler tcp://127.0.0.1:{port}: cannot "
                                 "reach a Dask scheduler there within 5 s")
    assert result.err.count("\n") == 1
