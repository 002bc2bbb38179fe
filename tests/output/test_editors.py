"""Editors read the text format as documented: Vim's errorformat lands on the flagged word.

Columns count characters; Vim's ``%c`` counts bytes, so after a curly quote it would land
early. The README documents ``%v`` (the character's column), tested here with Vim itself.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import write

VIM_ERRORFORMAT = r"%f:%l:%v:\ %t%*[a-z]:\ %m"  # as the README's editor section gives it


@pytest.mark.skipif(shutil.which("vim") is None, reason="vim is not installed")
def test_vim_lands_on_the_flagged_word_after_curly_quotes(cli, tmp_path):
    write(tmp_path / "a.md", "“Quotes” and ‘marks’ — then a brutal attack.\n")
    write(tmp_path / "out.txt", cli("--select", "loaded.emotive", "a.md", cwd=tmp_path).out)

    def landing(errorformat: str) -> list[str]:
        subprocess.run(["vim", "-Es", "-N", "-u", "NONE", "-i", "NONE",
                        "-c", f"set efm={errorformat}", "-c", "cfile out.txt", "-c", "cc 1",
                        "-c", "normal! yiw",
                        "-c", 'call writefile([@", getqflist()[0].type], "landed.txt")',
                        "-c", "qa!"], cwd=tmp_path, check=False, timeout=30,
                       capture_output=True)
        return (tmp_path / "landed.txt").read_text().splitlines()

    assert landing(VIM_ERRORFORMAT) == ["brutal", "w"]
    assert landing(r"%f:%l:%c:\ %m")[0] != "brutal"  # why the README does not say %c
