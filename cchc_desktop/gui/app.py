"""``cchc-desktop``: start the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# isort: split
# The use cases the first page needs, before Qt: a module imported after PySide6 goes through
# its import hook, which reads the module's source again (some 10 ms over the core's modules).
from ..services import plans as _plans  # noqa: F401
from ..services import register as _register  # noqa: F401
from ..services import settings as _settings  # noqa: F401
from ..services.workspace import Workspace

# isort: split
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__, argparse_vi, datadir, paths
from ..errors import CchcError, DamagedDatabaseError
from ..i18n import fmt, language, set_language, translate
from ..logconsole import start_logging
from .fonts import UI_FONT_FILES, install_bundled_fonts, ui_font
from .main_window import MainWindow
from .single_instance import SingleInstance

LANGUAGE_ENV = "CCHC_LANG"
# Set by bench/startup.py: quit as soon as the window has shown, without closing it (no backup on
# close, no geometry saved), so that a run measures the start alone.
EXIT_AFTER_START_ENV = "CCHC_EXIT_AFTER_START"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line of the window, in the language of CCHC_LANG or the system (the setting
    is in the data folder, not open yet)."""
    wanted = choose_language()
    if wanted != language():
        set_language(wanted)
    argparse_vi.install()
    parser = argparse.ArgumentParser(
        prog="cchc-desktop", description=translate("App", "Mở cửa sổ CCHC Desktop.")
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "THƯ_MỤC"),
        help=fmt(
            translate(
                "Cli", "thư mục dữ liệu (mặc định: biến môi trường {env} hoặc thư mục dữ liệu của người dùng)"
            ),
            env=datadir.ENV_VAR,
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "App",
            "tự kiểm tra chương trình trong một thư mục tạm (cơ sở dữ liệu, tài liệu, gói nộp, cửa sổ), "
            "in kết quả rồi thoát; không đụng tới dữ liệu thật",
        ),
    )
    return parser.parse_args(argv)


def install_translations(app: QApplication, language: str) -> bool:
    """Qt's own buttons and dialogs (Vietnamese: resources/translations/qtbase_vi.qm, which Qt does
    not ship), and for English the program's own texts (cchc_en.qm) and the core's catalogue."""
    for old in getattr(app, "_cchc_translators", []):
        app.removeTranslator(old)
    installed = []
    names = ["qtbase_vi.qm"] if language == "vi" else [f"cchc_{language}.qm"]
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(paths.resource("translations", name))):
            app.installTranslator(translator)
            installed.append(translator)
    app._cchc_translators = installed  # keep them alive as long as the application
    app._cchc_language = language
    set_language(language)
    return bool(installed)


def install_vietnamese_qt_texts(app: QApplication) -> bool:
    return install_translations(app, "vi")


