"""Bad input, one test per case (README, "Exit codes and errors").

Every case gives one clear line ``path[:line[:column]]: error: …`` (or ``warning:``
where documented), the documented exit status and never a traceback; a file that
cannot be linted does not stop the others: each corpus has ``good.md`` beside the bad
input, and its finding must still be reported.

The corpora use their own small pack (``builtin: false``), so the cases do not depend
on the built-in rules and run fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
from pathlib import Path

import pytest

from conftest import write
from corpuslint.packs.loader import builtin_pack_dir, builtin_pack_paths
from corpuslint.run.discover import Discovery
from corpuslint.text import yamlsource

PACK = """\
rules:
  - id: test.loaded
    kind: lexicon
    message: '"{text}" is loaded'
    description: A loaded word, to have a finding in every file.
    entries: [brutal, death squad]
  - id: test.pound
    kind: pattern
    message: 'a sum in pounds: "{text}"'
    description: Shows that the pound sign was decoded.
    pattern: '£\\d+'
"""
GOOD = 'good.md:1:5: warning: "brutal" is loaded [test.loaded]'
SUMMARY = re.compile(r"^corpuslint: (?:no findings|\d+ findings?) .* checked$")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus folder with its pack and a good file that has one known finding."""
    write(tmp_path / ".corpuslint.yaml", "builtin: false\npacks: [house.yaml]\n")
    write(tmp_path / "house.yaml", PACK)
    write(tmp_path / "good.md", "The brutal attack.\n")
    return tmp_path


def lint(cli, root: Path, *args: str):
    """Run corpuslint in ``root``; no traceback, ever."""
    result = cli(*args, cwd=root)
    assert "Traceback" not in result.err, result.err
    assert "Traceback" not in result.out
    return result


def diagnostics(result) -> list[str]:
    """stderr without the summary line."""
    return [line for line in result.err.splitlines() if not SUMMARY.match(line)]


def findings(result) -> list[tuple[str, int, int, str, str]]:
    """(path, line, column, rule, text) of every finding of a ``--format json`` run."""
    return [(f["path"], f["line"], f["column"], f["rule"], f["text"])
            for f in json.loads(result.out)]


GOOD_JSON = ("good.md", 1, 5, "test.loaded", "brutal")


class TooSlow(Exception):
    """A run went past its time limit."""


