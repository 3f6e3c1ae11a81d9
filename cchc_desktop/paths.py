"""Where the bundled folders (db/, resources/, ui/) are, in every way the program can run.

Three layouts:
- frozen by PyInstaller: next to the executable's unpacked files (``sys._MEIPASS``);
- installed (wheel): inside the package, as ``cchc_desktop/db`` etc. (pyproject maps them);
- source checkout: at the repository's top level, one folder above the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR / name)
    found.append(_PACKAGE_DIR.parent / name)
    return found


def bundled_dir(name: str) -> Path:
    """The first existing folder called ``name`` among the layouts above."""
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FileNotFoundError(f"Không tìm thấy thư mục '{name}' của chương trình (đã tìm: {tried})")


def migrations_dir() -> Path:
    return bundled_dir("db")


def resources_dir() -> Path:
    return bundled_dir("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def ui_dir() -> Path:
    return bundled_dir("ui")


def demo_plan_path() -> Path:
    return resource("demo", "commune-plan-cua-tung-2025H2.json")


def interchange_schema_path() -> Path:
    return resource("schema", "cchc-plan-v2.schema.json")
