"""Saves a picture of the main window with the demo plan (for README and visual checks).

Run under a real X server, e.g.:
  xvfb-run -a -s "-screen 0 1600x900x24" .venv/bin/python scripts/screenshot.py docs/screenshot.png
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from cchc_desktop.gui.app import create_application, open_main_window


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshot.png")
    app = create_application()
    with tempfile.TemporaryDirectory() as data_dir:
        window = open_main_window(Path(data_dir), demo=True)
        window.resize(1500, 860)
        window.show()

        def capture() -> None:
            window.grab().save(str(target))
            window.close()

        QTimer.singleShot(1500, capture)
        app.exec()
        window.store.close()
    print(f"saved {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
