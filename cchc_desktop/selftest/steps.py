"""The self-test's checks, in order: the bundled files, a new database, the demo plan, progress
with an evidence file, the sample criteria set scored, every document written and read back, the
annex read again by the importer, an upload package built and verified, a verified backup. Each
goes through the use cases (``services``) as the window and the command line do."""

from __future__ import annotations

from .. import paths
from ..i18n import QT_TRANSLATE_NOOP, Message, decimal_text, define_messages, number
from .files import read_back
from .runner import CheckFailed, SelfTestContext, Step

define_messages(
    {
        "selftest.resources": QT_TRANSLATE_NOOP("Messages", "Tệp đi kèm chương trình"),
        "selftest.resources_found": QT_TRANSLATE_NOOP(
            "Messages",
            "{migrations} tệp cấu trúc cơ sở dữ liệu, {fonts} phông chữ, {others} tệp dữ liệu khác",
        ),
        "selftest.missing": QT_TRANSLATE_NOOP("Messages", "thiếu {names} trong {folder}"),
        "selftest.database": QT_TRANSLATE_NOOP("Messages", "Tạo cơ sở dữ liệu mới trong thư mục tạm"),
        "selftest.demo": QT_TRANSLATE_NOOP("Messages", "Nạp kế hoạch mẫu"),
        "selftest.progress": QT_TRANSLATE_NOOP("Messages", "Ghi tiến độ kèm tài liệu kiểm chứng"),
        "selftest.progress_found": QT_TRANSLATE_NOOP(
            "Messages", "nhiệm vụ {code}: {status}, {documents} tài liệu, mã SHA-256 khớp"
        ),
        "selftest.scoring": QT_TRANSLATE_NOOP("Messages", "Chấm điểm theo bộ tiêu chí mẫu"),
        "selftest.scoring_found": QT_TRANSLATE_NOOP(
            "Messages", "{scored} tiêu chí đã chấm, {total}/{maximum} điểm, xếp loại {grade}"
        ),
        "selftest.document": QT_TRANSLATE_NOOP("Messages", "{document} – {format}"),
        "selftest.reimport": QT_TRANSLATE_NOOP("Messages", "Đọc lại phụ lục {format} bằng chức năng nhập"),
        "selftest.reimport_found": QT_TRANSLATE_NOOP("Messages", "{counts}, khớp với kế hoạch"),
        "selftest.reimport_differs": QT_TRANSLATE_NOOP(
            "Messages", "đọc được {found}, kế hoạch có {expected}"
        ),
        "selftest.package": QT_TRANSLATE_NOOP("Messages", "Tạo và kiểm tra gói nộp"),
        "selftest.package_found": QT_TRANSLATE_NOOP("Messages", "{files} tệp, {size} KB; {summary}"),
        "selftest.backup": QT_TRANSLATE_NOOP("Messages", "Sao lưu và kiểm tra bản sao"),
    }
)

# What the program reads from resources/ at run time (fonts are counted apart).
REQUIRED_RESOURCES = (
    ("demo", "commune-plan-cua-tung-2025H2.json"),
    ("schema", "cchc-plan-v2.schema.json"),
    ("criteria", "bo-tieu-chi-mau-cap-xa.xlsx"),
    ("translations", "qtbase_vi.qm"),
    ("translations", "cchc_en.qm"),
    ("translations", "cchc_en.ts"),
    ("icons", "cchc.png"),
)
REQUIRED_FONTS = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
)
# Every document the program writes, in every format it offers; and the text each must carry.
DOCUMENTS = (
    ("plan", "pdf"),
    ("plan", "docx"),
    ("annex", "pdf"),
    ("annex", "xlsx"),
    ("annex", "docx"),
    ("tasks", "pdf"),
    ("tasks", "xlsx"),
    ("tasks", "docx"),
    ("progress", "pdf"),
    ("progress", "xlsx"),
    ("score", "pdf"),
    ("score", "xlsx"),
)
DEMO_PLACE = "Cửa Tùng"
SCORING_BODY = "UBND xã Tự Kiểm Tra"


