"""Documents for a plan: the whole plan (body, signature, annex) and the annex alone or filtered."""

from __future__ import annotations

import re

from ...domain import PlanDocument, PlanInfo
from ...text import clean, fold
from ..annex_columns import ANNEX_WORD, annex_heading, reference_text
from .annex import RowFilter, annex_table, select_rows
from .blocks import (
    Block,
    Document,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Title,
)

DOCUMENT_KIND = "KẾ HOẠCH"
# "1. Mục đích", "2.1. Cải cách thể chế": a short numbered line without a closing full stop is a
# sub-heading; "1. Kinh phí ... được bố trí từ nguồn ngân sách nhà nước." is a paragraph.
_SUBHEADING = re.compile(r"^\d{1,2}(\.\d{1,2}){0,2}\.?\s+\S")
_SUBHEADING_MAX = 90


def plan_document(doc: PlanDocument) -> Document:
    plan = doc.plan
    blocks: list[Block] = []
    for section in plan.body:
        if clean(section.heading):
            blocks.append(Heading(clean(section.heading), level=1))
        blocks.extend(body_blocks(section.text))
    blocks.append(
        SignatureBlock(
            recipients=[clean(r) for r in plan.recipients if clean(r)],
            authority=clean(plan.signer.authority),
            position=clean(plan.signer.position),
            name=clean(plan.signer.name),
        )
    )
    if doc.sections:
        heading = annex_heading(plan)
        blocks.append(PageBreak("landscape"))
        blocks.append(
            Title([ANNEX_WORD, heading.title], subtitle=heading.note, subtitle_italic=True, rule=False)
        )
        blocks.append(annex_table(doc.sections))
    return Document(
        letterhead=letterhead(plan),
        title=Title([DOCUMENT_KIND], subtitle=summary(plan)),
        blocks=blocks,
        orientation="portrait",
        title_text=clean(plan.title),
    )


def annex_document(doc: PlanDocument, rows: RowFilter | None = None, heading: object = None) -> Document:
    """The annex on landscape pages; with ``rows`` only those rows (ids, uuids or a predicate),
    with ``heading`` ("Nhiệm vụ của Phòng Văn hóa – Xã hội") shown under the title."""
    plan = doc.plan
    texts = annex_heading(plan, heading)
    blocks: list[Block] = []
    if texts.extra:
        blocks.append(Paragraph(texts.extra, bold=True, align="center", first_indent=0))
    blocks.append(annex_table(select_rows(doc.sections, rows)))
    title = Title([ANNEX_WORD, texts.title], subtitle=texts.note, subtitle_italic=True, rule=False)
    name = f"{ANNEX_WORD} {texts.title}" + (f" – {texts.extra}" if texts.extra else "")
    return Document(title=title, blocks=blocks, orientation="landscape", title_text=name)


def letterhead(plan: PlanInfo) -> Letterhead:
    issuer = [clean(line) for line in plan.issuer_header if clean(line)] or [clean(plan.issuer)]
    return Letterhead(
        issuer_lines=issuer, reference=reference_text(plan), place=clean(plan.place), date=plan.issued_date
    )


def summary(plan: PlanInfo) -> str:
    """The plan's title without the kind said above it: "Kế hoạch Cải cách …" → "Cải cách …"."""
    title = clean(plan.title).replace("\n", " ")
    if fold(title[:8]) == "ke hoach" and title[8:9] in (" ", ""):
        title = title[8:].strip()
    return title[:1].upper() + title[1:]


def body_blocks(text: str) -> list[Block]:
    """A body section's text: one paragraph per line, short numbered lines as sub-headings."""
    blocks: list[Block] = []
    for line in clean(text).split("\n"):
        if not line:
            continue
        if _SUBHEADING.match(line) and len(line) <= _SUBHEADING_MAX and not line.endswith((".", ";", ":")):
            blocks.append(Heading(line, level=2))
        else:
            blocks.append(Paragraph(line))
    return blocks
