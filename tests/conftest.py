"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database file."""

from __future__ import annotations

import copy
import os

# Offscreen, on a screen the size of the common office one (1366×768): windows must fit it.
_SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "office-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cchc_desktop import paths  # noqa: E402
from cchc_desktop.interchange.plan_json import read_plan_file  # noqa: E402
from cchc_desktop.services.workspace import Workspace  # noqa: E402


@pytest.fixture(autouse=True)
def _no_stray_data_dir(monkeypatch, tmp_path):
    """No test may touch the real user data folder or the user's window settings by accident."""
    monkeypatch.setenv("CCHC_DATA_DIR", str(tmp_path / "env-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("CCHC_LANG", raising=False)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(request, monkeypatch):
    """A message box nobody answers would hang an offscreen test: record it instead and fail
    the test, unless the test expects boxes (it then patches QMessageBox itself)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda *args, _n=name, **kw: shown.append(f"{_n}: {args[2:3]}") or QMessageBox.No,
        )
    yield
    assert not shown, f"unexpected message boxes: {shown}"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def ws(data_dir):
    opened = Workspace.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def demo_doc():
    return read_plan_file(paths.demo_plan_path())


def add_plan(workspace: Workspace, doc) -> int:
    """Store a copy of ``doc`` as a new plan (fresh identities); return its id."""
    from cchc_desktop.services.plans import fresh_identities

    applied = workspace.plans.create(fresh_identities(copy.deepcopy(doc)))
    return applied.edit.steps[0].doc.id


@pytest.fixture
def window(qtbot, data_dir):
    """The main window on a fresh data folder (so with the demo plan), shown offscreen."""
    from cchc_desktop.gui.app import create_application, open_main_window

    create_application()
    win = open_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.tasks.wait()
    win.ws.close()
