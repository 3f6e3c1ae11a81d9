"""Documents out (``ws.documents``): the plan (PDF, Word), the annex or a filtered task table
(PDF, Excel, Word), the progress report of a quarter, half or year (PDF, Excel) and the scoring
report (through ``ws.scoring``).

Two steps, so that the window can keep the database on its own thread: ``ws.documents.plan(…)``
and the others load what the document needs *here* (the calling thread) and return a
:class:`PreparedDocument`; its ``write(path, job)`` and ``pdf_bytes(job)`` lay out, render and
write without the database (a worker thread may run them, with the job's progress and cancel).
Every file is written atomically. The exporters are imported only when a document is written:
the command line starts without openpyxl, python-docx or reportlab.

Documents are official papers: in Vietnamese whatever the interface language. What goes into
them is made inside ``i18n.source_language()`` (on the preparing thread for headings and report
data, on the writing thread for the layout), so an English window still prints Vietnamese.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import ROW_STATUSES, PlanDocument, status_label
from ..errors import InvalidInputError, UsageError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages, in_source_language, source_language
from ..text import fold, unit_key
from .jobs import NO_JOB, Job

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "document.bad_format": QT_TRANSLATE_NOOP(
            "Messages", "{document} không xuất được ra {format}; chọn một trong: {allowed}."
        ),
        "document.bad_kind": QT_TRANSLATE_NOOP("Messages", "Không có loại tài liệu «{kind}»."),
        "document.unknown_format": QT_TRANSLATE_NOOP(
            "Messages", "Không rõ định dạng của «{name}»; hãy ghi --format pdf, xlsx hoặc docx."
        ),
        "document.empty_selection": QT_TRANSLATE_NOOP(
            "Messages", "Không có dòng nhiệm vụ nào khớp với bộ lọc ({filter}); không có gì để xuất."
        ),
        "document.bad_status": QT_TRANSLATE_NOOP(
            "Messages", "Không có trạng thái «{status}»; dùng một trong: {allowed}."
        ),
        "document.no_scoring": QT_TRANSLATE_NOOP(
            "Messages", "Phiên bản này chưa có chức năng chấm điểm, nên chưa xuất được báo cáo tự chấm điểm."
        ),
        "document.kind.plan": QT_TRANSLATE_NOOP("Messages", "Kế hoạch"),
        "document.kind.annex": QT_TRANSLATE_NOOP("Messages", "Phụ lục nhiệm vụ"),
        "document.kind.tasks": QT_TRANSLATE_NOOP("Messages", "Bảng nhiệm vụ (đã lọc)"),
        "document.kind.progress": QT_TRANSLATE_NOOP("Messages", "Báo cáo tiến độ"),
        "document.kind.score": QT_TRANSLATE_NOOP("Messages", "Báo cáo tự chấm điểm"),
        "document.format.pdf": QT_TRANSLATE_NOOP("Messages", "PDF"),
        "document.format.xlsx": QT_TRANSLATE_NOOP("Messages", "Excel (.xlsx)"),
        "document.format.docx": QT_TRANSLATE_NOOP("Messages", "Word (.docx)"),
        "filter.units": QT_TRANSLATE_NOOP("Messages", "Đơn vị chủ trì hoặc phối hợp: {units}"),
        "filter.statuses": QT_TRANSLATE_NOOP("Messages", "Trạng thái: {statuses}"),
        "filter.sections": QT_TRANSLATE_NOOP("Messages", "Lĩnh vực: {sections}"),
        "filter.none": QT_TRANSLATE_NOOP("Messages", "không lọc"),
        "filter.overdue": QT_TRANSLATE_NOOP("Messages", "quá hạn"),
        "filter.due_within": QT_TRANSLATE_NOOP("Messages", "đến hạn trong {days} ngày"),
        "filter.done_late": QT_TRANSLATE_NOOP("Messages", "hoàn thành trễ hạn"),
        "filter.tag": QT_TRANSLATE_NOOP("Messages", "nhãn «{tag}»"),
        "filter.search": QT_TRANSLATE_NOOP("Messages", "có «{text}»"),
    }
)

# The formats each document comes out in (the first is the default).
KIND_FORMATS: dict[str, tuple[str, ...]] = {
    "plan": ("pdf", "docx"),
    "annex": ("pdf", "xlsx", "docx"),
    "tasks": ("pdf", "xlsx", "docx"),
    "progress": ("pdf", "xlsx"),
    "score": ("pdf", "xlsx"),
}
FORMATS = ("pdf", "xlsx", "docx")
# Progress report periods: a quarter, a half, the year.
PERIODS = ("q1", "q2", "q3", "q4", "h1", "h2", "year")
_STEMS = {"plan": "ke-hoach", "annex": "phu-luc", "tasks": "bang-nhiem-vu", "progress": "bao-cao-tien-do"}


def kind_label(kind: str) -> str:
    return str(Message(f"document.kind.{kind}"))


def format_label(fmt: str) -> str:
    return str(Message(f"document.format.{fmt}"))


def check_format(kind: str, fmt: str) -> None:
    """Refuse a pairing that makes no sense (a plan as a workbook), naming what does."""
    if kind not in KIND_FORMATS:
        raise UsageError("document.bad_kind", kind=kind)
    allowed = KIND_FORMATS[kind]
    if fmt not in allowed:
        raise UsageError(
            "document.bad_format",
            document=Message(f"document.kind.{kind}"),
            format=fmt,
            allowed=", ".join(allowed),
        )


def format_from_path(path: Path | str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UsageError("document.unknown_format", name=Path(path).name)
    return suffix


def slug(text: str, limit: int = 60) -> str:
    """ "Kế hoạch CCHC 6 tháng cuối năm 2025" → "ke-hoach-cchc-6-thang-cuoi-nam-2025"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:limit].strip("-")


