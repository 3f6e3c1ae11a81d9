"""Recording progress on annex rows: status, completion date, result note, reason — one user
action, one edit (several progress fields in one step list), evidence attached in the same
action when given. Part of :class:`~cchc_desktop.services.register.RegisterService`.

Rules: a cancelled row needs a reason; a done row has a completion date (today by the
workspace's clock unless given), never later than today; a row that is not done has none (it is
cleared when the status moves away from done). "Done late" is derived, never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import ROW_STATUSES, status_label
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, date_text, define_messages
from ..storage import annex as annex_store
from ..storage import progress as progress_store
from ..text import clean, fold
from . import annex_nodes
from .applied import Applied

if TYPE_CHECKING:
    from ..domain.edits import Step
    from .evidence import StoredFile
    from .workspace import Workspace

define_messages(
    {
        "progress.bad_status": QT_TRANSLATE_NOOP(
            "Messages",
            "Trạng thái «{status}» không có. Dùng một trong: not_started (chưa thực hiện), in_progress "
            "(đang thực hiện), done (hoàn thành), cancelled (không thực hiện).",
        ),
        "progress.reason_required": QT_TRANSLATE_NOOP(
            "Messages", "Nhiệm vụ không thực hiện phải ghi rõ lý do."
        ),
        "progress.future_date": QT_TRANSLATE_NOOP(
            "Messages", "Ngày hoàn thành {date} chưa tới (hôm nay là {today})."
        ),
        "progress.date_needs_done": QT_TRANSLATE_NOOP(
            "Messages", "Chỉ nhiệm vụ đã hoàn thành mới có ngày hoàn thành."
        ),
        "progress.not_a_row": QT_TRANSLATE_NOOP(
            "Messages", "Tiến độ được ghi cho từng dòng nhiệm vụ, không cho lĩnh vực hay nhóm."
        ),
        "edit.label.progress": QT_TRANSLATE_NOOP("Messages", "Cập nhật tiến độ: {status}"),
    }
)

_UNSET = object()


def parse_status(text: str) -> str:
    """A status code from its code or its Vietnamese name, accents optional ("hoan thanh")."""
    wanted = fold(text).replace("-", " ").replace("_", " ")
    for status in ROW_STATUSES:
        if wanted in (status.replace("_", " "), fold(status_label(status))):
            return status
    raise InvalidInputError("progress.bad_status", status=text)


class ProgressTracking:
    ws: Workspace

    def set_progress(
        self,
        row_uuid: str,
        status: str | None = None,
        *,
        done_on: dt.date | None | object = _UNSET,
        note: str | None = None,
        reason: str | None = None,
        evidence: Sequence[StoredFile | Path] = (),
    ) -> Applied | None:
        """Change what is given (None / unset: keep), evidence attached in the same action
        (files already stored, or paths stored here once the rest is found valid, so that a
        refused change leaves nothing behind). None when nothing changes."""
        from ..domain.edits import Edit  # loaded on first use: keeps start-up fast

        label, steps = self._progress_steps(row_uuid, status, done_on, note, reason)
        files = self.ws.evidence if evidence else None  # (its module brings its messages)
        for item in evidence:
            if isinstance(item, (str, Path)) and not Path(item).is_file():
                raise InvalidInputError("evidence.not_a_file", path=str(item))
        for item in evidence:
            assert files is not None
            stored = files.store(Path(item)) if isinstance(item, (str, Path)) else item
            steps.extend(files.attach_steps(row_uuid, stored))
        if not steps:
            return None
        return self.ws.edits.apply(Edit(label, tuple(steps)))

    def _progress_steps(
        self, row_uuid: str, status: str | None, done_on: object, note: str | None, reason: str | None
    ) -> tuple[Message, list[Step]]:
        from ..domain.edits import SetField  # loaded on first use: keeps start-up fast

        ref = annex_store.locate(self.ws.db, row_uuid)
        if ref.kind != "row":
            raise InvalidInputError("progress.not_a_row")
        db = self.ws.db
        current = {field: progress_store.read_field(db, ref.id, field) for field in progress_store.FIELDS}
        new = dict(current)
        if status is not None:
            new["status"] = parse_status(status)
        if note is not None:
            new["note"] = clean(note)
        if reason is not None:
            new["reason"] = clean(reason)
        today = self.ws.today()
        given = done_on if isinstance(done_on, dt.date) else None
        if new["status"] == "done":
            if given is not None:
                if given > today:
                    raise InvalidInputError(
                        "progress.future_date", date=date_text(given), today=date_text(today)
                    )
                new["done_on"] = given.isoformat()
            elif not current["done_on"] or current["status"] != "done" or done_on is None:
                new["done_on"] = today.isoformat()  # done today, unless a date is given
        else:
            if given is not None:
                raise InvalidInputError("progress.date_needs_done")
            new["done_on"] = None
        if new["status"] == "cancelled" and not new["reason"]:
            raise InvalidInputError("progress.reason_required")
        plan_uuid = annex_nodes.plan_uuid(db, ref.plan_id)
        steps: list[Step] = [
            SetField("progress", row_uuid, field, current[field], new[field], plan_uuid)
            for field in progress_store.FIELDS
            if new[field] != current[field]
        ]
        return Message("edit.label.progress", status=Message(f"status.{new['status']}")), steps
