"""Pictures of the window as a user sees it, on the common office screen (1366×768).

Run under a real X server (XDG_CONFIG_HOME in a temporary folder: no remembered geometry):
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py docs/screenshots
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py --language en docs/screenshots/en

Writes one PNG per work area (the demo plan loaded into a temporary data folder, with a backup,
a plan in the trash and an upload package in the outbox), the import preview of the demo annex
opened from an Excel file, and the settings dialog. ``--language`` (vi or en; default: CCHC_LANG,
else the system's) is the interface language; documents stay in Vietnamese either way.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop.domain.edits import Changed
from cchc_desktop.gui.app import create_application, open_main_window


def _settle(app: QApplication, msecs: int = 400) -> None:
    QTimer.singleShot(msecs, app.quit)
    app.exec()


def _save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target))
    print(f"saved {target}")


def _import_preview(window, folder: Path, out: Path, app: QApplication) -> None:
    from cchc_desktop.exporters.xlsx_annex import write_annex_xlsx  # a real workbook, as users bring
    from cchc_desktop.gui.dialogs.import_annex import ImportAnnexDialog
    from cchc_desktop.services.imports import analyse_tables, read_tables

    source = folder / "phu-luc-cua-tung.xlsx"
    write_annex_xlsx(window.current_plan, source)
    tables = read_tables(source)
    units = window.ws.units.all()
    dialog = ImportAnnexDialog(
        tables, analyse_tables(tables, units), window.ws.plans.all(), units, source.name, None, window
    )
    dialog.show()
    _settle(app)
    _save(dialog, out / "import-preview.png")
    dialog.close()


def _settings(window, out: Path, app: QApplication) -> None:
    dialog = window.plan_actions.settings_dialog()
    _settle(app)
    _over_window(window, dialog, out / "settings.png")
    dialog.reject()


def _over_window(window, dialog, target: Path) -> None:
    """The window with the dialog where it stands over it (Xvfb has no compositor to grab)."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 40))
    painter.drawPixmap(dialog.geometry().topLeft() - window.geometry().topLeft(), dialog.grab())
    painter.end()
    picture.save(str(target))
    print(f"saved {target}")


def _history(ws, folder: Path) -> None:
    """What the later work areas list: a backup, a plan in the trash, a package in the outbox."""
    plan_id = ws.plans.all()[0].id
    ws.packages.create(plan_id, folder / "goi-nop-cua-tung.zip")
    ws.backups.create()
    copy = ws.plans.duplicate_for_next_period(plan_id).edit.steps[0].doc.id
    ws.plans.move_to_trash(copy)


def language_option(argv: Sequence[str], default_folder: str) -> tuple[str, Path]:
    """``[--language vi|en] [FOLDER]``: the interface language (through CCHC_LANG, as a user
    would start the program) and the output folder."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--language", choices=("vi", "en"), default=os.environ.get("CCHC_LANG") or None)
    parser.add_argument("folder", nargs="?", default=default_folder)
    args = parser.parse_args(argv)
    if args.language:
        os.environ["CCHC_LANG"] = args.language
    return args.language or "", Path(args.folder)


def main(argv: Sequence[str] | None = None) -> int:
    _language, out = language_option(sys.argv[1:] if argv is None else argv, "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        window = open_main_window(Path(tmp) / "data", demo=True)
        _history(window.ws, Path(tmp))
        window.notify(Changed(frozenset({"plans", "backups", "outbox"})))
        window.resize(1366, 728)  # the screen less a task bar
        window.show()
        _settle(app, 800)
        for index, page in enumerate(window.pages):
            window.nav.setCurrentRow(index)
            _settle(app)
            _save(window, out / f"{index + 1:02d}-{type(page).__name__.removesuffix('Page').lower()}.png")
        window.nav.setCurrentRow(0)
        _settle(app)
        _settings(window, out, app)
        _import_preview(window, Path(tmp), out, app)
        window.close()
        window.ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