@contextlib.contextmanager
def deadline(seconds: float):
    """Raise TooSlow in the main thread once ``seconds`` have passed."""
    def expire(signum, frame):
        raise TooSlow(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- files that cannot be read as text ------------------------------------------------

def test_binary_file_with_md_extension(cli, corpus):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 8
    (corpus / "figure.md").write_bytes(png)
    result = lint(cli, corpus, ".")
    assert diagnostics(result) == ["figure.md: error: binary file (NUL bytes, the first on line 3), "
                                   "skipped"]
    assert result.out == GOOD + "\n"
    assert result.code == 2


@pytest.mark.parametrize(("data", "line"), [
    pytest.param(b"The brutal day.\n\nSecond\x00paragraph.\n", 3, id="early"),
    pytest.param(b"The brutal day.\n" + b"word " * 2000 + b"\n\x00\n", 3, id="after-8-KiB"),
])
def test_nul_bytes_inside_a_text_file(cli, corpus, data, line):
    """Text has no NUL: a file with one is binary wherever it is (not only in the first 8 KiB)."""
    (corpus / "bad.md").write_bytes(data)
    result = lint(cli, corpus, ".")
    assert diagnostics(result) == [f"bad.md: error: binary file (NUL bytes, the first on line "
                                   f"{line}), skipped"]
    assert result.out == GOOD + "\n"
    assert result.code == 2


def test_unreadable_file(cli, corpus, monkeypatch):
    secret = write(corpus / "secret.md", "The brutal secret.\n")
    if os.geteuid() == 0:  # root reads anything: make this one file unreadable
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "secret.md":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    else:
        secret.chmod(0)
    try:
        result = lint(cli, corpus, ".")
    finally:
        secret.chmod(0o644)
    assert diagnostics(result) == ["secret.md: error: cannot read: Permission denied"]
    assert result.out == GOOD + "\n"
    assert result.code == 2


def test_file_deleted_between_discovery_and_reading(cli, corpus, monkeypatch):
    write(corpus / "gone.md", "The brutal draft.\n")
    discovered = Discovery.targets

    def targets(self, paths):
        found = list(discovered(self, paths))
        assert any(t.path.name == "gone.md" for t in found)
        (corpus / "gone.md").unlink()  # deleted after discovery, before it is read
        yield from found

    monkeypatch.setattr(Discovery, "targets", targets)
    result = lint(cli, corpus, ".")
    assert diagnostics(result) == ["gone.md: error: cannot read: No such file or directory"]
    assert result.out == GOOD + "\n"
    assert result.code == 2


# --- encodings -------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "encoding"), [
    pytest.param("Line one.\nPrice: £5 for a brutal day.\n".encode("latin-1"), "cp1252",
                 id="latin-1"),
    pytest.param("Line one.\nPrice: £5 for a brutal day — “brutal” said.\n".encode("cp1252"),
                 "cp1252", id="windows-1252"),
    pytest.param(b"Line one.\nPrice: \xa35 for a brutal day \x81.\n", "latin-1",
                 id="byte-undefined-in-cp1252"),
])
def test_text_that_is_not_utf8(cli, corpus, data, encoding):
    (corpus / "bad.md").write_bytes(data)
    result = lint(cli, corpus, "--format", "json", ".")
    assert diagnostics(result) == [
        f"bad.md: warning: line 2: not valid UTF-8 (byte 0xa3); read as {encoding}"]
    assert findings(result) == [  # the quoted “brutal” (cp1252 quote marks) is skipped
        ("bad.md", 2, 8, "test.pound", "£5"),
        ("bad.md", 2, 17, "test.loaded", "brutal"),
        GOOD_JSON,
    ]
    assert result.code == 1  # the warning does not change the status


@pytest.mark.parametrize(("data", "line"), [
    pytest.param(b"One.\rTwo.\rCost \xa35.\r", 3, id="lone-cr"),
    pytest.param(b"One.\r\nTwo.\r\n\r\nCost \xa35.\r\n", 4, id="crlf"),
    pytest.param(b"One.\nTwo.\r\rFour.\r\nCost \xa35.\n", 5, id="mixed"),
])
def test_not_utf8_warning_names_the_right_line(cli, corpus, data, line):
    (corpus / "bad.md").write_bytes(data)
    result = lint(cli, corpus, "--format", "json", ".")
    assert diagnostics(result) == [
        f"bad.md: warning: line {line}: not valid UTF-8 (byte 0xa3); read as cp1252"]
    assert ("bad.md", line, 6, "test.pound", "£5") in findings(result)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(cli, corpus, encoding):
    (corpus / "bad.md").write_bytes("\ufeffLine one.\r\nThe brutal day cost £5.\r\n".encode(encoding))
    result = lint(cli, corpus, "--format", "json", ".")
    assert diagnostics(result) == []
    assert findings(result) == [("bad.md", 2, 5, "test.loaded", "brutal"),
                                ("bad.md", 2, 21, "test.pound", "£5"), GOOD_JSON]
    assert result.code == 1


def test_truncated_utf16_is_an_error(cli, corpus):
    (corpus / "bad.md").write_bytes("\ufeffThe brutal day.\n".encode("utf-16-le")[:-1])
    result = lint(cli, corpus, ".")
    assert diagnostics(result) == ["bad.md: error: invalid utf-16-le text at byte 32"]
    assert result.out == GOOD + "\n"
    assert result.code == 2


def test_utf8_bom_does_not_shift_columns(cli, corpus):
    (corpus / "bad.md").write_bytes("\ufeffThe brutal day cost £5.\n".encode("utf-8"))
    result = lint(cli, corpus, "--format", "json", ".")
    data = json.loads(result.out)
    assert diagnostics(result) == []
    assert [(f["line"], f["column"], f["end_column"], f["text"]) for f in data if f["path"] == "bad.md"] \
        == [(1, 5, 11, "brutal"), (1, 21, 23, "£5")]


