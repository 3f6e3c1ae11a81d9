"""``cchc criteria …`` and ``cchc assessment …``: criteria sets and the self-assessment of the
reform index from the command line (a contract: these spellings stay; ``--json`` on listings).

    cchc criteria template -o FILE.xlsx | import FILE.xlsx [--name] [--year] [--sample] [--json]
    cchc criteria list [--json] | show SET [--json] | tiers SET [TÊN=NGƯỠNG …] | deadline SET DD/MM
    cchc assessment create --criteria SET --year YEAR [--plan PLAN] [--body TEXT] [--json]
    cchc assessment list | summary ID | checklist ID | lost ID | history ID CODE   [--json]
    cchc assessment score ID CODE [--figure …] [--score …] [--na REASON] [--explanation …]
    cchc assessment appraise ID CODE --score X [--round N] [--comment …] [--ask-explanation]
    cchc assessment form ID -o FILE.xlsx | fill ID FILE.xlsx [--dry-run] [--json]
    cchc assessment finalise ID [--force] | revise ID | to-plan ID --plan PLAN CODE …
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..i18n import fmt, translate
from ..services.scoring import AssessmentRecord, percent_display, points_text
from ..services.workspace import Workspace
from . import criteria_commands
from .render import note, print_json, say


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    criteria = sub.add_parser(
        "criteria",
        help=translate("Cli", "bộ tiêu chí chấm điểm Chỉ số CCHC"),
        description=translate("Cli", "Bộ tiêu chí: mẫu trống, nhập từ Excel, xem, xếp loại."),
    )
    criteria_commands.register(
        criteria.add_subparsers(dest="criteria_command", metavar=translate("Cli", "LỆNH"), required=True),
        common,
    )
    assessment = sub.add_parser(
        "assessment",
        help=translate("Cli", "tự đánh giá, chấm điểm Chỉ số CCHC"),
        description=translate("Cli", "Bản tự đánh giá: tạo, chấm, phiếu Excel, chốt, lần chấm mới."),
    )
    _register_assessment(
        assessment.add_subparsers(dest="assessment_command", metavar=translate("Cli", "LỆNH"), required=True),
        common,
    )


def _id_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=translate("Cli", "số ID của bản chấm điểm"))


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))


def _register_assessment(groups: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    create = groups.add_parser("create", parents=[common], help=translate("Cli", "tạo bản tự đánh giá"))
    create.add_argument(
        "--criteria",
        required=True,
        metavar=translate("Cli", "BỘ"),
        help=translate("Cli", "bộ tiêu chí (ID, «mau» hoặc tên)"),
    )
    create.add_argument("--year", required=True, type=int, metavar=translate("Cli", "NĂM"))
    create.add_argument(
        "--plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "kế hoạch cho các tiêu chí lấy số liệu từ sổ nhiệm vụ"),
    )
    create.add_argument(
        "--body",
        metavar=translate("Cli", "CƠ_QUAN"),
        help=translate("Cli", "cơ quan tự đánh giá (mặc định theo cài đặt)"),
    )
    _json_flag(create)
    create.set_defaults(func=cmd_create)

    for name, func, text in (
        ("summary", cmd_summary, translate("Cli", "tổng hợp điểm theo lĩnh vực, chỉ số, xếp loại")),
        ("checklist", cmd_checklist, translate("Cli", "những việc cần xem trước khi chốt")),
        ("lost", cmd_lost, translate("Cli", "điểm bị mất khi thẩm định, theo tiêu chí và lĩnh vực")),
        ("revise", cmd_revise, translate("Cli", "mở lần chấm mới từ bản đã chốt (bản cũ giữ nguyên)")),
    ):
        parser = groups.add_parser(name, parents=[common], help=text)
        _id_argument(parser)
        _json_flag(parser)
        parser.set_defaults(func=func)

    listing = groups.add_parser("list", parents=[common], help=translate("Cli", "liệt kê các bản chấm điểm"))
    _json_flag(listing)
    listing.set_defaults(func=cmd_list)

    history = groups.add_parser(
        "history", parents=[common], help=translate("Cli", "lịch sử thay đổi điểm của một tiêu chí")
    )
    _id_argument(history)
    history.add_argument("code", metavar=translate("Cli", "MÃ"))
    _json_flag(history)
    history.set_defaults(func=cmd_history)

    score = groups.add_parser("score", parents=[common], help=translate("Cli", "chấm một tiêu chí"))
    _id_argument(score)
    score.add_argument("code", metavar=translate("Cli", "MÃ"))
    score.add_argument("--figure", help=translate("Cli", "số liệu: «có», «đúng hạn», «118/120», «5»"))
    score.add_argument("--score", help=translate("Cli", "điểm tự chấm ('' để xóa)"))
    score.add_argument(
        "--na", metavar=translate("Cli", "LÝ_DO"), help=translate("Cli", "đánh dấu không áp dụng, kèm lý do")
    )
    score.add_argument(
        "--applicable", action="store_true", help=translate("Cli", "bỏ đánh dấu không áp dụng")
    )
    score.add_argument("--explanation", help=translate("Cli", "giải trình"))
    score.add_argument(
        "--override-reason", help=translate("Cli", "lý do chấm khác cách chấm hoặc khác sổ nhiệm vụ")
    )
    score.add_argument(
        "--from-register", action="store_true", help=translate("Cli", "lấy số liệu từ sổ nhiệm vụ")
    )
    score.set_defaults(func=cmd_score)

    appraise = groups.add_parser(
        "appraise", parents=[common], help=translate("Cli", "ghi điểm thẩm định của tỉnh")
    )
    _id_argument(appraise)
    appraise.add_argument("code", metavar=translate("Cli", "MÃ"))
    appraise.add_argument("--round", type=int, default=1, metavar="N")
    appraise.add_argument("--score", help=translate("Cli", "điểm thẩm định ('' để xóa)"))
    appraise.add_argument("--comment", help=translate("Cli", "nhận xét của tỉnh"))
    appraise.add_argument(
        "--ask-explanation", action="store_true", help=translate("Cli", "tỉnh yêu cầu giải trình")
    )
    appraise.add_argument("--response", help=translate("Cli", "giải trình của xã trả lời lần thẩm định này"))
    appraise.set_defaults(func=cmd_appraise)

    form = groups.add_parser("form", parents=[common], help=translate("Cli", "ghi phiếu chấm điểm Excel"))
    _id_argument(form)
    form.add_argument("-o", "--output", required=True, metavar=translate("Cli", "TỆP"))
    form.set_defaults(func=cmd_form)

    fill = groups.add_parser(
        "fill",
        parents=[common],
        help=translate("Cli", "nhập phiếu chấm điểm đã điền (sai một chỗ là không nhập gì)"),
    )
    _id_argument(fill)
    fill.add_argument("file", metavar=translate("Cli", "TỆP"))
    fill.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "chỉ liệt kê thay đổi, không ghi gì")
    )
    _json_flag(fill)
    fill.set_defaults(func=cmd_fill)

    finalise = groups.add_parser(
        "finalise", parents=[common], help=translate("Cli", "chốt bản tự đánh giá (chỉ đọc)")
    )
    _id_argument(finalise)
    finalise.add_argument(
        "--force", action="store_true", help=translate("Cli", "chốt dù danh sách kiểm tra còn việc")
    )
    finalise.set_defaults(func=cmd_finalise)

    to_plan = groups.add_parser(
        "to-plan", parents=[common], help=translate("Cli", "đưa tiêu chí mất điểm vào kế hoạch năm sau")
    )
    _id_argument(to_plan)
    to_plan.add_argument("--plan", required=True, metavar=translate("Cli", "KẾ_HOẠCH"))
    to_plan.add_argument("codes", nargs="+", metavar=translate("Cli", "MÃ"))
    to_plan.set_defaults(func=cmd_to_plan)


def _find(ws: Workspace, reference: str) -> AssessmentRecord:
    return ws.scoring.find(reference)


def _record_json(record: AssessmentRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "uuid": record.uuid,
        "body": record.body,
        "year": record.year,
        "revision": record.revision,
        "latest": record.latest,
        "finalised": record.finalised,
        "finalised_at": record.finalised_at,
        "criteria_set_id": record.set_id,
        "criteria_set": record.set_name,
        "sample_set": record.set_is_sample,
        "plan_uuid": record.plan_uuid,
    }


def _record_line(record: AssessmentRecord) -> str:
    state = translate("Cli", "đã chốt") if record.finalised else translate("Cli", "đang chấm")
    sample = translate("Cli", " [bộ mẫu]") if record.set_is_sample else ""
    return f"{record.id:>3}  " + fmt(
        translate("Cli", "{year}  {body} – lần {revision} ({state}) – {set}{sample}"),
        year=record.year,
        body=record.body,
        revision=record.revision,
        state=state,
        set=record.set_name,
        sample=sample,
    )


def cmd_create(ws: Workspace, args: argparse.Namespace) -> int:
    criteria = ws.criteria.find(args.criteria)
    plan_id = ws.plans.find(args.plan).id if args.plan else None
    record = ws.scoring.create(criteria.id, args.year, body=args.body, plan_id=plan_id)
    if args.json:
        print_json(_record_json(record))
    else:
        say(record.id)
        note(_record_line(record))
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.scoring.all()
    if args.json:
        print_json([_record_json(r) for r in found])
        return 0
    if not found:
        say(
            translate(
                "Cli", "Chưa có bản chấm điểm nào («cchc assessment create --criteria mau --year NĂM»)."
            )
        )
    for record in found:
        say(_record_line(record))
    return 0


def cmd_summary(ws: Workspace, args: argparse.Namespace) -> int:
    summary = ws.scoring.summary(_find(ws, args.id).id)
    if args.json:
        print_json(summary.to_json())
        return 0
    say(_record_line(summary.record))
    titles = [
        translate("Cli", "Lĩnh vực"),
        translate("Cli", "Tối đa"),
        translate("Cli", "Được tính"),
        translate("Cli", "Tự chấm"),
        translate("Cli", "Thẩm định"),
        translate("Cli", "Tỷ lệ"),
    ]
    say(f"{'':5}{titles[0]:<48}{titles[1]:>8}{titles[2]:>10}{titles[3]:>9}{titles[4]:>10}{titles[5]:>10}")
    for area in summary.areas:
        appraisal = points_text(area.appraisal) if area.appraisal is not None else ""
        say(
            f"{area.code:<5}{area.text[:47]:<48}{points_text(area.maximum):>8}"
            f"{points_text(area.applicable_maximum):>10}{points_text(area.self_score):>9}{appraisal:>10}"
            f"{percent_display(area.percent):>10}"
        )
    say(
        fmt(
            translate(
                "Cli",
                "Tổng: {total}/{maximum} điểm (thưởng {bonus}, trừ {penalty}); chỉ số {index}; xếp loại {grade}.",
            ),
            total=points_text(summary.total),
            maximum=points_text(summary.total_maximum),
            bonus=points_text(summary.bonus),
            penalty=points_text(summary.penalty),
            index=percent_display(summary.index_percent) or "—",
            grade=summary.grade or "—",
        )
    )
    if summary.province_pending:
        say(fmt(translate("Cli", "Chờ điểm của tỉnh: {codes}."), codes=", ".join(summary.province_pending)))
    if summary.appraisal_total is not None:
        say(
            fmt(
                translate("Cli", "Thẩm định: {total} điểm ({percent}) {grade}"),
                total=points_text(summary.appraisal_total),
                percent=percent_display(summary.appraisal_percent),
                grade=summary.appraisal_grade,
            )
        )
    return 0


def cmd_checklist(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.scoring.checklist(_find(ws, args.id).id)
    if args.json:
        print_json([{"code": i.code, "kind": i.kind, "message": str(i.message)} for i in items])
        return 0
    if not items:
        say(translate("Cli", "Không còn việc nào cần xem; có thể chốt."))
    for item in items:
        say(f"– {item}")
    return 0


def cmd_lost(ws: Workspace, args: argparse.Namespace) -> int:
    losses = ws.scoring.lost_points(_find(ws, args.id).id)
    if args.json:
        print_json(
            [
                {
                    "code": x.code,
                    "text": x.text,
                    "level": x.level,
                    "maximum": str(x.maximum),
                    "self_score": str(x.self_score),
                    "appraisal": str(x.appraisal),
                    "lost": str(x.lost),
                }
                for x in losses
            ]
        )
        return 0
    if not losses:
        say(translate("Cli", "Không có tiêu chí nào bị mất điểm (hoặc chưa có điểm thẩm định)."))
    for loss in losses:
        say(
            f"{loss.code:<10}-{points_text(loss.lost):<6} "
            f"({points_text(loss.self_score)} → {points_text(loss.appraisal)})  {loss.text}"
        )
    return 0


def cmd_history(ws: Workspace, args: argparse.Namespace) -> int:
    lines = ws.scoring.history(_find(ws, args.id).id, args.code.upper())
    if args.json:
        print_json(
            [
                {"at": x.at, "user": x.user_name, "field": x.field, "old": x.old_value, "new": x.new_value}
                for x in lines
            ]
        )
        return 0
    if not lines:
        say(translate("Cli", "Tiêu chí này chưa có thay đổi nào."))
    for line in lines:
        say(
            f"{line.at_display}  {line.user_name}  {line.field}: {line.old_value or '—'} → {line.new_value or '—'}"
        )
    return 0


def cmd_score(ws: Workspace, args: argparse.Namespace) -> int:
    record = _find(ws, args.id)
    code = args.code.upper()
    if args.from_register:
        ws.scoring.use_register_figure(record.id, code)
    changes: dict[str, Any] = {}
    for name in ("figure", "explanation", "override_reason"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.score is not None:
        changes["self_score"] = args.score
    if args.na is not None:
        changes["not_applicable"], changes["na_reason"] = True, args.na
    elif args.applicable:
        changes["not_applicable"] = False
    if changes:
        ws.scoring.update(record.id, code, **changes)
    return _show_node(ws, record.id, code)


def cmd_appraise(ws: Workspace, args: argparse.Namespace) -> int:
    record = _find(ws, args.id)
    code = args.code.upper()
    changes: dict[str, Any] = {}
    if args.score is not None:
        changes["score"] = args.score
    if args.comment is not None:
        changes["comment"] = args.comment
    if args.ask_explanation:
        changes["explanation_requested"] = True
    if args.response is not None:
        changes["response"] = args.response
    ws.scoring.appraise(record.id, code, args.round, **changes)
    return _show_node(ws, record.id, code)


def _show_node(ws: Workspace, assessment_id: int, code: str) -> int:
    state = ws.scoring.load(assessment_id)
    node = state.totals.nodes[code]
    say(
        fmt(
            translate("Cli", "{code}: {points}/{maximum} điểm; tổng {total}, chỉ số {index}"),
            code=code,
            points=points_text(node.self_score),
            maximum=points_text(node.maximum),
            total=points_text(state.totals.whole_points),
            index=percent_display(state.totals.index_percent) or "—",
        )
    )
    return 0


def cmd_form(ws: Workspace, args: argparse.Namespace) -> int:
    record = _find(ws, args.id)
    ws.scoring.write_form(record.id, Path(args.output))
    note(fmt(translate("Cli", "Đã ghi phiếu chấm điểm ra {path}"), path=args.output))
    return 0


def cmd_fill(ws: Workspace, args: argparse.Namespace) -> int:
    record = _find(ws, args.id)
    fill, applied = ws.scoring.fill(record.id, Path(args.file), dry_run=args.dry_run)
    changes = fill.all_changes()
    if args.json:
        print_json(
            {
                "dry_run": bool(args.dry_run),
                "written": applied is not None,
                "changes": [
                    {"code": c.code, "field": c.field, "label": str(c.label), "old": c.old, "new": c.new}
                    for c in changes
                ],
            }
        )
        return 0
    for change in changes:
        say(f"{change.code:<10}{change.label}: {change.old or '—'} → {change.new or '—'}")
    if not changes:
        say(translate("Cli", "Phiếu không có thay đổi nào."))
    elif args.dry_run:
        note(fmt(translate("Cli", "Chạy thử: {count} thay đổi, chưa ghi gì."), count=len(changes)))
    else:
        note(fmt(translate("Cli", "Đã ghi {count} thay đổi."), count=len(changes)))
    return 0


def cmd_finalise(ws: Workspace, args: argparse.Namespace) -> int:
    record = _find(ws, args.id)
    ws.scoring.finalise(record.id, force=args.force)
    note(fmt(translate("Cli", "Đã chốt bản chấm điểm {id} (chỉ đọc)."), id=record.id))
    return 0


def cmd_revise(ws: Workspace, args: argparse.Namespace) -> int:
    record = ws.scoring.revise(_find(ws, args.id).id)
    if args.json:
        print_json(_record_json(record))
    else:
        say(record.id)
        note(_record_line(record))
    return 0


def cmd_to_plan(ws: Workspace, args: argparse.Namespace) -> int:
    record = _find(ws, args.id)
    plan = ws.plans.find(args.plan)
    ws.scoring.losses_to_plan(record.id, [c.upper() for c in args.codes], plan.id)
    note(
        fmt(
            translate("Cli", "Đã thêm {count} nhiệm vụ vào kế hoạch «{title}»."),
            count=len(args.codes),
            title=plan.title,
        )
    )
    return 0
