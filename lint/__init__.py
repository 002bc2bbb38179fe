"""corpuslint: a linter for article corpora whose rules are YAML files.

Scripts lint through :func:`lint` (see :mod:`corpuslint.run.pipeline`)::

    from corpuslint import Options, lint

    for report in lint(Options(paths=("seeds/",))):
        for finding in report.findings:
            print(finding)
"""

__version__ = "0.1.0"

# The API, imported when first used (PEP 562) so that the command line, which imports
# this package first, loads only what a run needs.
_API = {
    "Options": "corpuslint.run.pipeline", "lint": "corpuslint.run.pipeline",
    "LintRun": "corpuslint.run.pipeline", "FileReport": "corpuslint.run.pipeline",
    "Finding": "corpuslint.model.findings", "Problem": "corpuslint.model.findings",
    "Severity": "corpuslint.model.findings", "CorpuslintError": "corpuslint.errors",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'corpuslint' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_API[name]), name)
