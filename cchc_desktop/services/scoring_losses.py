"""Turning points lost at appraisal into tasks of next year's plan.

Each chosen loss becomes one task (an item with one row) appended to the plan's reform area that
matches the criterion's area by title (accents and case aside; a new area is added at the end
when none matches). The row says what to fix; the criterion's code and the loss go in the row's
"Kết quả/Sản phẩm" column — the expected result, printed with the annex, and unlike the progress
note it is not overwritten when results are reported. The lead unit is the office that runs the
reform work (settings), the due time the plan's year. One undoable edit, renumbered."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain import AnnexItem, AnnexRow, AnnexSection, PlanDocument
from ..domain.criteria import CriteriaSet, Criterion
from ..domain.edits import InsertNodes, Step
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..scoring.rollup import LostPoints
from ..scoring.rules import points_text
from ..text import fold, to_roman

define_messages(
    {
        "losses.none_chosen": QT_TRANSLATE_NOOP("Messages", "Chưa chọn tiêu chí bị mất điểm nào."),
        "losses.not_lost": QT_TRANSLATE_NOOP("Messages", "Tiêu chí {code} không bị mất điểm khi thẩm định."),
        "losses.task": QT_TRANSLATE_NOOP("Messages", "Khắc phục tồn tại ở tiêu chí {code}: {text}"),
        "losses.result": QT_TRANSLATE_NOOP(
            "Messages", "Đạt điểm tối đa tiêu chí {code} Chỉ số CCHC (năm {year} mất {lost}/{maximum} điểm)"
        ),
        "edit.label.losses_to_plan": QT_TRANSLATE_NOOP(
            "Messages", "Đưa {count} tiêu chí mất điểm vào kế hoạch «{title}»"
        ),
    }
)


def _area_of(criteria_set: CriteriaSet, code: str) -> Criterion:
    for area in criteria_set.areas:
        if any(c.code == code for c in area.walk()):
            return area
    raise InvalidInputError("losses.not_lost", code=code)


# Abbreviations plans use in area titles ("CẢI CÁCH TTHC").
_ABBREVIATIONS = {"tthc": "thu tuc hanh chinh", "cchc": "cai cach hanh chinh", "dvc": "dich vu cong"}


def _key(text: str) -> str:
    words = re.sub(r"[^0-9a-z]+", " ", fold(text)).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def _matching_section(sections: list[AnnexSection], area: Criterion) -> AnnexSection | None:
    """The plan's area whose title holds the criterion area's (or the other way round), accents,
    case and punctuation aside: "Chỉ đạo, điều hành" is in "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"."""
    wanted = _key(area.text)
    for section in sections:
        title = _key(section.title)
        if title and (title == wanted or wanted in title or title in wanted):
            return section
    return None


def loss_steps(
    criteria_set: CriteriaSet,
    losses: Iterable[LostPoints],
    codes: list[str],
    doc: PlanDocument,
    year: int,
    lead: str,
) -> list[Step]:
    """The insert steps that put the chosen losses into ``doc`` (next year's plan)."""
    if not codes:
        raise InvalidInputError("losses.none_chosen")
    by_code = {loss.code: loss for loss in losses}
    for code in codes:
        if code not in by_code:
            raise InvalidInputError("losses.not_lost", code=code)
    from ..i18n import Message, source_language

    per_section: dict[str, list[AnnexItem]] = {}
    new_sections: dict[str, AnnexSection] = {}
    for code in codes:
        loss = by_code[code]
        area = _area_of(criteria_set, code)
        with source_language():  # rows of the plan, which is printed: in Vietnamese
            task = str(Message("losses.task", code=code, text=loss.text))
            result = str(
                Message(
                    "losses.result",
                    code=code,
                    year=year,
                    lost=points_text(loss.lost),
                    maximum=points_text(loss.maximum),
                )
            )
        row = AnnexRow(
            task=task,
            result=result,
            lead=[lead] if lead else [],
            due_text=f"Năm {doc.plan.period.first_year}" if doc.plan.period.kind != "multi_year" else "",
            tags=["chi-so-cchc"],
        )
        item = AnnexItem(number="", rows=[row])
        section = _matching_section(doc.sections, area)
        if section is not None:
            per_section.setdefault(section.uuid, []).append(item)
        else:
            if area.code not in new_sections:  # a Roman code: the renumbering puts it in sequence
                code = to_roman(len(doc.sections) + len(new_sections) + 1)
                new_sections[area.code] = AnnexSection(code=code, title=area.text.upper())
            new_sections[area.code].items.append(item)
    steps: list[Step] = []
    for section in doc.sections:
        items = per_section.get(section.uuid)
        if items:
            steps.append(InsertNodes("item", doc.uuid, section.uuid, len(section.items), tuple(items)))
    if new_sections:
        steps.append(
            InsertNodes("section", doc.uuid, doc.uuid, len(doc.sections), tuple(new_sections.values()))
        )
    return steps
