"""Rule ids and the dotted patterns that pick them (``--select``, ``--ignore``, inline
directives): ``loaded`` picks ``loaded.emotive`` and every other ``loaded.*`` rule."""

from __future__ import annotations

from collections.abc import Iterable


def matches(rule_id: str, patterns: Iterable[str]) -> bool:
    """True when a pattern is the rule id or a dotted prefix of it (``loaded`` → ``loaded.*``)."""
    for pattern in patterns:
        prefix = pattern.rstrip(".")
        if rule_id == prefix or rule_id.startswith(prefix + "."):
            return True
    return False


def matches_any(pattern: str, rule_ids: Iterable[str]) -> bool:
    return any(matches(rule_id, [pattern]) for rule_id in rule_ids)
