"""Commands on plans and their annex: list, export / import JSON, import an annex table,
delete into the trash and back, the change log, units, the user name."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import PlanSummary
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages, fmt, translate
from ..services.workspace import Workspace
from .render import note, print_json, say

if TYPE_CHECKING:  # the annex importers load when an annex is imported, not at every start
    from ..services.imports import ImportPreview

define_messages(
    {
        "cli.new_plan_empty": QT_TRANSLATE_NOOP(
            "Messages", "Tên kế hoạch mới (--new-plan) không được để trống."
        ),
    }
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plans = sub.add_parser(
        "plans",
        parents=[common],
        help=translate("Cli", "liệt kê các kế hoạch"),
        description=translate("Cli", "Liệt kê các kế hoạch trong cơ sở dữ liệu."),
    )
    plans.add_argument(
        "--json", action="store_true", help=translate("Cli", "in dạng JSON cho chương trình khác đọc")
    )
    plans.set_defaults(func=cmd_plans)

    export = sub.add_parser(
        "export-json",
        parents=[common],
        help=translate("Cli", "xuất một kế hoạch ra tệp JSON"),
        description=translate(
            "Cli", "Xuất kế hoạch (định dạng trao đổi cchc-plan phiên bản 2, giữ nguyên mã định danh)."
        ),
    )
    export.add_argument(
        "plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "số thứ tự (ID) hoặc một phần tên kế hoạch"),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar=translate("Cli", "TỆP"),
        required=True,
        help=translate("Cli", "tệp JSON cần ghi ('-' để in ra màn hình)"),
    )
    export.set_defaults(func=cmd_export_json)

    imp = sub.add_parser(
        "import-json",
        parents=[common],
        help=translate("Cli", "nhập một kế hoạch từ tệp JSON"),
        description=translate("Cli", "Nhập kế hoạch từ tệp JSON (định dạng cchc-plan phiên bản 1 hoặc 2)."),
    )
    imp.add_argument("file", metavar=translate("Cli", "TỆP"), help=translate("Cli", "tệp JSON cần nhập"))
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "chỉ kiểm tra, không ghi gì"))
    imp.add_argument(
        "--as-copy",
        action="store_true",
        help=translate("Cli", "nhập thành một bản sao với mã định danh mới (khi kế hoạch đã có ở đây)"),
    )
    imp.add_argument("--json", action="store_true", help=translate("Cli", "in kết quả dạng JSON"))
    imp.set_defaults(func=cmd_import_json)

    annex = sub.add_parser(
        "import-annex",
        parents=[common],
        help=translate("Cli", "nhập bảng phụ lục nhiệm vụ từ Excel hoặc Word"),
        description=translate(
            "Cli",
            "Nhập bảng phụ lục nhiệm vụ (TT, Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản "
            "phẩm, Chủ trì, Phối hợp, Thời gian, Kinh phí) từ tệp .xlsx, .docx hoặc văn bản "
            "tách bằng Tab, vào một kế hoạch mới hoặc một kế hoạch đã có.",
        ),
    )
    annex.add_argument(
        "file",
        metavar=translate("Cli", "TỆP"),
        help=translate("Cli", "tệp .xlsx, .docx (hoặc .tsv); '-' để đọc bảng dán (tách bằng Tab) từ đầu vào"),
    )
    target = annex.add_mutually_exclusive_group()
    target.add_argument(
        "--plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "thêm vào kế hoạch đã có (số ID hoặc một phần tên)"),
    )
    target.add_argument(
        "--new-plan",
        metavar=translate("Cli", "TÊN"),
        help=translate("Cli", "tạo kế hoạch mới với tên này (mặc định: tên phụ lục trong tệp, hoặc tên tệp)"),
    )
    annex.add_argument(
        "--table",
        metavar=translate("Cli", "SỐ"),
        type=int,
        help=translate("Cli", "số thứ tự của bảng (hoặc trang tính) cần nhập; mặc định tự tìm"),
    )
    annex.add_argument("--dry-run", action="store_true", help=translate("Cli", "chỉ xem trước, không ghi gì"))
    annex.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "in bản xem trước (cách gán cột, số lượng, đơn vị mới, cảnh báo) dạng JSON"),
    )
    annex.set_defaults(func=cmd_import_annex)

    delete = sub.add_parser(
        "delete",
        parents=[common],
        help=translate("Cli", "xóa một kế hoạch (vào thùng rác)"),
        description=translate("Cli", "Chuyển kế hoạch vào thùng rác; khôi phục bằng «cchc trash restore»."),
    )
    delete.add_argument(
        "plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "số thứ tự (ID) hoặc một phần tên kế hoạch"),
    )
    delete.set_defaults(func=cmd_delete)

    trash = sub.add_parser(
        "trash",
        parents=[common],
        help=translate("Cli", "thùng rác: xem, khôi phục, dọn"),
        description=translate(
            "Cli",
            "Các kế hoạch đã xóa. «cchc trash» liệt kê; «cchc trash "
            "restore KẾ_HOẠCH» khôi phục nguyên vẹn (cùng mã định danh); "
            "«cchc trash empty» xóa hẳn.",
        ),
    )
    trash.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    trash.set_defaults(func=cmd_trash)
    trash_sub = trash.add_subparsers(dest="trash_command", metavar=translate("Cli", "VIỆC"))
    trash_restore = trash_sub.add_parser(
        "restore", parents=[common], help=translate("Cli", "khôi phục một kế hoạch")
    )
    trash_restore.add_argument(
        "plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "số ID hoặc một phần tên kế hoạch trong thùng rác"),
    )
    trash_restore.set_defaults(func=cmd_trash_restore)
    trash_empty = trash_sub.add_parser(
        "empty", parents=[common], help=translate("Cli", "xóa hẳn mọi kế hoạch trong thùng rác")
    )
    trash_empty.set_defaults(func=cmd_trash_empty)

    log = sub.add_parser(
        "log",
        parents=[common],
        help=translate("Cli", "xem nhật ký thay đổi"),
        description=translate("Cli", "Nhật ký thay đổi: khi nào, ai, làm gì, giá trị cũ và mới."),
    )
    log.add_argument(
        "plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        nargs="?",
        help=translate("Cli", "chỉ các thay đổi của kế hoạch này (ID hoặc một phần tên)"),
    )
    log.add_argument("--limit", metavar="N", type=int, help=translate("Cli", "chỉ N dòng mới nhất"))
    log.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    log.set_defaults(func=cmd_log)

    units = sub.add_parser(
        "units",
        parents=[common],
        help=translate("Cli", "danh mục đơn vị"),
        description=translate("Cli", "Danh mục đơn vị và số dòng nhiệm vụ nêu tên mỗi đơn vị."),
    )
    units.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    units.set_defaults(func=cmd_units)

    user = sub.add_parser(
        "set-user",
        parents=[common],
        help=translate("Cli", "đặt tên người dùng ghi vào nhật ký"),
        description=translate("Cli", "Tên người dùng được ghi vào nhật ký thay đổi."),
    )
    user.add_argument("name", metavar=translate("Cli", "TÊN"))
    user.set_defaults(func=cmd_set_user)

    init = sub.add_parser(
        "init",
        parents=[common],
        help=translate("Cli", "tạo cơ sở dữ liệu (hoặc bắt đầu lại với dữ liệu trống)"),
        description=translate(
            "Cli",
            "Tạo cơ sở dữ liệu trong thư mục dữ liệu. Với --empty: bắt đầu "
            "với dữ liệu trống dù thư mục cho thấy trước đây đã có dữ liệu "
            "(tệp cũ, nếu còn, được giữ lại bên cạnh).",
        ),
    )
    init.add_argument(
        "--empty",
        dest="accept_empty",
        action="store_true",
        help=translate("Cli", "chấp nhận bắt đầu với dữ liệu trống"),
    )
    init.set_defaults(func=cmd_init)


# --- commands ----------------------------------------------------------------------------------


def _plan_json(p: PlanSummary) -> dict:
    return {
        "id": p.id,
        "uuid": p.uuid,
        "title": p.title,
        "period": p.period.label(),
        "reference": p.reference,
        "issued_date": p.issued_date.isoformat() if p.issued_date else None,
        "sections": p.counts.sections,
        "items": p.counts.tasks + p.counts.groups,
        "tasks": p.counts.tasks,
        "groups": p.counts.groups,
        "rows": p.counts.rows,
        "updated_at": p.updated_at,
        "deleted_at": p.deleted_at,
    }


def _plan_lines(plans: list[PlanSummary]) -> None:
    # Translated outside the f-string: lupdate does not read calls inside one.
    head = (
        translate("Cli", "Kỳ"),
        translate("Cli", "Lĩnh vực"),
        translate("Cli", "Nhiệm vụ"),
        translate("Cli", "Dòng"),
        translate("Cli", "Tên kế hoạch"),
    )
    say(f"{'ID':>4}  {head[0]:<26} {head[1]:>8} {head[2]:>8} {head[3]:>5}  {head[4]}")
    for p in plans:
        tasks = f"{p.counts.tasks}" + (f" ({p.counts.groups})" if p.counts.groups else "")
        say(
            f"{p.id:>4}  {p.period.label():<26} {p.counts.sections:>8} {tasks:>8} {p.counts.rows:>5}  {p.title}"
        )


def cmd_plans(ws: Workspace, args: argparse.Namespace) -> int:
    plans = ws.plans.all()
    if args.json:
        print_json([_plan_json(p) for p in plans])
        return 0
    if not plans:
        say(
            translate(
                "Cli",
                "Chưa có kế hoạch nào. Dùng «cchc import-json TỆP», «cchc import-annex TỆP» hoặc "
                "«cchc --demo plans».",
            )
        )
        return 0
    _plan_lines(plans)
    return 0


def cmd_export_json(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan)
    if args.output == "-":
        sys.stdout.write(ws.plans.export_json(plan.id, None) or "")
        return 0
    ws.plans.export_json(plan.id, Path(args.output))
    note(
        fmt(
            translate("Cli", "Đã xuất kế hoạch {id} «{title}» ra {path}"),
            id=plan.id,
            title=plan.title,
            path=args.output,
        )
    )
    return 0


def cmd_import_json(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.plans.import_json(Path(args.file), as_copy=args.as_copy, dry_run=args.dry_run)
    if args.json:
        print_json(
            {
                "plan_id": result.plan_id,
                "title": result.title,
                "dry_run": args.dry_run,
                "sections": result.counts.sections,
                "tasks": result.counts.tasks,
                "groups": result.counts.groups,
                "rows": result.counts.rows,
            }
        )
        return 0
    if args.dry_run:
        say(
            fmt(
                translate("Cli", "Tệp hợp lệ: «{title}» ({counts}). Chưa ghi gì (--dry-run)."),
                title=result.title,
                counts=result.counts.message(),
            )
        )
        return 0
    say(
        fmt(
            translate("Cli", "Đã nhập kế hoạch {id}: «{title}» ({counts})."),
            id=result.plan_id,
            title=result.title,
            counts=result.counts.message(),
        )
    )
    return 0


def _read_annex_source(file: str) -> Path | bytes:
    if file != "-":
        return Path(file)
    # "-": a table pasted from Excel or Word and piped in (tab-separated, as on the clipboard).
    from ..services.imports import read_piped

    return read_piped(sys.stdin)


def _print_preview(preview: ImportPreview) -> None:
    table = preview.tables[preview.table_index]
    say(
        fmt(
            translate(
                "Cli",
                "Bảng: «{name}» (bảng {number}/{count}, {rows} dòng × {columns} cột), dòng tiêu đề {header}",
            ),
            name=preview.table_name,
            number=preview.table_index + 1,
            count=len(preview.tables),
            rows=table.rows,
            columns=table.columns,
            header=preview.header_row,
        )
    )
    say(translate("Cli", "Các cột:"))
    for line in preview.mapping.describe():
        say(f"  {line}")
    for column in preview.unknown_columns:
        say("  " + fmt(translate("Cli", "Không nhập: {column}"), column=column.label()))
    if preview.annex_title:
        say(fmt(translate("Cli", "Tên phụ lục: {title}"), title=preview.annex_title))
    say(translate("Cli", "Theo lĩnh vực:"))
    for count in preview.section_counts:
        say(f"  {count.line()}")
    say(fmt(translate("Cli", "Tổng: {counts}"), counts=preview.counts.message()))
    if preview.new_units:
        say(
            fmt(translate("Cli", "Đơn vị mới, sẽ thêm vào danh mục ({count}):"), count=len(preview.new_units))
        )
        for name in preview.new_units:
            say(f"  - {name}")
    for warning in preview.warnings:
        say(warning)


def cmd_import_annex(ws: Workspace, args: argparse.Namespace) -> int:
    if args.new_plan is not None and not args.new_plan.strip():
        raise InvalidInputError("cli.new_plan_empty")
    plan = ws.plans.find(args.plan) if args.plan else None
    _tables, preview = ws.imports.preview(_read_annex_source(args.file), table_number=args.table)
    if args.json:
        print_json(preview.to_json() | {"dry_run": bool(args.dry_run)})
    else:
        _print_preview(preview)
    if args.dry_run:
        if not args.json:
            say(translate("Cli", "Chưa ghi gì (--dry-run)."))
        return 0
    fallback = Path(args.file).stem if args.file != "-" else None
    result = ws.imports.apply(
        preview, plan_id=plan.id if plan else None, new_title=args.new_plan, fallback_title=fallback
    )
    done = (
        fmt(
            translate("Cli", "Đã tạo kế hoạch {id}: «{title}» ({period}; {counts})."),
            id=result.plan_id,
            title=result.title,
            period=ws.plans.summary(result.plan_id).period.label(),
            counts=result.counts.tasks_message(),
        )
        if result.created
        else fmt(
            translate("Cli", "Đã thêm {counts} vào kế hoạch {id}."),
            counts=result.counts.tasks_message(),
            id=result.plan_id,
        )
    )
    (note if args.json else say)(done)
    return 0


def cmd_delete(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan)
    ws.plans.move_to_trash(plan.id)
    say(
        fmt(
            translate(
                "Cli", "Đã chuyển kế hoạch {id} «{title}» vào thùng rác (khôi phục: cchc trash restore {id})."
            ),
            id=plan.id,
            title=plan.title,
        )
    )
    return 0


def cmd_trash(ws: Workspace, args: argparse.Namespace) -> int:
    plans = ws.plans.trash()
    if args.json:
        print_json([_plan_json(p) for p in plans])
        return 0
    if not plans:
        say(translate("Cli", "Thùng rác trống."))
        return 0
    for p in plans:
        say(
            fmt(
                translate("Cli", "{id}  xóa lúc {when}  {title} ({counts})"),
                id=f"{p.id:>4}",
                when=(p.deleted_at or "").replace("T", " "),
                title=p.title,
                counts=p.counts.message(),
            )
        )
    return 0


def cmd_trash_restore(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan, in_trash=True)
    ws.plans.restore_from_trash(str(plan.id))
    say(
        fmt(
            translate("Cli", "Đã khôi phục kế hoạch {id} «{title}» từ thùng rác."),
            id=plan.id,
            title=plan.title,
        )
    )
    return 0


def cmd_trash_empty(ws: Workspace, args: argparse.Namespace) -> int:
    count = ws.plans.empty_trash()
    say(
        fmt(
            translate("Cli", "Đã xóa hẳn {count} kế hoạch (bản sao lưu tự động vừa tạo vẫn giữ chúng)."),
            count=count,
        )
        if count
        else translate("Cli", "Thùng rác trống.")
    )
    return 0


def cmd_log(ws: Workspace, args: argparse.Namespace) -> int:
    plan_id = ws.plans.find(args.plan).id if args.plan else None
    entries = ws.log.entries(plan_id, args.limit)
    if args.json:
        print_json([e.__dict__ | {"action_label": e.action_label} for e in entries])
        return 0
    if not entries:
        say(translate("Cli", "Nhật ký chưa có thay đổi nào."))
        return 0
    whole = translate("Cli", "(toàn bộ dữ liệu)")
    for e in entries:
        change = " → ".join(v for v in (e.old_value, e.new_value) if v)
        who = e.user_name or "?"
        field = f" [{e.field}]" if e.field else ""
        say(
            f"{e.at_display}  {who:<14} {e.action_label:<22} {e.plan_title or whole}{field}"
            + (f": {change}" if change else "")
        )
    return 0


def cmd_units(ws: Workspace, args: argparse.Namespace) -> int:
    usage = ws.units.usage()
    if args.json:
        print_json(
            [
                {"uuid": u.unit.uuid, "name": u.unit.name, "short_name": u.unit.short_name, "rows": u.rows}
                for u in usage
            ]
        )
        return 0
    for use in usage:
        short = f" ({use.unit.short_name})" if use.unit.short_name else ""
        say(f"{use.rows:>5}  {use.unit.name}{short}")
    return 0


def cmd_set_user(ws: Workspace, args: argparse.Namespace) -> int:
    name = ws.settings.set_user_name(args.name)
    say(fmt(translate("Cli", "Tên người dùng ghi vào nhật ký: {name}"), name=name))
    return 0


def cmd_init(ws: Workspace, args: argparse.Namespace) -> int:
    say(fmt(translate("Cli", "Cơ sở dữ liệu sẵn sàng: {path}"), path=ws.db.path))
    return 0
