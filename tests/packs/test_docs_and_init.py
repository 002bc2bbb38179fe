"""The generated rules reference is current; `corpuslint init` writes a working config."""

from __future__ import annotations

from conftest import ROOT, write


def test_rules_reference_is_current(cli):
    result = cli("docs", "--check", "docs/rules.md", cwd=ROOT)
    assert result.code == 0, "docs/rules.md is stale: run corpuslint docs docs/rules.md"


def test_rules_reference_lists_every_builtin_rule(cli):
    listed = {line.split()[0] for line in cli("--list-rules", cwd=ROOT).out.splitlines()}
    text = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert listed and all(f"### `{rule}`" in text for rule in listed)


def test_docs_check_fails_on_a_stale_file(cli, tmp_path):
    write(tmp_path / "rules.md", "# old\n")
    result = cli("docs", "--check", str(tmp_path / "rules.md"), cwd=ROOT)
    assert result.code == 1 and "out of date" in result.err


def test_init_writes_a_config_that_loads(cli, tmp_path):
    assert cli("init", cwd=tmp_path).code == 0
    assert (tmp_path / ".corpuslint.yaml").read_text().startswith("# corpuslint configuration")
    write(tmp_path / "a.md", "The brutal attack.\n")
    assert cli("a.md", cwd=tmp_path).code == 1
    again = cli("init", cwd=tmp_path)
    assert again.code == 2 and "already exists" in again.err
    assert cli("init", "--force", cwd=tmp_path).code == 0
