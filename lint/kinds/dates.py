"""``dates``: date-format drift, ambiguous numeric dates and impossible dates.

Dates come from the pyparsing grammar in :mod:`corpuslint.dategrammar`, each with a
style id (``dmy``, ``mdy``, ``dmy-ordinal``, ``iso``, ``numeric-dmy``…) and facets.
``check: drift`` flags a date whose style differs from the house ``style`` or, without
one, from the majority style of the corpus (``scope: corpus``) or of the file; with
``sept: true`` it also flags "Sep." beside a majority "Sept." (and the reverse).
``check: ambiguous`` flags numeric dates such as 01/02/2018 unless the house style fixes
the order; ``check: invalid`` flags 31 February and a weekday that does not match its
date.  Drifted dates carry the date rewritten in the expected style, which ``--fix``
writes when the date is unambiguous.

Example::

    - id: dates.drift
      kind: dates
      check: drift
      message: '"{text}" is {found}; {expected}'
      examples:
        pass: ['On 29 December and 1 January 2018.']
        fail: ['On 29 December, 30 December and January 1, 2018.']
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import PurePosixPath

from corpuslint.kinds.base import CorpusCheck, KindReport, Option, Section, locate, scope_options
from corpuslint.language.dategrammar import STYLES, DateMention, find_dates, invalid_reason, render
from corpuslint.model.document import Document
from corpuslint.model.findings import FileResult, Hit, Occurrence

CHECKS = ("drift", "ambiguous", "invalid")
NUMERIC_ORDERS = {"numeric-dmy": "day/month/year", "numeric-mdy": "month/day/year"}
_WITH_YEAR = DateMention(0, 0, "", "dmy", 2017, 12, 29, None, None, frozenset({"year"}), False)
_NO_YEAR = dataclasses.replace(_WITH_YEAR, year=None, facets=frozenset())
SHOWN = {style: render(_NO_YEAR, style) or render(_WITH_YEAR, style) for style in STYLES}


CONTEXT = 24  # characters either side kept to check a rewrite in its sentence


AP_ABBREVIATED = frozenset({1, 2, 8, 9, 10, 11, 12})  # months AP abbreviates with a day


def _ap_month(d: DateMention) -> bool:
    """A month with a day, written as a word, of those AP abbreviates."""
    return d.day is not None and d.month in AP_ABBREVIATED and \
        d.style in ("dmy", "mdy", "dmy-ordinal", "mdy-ordinal", "the-ordinal-of")


def _reads_alone(rewritten: str, before: str, after: str, d: DateMention) -> bool:
    """Whether the rewritten date, put back between its neighbours, reads as the same date
    and nothing else ("between 10 and 20 29/12/2017" must not become "20 December 29").
    A date right beside another never does: whether it reads alone would depend on that one
    (and on whether it is rewritten too)."""
    dates_before, dates_after = find_dates(before), find_dates(after)
    # beside counts across blank space too: a code span is blanked in the prose, so "29 December
    # `Qaddafi` December 29, 2017" puts the two dates side by side
    gap_after = len(after) - len(after.lstrip())
    if any(x.end >= len(before.rstrip()) - 2 for x in dates_before) \
            or any(x.start <= gap_after + 2 for x in dates_after):
        return False
    found = find_dates(before + rewritten + after)
    return len(found) == len(dates_before) + 1 + len(dates_after) and any(
        f.start == len(before) and f.end == len(before) + len(rewritten)
        and (f.year, f.month, f.day) == (d.year, d.month, d.day) for f in found)


def _family(d: DateMention, ordinals: bool) -> str:
    """The style compared for drift; without ``ordinals``, "29th December" counts as dmy."""
    return d.style if ordinals else d.style.replace("-ordinal", "")


def _describe(style: str) -> str:
    return f'{style} (written like "{SHOWN.get(style, style)}")'


def _as_json(d: DateMention) -> dict:
    data = dataclasses.asdict(d)
    data["facets"] = sorted(d.facets)
    return data


def _from_json(data: dict) -> DateMention:
    return DateMention(**{**data, "facets": frozenset(data["facets"])})


class DatesReport(KindReport):
    """The corpus's mix of date styles, and the mix in each folder (a corpus that gathers
    several publications shows several house styles: use ``scope: file`` there)."""

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.styles: dict[str, int] = {}
        self.folders: dict[str, Counter] = {}

    def add(self, result: FileResult) -> None:
        summary = next((result.summaries[r.id] for r in self.rules if r.id in result.summaries), None)
        if not summary:
            return  # every dates rule summarises the same dates: one is enough
        folder = str(PurePosixPath(result.path).parent)
        for data, *_ in summary["dates"]:
            if not data.get("ambiguous"):
                self.folders.setdefault(folder, Counter())[data["style"]] += 1

    def corpus(self, check: CorpusCheck, state: dict) -> None:
        for style, count in check.describe(state).items():  # the rules count the same dates
            self.styles[style] = max(count, self.styles.get(style, 0))

    def sections(self) -> list[Section]:
        mix = {folder: dict(counts.most_common()) for folder, counts in sorted(self.folders.items())}
        rows = [(folder, ", ".join(f"{style} {n}" for style, n in counts.items()))
                for folder, counts in mix.items()]
        return [Section("date_styles", self.styles, "Date styles", ("style", "dates"),
                        list(self.styles.items())),
                Section("date_styles_by_folder", mix, "Date styles by folder",
                        ("folder", "styles"), rows)]


class DatesCheck(CorpusCheck):
    kind = "dates"
    report = DatesReport
    options = {
        "check": Option(str, "drift", "drift, ambiguous or invalid"),
        "style": Option(str, "", "house style (one of the style ids); empty: the majority"),
        "scope": Option(str, "corpus", "majority of the corpus or of the file"),
        "ordinals": Option(bool, True, "29th December and 29 December count as different styles"),
        "sept": Option(bool, False, 'flag "Sep." beside "Sept." (and the reverse)'),
        "abbreviations": Option(bool, False, "flag a month spelled out beside a majority "
                                             "abbreviated with a day (AP: Jan., Feb., Aug., "
                                             "Sept., Oct., Nov., Dec.), and the reverse"),
        **scope_options(registers=False),
    }
    variables = frozenset({"found", "expected", "reason"})

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self._scopes = (tuple(self.option("skip")), tuple(self.option("only")))
        if self.option("check") not in CHECKS:
            raise rule.error(f'option "check" must be one of {", ".join(CHECKS)}', "check")
        if self.option("style") and self.option("style") not in STYLES:
            raise rule.error(f'unknown date style "{self.option("style")}" (known: '
                             f'{", ".join(STYLES)})', "style")
        if self.option("scope") not in ("corpus", "file"):
            raise rule.error('option "scope" must be "corpus" or "file"', "scope")

    def _dates(self, doc: Document) -> list[DateMention]:
        key = ("dates", self._scopes)
        if key not in doc.cache:
            found = [d for start, end in doc.blocks for d in find_dates(doc.prose, start, end)]
            doc.cache[key] = [d for d in found if self.placed(doc, d.start, d.end)]
        return doc.cache[key]

    # --- first pass ----------------------------------------------------------------------
    def collect(self, doc: Document) -> dict:
        """Each date with its place and the prose around it (to check a rewrite in context).

        The dates rules share one summary object per document, so it is kept once.
        """
        key = ("dates-summary", self._scopes)
        if key not in doc.cache:
            prose = doc.prose
            doc.cache[key] = {"dates": [
                [_as_json(d), list(locate(doc, d.start, d.end)),
                 prose[max(0, d.start - CONTEXT):d.start], prose[d.end:d.end + CONTEXT]]
                for d in self._dates(doc)]}
        return doc.cache[key]

    def start(self) -> dict:
        return {"styles": Counter(), "septs": Counter(), "months": Counter()}

    def _corpus_wide(self) -> bool:
        return self.option("check") == "drift" and self.option("scope") == "corpus"

    def add(self, state: dict, summary: dict) -> None:
        if self._corpus_wide():
            self._count(state, (_from_json(row[0]) for row in summary["dates"]))

    def finish(self, state: dict) -> dict:
        return state if self._corpus_wide() else {}

    def _counts(self, dates) -> dict:
        counts = self.start()
        self._count(counts, dates)
        return counts

    def _count(self, counts: dict, dates) -> None:
        for d in dates:
            if not d.ambiguous:
                counts["styles"][_family(d, self.option("ordinals"))] += 1
            if d.month == 9 and "abbreviated" in d.facets:
                counts["septs"]["Sept." if "sept" in d.facets else "Sep."] += 1
            if _ap_month(d):
                counts["months"]["abbreviated" if "abbreviated" in d.facets else "spelled out"] += 1

    def describe(self, corpus: dict) -> dict[str, int]:
        """Dates of each style in the corpus (for the rule that counts the corpus)."""
        styles = corpus.get("styles")
        return dict(styles.most_common()) if styles else {}

    # --- second pass ---------------------------------------------------------------------
    def judge(self, summary: dict, corpus: dict) -> Iterator[Hit]:
        dates = [(_from_json(data), Occurrence(*where), before, after)
                 for data, where, before, after in summary["dates"]]
        check = self.option("check")
        if check == "invalid":
            yield from self._invalid(dates)
        elif check == "ambiguous":
            yield from self._ambiguous(dates)
        else:
            counts = corpus if self.option("scope") == "corpus" else \
                self._counts(d for d, *_ in dates)
            yield from self._drift(dates, counts)

    def _invalid(self, dates) -> Iterator[Hit]:
        for d, where, _, _ in dates:
            reason = invalid_reason(d)
            if reason:
                yield Hit(d.start, d.end, {"reason": reason}, located=where)

    def _ambiguous(self, dates) -> Iterator[Hit]:
        if self.option("style") in NUMERIC_ORDERS:
            return
        for d, where, _, _ in dates:
            if d.ambiguous:
                readings = (f"{d.day} {d.month}", f"{d.month} {d.day}")
                yield Hit(d.start, d.end, {"reason": "day and month could be either way round "
                                           f"({readings[0]} or {readings[1]})"}, located=where)

    def _expected(self, counts: dict) -> tuple[str | None, str]:
        house = self.option("style")
        if house:
            return house, f"house style is {_describe(house)}"
        styles: Counter = counts.get("styles") or Counter()
        if len(styles) < 2:
            return None, ""
        best = max(styles.values())
        majority = sorted(s for s, n in styles.items() if n == best)[0]
        where = "the corpus" if self.option("scope") == "corpus" else "this file"
        return majority, (f"{where} mostly writes {_describe(majority)}: {best} of "
                          f"{sum(styles.values())} dates")

    def _drift(self, dates, counts: dict) -> Iterator[Hit]:
        expected, how = self._expected(counts)
        for d, where, before, after in dates:
            if d.ambiguous or expected is None:
                continue
            if _family(d, self.option("ordinals")) == expected:
                continue
            yield self._drift_hit(d, where, expected, how, before, after)
        if self.option("sept"):
            yield from self._sept(dates, counts)
        if self.option("abbreviations"):
            yield from self._month_forms(dates, counts)

    def _drift_hit(self, d: DateMention, where: Occurrence, expected: str, how: str,
                   before: str, after: str) -> Hit:
        rewritten = render(d, expected, abbreviated="abbreviated" in d.facets,
                           period="period" in d.facets)
        fix = rewritten if rewritten and "time" not in d.facets \
            and _reads_alone(rewritten, before, after, d) else None
        return Hit(d.start, d.end, {"found": _describe(d.style), "expected": how},
                   suggestions=(rewritten,) if rewritten else (), replacement=fix,
                   located=where)

    def _month_forms(self, dates, counts: dict) -> Iterator[Hit]:
        """AP style abbreviates a month that has a day (except March to July): a month written
        the other way than most is drift."""
        months: Counter = counts.get("months") or Counter()
        if len(months) < 2 or len(set(months.values())) < 2:
            return  # one form only, or a tie: no majority
        majority = months.most_common(1)[0][0]
        for d, where, before, after in dates:
            if not _ap_month(d) or ("abbreviated" in d.facets) == (majority == "abbreviated"):
                continue
            family = d.style.replace("-ordinal", "") if d.style.endswith("-ordinal") else d.style
            rewritten = render(d, d.style, abbreviated=majority == "abbreviated",
                               period=majority == "abbreviated") if family in ("dmy", "mdy") else None
            fix = rewritten if rewritten and _reads_alone(rewritten, before, after, d) else None
            yield Hit(d.start, d.end, {
                "found": "abbreviated" if "abbreviated" in d.facets else "spelled out",
                "expected": f"the corpus mostly writes the month {majority} with a day"},
                suggestions=(rewritten,) if rewritten else (), replacement=fix, located=where)

    def _sept(self, dates, counts: dict) -> Iterator[Hit]:
        septs: Counter = counts.get("septs") or Counter()
        if len(septs) < 2:
            return
        best = max(septs.values())
        majority = sorted(s for s, n in septs.items() if n == best)[0]
        for d, where, _, _ in dates:
            if d.month != 9 or "abbreviated" not in d.facets:
                continue
            written = "Sept." if "sept" in d.facets else "Sep."
            if written != majority:
                fixed = where.text.replace(written.rstrip("."), majority.rstrip("."), 1)
                yield Hit(d.start, d.end, {"found": f'abbreviated as "{written}"',
                                           "expected": f'the corpus mostly writes "{majority}"'},
                          suggestions=(fixed,), replacement=fixed, located=where)
