"""``python -m cchc_desktop``: the window (``python -m cchc_desktop.cli`` for the command line)."""

import sys

from cchc_desktop.gui.app import main

sys.exit(main())