def choose_language(workspace: Workspace | None = None) -> str:
    """The setting, else CCHC_LANG, else the system's language (Vietnamese unless it is English)."""
    chosen = workspace.settings.language() if workspace is not None else None
    chosen = chosen or os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2] or None
    if chosen is None:
        chosen = "en" if QLocale.system().language() == QLocale.English else "vi"
    return chosen if chosen in ("vi", "en") else "vi"


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC")
    app.setApplicationVersion(__version__)
    icon = paths.resource("icons", "cchc.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_bundled_fonts(UI_FONT_FILES)
    install_translations(app, choose_language())
    app.setFont(ui_font())
    return app


def _start_logging(data_dir: Path) -> None:
    """The log file in the data folder (a console too with CCHC_CONSOLE=1); Qt's own warnings
    go there as well, then on to the handler that was there before (pytest-qt's, in tests)."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    start_logging("cchc-desktop", data_dir)
    qt_log = logging.getLogger("cchc.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO}
    previous = None

    def handler(kind, context, text) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", text)
        if previous is not None:
            previous(kind, context, text)
        elif kind != QtMsgType.QtDebugMsg and sys.stderr is not None:
            print(text, file=sys.stderr)  # as Qt's own handler would

    previous = qInstallMessageHandler(handler)


def _recover_from_damage(data_dir: Path, damage: DamagedDatabaseError, demo: bool) -> Workspace | None:
    """Tell the user plainly; offer the newest good backup or empty data. None: quit."""
    box = QMessageBox(QMessageBox.Warning, APP_NAME, damage.message)
    restore_button = None
    if damage.newest_backup is not None:
        restore_button = box.addButton(
            QApplication.translate("App", "Khôi phục bản sao lưu mới nhất"), QMessageBox.AcceptRole
        )
    empty_button = box.addButton(
        QApplication.translate("App", "Bắt đầu với dữ liệu trống"), QMessageBox.DestructiveRole
    )
    box.addButton(QApplication.translate("App", "Thoát"), QMessageBox.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button:
        from ..services import backups as backup_service

        try:
            result = backup_service.restore_unopened(data_dir, damage.newest_backup.path)
        except CchcError as error:
            QMessageBox.warning(None, APP_NAME, error.message)
            return None
        QMessageBox.information(
            None,
            APP_NAME,
            fmt(
                QApplication.translate("App", "Đã khôi phục từ bản sao lưu lúc {when} ({contents})."),
                when=result.source.created.strftime("%d/%m/%Y %H:%M"),
                contents=result.source.describe(),
            ),
        )
        return Workspace.open(data_dir)
    if clicked is empty_button:
        # An empty database after damage is not a first run: the demo must not appear in its place.
        return Workspace.open(data_dir, accept_empty=True, demo="if-empty" if demo else None)
    return None


def open_workspace(data_dir: Path, demo: bool = False) -> Workspace | None:
    """Open the data folder, recovering from damage with the user. None: the user chose to quit."""
    try:
        return Workspace.open(data_dir, demo="if-empty" if demo else "first-run")
    except DamagedDatabaseError as damage:
        return _recover_from_damage(data_dir, damage, demo)


def open_main_window(data_dir: Path, demo: bool = False) -> MainWindow | None:
    workspace = open_workspace(data_dir, demo)
    if workspace is None:
        return None
    app = QApplication.instance()
    language = choose_language(workspace)
    if isinstance(app, QApplication) and language != getattr(app, "_cchc_language", "vi"):
        install_translations(app, language)
    window = MainWindow(workspace)
    for notice in workspace.notices:
        if notice.code.startswith("db."):
            QMessageBox.warning(window, APP_NAME, str(notice))
        else:
            window.status(str(notice))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application()
    if args.self_test:  # before any data folder is opened: the self-test makes its own
        from .selftest import run_window_self_test

        return run_window_self_test()
    data_dir = datadir.resolve_data_dir(args.data_dir)
    guard = SingleInstance(data_dir)
    if not guard.acquire():
        if guard.ask_running_instance_to_show():
            return 0
        QMessageBox.warning(
            None,
            APP_NAME,
            fmt(
                QApplication.translate(
                    "App", "Thư mục dữ liệu đang được một chương trình CCHC Desktop khác dùng:\n{path}"
                ),
                path=data_dir,
            ),
        )
        return 5
    _start_logging(data_dir)
    try:
        window = open_main_window(data_dir, demo=args.demo)
    except CchcError as error:
        QMessageBox.critical(None, APP_NAME, error.message)
        guard.release()
        return error.exit_code
    if window is None:
        guard.release()
        return 5
    guard.activation_requested.connect(window.bring_to_front)
    window.show()
    if os.environ.get(EXIT_AFTER_START_ENV):  # bench/startup.py: the whole start, then quit
        from PySide6.QtCore import QTimer

        # After the events show() queued (offscreen: the first paint). exit(), not quit(): Qt 6's
        # quit() closes the windows first, and closing (geometry, a backup) is no part of a start.
        QTimer.singleShot(0, lambda: app.exit(0))
    code = app.exec()
    window.ws.close()
    guard.release()
    return code
