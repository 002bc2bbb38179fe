"""The README's Neovim set-up for ``corpuslint lsp``, run in a real Neovim (headless)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
vim.wait(20000, function() return #vim.diagnostic.get(0) >= 2 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("%d:%d %s", d.lnum + 1, d.col + 1, d.message))
end
vim.fn.writefile(out, "diagnostics.txt")
vim.cmd("qa!")
"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed")
def test_neovim_shows_corpus_diagnostics_with_the_readme_setup(tmp_path):
    pytest.importorskip("pygls", reason="the [lsp] extra is not installed")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = re.search(r"\*\*Neovim\*\*.*?```lua\n(.*?)```", readme, re.DOTALL).group(1)
    (tmp_path / "init.lua").write_text(setup, encoding="utf-8")
    (tmp_path / "check.lua").write_text(CHECK, encoding="utf-8")
    (tmp_path / ".corpuslint.yaml").write_text("select: [names, loaded]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Gaddafi spoke. Gaddafi left.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Qaddafi spoke. The brutal attack.\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(["nvim", "--headless", "-u", "init.lua", "b.md", "-c", "luafile check.lua"],
                   cwd=tmp_path, env=env, timeout=60, capture_output=True)
    lines = (tmp_path / "diagnostics.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith('1:1 "Qaddafi" — the corpus uses "Gaddafi" (2x)')
    assert lines[1].startswith('1:20 "brutal" is loaded')