# --- the steps ---------------------------------------------------------------------------------


def check_resources(_ctx: SelfTestContext) -> Message:
    """The folders the bundle must carry: db/ migrations, resources/ (fonts, demo plan, schema,
    sample criteria set, translations, icon)."""
    migrations = sorted(paths.migrations_dir().glob("*.sql"))
    missing = [] if migrations else ["db/*.sql"]
    resources = paths.resources_dir()
    missing += ["/".join(parts) for parts in REQUIRED_RESOURCES if not resources.joinpath(*parts).is_file()]
    missing += [f"fonts/{name}" for name in REQUIRED_FONTS if not resources.joinpath("fonts", name).is_file()]
    if missing:
        raise CheckFailed(Message("selftest.missing", names=", ".join(missing), folder=resources))
    fonts = len(list(resources.joinpath("fonts").glob("*.ttf")))
    return Message(
        "selftest.resources_found", migrations=len(migrations), fonts=fonts, others=len(REQUIRED_RESOURCES)
    )


def open_database(ctx: SelfTestContext) -> str:
    from ..datadir import database_path
    from ..services.workspace import Workspace

    ctx.ws = Workspace.open(ctx.folder / "du-lieu")
    return str(database_path(ctx.ws.data_dir))


def load_demo(ctx: SelfTestContext) -> Message:
    ws = ctx.workspace
    plan_id = ws.load_demo()
    if plan_id is None:
        raise CheckFailed(Message("demo.not_loaded"))
    ctx.plan_id = plan_id
    return ws.plans.document(plan_id).counts().message()


def record_progress(ctx: SelfTestContext) -> Message:
    from ..domain import status_label

    ws = ctx.workspace
    doc = ws.plans.document(ctx.plan_id)
    section, item, row = next(iter(doc.all_rows()))
    evidence = ctx.folder / "bien-ban-kiem-tra.txt"
    evidence.write_text("Biên bản kiểm tra công tác cải cách hành chính (tệp của lần tự kiểm tra)\n", "utf-8")
    ws.register.set_progress(row.uuid, "done", note="Đã hoàn thành (tự kiểm tra)", evidence=[evidence])
    ctx.row_uuid = row.uuid
    documents = ws.evidence.documents(row.uuid)
    check = ws.evidence.check()
    if not documents or check.missing or check.altered:
        raise CheckFailed(Message("evidence.missing_file", name=evidence.name, path=ws.data_dir / "evidence"))
    return Message(
        "selftest.progress_found",
        code=f"{section.code}.{item.number}",
        status=status_label("done"),
        documents=len(documents),
    )


def score_sample(ctx: SelfTestContext) -> Message:
    """Every criterion a rule lets the body score without a figure from elsewhere: free points
    at the maximum, yes / no as "có"."""
    ws = ctx.workspace
    set_id = ws.criteria.ensure_sample()
    if set_id is None:
        raise CheckFailed(Message("criteria.not_found", reference="mẫu"))
    criteria_set = ws.criteria.get(set_id)
    record = ws.scoring.create(set_id, criteria_set.year, body=SCORING_BODY, plan_id=ctx.plan_id)
    ctx.assessment_id = record.id
    scored = 0
    for criterion in criteria_set.leaves():
        if criterion.province_scored:
            continue  # the province scores it, never the commune
        if criterion.rule.kind == "free":
            ws.scoring.update(record.id, criterion.code, self_score=criterion.max_points)
        elif criterion.rule.kind == "yes_no":
            ws.scoring.update(record.id, criterion.code, figure="có")
        else:
            continue
        scored += 1
    summary = ws.scoring.summary(record.id)
    return Message(
        "selftest.scoring_found",
        scored=scored,
        total=decimal_text(summary.total),
        maximum=decimal_text(summary.total_maximum),
        grade=summary.grade,
    )


