"""Speed and memory of corpuslint against peers, measured in one run.

    python bench/scale.py [--corpus ../shared/corpora/bbc] [--copies 10] [--node]

Prints wall time and peak RSS (largest single process) for: corpuslint cold (no cache)
with all cores and with -j 1, a warm re-run from the cache (nothing changed, and one
file edited), a single-file run as pre-commit makes it (the file just edited, the rest
of the sample corpus cached), the same corpus copied --copies times, the stats pack's
cost over the loaded pack alone, and proselint over the same corpus (pip install
proselint) — plus write-good and alex with --node when node and npm are available.
Figures are reported as ratios to the peer run measured in the same command, never as
absolute targets.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 3  # the headline comparison: best of three runs for corpuslint and its peer alike
# Runs a command and prints its wall time and the peak RSS of its largest process (KiB).
MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measure(command: list[str], repeat: int = 1, cwd: Path | None = None) -> tuple[float, int]:
    """Best wall time of ``repeat`` runs and the peak RSS in MiB."""
    best, rss = float("inf"), 0
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                             text=True, check=True, cwd=cwd).stdout.split()
        best, rss = min(best, float(out[0])), max(rss, int(out[1]))
    return best, rss // 1024


def corpuslint(*args: str) -> list[str]:
    exe = shutil.which("corpuslint") or str(Path(sys.executable).with_name("corpuslint"))
    return [exe, "-q", *args]


def copies(corpus: Path, n: int, into: Path) -> Path:
    for i in range(n):
        shutil.copytree(corpus, into / f"copy{i}")
    return into


def warm_after_edit(corpus: Path, into: Path) -> tuple[float, int]:
    """A re-run after one file changed: that file is linted, the rest come from the cache,
    and every file is judged again against the new corpus counts."""
    work = copies(corpus, 1, into) / "copy0"
    cache = into / "cache"
    measure(corpuslint("--cache-dir", str(cache), str(work)))
    edited = sorted(p for p in work.rglob("*") if p.suffix in (".md", ".txt"))[0]
    edited.write_text(edited.read_text("latin-1") + "\nMuammar Qaddafi spoke.\n", "latin-1")
    return measure(corpuslint("--cache-dir", str(cache), str(work)))


def single_file_after_edit(into: Path, repeat: int = 5) -> tuple[float, int]:
    """The pre-commit case: one article just edited, linted against its cached corpus."""
    work = into / "articles"
    shutil.copytree(ROOT / "seeds", work)
    (work / ".corpuslint.yaml").write_text("fail_on: warning\n")
    measure(corpuslint("."), cwd=work)
    article = work / "iran-protests.md"
    text = article.read_text("utf-8")
    best, rss = float("inf"), 0
    for i in range(repeat):
        article.write_text(text + f"\nEdit {i}.\n", "utf-8")
        seconds, peak = measure(corpuslint(article.name), cwd=work)
        best, rss = min(best, seconds), max(rss, peak)
    return best, rss


def precommit_in_repository(corpus: Path, into: Path, repeat: int = 5) -> tuple[float, int]:
    """pre-commit in an article repository the size of the corpus: one file just edited,
    named alone, judged against the whole work tree (its summaries cached)."""
    work = copies(corpus, 1, into) / "copy0"
    subprocess.run(["git", "init", "-q"], cwd=work, check=True)
    measure(corpuslint("."), cwd=work)
    article = sorted(p for p in work.rglob("*.txt"))[0]
    text = article.read_text("latin-1")
    best, rss = float("inf"), 0
    for i in range(repeat):
        article.write_text(text + f"\nMuammar Qaddafi spoke ({i}).\n", "latin-1")
        seconds, peak = measure(corpuslint(str(article.relative_to(work))), cwd=work)
        best, rss = min(best, seconds), max(rss, peak)
    return best, rss


def node_tools(corpus: Path, work: Path) -> dict[str, float]:
    if not (shutil.which("node") and shutil.which("npm")):
        return {}
    install = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                              "write-good", "alex"], cwd=work, capture_output=True, check=False)
    if install.returncode != 0:
        return {}
    files = [str(p) for p in sorted(corpus.rglob("*.txt"))]
    results = {}
    for name in ("write-good", "alex"):
        binary = work / "node_modules" / ".bin" / name
        if binary.exists():
            results[name] = measure([str(binary), *files])[0]
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--node", action="store_true", help="also time write-good and alex")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"{corpus} not found", file=sys.stderr)
        return 2
    rows: dict[str, tuple[float, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        cache = tmp_path / "cache"
        rows["python start-up"] = measure([sys.executable, "-c", "pass"], 5)
        rows["single file, just edited"] = single_file_after_edit(tmp_path / "single")
        rows["pre-commit, 1 file in a corpus repo"] = precommit_in_repository(
            corpus, tmp_path / "repository")
        rows["cold, all cores"] = measure(corpuslint("--no-cache", str(corpus)), REPEAT)
        rows["cold, -j 1"] = measure(corpuslint("--no-cache", "-j", "1", str(corpus)))
        measure(corpuslint("--cache-dir", str(cache), str(corpus)))
        rows["warm (cached)"] = measure(corpuslint("--cache-dir", str(cache), str(corpus)), 3)
        rows["warm, one file edited"] = warm_after_edit(corpus, tmp_path / "edited")
        rows["loaded pack only"] = measure(corpuslint("--no-cache", "--select", "loaded", str(corpus)))
        rows["loaded + stats"] = measure(corpuslint("--no-cache", "--select", "loaded,stats",
                                                    str(corpus)))
        big = copies(corpus, args.copies, tmp_path / "big")
        rows[f"{args.copies}x corpus, cold"] = measure(corpuslint("--no-cache", str(big)))
        rows[f"{args.copies}x corpus, -j 1"] = measure(corpuslint("--no-cache", "-j", "1", str(big)))
        proselint = shutil.which("proselint") or str(Path(sys.executable).with_name("proselint"))
        if Path(proselint).exists():
            rows["proselint"] = measure([proselint, "check", str(corpus)], REPEAT)
        node = node_tools(corpus, tmp_path) if args.node else {}
    rows.update({name: (seconds, 0) for name, seconds in node.items()})
    cold = rows["cold, all cores"][0]
    ratios = {
        "cold / proselint": cold / rows["proselint"][0] if "proselint" in rows else None,
        "warm / cold": rows["warm (cached)"][0] / cold,
        "warm, one file edited / cold": rows["warm, one file edited"][0] / cold,
        "-j all / -j 1": cold / rows["cold, -j 1"][0],
        f"{args.copies}x / 1x time": rows[f"{args.copies}x corpus, cold"][0] / cold,
        f"{args.copies}x - 1x peak RSS (MiB, -j 1)":
            rows[f"{args.copies}x corpus, -j 1"][1] - rows["cold, -j 1"][1],
        "loaded+stats / loaded": rows["loaded + stats"][0] / rows["loaded pack only"][0],
        "single file, just edited (s)": rows["single file, just edited"][0],
        "pre-commit, 1 file in a corpus repo (s)": rows["pre-commit, 1 file in a corpus repo"][0],
    }
    ratios.update({f"cold / {name}": cold / seconds for name, seconds in node.items()})
    if args.json:
        print(json.dumps({"runs": rows, "ratios": ratios}, indent=2))
        return 0
    print(f"{'run':<28}{'seconds':>10}{'peak MiB':>10}")
    for name, (seconds, rss) in rows.items():
        print(f"{name:<28}{seconds:>10.2f}{rss or '':>10}")
    print()
    for name, value in ratios.items():
        if value is not None:
            print(f"{name:<40}{value:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
