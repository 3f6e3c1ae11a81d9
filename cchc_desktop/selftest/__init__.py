"""The self-test: ``cchc-desktop --self-test`` and ``cchc selftest``, in a checkout as in the bundle.

In a temporary folder it opens a new database, loads the demo plan, records progress with an
evidence file, scores the sample criteria set, renders every document (plan, annex, filtered task
table, progress report, scoring report; PDF, Excel and Word), reads each back, reads the annex
workbook and Word file back through the importer, builds and verifies an upload package and makes
a verified backup: one line per check, ✓ or ✗ with what was found or what failed, in Vietnamese.
A check whose prerequisite failed is reported as skipped. Nothing outside the temporary folder is
touched; the folder is removed afterwards (``keep``: left for a look).

Qt-free and through the use cases only (``services``); the window adds its own checks (fonts,
translations, every work area, printing: gui/selftest.py) as extra :class:`Step` s.

- :mod:`.runner` — running the steps, the report, printing it;
- :mod:`.steps` — the checks;
- :mod:`.files` — reading PDF, Excel and Word files back with the bundled libraries.
"""

from .runner import (
    CheckFailed,
    CheckResult,
    SelfTest,
    SelfTestContext,
    SelfTestReport,
    Step,
    header,
    run_and_print,
)
from .steps import DOCUMENTS, REQUIRED_FONTS, REQUIRED_RESOURCES, check_resources, core_steps

__all__ = [
    "DOCUMENTS",
    "REQUIRED_FONTS",
    "REQUIRED_RESOURCES",
    "CheckFailed",
    "CheckResult",
    "SelfTest",
    "SelfTestContext",
    "SelfTestReport",
    "Step",
    "check_resources",
    "core_steps",
    "header",
    "run_and_print",
]
