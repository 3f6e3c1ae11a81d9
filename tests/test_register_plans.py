"""Plans from the document form (the commune's defaults), every document field edited and
undone, duplicating for the next period."""

from __future__ import annotations

import datetime as dt

import pytest
from register_fixtures import open_with_demo, state, undo_redo_exact

from cchc_desktop.domain import BodySection, Period
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.services.settings import CommuneDefaults


@pytest.fixture
def demo(data_dir, demo_doc):
    ws, plan_id = open_with_demo(data_dir, demo_doc)
    yield ws, plan_id
    ws.close()


def test_a_new_plan_takes_the_communes_defaults_and_the_form(demo):
    ws, _plan_id = demo
    ws.settings.set_commune(
        CommuneDefaults(
            commune="Cửa Tùng",
            issuer="Ủy ban nhân dân xã Cửa Tùng",
            issuer_header="ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG",
            place="Cửa Tùng",
            signer_name="Võ Đức Diện",
            recipients="Sở Nội vụ;\nLưu: VT.",
        )
    )
    applied = ws.register.new_plan(
        "Kế hoạch CCHC năm 2026", Period("year", year=2026), number="15", issued_date=dt.date(2026, 1, 5)
    )
    new = applied.edit.steps[0].doc
    doc = ws.plans.document(new.id)
    info = doc.plan
    assert info.issuer_header == ["ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"] and info.symbol == "KH-UBND"
    assert (info.signer.name, info.signer.position, info.place) == ("Võ Đức Diện", "CHỦ TỊCH", "Cửa Tùng")
    assert info.recipients == ["Sở Nội vụ;", "Lưu: VT."]
    assert (info.number, info.issued_date) == ("15", dt.date(2026, 1, 5))
    # One undo step takes the whole new plan away.
    ws.edits.replay(applied.edit.inverse())
    assert all(p.id != new.id for p in ws.plans.all())


FIELDS = [
    (
        "title",
        "Kế hoạch CCHC 6 tháng cuối năm 2025 (sửa đổi)",
        "title",
        "Kế hoạch CCHC 6 tháng cuối năm 2025 (sửa đổi)",
    ),
    ("issuer", "UBND xã Cửa Tùng", "issuer", "UBND xã Cửa Tùng"),
    (
        "issuer_header",
        "UBND HUYỆN VĨNH LINH\nUBND XÃ CỬA TÙNG",
        "issuer_header",
        ["UBND HUYỆN VĨNH LINH", "UBND XÃ CỬA TÙNG"],
    ),
    ("number", "125", "number", "125"),
    ("symbol", "KH-UBND", "symbol", "KH-UBND"),
    ("issued_date", "31/7/2025", "issued_date", dt.date(2025, 7, 31)),
    ("place", "Cửa Tùng", "place", "Cửa Tùng"),
    ("signer_name", "Nguyễn Văn A", "signer", None),
    ("recipients", ["Sở Nội vụ;", "", "Lưu: VT."], "recipients", ["Sở Nội vụ;", "Lưu: VT."]),
    ("body", [BodySection("I. MỤC ĐÍCH", "- Một"), ("II. NHIỆM VỤ", "- Hai")], "body", None),
    ("period", Period("half_year", year=2026, half=1), "period", Period("half_year", year=2026, half=1)),
    ("annex_title", "CHI TIẾT NHIỆM VỤ", "annex_title", "CHI TIẾT NHIỆM VỤ"),
]


@pytest.mark.parametrize(("field", "value", "attribute", "expected"), FIELDS)
def test_every_document_field_is_an_undoable_edit(demo, field, value, attribute, expected):
    ws, plan_id = demo
    before = state(ws, plan_id)
    applied = ws.plans.set_field(plan_id, field, value)
    info = ws.plans.document(plan_id).plan
    if expected is not None:
        assert getattr(info, attribute) == expected
    undo_redo_exact(ws, plan_id, applied, before)


def test_the_form_saves_several_fields_as_one_step(demo):
    ws, plan_id = demo
    before = state(ws, plan_id)
    applied = ws.register.save_plan_form(
        plan_id,
        {
            "number": "88",
            "issued_date": dt.date(2025, 7, 20),
            "signer_position": "KT. CHỦ TỊCH",
            "place": "Cửa Tùng",
        },
    )
    assert {s.field for s in applied.edit.steps} == {
        "number",
        "issued_date",
        "signer_position",
    }  # place unchanged
    undo_redo_exact(ws, plan_id, applied, before)
    assert ws.register.save_plan_form(plan_id, {"place": "Cửa Tùng"}) is None
    for bad in (
        {"issued_date": "31/2/2025"},
        {"title": "  "},
        {"period": ("half_year", 2025, 3, None, None)},
        {"nothing": 1},
    ):
        with pytest.raises(InvalidInputError):
            ws.register.save_plan_form(plan_id, bad)


def test_duplicate_moves_the_period_on_and_clears_progress(demo, tmp_path):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    ws.register.set_progress(view.rows[0].uuid, "done", note="xong")
    ws.register.set_tags(view.rows[0].uuid, ["Kiểm tra"])
    scan = tmp_path / "a.pdf"
    scan.write_bytes(b"a")
    ws.evidence.attach_file(view.rows[1].uuid, scan)
    ws.targets.add(plan_id, "Hồ sơ đúng hạn", target="99", unit="%", reached="99.5")
    applied = ws.register.duplicate_for_next_period(plan_id)
    copy_id = applied.edit.steps[0].doc.id
    summary = ws.plans.summary(copy_id)
    assert summary.period == Period("half_year", year=2026, half=1)  # 6 tháng cuối 2025 → 6 tháng đầu 2026
    assert "06 tháng đầu năm 2026" in summary.title
    copy = ws.register.view(copy_id)
    assert len(copy) == len(view) and not set(copy._index) & set(view._index)
    assert all(r.status == "not_started" and r.evidence == 0 and not r.note for r in copy.rows)
    assert copy.rows[0].tags == ("kiem-tra",)
    assert [(t.text, t.reached) for t in ws.targets.all(copy_id)] == [("Hồ sơ đúng hạn", None)]
    # Half-year after half-year, then a year.
    again = ws.register.duplicate_for_next_period(copy_id).edit.steps[0].doc.id
    assert ws.plans.summary(again).period == Period("half_year", year=2026, half=2)
    assert Period("year", year=2025).following() == Period("year", year=2026)
    # One undo step removes the copy and its targets.
    ws.edits.replay(applied.edit.inverse())
    assert all(p.id != copy_id for p in ws.plans.all())
