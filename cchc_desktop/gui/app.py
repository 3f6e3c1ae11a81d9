"""``cchc-desktop``: start the window."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, cli_vi, datadir
from ..demo import load_demo_if_empty, load_demo_on_first_run
from ..errors import CchcError
from ..store import Store
from .fonts import install_bundled_fonts, ui_font
from .main_window import MainWindow


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    cli_vi.install()
    parser = argparse.ArgumentParser(prog="cchc-desktop", description="Mở cửa sổ CCHC Desktop.")
    parser.add_argument("--data-dir", metavar="THƯ_MỤC",
                        help=f"thư mục dữ liệu (mặc định: biến môi trường {datadir.ENV_VAR} "
                             "hoặc thư mục dữ liệu của người dùng)")
    parser.add_argument("--demo", action="store_true",
                        help="nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống")
    return parser.parse_args(argv)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC")
    install_bundled_fonts()
    app.setFont(ui_font())
    return app


def open_main_window(data_dir, demo: bool = False) -> MainWindow:
    """Open the store (loading the demo plan on first run) and build the window."""
    store = Store.open(data_dir)
    try:
        if demo:
            load_demo_if_empty(store)
        else:
            load_demo_on_first_run(store)
    except CchcError as error:
        QMessageBox.warning(None, APP_NAME, error.message)
    return MainWindow(store, data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application()
    data_dir = datadir.resolve_data_dir(args.data_dir)
    try:
        window = open_main_window(data_dir, demo=args.demo)
    except CchcError as error:
        QMessageBox.critical(None, APP_NAME, error.message)
        return error.exit_code
    window.show()
    code = app.exec()
    window.store.close()
    return code
