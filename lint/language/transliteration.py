"""Transliteration variants of names: Gaddafi, Qaddafi, Kadhafi and al-Qadhdhafi are one name.

``fold`` removes case, diacritics and the apostrophes that stand for ayn and hamza.
``key`` goes further and maps the letters that transliteration systems disagree on to
one letter (or ch, sh) each, so that most spellings of a name share a key and the rest
are an edit apart.  ``group_variants`` finds groups of variant spellings among the names
of a corpus, comparing names token by token on their keys.

The key alphabet, after articles (al-, el-, as-, ...) are dropped:

- k: k, q, g, c (hard), ck, kh, gh     d: d, dh, th, z          f: f, ph
- j: j, dj, zh                         ch: ch, tch, tsch        sh: sh
- u: u, o, w, ou, oo, au before a consonant
- i: i, y, ee, ie, ai/ei before a consonant
- a: a, e                              doubled letters are written once

Keys of three letters or fewer only match when equal (Kim Jong Un / Kim Jong Il).  Longer
keys match within ``max_distance`` edits, counting only edits transliterations make:
vowels, h, v and the c of ch come and go, t/d and h/k swap (so Nasser/Yasser and
Barry/Harry do not match).  Keys whose vowels disagree in two places never match, even
with ``max_distance`` 2: Khomeini (kumini) and Khamenei (kamani).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

SHORT_KEY = 3  # keys this long or shorter only match when equal (Kim Jong Un / Kim Jong Il)
VOWELS = frozenset("aiu")  # the only vowels left in a key
ARTICLES = frozenset("al el ul ad an ar as ash at ath az ed er es esh ez".split())  # when hyphen-attached
SEPARATE_ARTICLES = frozenset({"al", "el"})  # "Al Qaeda", "Moammar El Kadhafi"

_MARKS = dict.fromkeys(map(ord, "ʿʾʼʻʹʺ'‘’`´′"))  # ayn, hamza, soft and hard signs, apostrophes
_HYPHENS = str.maketrans("‐‑", "--")
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                          "æ": "ae", "œ": "oe"})  # letters NFKD does not decompose
_CAMEL_ARTICLE = re.compile(r"\b([AE]l)(?=[A-Z][a-z])")  # ElBaradei -> El-Baradei
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters, possibly joined by hyphens
_SPACES = re.compile(r"\s+")
_SOFT_LETTERS = frozenset("aiuhv")  # may be added or dropped
_SOFT_CHANGES = frozenset({(p, q) for p in VOWELS for q in VOWELS if p != q} |
                          {("t", "d"), ("d", "t"), ("h", "k"), ("k", "h")})
_HARD = 1_000  # the cost of an edit no transliteration makes
_HARD_CONSONANTS = str.maketrans({"t": "d", **dict.fromkeys("aiuhvkc")})  # see _skeleton
_ABD = re.compile(r"abd[aeiou]{1,2}l")  # Abdul, Abdel: "servant of the"

_REWRITES = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"([^aeiou])\1+", r"\1"),  # doubled consonants, so that digraphs come together: Boettcher
    (r"(?<=e)h(?=i$)", ""),  # Persian silent -eh before the -i ending: Khameneh'i
    (r"(?<=.)[aeiou]lah$", "alah"),  # Allah in compounds: Hezbollah, Nasrullah, Abdollah
    (r"(?<=[aeiouy])h$", ""),  # silent final h: Fallujah, Haniyeh
    (r"tsch|tch", "ch"),  # Tchaikovsky, Klitschko
    (r"tz(?!ch)", "ts"),  # Hebrew and Yiddish tsadi: Katzav, Katsav
    (r"zh", "j"),  # Prigozhin
    (r"dj", "j"),  # Djibouti, and Dzhokhar after zh
    (r"x", "ks"),
    (r"ph", "f"),
    (r"qu(?=[aeiouy])", "k"),  # Quathafi
    (r"ck", "k"),
    (r"kh|gh|q|g", "k"),
    (r"c(?=[eiy])", "s"),
    (r"c(?!h)", "k"),  # Mecca, Dacca
    (r"dh|th|z", "d"),  # Qadhafi, Qathafi, Kazzafi
    (r"(?<=[^aeiouy])yo", "o"),  # Russian ё: Khrushchyov
    (r"y", "i"),
    (r"w|o", "u"),  # Rowhani, Mohammed
    (r"ee|ie", "i"),  # Mujahideen, Kiev
    (r"e", "a"),  # Gheddafi, Mohammed
    (r"(.)\1+", r"\1"),
    (r"(?:ai)+(?![aiu])", "i"),  # diphthongs: Hussein, Husayn, Sheikh, Shaykh
    (r"(?:au)+(?![aiu])", "u"),  # Zawr, Maulana
    (r"(.)\1+", r"\1"),
))


def fold(name: str) -> str:
    """Case-folded ``name`` without diacritics or apostrophes; hyphens become spaces."""
    return _SPACES.sub(" ", _fold_letters(name).replace("-", " ")).strip()


def key(name: str) -> str:
    """The transliteration key of ``name``: one key per token, articles dropped, space-joined.

    The keys of real names are stable, ``key(key(name)) == key(name)``, so ``distance``
    may be given keys; arbitrary letter strings can form new digraphs.
    """
    return " ".join(_token_keys(name))


def distance(a: str, b: str) -> int:
    """Levenshtein distance between the keys of ``a`` and ``b``."""
    return _levenshtein(key(a), key(b))


def group_variants(counts: dict[str, int], min_count: int = 2, max_distance: int = 1,
                   short_key: int | None = None) -> list[list[str]]:
    """Groups of two or more names in ``counts`` that are variants of one another.

    Names are taken in order of count (highest first, then alphabetically); each joins
    the first earlier group whose first name it matches (token by token on their keys, or
    run together when the token counts differ), or starts a group.
    Every member is therefore a variant of its group's most frequent spelling, and chains
    of near misses never merge different names.  Groups come in the order of their first
    names.  Groups are indexed by the consonant skeleton and length of their first name's
    run-together key, so names are never compared all against all.  Keys of ``short_key``
    letters or fewer must match exactly (default SHORT_KEY).
    """
    short = SHORT_KEY if short_key is None else short_key
    names = sorted((n for n, c in counts.items() if c >= min_count), key=lambda n: (-counts[n], n))
    groups: list[list[str]] = []
    group_keys: list[tuple[str, ...]] = []
    index: dict[tuple[str, int], list[int]] = {}
    for name in names:
        keys = _token_keys(name)
        if not keys:
            continue
        bucket = _bucket(keys)
        candidates = _candidates(index, bucket, len(keys) * max_distance)
        match = next((g for g in candidates
                      if _names_match(group_keys[g], keys, max_distance, short)
                      and surface_close(groups[g][0], name)), None)
        if match is None:
            index.setdefault(bucket, []).append(len(groups))
            groups.append([])
            group_keys.append(keys)
            match = len(groups) - 1
        groups[match].append(name)
    return [group for group in groups if len(group) > 1]


SURFACE_SHARE = 0.34  # of a word's letters that a variant spelling may change …
SHORT_WORD = 5  # … checked on short words and on names split differently
# names of companies and institutions are not transliterated: only typos make variants of them
ORGANISATION_WORDS = frozenset("""
inc co corp corporation ltd plc llc sa ag nv bv spa ab as group bank banks holdings industries
international partners securities trust fund airlines airways motors systems technologies
""".split())


# British spellings and their American forms: a regional difference, not a variant name
_REGIONAL = ((re.compile(r"ence\Z"), "ense"), (re.compile(r"tre\Z"), "ter"),
             (re.compile(r"is(e|ed|es|ing|ation|ations)\Z"), r"iz\1"), (re.compile(r"our\Z"), "or"),
             (re.compile(r"gramme\Z"), "gram"), (re.compile(r"ogue\Z"), "og"))


def _us(token: str) -> str:
    for pattern, replacement in _REGIONAL:
        token = pattern.sub(replacement, token)
    return token


def surface_close(a: str, b: str) -> bool:
    """Whether two names are written alike enough to be one name spelled two ways.  People's
    and places' names are transliterated, so their keys alone decide ("Gaddafi"/"Qathafi",
    "Kiev"/"Kyiv").  A company or institution ("… Inc", "… Bank") varies only by typos: the
    same letters run together ("Coca Cola Co"/"Coca-Cola Co"), or each short word changed
    in at most a third of its letters, not names that only share a consonant skeleton
    ("Pak Inc"/"Peck Inc", "Kyowa Bank"/"Ka Wah Bank")."""
    x, y = _content_tokens(a), _content_tokens(b)
    if "".join(x) == "".join(y):
        return True
    if len(x) == len(y) and x != y and [_us(t) for t in x] == [_us(t) for t in y]:
        return False  # "Defence"/"Defense Ministry": regional English, not a name's variant
    if not ORGANISATION_WORDS.intersection((x[-1], y[-1])):
        return True  # a person's or place's name: its transliteration key decides
    while x and y and x[-1] == y[-1]:  # compare only where they differ: "Kyowa"/"Ka Wah" Bank
        x, y = x[:-1], y[:-1]
    while x and y and x[0] == y[0]:
        x, y = x[1:], y[1:]
    if not x or not y:
        return False
    if len(x) == len(y):  # word for word: a long word's shared key is evidence enough
        pairs = [(p, q) for p, q in zip(x, y) if p != q and min(len(p), len(q)) <= SHORT_WORD]
    else:
        pairs = [("".join(x), "".join(y))]
    return all(_levenshtein(p, q) <= SURFACE_SHARE * max(len(p), len(q)) for p, q in pairs)


def _fold_letters(name: str) -> str:
    """``fold`` but with hyphens kept, so that attached articles can still be told apart."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_HYPHENS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_LETTERS).casefold().translate(_MARKS)


