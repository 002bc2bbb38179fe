"""Word lists shared by the number grammar, the date grammar and the sentence segmenter."""

from __future__ import annotations

MONTH_NAMES = tuple("""january february march april may june july august september october
november december""".split())
MONTH_ABBREVIATIONS = tuple("jan feb mar apr jun jul aug sep sept oct nov dec".split())
NUMBER_UNITS = tuple("""one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen""".split())
NUMBER_TENS = tuple("twenty thirty forty fifty sixty seventy eighty ninety".split())
# Month names that are also ordinary words (or names): dates need them capitalised.
MONTH_WORDS = tuple("march mar may june april august".split())
WEEKDAY_NAMES = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAY_ABBREVIATIONS = tuple("mon tue tues wed thu thur thurs fri sat sun".split())
