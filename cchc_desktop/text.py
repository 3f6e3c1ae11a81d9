"""Vietnamese text helpers: NFC normalisation, diacritic folding for search, Roman numerals."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_SPACES = re.compile(r"[ \t\u00a0]+")
# Control characters other than tab and line breaks: invisible, and NUL cuts a string short for
# SQLite's length() and for C libraries. Lone surrogates cannot be written as UTF-8 at all.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def nfc(text: str) -> str:
    """NFC form without control characters or lone surrogates (each becomes U+FFFD).

    NFC because reportlab draws decomposed accents in the wrong place and search needs one form;
    the rest because such text cannot be stored, printed or exported faithfully."""
    text = _CONTROLS.sub("", text)
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, runs of spaces folded, each line trimmed, no blank lines at either end."""
    if text is None:
        return ""
    lines = [
        _SPACES.sub(" ", line).strip()
        for line in nfc(str(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    return "\n".join(lines).strip("\n")


def nfc_deep(value: Any) -> Any:
    """Every string inside nested lists and dicts (keys included) in NFC."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k) if isinstance(k, str) else k: nfc_deep(v) for k, v in value.items()}
    return value


def fold(text: str) -> str:
    """Lower case without diacritics, đ → d: "Địa chính" and "dia chinh" fold alike.

    SQLite's LIKE and FTS5 do not fold đ, so searches compare folded copies made here.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


_ROMAN_VALUES = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(number: int) -> str:
    if not 0 < number < 4000:
        raise ValueError(f"Không viết được số La Mã cho {number}")
    out = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text: str) -> int | None:
    """The value of a Roman numeral ("IV" → 4), or None when ``text`` is not one."""
    token = text.strip().upper()
    if not token or not _ROMAN_RE.match(token):
        return None
    total, index = 0, 0
    for value, letters in _ROMAN_VALUES:
        while token.startswith(letters, index):
            total += value
            index += len(letters)
    return total


_DASHES = re.compile(r"\s*[-‐‑‒–—―−]\s*")
_AMPERSAND = re.compile(r"\s*&\s*")
_UNIT_PUNCTUATION = re.compile(r"[.,;:]+$")


def unit_key(name: str) -> str:
    """The key under which two spellings of one unit name meet: accents kept apart from case,
    any kind of dash, "&" and "và", spacing and a trailing full stop do not count.

    "Phòng Văn hóa - Xã hội", "Phòng Văn hoá – Xã hội" and "phòng văn hóa-xã hội" share a key;
    "HĐND & UBND" and "HĐND và UBND" too. (Accents are folded as well: "Van hoa" is the same
    unit typed on a keyboard without Vietnamese input.)"""
    text = nfc(name).strip()
    text = _DASHES.sub(" - ", text)
    text = _AMPERSAND.sub(" và ", text)
    text = _UNIT_PUNCTUATION.sub("", text)
    return fold(text)
