"""Compiles the Qt Designer forms in ui/ into Python modules (cchc_desktop/gui/forms/ui_*.py).

The window reaches its widgets through the typed attributes these modules define, not by
looking them up by name. Run after editing a form:  .venv/bin/python scripts/compile_forms.py
(tests/test_forms.py fails when a compiled module is older than its form).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
TARGET = ROOT / "cchc_desktop" / "gui" / "forms"


def module_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n(]*))\n", re.M)


def used_imports_only(source: str) -> str:
    """The tool imports some thirty Qt classes whatever the form uses; importing a class makes
    PySide create it and its enums there and then (QGradient, QImage, QPalette… a few
    milliseconds each, at every start): only the names the form uses are kept."""
    body = _QT_IMPORT.sub("", source)

    def used(match: re.Match[str]) -> str:
        listed = match.group(2) if match.group(2) is not None else match.group(3)
        names = [name.strip() for name in listed.replace("\n", " ").split(",") if name.strip()]
        kept = [name for name in names if re.search(rf"\b{re.escape(name)}\b", body)]
        return f"from {match.group(1)} import ({', '.join(kept)})\n" if kept else ""

    return _QT_IMPORT.sub(used, source)


def compile_form(form: Path) -> str:
    """The generated Python source for ``form`` (without the tool's version-dependent header,
    and without the Qt imports it does not use)."""
    out = subprocess.run(
        [uic(), str(form)], check=True, capture_output=True, text=True, encoding="utf-8"
    ).stdout
    out = re.sub(r"^#{70,}\n## Form generated from reading UI file.*?#{70,}\n", "", out, flags=re.S | re.M)
    return used_imports_only(out)


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Forms compiled from ui/*.ui by scripts/compile_forms.py: do not edit by hand."""\n',
            encoding="utf-8",
        )
    for form in sorted(FORMS.glob("*.ui")):
        (TARGET / module_name(form)).write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {module_name(form)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
