"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cchc_desktop import paths  # noqa: E402
from cchc_desktop.interchange import read_plan_file  # noqa: E402
from cchc_desktop.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _no_stray_data_dir(monkeypatch, tmp_path):
    """No test may touch the real user data folder by accident."""
    monkeypatch.setenv("CCHC_DATA_DIR", str(tmp_path / "env-data"))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir):
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def demo_doc():
    return read_plan_file(paths.demo_plan_path())


@pytest.fixture
def window(qtbot, data_dir):
    """The main window on a fresh data folder (so with the demo plan), shown offscreen."""
    from cchc_desktop.gui.app import create_application, open_main_window

    create_application()
    win = open_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.background.wait()
    win.store.close()
