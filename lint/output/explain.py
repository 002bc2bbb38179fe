"""What a rule is, for people: the ``--list-rules`` table and ``--explain RULE``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from corpuslint.errors import UsageError
from corpuslint.kinds import details_of
from corpuslint.model.rule import Rule
from corpuslint.model.scopes import SCOPES
from corpuslint.output.formats import first_sentence


def rule_table(rules: list[Rule]) -> str:
    """A header, then one line per rule: id, kind, severity, on or off, and the first line
    of its description."""
    width = max((len(r.id) for r in rules), default=4)
    lines = [f"{'rule':<{width}}  {'kind':<11} {'severity':<8} {'on':<3}  description\n"]
    for rule in rules:
        first = first_sentence(rule.description)
        first = first if len(first) <= 72 else first[:71].rstrip() + "…"
        state = "on" if rule.enabled else "off"
        lines.append(f"{rule.id:<{width}}  {rule.kind:<11} {rule.severity!s:<8} {state:<3}  "
                     f"{first}\n")
    return "".join(lines)


def find_rules(rules: Iterable[Rule], name: str) -> list[Rule]:
    """The rule ``name``, or every rule of the family ``name``; a usage error with the
    nearest ids otherwise."""
    rules = list(rules)
    found = [r for r in rules if r.id == name or r.id.startswith(name + ".")]
    if not found:
        known = [r.id for r in rules] + sorted({r.id.split(".")[0] for r in rules})
        near = difflib.get_close_matches(name, known, n=3)
        hint = f"did you mean {', '.join(near)}? " if near else ""
        raise UsageError(f'unknown rule "{name}" ({hint}see --list-rules)')
    return found


def where_it_looks(rule: Rule) -> str:
    """The rule's scopes in words: what it skips and what it keeps to."""
    skip, only = rule.options.get("skip") or [], rule.options.get("only") or []
    looks = "only in: " + ", ".join(only) if only else "looks everywhere"
    if skip:
        looks += " except: " + "; ".join(f"{name} ({SCOPES[name].holds})" for name in skip)
    return f"scopes: {looks}\n"


def explanation(rule: Rule) -> str:
    """A rule's kind, severity, source, description, message, options and examples."""
    parts = [f"{rule.id} ({rule.kind}, {rule.severity}) from {rule.source}:{rule.line}\n\n",
             (rule.description or "(no description)") + "\n\n", f"message: {rule.message}\n"]
    parts += [f"option {name}: {value!r}\n" for name, value in rule.options.items()
              if name not in ("entries", "skip", "only")]
    parts.append(where_it_looks(rule))
    parts += [f"follows: {citation}\n" for citation in rule.sources]
    parts += [f"precision: {measured.describe()}\n" for measured in rule.measured]
    if not rule.measured:
        parts.append("precision: not measured by an audit yet\n")
    parts += [line + "\n" for line in details_of(rule)]
    if "entries" in rule.options:
        parts.append(f"entries: {len(rule.options['entries'])}\n")
    for expect, label in (("fail", "flagged"), ("pass", "not flagged")):
        parts += [f"\n  {label}: {text}" for text in rule.examples.get(expect, [])]
    parts.append("\n")
    return "".join(parts)
