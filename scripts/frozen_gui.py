"""Entry point of the frozen window program (PyInstaller needs a script, not a module path).

On Windows the window program has no console: PyInstaller leaves ``sys.stdout`` and
``sys.stderr`` as None. ``CCHC_CONSOLE=1`` opens one (cchc_desktop/logconsole.py); ``--self-test``
attaches to the console it was started from."""

import sys

from cchc_desktop.gui.app import main

sys.exit(main())
