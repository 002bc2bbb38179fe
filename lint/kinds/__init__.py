"""Rule kinds: each kind is code, each rule of that kind is data.

Kinds are imported lazily so a run loads only the kinds its rules use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from corpuslint.kinds.base import Check

if TYPE_CHECKING:
    from corpuslint.model.rule import Rule

KINDS: dict[str, str] = {  # in the order their parts of ``corpuslint report`` appear
    "lexicon": "corpuslint.kinds.lexicon:LexiconCheck",
    "pattern": "corpuslint.kinds.pattern:PatternCheck",
    "variants": "corpuslint.kinds.variants:VariantsCheck",
    "dates": "corpuslint.kinds.dates:DatesCheck",
    "readability": "corpuslint.kinds.readability:ReadabilityCheck",
    "statistic": "corpuslint.kinds.statistic:StatisticCheck",
}


def check_class(kind: str) -> type[Check]:
    """The check class for ``kind`` (KeyError when there is none)."""
    module, _, name = KINDS[kind].partition(":")
    return getattr(importlib.import_module(module), name)


def corpus_wide(kind: str) -> bool:
    """Whether rules of ``kind`` judge each file against the whole corpus."""
    from corpuslint.kinds.base import CorpusCheck

    return issubclass(check_class(kind), CorpusCheck)


def build_check(rule: Rule) -> Check:
    """The check of ``rule``, its kind-specific options validated and matchers compiled."""
    return check_class(rule.kind)(rule)


def details_of(rule: Rule) -> list[str]:
    """What the rule's kind adds for people (a variants rule: its name groups; a lexicon
    rule: the guidance of its entries); a check is built only for a kind that adds any."""
    if check_class(rule.kind).details is Check.details:
        return []
    return build_check(rule).details()
