"""Writes resources/criteria/bo-tieu-chi-mau-cap-xa.xlsx, the sample criteria set users can practise
on. It is a sample, not any province's official set: its title says so.

    .venv/bin/python scripts/make_sample_criteria.py [output.xlsx]

The data below follows the national reform areas, 100 points in all, and uses every kind of rule
(free score, yes / no, choices, rate bands, counts), "không áp dụng được" items, a province-scored
survey item, a bonus and a penalty block, and register sources. The file is read back with the
program's own reader before the script reports success.
"""

from __future__ import annotations

import dataclasses
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc_desktop.domain.criteria import SCORE, CriteriaSet, Criterion
from cchc_desktop.exporters.criteria_template import write_criteria_workbook
from cchc_desktop.importers.criteria_workbook import read_criteria_workbook
from cchc_desktop.scoring.rules import parse_rule, points_text

NAME = "Bộ tiêu chí mẫu cấp xã – dùng để làm quen, không phải bộ tiêu chí chính thức"
YEAR = 2026
STEP = Decimal("0.25")
OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "criteria" / "bo-tieu-chi-mau-cap-xa.xlsx"

NA, PROVINCE = "na", "province"

# (code, text, maximum or None for the children's sum, rule, evidence, flags, register source)
ROWS: list[tuple[str, str, str | None, str, str, tuple[str, ...], str]] = [
    ("I", "Công tác chỉ đạo, điều hành", None, "", "", (), ""),
    ("I.1", "Kế hoạch cải cách hành chính năm", None, "", "", (), ""),
    (
        "I.1.1",
        "Ban hành kế hoạch CCHC năm của UBND xã",
        "1",
        "Đúng hạn: 1; trễ hạn: 0,5; không ban hành: 0",
        "Kế hoạch CCHC năm (số, ngày ban hành)",
        (),
        "plan_on_time",
    ),
    (
        "I.1.2",
        "Mức độ hoàn thành nhiệm vụ của kế hoạch CCHC năm",
        "2",
        "Tỷ lệ: bằng 100% → 2; từ 80% đến dưới 100% → 1; dưới 80% → 0",
        "Báo cáo kết quả thực hiện kế hoạch; số nhiệm vụ hoàn thành / tổng số nhiệm vụ",
        (),
        "rows_done_rate",
    ),
    (
        "I.1.3",
        "Kế hoạch xác định rõ nhiệm vụ, sản phẩm, thời hạn và đơn vị chủ trì",
        "1",
        "",
        "Kế hoạch CCHC năm và phụ lục nhiệm vụ",
        (),
        "",
    ),
    ("I.2", "Báo cáo cải cách hành chính", None, "", "", (), ""),
    (
        "I.2.1",
        "Báo cáo CCHC định kỳ (quý, 6 tháng, năm) đúng hạn",
        "1",
        "Mỗi báo cáo: 0,25",
        "Các báo cáo định kỳ (số, ngày gửi)",
        (),
        "",
    ),
    (
        "I.2.2",
        "Báo cáo đột xuất về CCHC theo yêu cầu của cấp trên",
        "1",
        "Có/không",
        "Văn bản yêu cầu và báo cáo đã gửi",
        (NA,),
        "",
    ),
    ("I.3", "Kiểm tra công tác cải cách hành chính", None, "", "", (), ""),
    ("I.3.1", "Ban hành kế hoạch kiểm tra CCHC", "1", "Có/không", "Kế hoạch kiểm tra CCHC", (), ""),
    (
        "I.3.2",
        "Số cuộc kiểm tra CCHC đã thực hiện",
        "1",
        "0,25 điểm/1 cuộc",
        "Biên bản, kết luận các cuộc kiểm tra",
        (),
        "tag:kiem-tra",
    ),
    (
        "I.3.3",
        "Xử lý vấn đề phát hiện qua kiểm tra",
        "1",
        "Tỷ lệ: trên 90% → 1; từ 50% đến 90% → 0,5; dưới 50% → 0",
        "Báo cáo kết quả xử lý sau kiểm tra",
        (NA,),
        "",
    ),
    ("I.4", "Thông tin, tuyên truyền về cải cách hành chính", None, "", "", (), ""),
    ("I.4.1", "Ban hành kế hoạch tuyên truyền CCHC", "0.5", "Có/không", "Kế hoạch tuyên truyền", (), ""),
    (
        "I.4.2",
        "Số hoạt động tuyên truyền CCHC đã tổ chức",
        "1.5",
        "Mỗi lần: 0,25",
        "Tin bài, hình ảnh, báo cáo hoạt động tuyên truyền",
        (),
        "tag:tuyen-truyen",
    ),
    ("I.5", "Đối thoại và thực hiện nhiệm vụ cấp trên giao", None, "", "", (), ""),
    (
        "I.5.1",
        "Chủ tịch UBND xã đối thoại với người dân về CCHC",
        "1",
        "Mỗi cuộc: 0,5",
        "Thông báo, biên bản các buổi đối thoại",
        (),
        "tag:doi-thoai",
    ),
    (
        "I.5.2",
        "Thực hiện nhiệm vụ về CCHC do cấp trên giao",
        "2",
        "Tỷ lệ: bằng 100% → 2; từ 80% đến dưới 100% → 1; dưới 80% → 0",
        "Văn bản giao nhiệm vụ, báo cáo kết quả",
        (),
        "",
    ),
    ("II", "Cải cách thể chế", None, "", "", (), ""),
    ("II.1", "Ban hành văn bản quy phạm pháp luật theo thẩm quyền", None, "", "", (), ""),
    (
        "II.1.1",
        "Thực hiện đúng quy trình xây dựng, ban hành văn bản",
        "1.5",
        "Chấm từ 0 đến tối đa, bước 0,5",
        "Hồ sơ xây dựng văn bản",
        (NA,),
        "",
    ),
    (
        "II.1.2",
        "Văn bản ban hành đúng thời hạn",
        "1.5",
        "Tỷ lệ: bằng 100% → 1,5; từ 80% đến dưới 100% → 1; dưới 80% → 0",
        "Danh mục văn bản đã ban hành",
        (NA,),
        "",
    ),
    ("II.2", "Rà soát, kiểm tra văn bản", None, "", "", (), ""),
    (
        "II.2.1",
        "Ban hành kế hoạch rà soát, hệ thống hóa văn bản",
        "1",
        "Có/không",
        "Kế hoạch rà soát",
        (),
        "",
    ),
    (
        "II.2.2",
        "Xử lý văn bản sau rà soát",
        "2",
        "Xử lý đầy đủ: 2; xử lý một phần: 1; không xử lý: 0",
        "Báo cáo kết quả rà soát và xử lý",
        (NA,),
        "",
    ),
    (
        "II.3",
        "Theo dõi tình hình thi hành pháp luật trên địa bàn",
        "2",
        "",
        "Báo cáo theo dõi thi hành pháp luật",
        (),
        "",
    ),
    ("III", "Cải cách thủ tục hành chính", None, "", "", (), ""),
    ("III.1", "Công khai thủ tục hành chính", None, "", "", (), ""),
    (
        "III.1.1",
        "Công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa",
        "2",
        "Có/không",
        "Ảnh chụp nơi niêm yết, danh mục TTHC",
        (),
        "",
    ),
    (
        "III.1.2",
        "Công khai thủ tục hành chính trên trang thông tin điện tử",
        "2",
        "Đầy đủ: 2; chưa đầy đủ: 1; không công khai: 0",
        "Đường dẫn trang thông tin điện tử",
        (),
        "",
    ),
    ("III.2", "Kết quả giải quyết thủ tục hành chính", None, "", "", (), ""),
    (
        "III.2.1",
        "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "4",
        "Tỷ lệ: từ 98% trở lên → 4; từ 95% đến dưới 98% → 3; từ 90% đến dưới 95% → 2; dưới 90% → 0",
        "Số liệu trên Hệ thống thông tin giải quyết TTHC",
        (),
        "",
    ),
    (
        "III.2.2",
        "Hồ sơ trễ hạn có văn bản xin lỗi người dân",
        "2",
        "Tỷ lệ: bằng 100% → 2; từ 50% đến dưới 100% → 1; dưới 50% → 0",
        "Các phiếu xin lỗi và hẹn lại",
        (NA,),
        "",
    ),
    (
        "III.2.3",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
        "4",
        "Tỷ lệ: trên 80% → 4; từ 50% đến 80% → 2; dưới 50% → 0",
        "Số liệu trên Cổng dịch vụ công",
        (),
        "",
    ),
    ("III.3", "Tiếp nhận, xử lý phản ánh, kiến nghị", None, "", "", (), ""),
    (
        "III.3.1",
        "Xử lý phản ánh, kiến nghị đúng hạn",
        "2",
        "Tỷ lệ: bằng 100% → 2; dưới 100% → 0",
        "Sổ theo dõi phản ánh, kiến nghị",
        (NA,),
        "",
    ),
    (
        "III.3.2",
        "Công khai kết quả xử lý phản ánh, kiến nghị",
        "1",
        "Có/không",
        "Thông báo công khai",
        (NA,),
        "",
    ),
    (
        "III.4",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "3",
        "Tỷ lệ: từ 90% trở lên → 3; từ 70% đến dưới 90% → 2; từ 50% đến dưới 70% → 1; dưới 50% → 0",
        "Số liệu số hóa trên Hệ thống thông tin giải quyết TTHC",
        (),
        "",
    ),
    ("IV", "Cải cách tổ chức bộ máy", None, "", "", (), ""),
    ("IV.1", "Thực hiện quy định về tổ chức bộ máy", None, "", "", (), ""),
    (
        "IV.1.1",
        "Ban hành quy chế làm việc của UBND xã",
        "1",
        "Có/không",
        "Quyết định ban hành quy chế",
        (),
        "",
    ),
    (
        "IV.1.2",
        "Bố trí công chức theo vị trí việc làm đúng quy định",
        "2",
        "Đúng quy định: 2; chưa đúng quy định: 0",
        "Quyết định phân công, bố trí công chức",
        (),
        "",
    ),
    (
        "IV.2",
        "Thực hiện phân cấp, ủy quyền",
        "2",
        "Thực hiện đầy đủ: 2; thực hiện một phần: 1; không thực hiện: 0",
        "Văn bản phân cấp, ủy quyền và báo cáo thực hiện",
        (NA,),
        "",
    ),
    (
        "IV.3",
        "Kiện toàn thôn, tổ dân phố và các ban, tổ công tác",
        "3",
        "Chấm từ 0 đến tối đa, bước 0,5",
        "Các quyết định kiện toàn",
        (),
        "",
    ),
    ("V", "Cải cách chế độ công vụ", None, "", "", (), ""),
    (
        "V.1",
        "Thực hiện đề án vị trí việc làm được phê duyệt",
        "2",
        "Có/không",
        "Đề án, quyết định phê duyệt",
        (),
        "",
    ),
    ("V.2", "Tuyển dụng, sử dụng và quản lý cán bộ, công chức", None, "", "", (), ""),
    (
        "V.2.1",
        "Tuyển dụng, tiếp nhận công chức đúng quy định",
        "2",
        "Có/không",
        "Hồ sơ tuyển dụng, tiếp nhận",
        (NA,),
        "",
    ),
    (
        "V.2.2",
        "Đánh giá, xếp loại cán bộ, công chức",
        "2",
        "Đúng hạn: 2; trễ hạn: 1; không thực hiện: 0",
        "Quyết định xếp loại chất lượng",
        (),
        "",
    ),
    (
        "V.3",
        "Cán bộ, công chức được bồi dưỡng theo kế hoạch",
        "3",
        "Tỷ lệ: từ 90% trở lên → 3; từ 70% đến dưới 90% → 2; dưới 70% → 0",
        "Danh sách, chứng chỉ bồi dưỡng",
        (),
        "",
    ),
    ("V.4", "Kỷ luật, kỷ cương hành chính", None, "", "", (), ""),
    (
        "V.4.1",
        "Ban hành kế hoạch kiểm tra kỷ luật, kỷ cương hành chính",
        "1",
        "Có/không",
        "Kế hoạch kiểm tra",
        (),
        "",
    ),
    (
        "V.4.2",
        "Cán bộ, công chức bị kỷ luật trong năm",
        "2",
        "Không có: 2; có trường hợp bị kỷ luật: 0",
        "Báo cáo công tác cán bộ",
        (),
        "",
    ),
    ("VI", "Cải cách tài chính công", None, "", "", (), ""),
    ("VI.1", "Quản lý ngân sách", None, "", "", (), ""),
    (
        "VI.1.1",
        "Công khai dự toán, quyết toán ngân sách xã",
        "1.5",
        "Đúng hạn: 1,5; trễ hạn: 0,75; không công khai: 0",
        "Quyết định công bố công khai",
        (),
        "",
    ),
    (
        "VI.1.2",
        "Tỷ lệ giải ngân vốn đầu tư công được giao",
        "1.5",
        "Tỷ lệ: từ 95% trở lên → 1,5; từ 80% đến dưới 95% → 1; dưới 80% → 0",
        "Báo cáo giải ngân",
        (NA,),
        "",
    ),
    (
        "VI.2",
        "Ban hành, thực hiện quy chế chi tiêu nội bộ",
        "2",
        "Có/không",
        "Quy chế chi tiêu nội bộ",
        (),
        "",
    ),
    (
        "VI.3",
        "Quản lý, sử dụng tài sản công đúng quy định",
        "3",
        "Chấm từ 0 đến tối đa, bước 0,5",
        "Sổ theo dõi tài sản, báo cáo kê khai",
        (),
        "",
    ),
    ("VII", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", None, "", "", (), ""),
    ("VII.1", "Quản lý văn bản trên môi trường điện tử", None, "", "", (), ""),
    (
        "VII.1.1",
        "Văn bản đi được ký số, gửi nhận trên môi trường điện tử",
        "2",
        "Tỷ lệ: từ 90% trở lên → 2; từ 70% đến dưới 90% → 1; dưới 70% → 0",
        "Số liệu hệ thống quản lý văn bản",
        (),
        "",
    ),
    (
        "VII.1.2",
        "Sử dụng hệ thống quản lý văn bản và điều hành",
        "2",
        "Có/không",
        "Ảnh chụp, báo cáo sử dụng",
        (),
        "",
    ),
    ("VII.2", "Dịch vụ công trực tuyến", None, "", "", (), ""),
    (
        "VII.2.1",
        "Tỷ lệ hồ sơ trực tuyến toàn trình",
        "3",
        "Tỷ lệ: >=50% → 3; >=30% - <50% → 2; <30% → 0",
        "Số liệu trên Cổng dịch vụ công",
        (),
        "",
    ),
    (
        "VII.2.2",
        "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến",
        "2",
        "Tỷ lệ: trên 50% → 2; từ 20% đến 50% → 1; dưới 20% → 0",
        "Số liệu thanh toán trực tuyến",
        (NA,),
        "",
    ),
    ("VII.3", "Chuyển đổi số", None, "", "", (), ""),
    ("VII.3.1", "Ban hành kế hoạch chuyển đổi số năm", "1", "Có/không", "Kế hoạch chuyển đổi số", (), ""),
    (
        "VII.3.2",
        "Cập nhật, khai thác cơ sở dữ liệu quốc gia về dân cư",
        "2",
        "Chấm từ 0 đến tối đa, bước 0,5",
        "Báo cáo thực hiện Đề án 06",
        (),
        "",
    ),
    (
        "VII.3.3",
        "Trang thông tin điện tử của xã được cập nhật",
        "2",
        "Thường xuyên: 2; không thường xuyên: 1; không có trang: 0",
        "Đường dẫn, thống kê tin bài",
        (),
        "",
    ),
    ("VIII", "Tác động của cải cách hành chính", None, "", "", (), ""),
    (
        "VIII.1",
        "Mức độ hài lòng của người dân, tổ chức (điều tra xã hội học do tỉnh thực hiện)",
        "10",
        "",
        "",
        (PROVINCE,),
        "",
    ),
    ("VIII.2", "Tác động đến phát triển kinh tế – xã hội", None, "", "", (), ""),
    (
        "VIII.2.1",
        "Hoàn thành chỉ tiêu phát triển kinh tế – xã hội được giao",
        "3",
        "Tỷ lệ: bằng 100% → 3; từ 80% đến dưới 100% → 2; dưới 80% → 0",
        "Nghị quyết, báo cáo kinh tế – xã hội",
        (),
        "",
    ),
    (
        "VIII.2.2",
        "Khiếu nại, tố cáo kéo dài, vượt cấp",
        "3",
        "Không có: 3; có nhưng đã giải quyết: 1,5; có và chưa giải quyết: 0",
        "Báo cáo công tác tiếp dân",
        (),
        "",
    ),
    ("IX", "Điểm thưởng", "2", "Điểm thưởng", "", (), ""),
    (
        "IX.1",
        "Sáng kiến, mô hình CCHC được cấp có thẩm quyền công nhận",
        "2",
        "Mỗi sáng kiến: 1",
        "Quyết định công nhận",
        (),
        "",
    ),
    ("IX.2", "Được khen thưởng về công tác CCHC", "1", "Có/không", "Quyết định khen thưởng", (), ""),
    ("X", "Điểm trừ", "3", "Điểm trừ", "", (), ""),
    (
        "X.1",
        "Sai phạm trong giải quyết thủ tục hành chính bị phát hiện",
        "2",
        "Trừ 0,5 mỗi lần, tối đa 2",
        "Kết luận thanh tra, kiểm tra",
        (),
        "",
    ),
    ("X.2", "Chậm gửi báo cáo theo yêu cầu", "1", "Mỗi lần: 0,25", "Văn bản nhắc nhở của cấp trên", (), ""),
    (
        "X.3",
        "Cán bộ, công chức bị xử lý kỷ luật liên quan đến CCHC",
        "1",
        "Có/không",
        "Quyết định kỷ luật",
        (),
        "",
    ),
]


def build_set() -> CriteriaSet:
    """The rows as a criteria set: parents' maxima are their children's sums, a block's items
    take the block's effect (bonus / penalty)."""
    nodes: dict[str, Criterion] = {}
    areas: list[Criterion] = []
    for code, text, maximum, rule_text, evidence, flags, source in ROWS:
        placeholder = Decimal(maximum) if maximum else Decimal(0)
        node = Criterion(
            code=code,
            text=text,
            max_points=placeholder,
            rule=parse_rule(rule_text, placeholder or Decimal(1), STEP),
            evidence_hint=evidence,
            allow_na=NA in flags,
            province_scored=PROVINCE in flags,
            register_source=source,
        )
        nodes[code] = node
        parent = code.rsplit(".", 1)[0] if "." in code else None
        (nodes[parent].children if parent else areas).append(node)
    for area in areas:
        _settle(area, SCORE)
    return CriteriaSet(name=NAME, issuer="(mẫu)", year=YEAR, step=STEP, areas=areas, is_sample=True)


def _settle(node: Criterion, inherited: str) -> None:
    effect = node.rule.effect if node.rule.effect != SCORE else inherited
    if node.rule.effect != effect:
        node.rule = dataclasses.replace(node.rule, effect=effect)  # type: ignore[type-var]
    for child in node.children:
        _settle(child, effect)
    if node.children and node.max_points == 0:
        node.max_points = node.children_sum()


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    criteria_set = build_set()
    write_criteria_workbook(criteria_set, output)
    back = read_criteria_workbook(output)
    if back != criteria_set:
        print("Đọc lại không khớp với dữ liệu đã ghi.", file=sys.stderr)
        return 1
    leaves = sum(1 for _ in back.leaves())
    print(f"Đã ghi {output} ({leaves} tiêu chí thành phần, tổng {points_text(back.total_maximum())} điểm)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
