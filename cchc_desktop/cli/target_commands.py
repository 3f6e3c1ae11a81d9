"""``cchc targets`` (a plan's targets; --suggest: read from its own text) and ``cchc duplicate``
(the plan again for the next period)."""

from __future__ import annotations

import argparse

from ..i18n import decimal_text, fmt, translate
from ..services.workspace import Workspace
from .options import json_flag, plan_arg
from .render import note, print_json, say


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    targets = sub.add_parser(
        "targets",
        parents=[common],
        help=translate("Cli", "chỉ tiêu của kế hoạch (xem, gợi ý từ văn bản)"),
        description=translate(
            "Cli", "Các chỉ tiêu theo lĩnh vực; --suggest: các chỉ tiêu đọc được từ nội dung kế hoạch."
        ),
    )
    plan_arg(targets)
    targets.add_argument(
        "--suggest", action="store_true", help=translate("Cli", "gợi ý chỉ tiêu từ nội dung kế hoạch")
    )
    targets.add_argument(
        "--add", action="store_true", help=translate("Cli", "cùng --suggest: thêm mọi gợi ý vào kế hoạch")
    )
    json_flag(targets)
    targets.set_defaults(func=cmd_targets)

    duplicate = sub.add_parser(
        "duplicate",
        parents=[common],
        help=translate("Cli", "nhân bản kế hoạch cho kỳ sau"),
        description=translate(
            "Cli", "Sao chép lĩnh vực, nhiệm vụ, các dòng và chỉ tiêu sang kế hoạch kỳ sau; tiến độ để trống."
        ),
    )
    plan_arg(duplicate)
    json_flag(duplicate)
    duplicate.set_defaults(func=cmd_duplicate)


def cmd_targets(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan)
    if args.suggest:
        found = ws.targets.suggest(plan.id)
        if args.add and found:
            ws.targets.add_suggestions(plan.id, found)
        if args.json:
            print_json(
                [
                    {
                        "text": s.text,
                        "comparator": s.comparator,
                        "value": s.value,
                        "unit": s.unit,
                        "area": s.area,
                        "source": s.source,
                    }
                    for s in found
                ]
            )
            return 0
        for s in found:
            value = decimal_text(s.value) if s.value is not None else ""
            say(
                f"{s.area:>4}  {s.comparator:>2} {value}{s.unit if s.unit == '%' else ' ' + s.unit}  {s.text}"
            )
        if args.add:
            note(fmt(translate("Cli", "Đã thêm {count} chỉ tiêu."), count=len(found)))
        return 0
    groups = ws.targets.grouped(plan.id)
    if args.json:
        print_json(
            [
                {
                    "area": g.code,
                    "title": g.title,
                    "targets": [t.__dict__ | {"met": t.met} for t in g.targets],
                }
                for g in groups
            ]
        )
        return 0
    if not groups:
        say(translate("Cli", "Kế hoạch chưa có chỉ tiêu nào (xem gợi ý: --suggest)."))
    for group in groups:
        say(f"{group.code} {group.title}".strip())
        for t in group.targets:
            met = {True: translate("Cli", "đạt"), False: translate("Cli", "chưa đạt"), None: ""}[t.met]
            say(f"  {t.text}  {t.comparator} {t.target or ''}{t.unit}  {t.reached or ''}  {met}")
    return 0


def cmd_duplicate(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.find(args.plan)
    applied = ws.register.duplicate_for_next_period(plan.id)
    new = applied.edit.steps[0].doc
    if args.json:
        print_json(
            {"id": new.id, "uuid": new.uuid, "title": new.plan.title, "period": new.plan.period.label()}
        )
        return 0
    say(
        fmt(
            translate("Cli", "Đã tạo kế hoạch {id}: «{title}» ({period})."),
            id=new.id,
            title=new.plan.title,
            period=new.plan.period.label(),
        )
    )
    return 0
