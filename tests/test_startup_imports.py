"""What the window's start loads and checks: nothing the first page does not need before it has
shown (documents, imports, the other work areas load when first used), the demo plan read without
the JSON schema, and the whole-file integrity check only when the database may have changed since
it was closed cleanly. Timings are bench/startup.py's, not asserted here."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cchc_desktop import datadir, paths
from cchc_desktop.interchange.plan_json import read_bundled_plan, read_plan_file
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import opening

ROOT = Path(__file__).resolve().parent.parent

# Loaded on first use, never to show the window.
NOT_AT_START = (
    "reportlab",
    "openpyxl",
    "docx",
    "jsonschema",
    "pypdfium2",
    "PySide6.QtPrintSupport",
    "cchc_desktop.exporters",
    "cchc_desktop.importers",
    "cchc_desktop.scoring",
    "cchc_desktop.domain.edits",
    "cchc_desktop.domain.targets",
    "cchc_desktop.domain.register_figures",
    "cchc_desktop.services.edits",
    "cchc_desktop.services.steps",
    "cchc_desktop.services.imports",
    "cchc_desktop.services.backups",
    "cchc_desktop.services.targets",
    "cchc_desktop.services.evidence",
    "cchc_desktop.services.documents",
    "cchc_desktop.services.packages",
    "cchc_desktop.services.criteria",
    "cchc_desktop.services.scoring",
    "cchc_desktop.gui.pages.tasks",
    "cchc_desktop.gui.pages.dashboard",
    "cchc_desktop.gui.pages.scoring",
    "cchc_desktop.gui.pages.reports",
    "cchc_desktop.gui.pages.units",
    "cchc_desktop.gui.pages.trash",
    "cchc_desktop.gui.pages.backups",
    "cchc_desktop.gui.dialogs",
    "cchc_desktop.gui.undo",
    "cchc_desktop.gui.print_preview",
    "hashlib",  # OpenSSL's: backups and evidence files
)
# Loaded by a first run only (the demo plan read, its records given identities).
FIRST_RUN_ONLY = ("cchc_desktop.interchange", "uuid")

# The window started as a user starts it, quitting once it has shown (CCHC_EXIT_AFTER_START);
# then the modules loaded, as JSON on the last line.
DRIVER = textwrap.dedent(
    """
    import json, sys
    from cchc_desktop.gui.app import main
    code = main(["--data-dir", sys.argv[1]])
    print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
    """
)


def _start_window(data_dir: Path, tmp_path: Path) -> set[str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "CCHC_EXIT_AFTER_START": "1",
            "CCHC_DATA_DIR": str(tmp_path / "env-data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
        }
    )
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    return set(result["modules"])


def _loaded_too_early(modules: set[str], names: tuple[str, ...] = NOT_AT_START) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_the_window_starts_without_what_its_first_page_does_not_need(tmp_path):
    data_dir = tmp_path / "data"
    first_run = _start_window(data_dir, tmp_path)  # a new folder: the demo plan is loaded
    assert datadir.database_path(data_dir).exists()
    assert _loaded_too_early(first_run) == []
    existing = _start_window(data_dir, tmp_path)  # the database of the run before
    assert _loaded_too_early(existing, NOT_AT_START + FIRST_RUN_ONLY) == []
    # The window did show its first page, with what that needs.
    assert {"cchc_desktop.gui.pages.plans", "cchc_desktop.services.register"} <= existing


def test_every_work_area_is_built_on_first_visit_with_its_own_title(window):
    from cchc_desktop.gui.main_window import PAGES

    assert len(window.built_pages()) == 1, "only the first page is built with the window"
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    pages = window.pages  # each built now
    assert [type(page).__name__ for page in pages] == [name for _module, name, _title in PAGES]
    assert [page.title() for page in pages] == titles
    for row, page in enumerate(pages):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is page
    assert window.built_pages() == pages


def test_the_bundled_demo_plan_reads_as_with_the_schema(tmp_path):
    demo = paths.demo_plan_path()
    assert read_bundled_plan(demo) == read_plan_file(demo)
    # A damaged bundled file gets the schema's own complaints after all.
    data = json.loads(demo.read_text(encoding="utf-8"))
    del data["sections"][0]["items"][0]["rows"]
    damaged = tmp_path / "demo.json"
    damaged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(Exception) as caught:
        read_bundled_plan(damaged)
    assert getattr(caught.value, "code", None) == "json.invalid"


@pytest.fixture
def whole_checks(monkeypatch) -> list[Path]:
    """The whole-file integrity checks made while opening."""
    checked: list[Path] = []
    real = opening.integrity_problem

    def counting(conn: sqlite3.Connection) -> str:
        checked.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn)

    monkeypatch.setattr(opening, "integrity_problem", counting)
    return checked


def test_after_a_clean_close_the_whole_file_is_not_checked_again(data_dir, demo_doc, whole_checks):
    from conftest import add_plan

    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
    assert len(whole_checks) == 1, "a new database"
    with Workspace.open(data_dir) as ws:
        assert len(ws.plans.all()) == 1
    assert len(whole_checks) == 1, "closed cleanly, untouched since"
    # A session that ends without closing (killed, power cut) leaves no note behind.
    ws = Workspace.open(data_dir)
    ws.db.conn.close()
    ws.db._session.release()
    Workspace.open(data_dir).close()
    assert len(whole_checks) == 2


def test_a_file_changed_after_a_clean_close_is_checked_whole(data_dir, demo_doc, whole_checks):
    from conftest import add_plan

    from cchc_desktop.errors import DamagedDatabaseError

    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
    db_file = datadir.database_path(data_dir)
    data = bytearray(db_file.read_bytes())
    data[4096 * 3 : 4096 * 5] = bytes(range(256)) * (2 * 4096 // 256)  # same size, pages damaged
    db_file.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        Workspace.open(data_dir)
    assert len(whole_checks) == 2
