"""``cchc-desktop``: start the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, cli_vi, datadir, paths
from ..demo import load_demo_if_empty, load_demo_on_first_run
from ..errors import CchcError, DamagedDatabaseError
from ..store import Store
from .fonts import install_bundled_fonts, ui_font
from .main_window import MainWindow
from .single_instance import SingleInstance


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    cli_vi.install()
    parser = argparse.ArgumentParser(prog="cchc-desktop", description="Mở cửa sổ CCHC Desktop.")
    parser.add_argument("--data-dir", metavar="THƯ_MỤC",
                        help=f"thư mục dữ liệu (mặc định: biến môi trường {datadir.ENV_VAR} "
                             "hoặc thư mục dữ liệu của người dùng)")
    parser.add_argument("--demo", action="store_true",
                        help="nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống")
    return parser.parse_args(argv)


def install_vietnamese_qt_texts(app: QApplication) -> bool:
    """Qt ships no Vietnamese for its own buttons and dialogs (Yes/No, Cancel, file dialog):
    resources/translations/qtbase_vi.ts supplies them (compiled to .qm with pyside6-lrelease)."""
    if getattr(app, "_cchc_translator", None) is not None:
        return True
    translator = QTranslator(app)
    if not translator.load(str(paths.resource("translations", "qtbase_vi.qm"))):
        return False
    app.installTranslator(translator)
    app._cchc_translator = translator  # keep it alive as long as the application
    return True


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC")
    install_bundled_fonts()
    install_vietnamese_qt_texts(app)
    app.setFont(ui_font())
    return app


def _recover_from_damage(data_dir: Path, damage: DamagedDatabaseError) -> Store:
    """Tell the user plainly; offer the newest good backup. The damaged file stays where it was moved."""
    store = Store.open(data_dir)
    newest = damage.newest_backup
    box = QMessageBox(QMessageBox.Warning, APP_NAME, damage.message)
    restore_button = None
    if newest is not None:
        restore_button = box.addButton(QApplication.translate("app", "Khôi phục bản sao lưu mới nhất"),
                                       QMessageBox.AcceptRole)
    box.addButton(QApplication.translate("app", "Bắt đầu với dữ liệu trống"), QMessageBox.RejectRole)
    box.exec()
    if restore_button is not None and box.clickedButton() is restore_button:
        try:
            store.restore_backup(newest.path)
        except CchcError as error:
            QMessageBox.warning(None, APP_NAME, error.message)
    # An empty database after damage is not a first run: the demo must not appear in its place.
    store.set_setting("demo_offered", "1")
    return store


def open_main_window(data_dir: Path, demo: bool = False) -> MainWindow:
    """Open the store (loading the demo plan on first run) and build the window."""
    try:
        store = Store.open(data_dir)
    except DamagedDatabaseError as damage:
        store = _recover_from_damage(data_dir, damage)
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
    guard = SingleInstance(data_dir)
    if not guard.acquire():
        if guard.ask_running_instance_to_show():
            return 0
        QMessageBox.warning(None, APP_NAME, QApplication.translate(
            "app", "Thư mục dữ liệu đang được một chương trình CCHC Desktop khác dùng:\n%1")
            .replace("%1", str(data_dir)))
        return 5
    try:
        window = open_main_window(data_dir, demo=args.demo)
    except CchcError as error:
        QMessageBox.critical(None, APP_NAME, error.message)
        guard.release()
        return error.exit_code
    guard.activation_requested.connect(window.bring_to_front)
    window.show()
    code = app.exec()
    window.store.close()
    guard.release()
    return code
