"""`corpuslint report`: tables on a terminal, JSON for machines; progress only on a TTY."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from conftest import write

FILES = {
    "a.md": "The brutal regime. Gaddafi spoke on 29 December. Gaddafi left on 30 December.\n",
    "b.md": "A brutal day. Qaddafi returned on January 2, 2018.\n",
    "c.md": "Police have arrested three teenagers.\n",
}


def make(tmp_path):
    for name, text in FILES.items():
        write(tmp_path / name, text)
    return tmp_path


def test_report_json(cli, tmp_path):
    data = json.loads(cli("report", "--format", "json", ".", cwd=make(tmp_path)).out)
    assert data["files"] == 3
    assert data["per_rule"]["loaded.emotive"] == 2 and data["loaded_words"]["brutal"] == 2
    assert {"group": "Muammar Gaddafi (surname)", "inferred": False,
            "spellings": {"Gaddafi": 2, "Qaddafi": 1}} in data["name_groups"]
    assert data["date_styles"] == {"dmy": 2, "mdy": 1}
    assert data["per_file"]["b.md"] >= 2
    assert sum(data["readability"].values()) == 3  # every file has a reading grade


def test_report_says_how_much_of_the_corpus_each_scope_covers(cli, tmp_path):
    write(tmp_path / "wire.txt", "MECHTRON CORP YEAR NET\n\nORLANDO, Fla., March 31 - "
                                 "Shr three cts vs 80 cts\n    Net 46,000 vs 1,220,000\n")
    write(tmp_path / "speech.txt", 'Storm hits coast\n\n"It was brutal," Ms Lee said.\n')
    scopes = json.loads(cli("report", "--format", "json", ".", cwd=tmp_path).out)["scopes"]
    assert set(scopes) == {"table", "headline", "dateline", "byline", "quote", "comment",
                           "reported-speech", "proper-name", "code", "link"}
    assert scopes["table"]["files"] == 1 and 0.2 < scopes["table"]["share"] < 0.5
    assert scopes["headline"]["files"] == 2 and scopes["dateline"]["files"] == 1
    assert scopes["quote"]["files"] == 1 and scopes["comment"] == {"share": 0.0, "files": 0}
    # a cached lint run without the shares does not answer for the report
    cli(".", cwd=tmp_path)
    again = json.loads(cli("report", "--format", "json", ".", cwd=tmp_path).out)["scopes"]
    assert again == scopes


def test_report_tables_and_statistics_flag(cli, tmp_path):
    out = cli("report", ".", cwd=make(tmp_path)).out
    assert "Findings per rule" in out and "Gaddafi 2x, Qaddafi 1x" in out and "Date styles" in out
    result = cli("--statistics", ".", cwd=tmp_path)
    assert "Findings per rule" in result.err and result.out.startswith("a.md:1:5:")


@pytest.mark.slow
def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch):
    for i in range(210):
        write(tmp_path / f"f{i:03}.md", "A calm day.\n")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    command = [sys.executable, "-m", "corpuslint", "-j", "1", "--no-cache", "."]
    piped = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "linting" not in piped.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                            stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait()
    os.close(master)
    assert b"linting" in seen and proc.returncode == 0
