"""``cchc evidence``: the evidence store — list, check every file against its hash (exit 0 only
when all match, 4 otherwise), attach a file to a row, detach one."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import decimal_text, fmt, translate
from ..services.workspace import Workspace
from .options import date_arg, json_flag
from .render import print_json, say


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    evidence = sub.add_parser(
        "evidence",
        parents=[common],
        help=translate("Cli", "kho tài liệu kiểm chứng: liệt kê, kiểm tra, đính kèm"),
        description=translate(
            "Cli", "Tài liệu kiểm chứng lưu trong thư mục dữ liệu (evidence/), mỗi tệp theo mã SHA-256."
        ),
    )
    evidence_sub = evidence.add_subparsers(
        dest="evidence_command", metavar=translate("Cli", "VIỆC"), required=True
    )
    check = evidence_sub.add_parser(
        "check", parents=[common], help=translate("Cli", "kiểm tra mọi tệp theo mã băm")
    )
    json_flag(check)
    check.set_defaults(func=cmd_evidence_check)
    listing = evidence_sub.add_parser("list", parents=[common], help=translate("Cli", "liệt kê tài liệu"))
    json_flag(listing)
    listing.set_defaults(func=cmd_evidence_list)
    attach = evidence_sub.add_parser(
        "attach", parents=[common], help=translate("Cli", "đính kèm một tệp vào một dòng")
    )
    attach.add_argument("row", metavar=translate("Cli", "MÃ_DÒNG"))
    attach.add_argument("file", metavar=translate("Cli", "TỆP"))
    attach.add_argument("--number", default="", help=translate("Cli", "số hiệu văn bản (125/QĐ-UBND)"))
    attach.add_argument("--date", metavar=translate("Cli", "NGÀY"), help=translate("Cli", "ngày ban hành"))
    attach.add_argument("--issuer", default="", help=translate("Cli", "cơ quan ban hành"))
    attach.add_argument("--title", default="", help=translate("Cli", "trích yếu"))
    attach.set_defaults(func=cmd_evidence_attach)
    detach = evidence_sub.add_parser(
        "detach", parents=[common], help=translate("Cli", "bỏ một tài liệu khỏi một dòng")
    )
    detach.add_argument("row", metavar=translate("Cli", "MÃ_DÒNG"))
    detach.add_argument("evidence", metavar=translate("Cli", "MÃ_TÀI_LIỆU"))
    detach.set_defaults(func=cmd_evidence_detach)


def cmd_evidence_check(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.evidence.check()
    if args.json:
        print_json(
            {
                "ok": result.ok,
                "checked": result.checked,
                "missing": result.missing,
                "altered": result.altered,
                "unreferenced": result.unreferenced,
            }
        )
    else:
        say(
            fmt(
                translate("Cli", "Đã kiểm tra {count} tệp trong {folder}."),
                count=result.checked,
                folder=ws.evidence.folder,
            )
        )
        for sha in result.missing:
            say(fmt(translate("Cli", "Thiếu tệp: {sha}"), sha=sha))
        for sha in result.altered:
            say(fmt(translate("Cli", "Tệp bị thay đổi (không khớp mã băm): {sha}"), sha=sha))
        if result.ok:
            say(translate("Cli", "Mọi tệp đều khớp mã băm."))
    return 0 if result.ok else 4


def cmd_evidence_list(ws: Workspace, args: argparse.Namespace) -> int:
    uses = ws.evidence.all()
    if args.json:
        print_json(
            [
                {
                    "id": u.document.uuid,
                    "sha256": u.document.sha256,
                    "file_name": u.document.file_name,
                    "size": u.document.size,
                    "number": u.document.number,
                    "issued_on": u.document.issued_on.isoformat() if u.document.issued_on else None,
                    "issuer": u.document.issuer,
                    "title": u.document.title,
                    "rows": u.rows,
                }
                for u in uses
            ]
        )
        return 0
    if not uses:
        say(translate("Cli", "Chưa có tài liệu kiểm chứng nào."))
    for use in uses:
        size = decimal_text(round(use.document.size / 1024, 1))
        say(f"{use.rows:>4}  {use.document.describe()}  ({size} KB)  {use.document.uuid}")
    return 0


def cmd_evidence_attach(ws: Workspace, args: argparse.Namespace) -> int:
    applied = ws.evidence.attach_file(
        args.row,
        Path(args.file),
        number=args.number,
        issued_on=date_arg(args.date),
        issuer=args.issuer,
        title=args.title,
    )
    say(fmt(translate("Cli", "Đã ghi: {label}."), label=applied.edit.label))
    return 0


def cmd_evidence_detach(ws: Workspace, args: argparse.Namespace) -> int:
    applied = ws.evidence.detach(args.row, args.evidence)
    say(fmt(translate("Cli", "Đã ghi: {label}."), label=applied.edit.label))
    return 0
