"""``corpuslint init``: a commented starter configuration."""

STARTER = """\
# corpuslint configuration. Paths are relative to this file.
# Every key is optional; delete what you do not need.

# Extra rule packs of your own (see "Writing a rule" in corpuslint's README).
# packs: [style/house.yaml]

# Load the built-in packs: loaded language, statistics, names, dates, readability.
builtin: true

# File names linted inside directories, and gitignore-style patterns to skip.
include: ["*.md", "*.markdown", "*.txt"]
exclude: []          # e.g. ["drafts/**", "archive/1990s/**"]

# Only some rules or families, or all but some:
# select: [loaded, stats]
# ignore: [loaded.intensifier]

# Lowest severity that fails a run (exit status 1): error, warning or info.
fail_on: warning

rules:
  # Per rule: a severity, off, or options of the rule's kind (corpuslint --explain RULE).
  # loaded.editorial-verb: off
  # loaded.pejorative: {severity: error}
  # stats.unattributed: {min_value: 10, window: 1}
  # names.transliteration:
  #   canonical: {"Muammar Gaddafi (surname)": Qaddafi}   # house spelling of a name group
  # dates.drift: {style: dmy}                             # house date style

# Settings for some folders only (gitignore-style patterns, relative to this file):
# overrides:
#   - files: ["opinion/**"]
#     rules: {loaded: off, loaded.emotive: info}
"""
