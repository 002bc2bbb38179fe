"""``lexicon``: words and phrases to flag, each with a category, reason and alternatives.

All terms of a rule (and their listed inflections) go into one token trie; the document's
set of words (built once, shared by every rule) tells which first words of terms occur,
so a rule costs one set intersection per document however long its lexicon is, and
only the words found are then located among the document's tokens.
Matching is case-insensitive and whole-word; a possessive ``'s`` is allowed after a
term; a hyphen or space may join the words of a phrase.  Terms inside quotations are
the speaker's and are skipped unless ``skip`` leaves ``quote`` out (the default skips it).

Example rule::

    - id: loaded.emotive
      kind: lexicon
      severity: warning
      message: '"{text}" is loaded ({category}): {reason}; consider {suggestions}'
      category: emotive adjective
      entries:
        - term: brutal
          forms: [brutally]
          reason: judges the violence instead of describing it
          alternatives: [violent, deadly]
          exceptions: [brutal honesty]   # phrases containing the term that are fine
      examples:
        pass: ['Police used tear gas.', 'He called it "a brutal crackdown".']
        fail: ['The brutal crackdown continued.']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from corpuslint.errors import ConfigError
from corpuslint.kinds.base import REPORT_TOP, Check, KindReport, Option, Section, quoted_list, scope_options
from corpuslint.model.document import Document, Tokens
from corpuslint.model.findings import FileResult, Hit
from corpuslint.text.yamlsource import YMap, YSeq, load_yaml_file, position_of

ENTRY_KEYS = {"term", "forms", "reason", "alternatives", "advice", "category", "exceptions",
              "unless_next", "unless_previous", "only_next", "source"}
CONTEXT_KEYS = ("unless_next", "unless_previous", "only_next")
CONTEXT = 60  # characters of prose a context pattern sees before or after the term
_END = object()  # trie key marking a complete term
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph break (CRLF is " \n" in the prose)


@dataclass(frozen=True)
class Entry:
    term: str
    reason: str
    alternatives: tuple[str, ...]  # words that can replace the term as it stands
    category: str
    exempt: bool = False  # an exception phrase: matched so that it is *not* flagged
    advice: tuple[str, ...] = ()  # what the writer could do instead: shown, never written in
    # the sense: patterns (regex syntax, any case) for the words just after or before it
    unless_next: re.Pattern | None = None
    unless_previous: re.Pattern | None = None
    only_next: re.Pattern | None = None
    source: str = ""  # the guidance this entry follows, beyond the rule's ``sources``

    def in_sense(self, prose: str, start: int, end: int) -> bool:
        """Whether the words around ``[start, end)`` select the sense the entry flags."""
        after = prose[end:end + CONTEXT]
        if self.unless_next is not None and self.unless_next.match(after):
            return False
        if self.only_next is not None and not self.only_next.match(after):
            return False
        return self.unless_previous is None or \
            self.unless_previous.search(prose[max(0, start - CONTEXT):start]) is None

    def consider(self) -> str:
        """What the message offers: the replacements, then the advice."""
        parts = [f"consider {quoted_list(self.alternatives)}"] if self.alternatives else []
        parts += self.advice
        return "; or ".join(parts) if parts else "rephrase"


def _words(phrase: str) -> list[str]:
    return phrase.casefold().replace("-", " ").replace("’", "'").split()


def _stem(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


class LexiconReport(KindReport):
    """The words the lexicon rules flag most often, a table per family (``loaded_words``)."""

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.family = {rule.id: rule.id.split(".")[0] for rule in rules}
        self.words: dict[str, Counter] = {family: Counter() for family in self.family.values()}

    def add(self, result: FileResult) -> None:
        for finding in result.findings:
            family = self.family.get(finding.rule)
            if family is not None:
                self.words[family][finding.text.lower()] += 1

    def sections(self) -> list[Section]:
        return [Section(f"{family}_words", dict(words.most_common(REPORT_TOP)),
                        f"Most frequent {family} words", ("word", "times"),
                        words.most_common(REPORT_TOP)) for family, words in self.words.items()]


class LexiconCheck(Check):
    kind = "lexicon"
    report = LexiconReport
    options = {
        "entries": Option(list, [], help="terms: {term, forms, reason, alternatives, advice, "
                                         "category, exceptions, unless_next, unless_previous, "
                                         "only_next, source}"),
        "entries_file": Option(str, "", "a YAML file with an entries list (the same keys), "
                                        "relative to the pack", data_file=True),
        "category": Option(str, "", "category shown for entries that name none"),
        **scope_options(skip=("quote",)),
    }
    variables = frozenset({"term", "category", "reason", "consider"})

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.trie: dict = {}
        self.entries: list[Entry] = []
        lists = [(self.option("entries"), rule.source), *self._entries_file()]
        if not any(entries for entries, _ in lists):
            raise rule.error('a lexicon rule needs "entries" or "entries_file"')
        for entries, source in lists:
            for i, raw in enumerate(entries):
                entry, spellings = self._entry(raw, entries, i, source)
                for spelling in spellings:
                    self._add(spelling, entry, raw, source)
        self.first_words = frozenset(self.trie)

    def details(self) -> list[str]:
        """The entries that follow guidance of their own, with it."""
        return [f'entry "{e.term}" follows: {e.source}' for e in self.entries if e.source]

    def _entries_file(self) -> list[tuple[list, str]]:
        """The entries of ``entries_file`` (a word list kept on the user's disk), if any."""
        name = self.option("entries_file")
        if not name:
            return []
        if self.rule.directory is None:
            raise self.rule.error('"entries_file" needs a pack file to be relative to',
                                  "entries_file")
        path = self.rule.directory / name
        data = load_yaml_file(path, str(path))
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise ConfigError('an entries file needs an "entries" list', str(path))
        return [(entries, str(path))]

    def _entry(self, raw, entries: YSeq, i: int, source: str) -> tuple[Entry, list[str]]:
        if isinstance(raw, str):
            raw = YMap(term=raw)
        if not isinstance(raw, dict) or not isinstance(raw.get("term"), str):
            raise ConfigError("each entry needs a term", source, *position_of(entries, i))
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise ConfigError(f'unknown key "{key}" in entry "{raw["term"]}"', source,
                              *position_of(raw, key))
        lists = {key: raw.get(key, []) for key in
                 ("forms", "alternatives", "advice", "exceptions", *CONTEXT_KEYS)}
        for key, value in lists.items():
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f'"{key}" of "{raw["term"]}" must be a list of strings',
                                  source, *position_of(raw, key))
        context = {key: self._context(key, lists[key], raw, source) for key in CONTEXT_KEYS}
        cited = raw.get("source", "")
        if not isinstance(cited, str):
            raise ConfigError(f'"source" of "{raw["term"]}" must be a citation in words',
                              source, *position_of(raw, "source"))
        entry = Entry(raw["term"], str(raw.get("reason", "")), tuple(lists["alternatives"]),
                      str(raw.get("category", self.option("category"))),
                      advice=tuple(lists["advice"]), **context, source=" ".join(cited.split()))
        self.entries.append(entry)
        forms, exceptions = lists["forms"], lists["exceptions"]
        exempt = Entry(raw["term"], "", (), "", exempt=True)
        for phrase in exceptions:
            self._add(phrase, exempt, raw, source)
        return entry, [raw["term"], *forms]

    def _context(self, key: str, patterns: list[str], raw, source: str) -> re.Pattern | None:
        """One pattern for a context key, matched case-insensitively right after the term
        (spaces and a comma skipped) or ending right before it."""
        if not patterns:
            return None
        joined = "|".join(f"(?:{p})" for p in patterns)
        text = rf"(?:{joined})\s*\Z" if key == "unless_previous" else rf"[\s,]*(?:{joined})"
        try:
            return re.compile(text, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f'invalid pattern in "{key}" of "{raw["term"]}": {exc}',
                              source, *position_of(raw, key)) from None

    def _add(self, spelling: str, entry: Entry, raw, source: str) -> None:
        words = _words(spelling)
        if not words:
            raise ConfigError("empty term", source, *position_of(raw, "term"))
        node = self.trie
        for word in words:
            node = node.setdefault(word, {})
        node.setdefault(_END, entry)

    def _match_at(self, tokens: Tokens, i: int, prose: str) -> tuple[Entry, int, int] | None:
        """Longest term starting at token ``i``: (entry, last token index, end offset)."""
        node, best = self.trie, None
        starts, ends, folded = tokens.starts, tokens.ends, tokens.folded
        for j in range(i, len(folded)):
            if j > i and not _joined(prose[ends[j - 1]:starts[j]]):
                break
            word = folded[j]
            child = node.get(word)
            if child is None:
                stem = _stem(word)
                if stem != word:
                    child = node.get(stem)
                    if child is not None and _END in child:
                        return child[_END], j, ends[j] - (len(word) - len(stem))
                break
            node = child
            if _END in node:
                best = (node[_END], j, ends[j])
        return best

    def _first_words(self, words: frozenset[str]) -> list[str]:
        """Words of the document that can open a term: a whole term, or one whose next word
        the document holds too."""
        return [word for word in self.first_words & words
                if _END in self.trie[word] or not words.isdisjoint(self.trie[word])]

    def check(self, doc: Document) -> Iterator[Hit]:
        tokens = doc.tokens
        starts = sorted({i for word in self._first_words(doc.words) for i in doc.word_positions(word)})
        free = 0  # tokens before this one belong to an earlier match
        for i in starts:
            match = self._match_at(tokens, i, doc.prose) if i >= free else None
            if match is None:
                continue
            entry, last, end = match
            free = last + 1
            start = tokens.starts[i]
            if not entry.exempt and not _compound_tail(doc.prose, start) \
                    and entry.in_sense(doc.prose, start, end):
                yield Hit(start, end, {"term": entry.term, "category": entry.category,
                                       "reason": entry.reason,
                                       "suggestions": quoted_list(entry.alternatives),
                                       "consider": entry.consider()},
                          suggestions=entry.alternatives, advice=entry.advice)


def _compound_tail(prose: str, start: int) -> bool:
    """Whether the term ends a hyphenated compound ("awe-inspiring", "rock-solid"): another
    word, which an entry names as a whole when it is loaded ("heart-breaking")."""
    return start >= 2 and prose[start - 1] == "-" and prose[start - 2].isalpha()


def _joined(gap: str) -> bool:
    """Two tokens are adjacent words of a phrase when only spaces or one hyphen separate them."""
    return gap == "-" or (gap.strip() == "" and not _BLANK_LINE.search(gap))