# --- the filtered task table ------------------------------------------------------------------


@dataclass(frozen=True)
class TaskFilter:
    """Rows by unit (lead or partner, any spelling of the unit), status and reform area; an
    empty criterion lets every row through."""

    units: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for status in self.statuses:
            if status not in ROW_STATUSES:
                raise InvalidInputError("document.bad_status", status=status, allowed=", ".join(ROW_STATUSES))

    @classmethod
    def parse_status(cls, text: str) -> str:
        """A status by its key ("done") or its label, accents optional ("hoan thanh")."""
        wanted = fold(text).replace("-", " ").replace("_", " ")
        for status in ROW_STATUSES:
            if wanted in (status.replace("_", " "), fold(status_label(status))):
                return status
        raise InvalidInputError("document.bad_status", status=text, allowed=", ".join(ROW_STATUSES))

    def is_empty(self) -> bool:
        return not (self.units or self.statuses or self.sections)

    def describe(self) -> str:
        parts = []
        if self.units:
            parts.append(str(Message("filter.units", units=", ".join(self.units))))
        if self.statuses:
            parts.append(
                str(Message("filter.statuses", statuses=", ".join(status_label(s) for s in self.statuses)))
            )
        if self.sections:
            parts.append(str(Message("filter.sections", sections=", ".join(self.sections))))
        return "; ".join(parts) or str(Message("filter.none"))

    def row_uuids(self, doc: PlanDocument) -> list[str]:
        keys = _unit_keys(doc, self.units)
        sections = {fold(code) for code in self.sections}
        statuses = set(self.statuses)
        return [
            row.uuid
            for section, _item, row in doc.all_rows()
            if (not sections or fold(section.code) in sections)
            and (not statuses or row.progress.status in statuses)
            and (not keys or any(unit_key(name) in keys for name in (*row.lead, *row.partners)))
        ]


def describe_register_filter(wanted: Any) -> str:
    """What a ``RegisterFilter`` keeps, as the line under a task table's title."""
    parts = []
    if wanted.unit:
        parts.append(str(Message("filter.units", units=wanted.unit)))
    if wanted.statuses:
        labels = ", ".join(status_label(s) for s in sorted(wanted.statuses))
        parts.append(str(Message("filter.statuses", statuses=labels)))
    if wanted.section:
        parts.append(str(Message("filter.sections", sections=wanted.section)))
    if wanted.overdue:
        parts.append(str(Message("filter.overdue")))
    if wanted.due_within is not None:
        parts.append(str(Message("filter.due_within", days=wanted.due_within)))
    if wanted.done_late:
        parts.append(str(Message("filter.done_late")))
    if wanted.tag:
        parts.append(str(Message("filter.tag", tag=wanted.tag)))
    if wanted.search.strip():
        parts.append(str(Message("filter.search", text=wanted.search.strip())))
    return "; ".join(parts) or str(Message("filter.none"))


