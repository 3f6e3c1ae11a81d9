"""Interchange format v2: one JSON document per plan (see docs/interchange.md).

Version 2 adds the identities (``uuid`` of the plan, its sections, items, rows and units, kept
when a plan moves to another data folder), the numbering mode, row tags and row progress.
Version 1 files are still read; their records get new identities when stored.

``document_to_dict`` / ``document_from_dict`` convert between the JSON shape and
``domain.PlanDocument``; ``read_plan_file`` / ``write_plan_file`` add the file handling. Text is
NFC on the way in and out. Nesting is bounded (MAX_ITEM_DEPTH levels of items, MAX_JSON_DEPTH
levels of JSON) and checked before anything recursive reads the data.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import paths
from ..domain import (
    MAX_ITEM_DEPTH,
    MAX_YEAR,
    MIN_YEAR,
    AnnexItem,
    AnnexRow,
    AnnexSection,
    BodySection,
    Period,
    PlanDocument,
    PlanInfo,
    RowProgress,
    Signer,
    Unit,
)
from ..errors import InvalidInputError
from ..fileio import read_bytes_bounded, write_bytes_atomic
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..text import nfc_deep

FORMAT_NAME = "cchc-plan"
FORMAT_VERSION = 2
MAX_FILE_BYTES = 50 * 1024 * 1024
# JSON nesting: document → sections → section → items → item (→ children → item)… → rows → row
# → lists: MAX_ITEM_DEPTH items deep is about 2 × MAX_ITEM_DEPTH + 10 levels.
MAX_JSON_DEPTH = 2 * MAX_ITEM_DEPTH + 12

define_messages(
    {
        "json.kind": QT_TRANSLATE_NOOP("Messages", "kế hoạch"),
        "json.not_plan": QT_TRANSLATE_NOOP(
            "Messages", 'Tệp này không phải là kế hoạch CCHC (thiếu "format": "cchc-plan").'
        ),
        "json.newer": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp được tạo bởi phiên bản CCHC Desktop mới hơn (định dạng phiên bản {version}). Hãy "
            "cập nhật chương trình để mở tệp này.",
        ),
        "json.invalid": QT_TRANSLATE_NOOP("Messages", "Tệp kế hoạch không hợp lệ:\n{problems}{more}"),
        "json.more": QT_TRANSLATE_NOOP("Messages", "\n… và {count} lỗi khác."),
        "json.not_utf8": QT_TRANSLATE_NOOP("Messages", "«{name}» không phải văn bản UTF-8, không đọc được."),
        "json.syntax": QT_TRANSLATE_NOOP(
            "Messages", "«{name}» không phải JSON hợp lệ (dòng {line}, cột {column})."
        ),
        "json.long_number": QT_TRANSLATE_NOOP(
            "Messages", "«{name}» có một con số quá dài, không phải kế hoạch hợp lệ."
        ),
        "json.too_deep": QT_TRANSLATE_NOOP(
            "Messages",
            "«{name}» lồng quá sâu (nhiệm vụ con lồng nhau quá {limit} cấp), không phải kế hoạch hợp lệ.",
        ),
        "json.bad_date": QT_TRANSLATE_NOOP("Messages", "{where}: ngày «{text}» không tồn tại."),
        "json.bad_years": QT_TRANSLATE_NOOP(
            "Messages", "plan.period: năm bắt đầu {start} sau năm kết thúc {end}."
        ),
        "json.duplicate_uuid": QT_TRANSLATE_NOOP(
            "Messages", "Mã định danh {uuid} xuất hiện hai lần trong tệp."
        ),
        "schema.required": QT_TRANSLATE_NOOP("Messages", "{where}: thiếu trường bắt buộc «{name}»"),
        "schema.root": QT_TRANSLATE_NOOP("Messages", "(gốc)"),
        "schema.type": QT_TRANSLATE_NOOP("Messages", "{where}: phải là {expected}"),
        "schema.too_long": QT_TRANSLATE_NOOP("Messages", "{where}: quá dài (tối đa {limit} ký tự)"),
        "schema.date_format": QT_TRANSLATE_NOOP("Messages", "{where}: ngày phải viết theo dạng NNNN-TT-NN"),
        "schema.empty": QT_TRANSLATE_NOOP("Messages", "{where}: không được để trống"),
        "schema.uuid": QT_TRANSLATE_NOOP("Messages", "{where}: mã định danh (uuid) không đúng dạng"),
        "schema.year": QT_TRANSLATE_NOOP(
            "Messages", "{where}: năm {value} nằm ngoài khoảng cho phép ({min}–{max})"
        ),
        "schema.value": QT_TRANSLATE_NOOP("Messages", "{where}: giá trị {value} không hợp lệ"),
        "schema.period": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: kỳ kế hoạch không hợp lệ (cần kind = year kèm year; half_year kèm year và half 1 "
            "hoặc 2; multi_year kèm start_year và end_year)",
        ),
        "schema.other": QT_TRANSLATE_NOOP("Messages", "{where}: giá trị không hợp lệ"),
        "schema.type.string": QT_TRANSLATE_NOOP("Messages", "chuỗi văn bản"),
        "schema.type.integer": QT_TRANSLATE_NOOP("Messages", "số nguyên"),
        "schema.type.array": QT_TRANSLATE_NOOP("Messages", "danh sách"),
        "schema.type.object": QT_TRANSLATE_NOOP("Messages", "đối tượng"),
        "schema.type.or": QT_TRANSLATE_NOOP("Messages", "{a} hoặc {b}"),
    }
)


# --- domain → JSON -----------------------------------------------------------------------------


def _period_to_dict(period: Period) -> dict[str, Any]:
    if period.kind == "year":
        return {"kind": "year", "year": period.year}
    if period.kind == "half_year":
        return {"kind": "half_year", "year": period.year, "half": period.half}
    return {"kind": "multi_year", "start_year": period.start_year, "end_year": period.end_year}


def _with_uuid(data: dict[str, Any], uuid: str) -> dict[str, Any]:
    return ({"uuid": uuid} | data) if uuid else data


def _row_to_dict(row: AnnexRow) -> dict[str, Any]:
    data: dict[str, Any] = {
        "task": row.task,
        "activity": row.activity,
        "result": row.result,
        "lead": list(row.lead),
        "partners": list(row.partners),
        "due_text": row.due_text,
        "budget": row.budget,
    }
    if row.tags:
        data["tags"] = list(row.tags)
    if not row.progress.is_empty():
        p = row.progress
        data["progress"] = {
            "status": p.status,
            "done_on": p.done_on.isoformat() if p.done_on else None,
            "note": p.note,
            "reason": p.reason,
        }
    return _with_uuid(data, row.uuid)


def _item_to_dict(item: AnnexItem) -> dict[str, Any]:
    return _with_uuid(
        {
            "number": item.number,
            "objective": item.objective,
            "rows": [_row_to_dict(r) for r in item.rows],
            "children": [_item_to_dict(c) for c in item.children],
        },
        item.uuid,
    )


def document_to_dict(doc: PlanDocument) -> dict[str, Any]:
    plan = doc.plan
    plan_data = _with_uuid(
        {
            "title": plan.title,
            "issuer": plan.issuer,
            "issuer_header": list(plan.issuer_header),
            "number": plan.number,
            "symbol": plan.symbol,
            "issued_date": plan.issued_date.isoformat() if plan.issued_date else None,
            "place": plan.place,
            "period": _period_to_dict(plan.period),
            "signer": {
                "name": plan.signer.name,
                "position": plan.signer.position,
                "authority": plan.signer.authority,
            },
            "recipients": list(plan.recipients),
            "body": [{"heading": b.heading, "text": b.text} for b in plan.body],
            "annex_title": plan.annex_title,
            "annex_note": plan.annex_note,
            "numbering": plan.numbering,
        },
        doc.uuid,
    )
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "plan": plan_data,
        "units": [_with_uuid({"name": u.name, "short_name": u.short_name}, u.uuid) for u in doc.units],
        "sections": [
            _with_uuid(
                {"code": s.code, "title": s.title, "items": [_item_to_dict(i) for i in s.items]}, s.uuid
            )
            for s in doc.sections
        ],
    }
    return nfc_deep(data)


# --- JSON → domain -----------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # imported on first use: the window's start-up does not pay for it

    schema = json.loads(paths.interchange_schema_path().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _json_path(error: Any) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or str(Message("schema.root"))


def _describe_schema_error(error: Any) -> Message:
    where = _json_path(error)
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return Message("schema.required", where=where, name=missing)
    if kind == "type":
        expected = error.validator_value
        names = [
            Message(f"schema.type.{e}") if e in ("string", "integer", "array", "object") else e
            for e in ([expected] if isinstance(expected, str) else expected)
        ]
        text = names[0]
        for other in names[1:]:
            text = Message("schema.type.or", a=text, b=other)
        return Message("schema.type", where=where, expected=text)
    if kind == "maxLength":
        return Message("schema.too_long", where=where, limit=error.validator_value)
    if where.endswith("issued_date") or where.endswith("done_on"):
        return Message("schema.date_format", where=where)
    if where.endswith("uuid"):
        return Message("schema.uuid", where=where)
    if kind in ("minLength", "pattern"):
        return Message("schema.empty", where=where)
    if kind in ("minimum", "maximum"):
        return Message("schema.year", where=where, value=error.instance, min=MIN_YEAR, max=MAX_YEAR)
    if kind in ("enum", "const"):
        return Message("schema.value", where=where, value=repr(error.instance))
    if kind == "oneOf" and where.endswith("period"):
        return Message("schema.period", where=where)
    return Message("schema.other", where=where)


def _check_header(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInputError("json.not_plan")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidInputError("json.newer", version=version)


def _json_depth(value: Any) -> int:
    """How deep lists and dicts nest, without recursion (a crafted file must not exhaust the stack)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, level = stack.pop()
        children: Iterable[Any]
        if isinstance(current, dict):
            children = current.values()
        elif isinstance(current, list):
            children = current
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def _parse_date(text: str | None, where: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError("json.bad_date", where=where, text=text) from None


def _period_from_dict(data: dict[str, Any]) -> Period:
    # Only the fields of the period's own kind: a stray "half" on a yearly plan is ignored
    # (docs/interchange.md), as the schema lets it through.
    kind = data["kind"]
    if kind == "year":
        period = Period(kind=kind, year=data["year"])
    elif kind == "half_year":
        period = Period(kind=kind, year=data["year"], half=data["half"])
    else:
        period = Period(kind=kind, start_year=data["start_year"], end_year=data["end_year"])
    if period.kind == "multi_year" and (period.start_year or 0) > (period.end_year or 0):
        raise InvalidInputError("json.bad_years", start=period.start_year, end=period.end_year)
    return period


def _row_from_dict(data: dict[str, Any]) -> AnnexRow:
    progress = RowProgress()
    if "progress" in data:
        p = data["progress"]
        progress = RowProgress(
            p.get("status", "not_started"),
            _parse_date(p.get("done_on"), "progress.done_on"),
            p.get("note", ""),
            p.get("reason", ""),
        )
    return AnnexRow(
        task=data.get("task", ""),
        activity=data.get("activity", ""),
        result=data.get("result", ""),
        lead=list(data.get("lead", [])),
        partners=list(data.get("partners", [])),
        due_text=data.get("due_text", ""),
        budget=data.get("budget", ""),
        uuid=data.get("uuid", ""),
        progress=progress,
        tags=list(dict.fromkeys(data.get("tags", []))),
    )


def _item_from_dict(data: dict[str, Any]) -> AnnexItem:
    # Iterative over the children: depth is checked before, but nothing here recurses anyway.
    root = AnnexItem(
        number=data["number"],
        objective=data.get("objective", ""),
        rows=[_row_from_dict(r) for r in data["rows"]],
        uuid=data.get("uuid", ""),
    )
    stack = [(root, data)]
    while stack:
        item, source = stack.pop()
        for child_data in source.get("children", []):
            child = AnnexItem(
                number=child_data["number"],
                objective=child_data.get("objective", ""),
                rows=[_row_from_dict(r) for r in child_data["rows"]],
                uuid=child_data.get("uuid", ""),
            )
            item.children.append(child)
            stack.append((child, child_data))
    return root


def _check_unique_uuids(doc: PlanDocument) -> None:
    seen: set[str] = set()
    ids = [doc.uuid] + [s.uuid for s in doc.sections]
    for item in doc.all_items():
        ids.append(item.uuid)
        ids.extend(r.uuid for r in item.rows)
    for value in ids:
        if value and value in seen:
            raise InvalidInputError("json.duplicate_uuid", uuid=value)
        seen.add(value)


def document_from_dict(data: Any, source_name: str = "tệp", *, schema: bool = True) -> PlanDocument:
    """Validate (schema v2, which reads v1) and build the document; InvalidInputError lists problems.
    ``schema=False``: without the JSON schema, for the program's own files (read_bundled_plan)."""
    _check_header(data)
    if _json_depth(data) > MAX_JSON_DEPTH:
        raise InvalidInputError("json.too_deep", name=source_name, limit=MAX_ITEM_DEPTH)
    data = nfc_deep(data)
    errors = (
        sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
        if schema
        else []
    )
    if errors:
        messages = list(dict.fromkeys(_describe_schema_error(e) for e in errors))
        shown = "\n".join(f"- {m}" for m in messages[:10])
        more = Message("json.more", count=len(messages) - 10) if len(messages) > 10 else ""
        raise InvalidInputError("json.invalid", problems=shown, more=more)
    plan = data["plan"]
    signer = plan.get("signer", {})
    info = PlanInfo(
        title=plan["title"],
        period=_period_from_dict(plan["period"]),
        issuer=plan.get("issuer", ""),
        issuer_header=list(plan.get("issuer_header", [])),
        number=plan.get("number", ""),
        symbol=plan.get("symbol", ""),
        issued_date=_parse_date(plan.get("issued_date"), "plan.issued_date"),
        place=plan.get("place", ""),
        signer=Signer(signer.get("name", ""), signer.get("position", ""), signer.get("authority", "")),
        recipients=list(plan.get("recipients", [])),
        body=[BodySection(b["heading"], b["text"]) for b in plan.get("body", [])],
        annex_title=plan.get("annex_title", ""),
        annex_note=plan.get("annex_note", ""),
        numbering=plan.get("numbering", "per_section"),
    )
    units = [Unit(u["name"], u.get("short_name", ""), uuid=u.get("uuid", "")) for u in data.get("units", [])]
    sections = [
        AnnexSection(
            code=s["code"],
            title=s["title"],
            items=[_item_from_dict(i) for i in s["items"]],
            uuid=s.get("uuid", ""),
        )
        for s in data["sections"]
    ]
    doc = PlanDocument(plan=info, sections=sections, units=units, uuid=plan.get("uuid", ""))
    if any(item.depth() > MAX_ITEM_DEPTH for section in sections for item in section.items):
        raise InvalidInputError("json.too_deep", name=source_name, limit=MAX_ITEM_DEPTH)
    _check_unique_uuids(doc)
    return doc


# --- files -------------------------------------------------------------------------------------


def parse_plan_json(raw: bytes, source_name: str = "tệp", *, schema: bool = True) -> PlanDocument:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInputError("json.not_utf8", name=source_name) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            "json.syntax", name=source_name, line=error.lineno, column=error.colno
        ) from None
    except ValueError:  # e.g. an integer of more than 4,300 digits
        raise InvalidInputError("json.long_number", name=source_name) from None
    except RecursionError:
        raise InvalidInputError("json.too_deep", name=source_name, limit=MAX_ITEM_DEPTH) from None
    return document_from_dict(data, source_name, schema=schema)


def read_plan_file(path: Path | str) -> PlanDocument:
    raw = read_bytes_bounded(path, MAX_FILE_BYTES, Message("json.kind"))
    return parse_plan_json(raw, Path(path).name)


def read_bundled_plan(path: Path | str) -> PlanDocument:
    """A plan file shipped with the program (the demo plan loaded at a first start): read
    without the JSON schema, whose library and validation took longer than all the rest of a
    first start (tests/test_interchange.py checks the file against the schema). A file that
    does not read as a plan is then checked against the schema after all, for the errors any
    other file gets."""
    raw = read_bytes_bounded(path, MAX_FILE_BYTES, Message("json.kind"))
    try:
        return parse_plan_json(raw, Path(path).name, schema=False)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return parse_plan_json(raw, Path(path).name)


def dumps_plan(doc: PlanDocument) -> str:
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n"


def write_plan_file(doc: PlanDocument, path: Path | str) -> None:
    write_bytes_atomic(path, dumps_plan(doc).encode("utf-8"))
