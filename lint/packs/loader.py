"""Rule packs: YAML files of rules, validated field by field with YAML line numbers."""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from corpuslint.errors import ConfigError
from corpuslint.kinds import KINDS, check_class
from corpuslint.kinds.base import check_value, replaced_option
from corpuslint.model.findings import Severity
from corpuslint.model.rule import Measured, Rule
from corpuslint.text.yamlsource import YMap, load_yaml_file, position_of

RULE_ID = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$")
PACK_KEYS = {"pack", "description", "rules"}
RULE_KEYS = {"id", "kind", "severity", "message", "description", "examples", "enabled",
             "measured", "sources"}
MEASURED_KEYS = {"on", "precision", "interval", "audit"}
EXAMPLE_KEYS = {"pass", "fail"}
BASE_VARIABLES = {"text", "suggestions", "rule"}


@dataclass
class Pack:
    name: str
    source: str
    description: str
    rules: list[Rule]


def builtin_pack_dir() -> Path:
    """``corpuslint/rules`` in an installed wheel; the repository's ``rules/`` in a checkout."""
    installed = Path(str(resources.files("corpuslint"))) / "rules"
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2] / "rules"


_PACK_MARK = re.compile(r"^rules:", re.MULTILINE)


def builtin_pack_paths() -> list[Path]:
    """The packs shipped inside the package, in name order.

    A YAML file there without a top-level ``rules:`` list is data a pack refers to (such
    as the name groups of ``names.yaml``), not a pack.
    """
    paths = sorted(builtin_pack_dir().glob("*.yaml"), key=lambda p: p.name)
    return [p for p in paths if _PACK_MARK.search(p.read_text("utf-8"))]


def _require(node: YMap, key: str, kind: type, source: str, where: str) -> Any:
    if key not in node:
        raise ConfigError(f'missing key "{key}" {where}', source, *node.where())
    value = node[key]
    if not isinstance(value, kind):
        raise ConfigError(f'"{key}" must be a {kind.__name__} {where}', source, *node.where(key))
    return value