def _unit_keys(doc: PlanDocument, names: Collection[str]) -> set[str]:
    """The keys of every spelling of the named units: "Phòng VHXH" also finds rows that say
    "Phòng Văn hóa – Xã hội" when the plan's unit list joins the two."""
    keys = {unit_key(name) for name in names}
    for unit in doc.units:
        spellings = {unit_key(unit.name), unit_key(unit.short_name)} - {""}
        if spellings & keys:
            keys |= spellings
    return keys


# --- what the window and the command line hold between loading and writing ----------------------

Writer = Callable[[Path, Job], None]


@dataclass
class PreparedDocument:
    """A document whose data is loaded; writing it needs no database."""

    kind: str
    fmt: str
    title: str
    file_stem: str
    writer: Writer
    pdf: Callable[[Job], bytes] | None = None
    info: dict[str, Any] = field(default_factory=dict)

    def suggested_name(self) -> str:
        return f"{self.file_stem or _STEMS.get(self.kind, 'tai-lieu')}.{self.fmt}"

    @in_source_language
    def write(self, path: Path | str, job: Job = NO_JOB) -> Path:
        target = Path(path)
        self.writer(target, job)
        return target

    def pdf_bytes(self, job: Job = NO_JOB) -> bytes:
        """The PDF in memory, for printing (only for a PDF document)."""
        if self.pdf is None:
            raise UsageError(
                "document.bad_format",
                document=Message(f"document.kind.{self.kind}"),
                format=self.fmt,
                allowed="pdf",
            )
        with source_language():
            return self.pdf(job)


def _pdf_writers(make: Callable[[], Any]) -> tuple[Writer, Callable[[Job], bytes]]:
    """Writer and renderer of a PDF built by ``make()`` (in the worker, with the renderer)."""

    def render(job: Job) -> bytes:
        from ..exporters.pdf import render_pdf

        return render_pdf(make(), **job.callbacks())

    def write(path: Path, job: Job) -> None:
        from ..exporters.pdf import write_pdf

        write_pdf(make(), path, **job.callbacks())

    return write, render


