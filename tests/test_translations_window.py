"""The window in English, walked whole: every work area with data in it and every dialog it offers,
every text shown (titles, labels, buttons, tooltips, placeholders, tabs, combo items, menus,
headers and cells of the models) — no Vietnamese left but the user's own data; and no text of
ours asked of the translators without an English answer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from translation_sweep import (
    MissRecorder,
    RecordingTranslations,
    data_strings,
    vietnamese_left,
    widget_texts,
)

from cchc_desktop import i18n, paths
from cchc_desktop.domain.edits import Changed

KINDS = (
    "plans",
    "annex",
    "progress",
    "units",
    "targets",
    "evidence",
    "scores",
    "criteria",
    "backups",
    "outbox",
)


def _ts_contexts() -> set[str]:
    import xml.etree.ElementTree as ET

    root = ET.parse(paths.resource("translations", "cchc_en.ts")).getroot()
    return {context.findtext("name") or "" for context in root.iter("context")}


@pytest.fixture
def english(monkeypatch, qtbot):
    """The interface language English the way a user gets it (CCHC_LANG=en at start), with
    recorders of texts that found no translation, in the window's translators and the core's
    table; Vietnamese again afterwards for the other tests."""
    from cchc_desktop.gui.app import create_application, install_translations

    core = RecordingTranslations()
    monkeypatch.setattr(i18n, "_translations", core)
    monkeypatch.setenv("CCHC_LANG", "en")
    app = create_application()
    recorder = MissRecorder(_ts_contexts(), app)
    app.installTranslator(recorder)  # asked last: after the English one found nothing
    install_translations(app, "en")
    assert i18n.language() == "en"
    yield recorder, core
    app.removeTranslator(recorder)
    install_translations(app, "vi")
    assert i18n.language() == "vi"


def _fill(ws, folder: Path) -> None:
    """Data in every work area: progress, evidence, targets, an assessment partly scored with
    evidence, an upload package in the outbox, a backup, a plan in the trash."""
    plan_id = ws.plans.all()[0].id
    rows = ws.register.view(plan_id).rows
    ws.register.set_progress(rows[0].uuid, "done", done_on=dt.date(2025, 8, 1), note="Đã ban hành")
    ws.register.set_progress(rows[1].uuid, "in_progress", note="Đang triển khai")
    ws.register.set_progress(rows[2].uuid, "cancelled", reason="Chờ hướng dẫn của tỉnh")
    evidence = folder / "bien-ban.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban")
    ws.evidence.attach(rows[0].uuid, ws.evidence.store(evidence), number="07/BB-UBND", issuer="UBND xã")
    ws.targets.add_suggestions(plan_id, ws.targets.suggest(plan_id)[:4])
    sample = ws.criteria.all()[0]
    record = ws.scoring.create(sample.id, 2025, body="UBND xã Cửa Tùng", plan_id=plan_id)
    ws.scoring.update(record.id, "I.1.3", self_score="1")
    ws.scoring.update(record.id, "I.2.2", not_applicable=True, na_reason="Không có yêu cầu")
    stored = ws.scoring.store_evidence_file(evidence, ws.data_dir)
    ws.scoring.attach_evidence(record.id, "I.1.1", stored, number="215/KH-UBND")
    ws.packages.create(plan_id, folder / "goi-nop.zip")
    ws.backups.create()
    copy = ws.plans.duplicate_for_next_period(plan_id).edit.steps[0].doc.id
    ws.plans.move_to_trash(copy)


def _user_data(ws) -> list[str]:
    """The texts that are the user's (or the province's) and stay as written in any language."""
    from cchc_desktop.exporters.pdf import letterhead  # noqa: F401 (defaults of the letterhead)

    roots: list = [ws.settings.commune(), ws.settings.user_name]
    for summary in (*ws.plans.all(), *ws.plans.trash()):
        roots.append(ws.plans.document(summary.id))
        roots.append(summary)
    for criteria in ws.criteria.all():
        criteria_set = ws.criteria.get(criteria.id)
        roots.append(criteria_set)
        roots += [node.rule.describe() for node in criteria_set.leaves()]
    for record in ws.scoring.all():
        roots += [record, ws.scoring.load(record.id).assessment]
    roots += [use.document for use in ws.evidence.all()]
    roots += [entry for entry in ws.packages.outbox()]
    roots += [unit for unit in ws.units.all()]
    for summary in ws.plans.all():
        roots += [ws.targets.all(summary.id), ws.targets.suggest(summary.id)]
    return data_strings(*roots)


def _leftovers(widget: QWidget, data: list[str]) -> list[str]:
    out = []
    for where, text in widget_texts(widget):
        if text and vietnamese_left(text, data):
            out.append(f"{where}: {text!r}")
    return out


def _settle(qtbot, msecs: int = 50) -> None:
    qtbot.wait(msecs)


def test_every_work_area_and_dialog_speaks_english(english, data_dir, tmp_path, qtbot, monkeypatch):
    from cchc_desktop.gui.app import open_main_window

    recorder, core = english
    window = open_main_window(data_dir)
    qtbot.addWidget(window)
    assert i18n.language() == "en"
    _fill(window.ws, tmp_path)
    window.notify(Changed(frozenset(KINDS)))
    window.show()
    qtbot.waitExposed(window)
    data = _user_data(window.ws)
    found: list[str] = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        _settle(qtbot)
        found += [f"[{type(page).__name__}] {line}" for line in _leftovers(window, data)]
    found += [f"[dialogs] {line}" for line in _open_dialogs(window, qtbot, data, tmp_path)]
    found += [f"[asked] {line}" for line in _questions(window, qtbot, data, monkeypatch)]
    window.tasks.wait()
    misses = sorted(recorder.misses | core.misses)
    window.close()
    window.ws.close()
    report = ["texts without an English entry:", *(f"  [{c}] {s}" for c, s in misses)] if misses else []
    if found:
        report += ["Vietnamese left in the English window:", *(f"  {line}" for line in sorted(set(found)))]
    assert not report, "\n".join(report)


def _open_dialogs(window, qtbot, data: list[str], folder: Path) -> list[str]:
    """Each dialog the window offers, opened as the user opens it where it opens without
    blocking, else built as the window builds it; walked, then closed."""
    found: list[str] = []

    def walk(dialog) -> None:
        if dialog is None:
            return
        dialog.show()
        _settle(qtbot)
        found.extend(f"{type(dialog).__name__}: {line}" for line in _leftovers(dialog, data))
        dialog.close()

    window.nav.setCurrentRow(0)
    _settle(qtbot)
    walk(window.plan_actions.new_plan_dialog())
    walk(window.plan_actions.plan_form_dialog())
    walk(window.plan_actions.settings_dialog())
    walk(window.show_change_log())
    page = window.plans_page
    tree = page.ui.annexTree
    model = page.annex_model
    section = model.index(0, 0)
    item = model.index(0, 0, section)
    tree.setCurrentIndex(item)
    walk(page.actions.do_row_form())
    lead = model.index(0, 5, section)
    tree.setCurrentIndex(lead)
    tree.edit(lead)  # the unit picker
    _settle(qtbot)
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not window:
            found.extend(f"{type(top).__name__}: {line}" for line in _leftovers(top, data))
    found.extend(_leftovers(tree, data))
    tree.setCurrentIndex(item)
    walk(page.targets.suggest() if hasattr(page, "targets") else None)
    # The import preview and the new assessment dialog run modally: built as the window builds them.
    from cchc_desktop.exporters.xlsx_annex import write_annex_xlsx
    from cchc_desktop.gui.dialogs.import_annex import ImportAnnexDialog
    from cchc_desktop.gui.dialogs.new_assessment import NewAssessmentDialog
    from cchc_desktop.services.imports import analyse_tables, read_tables

    source = folder / "phu-luc.xlsx"
    write_annex_xlsx(window.current_plan, source)
    tables = read_tables(source)
    units = window.ws.units.all()
    data[:] = sorted({*data, *data_strings(*tables)}, key=len, reverse=True)  # the file's own texts
    walk(
        ImportAnnexDialog(
            tables, analyse_tables(tables, units), window.ws.plans.all(), units, source.name, None, window
        )
    )
    walk(NewAssessmentDialog(window.ws.criteria.all(), window.ws.plans.all(), 2026, window))
    return found


def _questions(window, qtbot, data: list[str], monkeypatch) -> list[str]:
    """What the window asks in message boxes, input and file dialogs (each answered "cancel"),
    every action of every page that asks something; and the boxes it opens without blocking."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    asked: list[tuple[str, str]] = []

    def recorder(kind: str, answer):
        def ask(*args, **kwargs):
            for value in (*args, *kwargs.values()):
                values = value if isinstance(value, (list, tuple)) else [value]
                asked.extend((kind, v) for v in values if isinstance(v, str))
            return answer

        return ask

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, recorder(f"QMessageBox.{name}", QMessageBox.No))
    monkeypatch.setattr(QMessageBox, "about", recorder("QMessageBox.about", None))
    for name in ("getText", "getItem", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, recorder(f"QInputDialog.{name}", ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", recorder("QInputDialog.getInt", (0, False)))
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, recorder(f"QFileDialog.{name}", ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", recorder("QFileDialog.getOpenFileNames", ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", recorder("QFileDialog.getExistingDirectory", ""))

    def select_first(view) -> None:
        if view.model() is not None and view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))
            view.selectRow(0) if hasattr(view, "selectRow") else None

    def visit(name: str) -> object:
        page = window.page_named(name)
        window.show_page(page)
        _settle(qtbot)
        return page

    files = window.files
    for ask in (
        files.import_json_dialog,
        files.export_json_dialog,
        files.import_annex_dialog,
        files.delete_plan_dialog,
        window.user_name_dialog,
        window.show_about,
    ):
        ask()
    tasks = visit("TasksPage")
    select_first(tasks.ui.registerTable)
    _settle(qtbot)
    tasks.panel.attach_dialog() if hasattr(tasks, "panel") else None
    scoring = visit("ScoringPage")
    scoring.select_code("I.1.1")
    _settle(qtbot)
    found = _leftovers(scoring, data)
    for ask in (
        "template_dialog",
        "import_criteria_dialog",
        "export_form_dialog",
        "fill_form_dialog",
        "report_dialog",
    ):
        getattr(scoring.actions, ask)()
    scoring.actions.finalise()
    scoring.panel.attach_dialog(0) if hasattr(scoring, "panel") else None
    reports = visit("ReportsPage")
    reports.export_dialog()
    outbox = reports.outbox
    outbox.package_dialog()
    outbox.verify_dialog()
    select_first(reports.ui.outboxTable) if hasattr(reports.ui, "outboxTable") else None
    outbox.mark_sent_dialog()
    units = visit("UnitsPage")
    select_first(units.ui.unitsTable)
    for ask in (units.add_dialog, units.rename_dialog, units.merge_dialog):
        ask()
    trash = visit("TrashPage")
    select_first(trash.ui.trashTable)
    trash.empty_dialog()
    backups = visit("BackupPage")
    select_first(backups.ui.backupTable)
    for ask in (backups.back_up_to_dialog, backups.restore_selected_dialog, backups.restore_from_file_dialog):
        ask()
    # A package checked (its result in a box that does not block), a document previewed.
    outbox.show_check(window.ws.packages.verify(Path(window.ws.packages.outbox()[0].path)))
    reports.print_document(preview=True)
    window.tasks.wait()
    qtbot.waitUntil(lambda: getattr(reports, "last_preview", None) is not None, timeout=20000)
    _settle(qtbot)
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not window:
            found += [f"{type(top).__name__}: {line}" for line in _leftovers(top, data)]
            top.close()
    found += [f"{kind}: {text!r}" for kind, text in asked if text and vietnamese_left(text, data)]
    assert {kind for kind, _text in asked} >= {
        "QMessageBox.question",
        "QInputDialog.getText",
        "QFileDialog.getSaveFileName",
    }
    return found
