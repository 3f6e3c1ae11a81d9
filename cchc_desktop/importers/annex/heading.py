"""What the lines above an annex table say: its title, the "(Kèm theo …)" note, the period the
title names, and the number, symbol and date of the document the note attaches it to.

    "PHỤ LỤC" / "CHI TIẾT CÁC NHIỆM VỤ CCHC 6 THÁNG CUỐI NĂM 2025" /
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND xã Cửa Tùng)"
    → title "CHI TIẾT …", period 2025/2, reference 12 · KH-UBND · 15/01/2026

The note names the document that issues the annex: the plan itself ("Kế hoạch số 12/KH-UBND"),
or the decision that issues the plan ("Quyết định số 3369/QĐ-UBND"), which is then how the plan
is cited. Drafts leave the number and date blank ("số: /QĐ-UBND ngày tháng năm 2025"): the symbol
alone is still read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ...domain import MAX_YEAR, MIN_YEAR, Period
from ...text import clean, fold
from .columns import ColumnMapping
from .sources import RawTable

_NOTE_START = re.compile(r"^\(?\s*(ban hanh )?kem theo\b")
# "PHỤ LỤC", "Phụ lục II", "PHỤ LỤC 2: ..." (matched on the text itself, so the rest can be cut off).
_ANNEX_WORD = re.compile(r"^\s*phụ\s+lục\b[\s.:\-–]*(?:[IVXL0-9]+\b[\s.:\-–]*)?", re.IGNORECASE)
_NOT_TITLE = re.compile(r"cong hoa xa hoi chu nghia|doc lap tu do|^so\s*:|^uy ban nhan dan$")

_HALF = re.compile(r"\b(?:0?6|sau) thang (dau|cuoi) nam (\d{4})\b")
_MULTI = re.compile(r"\bgiai doan (\d{4}) ?[-–] ?(\d{4})\b")
_YEAR = re.compile(r"(?<!den )\bnam (\d{4})\b")

# "số 12/KH-UBND", "số: 3369/QĐ-UBND", "số /QĐ-UBND" (a draft). Matched on the NFC text, not the
# folded one: the symbol keeps its capitals and Đ. A symbol is capitals, digits, "-", "&", "/".
_REFERENCE = re.compile(r"\b(?:[Ss]ố|SỐ)\s*:?\s*(\d{1,6})?\s*/\s*([0-9A-ZĐ](?:[0-9A-ZĐ&/-]{0,40}[0-9A-ZĐ])?)")
_DATE_NUMERIC = re.compile(r"^\s*,?\s*(?:[Nn]gày|NGÀY)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")
_DATE_WORDS = re.compile(
    r"^\s*,?\s*(?:[Nn]gày|NGÀY)\s*(\d{1,2})\s+(?:tháng|THÁNG)\s*(\d{1,2})\s+"
    r"(?:năm|NĂM)\s*(\d{4})\b"
)


@dataclass(frozen=True)
class DocumentReference:
    """ "12/KH-UBND ngày 15/01/2026": ``number`` "" when left blank, ``date`` None when blank."""

    number: str
    symbol: str
    date: dt.date | None = None

    def text(self) -> str:
        """ "12/KH-UBND", as PlanInfo.reference() writes it ("KH-UBND" while the number is blank)."""
        return f"{self.number}/{self.symbol}" if self.number else self.symbol

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "symbol": self.symbol,
            "date": self.date.isoformat() if self.date else None,
        }


def title_lines(table: RawTable, mapping: ColumnMapping) -> list[str]:
    """The text above the table: Word paragraphs before it, then the table's own rows above the header."""
    lines = [clean(p).replace("\n", " ") for p in table.preamble]
    for row in range(min(mapping.header_row, len(table.rows))):
        texts = [clean(t).replace("\n", " ") for t in table.rows[row] if t.strip()]
        if texts:
            lines.append(" ".join(dict.fromkeys(texts)))
    return [line for line in lines if line]


def read_annex_heading(lines: list[str]) -> tuple[str, str]:
    """(annex title, "(Kèm theo ...)" note) from the lines above the table."""
    note = ""
    note_index = None
    for index in range(len(lines) - 1, -1, -1):
        if _NOTE_START.match(fold(lines[index])):
            note, note_index = lines[index], index
            break
    end = note_index if note_index is not None else len(lines)
    start, word = None, None
    for index in range(end - 1, -1, -1):
        word = _ANNEX_WORD.match(lines[index])
        if word:
            start = index
            break
    if start is not None and word is not None:
        rest = lines[start][word.end() :].strip()
        found = ([rest] if rest else []) + lines[start + 1 : end]
    else:
        # No "PHỤ LỤC" line: the capitalised lines right above the note or the table.
        found = []
        for line in reversed(lines[max(0, end - 3) : end]):
            if line != line.upper() or _NOT_TITLE.search(fold(line)):
                break
            found.insert(0, line)
    found = [line for line in found if not _NOT_TITLE.search(fold(line))]
    return " ".join(found).strip(), note


def _plausible(*years: int) -> bool:  # "NĂM 1900" in a title is not a plan's period
    return all(MIN_YEAR <= year <= MAX_YEAR for year in years)


def guess_period(text: str) -> Period | None:
    """ "... 6 THÁNG CUỐI NĂM 2025 ..." → half year 2025/2; "NĂM 2026" → year; "GIAI ĐOẠN 2026-2030"."""
    folded = fold(text)
    found: list[tuple[int, Period]] = []
    if (match := _HALF.search(folded)) and _plausible(int(match.group(2))):
        found.append(
            (
                match.start(),
                Period("half_year", year=int(match.group(2)), half=1 if match.group(1) == "dau" else 2),
            )
        )
    if match := _MULTI.search(folded):
        start, end = int(match.group(1)), int(match.group(2))
        if start <= end and _plausible(start, end):
            found.append((match.start(), Period("multi_year", start_year=start, end_year=end)))
    if (match := _YEAR.search(folded)) and _plausible(int(match.group(1))):
        found.append((match.start(), Period("year", year=int(match.group(1)))))
    if not found:
        return None
    found.sort(key=lambda pair: pair[0])  # the first period the title names is its own
    return found[0][1]


def read_reference(note: str) -> DocumentReference | None:
    """The number, symbol and date of the first document the note names; None when it names none."""
    match = _REFERENCE.search(note)
    if match is None:
        return None
    rest = note[match.end() :]
    date = None
    found = _DATE_NUMERIC.match(rest) or _DATE_WORDS.match(rest)
    if found:
        day, month, year = (int(g) for g in found.groups())
        if _plausible(year):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                date = None  # "ngày 31/02/2026": no such day, so no date rather than a wrong one
    return DocumentReference(number=match.group(1) or "", symbol=match.group(2), date=date)
