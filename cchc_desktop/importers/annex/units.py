"""Lead and partner cells into unit names, and those names against the unit directory.

A cell lists its units one per line ("- Phòng VHXH" / "- Đoàn kiểm tra CCHC của xã"), or
with ";", or with "," ("Các phòng chuyên môn, TT PVHCC"). A comma also occurs inside one
name ("Các sở, ban ngành cấp tỉnh"), so a comma starts a new unit only where the text after
it starts like a unit name. Likewise a line that does not start like one ("HĐND&UBND" under
"Văn phòng") is the wrapped end of the line above.

Names are compared by :func:`cchc_desktop.text.unit_key`: "Phòng Văn hóa - Xã hội" and "Phòng
Văn hoá – Xã hội", "HĐND & UBND" and "HĐND và UBND" are one unit, in a cell and in the directory.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ...domain import AnnexSection, Unit
from ...text import clean, fold, unit_key

# How unit names start in commune and province annexes. Data, kept short on purpose.
UNIT_NAME_STARTS = (
    "Phòng",
    "Văn phòng",
    "Trung tâm",
    "TT",
    "UBND",
    "Ủy ban",
    "Uỷ ban",
    "HĐND",
    "Ban",
    "Công an",
    "Ban chỉ huy",
    "Quân sự",
    "Các",
    "Đoàn",
    "Hội",
    "Trường",
    "Trạm",
    "Sở",
    "Bộ phận",
    "Chi cục",
    "Cục",
    "Tổ",
    "Đội",
    "Đảng ủy",
    "Đảng uỷ",
    "Mặt trận",
    "MTTQ",
    "Kho bạc",
    "Thanh tra",
    "Bảo hiểm",
    "Công chức",
    "Chủ tịch",
    "Lãnh đạo",
    "Cơ quan",
    "Đơn vị",
    "Thường trực",
    "Bưu điện",
)
_STARTS_FOLDED = tuple(sorted({fold(s) for s in UNIT_NAME_STARTS}, key=len, reverse=True))

# The same few names recur on every row: their keys are computed once.
_unit_key = functools.lru_cache(maxsize=8192)(unit_key)

_BULLET = re.compile(r"^\s*[-+•*–—·]\s*")
_TRAILING = re.compile(r"[\s.,;:]+$")


def looks_like_unit_name(text: str) -> bool:
    text = _BULLET.sub("", text).strip()
    if not text or not text[0].isupper():
        return False  # "các cơ quan liên quan" in lower case goes on a phrase, it does not start one
    folded = fold(text)
    return any(folded == s or folded.startswith(s + " ") for s in _STARTS_FOLDED)


def _split_outside_parentheses(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _tidy(name: str) -> str:
    return _TRAILING.sub("", _BULLET.sub("", name)).strip()


def split_unit_names(cell: str) -> list[str]:
    """ "- Phòng VHXH\\n- Đoàn kiểm tra\\nCCHC của xã" → ["Phòng VHXH", "Đoàn kiểm tra CCHC của xã"]."""
    return list(_split_unit_names(cell))


@functools.lru_cache(maxsize=4096)  # the same few cells ("Phòng VHXH") recur on every row
def _split_unit_names(cell: str) -> tuple[str, ...]:
    lines = [line for line in clean(cell).split("\n") if line.strip()]
    bulleted = any(_BULLET.match(line) for line in lines)
    entries: list[str] = []
    for line in lines:
        starts_entry = (
            not entries
            or bool(_BULLET.match(line))
            or entries[-1].rstrip().endswith((",", ";"))
            or (not bulleted and looks_like_unit_name(line))
        )
        if starts_entry:
            entries.append(line)
        else:
            entries[-1] = f"{entries[-1].rstrip()} {line.strip()}"
    names: list[str] = []
    for entry in entries:
        for piece in _split_outside_parentheses(entry, ";"):
            # A comma starts a new unit only before a unit-like start: "Các sở, ban ngành cấp
            # tỉnh, UBND cấp xã" is two units, "Cơ quan, đơn vị liên quan" one.
            merged: list[str] = []
            for part in _split_outside_parentheses(piece, ","):
                if merged and not looks_like_unit_name(part):
                    merged[-1] = f"{merged[-1]},{part}"
                else:
                    merged.append(part)
            names.extend(name for name in (_tidy(m) for m in merged) if name)
    seen: set[str] = set()
    unique = []
    for name in names:
        key = _unit_key(name)
        if key not in seen:
            seen.add(key)
            unique.append(name)
    return tuple(unique)


@dataclass(frozen=True)
class UnitMatch:
    """A unit name as the annex writes it, and the directory unit it is (None: a new unit)."""

    label: str
    unit: Unit | None

    @property
    def is_new(self) -> bool:
        return self.unit is None

    def spelling(self) -> str:
        """How the directory writes the unit the label names: its full name, or its short name
        when that is what the label is; the label itself for a new unit."""
        if self.unit is None:
            return self.label
        if (
            self.unit.short_name
            and _unit_key(self.label) == _unit_key(self.unit.short_name)
            and _unit_key(self.label) != _unit_key(self.unit.name)
        ):
            return self.unit.short_name
        return self.unit.name


def match_units(labels: Iterable[str], directory: Iterable[Unit]) -> list[UnitMatch]:
    """Each distinct label (by unit_key) with the directory unit it names: by full name, else by a
    short name only one unit has (as the store resolves names when it saves)."""
    by_name: dict[str, Unit] = {}
    by_short: dict[str, list[Unit]] = defaultdict(list)
    for known in directory:
        by_name.setdefault(_unit_key(known.name), known)
        if known.short_name:
            by_short[_unit_key(known.short_name)].append(known)
    out: list[UnitMatch] = []
    seen: set[str] = set()
    for label in labels:
        key = _unit_key(label)
        if key in seen:
            continue
        seen.add(key)
        unit = by_name.get(key)
        if unit is None and len(by_short.get(key, [])) == 1:
            unit = by_short[key][0]
        out.append(UnitMatch(label, unit))
    return out


def respell_units(sections: Iterable[AnnexSection], spellings: dict[str, str]) -> None:
    """Every lead and partner name whose unit_key is in ``spellings`` written that way instead,
    in place; a name a row would then hold twice is kept once. Saving matches names by their
    exact letters (accents and case aside): one spelling per unit means one unit."""
    for section in sections:
        for item in section.all_items():
            for row in item.rows:
                row.lead = _respelled(row.lead, spellings)
                row.partners = _respelled(row.partners, spellings)


def _respelled(names: list[str], spellings: dict[str, str]) -> list[str]:
    out: dict[str, str] = {}
    for name in names:
        key = _unit_key(name)
        new_name = spellings.get(key, name)
        out.setdefault(_unit_key(new_name), new_name)
    return list(out.values())
