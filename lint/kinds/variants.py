"""``variants``: one name, several spellings — within a file and across the corpus.

Configured groups list the spellings that are the same name (Gaddafi, Qaddafi,
Kadhafi…); with ``discover: true`` groups are inferred from capitalised names whose
transliteration keys match (:mod:`corpuslint.transliteration`).  The right spelling is a
group's pinned ``canonical`` (house style), else the majority — of the corpus with
``scope: corpus``, of the file with ``scope: file``.  Every other spelling is flagged and
``--fix`` rewrites it to the right one, keeping case, possessives and punctuation.

Example::

    - id: names.transliteration
      kind: variants
      scope: corpus
      groups_file: data/names-groups.yaml
      message: '"{text}" — {usage}'
      examples:
        pass: ['Gaddafi spoke. Gaddafi left.']
        fail: ['Gaddafi spoke. Gaddafi left. Qaddafi returned.']
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from corpuslint.errors import ConfigError
from corpuslint.kinds.base import CorpusCheck, KindReport, Option, Section, locate, scope_options
from corpuslint.model.document import WORD, Document
from corpuslint.model.findings import Hit, Occurrence
from corpuslint.text.yamlsource import load_yaml_file, position_of


def _name_pattern(upper: str, lower: str, letter: str, space: str) -> str:
    """Two or three capitalised words in a row, from classes of upper-case letters, lower-case
    letters, letters and marks (the inside of a ``[…]``), and whitespace."""
    # a capitalised word of a name, possibly with an attached article (al-Assad, el-Sisi)
    token = (rf"(?:(?:[Aa][lnrstz]?|[Ee]l|[Uu]l|[Aa]sh)[-‘’'ʿ])?{upper}[{letter}'’ʿʼ]*{lower}"
             rf"[{letter}]*(?:-{upper}[{letter}]+)?")
    link = rf"(?:(?:bin|ibn|bint|abu|al|el|de|van|von){space}+)?"
    return rf"(?<![{letter}'’-]){token}(?:{space}+{link}{token}){{1,2}}(?![{letter}])"


# Discovery looks at full names only: two or three capitalised words in a row.
_NAME = regex.compile(_name_pattern(r"\p{Lu}", r"\p{Ll}", r"\p{L}\p{M}", r"\s"))
# What ``regex`` counts as whitespace (``re`` adds \x1c-\x1f).
_REGEX_SPACE = r"[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# The same pattern for prose whose letters and marks are all ASCII, where ``re`` runs faster.
_ASCII_NAME = re.compile(_name_pattern("[A-Z]", "[a-z]", "A-Za-z", _REGEX_SPACE))
_LETTER = regex.compile(r"[\p{L}\p{M}]")
# Words that start a capitalised run without being part of a name.
_NOT_NAME = frozenset("""the a an in on at for by with of to from and but or as if this that
these those there here its his her their our my your mr mrs ms dr sir lord lady dame president
prime minister chancellor secretary general king queen prince princess pope sheikh ayatollah
colonel captain judge senator governor mayor chairman chief director professor saint st
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december when while after before during since last
next new north south east west central united northern southern eastern western""".split())


@dataclass(frozen=True)
class Group:
    name: str
    spellings: tuple[str, ...]
    press: str | None = None
    canonical: str | None = None


@lru_cache(maxsize=1 << 16)
def form(text: str) -> str:
    """Spellings that differ only in case or spacing are the same form."""
    return " ".join(text.casefold().replace("’", "'").split())


def _recase(canonical: str, found: str) -> str:
    """``canonical`` in the case pattern of ``found`` (ALL CAPS, sentence-initial capital)."""
    if found.isupper() and len(found) > 1:
        return canonical.upper()
    if found[:1].isupper() and canonical[:1].islower():
        return canonical[:1].upper() + canonical[1:]
    return canonical


_COMMON = frozenset({"al", "el", "ul", "an", "as", "ash", "bin", "ibn", "abu", "abd", "the", "of"})


def _cue_words(spellings) -> frozenset[str]:
    """Words one of which every spelling contains (its longest word, articles aside)."""
    cues = set()
    for spelling in spellings:
        words = [m.group() for m in WORD.finditer(spelling)]  # as the document splits words
        distinctive = [w for w in words if w not in _COMMON] or words
        if distinctive:
            cue = max(distinctive, key=len)
            cues.update({cue, cue.replace("'", "’")})
    return frozenset(cues)


def _spelling_pattern(spelling: str) -> str:
    parts = [regex.escape(p) for p in regex.split(r"[\s-]+", spelling.replace("’", "'"))]
    # words join with a hyphen, spaces or one line break (CRLF is " \n" in the prose)
    joined = r"(?:-|[ \t]{1,2}|[ \t]?\n[ \t]?)".join(parts).replace("'", "['’ʼʿ]")
    return joined


@lru_cache(maxsize=256)
def _matcher(patterns: tuple[str, ...]) -> regex.Pattern:
    """One case-insensitive alternation of spelling patterns, tried in the order given."""
    return regex.compile(r"(?<![\p{L}\p{M}-])(?:" + "|".join(patterns) + r")(?![\p{L}\p{M}]|-\p{L})",
                         regex.IGNORECASE)


def _names(prose: str) -> Iterator[re.Match | regex.Match]:
    """Matches of :data:`_NAME` in ``prose``."""
    if prose.isascii() or not any(_LETTER.match(c) for c in set(prose) if not c.isascii()):
        return _ASCII_NAME.finditer(prose)
    return _NAME.finditer(prose)


def _trim(match: re.Match | regex.Match) -> tuple[int, int]:
    """The span of a discovered name without leading titles and function words; empty when
    fewer than two name words remain."""
    text, start = match.group(), match.start()
    words = text.split()  # a match is name words and the whitespace between them
    first = 0
    while first < len(words) and words[first].casefold().strip(".") in _NOT_NAME:
        first += 1
    if len(words) - first < 2 or any(w.casefold() in _NOT_NAME for w in words[first:]):
        return start, start
    end = match.end()  # a match ends with a name word
    if words[-1].endswith(("'s", "’s")):
        end -= 2  # a possessive is not part of the name
    return start + _word_offset(text, words, first), end


# a name word: a capital, then small letters only ("Zaidi"; not "QaedaGaddafi")
_NEIGHBOUR_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z]+)\s\Z")
_NEIGHBOUR_AFTER = re.compile(r"\s([A-Z][a-z]+)(?:['’]s)?(?![\w'’-])")
TITLES = frozenset("""
Mr Mrs Ms Miss Dr Sir Lord Lady Col Colonel Gen General President Prime Minister Leader King
Queen Prince Sheikh Ayatollah Imam Mullah Sen Senator Rep Judge Justice The A An And Of In On
At For By With But Or To From As Al El Bin Ibn Abu Abd Abdul Van Von De Da Di Le La
""".split())


def name_neighbours(prose: str, start: int, end: int) -> list[str]:
    """The capitalised words right before and after a name (titles left out): the other
    parts of the full name it is part of."""
    found = []
    before = _NEIGHBOUR_BEFORE.search(prose, max(0, start - 30), start)
    if before:
        found.append(before.group(1).rstrip("."))
    after = _NEIGHBOUR_AFTER.match(prose, end)
    if after:
        found.append(after.group(1))
    # initials, titles and particles ("Al", "bin") are no other part of a name
    return [word for word in found if len(word) > 2 and word not in TITLES]


def _word_offset(text: str, words: list[str], i: int) -> int:
    """Where ``words[i]`` starts in ``text``, which is ``words`` with whitespace between."""
    pos = 0
    for word in words[:i]:
        pos = text.index(word, pos) + len(word)
    return text.index(words[i], pos)


class VariantsReport(KindReport):
    """Every name group the corpus spells more than one way, with each spelling's count."""

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.groups: list[dict] = []

    def corpus(self, check: CorpusCheck, state: dict) -> None:
        self.groups += check.describe(state)

    def sections(self) -> list[Section]:
        rows = [(g["group"] + (" (inferred)" if g["inferred"] else ""),
                 ", ".join(f"{s} {n}x" for s, n in g["spellings"].items())) for g in self.groups]
        return [Section("name_groups", self.groups, "Name groups with several spellings",
                        ("group", "spellings"), rows)]


