"""What every rule kind shares: option schemas, validation and the check interface."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from corpuslint.errors import ConfigError
from corpuslint.model.findings import FileResult, Hit, Occurrence, Severity
from corpuslint.model.scopes import SCOPES
from corpuslint.text.register import MATCH_REPORT, REGISTERS, WIRE
from corpuslint.text.yamlsource import position_of

if TYPE_CHECKING:
    from corpuslint.model.document import Document
    from corpuslint.model.rule import Rule

_TYPE_NAMES = {str: "a string", bool: "true or false", int: "an integer", float: "a number",
               list: "a list", dict: "a mapping"}


@dataclass(frozen=True)
class Option:
    """One option of a rule kind: its type, default and meaning."""

    type: type
    default: Any = None
    help: str = ""
    required: bool = False
    items: type | None = None  # element type of a list option
    data_file: bool = False  # names a file beside the pack, whose contents are part of the rule
    minimum: float | None = None  # numbers: the least value allowed …
    above: bool = False  # … or, when set, the value every number must be above
    choices: tuple[str, ...] = ()  # strings (or items of a list): the values allowed

    def describe(self) -> str:
        kind = _TYPE_NAMES.get(self.type, self.type.__name__)
        if self.minimum is None:
            return kind
        bound = f"{self.minimum:g}"
        return f"{kind} above {bound}" if self.above else f"{kind} of {bound} or more"


def check_value(rule: Rule, name: str, option: Option, value: Any) -> Any:
    """Validate one option value; raise ConfigError pointing at its YAML line (or at the
    configuration's line when the user's configuration set it)."""
    expected = (int, float) if option.type is float else option.type
    wrong = not isinstance(value, expected) or (option.type is not bool and isinstance(value, bool))
    if not wrong and option.type in (int, float):
        wrong = not math.isfinite(value) or (option.minimum is not None and (
            value <= option.minimum if option.above else value < option.minimum))
    if wrong:
        raise rule.error(f'option "{name}" must be {option.describe()}', name)
    if option.items is not None:
        for i, item in enumerate(value):
            if not isinstance(item, option.items):
                message = f'items of "{name}" must be {_TYPE_NAMES[option.items]}'
                if name in rule.origins:
                    raise rule.error(message, name)
                raise ConfigError(message + f" in rule {rule.id}", rule.source,
                                  *position_of(value, i))
    chosen = value if option.type is list else [value]
    for i, item in enumerate(chosen if option.choices else ()):
        if item not in option.choices:
            message = f'unknown value "{item}" of "{name}" (known: {", ".join(option.choices)})'
            if name in rule.origins or option.type is not list:
                raise rule.error(message, name)
            raise ConfigError(message + f" in rule {rule.id}", rule.source, *position_of(value, i))
    return float(value) if option.type is float else value


REPLACED_OPTIONS = {  # options that scopes replaced, with what to write instead
    "skip_quotes": 'write "skip: [quote]" to skip quotations, or leave "quote" out of "skip"',
    "skip_headings": 'write "skip: [headline]"',
}


def replaced_option(name: str) -> str:
    """A hint for an option that scopes replaced, or an empty string."""
    hint = REPLACED_OPTIONS.get(name)
    return f"; {hint}" if hint else ""


def scope_options(skip: tuple[str, ...] = (), registers: bool = True) -> dict[str, Option]:
    """The ``skip`` and ``only`` options every kind takes, with the kind's default ``skip``,
    and ``registers`` for the kinds judged document by document."""
    names = tuple(SCOPES)
    options = {
        "skip": Option(list, list(skip), "scopes where the rule does not look", items=str,
                       choices=names),
        "only": Option(list, [], "scopes the rule keeps to (empty: the whole document)",
                       items=str, choices=names),
    }
    if registers:
        options["registers"] = Option(dict, {}, "by the document's register (news, sport, "
                                                "review, opinion, other), match-report or wire: "
                                                "off or a severity")
    return options


REGISTER_NAMES = (*REGISTERS, MATCH_REPORT, WIRE)  # what a rule's ``registers`` may name


def register_settings(rule: Rule) -> dict[str, Severity | None]:
    """The rule's ``registers`` option checked: register -> severity (None: off)."""
    settings: dict[str, Severity | None] = {}
    for name, value in (rule.options.get("registers") or {}).items():
        if name not in REGISTER_NAMES:
            raise rule.error(f'unknown register "{name}" in "registers" (known: '
                             f'{", ".join(REGISTER_NAMES)})', "registers")
        if value is False or value == "off":
            settings[name] = None
            continue
        try:
            settings[name] = Severity.parse(value)
        except ValueError:
            raise rule.error(f'register "{name}" must be off or a severity (error, warning, '
                             "info)", "registers") from None
    return settings


