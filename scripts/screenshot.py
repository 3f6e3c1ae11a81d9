"""Pictures of the window as a user sees it, on the common office screen (1366×768).

Run under a real X server:
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py docs/screenshots
  CCHC_LANG=en xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py docs/screenshots/en

Writes one PNG per work area (the demo plan loaded into a temporary data folder), and the import
preview of the demo annex opened from an Excel file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

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


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        window = open_main_window(Path(tmp) / "data", demo=True)
        window.resize(1366, 728)  # the screen less a task bar
        window.show()
        _settle(app, 800)
        for index, page in enumerate(window.pages):
            window.nav.setCurrentRow(index)
            _settle(app)
            _save(window, out / f"{index + 1:02d}-{type(page).__name__.removesuffix('Page').lower()}.png")
        window.nav.setCurrentRow(0)
        _import_preview(window, Path(tmp), out, app)
        window.close()
        window.ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