def _check_template(message: str, variables: set[str], rule_id: str, node: YMap,
                    source: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
    except ValueError as exc:
        raise ConfigError(f"bad message template ({exc}) in rule {rule_id}", source,
                          *node.where("message")) from None
    for name in sorted(names):
        if name not in variables:
            known = ", ".join("{" + v + "}" for v in sorted(variables))
            raise ConfigError(f'unknown placeholder "{{{name}}}" in message of rule {rule_id} '
                              f"(known: {known})", source, *node.where("message"))


def _measured(node: YMap, rule_id: str, source: str) -> tuple[Measured, ...]:
    """``measured: [{on, precision, interval: [low, high], audit}]``: audited precision."""
    raw = node.get("measured", [])
    if not isinstance(raw, list):
        raise ConfigError(f'"measured" must be a list in rule {rule_id}', source,
                          *node.where("measured"))
    found = []
    for i, item in enumerate(raw):
        interval = item.get("interval") if isinstance(item, dict) else None
        if not isinstance(item, dict) or set(item) != MEASURED_KEYS \
                or not isinstance(item["on"], str) or not isinstance(item["audit"], str) \
                or not isinstance(item["precision"], (int, float)) \
                or not (isinstance(interval, list) and len(interval) == 2
                        and all(isinstance(v, (int, float)) for v in interval)):
            raise ConfigError(f"each of \"measured\" needs on, precision, interval [low, high] "
                              f"and audit in rule {rule_id}", source, *position_of(raw, i))
        found.append(Measured(item["on"], float(item["precision"]), float(interval[0]),
                              float(interval[1]), item["audit"]))
    return tuple(found)


def _sources(node: YMap, rule_id: str, source: str) -> tuple[str, ...]:
    """``sources: [...]``: the style guides and research a rule follows, one string each."""
    raw = node.get("sources", [])
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        raise ConfigError(f'"sources" must be a list of citations in rule {rule_id}', source,
                          *node.where("sources"))
    return tuple(" ".join(s.split()) for s in raw)


def _examples(node: YMap, rule_id: str, source: str, required: bool) -> dict[str, list[str]]:
    raw = node.get("examples")
    if raw is None:
        if required:
            raise ConfigError(f"built-in rule {rule_id} needs examples", source, *node.where())
        return {"pass": [], "fail": []}
    if not isinstance(raw, dict):
        raise ConfigError(f'"examples" must be a mapping in rule {rule_id}', source,
                          *node.where("examples"))
    for key in raw:
        if key not in EXAMPLE_KEYS:
            raise ConfigError(f'unknown key "{key}" in examples of rule {rule_id}', source,
                              *raw.where(key))
    result = {}
    for key in ("pass", "fail"):
        items = raw.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ConfigError(f'examples "{key}" must be a list of strings in rule {rule_id}',
                              source, *raw.where(key))
        if required and not items:
            raise ConfigError(f'built-in rule {rule_id} needs "{key}" examples', source,
                              *raw.where(key) if key in raw else raw.where())
        result[key] = list(items)
    return result


def parse_rule(node: Any, source: str, builtin: bool, directory: Path | None = None) -> Rule:
    """Validate one rule mapping and build its Rule (the kind's check is built later)."""
    if not isinstance(node, YMap):
        raise ConfigError("each rule must be a mapping", source)
    rule_id = _require(node, "id", str, source, "in rule")
    where = f"in rule {rule_id}"
    if not RULE_ID.match(rule_id):
        raise ConfigError(f'rule id "{rule_id}" must be dotted lower-case, like "loaded.emotive"',
                          source, *node.where("id"))
    kind = _require(node, "kind", str, source, where)
    if kind not in KINDS:
        raise ConfigError(f'unknown kind "{kind}" {where} (known: {", ".join(sorted(KINDS))})',
                          source, *node.where("kind"))
    cls = check_class(kind)
    for key in node:
        if key not in RULE_KEYS and key not in cls.options:
            raise ConfigError(f'unknown key "{key}" {where}{replaced_option(key)}', source,
                              *node.where(key))
    try:
        severity = Severity.parse(node.get("severity", "warning"))
    except ValueError as exc:
        raise ConfigError(f"{exc} {where}", source, *node.where("severity")) from None
    message = _require(node, "message", str, source, where)
    _check_template(message, BASE_VARIABLES | cls.variables, rule_id, node, source)
    rule = Rule(
        id=rule_id, kind=kind, severity=severity, message=message,
        description=str(node.get("description", "")).strip(),
        options={}, examples=_examples(node, rule_id, source, builtin),
        source=source, line=node.where()[0], node=node,
        enabled=node.get("enabled", True) is not False, directory=directory,
        measured=_measured(node, rule_id, source), sources=_sources(node, rule_id, source),
    )
    for name, option in cls.options.items():
        if name in node:
            rule.options[name] = check_value(rule, name, option, node[name])
        elif option.required:
            raise ConfigError(f'missing option "{name}" {where}', source, *node.where())
        else:
            rule.options[name] = option.default
    rule.data_files = data_files(rule)
    return rule


def data_files(rule: Rule) -> tuple[Path, ...]:
    """The files a rule's options name (beside its pack): their contents are part of the rule."""
    if rule.directory is None:
        return ()
    options = check_class(rule.kind).options
    return tuple(rule.directory / value for name, value in rule.options.items()
                 if value and name in options and options[name].data_file)


def load_pack(path: Path, display: str | None = None, builtin: bool = False) -> Pack:
    source = display or str(path)
    data = load_yaml_file(path, source)
    if not isinstance(data, YMap):
        raise ConfigError("a rule pack must be a mapping with a \"rules\" list", source)
    rules_node = data.get("rules")
    if not isinstance(rules_node, list):  # checked first: the keys of a file that is no
        # pack at all (a secrets file named by mistake) are never quoted, but a misspelling is
        typo = next((k for k in data if difflib.get_close_matches(str(k), ["rules"], 1, 0.7)), None)
        if typo is not None and typo != "rules":
            raise ConfigError(f'unknown key "{typo}" in rule pack (a pack needs a "rules" list)',
                              source, *data.where(typo))
        raise ConfigError('a rule pack needs a "rules" list', source, *data.where("rules"))
    for key in data:
        if key not in PACK_KEYS:
            raise ConfigError(f'unknown key "{key}" in rule pack', source, *data.where(key))
    rules = [parse_rule(node, source, builtin, Path(path).parent) for node in rules_node]
    return Pack(str(data.get("pack", Path(path).stem)), source,
                str(data.get("description", "")), rules)


def collect_rules(packs: Iterable[Pack]) -> list[Rule]:
    """All rules of the packs; a rule id declared twice is an error at its second place."""
    seen: dict[str, Rule] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                first = seen[rule.id]
                raise ConfigError(f"rule {rule.id} is declared twice (first at "
                                  f"{first.source}:{first.line})", rule.source, *rule.node.where())
            seen[rule.id] = rule
    return list(seen.values())