def test_invalid_surrogate_bytes_are_not_utf8(cli, corpus):
    """ED A0 80 would encode the lone surrogate U+D800, which UTF-8 forbids."""
    (corpus / "bad.md").write_bytes(b"Line one.\nThe brutal \xed\xa0\x80 day cost \xa35.\n")
    result = lint(cli, corpus, "--format", "json", ".")
    assert diagnostics(result) == [
        "bad.md: warning: line 2: not valid UTF-8 (byte 0xed); read as cp1252"]
    assert findings(result) == [("bad.md", 2, 5, "test.loaded", "brutal"),
                                ("bad.md", 2, 25, "test.pound", "£5"), GOOD_JSON]
    assert result.code == 1


# --- line endings, empty and huge files -------------------------------------------------

@pytest.mark.parametrize(("text", "line", "column"), [
    pytest.param("One.\r\nTwo.\r\n\r\nThe day was brutal, £5.\r\n", 4, 13, id="crlf"),
    pytest.param("One.\rTwo.\r\rThe day was brutal, £5.\r", 4, 13, id="lone-cr"),
    pytest.param("One.\r\nTwo.\rThree.\n\r\nThe day was brutal, £5.\r", 5, 13, id="mixed"),
    pytest.param("One.\r\n\r\n\r\rA\rB. The day was brutal, £5.", 6, 16, id="mixed-no-final-newline"),
])
def test_line_endings(cli, corpus, text, line, column):
    (corpus / "bad.md").write_bytes(text.encode())
    (corpus / "bad.txt").write_bytes(text.encode())
    result = lint(cli, corpus, "--format", "json", ".")
    assert diagnostics(result) == []
    for name in ("bad.md", "bad.txt"):
        assert [f[1:] for f in findings(result) if f[0] == name] == [
            (line, column, "test.loaded", "brutal"), (line, column + 8, "test.pound", "£5")]
    assert GOOD_JSON in findings(result)


@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"])
def test_phrase_does_not_run_across_a_paragraph_break(cli, corpus, newline):
    text = newline.join(["A death", "", "squad.", "", "A death", "squad.", ""])
    for name in ("phrase.md", "phrase.txt"):
        (corpus / name).write_bytes(text.encode())
    result = lint(cli, corpus, "--format", "json", ".")
    assert [f[:3] for f in findings(result) if f[0].startswith("phrase")] == [
        ("phrase.md", 5, 3), ("phrase.txt", 5, 3)]


@pytest.mark.parametrize("name", ["empty.md", "empty.txt"])
def test_empty_file(cli, corpus, name):
    (corpus / name).write_bytes(b"")
    result = lint(cli, corpus, ".")
    assert diagnostics(result) == []
    assert result.out == GOOD + "\n"
    assert result.err.endswith("in 1 of 2 files checked\n")
    assert result.code == 1