# Text each document must carry when read back: Vietnamese letters of every kind of accent.
NEEDLES = {
    "plan": DEMO_PLACE,
    "annex": DEMO_PLACE,
    "tasks": DEMO_PLACE,
    "progress": "cải cách hành chính",
    "score": SCORING_BODY,
}


def document_step(kind: str, fmt: str) -> Step:
    def run(ctx: SelfTestContext) -> Message:
        from ..services.documents import TaskFilter

        documents = ctx.workspace.documents
        if kind == "score":
            prepared = documents.score(ctx.assessment_id, fmt)
        elif kind == "plan":
            prepared = documents.plan(ctx.plan_id, fmt)
        elif kind == "annex":
            prepared = documents.annex(ctx.plan_id, fmt)
        elif kind == "tasks":
            prepared = documents.annex(ctx.plan_id, fmt, task_filter=TaskFilter(statuses=("done",)))
        else:
            prepared = documents.progress(ctx.plan_id, fmt)
        out = ctx.folder / "van-ban"
        out.mkdir(exist_ok=True)
        path = prepared.write(out / prepared.suggested_name())
        ctx.files[(kind, fmt)] = path
        return read_back(path, fmt, NEEDLES[kind])

    from ..services.documents import format_label, kind_label

    label = Message("selftest.document", document=kind_label(kind), format=format_label(fmt))
    needs = ("scoring",) if kind == "score" else ("progress",) if kind == "tasks" else ("demo",)
    return Step(f"{kind}.{fmt}", label, run, needs)


def reimport_step(fmt: str) -> Step:
    """The annex as the program wrote it, read by the annex importer: the same counts."""

    def run(ctx: SelfTestContext) -> Message:
        ws = ctx.workspace
        _tables, preview = ws.imports.preview(ctx.files[("annex", fmt)])
        expected = ws.plans.document(ctx.plan_id).counts()
        found = preview.counts
        if (found.sections, found.tasks, found.rows) != (expected.sections, expected.tasks, expected.rows):
            raise CheckFailed(
                Message("selftest.reimport_differs", found=found.message(), expected=expected.message())
            )
        return Message("selftest.reimport_found", counts=found.message())

    from ..services.documents import format_label

    return Step(
        f"reimport.{fmt}", Message("selftest.reimport", format=format_label(fmt)), run, (f"annex.{fmt}",)
    )


def build_package(ctx: SelfTestContext) -> Message:
    ws = ctx.workspace
    target = ctx.folder / "goi-nop.zip"
    written, _entry = ws.packages.create(ctx.plan_id, target, assessment_id=ctx.assessment_id)
    check = ws.packages.verify(target)
    if not check.ok:
        raise CheckFailed(check.summary())
    kinds = (check.manifest or {}).get("counts", {})
    if not kinds.get("evidence"):
        raise CheckFailed(
            Message("selftest.missing", names=Message("package.folder.evidence"), folder=target.name)
        )
    return Message(
        "selftest.package_found",
        files=written.files,
        size=number(max(1, round(written.size / 1024))),
        summary=check.summary(),
    )


def make_backup(ctx: SelfTestContext) -> str:
    info = ctx.workspace.backups.create("manual")
    if not info.ok or info.checksum != "ok":
        raise CheckFailed(info.describe())
    return info.describe()


def core_steps() -> list[Step]:
    steps = [
        Step("resources", Message("selftest.resources"), check_resources),
        Step("database", Message("selftest.database"), open_database),
        Step("demo", Message("selftest.demo"), load_demo, ("database",)),
        Step("progress", Message("selftest.progress"), record_progress, ("demo",)),
        Step("scoring", Message("selftest.scoring"), score_sample, ("demo",)),
    ]
    steps += [document_step(kind, fmt) for kind, fmt in DOCUMENTS]
    steps += [reimport_step("xlsx"), reimport_step("docx")]
    steps += [
        Step("package", Message("selftest.package"), build_package, ("progress", "scoring")),
        Step("backup", Message("selftest.backup"), make_backup, ("progress", "scoring")),
    ]
    return steps
