"""Entry point of the frozen window program (PyInstaller needs a script, not a module path)."""

import sys

from cchc_desktop.gui.app import main

sys.exit(main())
