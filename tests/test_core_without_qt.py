"""The core (domain, storage, importers, exporters, services, CLI) must run where Qt cannot load."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap

import cchc_desktop

_BLOCKER = textwrap.dedent("""
    import importlib.abc, sys
    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
                raise ImportError('Qt bị chặn trong bài kiểm tra: ' + name)
            return None
    sys.meta_path.insert(0, BlockQt())
""")


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(cchc_desktop.__path__, "cchc_desktop."):
        if info.name.startswith("cchc_desktop.gui") or info.name.endswith(".__main__"):
            continue
        names.append(info.name)
    return names


def _run_blocked(code: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _BLOCKER + code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=120,
    )


def test_every_core_module_imports_with_qt_blocked(tmp_path):
    modules = _core_modules()
    assert {
        "cchc_desktop.storage.session",
        "cchc_desktop.services.workspace",
        "cchc_desktop.cli.main",
    } <= set(modules)
    code = "import importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "assert not any(k.startswith('PySide6') for k in sys.modules)\nprint('ok')"
    result = _run_blocked(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_blocker_really_blocks_the_gui(tmp_path):
    result = _run_blocked("import cchc_desktop.gui.app", tmp_path)
    assert result.returncode != 0
    assert "Qt bị chặn" in result.stderr


def test_cli_works_with_qt_blocked(tmp_path):
    code = (
        f"from cchc_desktop.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'd')!r}, '--demo', 'plans', '--json']))"
    )
    result = _run_blocked(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Cửa Tùng" in result.stdout
