"""One bad file never ends a run: a bug in a rule is reported against that file, and only it.

The bug is planted with a ``sitecustomize`` module, so it is in every process a run
starts — this one, forked workers (-j 2) and Dask's spawned workers alike.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import write
from corpuslint.language.dategrammar import find_dates
from corpuslint.language.quantities import find_quantities

PLANT = """\
from corpuslint.kinds.{module} import {cls}

_original = {cls}.{method}


def {method}(self, *args):
    looked_at = args[{arg}]  # the document, or the one file's summary
    planted = "{marker}" in str(looked_at) or "{marker}".lower() in getattr(looked_at, "words", ())
    if planted and self.rule.id == "{rule}":
        raise ZeroDivisionError("a planted bug")
    return _original(self, *args)


{cls}.{method} = {method}
"""
PLANTED = {  # where the bug sits, the argument that sets it off, and who reports it
    "check": ("lexicon", "LexiconCheck", "check", 0, "Zanzibar", "a30.md", "loaded.emotive"),
    "judge": ("variants", "VariantsCheck", "judge", 0, "Qaddafi", "a30.md",
              "names.transliteration"),
    "fold": ("variants", "VariantsCheck", "add", 1, "Qaddafi", "corpuslint",
             "names.transliteration"),
}
ARTICLE = "Gaddafi spoke in Tripoli. The brutal crackdown went on. Gaddafi left.\n"


def run(root, *args, plant=None, env=None, cache=False):
    environ = {k: v for k, v in os.environ.items() if k != "CORPUSLINT_DEBUG"}
    environ.update(CI="1", **(env or {}))
    if plant is not None:
        module, cls, method, arg, marker, _, rule = PLANTED[plant]
        write(root / "plant" / "sitecustomize.py", PLANT.format(
            module=module, cls=cls, method=method, arg=arg, marker=marker, rule=rule))
        environ["PYTHONPATH"] = str(root / "plant")
    options = [] if cache else ["--no-cache"]
    return subprocess.run([sys.executable, "-m", "corpuslint", *options, *args],
                          cwd=root / "corpus", env=environ, capture_output=True, text=True)


@pytest.fixture
def corpus(tmp_path):
    for i in range(60):  # enough files for -j 2 to start its workers
        write(tmp_path / "corpus" / f"a{i:02d}.md", ARTICLE)
    write(tmp_path / "corpus" / "a30.md", ARTICLE.replace("Tripoli", "Zanzibar")
          + "Qaddafi came back.\n")
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize("plant", sorted(PLANTED))
@pytest.mark.parametrize("executor", [["-j", "1"], ["-j", "2"], ["-j", "2", "--executor", "dask"]],
                         ids=["one process", "workers", "dask"])
def test_a_bug_in_a_rule_is_one_line_against_its_file(corpus, plant, executor):
    if "dask" in executor:
        pytest.importorskip("dask.distributed")
    clean = run(corpus, *executor)
    bugged = run(corpus, *executor, plant=plant)
    *_, where, rule = PLANTED[plant]
    assert bugged.returncode == 2 and "Traceback" not in bugged.stderr
    assert [line for line in bugged.stderr.splitlines() if "error" in line] == [
        f"{where}: error: internal error in rule {rule}: ZeroDivisionError: a planted bug "
        "(please report)"]
    # every other finding, in this file and the others, is still reported
    lost = [line for line in clean.stdout.splitlines() if line not in bugged.stdout]
    assert lost and all(f"[{rule}]" in line for line in lost)
    if where != "corpuslint":  # a failed fold judges nothing; a failed file loses its own only
        assert all(line.startswith("a30.md:") for line in lost)
    assert len(bugged.stdout.splitlines()) == len(clean.stdout.splitlines()) - len(lost)


CHATTY_DASK = """\
import logging

from distributed import worker

_close = worker.Worker.close


async def close(self, *args, **kwargs):
    try:
        raise OSError("Stream is closed")
    except OSError:  # what a heartbeat logs when the scheduler went first
        logging.getLogger("distributed.worker").exception(
            "Failed to communicate with scheduler during heartbeat.")
    return await _close(self, *args, **kwargs)


worker.Worker.close = close
"""


@pytest.mark.slow
def test_dask_closing_its_workers_prints_nothing(corpus):
    """Workers log a failed last heartbeat with a traceback when timing has the scheduler
    close first; the chatter is planted here in every worker's close, so timing cannot
    hide it. The run's report is all the user sees."""
    pytest.importorskip("dask.distributed")
    write(corpus / "plant" / "sitecustomize.py", CHATTY_DASK)
    done = subprocess.run(
        [sys.executable, "-m", "corpuslint", "--no-cache", "-j", "2", "--executor", "dask"],
        cwd=corpus / "corpus", capture_output=True, text=True,
        env={**os.environ, "CI": "1", "PYTHONPATH": str(corpus / "plant")})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "corpuslint: 61 findings (61 warning) in 60 of 60 files checked"]


def test_the_traceback_on_request(corpus):
    for shown in (run(corpus, "-v", "-j", "1", plant="check"),
                  run(corpus, "-j", "1", plant="check", env={"CORPUSLINT_DEBUG": "1"})):
        assert shown.returncode == 2
        assert "Traceback (most recent call last)" in shown.stderr
        assert "ZeroDivisionError: a planted bug" in shown.stderr.splitlines()


def test_a_failed_file_is_not_cached(corpus):
    """A bug's result is never kept, so the run after the fix lints the file again."""
    assert "internal error" in run(corpus, "-j", "1", plant="check", cache=True).stderr
    (corpus / "plant" / "sitecustomize.py").write_text("")  # the bug is fixed
    fixed = run(corpus, "-j", "1", cache=True)
    assert fixed.returncode == 1 and "internal error" not in fixed.stderr
    assert fixed.stdout == run(corpus, "-j", "1").stdout


@pytest.mark.parametrize("text", [
    "Wheat futures rose 1-1/2-2 cents a bushel.",  # grain-price notation from Reuters wire copy
    "Soybeans closed at 526-3/4-527-3/4 cents.",
    "up 1-1/2 to 2-3/4 cents, 1-1/2-",
])
def test_wire_price_notation_parses(text):
    quantities = find_quantities(text)
    assert quantities and all(q.value is None or q.value > 0 for q in quantities)


NUMBERS_AND_PUNCTUATION = st.text(alphabet="0123456789-/.,:%$£ ()'\"\n" + "cents mln to and",
                                  max_size=60)


@settings(max_examples=300, deadline=None)
@given(NUMBERS_AND_PUNCTUATION)
def test_the_grammars_never_raise_on_numbers_and_punctuation(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text)
