"""Word lists shared by the number grammar, the date grammar and the sentence segmenter."""

from __future__ import annotations

MONTH_NAMES = tuple("""january february march april may june july august september october
november december""".split())
MONTH_ABBREVIATIONS = tuple("jan feb mar apr jun jul aug sep sept oct nov dec".split())
NUMBER_UNITS = tuple("""one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen""".split())
NUMBER_TENS = tuple("twenty thirty forty fifty sixty seventy eighty ninety".split())
