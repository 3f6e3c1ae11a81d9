"""Commands on the task register: ``cchc tasks`` (rows with filters), ``cchc progress`` (one
change, evidence files included), ``cchc dashboard``; with them, from their own modules,
``cchc evidence`` (evidence_commands.py), ``cchc targets`` and ``cchc duplicate``
(target_commands.py).

Exit codes as everywhere: 2 a wrong command line, 3 a plan or row not found, 4 a value not
acceptable (a date, a status, a cancelled row without a reason), 5 the database; a refused
change writes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..domain.due import DUE_KINDS
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, date_text, define_messages, fmt, number, percent_text, translate
from ..services.register import RegisterFilter, RegisterRow, parse_status
from ..services.workspace import Workspace
from . import evidence_commands, target_commands
from .options import as_of_arg, date_arg, days_arg, json_flag, plan_arg
from .render import note, print_json, say

define_messages(
    {
        "cli.bad_due_kind": QT_TRANSLATE_NOOP(
            "Messages", "Loại thời hạn «{value}» không có (deadline, range, recurring, continuous, unknown)."
        ),
    }
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    tasks = sub.add_parser(
        "tasks",
        parents=[common],
        help=translate("Cli", "liệt kê nhiệm vụ của một kế hoạch (lọc, tìm kiếm)"),
        description=translate(
            "Cli",
            "Các dòng nhiệm vụ theo thứ tự phụ lục, với tiến độ và thời hạn đã đọc. Tìm kiếm không cần dấu "
            "(«dia chinh» tìm được «Địa chính»).",
        ),
    )
    plan_arg(tasks)
    json_flag(tasks)
    tasks.add_argument(
        "--search",
        metavar=translate("Cli", "CHỮ"),
        default="",
        help=translate("Cli", "tìm trong nội dung, đơn vị, thời gian, ghi chú"),
    )
    tasks.add_argument(
        "--status",
        metavar=translate("Cli", "TRẠNG_THÁI"),
        help=translate(
            "Cli", "not_started, in_progress, done, cancelled (nhiều giá trị cách nhau bằng dấu phẩy)"
        ),
    )
    tasks.add_argument(
        "--unit",
        metavar=translate("Cli", "ĐƠN_VỊ"),
        default="",
        help=translate("Cli", "đơn vị chủ trì hoặc phối hợp"),
    )
    tasks.add_argument(
        "--section", metavar=translate("Cli", "MÃ"), default="", help=translate("Cli", "lĩnh vực (I, II, …)")
    )
    tasks.add_argument(
        "--due-kind",
        metavar=translate("Cli", "LOẠI"),
        help=translate("Cli", "deadline, range, recurring, continuous, unknown"),
    )
    tasks.add_argument(
        "--tag",
        metavar=translate("Cli", "NHÃN"),
        default="",
        help=translate("Cli", "chỉ các dòng có nhãn này"),
    )
    tasks.add_argument(
        "--overdue",
        action="store_true",
        help=translate("Cli", "chỉ các dòng quá hạn mà chưa hoàn thành hoặc hủy"),
    )
    tasks.add_argument(
        "--due-within",
        metavar=translate("Cli", "SỐ_NGÀY"),
        help=translate("Cli", "chỉ các dòng đến hạn trong số ngày tới"),
    )
    as_of_arg(tasks)
    tasks.set_defaults(func=cmd_tasks)

    progress = sub.add_parser(
        "progress",
        parents=[common],
        help=translate("Cli", "ghi tiến độ một dòng nhiệm vụ"),
        description=translate(
            "Cli",
            "Ghi trạng thái, ngày hoàn thành, kết quả, lý do và tài liệu kiểm chứng của một dòng nhiệm vụ: "
            "một thay đổi, ghi vào nhật ký. Nhiệm vụ không thực hiện (cancelled) phải có lý do.",
        ),
    )
    progress.add_argument(
        "row",
        metavar=translate("Cli", "MÃ_DÒNG"),
        help=translate("Cli", "mã (UUID) của dòng, xem «cchc tasks --json»"),
    )
    progress.add_argument(
        "--status",
        required=True,
        metavar=translate("Cli", "TRẠNG_THÁI"),
        help=translate("Cli", "not_started, in_progress, done hoặc cancelled"),
    )
    progress.add_argument(
        "--date",
        metavar=translate("Cli", "NGÀY"),
        help=translate("Cli", "ngày hoàn thành (YYYY-MM-DD; mặc định: hôm nay)"),
    )
    progress.add_argument(
        "--note", metavar=translate("Cli", "KẾT_QUẢ"), help=translate("Cli", "kết quả thực hiện")
    )
    progress.add_argument(
        "--reason",
        metavar=translate("Cli", "LÝ_DO"),
        help=translate("Cli", "lý do (bắt buộc khi không thực hiện)"),
    )
    progress.add_argument(
        "--evidence",
        metavar=translate("Cli", "TỆP"),
        nargs="+",
        default=[],
        help=translate("Cli", "tệp tài liệu kiểm chứng đính kèm"),
    )
    json_flag(progress)
    progress.set_defaults(func=cmd_progress)

    dashboard = sub.add_parser(
        "dashboard",
        parents=[common],
        help=translate("Cli", "tổng hợp tiến độ theo lĩnh vực"),
        description=translate(
            "Cli",
            "Số dòng, hoàn thành, đang thực hiện, quá hạn, chưa thực hiện và tỷ lệ hoàn thành theo lĩnh vực.",
        ),
    )
    plan_arg(dashboard)
    as_of_arg(dashboard)
    dashboard.add_argument(
        "--within",
        metavar=translate("Cli", "SỐ_NGÀY"),
        default="14",
        help=translate("Cli", "sắp đến hạn: trong số ngày tới (mặc định 14)"),
    )
    json_flag(dashboard)
    dashboard.set_defaults(func=cmd_dashboard)

    evidence_commands.register(sub, common)
    target_commands.register(sub, common)


# --- values -------------------------------------------------------------------------------------


def _row_json(row: RegisterRow, as_of: dt.date) -> dict[str, Any]:
    return {
        "id": row.uuid,
        "section": row.section_code,
        "section_title": row.section_title,
        "item": row.item_number,
        "objective": row.objective,
        "task": row.task,
        "activity": row.activity,
        "result": row.result,
        "lead": list(row.lead),
        "partners": list(row.partners),
        "due_text": row.due_text,
        "due": row.due.to_json(),
        "budget": row.budget,
        "status": row.status,
        "done_on": row.done_on.isoformat() if row.done_on else None,
        "note": row.note,
        "reason": row.reason,
        "evidence": row.evidence,
        "tags": list(row.tags),
        "overdue": row.is_overdue(as_of),
        "done_late": row.done_late,
    }


def _status_mark(row: RegisterRow, as_of: dt.date) -> str:
    mark = {"not_started": " ", "in_progress": "~", "done": "x", "cancelled": "-"}.get(row.status, "?")
    return "!" if row.is_overdue(as_of) else mark


# --- commands -----------------------------------------------------------------------------------


def cmd_tasks(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan)
    as_of = date_arg(args.as_of) or ws.today()
    statuses = (
        frozenset(parse_status(s) for s in args.status.split(",") if s.strip())
        if args.status
        else frozenset()
    )
    kinds: frozenset[str] = frozenset()
    if args.due_kind:
        kinds = frozenset(k.strip() for k in args.due_kind.split(",") if k.strip())
        for kind in kinds - set(DUE_KINDS):
            raise InvalidInputError("cli.bad_due_kind", value=kind)
    wanted = RegisterFilter(
        search=args.search,
        section=args.section,
        unit=args.unit,
        statuses=statuses,
        due_kinds=kinds,
        overdue=args.overdue,
        due_within=days_arg(args.due_within),
        tag=args.tag,
    )
    rows = ws.register.rows(plan.id, wanted, as_of)
    if args.json:
        print_json([_row_json(r, as_of) for r in rows])
        return 0
    for row in rows:
        text = (row.task or row.activity or row.result or row.objective).replace("\n", " ")
        tt = row.item_number if row.row_index == 0 else ""
        say(
            f"[{_status_mark(row, as_of)}] {row.section_code:>4} {tt:<6} {text[:70]:<70}  "
            f"{'; '.join(row.lead)[:30]:<30}  {row.due_text.replace(chr(10), ' ')[:28]:<28}  {row.uuid}"
        )
    note(
        fmt(
            translate(
                "Cli",
                "{count} dòng (tính đến {date}; [x] hoàn thành, [~] đang làm, [-] không thực hiện, [!] quá hạn).",
            ),
            count=number(len(rows)),
            date=date_text(as_of),
        )
    )
    return 0


def cmd_progress(ws: Workspace, args: argparse.Namespace) -> int:
    done_on = date_arg(args.date)
    kwargs: dict[str, Any] = {
        "note": args.note,
        "reason": args.reason,
        "evidence": [Path(p) for p in args.evidence],
    }
    if done_on is not None:
        kwargs["done_on"] = done_on
    applied = ws.register.set_progress(args.row, args.status, **kwargs)
    view_row = None
    if applied is not None:
        plan_uuid = next(iter(applied.changed.plans), "")
        plan = ws.plans.find(plan_uuid) if plan_uuid else None
        if plan is not None:
            view_row = ws.register.view(plan.id).row(args.row)
    if args.json:
        print_json(
            {"changed": applied is not None, "row": _row_json(view_row, ws.today()) if view_row else None}
        )
        return 0
    if applied is None:
        say(translate("Cli", "Không có gì thay đổi."))
    else:
        say(fmt(translate("Cli", "Đã ghi: {label}."), label=applied.edit.label))
    return 0


def cmd_dashboard(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan)
    as_of = date_arg(args.as_of) or ws.today()
    board = ws.register.dashboard(plan.id, as_of, days_arg(args.within) or 0)

    def tally_json(t) -> dict[str, Any]:
        return {
            "rows": t.rows,
            "done": t.done,
            "in_progress": t.in_progress,
            "overdue": t.overdue,
            "not_started": t.not_started,
            "cancelled": t.cancelled,
            "done_late": t.done_late,
            "due_soon": t.due_soon,
            "unknown_due": t.unknown_due,
            "completion": float(t.completion) if t.completion is not None else None,
        }

    if args.json:
        print_json(
            {
                "plan": {"id": plan.id, "uuid": plan.uuid, "title": plan.title},
                "as_of": as_of.isoformat(),
                "within_days": board.within_days,
                "sections": [
                    {"section": s.section.code, "title": s.section.title} | tally_json(s.tally)
                    for s in board.sections
                ],
                "total": tally_json(board.total),
                "overdue": [r.uuid for r in board.overdue],
                "due_soon": [r.uuid for r in board.due_soon],
                "targets": board.targets.__dict__,
            }
        )
        return 0
    say(fmt(translate("Cli", "{title} — tính đến {date}"), title=plan.title, date=date_text(as_of)))
    head = [
        translate("Cli", "Lĩnh vực"),
        translate("Cli", "Dòng"),
        translate("Cli", "Xong"),
        translate("Cli", "Đang"),
        translate("Cli", "Quá hạn"),
        translate("Cli", "Chưa"),
        translate("Cli", "Hoàn thành"),
    ]
    say(f"{head[0]:<44} {head[1]:>6} {head[2]:>6} {head[3]:>6} {head[4]:>8} {head[5]:>6} {head[6]:>11}")

    def line(label: str, t) -> None:
        share = percent_text(t.completion) if t.completion is not None else "–"
        say(
            f"{label[:44]:<44} {number(t.rows):>6} {number(t.done):>6} {number(t.in_progress):>6} "
            f"{number(t.overdue):>8} {number(t.not_started):>6} {share:>11}"
        )

    for figures in board.sections:
        line(f"{figures.section.code} {figures.section.title}".strip(), figures.tally)
    line(translate("Cli", "Cả kế hoạch"), board.total)
    if board.targets.total:
        say(
            fmt(
                translate("Cli", "Chỉ tiêu: {met}/{total} đạt, {not_met} chưa đạt."),
                met=board.targets.met,
                total=board.targets.total,
                not_met=board.targets.not_met,
            )
        )
    return 0
