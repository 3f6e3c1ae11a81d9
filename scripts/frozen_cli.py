"""Entry point of the frozen command-line program ``cchc`` (a console program on Windows)."""

import sys

from cchc_desktop.cli import main

sys.exit(main())
