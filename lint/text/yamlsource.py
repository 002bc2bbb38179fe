"""Safe YAML loading that remembers where every key and item came from.

Files are composed into nodes (no object is ever constructed from a tag) and turned
into plain dicts, lists and scalars.  ``YMap`` and ``YSeq`` carry the line and column
of each key and item, so validation errors can point at the exact YAML line.
"""

from __future__ import annotations

import os
import re
from typing import Any, Protocol

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import Node, ScalarNode

from corpuslint.errors import ConfigError
from corpuslint.text.sidefiles import SIDE_FILE_LIMIT, read_side_file

MAX_YAML_BYTES = SIDE_FILE_LIMIT
Position = tuple[int, int]  # 1-based line and column


class YMap(dict):
    """A mapping that knows its own position and that of each key."""

    pos: Position = (1, 1)
    key_pos: dict[str, Position]

    def where(self, key: str | None = None) -> Position:
        return self.key_pos.get(key, self.pos) if key is not None else self.pos


class YSeq(list):
    """A sequence that knows its own position and that of each item."""

    pos: Position = (1, 1)
    item_pos: list[Position]

    def where(self, index: int | None = None) -> Position:
        return self.item_pos[index] if index is not None else self.pos


def position_of(container: Any, key: Any = None) -> Position:
    """Best-known position of ``container[key]`` (or of the container itself)."""
    if isinstance(container, (YMap, YSeq)):
        return container.where(key)
    return (1, 1)


def _mark(node: Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


_BOOLS = {"true": True, "false": False}
_STR_TAG = "tag:yaml.org,2002:str"
_SPECIAL_FLOATS = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf"),
                   ".nan": float("nan")}
# "=" and "<<" as plain values are resolved to these YAML 1.1 tags; they are just text
_TEXT_TAGS = {"tag:yaml.org,2002:value", "tag:yaml.org,2002:merge"}
_STANDARD_TAGS = {f"tag:yaml.org,2002:{name}"
                  for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}


def _scalar(node: ScalarNode, path: str, tag: str) -> Any:
    value = node.value
    if tag.endswith(":str") or node.style in ("'", '"', "|", ">"):
        return value
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return _BOOLS.get(value.lower(), value)
    if tag.endswith(":int"):
        digits = value.replace("_", "")
        try:  # 0x1F, 0o17, 0b101; "017" is decimal 17 in YAML 1.2
            return int(digits, 0) if digits.lstrip("+-")[1:2].isalpha() else int(digits, 10)
        except ValueError:
            return value
    if tag.endswith(":float"):
        special = _SPECIAL_FLOATS.get(value.lower())
        if special is not None:
            return special
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value


def _tag(node: Node) -> str:
    """The node's tag; libyaml's YAML 1.1 guesses for plain scalars become ruamel's 1.2 ones."""
    if isinstance(node, Node) or node.id != "scalar" or node.style:
        return node.tag
    return _libyaml_resolution().retag(node.tag, node.value)


def _convert(node: Node, path: str) -> Any:
    tag = _tag(node)
    if tag in _TEXT_TAGS and node.id == "scalar":
        tag = _STR_TAG
    if tag not in _STANDARD_TAGS:
        raise ConfigError(f"unsupported YAML tag {tag}", path, *_mark(node))
    if node.id == "scalar":
        return _scalar(node, path, tag)
    if node.id == "sequence":
        seq = YSeq(_convert(item, path) for item in node.value)
        seq.pos = _mark(node)
        seq.item_pos = [_mark(item) for item in node.value]
        return seq
    if node.id == "mapping":
        mapping = YMap()
        mapping.pos = _mark(node)
        mapping.key_pos = {}
        for key_node, value_node in node.value:
            line, col = _mark(key_node)
            if key_node.id != "scalar":
                raise ConfigError("mapping keys must be plain strings", path, line, col)
            key = str(key_node.value)
            if key == "<<":
                raise ConfigError("YAML merge keys are not supported", path, line, col)
            if key in mapping:
                raise ConfigError(f'duplicate key "{key}"', path, line, col)
            mapping[key] = _convert(value_node, path)
            mapping.key_pos[key] = (line, col)
        return mapping
    raise ConfigError("unsupported YAML node", path, *_mark(node))


# YAML is composed by libyaml (PyYAML's C parser), ten times faster than the pure-Python
# parser (a 100,000-entry lexicon: seconds instead of a minute).  Any text libyaml
# rejects goes to ruamel's pure parser, so error messages are always ruamel's.
LIBYAML_MIN_CHARS = 0
_NO_NODE = object()


