"""Targets (chỉ tiêu): grouped by reform area, added / edited / deleted / reordered as undoable
edits, met or not, and suggested from real plan text (the seeds)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from register_fixtures import open_with_demo, state, undo_redo_exact

from cchc_desktop.domain.targets import PlanTarget, parse_figure, read_target, suggest_targets
from cchc_desktop.errors import InvalidInputError

SEEDS = Path("/work/shared/seeds")
PROVINCE = SEEDS / "province-plan-ha-tinh-2026.txt"
AREAS = [
    ("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"),
    ("II", "CẢI CÁCH THỂ CHẾ"),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    ("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
]


@pytest.fixture
def demo(data_dir, demo_doc):
    ws, plan_id = open_with_demo(data_dir, demo_doc)
    yield ws, plan_id
    ws.close()


@pytest.mark.parametrize(
    ("text", "comparator", "value", "unit"),
    [
        ("- 100% hồ sơ được giải quyết đúng hạn", ">=", "100", "%"),
        ("Phấn đấu tỷ lệ hài lòng của người dân đạt trên 99%.", ">", "99", "%"),
        ("Tỷ lệ hồ sơ trực tuyến đạt 100%", ">=", "100", "%"),
        ("Mức độ hài lòng về giải quyết TTHC đạt từ 95% trở lên", ">=", "95", "%"),
        ("3.8. Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 75%", ">=", "75", "%"),
        ("Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp", ">=", "2.5", "%"),
        ("Tỷ lệ hồ sơ trễ hạn dưới 1%", "<", "1", "%"),
        ("Không quá 5% hồ sơ phải bổ sung", "<=", "5", "%"),
        ("Thu hút nhân tài khoảng 02% so với tổng số tuyển dụng mới", "=", "2", "%"),
        ("Phấn đấu ít nhất có 03 sáng kiến về CCHC", ">=", "3", "sáng kiến"),
        ("Tổ chức ít nhất từ 02 đến 03 cuộc đối thoại", ">=", "2", "cuộc"),
    ],
)
def test_a_target_sentence_is_read_into_comparator_value_and_unit(text, comparator, value, unit):
    found = read_target(text)
    assert found is not None
    assert (found.comparator, found.value, found.unit) == (comparator, Decimal(value), unit)
    assert not found.text.startswith(("-", "3.8")) and not found.text.endswith(".")


@pytest.mark.parametrize("text", ["Đổi mới lề lối làm việc", "Nghị định số 63/2010/NĐ-CP", "", "Năm 2026"])
def test_a_sentence_without_a_figure_is_no_target(text):
    assert read_target(text) is None


def test_suggestions_from_the_province_plan_body_with_their_areas():
    lines = PROVINCE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "CÁC CHỈ TIÊU CHỦ YẾU" in line)
    end = next(i for i, line in enumerate(lines) if line.startswith("III. NHIỆM VỤ"))
    found = suggest_targets(lines[start:end], areas=AREAS)
    by_text = {s.text: s for s in found}
    on_time = by_text["Tỷ lệ hồ sơ TTHC được giải quyết trước, đúng hạn trên 99%"]
    assert (on_time.comparator, on_time.value, on_time.unit, on_time.area) == (">", 99, "%", "III")
    # Two targets in one numbered line are two suggestions.
    assert "100% TTHC được giải quyết cấp kết quả điện tử" in by_text
    assert (
        by_text[
            "Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước đối với phần kinh phí chi thường xuyên giao tự chủ của các đơn vị sự nghiệp công nhóm 3 theo quy định"
        ].area
        == "VI"
    )
    # Every reform area of the seed's list gets its targets; "7.2. Áp dụng ISO" stays in VII.
    assert {s.area for s in found} == {code for code, _title in AREAS}
    assert by_text[next(t for t in by_text if t.startswith("25% tổng số"))].area == "VII"
    assert len(found) >= 30


def test_suggestions_from_a_plan_of_the_database_skip_those_it_has(demo):
    ws, plan_id = demo
    found = ws.targets.suggest(plan_id)
    texts = [s.text for s in found]
    assert (
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 50%"
        in texts
    )
    assert all(s.source == "objective" and s.area for s in found)
    ws.targets.add_suggestions(plan_id, found[:2])
    assert [s.text for s in ws.targets.suggest(plan_id)] == texts[2:]
    added = ws.targets.all(plan_id)
    assert [(t.text, t.comparator, t.target, t.unit, t.area) for t in added] == [
        (s.text, s.comparator, str(s.value), s.unit, s.area) for s in found[:2]
    ]


def test_targets_are_grouped_by_area_in_the_annex_order(demo):
    ws, plan_id = demo
    ws.targets.add(plan_id, "Chỉ tiêu chung của kế hoạch")
    ws.targets.add(plan_id, "Hồ sơ đúng hạn", area="III", target="99", comparator=">", unit="%")
    ws.targets.add(plan_id, "Kế hoạch ban hành đúng hạn", area="I", target="100", unit="%")
    ws.targets.add(plan_id, "Chỉ tiêu của lĩnh vực lạ", area="IX")
    groups = ws.targets.grouped(plan_id)
    assert [(g.code, len(g.targets)) for g in groups] == [("I", 1), ("III", 1), ("IX", 1), ("", 1)]
    assert groups[0].title == "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" and groups[-1].title == "Chỉ tiêu chung"


def test_add_edit_delete_reorder_are_undoable(demo):
    ws, plan_id = demo
    before = state(ws, plan_id)
    applied = ws.targets.add(
        plan_id, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", comparator="≥", target="99", unit="%"
    )
    undo_redo_exact(ws, plan_id, applied, before)
    first = ws.targets.all(plan_id)[0]
    ws.targets.add(plan_id, "Số cuộc đối thoại", target="2", unit="cuộc")
    ws.targets.add(plan_id, "Số cuộc kiểm tra", target="4", unit="cuộc")
    for field, value, stored in [
        ("reached", "99,6", "99.6"),
        ("target", "98.5", "98.5"),
        ("comparator", ">", ">"),
        ("text", "Tỷ lệ hồ sơ đúng hạn", "Tỷ lệ hồ sơ đúng hạn"),
        ("note", "Theo báo cáo quý IV", "Theo báo cáo quý IV"),
    ]:
        before = state(ws, plan_id)
        applied = ws.targets.set_field(first.uuid, field, value)
        assert getattr(ws.targets.all(plan_id)[0], field) == stored
        undo_redo_exact(ws, plan_id, applied, before)
    assert ws.targets.all(plan_id)[0].met is True
    before = state(ws, plan_id)
    applied = ws.targets.move(first.uuid, 2)
    assert [t.text for t in ws.targets.all(plan_id)] == [
        "Số cuộc đối thoại",
        "Số cuộc kiểm tra",
        "Tỷ lệ hồ sơ đúng hạn",
    ]
    undo_redo_exact(ws, plan_id, applied, before)
    before = state(ws, plan_id)
    applied = ws.targets.remove(ws.targets.all(plan_id)[1].uuid)
    assert len(ws.targets.all(plan_id)) == 2
    undo_redo_exact(ws, plan_id, applied, before)


def test_bad_target_values_are_refused(demo):
    ws, plan_id = demo
    with pytest.raises(InvalidInputError) as error:
        ws.targets.add(plan_id, "   ")
    assert error.value.code == "target.empty_text"
    with pytest.raises(InvalidInputError) as error:
        ws.targets.add(plan_id, "x", target="chín mươi")
    assert error.value.code == "target.bad_figure"
    with pytest.raises(InvalidInputError) as error:
        ws.targets.add(plan_id, "x", comparator="~")
    assert error.value.code == "target.bad_comparator"


@pytest.mark.parametrize(
    ("comparator", "target", "reached", "met"),
    [
        (">=", "99", "99", True),
        (">", "99", "99", False),
        ("<=", "5", "4,5", True),
        ("<", "1", "1", False),
        ("=", "2", "2.0", True),
        (">=", None, "50", None),
        (">=", "50", None, None),
    ],
)
def test_met(comparator, target, reached, met):
    assert PlanTarget("u", "t", comparator, target, "%", reached).met is met


def test_figures_are_read_the_vietnamese_way():
    assert parse_figure("1.234,5") == Decimal("1234.5")
    assert parse_figure("99,5%") == Decimal("99.5")
    assert parse_figure("1.000") == Decimal("1000")
    assert parse_figure("99.5") == Decimal("99.5")
    assert parse_figure("") is None and parse_figure("nan") is None and parse_figure("abc") is None
