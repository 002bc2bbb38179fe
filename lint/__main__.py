"""Entry point for ``python -m corpuslint``."""

from corpuslint.cli import console

console()