def _single_line(path: Path, size: int, tail: str = "brutal") -> int:
    """Write ``size`` bytes of prose on one line ending in ``tail``; the tail's column."""
    chunk = b"The committee met on Tuesday and the talks went on into the night. "
    body = chunk * (size // len(chunk))
    path.write_bytes(body + tail.encode() + b"\n")
    return len(body) + 1


def test_long_single_line_file(cli, corpus):
    column = _single_line(corpus / "line.md", 2 * 1024 * 1024)
    result = lint(cli, corpus, ".")
    assert result.out == GOOD + f'\nline.md:1:{column}: warning: "brutal" is loaded [test.loaded]\n'
    assert diagnostics(result) == [] and result.code == 1


def test_50_mb_single_line_file_is_reported_not_linted(cli, corpus):
    _single_line(corpus / "huge.md", 50 * 1024 * 1024)
    with deadline(20):
        result = lint(cli, corpus, ".")
    assert diagnostics(result) == [
        "huge.md: error: too large to lint (52.4 MB; the limit is max_file_mb: 10)"]
    assert result.out == GOOD + "\n" and result.code == 2


def test_one_megabyte_word(cli, corpus):
    write(corpus / "word.md", "x" * 2**20 + " was brutal.\n\n" + "é" * 2**20 + " brutal £5\n")
    result = lint(cli, corpus, "--format", "json", ".")
    assert findings(result) == [GOOD_JSON, ("word.md", 1, 2**20 + 6, "test.loaded", "brutal"),
                                ("word.md", 3, 2**20 + 2, "test.loaded", "brutal"),
                                ("word.md", 3, 2**20 + 9, "test.pound", "£5")]
    assert diagnostics(result) == [] and result.code == 1


# --- paths ------------------------------------------------------------------------------

def test_symlink_loops_and_dangling_links_in_a_directory(cli, corpus):
    os.symlink("loop2.md", corpus / "loop1.md")
    os.symlink("loop1.md", corpus / "loop2.md")
    os.symlink("nowhere.md", corpus / "dangling.md")
    (corpus / "sub").mkdir()
    os.symlink("..", corpus / "sub" / "up")  # a directory loop: links to directories are not followed
    os.symlink("..", corpus / "sub" / "folder.md")
    write(corpus / "sub" / "real.md", "A brutal day.\n")
    result = lint(cli, corpus, ".")
    assert diagnostics(result) == ["dangling.md: error: broken symbolic link, skipped",
                                   "loop1.md: error: symbolic link loop, skipped",
                                   "loop2.md: error: symbolic link loop, skipped"]
    assert result.out == (GOOD + "\n" + 'sub/real.md:1:3: warning: "brutal" is loaded '
                          "[test.loaded]\n")
    assert result.code == 2


@pytest.mark.parametrize(("target", "message"), [
    ("nowhere.md", "broken symbolic link, skipped"),
    ("link.md", "symbolic link loop, skipped"),
])
def test_bad_symlink_given_explicitly(cli, corpus, target, message):
    os.symlink(target, corpus / "link.md")
    result = lint(cli, corpus, "link.md", "good.md")
    assert diagnostics(result) == [f"link.md: error: {message}"]
    assert result.out == GOOD + "\n"
    assert result.code == 2


def test_fifo_in_a_directory_is_skipped_not_waited_for(cli, corpus):
    os.mkfifo(corpus / "pipe.md")
    with deadline(10):
        result = lint(cli, corpus, ".")
    assert diagnostics(result) == ["pipe.md: warning: not a regular file, skipped"]
    assert result.out == GOOD + "\n"
    assert result.code == 1


def test_path_that_does_not_exist(cli, corpus):
    """A usage error (README): one line, status 2, and nothing is linted."""
    result = lint(cli, corpus, "missing.md", "good.md")
    assert result.err == "corpuslint: error: no such file or directory: missing.md\n"
    assert result.out == ""
    assert result.code == 2


def test_directory_given_as_config(cli, corpus):
    (corpus / "conf").mkdir()
    result = lint(cli, corpus, "--config", "conf", "good.md")
    assert result.err == "conf: error: is a directory; --config needs a file\n"
    assert result.out == "" and result.code == 2


# --- text the parsers must survive --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("---\ntitle: [brutal\n---\nThe brutal day.\n", [(4, 5)], id="bad-yaml"),
    pytest.param("---\ntitle: brutal: x: [\n...\nThe brutal day.\n", [(4, 5)], id="dots-end"),
    pytest.param("---\ntitle: brutal\nThe brutal day.\n", [(2, 8), (3, 5)], id="unterminated"),
    pytest.param("---\r\n- brutal\r\n- {a: \r\n---\r\nThe brutal day.\r\n", [(5, 5)], id="crlf"),
])
def test_malformed_front_matter(cli, corpus, text, expected):
    """Front matter that is not valid YAML is still not prose; unterminated, it is not front matter."""
    write(corpus / "bad.md", text)
    result = lint(cli, corpus, "--format", "json", ".")
    assert diagnostics(result) == []
    assert [f[1:3] for f in findings(result) if f[0] == "bad.md"] == expected
    assert GOOD_JSON in findings(result) and result.code == 1


