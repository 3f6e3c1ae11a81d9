"""Commands on backups: make one now (here or to a USB stick), list them, restore one."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import fmt, translate
from ..services import backups as backup_service
from ..services.workspace import Workspace
from .render import note, print_json, say


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help=translate("Cli", "sao lưu cơ sở dữ liệu ngay"),
        description=translate("Cli", "Tạo một bản sao lưu đã kiểm tra toàn vẹn, kèm mã kiểm tra SHA-256."),
    )
    backup.add_argument(
        "--to",
        metavar=translate("Cli", "THƯ_MỤC"),
        help=translate("Cli", "ghi bản sao vào thư mục này (ví dụ USB) thay vì thư mục sao lưu"),
    )
    backup.set_defaults(func=cmd_backup)

    listing = sub.add_parser(
        "backups",
        parents=[common],
        help=translate("Cli", "liệt kê các bản sao lưu"),
        description=translate(
            "Cli",
            "Các bản sao lưu: thời điểm, loại, dung lượng, nội dung, mã "
            "kiểm tra. Bản sao trước khi khôi phục được liệt kê riêng.",
        ),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    listing.set_defaults(func=cmd_backups)

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help=translate("Cli", "khôi phục từ một bản sao lưu"),
        description=translate(
            "Cli",
            "Khôi phục dữ liệu từ bản sao lưu; trạng thái hiện tại được "
            "sao lưu trước. 'latest': bản tốt mới nhất (không tính các "
            "bản sao trước khi khôi phục).",
        ),
    )
    restore.add_argument(
        "source",
        metavar=translate("Cli", "BẢN_SAO"),
        help=translate("Cli", "tệp sao lưu, hoặc 'latest' cho bản tốt mới nhất trong thư mục sao lưu"),
    )
    restore.set_defaults(func=cmd_restore, when_unopenable=restore_unopenable)


def cmd_backup(ws: Workspace, args: argparse.Namespace) -> int:
    info = ws.backups.create("manual", Path(args.to) if args.to else None)
    say(
        fmt(
            translate(
                "Cli",
                "Đã sao lưu vào {path} ({contents}; đã kiểm tra toàn vẹn, mã SHA-256 ghi ở {path}.sha256).",
            ),
            path=info.path,
            contents=info.describe(),
        )
    )
    return 0


def _line(info) -> str:
    checksum = {"ok": "", "missing": translate("Cli", " (chưa có mã kiểm tra)"), "mismatch": ""}[
        info.checksum
    ]
    return (
        f"{info.created:%d/%m/%Y %H:%M:%S}  {info.kind_label:<20} {info.size / 1024:>8.0f} KB  "
        f"{info.describe()}{checksum}  {info.path.name}"
    )


def cmd_backups(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.backups.all()
    if args.json:
        print_json([b.to_json() for b in found])
        return 0
    if not found:
        say(fmt(translate("Cli", "Chưa có bản sao lưu nào trong {folder}."), folder=ws.backups.folder))
        return 0
    regular = [b for b in found if b.kind != "pre-restore"]
    safety = [b for b in found if b.kind == "pre-restore"]
    for info in regular:
        say(_line(info))
    if safety:
        say(translate("Cli", "Bản sao trạng thái trước mỗi lần khôi phục (không dùng cho «restore latest»):"))
        for info in safety:
            say(_line(info))
    return 0


def _restored(result: backup_service.RestoreResult) -> None:
    source = result.source
    say(
        fmt(
            translate("Cli", "Đã khôi phục từ {name} (sao lưu lúc {when}, {kind}; {contents})."),
            name=source.path.name,
            when=source.created.strftime("%d/%m/%Y %H:%M:%S"),
            kind=source.kind_label,
            contents=source.describe(),
        )
    )
    if result.safety is not None:
        say(fmt(translate("Cli", "Trạng thái trước khi khôi phục được giữ ở {path}."), path=result.safety))
    if result.moved_aside is not None:
        say(
            fmt(
                translate("Cli", "Tệp cơ sở dữ liệu không mở được trước đó được giữ nguyên ở {path}."),
                path=result.moved_aside,
            )
        )


def cmd_restore(ws: Workspace, args: argparse.Namespace) -> int:
    _restored(ws.backups.restore(args.source))
    return 0


def restore_unopenable(data_dir: Path, args: argparse.Namespace) -> int:
    """The database cannot be opened (damaged, vanished, damaged version number): restore
    without opening it; the file, if any, is moved aside first."""
    result = backup_service.restore_unopened(data_dir, args.source)
    _restored(result)
    note(translate("Cli", "Đã khôi phục mà không cần mở cơ sở dữ liệu hỏng."))
    return 0
