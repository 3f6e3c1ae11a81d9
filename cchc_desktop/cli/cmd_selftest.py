"""``cchc selftest``: the self-test of the core (cchc_desktop/selftest.py) from the command line.

It works in a temporary folder of its own and never opens the data folder: the command sets
``without_data_folder``, which cli/main.py runs instead of opening the workspace. Exit 0 when every
check passed, 1 otherwise (each failed check printed with ✗)."""

from __future__ import annotations

import argparse

from ..i18n import translate
from .render import print_json


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    selftest = sub.add_parser(
        "selftest",
        parents=[common],
        help=translate("Cli", "tự kiểm tra chương trình trong một thư mục tạm"),
        description=translate(
            "Cli",
            "Tạo cơ sở dữ liệu trong một thư mục tạm, nạp kế hoạch mẫu, ghi tiến độ kèm tài liệu kiểm "
            "chứng, chấm điểm theo bộ tiêu chí mẫu, xuất mọi tài liệu (PDF, Excel, Word) rồi đọc lại, "
            "tạo và kiểm tra gói nộp, sao lưu. Không đụng tới thư mục dữ liệu thật. Mỗi mục một dòng "
            "(✓ đạt, ✗ không đạt); mã thoát 0 khi mọi mục đều đạt.",
        ),
    )
    selftest.add_argument(
        "--keep",
        action="store_true",
        help=translate("Cli", "giữ lại thư mục tạm (tài liệu, gói nộp) để xem"),
    )
    selftest.add_argument(
        "--json", action="store_true", help=translate("Cli", "in kết quả dạng JSON cho chương trình khác đọc")
    )
    selftest.set_defaults(without_data_folder=cmd_selftest)


def cmd_selftest(args: argparse.Namespace) -> int:
    import io

    from ..selftest import run_and_print

    if args.json:
        report = run_and_print(io.StringIO(), keep=args.keep)
        print_json(
            {
                "ok": report.ok,
                "seconds": round(report.seconds, 2),
                "kept": report.folder,
                "checks": [
                    {
                        "key": r.key,
                        "label": r.label,
                        "ok": r.ok,
                        "detail": r.detail,
                        "seconds": round(r.seconds, 3),
                    }
                    for r in report.results
                ],
            }
        )
    else:
        report = run_and_print(keep=args.keep)
    return 0 if report.ok else 1