class _LibyamlResolution:
    """Map libyaml's implicit YAML 1.1 tags for plain scalars to ruamel's YAML 1.2 tags."""

    def __init__(self, yaml_module) -> None:
        from ruamel.yaml.resolver import VersionedResolver

        # implicit resolvers by the value's first character: [(tag, regexp), ...]
        self.yaml11 = yaml_module.resolver.Resolver.yaml_implicit_resolvers
        self.yaml12 = VersionedResolver().versioned_resolver

    @staticmethod
    def _resolve(table: dict, value: str) -> str:
        for tag, regexp in table.get(value[:1], ()):
            if regexp.match(value):
                return str(tag)
        return _STR_TAG

    def retag(self, tag: str, value: str) -> str:
        first = value[:1]
        if first not in self.yaml11 and first not in self.yaml12:
            return tag  # a plain word: text in both versions (or explicitly tagged)
        if tag != self._resolve(self.yaml11, value):
            return tag  # an explicit tag (!!str 12): keep it
        return self._resolve(self.yaml12, value)


_RESOLUTION: list[_LibyamlResolution] = []


def _libyaml_resolution() -> _LibyamlResolution:
    if not _RESOLUTION:
        import yaml

        _RESOLUTION.append(_LibyamlResolution(yaml))
    return _RESOLUTION[0]


def _compose_libyaml(text: str) -> Any:
    """libyaml's node tree, or ``_NO_NODE`` when it is unavailable or rejects the text."""
    try:
        import yaml

        loader = yaml.CSafeLoader
    except (ImportError, AttributeError):
        return _NO_NODE
    try:
        return yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return _NO_NODE


def _compose(text: str, path: str) -> Any:
    """The node tree of ``text`` (libyaml, or ruamel's pure parser for what it rejects)."""
    if len(text) >= LIBYAML_MIN_CHARS:
        node = _compose_libyaml(text)
        if node is not _NO_NODE:
            return node
    yaml = YAML(typ="safe", pure=True)
    try:
        return yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigError(f"invalid YAML: {problem}", path, line, col) from None
    except YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path) from None
    except RecursionError:
        raise ConfigError("invalid YAML: nested too deeply", path) from None


MAX_EXPANDED_NODES = 1_000_000  # nodes once aliases are expanded ("billion laughs")
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]")


def _expanded_size(node: Node, sizes: dict[int, int]) -> int:
    """How many nodes ``node`` becomes when every alias is copied out (memoised by node)."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    if node.id == "sequence":
        size = 1 + sum(_expanded_size(item, sizes) for item in node.value)
    elif node.id == "mapping":
        size = 1 + sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    else:
        size = 1
    sizes[id(node)] = size
    return size


def load_yaml_text(text: str, path: str) -> Any:
    """Parse YAML text; errors become ``ConfigError`` with the YAML line and column."""
    node = _compose(text, path)
    if node is None:
        return None
    try:
        if _ALIAS.search(text) and _expanded_size(node, {}) > MAX_EXPANDED_NODES:
            raise ConfigError(f"invalid YAML: its aliases expand to more than "
                              f"{MAX_EXPANDED_NODES:,} values", path)
        return _convert(node, path)
    except RecursionError:
        raise ConfigError("invalid YAML: nested too deeply", path) from None


def load_yaml_file(path: str | os.PathLike[str], display: str | None = None) -> Any:
    """Read and parse a YAML file with size bounds and clear errors."""
    name = display or str(path)
    data = read_side_file(path, name, MAX_YAML_BYTES, "YAML file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 (byte {data[exc.start]:#04x})", name) from None
    cached = _PARSED[0].get(data) if _PARSED else None
    if cached is not None:
        return cached
    value = load_yaml_text(text, name)
    if _PARSED:
        _PARSED[0].put(data, value)
    return value


class ParsedStore(Protocol):
    """Somewhere parsed YAML is kept between runs, by the file's bytes."""

    def get(self, data: bytes) -> Any: ...

    def put(self, data: bytes, value: Any) -> None: ...


_PARSED: list[ParsedStore] = []  # the store in use, if any


def keep_parsed(store: ParsedStore | None) -> None:
    """Keep the YAML files read from now on in ``store`` (None: keep nothing)."""
    _PARSED[:] = [store] if store is not None else []
