"""Entry point of the frozen command-line program ``cchc``."""

import sys

from cchc_desktop.cli import main

sys.exit(main())
