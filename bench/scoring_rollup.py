"""Figures for the scoring core: roll-up speed, criteria workbook and scoring form round trips,
and the refusal of a hostile workbook.

    .venv/bin/python bench/scoring_rollup.py

CPU time of this process (time.process_time), median of several runs, so that other work on the
machine weighs less on the figures.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import zipfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc_desktop import paths
from cchc_desktop.domain.assessment import AppraisalRound, Assessment, ScoreEntry
from cchc_desktop.domain.criteria import CriteriaSet, Criterion
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.exporters.assessment_form import write_assessment_form
from cchc_desktop.exporters.criteria_template import write_criteria_template, write_criteria_workbook
from cchc_desktop.importers.assessment_form import read_assessment_form
from cchc_desktop.importers.criteria_workbook import read_criteria_workbook
from cchc_desktop.scoring.rollup import rollup
from cchc_desktop.scoring.rules import parse_rule

RULES = [
    "",
    "có/không",
    "đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0",
    "tỷ lệ: trên 90% → 1; từ 70% đến 90% → 0,5; dưới 70% → 0",
    "mỗi lần: 0,25",
]
FIGURES = [
    {"self_score": Decimal("0.75")},
    {"choice": "có"},
    {"choice": "trễ hạn"},
    {"numerator": Decimal(118), "denominator": Decimal(120)},
    {"count": Decimal(3)},
]


def timed(action, runs: int = 7) -> float:
    """Median CPU seconds of ``action``."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def big_set(areas: int, criteria: int, leaves: int) -> tuple[CriteriaSet, Assessment]:
    top, entries = [], {}
    for i in range(1, areas + 1):
        middle = []
        for j in range(1, criteria + 1):
            bottom = []
            for k in range(1, leaves + 1):
                code, kind = f"{i}.{j}.{k}", (i + j + k) % len(RULES)
                bottom.append(Criterion(code, "t", Decimal(1), parse_rule(RULES[kind], Decimal(1))))
                entries[code] = ScoreEntry(code, appraisal=[AppraisalRound(Decimal("0.5"))], **FIGURES[kind])
            middle.append(
                Criterion(f"{i}.{j}", "t", Decimal(leaves), parse_rule("", Decimal(leaves)), children=bottom)
            )
        top.append(
            Criterion(str(i), "a", Decimal(leaves * criteria), parse_rule("", Decimal(1)), children=middle)
        )
    return CriteriaSet("bench", "p", 2026, areas=top), Assessment("x", 2026, "s", entries=entries)


def hostile_row(folder: Path, cells: int) -> Path:
    base, wide = folder / "base.xlsx", folder / "wide.xlsx"
    write_criteria_template(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>", b'<row r="900">' + b"<c/>" * cells + b"</row></sheetData>"
                )
            target.writestr(info, data)
    return wide


def refuse(path: Path) -> None:
    try:
        read_criteria_workbook(path)
    except InvalidInputError:
        return
    raise AssertionError("a hostile file was read")


def main() -> None:
    for shape in ((8, 7, 6), (8, 8, 8)):
        criteria, assessment = big_set(*shape)
        leaves = sum(1 for _ in criteria.leaves())
        cost = timed(lambda c=criteria, a=assessment: rollup(c, a))
        print(f"rollup, {leaves} leaves, every entry filled: {cost * 1000:.2f} ms")
    sample_path = paths.resource("criteria", "bo-tieu-chi-mau-cap-xa.xlsx")
    sample = read_criteria_workbook(sample_path)
    print(
        f"read sample criteria workbook (54 leaves): {timed(lambda: read_criteria_workbook(sample_path)) * 1000:.0f} ms"
    )
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        print(
            f"write criteria workbook: {timed(lambda: write_criteria_workbook(sample, folder / 'c.xlsx')) * 1000:.0f} ms"
        )
        empty = Assessment("UBND xã", 2026, "s")
        form = folder / "form.xlsx"
        print(
            f"write scoring form: {timed(lambda: write_assessment_form(sample, empty, form)) * 1000:.0f} ms"
        )
        print(
            f"read scoring form back: {timed(lambda: read_assessment_form(form, sample, empty)) * 1000:.0f} ms"
        )
        for cells in (199_000, 5_000_000):
            path = hostile_row(folder, cells)
            print(
                f"row of {cells:,} empty cells ({path.stat().st_size // 1024} KB file): "
                f"{timed(lambda p=path: refuse(p), runs=3):.2f} s to refuse"
            )


if __name__ == "__main__":
    main()
