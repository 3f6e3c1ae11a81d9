"""Interchange format v1: one JSON document per plan (see docs/interchange.md).

``document_to_dict`` and ``document_from_dict`` convert between the JSON shape and
``domain.PlanDocument``; ``read_plan_file`` and ``write_plan_file`` add the file handling.
All text is NFC on the way in and on the way out.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema

from . import paths
from .domain import (MAX_YEAR, MIN_YEAR, AnnexItem, AnnexRow, AnnexSection, BodySection, Period,
                     PlanDocument, PlanInfo, Signer, Unit)
from .errors import InvalidInputError
from .fileio import read_bytes_bounded, write_bytes_atomic
from .text import nfc_deep

FORMAT_NAME = "cchc-plan"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024

_ROW_KEYS = ("task", "activity", "result", "lead", "partners", "due_text", "budget")


# --- domain → JSON -----------------------------------------------------------------------

def _period_to_dict(period: Period) -> dict[str, Any]:
    if period.kind == "year":
        return {"kind": "year", "year": period.year}
    if period.kind == "half_year":
        return {"kind": "half_year", "year": period.year, "half": period.half}
    return {"kind": "multi_year", "start_year": period.start_year, "end_year": period.end_year}


def _row_to_dict(row: AnnexRow) -> dict[str, Any]:
    return {"task": row.task, "activity": row.activity, "result": row.result,
            "lead": list(row.lead), "partners": list(row.partners),
            "due_text": row.due_text, "budget": row.budget}


def _item_to_dict(item: AnnexItem) -> dict[str, Any]:
    return {"number": item.number, "objective": item.objective,
            "rows": [_row_to_dict(r) for r in item.rows],
            "children": [_item_to_dict(c) for c in item.children]}


def document_to_dict(doc: PlanDocument) -> dict[str, Any]:
    plan = doc.plan
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "plan": {
            "title": plan.title,
            "issuer": plan.issuer,
            "issuer_header": list(plan.issuer_header),
            "number": plan.number,
            "symbol": plan.symbol,
            "issued_date": plan.issued_date.isoformat() if plan.issued_date else None,
            "place": plan.place,
            "period": _period_to_dict(plan.period),
            "signer": {"name": plan.signer.name, "position": plan.signer.position,
                       "authority": plan.signer.authority},
            "recipients": list(plan.recipients),
            "body": [{"heading": b.heading, "text": b.text} for b in plan.body],
            "annex_title": plan.annex_title,
            "annex_note": plan.annex_note,
        },
        "units": [{"name": u.name, "short_name": u.short_name} for u in doc.units],
        "sections": [{"code": s.code, "title": s.title,
                      "items": [_item_to_dict(i) for i in s.items]} for s in doc.sections],
    }
    return nfc_deep(data)


# --- JSON → domain -----------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(paths.interchange_schema_path().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _json_path(error: jsonschema.ValidationError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(gốc)"


def _describe_schema_error(error: jsonschema.ValidationError) -> str:
    where = _json_path(error)
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where}: thiếu trường bắt buộc «{missing}»"
    if kind == "type":
        names = {"string": "chuỗi văn bản", "integer": "số nguyên", "array": "danh sách",
                 "object": "đối tượng", "null": "null"}
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        return f"{where}: phải là {' hoặc '.join(names.get(e, e) for e in expected)}"
    if kind == "maxLength":
        return f"{where}: quá dài (tối đa {error.validator_value} ký tự)"
    if where.endswith("issued_date"):
        return f"{where}: ngày phải viết theo dạng NNNN-TT-NN"
    if kind in ("minLength", "pattern"):
        return f"{where}: không được để trống"
    if kind in ("minimum", "maximum"):
        return f"{where}: năm {error.instance} nằm ngoài khoảng cho phép ({MIN_YEAR}–{MAX_YEAR})"
    if kind in ("enum", "const"):
        return f"{where}: giá trị {error.instance!r} không hợp lệ"
    if kind == "oneOf" and where.endswith("period"):
        return (f"{where}: kỳ kế hoạch không hợp lệ (cần kind = year kèm year; half_year kèm year "
                f"và half 1 hoặc 2; multi_year kèm start_year và end_year)")
    return f"{where}: giá trị không hợp lệ"


def _check_header(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInputError("Tệp này không phải là kế hoạch CCHC (thiếu \"format\": \"cchc-plan\").")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidInputError(
            f"Tệp được tạo bởi phiên bản CCHC Desktop mới hơn (định dạng phiên bản {version}). "
            "Hãy cập nhật chương trình để mở tệp này.")


def _parse_date(text: str | None, where: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError(f"{where}: ngày «{text}» không tồn tại.") from None


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
    if period.kind == "multi_year" and period.start_year > period.end_year:
        raise InvalidInputError(
            f"plan.period: năm bắt đầu {period.start_year} sau năm kết thúc {period.end_year}.")
    return period


def _row_from_dict(data: dict[str, Any]) -> AnnexRow:
    return AnnexRow(task=data.get("task", ""), activity=data.get("activity", ""),
                    result=data.get("result", ""), lead=list(data.get("lead", [])),
                    partners=list(data.get("partners", [])), due_text=data.get("due_text", ""),
                    budget=data.get("budget", ""))


def _item_from_dict(data: dict[str, Any]) -> AnnexItem:
    return AnnexItem(number=data["number"], objective=data.get("objective", ""),
                     rows=[_row_from_dict(r) for r in data["rows"]],
                     children=[_item_from_dict(c) for c in data.get("children", [])])


def document_from_dict(data: Any) -> PlanDocument:
    """Validate against the v1 schema and build the document; InvalidInputError lists the problems."""
    _check_header(data)
    data = nfc_deep(data)
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        messages = list(dict.fromkeys(_describe_schema_error(e) for e in errors))
        shown = "\n".join(f"- {m}" for m in messages[:10])
        more = f"\n… và {len(messages) - 10} lỗi khác." if len(messages) > 10 else ""
        raise InvalidInputError(f"Tệp kế hoạch không hợp lệ:\n{shown}{more}")
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
    )
    units = [Unit(u["name"], u.get("short_name", "")) for u in data.get("units", [])]
    sections = [AnnexSection(code=s["code"], title=s["title"],
                             items=[_item_from_dict(i) for i in s["items"]])
                for s in data["sections"]]
    return PlanDocument(plan=info, sections=sections, units=units)


# --- files -------------------------------------------------------------------------------

def parse_plan_json(raw: bytes, source_name: str = "tệp") -> PlanDocument:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInputError(f"«{source_name}» không phải văn bản UTF-8, không đọc được.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"«{source_name}» không phải JSON hợp lệ (dòng {error.lineno}, cột {error.colno}).") from None
    except ValueError:  # e.g. an integer of more than 4,300 digits
        raise InvalidInputError(f"«{source_name}» có một con số quá dài, không phải kế hoạch hợp lệ.") from None
    except RecursionError:
        raise InvalidInputError(f"«{source_name}» lồng quá sâu, không đọc được.") from None
    return document_from_dict(data)


def read_plan_file(path: Path | str) -> PlanDocument:
    raw = read_bytes_bounded(path, MAX_FILE_BYTES, "kế hoạch")
    return parse_plan_json(raw, Path(path).name)


def dumps_plan(doc: PlanDocument) -> str:
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n"


def write_plan_file(doc: PlanDocument, path: Path | str) -> None:
    write_bytes_atomic(path, dumps_plan(doc).encode("utf-8"))
