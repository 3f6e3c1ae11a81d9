"""``cchc``: the headless command line over the same core the window uses.

Exit codes: 0 done; 1 unexpected error; 2 wrong command line; 3 plan not found;
4 input file not acceptable; 5 database cannot be opened or written; 6 output not written.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Sequence

from . import __version__, backup, cli_vi, datadir
from .annex_import import ImportPreview, RawTable, analyse, load_tables, load_tables_from_text
from .annex_import import sources as annex_sources
from .demo import load_demo_if_empty
from .errors import CchcError, DamagedDatabaseError, InvalidInputError, NotFoundError
from .interchange import dumps_plan, read_plan_file, write_plan_file
from .store import Store

EXIT_OK, EXIT_UNEXPECTED = 0, 1


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="THƯ_MỤC", default=default,
                        help=f"thư mục dữ liệu (mặc định: biến môi trường {datadir.ENV_VAR} "
                             "hoặc thư mục dữ liệu của người dùng)")
    parser.add_argument("--demo", action="store_true", default=default if suppress else False,
                        help="nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống")


def build_parser() -> argparse.ArgumentParser:
    cli_vi.install()
    parser = argparse.ArgumentParser(
        prog="cchc", description="CCHC Desktop – làm việc với kế hoạch CCHC không cần cửa sổ.")
    parser.add_argument("--version", action="version", version=f"CCHC Desktop {__version__}",
                        help="in phiên bản rồi thoát")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh")

    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)

    plans = sub.add_parser("plans", parents=[common], help="liệt kê các kế hoạch",
                           description="Liệt kê các kế hoạch trong cơ sở dữ liệu.")
    plans.add_argument("--json", action="store_true", help="in dạng JSON cho chương trình khác đọc")

    export = sub.add_parser("export-json", parents=[common], help="xuất một kế hoạch ra tệp JSON",
                            description="Xuất kế hoạch (định dạng trao đổi cchc-plan phiên bản 1).")
    export.add_argument("plan", metavar="KẾ_HOẠCH", help="số thứ tự (ID) hoặc một phần tên kế hoạch")
    export.add_argument("-o", "--output", metavar="TỆP", required=True,
                        help="tệp JSON cần ghi ('-' để in ra màn hình)")

    imp = sub.add_parser("import-json", parents=[common], help="nhập một kế hoạch từ tệp JSON",
                         description="Nhập kế hoạch từ tệp JSON (định dạng cchc-plan phiên bản 1).")
    imp.add_argument("file", metavar="TỆP", help="tệp JSON cần nhập")
    imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")

    annex = sub.add_parser(
        "import-annex", parents=[common], help="nhập bảng phụ lục nhiệm vụ từ Excel hoặc Word",
        description="Nhập bảng phụ lục nhiệm vụ (TT, Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, "
                    "Chủ trì, Phối hợp, Thời gian, Kinh phí) từ tệp .xlsx, .docx hoặc văn bản tách "
                    "bằng Tab, vào một kế hoạch mới hoặc một kế hoạch đã có.")
    annex.add_argument("file", metavar="TỆP",
                       help="tệp .xlsx, .docx (hoặc .tsv); '-' để đọc bảng dán (tách bằng Tab) từ đầu vào")
    target = annex.add_mutually_exclusive_group()
    target.add_argument("--plan", metavar="KẾ_HOẠCH",
                        help="thêm vào kế hoạch đã có (số ID hoặc một phần tên)")
    target.add_argument("--new-plan", metavar="TÊN",
                        help="tạo kế hoạch mới với tên này (mặc định: tên phụ lục trong tệp, "
                             "hoặc tên tệp)")
    annex.add_argument("--table", metavar="SỐ", type=int,
                       help="số thứ tự của bảng (hoặc trang tính) cần nhập; mặc định tự tìm")
    annex.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")

    log = sub.add_parser("log", parents=[common], help="xem nhật ký thay đổi",
                         description="Nhật ký thay đổi: khi nào, ai, làm gì, giá trị cũ và mới.")
    log.add_argument("plan", metavar="KẾ_HOẠCH", nargs="?",
                     help="chỉ các thay đổi của kế hoạch này (ID hoặc một phần tên)")
    log.add_argument("--limit", metavar="N", type=int, help="chỉ N dòng mới nhất")
    log.add_argument("--json", action="store_true", help="in dạng JSON")

    backup_cmd = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu ngay",
                                description="Tạo một bản sao lưu đã kiểm tra toàn vẹn.")
    backup_cmd.add_argument("--to", metavar="THƯ_MỤC",
                            help="ghi bản sao vào thư mục này (ví dụ USB) thay vì thư mục sao lưu")
    backups_cmd = sub.add_parser("backups", parents=[common], help="liệt kê các bản sao lưu",
                                 description="Các bản sao lưu: thời điểm, loại, dung lượng, nội dung.")
    backups_cmd.add_argument("--json", action="store_true", help="in dạng JSON")
    restore = sub.add_parser("restore", parents=[common], help="khôi phục từ một bản sao lưu",
                             description="Khôi phục dữ liệu từ bản sao lưu; trạng thái hiện tại được "
                                         "sao lưu trước.")
    restore.add_argument("source", metavar="BẢN_SAO",
                         help="tệp sao lưu, hoặc 'latest' cho bản tốt mới nhất trong thư mục sao lưu")

    user = sub.add_parser("set-user", parents=[common], help="đặt tên người dùng ghi vào nhật ký",
                          description="Tên người dùng được ghi vào nhật ký thay đổi.")
    user.add_argument("name", metavar="TÊN")
    return parser


def _resolve_plan(store: Store, reference: str) -> int:
    found = store.find_plans(reference)
    if not found:
        raise NotFoundError(f"Không tìm thấy kế hoạch «{reference}». Dùng lệnh 'cchc plans' để xem danh sách.")
    if len(found) > 1:
        names = "\n".join(f"  {p.id}: {p.title}" for p in found)
        raise InvalidInputError(f"«{reference}» khớp với nhiều kế hoạch, hãy ghi số ID:\n{names}")
    return found[0].id


def _cmd_plans(store: Store, args: argparse.Namespace) -> int:
    plans = store.list_plans()
    if args.json:
        out = [{"id": p.id, "title": p.title, "period": p.period.label(), "reference": p.reference,
                "issued_date": p.issued_date.isoformat() if p.issued_date else None,
                "sections": p.counts.sections, "items": p.counts.items, "rows": p.counts.rows,
                "updated_at": p.updated_at} for p in plans]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not plans:
        print("Chưa có kế hoạch nào. Dùng 'cchc import-json TỆP' hoặc 'cchc --demo plans'.")
        return EXIT_OK
    print(f"{'ID':>4}  {'Kỳ':<26} {'Lĩnh vực':>8} {'Nhiệm vụ':>8} {'Dòng':>5}  Tên kế hoạch")
    for p in plans:
        print(f"{p.id:>4}  {p.period.label():<26} {p.counts.sections:>8} {p.counts.items:>8} "
              f"{p.counts.rows:>5}  {p.title}")
    return EXIT_OK


def _cmd_export(store: Store, args: argparse.Namespace) -> int:
    plan_id = _resolve_plan(store, args.plan)
    doc = store.load_plan(plan_id)
    if args.output == "-":
        sys.stdout.write(dumps_plan(doc))
        return EXIT_OK
    write_plan_file(doc, Path(args.output))
    print(f"Đã xuất kế hoạch {plan_id} «{doc.plan.title}» ra {args.output}", file=sys.stderr)
    return EXIT_OK


def _cmd_import(store: Store, args: argparse.Namespace) -> int:
    doc = read_plan_file(Path(args.file))
    counts = doc.counts()
    summary = f"{counts.sections} lĩnh vực, {counts.items} nhiệm vụ, {counts.rows} dòng"
    if args.dry_run:
        print(f"Tệp hợp lệ: «{doc.plan.title}» ({summary}). Chưa ghi gì (--dry-run).")
        return EXIT_OK
    plan_id = store.insert_plan(doc)
    print(f"Đã nhập kế hoạch {plan_id}: «{doc.plan.title}» ({summary}).")
    return EXIT_OK


def _read_annex_tables(file: str) -> list[RawTable]:
    if file != "-":
        return load_tables(Path(file))
    # "-": a table pasted from Excel or Word and piped in (tab-separated, as on the clipboard).
    limit = annex_sources.MAX_FILE_BYTES
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(limit + 1) if stream is not None else sys.stdin.read(limit + 1).encode("utf-8")
    if len(data) > limit:
        raise InvalidInputError(f"Dữ liệu đầu vào quá lớn (tối đa {limit // 1_048_576} MB).")
    return load_tables_from_text(annex_sources.decode_text(data, "đầu vào"))


def _print_annex_preview(preview: ImportPreview) -> None:
    table = preview.tables[preview.table_index]
    print(f"Bảng: «{preview.table_name}» (bảng {preview.table_index + 1}/{len(preview.tables)}, "
          f"{table.rows} dòng × {table.columns} cột), dòng tiêu đề {preview.header_row}")
    print("Các cột:")
    for line in preview.mapping.describe():
        print(f"  {line}")
    for column in preview.unknown_columns:
        print(f"  Không nhập: {column.label()}")
    if preview.annex_title:
        print(f"Tên phụ lục: {preview.annex_title}")
    print("Theo lĩnh vực:")
    for count in preview.counts:
        print(f"  {count.line()}")
    print(f"Tổng: {len(preview.counts)} lĩnh vực, {preview.total_items} nhiệm vụ, {preview.total_rows} dòng")
    if preview.new_units:
        print(f"Đơn vị mới, sẽ thêm vào danh mục ({len(preview.new_units)}):")
        for name in preview.new_units:
            print(f"  - {name}")
    for warning in preview.warnings:
        print(warning)


def _cmd_import_annex(store: Store, args: argparse.Namespace) -> int:
    tables = _read_annex_tables(args.file)
    table_index = None
    if args.table is not None:
        if not 1 <= args.table <= len(tables):
            raise InvalidInputError(f"Không có bảng số {args.table} (tệp có {len(tables)} bảng).")
        table_index = args.table - 1
    if args.new_plan is not None and not args.new_plan.strip():
        raise InvalidInputError("Tên kế hoạch mới (--new-plan) không được để trống.")
    plan_id = _resolve_plan(store, args.plan) if args.plan else None
    preview = analyse(tables, table_index=table_index, unit_directory=store.list_units())
    _print_annex_preview(preview)
    if preview.total_items == 0:
        raise InvalidInputError("Bảng không có nhiệm vụ nào để nhập. Chưa ghi gì.")
    if args.dry_run:
        print("Chưa ghi gì (--dry-run).")
        return EXIT_OK
    if plan_id is not None:
        store.append_annex(plan_id, preview.sections, preview.plan_units())
        print(f"Đã thêm {preview.total_items} nhiệm vụ, {preview.total_rows} dòng vào kế hoạch {plan_id}.")
        return EXIT_OK
    fallback = Path(args.file).stem if args.file != "-" else None
    doc = preview.to_plan_document(args.new_plan or preview.suggested_title or fallback)
    new_id = store.insert_plan(doc)
    print(f"Đã tạo kế hoạch {new_id}: «{doc.plan.title}» ({doc.plan.period.label()}; "
          f"{preview.total_items} nhiệm vụ, {preview.total_rows} dòng).")
    return EXIT_OK


def _cmd_log(store: Store, args: argparse.Namespace) -> int:
    plan_id = _resolve_plan(store, args.plan) if args.plan else None
    entries = store.change_log(plan_id, args.limit)
    if args.json:
        print(json.dumps([dataclasses.asdict(e) for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        print("Nhật ký chưa có thay đổi nào.")
        return EXIT_OK
    for e in entries:
        change = " → ".join(v for v in (e.old_value, e.new_value) if v)
        who = e.user_name or "?"
        print(f"{e.at_display}  {who:<14} {e.action_label:<22} "
              f"{e.plan_title or '(toàn bộ dữ liệu)'}" + (f": {change}" if change else ""))
    return EXIT_OK


def _cmd_backup(store: Store, args: argparse.Namespace) -> int:
    made = store.back_up("manual", Path(args.to) if args.to else None)
    info = backup.inspect_backup(made)
    print(f"Đã sao lưu vào {made} ({info.describe()}; đã kiểm tra toàn vẹn).")
    return EXIT_OK


def _cmd_backups(store: Store, args: argparse.Namespace) -> int:
    found = backup.list_backups(store.backup_folder)
    if args.json:
        print(json.dumps([{"path": str(b.path), "created": b.created.isoformat(), "kind": b.kind,
                           "size": b.size, "ok": b.ok, "plans": b.plans, "rows": b.rows,
                           "assessments": b.assessments, "problem": b.problem} for b in found],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(f"Chưa có bản sao lưu nào trong {store.backup_folder}.")
        return EXIT_OK
    for b in found:
        print(f"{b.created:%d/%m/%Y %H:%M:%S}  {b.kind_label:<20} {b.size / 1024:>8.0f} KB  "
              f"{b.describe()}  {b.path.name}")
    return EXIT_OK


def _cmd_restore(store: Store, args: argparse.Namespace) -> int:
    if args.source in ("latest", "moi-nhat"):
        newest = backup.newest_good_backup(store.backup_folder)
        if newest is None:
            raise NotFoundError(f"Không có bản sao lưu nào dùng được trong {store.backup_folder}.")
        source = newest.path
    else:
        source = Path(args.source)
        if not source.is_file():
            raise NotFoundError(f"Không tìm thấy tệp sao lưu «{source}».")
    safety = store.restore_backup(source)
    print(f"Đã khôi phục từ {source}. Trạng thái trước khi khôi phục được giữ ở {safety}.")
    return EXIT_OK


def _cmd_set_user(store: Store, args: argparse.Namespace) -> int:
    store.set_user_name(args.name)
    print(f"Tên người dùng ghi vào nhật ký: {store.user_name}")
    return EXIT_OK


_COMMANDS = {"plans": _cmd_plans, "export-json": _cmd_export, "import-json": _cmd_import,
             "import-annex": _cmd_import_annex, "log": _cmd_log, "backup": _cmd_backup,
             "backups": _cmd_backups, "restore": _cmd_restore, "set-user": _cmd_set_user}


def _open_store(data_dir: Path, command: str | None) -> Store:
    try:
        return Store.open(data_dir)
    except DamagedDatabaseError as damage:
        if command != "restore":
            raise
        # The damaged file has been moved aside: restore into a fresh database in its place.
        print(f"Cảnh báo: {damage.message}", file=sys.stderr)
        return Store.open(data_dir)


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and not args.demo:
        parser.print_help(sys.stderr)
        return 2
    data_dir = datadir.resolve_data_dir(args.data_dir)
    try:
        with _open_store(data_dir, args.command) as store:
            if args.demo:
                loaded = load_demo_if_empty(store)
                if loaded is None:
                    print("Cơ sở dữ liệu đã có kế hoạch, không nạp kế hoạch mẫu.", file=sys.stderr)
                else:
                    print(f"Đã nạp kế hoạch mẫu (ID {loaded}).", file=sys.stderr)
            if args.command is None:
                return EXIT_OK
            return _COMMANDS[args.command](store, args)
    except CchcError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        return error.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        return run(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last guard: a bug still ends with a message, not a trace
        print(f"Lỗi không mong đợi: {error!r}. Hãy báo cho nhóm phát triển.", file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
