"""An unchanged corpus is answered from the last run's judged results; any change misses."""

from __future__ import annotations

import os
import time

import pytest

from conftest import SMALL_PACK, small_corpus, write
from corpuslint.model.findings import FileResult
from corpuslint.run import pipeline
from corpuslint.store.lastrun import KEEP, LastRun

AN_HOUR_AGO = time.time() - 3600


def settle(root, *names: str) -> None:
    """Give files a modification time well in the past, as an untouched corpus has."""
    for name in names or [p.relative_to(root) for p in root.rglob("*.md")]:
        os.utime(root / name, (AN_HOUR_AGO, AN_HOUR_AGO))


@pytest.fixture
def corpus(tmp_path):
    small_corpus(tmp_path)
    write(tmp_path / "c.md", "Gaddafi again.\n")
    settle(tmp_path)
    return tmp_path


def runs(root) -> list:
    return sorted((root / ".corpuslint_cache" / "runs").glob("*.jsonl"))


def forbid_linting(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("the corpus was linted again, or its rules built")

    monkeypatch.setattr(pipeline, "first_passes", fail)
    monkeypatch.setattr(pipeline, "build_rules", fail)


@pytest.mark.parametrize("output", ["text", "json"])
def test_unchanged_corpus_is_answered_from_the_last_run(cli, corpus, monkeypatch, output):
    first = cli("--format", output, ".", cwd=corpus)
    assert "Qaddafi" in first.out and "brutal" in first.out and len(runs(corpus)) == 1
    forbid_linting(monkeypatch)
    again = cli("--format", output, ".", cwd=corpus)
    assert (again.out, again.err, again.code) == (first.out, first.err, first.code)


def test_an_edited_file_is_linted_again_and_judged_against_the_corpus(cli, corpus):
    cli(".", cwd=corpus)
    write(corpus / "c.md", "Qaddafi again. Qaddafi twice. Qaddafi thrice.\n")
    settle(corpus, "c.md")
    out = cli(".", cwd=corpus).out
    assert 'a.md:1:1: warning: "Gaddafi"' in out  # Qaddafi is now the corpus majority
    assert "b.md:1:19" in out and "c.md" not in out


def test_a_change_in_the_rest_of_the_corpus_misses(cli, corpus):
    """A partial run (pre-commit) depends on the files it does not lint too."""
    first = cli("b.md", cwd=corpus).out
    assert first.startswith('b.md:1:1: warning: "Qaddafi"')
    write(corpus / "a.md", "Qaddafi spoke. Qaddafi left. Qaddafi stayed. Qaddafi won.\n")
    settle(corpus, "a.md")
    assert cli("b.md", cwd=corpus).out.startswith('b.md:1:19: warning: "Gaddafi"')


def test_other_rules_or_options_miss(cli, corpus):
    cli(".", cwd=corpus)
    assert "brutal" not in cli("--ignore", "loaded", ".", cwd=corpus).out
    assert "brutal" in cli("--min-severity", "info", ".", cwd=corpus).out
    assert len(runs(corpus)) == KEEP


def test_a_changed_configuration_misses(cli, corpus):
    assert "brutal" in cli(".", cwd=corpus).out
    write(corpus / ".corpuslint.yaml", "packs: [rules.yaml]\nbuiltin: false\n"
                                       "rules:\n  loaded.test: off\n")
    assert "brutal" not in cli(".", cwd=corpus).out


def test_a_changed_pack_misses(cli, corpus):
    assert "brutal" in cli(".", cwd=corpus).out
    write(corpus / "rules.yaml", SMALL_PACK.replace("brutal", "spoke"))
    out = cli(".", cwd=corpus).out
    assert "brutal" not in out and '"spoke" is loaded' in out


def test_sarif_from_the_stored_run_still_describes_the_rules(cli, corpus, monkeypatch):
    first = cli("--format", "sarif", ".", cwd=corpus).out
    monkeypatch.setattr(pipeline, "first_passes", None)  # must not be needed
    again = cli("--format", "sarif", ".", cwd=corpus).out
    assert again == first and '"id": "names.test"' in again


def test_files_modified_just_now_are_neither_answered_nor_stored(cli, corpus):
    write(corpus / "c.md", "Gaddafi again, and again.\n")  # modified now: could change again
    cli(".", cwd=corpus)
    assert runs(corpus) == []


def test_damaged_run_file_is_a_miss(cli, corpus):
    first = cli(".", cwd=corpus).out
    [entry] = runs(corpus)
    whole = entry.read_bytes()
    entry.write_bytes(whole.replace(b"Qaddafi", b"Kadhafi"))  # valid JSON, not what was written
    assert cli(".", cwd=corpus).out == first
    entry.write_bytes(whole[:-10])
    assert cli(".", cwd=corpus).out == first
    assert entry.read_bytes() == whole  # stored again, whole


def test_statistics_need_the_corpus_state_and_lint_again(cli, corpus, monkeypatch):
    cli(".", cwd=corpus)
    result = cli("--statistics", ".", cwd=corpus)
    assert "Gaddafi" in result.err and "Qaddafi" in result.err


def test_no_cache_neither_reads_nor_writes_runs(cli, corpus):
    cli("--no-cache", ".", cwd=corpus)
    assert not (corpus / ".corpuslint_cache").exists()


def test_a_run_cut_short_is_not_stored(tmp_path):
    memo = LastRun(tmp_path, "k")
    stream = memo.record((FileResult(f"{i}.md") for i in range(3)), 3, [])
    next(stream)
    stream.close()  # the consumer stopped (an error, Ctrl-C) after one file
    assert list((tmp_path / "runs").iterdir()) == []
    assert memo.results() is None


def test_a_whole_run_is_read_back_in_order(tmp_path):
    memo = LastRun(tmp_path, "k")
    results = [FileResult(f"{i}.md", digest=str(i)) for i in range(3)]
    assert list(memo.record(iter(results), 3, [])) == results
    assert [(r.path, r.digest) for r in memo.results()] == [("0.md", "0"), ("1.md", "1"),
                                                            ("2.md", "2")]
    assert memo.path.read_text().splitlines()[0].split()[:2] == ["corpuslint-run", "1"]


def test_editing_a_rules_data_file_invalidates_every_cache(cli, tmp_path):
    """A groups file is part of its rule: changing it must not leave old findings behind."""
    write(tmp_path / "rules.yaml", "rules:\n  - id: names.test\n    kind: variants\n"
                                   "    message: '{text}'\n    groups_file: groups.yaml\n")
    write(tmp_path / "groups.yaml", "groups:\n  - name: G\n    spellings: [Gaddafi, Qaddafi]\n")
    write(tmp_path / ".corpuslint.yaml", "packs: [rules.yaml]\nbuiltin: false\n")
    write(tmp_path / "a.md", "Gaddafi spoke. Gaddafi left. Qaddafi stayed.\n")
    settle(tmp_path)
    assert "Qaddafi" in cli(".", cwd=tmp_path).out
    write(tmp_path / "groups.yaml", "groups:\n  - name: K\n    spellings: [Kyiv, Kiev]\n")
    assert cli(".", cwd=tmp_path).out == ""


def test_a_file_whose_status_changed_is_not_answered_from_the_stored_run(cli, corpus,
                                                                          monkeypatch):
    """chmod keeps size and modification time but changes the change time: a file that
    could not be read may be readable now."""
    cli(".", cwd=corpus)
    os.chmod(corpus / "c.md", 0o600)
    linted = []
    original = pipeline.first_passes
    monkeypatch.setattr(pipeline, "first_passes",
                        lambda *args, **kwargs: linted.append(1) or original(*args, **kwargs))
    assert "Qaddafi" in cli(".", cwd=corpus).out and linted


def test_an_answer_from_the_stored_run_imports_no_rule_machinery(corpus):
    """No pack is parsed, no grammar built, no document model loaded."""
    import subprocess
    import sys

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-X", "importtime", "-m", "corpuslint", "."],
                              cwd=corpus, capture_output=True, text=True)

    first, again = run(), run()
    assert again.stdout == first.stdout and "Qaddafi" in again.stdout

    def imported(proc) -> set[str]:
        return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()
                if line.startswith("import time:")}

    assert {"corpuslint.run.engine", "corpuslint.model.document", "regex"} <= imported(first)
    assert not {"regex", "corpuslint.run.engine", "corpuslint.model.document",
                "markdown_it"} & imported(again)


@pytest.mark.parametrize("output", ["text", "json", "junit"])
def test_a_cache_directory_that_is_a_file_only_costs_time(cli, corpus, output):
    expected = cli("--format", output, "--no-cache", ".", cwd=corpus)
    write(corpus / "not-a-dir", "x\n")
    result = cli("--format", output, "--cache-dir", "not-a-dir", ".", cwd=corpus)
    assert (result.out, result.err, result.code) == (expected.out, expected.err, expected.code)