def test_unterminated_code_fence(cli, corpus):
    write(corpus / "bad.md", "Intro is brutal.\n\n```python\nbrutal = 1\n\nstill brutal code\n")
    result = lint(cli, corpus, ".")
    assert result.out.splitlines() == [
        'bad.md:1:10: warning: "brutal" is loaded [test.loaded]', GOOD]
    assert diagnostics(result) == [] and result.code == 1


def test_unbalanced_quotation_marks_across_paragraphs(cli, corpus):
    write(corpus / "bad.md", (
        'He said: "It was brutal.\n\n'          # news style: runs to the paragraph's end
        "The brutal part came later.\n\n"      # a new paragraph without a mark: not quoted
        '"And it stayed brutal," he said. A brutal end.\n\n'
        "‘Brutal, she wrote. «Brutal» — and “brutal\n"))
    result = lint(cli, corpus, "--format", "json", ".")
    assert [f[1:3] for f in findings(result) if f[0] == "bad.md"] == [(3, 5), (5, 36), (7, 2)]
    assert diagnostics(result) == [] and result.code == 1


# --- rule packs ---------------------------------------------------------------------------

def _rule(rule_id: str, extra: str = "    kind: lexicon\n    entries: [x]\n") -> str:
    return f"  - id: {rule_id}\n    message: m\n{extra}"


@pytest.mark.parametrize(("pack", "error"), [
    pytest.param("rules:\n" + _rule("house.a") + "\tseverity: error\n",
                 "bad.yaml:6:1: error: invalid YAML: found character '\\t' that cannot start any token",
                 id="broken-yaml"),
    pytest.param("rules:\n" + _rule("house.a", "    kind: [lexicon\n    entries: [x]\n"),
                 "bad.yaml:5:12: error: invalid YAML: expected ',' or ']', but got ':'",
                 id="unclosed-flow"),
    pytest.param("rules: " + "[" * 3000 + "]" * 3000 + "\n",
                 "bad.yaml: error: invalid YAML: nested too deeply", id="nested-too-deeply"),
    pytest.param("rules:\n" + _rule("house.a", "    kind: lexicn\n"),
                 'bad.yaml:4:5: error: unknown kind "lexicn" in rule house.a (known: ',
                 id="unknown-kind"),
    pytest.param("rules:\n" + _rule("house.a") + _rule("house.b") + _rule("house.a"),
                 "bad.yaml:10:5: error: rule house.a is declared twice (first at bad.yaml:2)",
                 id="declared-twice"),
    pytest.param("rules:\n" + _rule("test.loaded"),
                 "bad.yaml:2:5: error: rule test.loaded is declared twice (first at house.yaml:2)",
                 id="declared-in-two-packs"),
])
@pytest.mark.slow
def test_bad_rule_pack(cli, corpus, pack, error):
    write(corpus / "bad.yaml", pack)
    result = lint(cli, corpus, "--pack", "bad.yaml", ".")
    assert result.err.startswith(error) and result.err.count("\n") == 1, result.err
    assert result.out == "" and result.code == 2


def test_catastrophic_user_regex_is_stopped_and_reported(cli, corpus):
    write(corpus / "slow.yaml", """\
rules:
  - id: house.slow
    kind: pattern
    message: m
    pattern: '(a|a)+$'
    timeout: 0.2
""")
    write(corpus / "slow.md", "The brutal day.\n\n" + "a" * 40 + "b\n")
    result = lint(cli, corpus, "--pack", "slow.yaml", ".")
    assert diagnostics(result) == [
        "slow.md: error: pattern of rule house.slow ran longer than 0.2s and was stopped"]
    assert result.out.splitlines() == [  # the other rules still ran on the same file
        GOOD, 'slow.md:1:5: warning: "brutal" is loaded [test.loaded]']
    assert result.code == 2


def _word(i: int) -> str:
    letters = []
    i += 26**3
    while i:
        i, r = divmod(i, 26)
        letters.append("abcdefghijklmnopqrstuvwxyz"[r])
    return "zq" + "".join(letters)


