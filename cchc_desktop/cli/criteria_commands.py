"""``cchc criteria …``: the empty template, importing a province's workbook (all or nothing; the
sample with ``--sample``), listing and showing sets, their grade tiers and the plan deadline."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages, fmt, translate
from ..services.criteria import CriteriaSetRecord
from ..services.scoring import points_text
from ..services.workspace import Workspace
from .render import note, print_json, say

define_messages(
    {
        "cli.criteria_file_or_sample": QT_TRANSLATE_NOOP(
            "Messages", "Ghi tệp bộ tiêu chí (.xlsx) cần nhập, hoặc «--sample» để dùng bộ mẫu."
        ),
        "cli.tier_bad": QT_TRANSLATE_NOOP(
            "Messages", "Mức xếp loại «{text}» phải ghi dạng TÊN=NGƯỠNG, ví dụ «Tốt=80»."
        ),
    }
)


def register(groups: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    template = groups.add_parser(
        "template",
        parents=[common],
        help=translate("Cli", "ghi tệp Excel bộ tiêu chí trống (kèm hướng dẫn cách chấm)"),
    )
    template.add_argument("-o", "--output", metavar=translate("Cli", "TỆP"), required=True)
    template.set_defaults(func=cmd_template)

    imp = groups.add_parser(
        "import",
        parents=[common],
        help=translate("Cli", "nhập bộ tiêu chí từ tệp Excel (sai một chỗ là không nhập gì)"),
    )
    imp.add_argument("file", nargs="?", metavar=translate("Cli", "TỆP"))
    imp.add_argument("--name", metavar=translate("Cli", "TÊN"), help=translate("Cli", "tên bộ tiêu chí"))
    imp.add_argument(
        "--year", type=int, metavar=translate("Cli", "NĂM"), help=translate("Cli", "năm áp dụng")
    )
    imp.add_argument("--sample", action="store_true", help=translate("Cli", "dùng bộ tiêu chí mẫu đi kèm"))
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "chỉ kiểm tra, không ghi gì"))
    imp.add_argument("--json", action="store_true", help=translate("Cli", "in kết quả dạng JSON"))
    imp.set_defaults(func=cmd_import)

    listing = groups.add_parser("list", parents=[common], help=translate("Cli", "liệt kê các bộ tiêu chí"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    listing.set_defaults(func=cmd_list)

    show = groups.add_parser("show", parents=[common], help=translate("Cli", "xem một bộ tiêu chí"))
    show.add_argument(
        "set", metavar=translate("Cli", "BỘ"), help=translate("Cli", "số ID, «mau» hoặc một phần tên")
    )
    show.add_argument(
        "--json", action="store_true", help=translate("Cli", "in dạng JSON (định dạng cchc-criteria)")
    )
    show.set_defaults(func=cmd_show)

    tiers = groups.add_parser(
        "tiers", parents=[common], help=translate("Cli", "xem hoặc sửa các mức xếp loại")
    )
    tiers.add_argument("set", metavar=translate("Cli", "BỘ"))
    tiers.add_argument(
        "tier",
        nargs="*",
        metavar=translate("Cli", "TÊN=NGƯỠNG"),
        help=translate("Cli", "ví dụ: Tốt=80 Khá=70 …"),
    )
    tiers.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    tiers.set_defaults(func=cmd_tiers)

    deadline = groups.add_parser(
        "deadline",
        parents=[common],
        help=translate("Cli", "hạn ban hành kế hoạch CCHC năm (mặc định 31/12 năm trước)"),
    )
    deadline.add_argument("set", metavar=translate("Cli", "BỘ"))
    deadline.add_argument(
        "date", metavar=translate("Cli", "NGÀY"), help=translate("Cli", "31/12, 15/01/2026 hoặc ''")
    )
    deadline.set_defaults(func=cmd_deadline)


def _line(record: CriteriaSetRecord) -> str:
    sample = translate("Cli", " [MẪU, không chính thức]") if record.is_sample else ""
    version = fmt(translate("Cli", ", lần {version}"), version=record.version) if record.version > 1 else ""
    return f"{record.id:>3}  " + fmt(
        translate("Cli", "{year}  {name}{sample} – {issuer}{version}; {leaves} tiêu chí, {maximum} điểm"),
        year=record.year,
        name=record.name,
        sample=sample,
        issuer=record.issuer or "—",
        version=version,
        leaves=record.leaves,
        maximum=points_text(record.maximum),
    )


def _json(record: CriteriaSetRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "uuid": record.uuid,
        "name": record.name,
        "issuer": record.issuer,
        "year": record.year,
        "version": record.version,
        "is_sample": record.is_sample,
        "leaves": record.leaves,
        "maximum": str(record.maximum),
        "plan_deadline": record.plan_deadline,
        "source_name": record.source_name,
        "assessments": record.assessments,
    }


def cmd_template(ws: Workspace, args: argparse.Namespace) -> int:
    ws.criteria.write_template(Path(args.output))
    note(fmt(translate("Cli", "Đã ghi mẫu bộ tiêu chí trống ra {path}"), path=args.output))
    return 0


def cmd_import(ws: Workspace, args: argparse.Namespace) -> int:
    if args.sample:
        result = ws.criteria.import_sample()
    elif not args.file:
        raise InvalidInputError("cli.criteria_file_or_sample")
    else:
        result = ws.criteria.import_file(Path(args.file), args.name, args.year, dry_run=args.dry_run)
    found = result.criteria_set
    leaves = sum(1 for _ in found.leaves())
    if args.json:
        print_json(
            {
                "dry_run": result.record is None,
                "name": found.name,
                "year": found.year,
                "leaves": leaves,
                "maximum": str(found.total_maximum()),
                "set": _json(result.record) if result.record else None,
            }
        )
        return 0
    if result.record is None:
        say(
            fmt(
                translate(
                    "Cli", "Tệp hợp lệ (chưa ghi): «{name}», năm {year}, {leaves} tiêu chí, {maximum} điểm."
                ),
                name=found.name,
                year=found.year,
                leaves=leaves,
                maximum=points_text(found.total_maximum()),
            )
        )
        return 0
    say(fmt(translate("Cli", "Đã nhập bộ tiêu chí {id}:"), id=result.record.id))
    say(_line(result.record))
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.criteria.all()
    if args.json:
        print_json([_json(r) for r in found])
        return 0
    if not found:
        say(translate("Cli", "Chưa có bộ tiêu chí nào."))
    for record in found:
        say(_line(record))
    return 0


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    record = ws.criteria.find(args.set)
    criteria_set = ws.criteria.get(record.id)
    if args.json:
        from ..services.criteria import criteria_set_json

        print_json(criteria_set_json(criteria_set) | {"id": record.id, "version": record.version})
        return 0
    say(_line(record))
    for placed in criteria_set.placed():
        node = placed.criterion
        flags = []
        if node.allow_na:
            flags.append(translate("Cli", "được KAD"))
        if node.province_scored:
            flags.append(translate("Cli", "tỉnh chấm"))
        extra = f" [{', '.join(flags)}]" if flags else ""
        rule = f" — {node.rule.describe()}" if node.is_leaf else ""
        say(f"{'  ' * placed.depth}{node.code}  {node.text} ({points_text(node.max_points)}){extra}{rule}")
    tiers = "; ".join(f"{t.label} ≥ {points_text(t.from_percent)}%" for t in criteria_set.sorted_tiers())
    say(fmt(translate("Cli", "Xếp loại: {tiers}"), tiers=tiers))
    return 0


def cmd_tiers(ws: Workspace, args: argparse.Namespace) -> int:
    record = ws.criteria.find(args.set)
    if args.tier:
        pairs = []
        for text in args.tier:
            label, equals, value = text.rpartition("=")
            number = value.strip().rstrip("%").replace(",", ".")
            if not equals or not label.strip() or not number.replace(".", "", 1).isdigit():
                raise InvalidInputError("cli.tier_bad", text=text)
            pairs.append((label, Decimal(number)))
        ws.criteria.set_tiers(record.id, pairs)
    tiers = ws.criteria.get(record.id).sorted_tiers()
    if args.json:
        print_json([{"label": t.label, "from_percent": str(t.from_percent)} for t in tiers])
        return 0
    for tier in tiers:
        say(f"{tier.label}: ≥ {points_text(tier.from_percent)}%")
    return 0


def cmd_deadline(ws: Workspace, args: argparse.Namespace) -> int:
    record = ws.criteria.find(args.set)
    ws.criteria.set_plan_deadline(record.id, args.date)
    note(
        fmt(
            translate("Cli", "Hạn ban hành kế hoạch của bộ «{name}»: {date}"),
            name=record.name,
            date=args.date or translate("Cli", "31/12 năm trước (mặc định)"),
        )
    )
    return 0
