"""``cchc-desktop --self-test``: the core's self-test (cchc_desktop/selftest.py) and what only the
window needs: the bundled fonts and translations, the icon, the main window with every work area
(each page is built, so a missing form or module shows here) and printing through pdfium and
QtPrintSupport. No window is shown; nothing is written outside the self-test's temporary folder
(the window is never closed, so it saves no geometry and makes no backup of its own)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME, paths
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..logconsole import attach_console
from ..selftest import CheckFailed, SelfTestContext, Step, run_and_print

define_messages(
    {
        "selftest.qt_fonts": QT_TRANSLATE_NOOP("Messages", "Phông chữ tiếng Việt cho giao diện"),
        "selftest.qt_translations": QT_TRANSLATE_NOOP("Messages", "Bản dịch giao diện"),
        "selftest.qt_icon": QT_TRANSLATE_NOOP("Messages", "Biểu tượng chương trình"),
        "selftest.qt_window": QT_TRANSLATE_NOOP("Messages", "Cửa sổ chính và các khu vực làm việc"),
        "selftest.qt_print": QT_TRANSLATE_NOOP("Messages", "In và xem trước bản in"),
        "selftest.qt_print_found": QT_TRANSLATE_NOOP("Messages", "{pages} trang vẽ ra máy in (tệp PDF thử)"),
        "selftest.qt_placeholder": QT_TRANSLATE_NOOP("Messages", "chưa có ở phiên bản này: {pages}"),
        "selftest.qt_not_loaded": QT_TRANSLATE_NOOP("Messages", "không nạp được {names}"),
    }
)

WANTED_FAMILIES = ("Liberation Sans", "Liberation Serif")
TRANSLATIONS = ("qtbase_vi.qm", "cchc_en.qm")


def check_fonts(_ctx: SelfTestContext) -> str:
    from .fonts import install_bundled_fonts

    families = install_bundled_fonts()
    missing = [family for family in WANTED_FAMILIES if family not in families]
    if missing:
        raise CheckFailed(Message("selftest.qt_not_loaded", names=", ".join(missing)))
    return ", ".join(families)


def check_translations(_ctx: SelfTestContext) -> str:
    from PySide6.QtCore import QTranslator

    failed = [
        name for name in TRANSLATIONS if not QTranslator().load(str(paths.resource("translations", name)))
    ]
    if failed:
        raise CheckFailed(Message("selftest.qt_not_loaded", names=", ".join(failed)))
    return ", ".join(TRANSLATIONS)


def check_icon(_ctx: SelfTestContext) -> str:
    path = paths.resource("icons", "cchc.png")
    icon = QIcon(str(path))
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        raise CheckFailed(Message("selftest.qt_not_loaded", names=path.name))
    return path.name


def check_window(ctx: SelfTestContext) -> str:
    from .main_window import MainWindow
    from .pages.placeholder import PlaceholderPage

    window = MainWindow(ctx.workspace)
    try:
        titles = [page.title() for page in window.pages]
        missing = [page.title() for page in window.pages if isinstance(page, PlaceholderPage)]
    finally:
        window.tasks.wait()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    # A work area that has not been written yet shows a placeholder; that is the version's state,
    # not a fault, so it is named and the check passes. A page module left out of a bundle looks
    # the same here: tests/test_bundle.py compares this line with the one from the source tree.
    found = ", ".join(titles)
    if missing:
        return f"{found}; {Message('selftest.qt_placeholder', pages=', '.join(missing))}"
    return found


def check_printing(ctx: SelfTestContext) -> Message:
    """The one-page task table painted onto a PDF printer, as the print preview paints it."""
    from PySide6.QtPrintSupport import QPrinter

    from .print_preview import PdfPages

    source = ctx.files[("tasks", "pdf")]
    pages = PdfPages(source.read_bytes())
    target = ctx.folder / "in-thu.pdf"
    try:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(target))
        painted = pages.paint(printer)
    finally:
        pages.close()
    if painted != len(pages) or not target.is_file() or target.stat().st_size == 0:
        raise CheckFailed(Message("selftest.qt_not_loaded", names=target.name))
    return Message("selftest.qt_print_found", pages=painted)


def window_steps() -> list[Step]:
    return [
        Step("qt.fonts", Message("selftest.qt_fonts"), check_fonts),
        Step("qt.translations", Message("selftest.qt_translations"), check_translations),
        Step("qt.icon", Message("selftest.qt_icon"), check_icon),
        Step("qt.window", Message("selftest.qt_window"), check_window, ("demo",)),
        Step("qt.print", Message("selftest.qt_print"), check_printing, ("tasks.pdf",)),
    ]


def run_window_self_test(keep: bool = False) -> int:
    """Print every check (a console is attached on Windows, where the window program has none);
    with no console at all, the result comes in a message box. 0 when every check passed."""
    has_console = attach_console(create=False)
    report = run_and_print(sys.stdout if has_console else None, extra=window_steps(), keep=keep)
    if not has_console:
        lines = [result.line() for result in report.results if not result.ok] or [report.summary()]
        box = QMessageBox.information if report.ok else QMessageBox.warning
        box(None, APP_NAME, "\n".join([report.summary(), *lines[:20]]))
    return 0 if report.ok else 1
