"""The end of a document: "Nơi nhận:" with its recipients on the left, the signature on the right.

Decree 30: "Nơi nhận:" bold italic 12 pt, recipients 11 pt ("- Sở Nội vụ;"); the authority
("TM. ỦY BAN NHÂN DÂN"), the position ("CHỦ TỊCH") and the signer's name bold 13–14 pt, with
room between position and name for the signature and the seal. The block is kept on one page.
"""

from __future__ import annotations

from ...text import nfc
from .blocks import SignatureBlock
from .drawing import draw_line, wrap_text
from .fonts import BOLD, BOLD_ITALIC, REGULAR
from .pages import MM, PageFlow
from .textflow import Line

RECIPIENTS_HEADING = "Nơi nhận:"
HEADING_SIZE = 12.0
RECIPIENT_SIZE = 11.0
SIGNER_SIZE = 14.0
LEADING = 1.2
SIGNATURE_ROOM = 25 * MM
SPACE_BEFORE = 12.0


def draw_signature(flow: PageFlow, block: SignatureBlock) -> None:
    geometry = flow.geometry
    left_width = geometry.content_width * 0.45
    right_width = geometry.content_width - left_width
    left_x, right_x = geometry.x0, geometry.x0 + left_width

    left: list[tuple[Line, str, float]] = []
    recipients = [nfc(r).strip() for r in block.recipients if r.strip()]
    if recipients:
        left += [
            (line, BOLD_ITALIC, HEADING_SIZE)
            for line in wrap_text(RECIPIENTS_HEADING, BOLD_ITALIC, HEADING_SIZE, left_width)
        ]
        for name in recipients:
            text = name if name.startswith(("-", "–", "+")) else f"- {name}"
            left += [
                (line, REGULAR, RECIPIENT_SIZE)
                for line in wrap_text(text, REGULAR, RECIPIENT_SIZE, left_width - 6)
            ]

    right_top: list[Line] = []
    for text in (block.authority, block.position):
        if text.strip():
            right_top += wrap_text(nfc(text).upper(), BOLD, SIGNER_SIZE, right_width)
    name_lines = wrap_text(block.name, BOLD, SIGNER_SIZE, right_width) if block.name.strip() else []

    left_height = sum(size * LEADING for _, _, size in left)
    right_height = SIGNER_SIZE * LEADING * (len(right_top) + len(name_lines)) + SIGNATURE_ROOM
    flow.ensure(SPACE_BEFORE + max(left_height, right_height) + 4)  # + the last line's descent
    if not flow.at_top:
        flow.skip(SPACE_BEFORE)
    top = flow.y

    y = top
    for line, style, size in left:
        y -= size * LEADING
        draw_line(flow.stream, line, style, size, left_x, left_width, y)
    left_bottom = y

    y = top
    for line in right_top:
        y -= SIGNER_SIZE * LEADING
        draw_line(flow.stream, line, BOLD, SIGNER_SIZE, right_x, right_width, y, "center")
    y -= SIGNATURE_ROOM
    for line in name_lines:
        y -= SIGNER_SIZE * LEADING
        draw_line(flow.stream, line, BOLD, SIGNER_SIZE, right_x, right_width, y, "center")
    flow.y = min(left_bottom, y) - 6
