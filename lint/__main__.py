"""Entry point for ``python -m corpuslint``."""

import sys

from corpuslint.cli import main

sys.exit(main())
