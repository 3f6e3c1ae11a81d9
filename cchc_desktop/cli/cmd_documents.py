"""Documents out, upload packages and the outbox:

    cchc export {plan,annex,progress} PLAN --format pdf|xlsx|docx -o FILE
    cchc export progress PLAN --period q1..q4|h1|h2|year --as-of DATE …
    cchc export score ASSESSMENT --format pdf|xlsx -o FILE
    cchc package create PLAN [--assessment ID] -o FILE
    cchc package verify FILE
    cchc outbox [--json]
    cchc outbox sent PACKAGE [--note TEXT]

Imported at every start of ``cchc``: nothing heavy here (the exporters load when a document is
written, and only the one that writes it).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, date_text, define_messages, fmt, number, translate
from ..services.documents import FORMATS, PERIODS, TaskFilter, check_format, format_from_path
from ..services.workspace import Workspace
from .render import note, print_json, say

define_messages(
    {
        "cli.bad_date": QT_TRANSLATE_NOOP(
            "Messages", "Ngày «{text}» không đọc được; hãy ghi dạng 31/12/2025 hoặc 2025-12-31."
        ),
    }
)

EXIT_PACKAGE_BAD = 4


def _output(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help=fmt(
            translate("Cli", "định dạng: {formats} (mặc định: theo đuôi tên tệp)"), formats=", ".join(formats)
        ),
    )
    parser.add_argument(
        "-o", "--output", metavar=translate("Cli", "TỆP"), required=True, help=translate("Cli", "tệp cần ghi")
    )


def _plan_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "số thứ tự (ID) hoặc một phần tên kế hoạch"),
    )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        parents=[common],
        help=translate("Cli", "xuất kế hoạch, phụ lục, báo cáo ra PDF, Excel hoặc Word"),
        description=translate(
            "Cli",
            "Xuất tài liệu theo thể thức văn bản hành chính: kế hoạch (PDF, Word), phụ lục hoặc bảng "
            "nhiệm vụ đã lọc (PDF, Excel, Word), báo cáo tiến độ (PDF, Excel), báo cáo tự chấm điểm "
            "(PDF, Excel).",
        ),
    )
    kinds = export.add_subparsers(dest="document", metavar=translate("Cli", "TÀI_LIỆU"), required=True)

    plan = kinds.add_parser(
        "plan", parents=[common], help=translate("Cli", "kế hoạch kèm phụ lục (pdf, docx)")
    )
    _plan_argument(plan)
    _output(plan, ("pdf", "docx"))
    plan.set_defaults(func=cmd_export, kind="plan")

    annex = kinds.add_parser(
        "annex",
        parents=[common],
        help=translate("Cli", "phụ lục nhiệm vụ, hoặc bảng nhiệm vụ đã lọc (pdf, xlsx, docx)"),
    )
    _plan_argument(annex)
    _output(annex, ("pdf", "xlsx", "docx"))
    annex.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar=translate("Cli", "ĐƠN_VỊ"),
        help=translate("Cli", "chỉ nhiệm vụ do đơn vị này chủ trì hoặc phối hợp (ghi nhiều lần được)"),
    )
    annex.add_argument(
        "--status",
        action="append",
        default=[],
        metavar=translate("Cli", "TRẠNG_THÁI"),
        help=translate(
            "Cli",
            "chỉ nhiệm vụ ở trạng thái này: not_started, in_progress, done, cancelled (hoặc tên tiếng Việt)",
        ),
    )
    annex.add_argument(
        "--section",
        action="append",
        default=[],
        metavar=translate("Cli", "LĨNH_VỰC"),
        help=translate("Cli", "chỉ nhiệm vụ thuộc lĩnh vực này (I, II, …)"),
    )
    annex.add_argument(
        "--heading", metavar=translate("Cli", "DÒNG"), help=translate("Cli", "dòng ghi dưới tên bảng")
    )
    annex.set_defaults(func=cmd_export, kind="annex")

    progress = kinds.add_parser(
        "progress", parents=[common], help=translate("Cli", "báo cáo tiến độ quý, 6 tháng, năm (pdf, xlsx)")
    )
    _plan_argument(progress)
    _output(progress, ("pdf", "xlsx"))
    progress.add_argument(
        "--period",
        choices=PERIODS,
        default="year",
        help=translate("Cli", "kỳ báo cáo: q1..q4, h1, h2 hoặc year (mặc định year)"),
    )
    progress.add_argument(
        "--as-of",
        metavar=translate("Cli", "NGÀY"),
        help=translate("Cli", "số liệu tính đến ngày (mặc định: hôm nay hoặc cuối kỳ)"),
    )
    progress.set_defaults(func=cmd_export, kind="progress")

    score = kinds.add_parser(
        "score", parents=[common], help=translate("Cli", "báo cáo tự chấm điểm Chỉ số CCHC (pdf, xlsx)")
    )
    score.add_argument(
        "assessment",
        metavar=translate("Cli", "BẢN_CHẤM_ĐIỂM"),
        help=translate("Cli", "số ID của bản chấm điểm"),
    )
    _output(score, ("pdf", "xlsx"))
    score.set_defaults(func=cmd_export, kind="score")

    _register_packages(sub, common)


def _register_packages(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    package = sub.add_parser(
        "package",
        parents=[common],
        help=translate("Cli", "gói nộp: tạo, kiểm tra"),
        description=translate(
            "Cli",
            "Gói nộp (.zip) gồm kế hoạch, phụ lục, báo cáo, tài liệu kiểm chứng, dữ liệu JSON và danh mục "
            "manifest.json có mã kiểm tra SHA-256 của từng tệp.",
        ),
    )
    actions = package.add_subparsers(dest="package_command", metavar=translate("Cli", "VIỆC"), required=True)
    create = actions.add_parser("create", parents=[common], help=translate("Cli", "tạo gói nộp"))
    _plan_argument(create)
    create.add_argument(
        "--assessment",
        metavar="ID",
        help=translate("Cli", "kèm bản chấm điểm này (báo cáo, dữ liệu, tài liệu kiểm chứng)"),
    )
    create.add_argument(
        "-o",
        "--output",
        metavar=translate("Cli", "TỆP"),
        required=True,
        help=translate("Cli", "tệp .zip cần ghi"),
    )
    create.add_argument(
        "--no-evidence", action="store_true", help=translate("Cli", "không kèm tài liệu kiểm chứng")
    )
    create.add_argument("--json", action="store_true", help=translate("Cli", "in kết quả dạng JSON"))
    create.set_defaults(func=cmd_package_create)

    verify = actions.add_parser(
        "verify", parents=[common], help=translate("Cli", "kiểm tra gói nộp còn đầy đủ, nguyên vẹn")
    )
    verify.add_argument(
        "file", metavar=translate("Cli", "TỆP"), help=translate("Cli", "tệp .zip cần kiểm tra")
    )
    verify.add_argument("--json", action="store_true", help=translate("Cli", "in kết quả dạng JSON"))
    verify.set_defaults(func=cmd_package_verify, when_unopenable=_verify_without_database)

    outbox = sub.add_parser(
        "outbox",
        parents=[common],
        help=translate("Cli", "danh sách gói nộp: chưa gửi, đã gửi"),
        description=translate("Cli", "Các gói nộp đã chuẩn bị, chưa gửi hoặc đã gửi (khi nào, ghi chú)."),
    )
    outbox.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    outbox.set_defaults(func=cmd_outbox)
    outbox_actions = outbox.add_subparsers(dest="outbox_command", metavar=translate("Cli", "VIỆC"))
    sent = outbox_actions.add_parser(
        "sent", parents=[common], help=translate("Cli", "đánh dấu một gói đã gửi")
    )
    sent.add_argument(
        "package",
        metavar=translate("Cli", "GÓI"),
        help=translate("Cli", "số ID, tên tệp hoặc đường dẫn của gói"),
    )
    sent.add_argument(
        "--note",
        default="",
        metavar=translate("Cli", "GHI_CHÚ"),
        help=translate("Cli", "ghi chú (gửi qua đâu, cho ai)"),
    )
    sent.set_defaults(func=cmd_outbox_sent)


# --- export ---------------------------------------------------------------------------------------


def parse_date(text: str) -> dt.date:
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise InvalidInputError("cli.bad_date", text=text)


def cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    output = Path(args.output)
    chosen = args.format or format_from_path(output)
    kind = args.kind
    options: dict = {}
    if kind == "annex":
        task_filter = TaskFilter(
            units=tuple(args.unit),
            statuses=tuple(TaskFilter.parse_status(s) for s in args.status),
            sections=tuple(args.section),
        )
        options = {"task_filter": task_filter, "heading": args.heading}
        check_format("annex" if task_filter.is_empty() else "tasks", chosen)
    else:
        check_format(kind, chosen)
    if kind == "score":
        record = ws.documents.assessment(args.assessment)
        reference, title = record.id, f"{record.body} – {record.year}"
    else:
        plan = ws.plans.find(args.plan)
        reference, title = plan.id, plan.title
    if kind == "progress":
        options = {"period": args.period, "as_of": parse_date(args.as_of) if args.as_of else None}
    ws.documents.export(kind, reference, chosen, output, **options)
    note(
        fmt(
            translate("Cli", "Đã xuất {document} {title} ra {path}"),
            document=_label(kind, options),
            title=f"«{title}»" if title else reference,
            path=output,
        )
    )
    return 0


def _label(kind: str, options: dict) -> str:
    from ..services.documents import kind_label

    task_filter = options.get("task_filter")
    if kind == "annex" and task_filter is not None and not task_filter.is_empty():
        return kind_label("tasks").lower()
    return kind_label(kind).lower()


# --- packages -------------------------------------------------------------------------------------


def cmd_package_create(ws: Workspace, args: argparse.Namespace) -> int:
    from ..services.packages import PackageContents

    plan = ws.plans.find(args.plan)
    assessment = ws.documents.assessment(args.assessment).id if args.assessment else None
    contents = PackageContents(evidence=not args.no_evidence)
    written, entry = ws.packages.create(
        plan.id, Path(args.output), assessment_id=assessment, contents=contents
    )
    counts = written.manifest.get("counts", {})
    if args.json:
        print_json(
            {
                "path": str(written.path),
                "size": written.size,
                "sha256": written.sha256,
                "outbox_id": entry.id,
                "files": written.manifest["files"],
                "counts": counts,
            }
        )
        return 0
    say(
        fmt(
            translate(
                "Cli",
                "Đã tạo gói nộp {path} ({size}): {documents} văn bản, {evidence} tài liệu kiểm chứng, "
                "{data} tệp dữ liệu. Gói số {id} trong danh sách chờ gửi («cchc outbox»).",
            ),
            path=written.path,
            size=_size(written.size),
            documents=counts.get("document", 0),
            evidence=counts.get("evidence", 0),
            data=counts.get("data", 0),
            id=entry.id,
        )
    )
    return 0


def _print_check(check, as_json: bool) -> int:
    if as_json:
        print_json(
            {
                "ok": check.ok,
                "path": str(check.path),
                "checked": check.checked,
                "missing": check.missing,
                "changed": check.changed,
                "extra": check.extra,
                "message": str(check.summary()),
            }
        )
    else:
        say(check.summary())
        for line in check.details():
            say(f"  {line}")
    return 0 if check.ok else EXIT_PACKAGE_BAD


def cmd_package_verify(ws: Workspace, args: argparse.Namespace) -> int:
    return _print_check(ws.packages.verify(Path(args.file)), args.json)


def _verify_without_database(data_dir: Path, args: argparse.Namespace) -> int:
    """A package can be checked even when the data folder cannot be opened."""
    from ..services.packages import PackageService

    return _print_check(PackageService.verify(Path(args.file)), args.json)


# --- the outbox -----------------------------------------------------------------------------------


def _size(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{number(max(size // 1024, 1))} KB"


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{date_text(moment.date())} {moment:%H:%M}"


def cmd_outbox(ws: Workspace, args: argparse.Namespace) -> int:
    entries = ws.packages.outbox()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "uuid": e.uuid,
                    "path": e.path,
                    "file_name": e.file_name,
                    "size": e.size,
                    "sha256": e.sha256,
                    "title": e.title,
                    "created_at": e.created_at,
                    "sent": e.sent,
                    "sent_at": e.sent_at,
                    "note": e.note,
                    "file_exists": Path(e.path).is_file(),
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        say(translate("Cli", "Chưa có gói nộp nào («cchc package create» để tạo)."))
        return 0
    waiting = translate("Cli", "chưa gửi")
    for e in entries:
        state = fmt(translate("Cli", "đã gửi {when}"), when=_when(e.sent_at)) if e.sent else waiting
        extra = f" – {e.note}" if e.note else ""
        gone = "" if Path(e.path).is_file() else " " + translate("Cli", "(tệp không còn ở đó)")
        say(f"{e.id:>4}  {_when(e.created_at):<16}  {state:<24} {_size(e.size):>9}  {e.path}{gone}{extra}")
    return 0


def cmd_outbox_sent(ws: Workspace, args: argparse.Namespace) -> int:
    entry = ws.packages.find(args.package)
    ws.packages.mark_sent(entry.uuid, args.note)
    say(fmt(translate("Cli", "Đã đánh dấu gói {id} «{name}» là đã gửi."), id=entry.id, name=entry.file_name))
    return 0
