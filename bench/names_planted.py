"""Recall and wrong merges of the names rules on a corpus with planted spelling variants.

    python bench/names_planted.py [--corpus ../shared/corpora/bbc] [--seed 7]

The corpus is copied to a temporary folder and, with ``random.Random(seed)``, sentences
"<name> was mentioned again." are appended (one paragraph each) to random articles:

- configured: 20 groups of rules/names-groups.yaml none of whose spellings occur in the
  corpus; the press spelling goes into 5 articles (the majority), another spelling of the
  group into 1-2 others (the minority, which names.transliteration should flag);
- discovered: two-word names invented for the test in two transliterations, the majority
  spelling in 3-4 articles and the minority in 2 (names.inferred only groups spellings
  seen at least min_count = 2 times).  Names with a configured spelling in them (Hosni
  Mubarak, Yevgeny Primakov) are left out: names.inferred leaves them to
  names.transliteration, which flags the word, not the full name;
- different people: pairs that share most of a name (Kim Jong Un / Kim Jong Il), each
  name in 2-3 articles.  They must never be merged.

Names already in the corpus are skipped, so that the planted majority is the majority.
corpuslint then runs once (``--format json --select names --no-cache``) over the copy.
A planted minority is found when a names finding has its file, line and text; its
canonical is right when the finding's first suggestion is the majority spelling.  A
finding whose text or suggestion is one of the different people's names is a wrong
merge.  Findings elsewhere are the corpus's own inconsistencies, not errors.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from corpuslint.language.transliteration import key

ROOT = Path(__file__).resolve().parent.parent
GROUPS_FILE = ROOT / "rules" / "names-groups.yaml"
CONFIGURED_GROUPS, CONFIGURED_MAJORITY = 20, 5
# Majority spelling, minority spelling: transliterations of one (real) person's name.
DISCOVERED = [
    ("Abdelaziz Bouteflika", "Abdulaziz Bouteflika"),
    ("Nouri Maliki", "Nuri Maliki"),
    ("Vladimir Zhirinovsky", "Vladimir Zhirinovskiy"),
    ("Mikheil Saakashvili", "Mikhail Saakashvili"),
    ("Ramzan Kadyrov", "Ramzan Kadirov"),
    ("Islam Karimov", "Islom Karimov"),
    ("Nursultan Nazarbayev", "Nursultan Nazarbaev"),
    ("Saparmurat Niyazov", "Saparmurad Niyazov"),
    ("Hamid Karzai", "Hamed Karzai"),
    ("Shamil Basayev", "Shamil Basaev"),
    ("Ayad Allawi", "Iyad Allawi"),
    ("Moshe Katsav", "Moshe Katzav"),
    ("Akbar Hashemi Rafsanjani", "Akbar Hashemi Rafsandjani"),
    ("Gennady Zyuganov", "Gennadi Zyuganov"),
    ("Jalal Talabani", "Jalal Talibani"),
    ("Askar Akayev", "Askar Akaev"),
    ("Musab al-Zarqawi", "Musab Zarqawi"),
]
# Different people whose names look alike: never one group.
DIFFERENT = [
    ("Kim Jong Un", "Kim Jong Il"),
    ("Raúl Castro", "Fidel Castro"),
    ("Bashar al-Assad", "Hafez al-Assad"),
    ("Mohammed bin Salman", "Mohammed bin Zayed"),
    ("Ruhollah Khomeini", "Ali Khamenei"),
    ("Benazir Bhutto", "Zulfikar Bhutto"),
    ("Ehud Barak", "Ehud Olmert"),
    ("Uday Hussein", "Qusay Hussein"),
    ("Ilham Aliyev", "Heydar Aliyev"),
    ("Rafik Hariri", "Saad Hariri"),
    ("Nawaz Sharif", "Shahbaz Sharif"),
    ("Masoud Barzani", "Masrour Barzani"),
    ("Leonid Kuchma", "Leonid Kravchuk"),
    ("Ali Larijani", "Sadegh Larijani"),
    ("Jamal Khashoggi", "Adnan Khashoggi"),
    ("Kim Il Sung", "Kim Jong Il"),
    ("Amin Gemayel", "Pierre Gemayel"),
]
SENTENCE = "{} was mentioned again."


@dataclass(frozen=True)
class Plant:
    category: str  # configured, discovered or different
    role: str  # majority, minority or person
    path: str  # relative to the corpus
    line: int
    text: str
    expected: str  # the majority spelling (for a different person, the name itself)


def norm(text: str) -> str:
    """Case, spaces, hyphens and apostrophes aside."""
    return re.sub(r"[\s-]+", " ", text.casefold().replace("’", "'")).strip()


def phrase(spellings: list[str]) -> re.Pattern[str]:
    """Any of ``spellings`` as whole words, ignoring case, spaces, hyphens and apostrophes."""
    parts = [r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", s)).replace("'", "['’]")
             for s in sorted(spellings, key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def pick_groups(groups: list[dict], corpus_text: str, names: list[str],
                rng: random.Random) -> tuple[list[dict], int]:
    """``CONFIGURED_GROUPS`` groups none of whose spellings is in the corpus or a planted name."""
    every = phrase([s for g in groups for s in g["spellings"]])
    seen = {norm(m.group()) for text in (corpus_text, *names) for m in every.finditer(text)}
    free = [g for g in groups if not g.get("canonical")
            and not seen & {norm(s) for s in g["spellings"]}]
    return rng.sample(free, min(CONFIGURED_GROUPS, len(free))), len(free)


def plan(files: list[str], corpus_text: str, rng: random.Random) -> tuple[list[tuple], list[str]]:
    """(category, role, file, text, expected) for every planted sentence, and notes."""
    notes, planted = [], []
    groups = load_groups()
    configured = phrase([s for g in groups for s in g["spellings"]])
    discovered = []
    for major, minor in DISCOVERED:
        if configured.search(major) or configured.search(minor):
            notes.append(f"skipped {major} / {minor}: has a configured spelling")
        elif phrase([major, minor]).search(corpus_text):
            notes.append(f"skipped {major} / {minor}: already in the corpus")
        else:
            discovered.append((major, minor))
    people = [name for pair in DIFFERENT for name in pair]
    chosen_groups, free = pick_groups(groups, corpus_text, [n for p in DISCOVERED for n in p] + people, rng)
    notes.append(f"{free} configured groups have no spelling in the corpus or the other planted names")
    for group in chosen_groups:
        press = group["press"]
        others = sorted({s for s in group["spellings"] if norm(s) != norm(press)})
        minor = rng.choice(others)
        chosen = rng.sample(files, CONFIGURED_MAJORITY + rng.randint(1, 2))
        planted += [("configured", "majority", f, press, press) for f in chosen[:CONFIGURED_MAJORITY]]
        planted += [("configured", "minority", f, minor, press) for f in chosen[CONFIGURED_MAJORITY:]]
    for major, minor in discovered:
        n = rng.randint(3, 4)
        chosen = rng.sample(files, n + 2)
        planted += [("discovered", "majority", f, major, major) for f in chosen[:n]]
        planted += [("discovered", "minority", f, minor, major) for f in chosen[n:]]
    for name in dict.fromkeys(people):
        planted += [("different", "person", f, name, name) for f in rng.sample(files, rng.randint(2, 3))]
    return planted, notes


def load_groups() -> list[dict]:
    return YAML(typ="safe").load(GROUPS_FILE.read_text(encoding="utf-8"))["groups"]


def plant(copy: Path, texts: dict[str, str], planned: list[tuple]) -> list[Plant]:
    """Append the planned sentences to the copied files; the plants with their lines."""
    by_file: dict[str, list[tuple]] = {}
    for item in planned:
        by_file.setdefault(item[2], []).append(item)
    plants = []
    for path, items in by_file.items():
        body = texts[path].rstrip("\n")
        line = body.count("\n") + 1
        for category, role, _, text, expected in items:
            line += 2  # a blank line, then the sentence
            body += "\n\n" + SENTENCE.format(text)
            plants.append(Plant(category, role, path, line, text, expected))
        (copy / path).write_text(body + "\n", encoding="utf-8")
    return plants


def lint(copy: Path) -> list[dict]:
    exe = Path(sys.executable).with_name("corpuslint")
    run = subprocess.run([str(exe if exe.exists() else shutil.which("corpuslint")), "--format", "json",
                          "--select", "names", "--no-cache", "."],
                         cwd=copy, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"corpuslint failed ({run.returncode}):\n{run.stderr}")
    findings = json.loads(run.stdout or "[]")
    for finding in findings:
        finding["path"] = Path(os.path.normpath(finding["path"])).as_posix()
    return findings


def percent(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def report(plants: list[Plant], findings: list[dict], notes: list[str], original: str) -> None:
    """Print the counts, recall and merges; ``original`` is the corpus text before planting."""
    at = {(f["path"], f["line"], f["text"]): f for f in findings}
    people = {name for pair in DIFFERENT for name in pair}
    minority = [p for p in plants if p.role == "minority"]
    for note in notes:
        print(f"note: {note}")
    for category in ("configured", "discovered", "different"):
        mine = [p for p in plants if p.category == category]
        print(f"planted {category}: {len({p.expected for p in mine})} names, "
              + ", ".join(f"{n} {role}" for role, n in Counter(p.role for p in mine).items()))
    print(f"\n{'minority':<12}{'planted':>8}{'flagged':>9}{'recall':>9}{'canonical':>11}")
    missed, wrong = [], []
    for category in ("configured", "discovered", "all"):
        mine = [p for p in minority if category in ("all", p.category)]
        hits = [(p, at[p.path, p.line, p.text]) for p in mine if (p.path, p.line, p.text) in at]
        right = [p for p, f in hits if f["suggestions"][:1] == [p.expected]]
        print(f"{category:<12}{len(mine):>8}{len(hits):>9}{percent(len(hits), len(mine)):>9}"
              f"{percent(len(right), len(mine)):>11}")
        if category != "all":
            missed += [p for p in mine if (p.path, p.line, p.text) not in at]
            wrong += [(p, f) for p, f in hits if f["suggestions"][:1] != [p.expected]]
    for p in missed:
        print(f"  missed {p.category}: {p.path}:{p.line} \"{p.text}\" [{key(p.text)}] "
              f"(majority \"{p.expected}\" [{key(p.expected)}])")
    for p, f in wrong:
        print(f"  wrong canonical: {p.path}:{p.line} \"{p.text}\" -> {f['suggestions'][:1]}, "
              f"expected \"{p.expected}\"")
    merges = [f for f in findings if f["text"] in people or people & set(f["suggestions"][:1])]
    print(f"\nwrong merges of different people: {len(merges)} — {'PASS' if not merges else 'FAIL'}")
    for f in merges:
        print(f"  {f['path']}:{f['line']}: {f['message']} [{f['rule']}]")
    sites = {(p.path, p.line): p for p in plants}
    majority = [f for f in findings if (f["path"], f["line"]) in sites
                and sites[f["path"], f["line"]].role == "majority"]
    inside = [f for f in findings if (f["path"], f["line"]) in sites and f not in merges
              and sites[f["path"], f["line"]].role == "person"]
    for title, listed in (("findings on planted majority spellings", majority),
                          ("findings inside different people's names (not merges)", inside)):
        print(f"{title}: {len(listed)}")
        for f in listed:
            print(f"  {f['path']}:{f['line']}: {f['message']} [{f['rule']}]")
    other = [f for f in findings if (f["path"], f["line"]) not in sites]
    # Planted names (Bashar al-Assad) may make a spelling the majority it was not before.
    tipped = [f for f in other if f["suggestions"] and len(phrase(f["suggestions"][:1]).findall(original))
              < len(phrase([f["text"]]).findall(original))]
    print(f"other findings (the corpus's own variants, not errors): {len(other)} "
          f"({', '.join(f'{n} {r}' for r, n in Counter(f['rule'] for f in other).most_common())})")
    for f in other[:5]:
        print(f"  {f['path']}:{f['line']}: {f['message']} [{f['rule']}]")
    print(f"  of which the planted names made the majority: {len(tipped)}")
    for f in tipped:
        print(f"  {f['path']}:{f['line']}: {f['message']} [{f['rule']}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        parser.exit(2, f"{corpus}: corpus not found\n")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="names_planted") as tmp:
        copy = Path(tmp) / "corpus"
        shutil.copytree(corpus, copy)
        texts = {}
        for path in sorted(copy.rglob("*.txt")):
            try:
                texts[path.relative_to(copy).as_posix()] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # left as it is, never planted in
        original = "\n".join(texts.values())
        planned, notes = plan(sorted(texts), original, rng)
        plants = plant(copy, texts, planned)
        print(f"corpus {corpus} ({len(texts)} UTF-8 files), seed {args.seed}")
        report(plants, lint(copy), notes, original)
    return 0


if __name__ == "__main__":
    sys.exit(main())
