"""corpuslint: a linter for article corpora whose rules are YAML files."""

__version__ = "0.1.0"
