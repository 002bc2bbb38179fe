"""Configuration discovery, overrides and errors."""

from __future__ import annotations

from conftest import write

ARTICLE = "The brutal attack.\n"


def test_config_found_from_working_directory_upward(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: {severity: error}\n")
    write(tmp_path / "deep" / "er" / "a.md", ARTICLE)
    result = cli("a.md", cwd=tmp_path / "deep" / "er")
    assert ": error: " in result.out


def test_pyproject_tool_section(cli, tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.corpuslint]\nignore = ['loaded.emotive']\n")
    write(tmp_path / "a.md", ARTICLE)
    assert cli("a.md", cwd=tmp_path).out == ""


def test_rule_off_and_option_override(cli, tmp_path):
    write(tmp_path / "a.md", 'He called it "brutal". The brutal attack.\n')
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: {skip: []}\n")
    assert len(cli("a.md", cwd=tmp_path).out.splitlines()) == 2
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: off\n")
    assert cli("a.md", cwd=tmp_path).out == ""


def test_extra_packs_are_relative_to_the_config_file(cli, tmp_path):
    write(tmp_path / "style" / "house.yaml", """\
rules:
  - id: house.utilise
    kind: lexicon
    message: 'say "use", not "{text}"'
    entries: [{term: utilise, forms: [utilised], alternatives: [use]}]
""")
    write(tmp_path / ".corpuslint.yaml", "packs: [style/house.yaml]\nbuiltin: false\n")
    write(tmp_path / "sub" / "a.md", "They utilised the brutal plan.\n")
    result = cli("a.md", cwd=tmp_path / "sub")
    assert result.out.startswith('a.md:1:6: warning: say "use", not "utilised" [house.utilise]')
    assert "brutal" not in result.out


def test_explicit_config_file(cli, tmp_path):
    write(tmp_path / "conf.yaml", "select: [loaded.emotive]\nfail_on: error\n")
    write(tmp_path / "a.md", ARTICLE)
    result = cli("--config", "conf.yaml", "a.md", cwd=tmp_path)
    assert result.out and result.code == 0


def test_config_errors_name_the_line(cli, tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / ".corpuslint.yaml", "include: ['*.md']\nexlude: [x]\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.err == '.corpuslint.yaml:2:1: error: unknown configuration key "exlude"\n'
    write(tmp_path / ".corpuslint.yaml", "rules:\n  nosuch.rule: off\n")
    assert cli("a.md", cwd=tmp_path).err == (
        ".corpuslint.yaml:2: error: unknown rule nosuch.rule in configuration\n")
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: {colour: red}\n")
    assert 'unknown option "colour" for rule loaded.emotive' in cli("a.md", cwd=tmp_path).err


def test_directory_as_config_is_an_error(cli, tmp_path):
    write(tmp_path / "a.md", ARTICLE)
    (tmp_path / "confdir").mkdir()
    result = cli("--config", "confdir", "a.md", cwd=tmp_path)
    assert (result.code, result.err) == (2, "confdir: error: is a directory; --config needs a file\n")


def test_invalid_toml(cli, tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.corpuslint]\nignore = [\n")
    write(tmp_path / "a.md", ARTICLE)
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and result.err.startswith("pyproject.toml: error: invalid TOML")


def test_a_missing_pack_is_named_at_its_configuration_line(cli, tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    write(tmp_path / ".corpuslint.yaml", "select: [loaded]\npacks:\n  - style/house.yaml\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.err.startswith('.corpuslint.yaml:3:5: error: pack "style/house.yaml" not found')