class DocumentService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # --- the plan and its annex -------------------------------------------------------------------

    def plan(self, plan_id: int, fmt: str = "pdf") -> PreparedDocument:
        check_format("plan", fmt)
        doc = self.ws.plans.document(plan_id)
        stem = f"ke-hoach-{slug(_without_kind(doc.plan.title))}".strip("-")
        if fmt == "docx":

            def write_docx(path: Path, job: Job) -> None:
                from ..exporters.docx_plan import write_plan_docx

                write_plan_docx(doc, path, **job.callbacks())

            return PreparedDocument(
                "plan", fmt, doc.plan.title, stem, write_docx, info={"plan_uuid": doc.uuid}
            )

        def make() -> Any:
            from ..exporters.pdf import plan_document

            return plan_document(doc)

        write, render = _pdf_writers(make)
        return PreparedDocument("plan", fmt, doc.plan.title, stem, write, render, {"plan_uuid": doc.uuid})

    def annex(
        self,
        plan_id: int,
        fmt: str = "pdf",
        *,
        rows: Collection[str] | None = None,
        task_filter: TaskFilter | None = None,
        register_filter: Any = None,
        heading: str | None = None,
    ) -> PreparedDocument:
        """The annex, or only ``rows`` (uuids) / the rows ``task_filter`` keeps / the rows the
        register shows with ``register_filter`` (a ``RegisterFilter`` of ``ws.register``): a
        task table with ``heading`` (by default what the filter keeps) under its title."""
        doc = self.ws.plans.document(plan_id)
        if register_filter is not None and not register_filter.is_empty:
            shown = [row.uuid for row in self.ws.register.rows(plan_id, register_filter)]
            rows = shown if rows is None else [u for u in rows if u in set(shown)]
            if heading is None:
                with source_language():  # a line of the document
                    heading = describe_register_filter(register_filter)
            if not rows:
                raise InvalidInputError(
                    "document.empty_selection", filter=describe_register_filter(register_filter)
                )
        return self.annex_of(doc, fmt, rows=rows, task_filter=task_filter, heading=heading)

    def annex_of(
        self,
        doc: PlanDocument,
        fmt: str = "pdf",
        *,
        rows: Collection[str] | None = None,
        task_filter: TaskFilter | None = None,
        heading: str | None = None,
    ) -> PreparedDocument:
        kind = "annex" if rows is None and (task_filter is None or task_filter.is_empty()) else "tasks"
        check_format(kind, fmt)
        keep: list[str] | None = None
        if kind == "tasks":
            keep = list(rows) if rows is not None else []
            if task_filter is not None and not task_filter.is_empty():
                chosen = set(task_filter.row_uuids(doc))
                keep = [u for u in keep if u in chosen] if rows is not None else sorted(chosen)
                if heading is None:
                    with source_language():  # a line of the document
                        heading = task_filter.describe()
            if not keep:
                raise InvalidInputError(
                    "document.empty_selection",
                    filter=task_filter.describe() if task_filter is not None else Message("filter.none"),
                )
        stem = f"{_STEMS[kind]}-{slug(_without_kind(doc.plan.title))}".strip("-")
        info = {"plan_uuid": doc.uuid, "rows": len(keep) if keep is not None else doc.counts().rows}
        selected = set(keep) if keep is not None else None
        if fmt == "pdf":

            def make() -> Any:
                from ..exporters.pdf import annex_document

                return annex_document(doc, rows=selected, heading=heading)

            write, render = _pdf_writers(make)
            return PreparedDocument(kind, fmt, doc.plan.title, stem, write, render, info)

        def write_office(path: Path, job: Job) -> None:
            if fmt == "xlsx":
                from ..exporters.xlsx_annex import write_annex_xlsx

                write_annex_xlsx(doc, path, rows=selected, heading=heading, **job.callbacks())
            else:
                from ..exporters.docx_plan import write_annex_docx

                write_annex_docx(doc, path, selected, heading, **job.callbacks())

        return PreparedDocument(kind, fmt, doc.plan.title, stem, write_office, info=info)

    # --- the progress report ----------------------------------------------------------------------

    def progress(
        self, plan_id: int, fmt: str = "pdf", *, period: str = "year", as_of: dt.date | None = None
    ) -> PreparedDocument:
        """The progress report of ``period`` (q1..q4, h1, h2, year) as of ``as_of``."""
        from .progress_report import prepare_progress_report

        check_format("progress", fmt)
        with source_language():  # its labels (period, statuses) are the document's
            return prepare_progress_report(self.ws, plan_id, fmt, period, as_of)

    # --- the scoring report -----------------------------------------------------------------------

    def score(self, assessment_id: int, fmt: str = "pdf") -> PreparedDocument:
        """The self-assessment report (``ws.scoring`` lays it out): its data read here, written
        by ``write`` without the database."""
        check_format("score", fmt)
        scoring = self._scoring()
        record = scoring.record(assessment_id)
        data = scoring.report_data(assessment_id)

        def write(path: Path, job: Job) -> None:
            data.write(path, fmt, job)

        def render(job: Job) -> bytes:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="cchc-in-") as folder:
                target = Path(folder) / "bao-cao.pdf"
                write(target, job)
                return target.read_bytes()

        with source_language():
            title = f"{kind_label('score')} – {record.body} – {record.year}"
        return PreparedDocument(
            "score",
            fmt,
            title,
            f"bao-cao-tu-cham-diem-{slug(record.body, 40)}-{record.year}".strip("-"),
            write,
            render if fmt == "pdf" else None,
            {"assessment_uuid": record.uuid},
        )

    def assessment(self, reference: str) -> Any:
        """An assessment by id or uuid (its record: id, uuid, body, year…)."""
        return self._scoring().find(reference)

    def _scoring(self) -> Any:
        try:
            return self.ws.scoring
        except ModuleNotFoundError as error:
            raise InvalidInputError("document.no_scoring") from error

    # --- one call for the command line --------------------------------------------------------------

    def export(
        self, kind: str, reference: int, fmt: str, path: Path, job: Job = NO_JOB, **options: Any
    ) -> Path:
        check_format(kind if kind != "annex" or not options.get("task_filter") else "tasks", fmt)
        prepared = {
            "plan": lambda: self.plan(reference, fmt),
            "annex": lambda: self.annex(reference, fmt, **options),
            "progress": lambda: self.progress(reference, fmt, **options),
            "score": lambda: self.score(reference, fmt),
        }[kind]()
        return prepared.write(path, job)


def _without_kind(title: str) -> str:
    folded = fold(title)
    return title[8:].strip() if folded.startswith("ke hoach") else title