def _token_keys(name: str) -> tuple[str, ...]:
    return tuple(_token_key(token) for token in _content_tokens(name))


def _content_tokens(name: str) -> list[str]:
    """Folded tokens of ``name`` without articles (unless nothing else is left)."""
    words = _WORD.findall(_fold_letters(_CAMEL_ARTICLE.sub(r"\1-", name)))
    tokens = [part for word in words for part in _drop_attached_articles(word.split("-"))]
    content = [token for token in tokens if token not in SEPARATE_ARTICLES]
    return content or tokens


def _drop_attached_articles(parts: list[str]) -> list[str]:
    """Hyphen-joined parts without the articles attached to a following part (al-Qaeda)."""
    return [part for part in parts[:-1] if part not in ARTICLES] + parts[-1:]


@lru_cache(maxsize=1 << 14)
def _token_key(token: str) -> str:
    if _ABD.fullmatch(token):
        return "abd"
    for pattern, replacement in _REWRITES:
        token = pattern.sub(replacement, token)
    return token


def _names_match(a: Sequence[str], b: Sequence[str], max_distance: int,
                 short_key: int = SHORT_KEY) -> bool:
    if not a or not b:
        return False
    pairs = zip(a, b) if len(a) == len(b) else [("".join(a), "".join(b))]
    return all(_keys_match(x, y, max_distance, short_key) for x, y in pairs)