def _lexicon_pack(path: Path, entries: int) -> None:
    """A lexicon of ``entries`` terms (every tenth a two-word phrase), each with reason and alternatives."""
    lines = ["rules:", "  - id: big.lexicon", "    kind: lexicon",
             "    message: '\"{text}\": {reason}'", "    entries:"]
    for i in range(entries - 1):
        term = _word(i) if i % 10 else f"{_word(i)} {_word(i + 1)}"
        lines.append(f"      - term: {term}\n        reason: generated {i}\n"
                     f"        alternatives: [{_word(i + 2)}]")
    lines.append("      - term: brutal\n        reason: loaded\n        alternatives: [violent]")
    path.write_text("\n".join(lines) + "\n")


@pytest.mark.slow
def test_enormous_user_lexicon(cli, corpus):
    _lexicon_pack(corpus / "big.yaml", 100_000)
    write(corpus / "a.md", f"Talk of {_word(70_001)} and {_word(99_990)} {_word(99_991)}, "
                           f"not {_word(99_990)}.\n")
    result = lint(cli, corpus, "--pack", "big.yaml", "--select", "big", ".")
    assert result.out.splitlines() == [
        f'a.md:1:9: warning: "{_word(70_001)}": generated 70001 [big.lexicon]',
        f'a.md:1:20: warning: "{_word(99_990)} {_word(99_991)}": generated 99990 [big.lexicon]',
        'good.md:1:5: warning: "brutal": loaded [big.lexicon]']
    assert diagnostics(result) == [] and result.code == 1


@pytest.mark.slow
def test_libyaml_gives_the_pure_parsers_values_and_positions(monkeypatch):
    """YAML goes to libyaml; values and positions are the pure parser's."""
    pytest.importorskip("yaml")
    text = ("top:\n  - {a: 1e3, b: yes, c: 017, d: .inf, e: ~, f: !!str 12, g: =, h: 0x1F}\n"
            "  - 'é😀 x'\n  - 2001-01-01\n  - |\n    block\n" + "  - filler\n" * 30_000)
    assert len(text) > yamlsource.LIBYAML_MIN_CHARS
    fast = yamlsource.load_yaml_text(text, "x.yaml")
    monkeypatch.setattr(yamlsource, "LIBYAML_MIN_CHARS", 10**9)
    pure = yamlsource.load_yaml_text(text, "x.yaml")
    assert fast == pure
    assert fast["top"][0] == {"a": 1000.0, "b": "yes", "c": 17, "d": float("inf"), "e": None,
                              "f": "12", "g": "=", "h": 31}
    assert fast["top"].item_pos == pure["top"].item_pos
    line = text.splitlines()[1]
    assert fast["top"][0].key_pos == pure["top"][0].key_pos == {
        k: (2, line.index(f"{k}:") + 1) for k in "abcdefgh"}


def _tree(value):
    """Values with every position, to compare two parses exactly."""
    if isinstance(value, dict):
        return [value.pos, dict(value.key_pos), {k: _tree(v) for k, v in value.items()}]
    if isinstance(value, list):
        return [value.pos, list(value.item_pos), [_tree(v) for v in value]]
    return [type(value).__name__, value]


@pytest.mark.parametrize("pack", [*builtin_pack_paths(), builtin_pack_dir() / "names-groups.yaml"],
                         ids=lambda p: p.name)
def test_builtin_packs_parse_alike_with_either_parser(monkeypatch, pack):
    pytest.importorskip("yaml")
    text = pack.read_text("utf-8")
    fast = _tree(yamlsource.load_yaml_text(text, pack.name))
    monkeypatch.setattr(yamlsource, "LIBYAML_MIN_CHARS", 10**9)
    assert fast == _tree(yamlsource.load_yaml_text(text, pack.name))


def test_paragraph_opening_with_a_large_data_uri_image(cli, corpus):
    write(corpus / "bad.md", "![chart](data:image/png;base64," + "A" * 20_000 + ")\n\n"
                             "The brutal day.\n")
    result = lint(cli, corpus, ".")
    assert result.out.splitlines() == ['bad.md:3:5: warning: "brutal" is loaded [test.loaded]', GOOD]
