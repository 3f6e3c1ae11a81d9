"""Texts the interchange format cannot hold are refused at import, naming where they are, so that
whatever is imported exports to a file the program reads back."""

from __future__ import annotations

from ...domain import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, AnnexSection
from ...errors import InvalidInputError
from ...i18n import QT_TRANSLATE_NOOP, define_messages, number
from .cells import ROW_TEXT_FIELDS
from .columns import field_label
from .warning import Numbering

# Each template whole (lupdate reads literals only).
define_messages(
    {
        "annex.title_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "Tiêu đề phụ lục dài {length} ký tự, vượt giới hạn {limit} ký tự. "
            "Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.",
        ),
        "annex.note_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng «kèm theo» của phụ lục dài {length} ký tự, vượt giới hạn {limit} ký tự. "
            "Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.",
        ),
        "annex.section_title_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "Tên lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. "
            "Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.",
        ),
        "annex.objective_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "Mục tiêu của nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, "
            "vượt giới hạn {limit} ký tự. "
            "Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.",
        ),
        "annex.cell_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "Cột {column} của nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, "
            "vượt giới hạn {limit} ký tự. "
            "Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.",
        ),
        "annex.unit_name_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "Tên đơn vị «{name}…» ở nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, "
            "vượt giới hạn {limit} ký tự. "
            "Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.",
        ),
    }
)


def _too_long(code: str, length: int, limit: int, **where: object) -> InvalidInputError:
    return InvalidInputError(code, length=number(length), limit=number(limit), **where)


def check_limits(sections: list[AnnexSection], annex_title: str, annex_note: str) -> None:
    """InvalidInputError (code "annex.*_too_long") for the first text over its limit."""
    if len(annex_title) > MAX_TEXT_LENGTH:
        raise _too_long("annex.title_too_long", len(annex_title), MAX_TEXT_LENGTH)
    if len(annex_note) > MAX_TEXT_LENGTH:
        raise _too_long("annex.note_too_long", len(annex_note), MAX_TEXT_LENGTH)
    for section in sections:
        code = Numbering(section.code)
        if len(section.title) > MAX_TEXT_LENGTH:
            raise _too_long("annex.section_title_too_long", len(section.title), MAX_TEXT_LENGTH, section=code)
        for item in section.all_items():
            where = {"section": code, "item": Numbering(item.number)}
            if len(item.objective) > MAX_TEXT_LENGTH:
                raise _too_long("annex.objective_too_long", len(item.objective), MAX_TEXT_LENGTH, **where)
            for row in item.rows:
                for field_name in ROW_TEXT_FIELDS:
                    value = getattr(row, field_name)
                    if len(value) > MAX_TEXT_LENGTH:
                        raise _too_long(
                            "annex.cell_too_long",
                            len(value),
                            MAX_TEXT_LENGTH,
                            column=field_label(field_name),
                            field=field_name,
                            **where,
                        )
                for name in (*row.lead, *row.partners):
                    if len(name) > MAX_NAME_LENGTH:
                        raise _too_long(
                            "annex.unit_name_too_long", len(name), MAX_NAME_LENGTH, name=name[:40], **where
                        )