class VariantsCheck(CorpusCheck):
    kind = "variants"
    report = VariantsReport
    options = {
        "groups": Option(list, [], "groups: {name, spellings, press, canonical}"),
        "groups_file": Option(str, "", "a YAML file of groups, relative to the pack",
                              data_file=True),
        "canonical": Option(dict, {}, "house style: group name -> the spelling to use"),
        "scope": Option(str, "corpus", "judge against the corpus or the file majority"),
        "discover": Option(bool, False, "infer groups from the names in the text"),
        "min_count": Option(int, 2, "discovery: times each spelling must occur to take part",
                            minimum=1),
        "max_distance": Option(int, 1, "edit distance allowed between transliteration keys",
                               minimum=0),
        "exact_below": Option(int, 4, "discovery: word keys this short must match exactly",
                              minimum=0),
        **scope_options(registers=False),
    }
    variables = frozenset({"usage", "canonical", "group", "how"})

    def __init__(self, rule) -> None:
        super().__init__(rule)
        if self.option("scope") not in ("corpus", "file"):
            raise rule.error('option "scope" must be "corpus" or "file"', "scope")
        self.groups = self._load_groups()
        pins = self.option("canonical")
        names = {g.name for g in self.groups}
        for name in pins:
            if name not in names:
                near = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.3)
                hint = f' (did you mean "{near[0]}"?' if near else " ("
                raise rule.error(f'"canonical" names an unknown group "{name}"{hint} '
                                 f"corpuslint --explain {rule.id} lists the groups)", "canonical")
        self.group_of: dict[str, int] = {}
        self.configured: dict[str, str] = {}  # form -> spelling as configured
        # words of any configured spelling ("Qaeda", "Qaida"): a fix may rewrite them, so
        # they are never the evidence that tells one person from another
        self.spelling_words = frozenset(word.lower() for group in self.groups
                                        for spelling in group.spellings
                                        for word in re.split(r"[\s-]+", spelling))
        spellings: list[tuple[str, frozenset[str]]] = []  # (pattern, cue words)
        for i, group in enumerate(self.groups):
            for spelling in group.spellings:
                self.group_of.setdefault(form(spelling), i)
                self.configured.setdefault(form(spelling), spelling)
                spellings.append((_spelling_pattern(spelling), _cue_words([form(spelling)])))
        spellings.sort(key=lambda item: len(item[0]), reverse=True)
        self.spellings = spellings
        self.cue_words = _cue_words(form(s) for g in self.groups for s in g.spellings)
        self.matcher = _matcher(tuple(p for p, _ in spellings)) if spellings else None

    # --- configuration -------------------------------------------------------------------
    def _load_groups(self) -> list[Group]:
        raw = list(self.option("groups"))
        node_of = {id(g): (self.option("groups"), i) for i, g in enumerate(raw)}
        path = self.option("groups_file")
        if path:
            base = self.rule.directory
            if base is None:
                raise self.rule.error('"groups_file" needs a pack file to be relative to',
                                      "groups_file")
            data = load_yaml_file(base / path, str(base / path))
            listed = data.get("groups") if isinstance(data, dict) else None
            if not isinstance(listed, list):
                raise ConfigError('a groups file needs a "groups" list', str(base / path))
            node_of.update({id(g): (listed, i) for i, g in enumerate(listed)})
            raw = list(listed) + raw  # inline groups override file groups of the same name
        groups: dict[str, Group] = {}
        pins = self.option("canonical")
        for item in raw:
            group = self._group(item, *node_of[id(item)])
            pin = pins.get(group.name, group.canonical)
            if pin is not None and form(pin) not in {form(s) for s in group.spellings}:
                group = Group(group.name, (*group.spellings, pin), group.press, pin)
            groups[group.name] = Group(group.name, group.spellings, group.press, pin)
        return list(groups.values())

    def _group(self, item, container, index: int) -> Group:
        where = position_of(container, index)
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ConfigError("each group needs a name", self.rule.source, *where)
        spellings = item.get("spellings")
        if not isinstance(spellings, list) or len(spellings) < 2 or \
                not all(isinstance(s, str) and s.strip() for s in spellings):
            raise ConfigError(f'group "{item["name"]}" needs a list of two or more spellings',
                              self.rule.source, *where)
        unknown = set(item) - {"name", "spellings", "press", "canonical"}
        if unknown:
            raise ConfigError(f'unknown key "{sorted(unknown)[0]}" in group "{item["name"]}"',
                              self.rule.source, *where)
        return Group(item["name"], tuple(spellings), item.get("press"), item.get("canonical"))

    # --- first pass ----------------------------------------------------------------------
    def collect(self, doc: Document) -> dict:
        """Occurrences of group spellings (or, discovering, of capitalised names)."""
        found: list[list] = []
        neighbours: list[list[str]] = []
        for match in self._matches(doc):
            start, end = _trim(match) if self.option("discover") else match.span()
            if end <= start or not self.placed(doc, start, end):
                continue
            if doc.masked.overlaps(start, end):
                continue  # code, a URL or a comment sits between the words: not one name
            found.append([self._label(doc.prose[start:end]), *locate(doc, start, end)])
            # a neighbour that is itself a spelling of a group is no other part of the name
            neighbours.append([] if self.option("discover") else
                              [word for word in name_neighbours(doc.prose, start, end)
                               if word.lower() not in self.spelling_words])
        return {"occurrences": found, "neighbours": neighbours}

    def _matches(self, doc: Document) -> Iterator[re.Match | regex.Match]:
        if self.option("discover"):
            return _names(doc.prose)
        if self.matcher is None or self.cue_words.isdisjoint(doc.words):
            return iter(())  # no word of any spelling: skip the long alternation
        # a spelling none of whose cue words the document holds cannot match
        present = tuple(p for p, cues in self.spellings if not cues.isdisjoint(doc.words))
        return _matcher(present).finditer(doc.prose)

    def _label(self, text: str) -> str:
        """The group a spelling belongs to (discovery: the spelling's own form)."""
        if self.option("discover"):
            return form(text)
        return str(self.group_of.get(form(text), -1))

    # --- corpus reduce -------------------------------------------------------------------
    def start(self) -> dict:
        return {"counts": {}, "spelled": {}, "neighbours": {}}

    def add(self, state: dict, summary: dict) -> None:
        counts, spelled, known = state["counts"], state["spelled"], state["neighbours"]
        discover = self.option("discover")
        for occurrence, around in zip(summary["occurrences"], summary["neighbours"]):
            text = occurrence[-1]
            shape = form(text)
            counts.setdefault("*" if discover else occurrence[0], Counter())[shape] += 1
            spelled.setdefault(shape, Counter())[" ".join(text.split())] += 1
            if around and not discover:
                known.setdefault(shape, {}).update(dict.fromkeys(around, 1))

    def finish(self, state: dict) -> dict:
        if self.option("discover"):
            state["counts"] = self._discovered(state["counts"])
        return state

    def _discovered(self, counts: dict[str, Counter]) -> dict[str, Counter]:
        from corpuslint.language.transliteration import group_variants

        names = counts.get("*", Counter())
        groups = group_variants(dict(names), self.option("min_count"), self.option("max_distance"),
                                self.option("exact_below"))
        result: dict[str, Counter] = {}
        for members in groups:
            if self.matcher and any(self.matcher.search(m) for m in members):
                continue  # a configured group already judges these spellings
            counter = Counter({m: names[m] for m in members})
            for member in members:
                result[member] = counter
        return result

    def describe(self, corpus: dict) -> list[dict]:
        """Each group with more than one spelling in the corpus, spellings by count."""
        groups, seen = [], set()
        for key, counts in corpus["counts"].items():
            if len(counts) < 2 or id(counts) in seen:
                continue
            seen.add(id(counts))
            groups.append({"group": self._group_name(key), "inferred": self.option("discover"),
                           "spellings": {self._display(f, corpus): n
                                         for f, n in counts.most_common()}})
        return sorted(groups, key=lambda g: -sum(g["spellings"].values()))

    # --- second pass ---------------------------------------------------------------------
    def judge(self, summary: dict, corpus: dict) -> Iterator[Hit]:
        # only names of a group with spellings in the corpus can be judged
        judged = [(key, Occurrence(*rest), around)
                  for (label, *rest), around in zip(summary["occurrences"], summary["neighbours"])
                  if (key := self._group_key(label, corpus)) is not None]
        local: dict[str, Counter] = {}
        if self.option("scope") == "file":
            for key, occ, _ in judged:
                local.setdefault(key, Counter())[form(occ.text)] += 1
        for key, occ, around in judged:
            counts = corpus["counts"][key] if self.option("scope") == "corpus" else local[key]
            right, how = self._canonical(key, counts)
            if how == "tie":
                if counts[form(occ.text)] == max(counts.values()):
                    yield Hit(occ.start, occ.end, {
                        "usage": self._tie(counts, corpus), "canonical": "",
                        "group": self._group_name(key), "how": how}, located=occ)
                continue
            if right is None or form(occ.text) == right:
                continue
            if self._another_person(around, right, corpus):
                continue
            spelling = self._display(right, corpus)
            yield Hit(occ.start, occ.end, {
                "usage": self._usage(how, spelling, counts, corpus),
                "canonical": spelling, "group": self._group_name(key), "how": how},
                suggestions=(spelling,), replacement=_recase(spelling, occ.text), located=occ)

    def details(self) -> list[str]:
        """The name groups (``canonical`` names them)."""
        if not self.groups:
            return []
        return [f"groups ({len(self.groups)}; canonical names them): "
                + ", ".join(f'"{g.name}"' for g in self.groups)]

    def _another_person(self, around: list[str], right: str, corpus: dict) -> bool:
        """Whether the name parts next to a configured spelling name someone the majority
        spelling never names: "S Hussain Zaidi" is not "Saddam Hussein" misspelled."""
        if self.option("discover") or not around:
            return False
        bearers = corpus["neighbours"].get(right)
        return bool(bearers) and not any(word in bearers for word in around)

    def _group_key(self, label: str, corpus: dict) -> str | None:
        if self.option("discover"):
            return label if label in corpus["counts"] else None
        return label if label != "-1" and label in corpus["counts"] else None

    def _canonical(self, key: str, counts: Counter) -> tuple[str | None, str]:
        if not self.option("discover"):
            group = self.groups[int(key)]
            if group.canonical:
                return form(group.canonical), "house style"
        if len(counts) < 2:
            return None, ""
        press = None if self.option("discover") else self.groups[int(key)].press
        best = max(counts.values())
        leaders = sorted(f for f, n in counts.items() if n == best)
        if len(leaders) > 1 and press and form(press) in leaders:
            return form(press), "majority"
        if len(leaders) > 1:
            return None, "tie"  # no majority: no spelling is right, each tied one is inconsistent
        return leaders[0], "majority"

    def _display(self, right: str, corpus: dict) -> str:
        """How a form is written: a pinned or configured spelling, else as most often seen."""
        spelled = corpus["spelled"].get(right)
        if right in self.configured and (not spelled or self.configured[right] in spelled):
            return self.configured[right]
        return spelled.most_common(1)[0][0] if spelled else right

    def _group_name(self, key: str) -> str:
        return key if self.option("discover") else self.groups[int(key)].name

    def _tie(self, counts: Counter, corpus: dict) -> str:
        where = "the corpus writes" if self.option("scope") == "corpus" else "this file writes"
        best = max(counts.values())
        tied = [f'"{self._display(f, corpus)}" ({n}x)' for f, n in sorted(counts.items()) if n == best]
        return (f"{where} " + ", ".join(tied[:-1]) + " and " + tied[-1] +
                " equally often; pin one with `canonical:`")

    def _usage(self, how: str, spelling: str, counts: Counter, corpus: dict) -> str:
        if how == "house style":
            return f'house style is "{spelling}"'
        where = "the corpus uses" if self.option("scope") == "corpus" else "this file uses"
        parts = [f'"{self._display(f, corpus)}" ({n}x)' for f, n in counts.most_common()]
        text = f"{where} " + ", ".join(parts[:-1]) + " and " + parts[-1]
        return text + (" (group inferred from similar spellings)" if self.option("discover") else "")
