"""PDF export figures: annexes of 100, 500 and 10,000 rows, rendered by exporters.pdf.

    .venv/bin/python bench/pdf_export.py [--rows 100,500,10000] [--repeat 3] [--out DIR]

One line per figure: rows, pages, seconds (the builder ``annex_document`` apart; the renderer
``render_pdf`` alone, best of ``--repeat``, wall clock and CPU time: the CPU figure is the one to
trust on a machine shared with other work), size in MB, peak RSS of the process so far. If LibreOffice is installed, the
same annex written as .xlsx by openpyxl is converted with ``soffice --convert-to pdf`` for
comparison; if not, a line says it was skipped.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc_desktop.domain import (
    AnnexItem,
    AnnexRow,
    AnnexSection,
    Period,
    PlanDocument,
    PlanInfo,
)
from cchc_desktop.exporters.pdf import annex_document, render_pdf

AREAS = [
    "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    "CẢI CÁCH THỂ CHẾ",
    "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    "CẢI CÁCH TỔ CHỨC BỘ MÁY",
    "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    "CẢI CÁCH TÀI CHÍNH CÔNG",
    "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
]
OBJECTIVES = [
    "Tỷ lệ hồ sơ giải quyết thủ tục hành chính đúng hạn đạt trên 99%",
    "100% văn bản quy phạm pháp luật được rà soát, hệ thống hóa theo quy định",
    "Nâng cao mức độ hài lòng của người dân, doanh nghiệp về sự phục vụ của cơ quan hành chính",
    "Xây dựng Kế hoạch CCHC, các nhiệm vụ trọng tâm về CCHC trong năm",
]
TASKS = [
    "Xác định nhiệm vụ cụ thể; tổ chức triển khai kịp thời các nhiệm vụ CCHC",
    (
        "Đẩy mạnh công tác thông tin, tuyên truyền, nâng cao nhận thức cho CBCCVC, người dân, "
        "doanh nghiệp và xã hội về cải cách hành chính"
    ),
    "Rà soát, đánh giá thủ tục hành chính, đề xuất phương án đơn giản hóa và cắt giảm thời gian giải quyết",
    "Thực hiện tự kiểm tra công tác CCHC tại Trung tâm PVHCC; lồng ghép kiểm tra kiểm soát TTHC",
]
ACTIVITIES = [
    "Xây dựng, ban hành Kế hoạch kiểm tra CCHC, kiểm soát TTHC và tổ chức kiểm tra",
    "Tổ chức tự đánh giá, chấm điểm công tác CCHC",
    "Hội nghị",
    "Tuyên truyền trên hệ thống loa truyền thanh",
    "Cập nhật, công khai đầy đủ, kịp thời các thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
]
RESULTS = [
    "- Kế hoạch\n- Quyết định thành lập đoàn\n- Kết luận của đoàn kiểm tra",
    "Báo cáo",
    "Kế hoạch của UBND xã",
    "- Kế hoạch;\n- Thông báo kết luận;\n- Báo cáo",
    "Quyết định công bố",
]
UNITS = [
    "Phòng VHXH",
    "Văn phòng HĐND&UBND",
    "Phòng Kinh tế",
    "Trung tâm PVHCC",
    "Đoàn kiểm tra CCHC của xã",
    "Công an xã",
    "Các phòng chuyên môn",
]
DUE = [
    "Trước ngày 31/7/2025",
    "Quý III, IV",
    "Quý IV/2025",
    "Tháng 12/2025",
    "Thường xuyên",
    "Hàng tháng",
    "Định kỳ hoặc đột xuất",
    "Theo KH được phê duyệt",
]
BUDGET = ["Theo dự toán", "Ngân sách xã", "Thường xuyên", "", "Theo dự toán hàng năm"]


PLACES = [
    "Trung tâm PVHCC",
    "các thôn, khu phố",
    "Cổng thông tin điện tử của xã",
    "hệ thống loa truyền thanh",
    "Cổng Dịch vụ công quốc gia",
    "Hệ thống thông tin giải quyết TTHC của tỉnh",
]
WHO = [
    "cán bộ, công chức",
    "người dân, doanh nghiệp",
    "các phòng chuyên môn",
    "Ban chỉ đạo CCHC xã",
    "tổ công nghệ số cộng đồng",
]


def varied(rng: random.Random, base: list[str]) -> str:
    """A cell's text: a stock phrase made specific, as real plans do (places, people, figures),
    so that cells rarely repeat while their words do."""
    text = rng.choice(base)
    # A reference to a document, as real cells carry: few long cells repeat whole.
    text += (
        f" theo Kế hoạch số {rng.randint(1, 999)}/KH-UBND ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025"
    )
    if rng.random() < 0.7:
        text += f" tại {rng.choice(PLACES)}"
    if rng.random() < 0.5:
        text += f" cho {rng.choice(WHO)}"
    if rng.random() < 0.3:
        text += f", bảo đảm tỷ lệ đạt {rng.randint(80, 100)}% trong {rng.choice(['quý', 'tháng', 'năm'])} {rng.randint(1, 12)}"
    return text


def make_plan(rows: int, seed: int = 7) -> PlanDocument:
    """An annex of ``rows`` rows over the 7 reform areas; items of 1–3 rows, tasks continued."""
    rng = random.Random(seed)
    sections = [
        AnnexSection(code=code, title=title)
        for code, title in zip(["I", "II", "III", "IV", "V", "VI", "VII"], AREAS)
    ]
    made = 0
    while made < rows:
        section = sections[min(made * len(sections) // rows, len(sections) - 1)]
        item = AnnexItem(number=str(len(section.items) + 1), objective=varied(rng, OBJECTIVES))
        for index in range(min(rng.choice([1, 1, 2, 3]), rows - made)):
            item.rows.append(
                AnnexRow(
                    task="" if index and rng.random() < 0.6 else varied(rng, TASKS),
                    activity=varied(rng, ACTIVITIES),
                    result=rng.choice(RESULTS),
                    lead=rng.sample(UNITS, rng.choice([1, 1, 2])),
                    partners=rng.sample(UNITS, rng.choice([1, 2, 3])),
                    due_text=f"{rng.choice(DUE)}"
                    if rng.random() < 0.5
                    else f"Trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026",
                    budget=rng.choice(BUDGET),
                    uuid=f"r{made}",
                )
            )
            made += 1
        section.items.append(item)
    plan = PlanInfo(
        title=f"Kế hoạch cải cách hành chính năm 2026 ({rows} dòng)",
        period=Period("year", year=2026),
        issuer="Ủy ban nhân dân xã Cửa Tùng",
        issuer_header=["ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"],
        number="12",
        symbol="KH-UBND",
        place="Cửa Tùng",
    )
    return PlanDocument(plan=plan, sections=[s for s in sections if s.items])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(rows: int, repeat: int, out: Path) -> Path:
    plan = make_plan(rows)
    started = time.perf_counter()
    document = annex_document(plan)
    build = time.perf_counter() - started
    best, best_cpu, data = float("inf"), float("inf"), b""
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        data = render_pdf(document)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    path = out / f"annex-{rows}.pdf"
    path.write_bytes(data)
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
    print(
        f"pdf rows={rows:>6} pages={pages:>5} build_s={build:.3f} render_s={best:.3f} cpu_s={best_cpu:.3f} "
        f"MB={len(data) / 1e6:.2f} peak_rss_MB={peak_rss_mb():.0f}",
        flush=True,
    )
    return path


def libreoffice(rows: int, out: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"soffice rows={rows:>6} skipped: LibreOffice is not installed", flush=True)
        return
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    plan = make_plan(rows)
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "TT",
            "Mục tiêu",
            "Nhiệm vụ",
            "Hoạt động",
            "Kết quả/Sản phẩm",
            "Chủ trì",
            "Phối hợp",
            "Thời gian",
            "Kinh phí",
        ]
    )
    for section in plan.sections:
        sheet.append([section.code, section.title])
        for item in section.items:
            for row in item.rows:
                sheet.append(
                    [
                        item.number,
                        item.objective,
                        row.task,
                        row.activity,
                        row.result,
                        "\n".join(row.lead),
                        "\n".join(row.partners),
                        row.due_text,
                        row.budget,
                    ]
                )
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "1:1"
    xlsx = out / f"annex-{rows}.xlsx"
    book.save(xlsx)
    started = time.perf_counter()
    subprocess.run(
        [soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(out / "lo"), str(xlsx)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    print(f"soffice rows={rows:>6} convert_s={time.perf_counter() - started:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="100,500,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--no-libreoffice", action="store_true", help="skip the LibreOffice comparison (bench/run_all.py)"
    )
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="pdf-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    counts = [int(n) for n in args.rows.split(",")]
    for rows in counts:
        bench(rows, args.repeat if rows <= 1000 else 1, out)
    for rows in counts if not args.no_libreoffice else []:
        libreoffice(rows, out)
    print(f"files in {out}")


if __name__ == "__main__":
    main()