class CheckError(Exception):
    """A check could not finish on one document (a user pattern ran past its time limit):
    reported against that file, whose other rules still run."""


class Check:
    """Base class of a rule kind.  Subclasses set ``kind`` and ``options``.

    ``__init__`` receives the validated rule and prepares everything a check needs
    (compiled matchers) once; ``check`` then runs on every document.
    """

    kind: ClassVar[str]
    options: ClassVar[dict[str, Option]] = {}
    variables: ClassVar[frozenset[str]] = frozenset()  # message placeholders it fills
    report: ClassVar[type[KindReport] | None] = None  # its part of ``corpuslint report``

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.registers = register_settings(rule)  # register -> severity (None: off)

    def option(self, name: str) -> Any:
        return self.rule.options[name]

    def severity(self, doc: Document) -> Severity | None:
        """The rule's severity in ``doc``: its ``registers`` setting for the most particular
        register that has one, else the rule's own (None: off there)."""
        return next((self.registers[name] for name in doc.registers if name in self.registers),
                    self.rule.severity) if self.registers else self.rule.severity

    def check(self, doc: Document) -> Iterable[Hit]:
        raise NotImplementedError

    def placed(self, doc: Document, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is where the rule looks, given its ``skip`` and ``only``."""
        skip, only = self.rule.options.get("skip"), self.rule.options.get("only")
        if skip and doc.in_scope(skip, start, end):
            return False
        return not only or doc.in_scope(only, start, end)

    def details(self) -> list[str]:
        """Lines ``--explain`` adds for this kind (what a rule built from data knows)."""
        return []

    def measure(self, doc: Document) -> dict[str, float]:
        """Per-file figures for ``corpuslint report`` (e.g. a reading grade)."""
        return {}


class CorpusCheck(Check):
    """A kind judged against the whole corpus, in two passes.

    ``collect`` summarises one document as JSON-able data (occurrences with their
    positions, counts); ``start``, ``add`` and ``finish`` fold the summaries of every
    corpus file, one at a time, into corpus-wide state (so no list of summaries is ever
    needed); ``judge`` turns one file's summary into hits given that state.  A file is
    never re-read in the second pass, and summaries can be cached.
    """

    def check(self, doc: Document) -> Iterable[Hit]:
        return ()

    def collect(self, doc: Document) -> Any:
        raise NotImplementedError

    def start(self) -> Any:
        """An empty fold state."""
        raise NotImplementedError

    def add(self, state: Any, summary: Any) -> None:
        """Fold one file's summary into ``state``."""
        raise NotImplementedError

    def finish(self, state: Any) -> Any:
        """The corpus-wide state ``judge`` reads, from the folded ``state``."""
        return state

    def judge(self, summary: Any, corpus: Any) -> Iterable[Hit]:
        raise NotImplementedError



REPORT_TOP = 15  # rows of a "most frequent" table


@dataclass(frozen=True)
class Section:
    """One part of ``corpuslint report``: its JSON key and value, and the same as a table."""

    key: str
    data: Any  # what --format json shows under ``key``
    title: str
    columns: tuple[str, ...]
    rows: list[tuple]  # the table's rows


class KindReport:
    """A kind's part of the corpus report, for all the kind's rules of a run: it sees every
    file's result as the results stream past, then each corpus-wide rule's state."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules

    def add(self, result: FileResult) -> None:
        """Count one file's findings and metrics."""

    def corpus(self, check: CorpusCheck, state: Any) -> None:
        """Take in what a corpus-wide rule's state says (after the corpus is folded)."""

    def sections(self) -> list[Section]:
        return []


def locate(doc: Document, start: int, end: int) -> Occurrence:
    """The span ``[start, end)`` of ``doc`` with its line, column and text."""
    return Occurrence(start, end, *doc.position(start), *doc.position(end), doc.text[start:end])


def quoted_list(words: Iterable[str]) -> str:
    """``"a", "b" or "c"`` for messages."""
    items = [f'"{w}"' for w in words]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