def _keys_match(x: str, y: str, max_distance: int, short_key: int = SHORT_KEY) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) <= short_key or abs(len(x) - len(y)) > max_distance:
        return False
    if _skeleton(x) != _skeleton(y) or _vowels_clash(x, y):
        return False
    return _soft_distance(x, y) <= max_distance


def _vowels_clash(x: str, y: str) -> bool:
    """Whether vowel skeletons of equal length differ in two or more places.

    One edit changes at most one vowel, so this only bites when ``max_distance`` > 1:
    Khomeini (kumini, u-i-i) and Khamenei (kamani, a-a-i) are two edits apart and
    differ in two vowels.
    """
    vx, vy = _vowel_skeleton(x), _vowel_skeleton(y)
    return len(vx) == len(vy) and sum(p != q for p, q in zip(vx, vy)) > 1


def _vowel_skeleton(k: str) -> str:
    return "".join(ch for ch in k if ch in VOWELS)


def _bucket(keys: tuple[str, ...]) -> tuple[str, int]:
    """The consonant skeleton (``_skeleton``) and length of the run-together ``keys``."""
    whole = "".join(keys)
    return _skeleton(whole), len(whole)


def _candidates(index: dict[tuple[str, int], list[int]], bucket: tuple[str, int], reach: int) -> list[int]:
    """Groups in the buckets a name's variants can be in, in order.

    Keys that match token by token or run together have the same skeleton, and their
    run-together lengths differ by at most ``max_distance`` per token (``reach``).
    """
    skeleton, length = bucket
    return sorted(g for n in range(length - reach, length + reach + 1) for g in index.get((skeleton, n), ()))


def _skeleton(k: str) -> str:
    """The letters of ``k`` that no soft edit touches, with t written d (see ``_soft_distance``)."""
    return k.translate(_HARD_CONSONANTS)


def _soft_distance(a: str, b: str) -> int:
    """Edit distance between keys counting only the edits transliterations make.

    Vowels may be changed, added or dropped, and so may h, v and the c of ch (Chanukah/
    Hanukkah); t and d, and h and k (Luhansk/Lugansk), may replace each other.  Any other
    edit costs ``_HARD``, so this is at least the Levenshtein distance, and equal to it
    when every edit is one of these.
    """
    cost_a, cost_b = _indel_costs(a), _indel_costs(b)
    previous = [0]
    for cost in cost_b:
        previous.append(previous[-1] + cost)
    for ca, drop in zip(a, cost_a):
        current = [previous[0] + drop]
        for j, cb in enumerate(b):
            change = 0 if ca == cb else 1 if (ca, cb) in _SOFT_CHANGES else _HARD
            current.append(min(previous[j + 1] + drop, current[j] + cost_b[j], previous[j] + change))
        previous = current
    return previous[-1]


def _indel_costs(k: str) -> list[int]:
    return [1 if ch in _SOFT_LETTERS or k.startswith("ch", i) else _HARD for i, ch in enumerate(k)]


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
