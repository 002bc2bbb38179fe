"""Generate the rules reference (docs/rules.md) from the rule packs."""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.kinds import check_class, details_of
from corpuslint.model.rule import Rule
from corpuslint.model.scopes import SCOPES

HEADER = """# Rules reference

Generated from the built-in rule packs by `corpuslint docs docs/rules.md`; do not edit by
hand (the test suite checks that this file is current).
"""

SCOPES_HEADER = """## Scopes

Every rule takes `skip:` and `only:`, lists of the scopes below: a finding inside a
skipped scope is dropped, and with `only` a finding must lie inside one of the listed
scopes. `corpuslint report` says how much of a corpus each scope covers.

| scope | holds |
| --- | --- |
"""


def render_scopes() -> str:
    return SCOPES_HEADER + "".join(f"| `{scope.name}` | {scope.holds} |\n"
                                   for scope in SCOPES.values())


def _option_value(value) -> str:
    if isinstance(value, list) and len(value) > 8:
        return f"{len(value)} entries"
    return f"`{value!r}`" if value not in ("", [], {}) else "—"


def render_rule(rule: Rule) -> str:
    options = check_class(rule.kind).options
    lines = [f"### `{rule.id}`", "",
             f"Kind `{rule.kind}`, severity `{rule.severity}`. Pack: `{rule.source.split('/')[-1]}`.",
             ""]
    if rule.description:
        lines += [rule.description, ""]
    lines += [f"Precision {m.describe()}." for m in rule.measured] + ([""] if rule.measured else [])
    if rule.sources:
        lines += ["Follows:", ""] + [f"- {citation}" for citation in rule.sources] + [""]
    known = details_of(rule)
    if known:
        lines += [f"- {line}" for line in known] + [""]
    lines += [f"Message: `{rule.message}`", "", "| option | value | meaning |",
              "| --- | --- | --- |"]
    for name, option in options.items():
        value = _option_value(rule.options.get(name)).replace("|", "\\|")
        lines.append(f"| `{name}` | {value} | {option.help.replace('|', '/')} |")
    for expect, label in (("fail", "Flagged"), ("pass", "Not flagged")):
        examples = rule.examples.get(expect, [])
        if examples:
            lines += ["", f"{label}:", ""] + [f"- {' '.join(t.split())}" for t in examples]
    return "\n".join(lines) + "\n"


def render(rules: Sequence[Rule]) -> str:
    families: dict[str, list[Rule]] = {}
    for rule in rules:
        families.setdefault(rule.id.split(".")[0], []).append(rule)
    parts = [HEADER, "\n", render_scopes()]
    for family, members in families.items():
        parts.append(f"\n## `{family}.`\n")
        parts += ["\n" + render_rule(rule) for rule in members]
    return "".join(parts)
