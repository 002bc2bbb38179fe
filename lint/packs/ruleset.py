"""Build the active rule set: packs, configuration overrides, --select and --ignore."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from corpuslint.config import Config
from corpuslint.errors import ConfigError, UsageError
from corpuslint.kinds import build_check, check_class
from corpuslint.kinds.base import Check, check_value, replaced_option
from corpuslint.model.rule import Rule
from corpuslint.model.selectors import matches, matches_any
from corpuslint.packs.loader import Pack, builtin_pack_paths, collect_rules, data_files, load_pack


def _pack_sources(config: Config, extra: Sequence[str]) -> list[tuple[Path, str, bool]]:
    """The pack files a run loads, in order — built-in, configured, then --pack — each
    with the name its errors show and whether it is built in."""
    builtin = builtin_pack_paths() if config.builtin else []
    return [*((p, f"<builtin>/{p.name}", True) for p in builtin),
            *((p, _display(p, config.cwd), False) for p in config.packs),
            *((config.cwd / p, p, False) for p in extra)]


def pack_paths(config: Config, extra: Sequence[str] = ()) -> list[Path]:
    """The pack files a run loads, in order: built-in, configured, then --pack."""
    return [path for path, _, _ in _pack_sources(config, extra)]


def load_packs(config: Config, extra: Sequence[str] = ()) -> list[Pack]:
    return [load_pack(path, display, builtin=builtin)
            for path, display, builtin in _pack_sources(config, extra)]


def _display(path: Path, cwd: Path) -> str:
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return str(path)


def apply_overrides(rules: list[Rule], config: Config) -> None:
    by_id = {rule.id: rule for rule in rules}
    for rule_id, override in config.rules.items():
        rule = by_id.get(rule_id)
        if rule is None:
            raise ConfigError(f"unknown rule {rule_id} in configuration", config.source,
                              override.line)
        rule.enabled = override.enabled
        if override.severity is not None:
            rule.severity = override.severity
        options = check_class(rule.kind).options
        for name, value in override.options.items():
            if name not in options:
                raise ConfigError(f'unknown option "{name}" for rule {rule_id} '
                                  f"(kind {rule.kind}){replaced_option(name)}", config.source,
                                  override.line)
            line, column = override.where.get(name, (override.line, None))
            rule.origins[name] = (config.source, line or override.line, column)
            rule.options[name] = check_value(rule, name, options[name], value)
        rule.data_files = data_files(rule)


def select(rules: list[Rule], selected: Sequence[str], ignored: Sequence[str]) -> list[Rule]:
    known = [rule.id for rule in rules]
    for pattern in (*selected, *ignored):
        if not matches_any(pattern, known):
            raise UsageError(f'unknown rule or family "{pattern}" (see --list-rules)')
    chosen = [r for r in rules if not selected or matches(r.id, selected)]
    return [r for r in chosen if not matches(r.id, ignored)]


class RuleSet(list):
    """The rules a run uses (in pack order, on or off), the check of each rule that is on,
    and the ids of every rule loaded, selected or not (inline directives may name them)."""

    def __init__(self, rules: Iterable[Rule], known: Iterable[str] | None = None,
                 checks: dict[str, Check] | None = None) -> None:
        super().__init__(rules)
        self.known = frozenset(rule.id for rule in self) if known is None else frozenset(known)
        checks = checks or {}
        self.checks = {rule.id: checks.get(rule.id) or build_check(rule) for rule in self
                       if rule.enabled}


def build_rules(config: Config, extra_packs: Sequence[str] = (),
                selected: Sequence[str] | None = None, ignored: Sequence[str] = ()) -> RuleSet:
    """The rules a run uses, validated, in pack order.

    Every rule that is on has its kind-specific options validated (its check built), even
    when not selected: a mistake in the configuration is reported whatever is selected.
    """
    rules = collect_rules(load_packs(config, extra_packs))
    apply_overrides(rules, config)
    chosen = selected if selected else config.select
    for rule in rules:  # as in ruff, selecting a rule (or its family) turns it on, unless
        if chosen and not rule.enabled and rule.id not in config.rules \
                and matches(rule.id, chosen):  # the configuration turned it off by name
            rule.enabled = True
    checks = {rule.id: build_check(rule) for rule in rules if rule.enabled}
    return RuleSet(select(rules, chosen, [*config.ignore, *ignored]),
                   known=(rule.id for rule in rules), checks=checks)
