"""The generated rules reference is current; `corpuslint init` writes a working config."""

from __future__ import annotations

from conftest import ROOT, write


def test_rules_reference_is_current(cli):
    result = cli("docs", "--check", "docs/rules.md", cwd=ROOT)
    assert result.code == 0, "docs/rules.md is stale: run corpuslint docs docs/rules.md"


def test_rules_reference_lists_every_builtin_rule(cli):
    listed = {line.split()[0] for line in cli("--list-rules", cwd=ROOT).out.splitlines()[1:]}
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


def test_every_commented_example_of_init_loads_when_uncommented(cli, tmp_path):
    """Each commented example, uncommented alone, is a configuration corpuslint accepts."""
    from corpuslint.packs.starter import STARTER

    lines = STARTER.splitlines()

    def commented(line: str) -> str | None:
        """The YAML a commented line holds (its indent kept), or None for other lines."""
        body = line.lstrip()
        return line[:len(line) - len(body)] + body[2:] if body.startswith("# ") else None

    def indent(text: str) -> int:
        return len(text) - len(text.lstrip())

    examples: list[list[int]] = []
    for i, line in enumerate(lines):
        yaml = commented(line)
        if yaml is None or ":" not in yaml or yaml.strip()[:1].isupper():
            continue  # not commented, or prose explaining the file
        first = commented(lines[examples[-1][0]]) if examples else None
        if first is not None and examples[-1][-1] == i - 1 and indent(yaml) > indent(first):
            examples[-1].append(i)  # it continues the example above
        else:
            examples.append([i])
    assert len(examples) >= 7
    write(tmp_path / "style" / "house.yaml", "rules: []\n")  # the pack the packs example names
    write(tmp_path / "a.md", "The brutal attack.\n")
    for block in examples:
        text = list(lines)
        for i in block:
            text[i] = text[i].replace("# ", "", 1)
        write(tmp_path / ".corpuslint.yaml", "\n".join(text) + "\n")
        result = cli("--no-cache", "a.md", cwd=tmp_path)
        assert result.code in (0, 1) and "error" not in result.err, (block, result.err)
