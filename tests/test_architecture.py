"""The package's plan holds: stages import only downward, every folder ships in the wheel."""

from __future__ import annotations

import ast
import importlib

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "lint"
# bottom to top: a module may import its own layer and the layers below it
LAYERS = (
    ("errors", "printable"),
    ("text",),
    ("model",),
    ("language",),
    ("store",),
    ("config",),
    ("kinds",),
    ("packs",),
    ("run",),
    ("output",),
    ("lsp",),
    ("cli", "__main__", "__init__"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def layer_of(dotted: str) -> str:
    """``corpuslint.run.engine`` -> ``run``; the package itself is its ``__init__``."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of every corpuslint import in ``path``, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] == "corpuslint":
                found.append((node.lineno, node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, []) for a in node.names
                      if a.name.split(".")[0] == "corpuslint"]
    return found


def dotted_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    return ".".join(("corpuslint", *rel.parts))


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_point_downward(path):
    importer = layer_of(dotted_name(path))
    assert importer in RANK, f"{path}: no layer for {importer}; add it to LAYERS"
    upward = []
    for line, module, names in imports(path):
        if module == "corpuslint" and names == ["__version__"]:
            continue  # the version is the package's own data, below everything
        if path.name == "__init__.py" and path.parent == PACKAGE:
            continue  # the package's lazy API re-exports the top of the stack
        target = layer_of(module) if module != "corpuslint" else "__init__"
        if RANK[target] > RANK[importer]:
            upward.append(f"line {line}: {module}")
    assert not upward, f"{path} ({importer}) imports upward: {upward}"


def test_the_engine_knows_no_particular_kind():
    """The run stage reaches kinds only through the registry and the base classes."""
    for path in (PACKAGE / "run").glob("*.py"):
        for line, module, _ in imports(path):
            assert module in ("corpuslint.kinds", "corpuslint.kinds.base") or \
                not module.startswith("corpuslint.kinds"), f"{path}:{line} imports {module}"


def test_every_folder_is_a_listed_package_and_installed():
    folders = sorted({dotted_name(p.parent / "x.py").rsplit(".", 1)[0]
                      for p in PACKAGE.rglob("__init__.py")})
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    assert set(folders) <= set(listed), "add the new folder to [tool.setuptools] packages"
    for name in folders:
        module = importlib.import_module(name)  # the installed package has it
        assert Path(module.__file__).name == "__init__.py"
    assert set(listed) - set(folders) == {"corpuslint.rules"}


def test_every_module_says_what_it_is_for():
    for path in modules():
        assert ast.get_docstring(ast.parse(path.read_text())), f"{path} has no docstring"
