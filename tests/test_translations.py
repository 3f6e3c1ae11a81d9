"""The English interface, apart from the window walk (test_translations_window.py): every text the
code shows has an English entry that keeps its placeholders, mnemonics and tags; the compiled .qm
says what the .ts says; the core and the command line speak the chosen language; the language
is chosen by the setting, else CCHC_LANG, else the system; and documents stay in Vietnamese
whatever the interface language, because they are official papers."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
import pkgutil
import re
import threading
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import add_plan
from translation_sweep import VIETNAMESE, vietnamese_left

import cchc_desktop
from cchc_desktop import cli, i18n, paths
from cchc_desktop.errors import NotFoundError

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "cchc_en.ts"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_PERCENT = re.compile(r"%(\d+|n)")


def _messages() -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished) of every entry of the .ts."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and translation.text
            out.append((name, message.findtext("source") or "", translation.text if done else None))
    return out


def _mnemonics(text: str) -> int:
    text = re.sub(r"&(amp|lt|gt|quot|apos|nbsp|#\d+);", "", text.replace("&&", ""))
    return len(re.findall(r"&(?=\S)", text))


@pytest.fixture
def language():
    """Switch the core's language in a test; Vietnamese again afterwards, for the other tests."""
    yield i18n.set_language
    assert i18n.set_language("vi")


# --- the translation file -----------------------------------------------------------------------


def test_every_text_of_the_code_has_an_english_entry():
    """What ``scripts/update_translations.py --check`` checks: a fresh extraction from the code
    (window, command line, catalogue, forms) finds no text without a finished translation."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.missing("en") == []
    assert all(translation for _context, _source, translation in _messages())


def test_english_entries_keep_placeholders_mnemonics_tags_and_lines():
    wrong = []
    for context, source, translation in _messages():
        if translation is None:
            continue
        checks = {
            "placeholders": (set(_PLACEHOLDER.findall(source)), set(_PLACEHOLDER.findall(translation))),
            "mnemonics": (_mnemonics(source), _mnemonics(translation)),
            "tags": (
                sorted(t.lower() for t in _TAG.findall(source)),
                sorted(t.lower() for t in _TAG.findall(translation)),
            ),
            "%-arguments": (sorted(_PERCENT.findall(source)), sorted(_PERCENT.findall(translation))),
            "ends with ':'": (source.rstrip().endswith(":"), translation.rstrip().endswith(":")),
            "ends with '…'": (source.endswith("…"), translation.endswith("…")),
            "outer spaces": (
                (source[:1] == " ", source[-1:] == " "),
                (translation[:1] == " ", translation[-1:] == " "),
            ),
        }
        wrong += [
            f"[{context}] {source!r} → {translation!r}: {what}" for what, (a, b) in checks.items() if a != b
        ]
    assert not wrong, "\n".join(wrong)


def test_english_entries_keep_vietnamese_only_in_quoted_examples_and_names():
    """The user types Vietnamese («đúng hạn», «Quý IV/2025») and names stay names (Cửa Tùng);
    nothing else of an English entry is Vietnamese."""
    left = [
        f"[{context}] {translation!r}"
        for context, _source, translation in _messages()
        if translation and vietnamese_left(translation)
    ]
    assert not left, "\n".join(left)


def test_the_compiled_translations_say_what_the_ts_file_says():
    """cchc_en.qm (what the window loads) answers every entry of cchc_en.ts with its translation:
    a .ts edited without running scripts/update_translations.py fails here."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(paths.resource("translations", "cchc_en.qm")))
    stale = [
        f"[{context}] {source!r}: {translator.translate(context, source)!r} ≠ {translation!r}"
        for context, source, translation in _messages()
        if translation is not None and translator.translate(context, source) != translation
    ]
    assert not stale, "run scripts/update_translations.py:\n" + "\n".join(stale[:20])


def _import_everything() -> None:
    for module in pkgutil.walk_packages(cchc_desktop.__path__, "cchc_desktop."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def test_every_catalogue_message_has_an_english_entry():
    """Each template registered with define_messages, in every module, reached lupdate: its
    (Messages, template) is in the .ts with a translation."""
    _import_everything()
    english = {(c, s): t for c, s, t in _messages()}
    missing = [
        f"{code}: {i18n.message_template(code)!r}"
        for code in i18n.registered_codes()
        if not english.get((i18n.MESSAGES_CONTEXT, i18n.message_template(code) or ""))
    ]
    assert not missing, "\n".join(missing)


# --- the core and the command line ---------------------------------------------------------------


def test_core_messages_follow_the_language(language):
    from cchc_desktop.domain import status_label

    error = NotFoundError("plan.not_found", reference="99")
    vietnamese = (status_label("done"), error.message)
    assert language("en")
    assert status_label("done") == "Done"
    assert error.message != vietnamese[1] and not VIETNAMESE.search(error.message)
    assert language("vi")
    assert (status_label("done"), error.message) == vietnamese == ("Hoàn thành", vietnamese[1])


def test_source_language_is_for_one_thread_only(language):
    """A worker writing a document gets the Vietnamese source while the window's thread, at the
    same moment, keeps translating."""
    from cchc_desktop.domain import status_label

    assert language("en")
    inside, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def worker() -> None:
        with i18n.source_language():
            seen.append(status_label("done"))
            inside.set()
            release.wait(5)
            seen.append(status_label("done"))
        seen.append(status_label("done"))

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    assert status_label("done") == "Done"  # this thread, while the worker is inside
    release.set()
    thread.join(5)
    assert seen == ["Hoàn thành", "Hoàn thành", "Done"]


def _subcommands(parser) -> list[list[str]]:
    """Every command path of the parser: ["plans"], ["trash", "restore"]…"""
    import argparse

    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append([name])
                out += [[name, *rest] for rest in _subcommands(sub)]
    return out


def _cli(capsys, *args) -> tuple[int, str, str]:
    try:
        code = cli.run([str(a) for a in args])
    except SystemExit as done:
        code = int(done.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_help_is_english_with_cchc_lang(monkeypatch, capsys, language):
    monkeypatch.setenv("CCHC_LANG", "en")
    code, out, _err = _cli(capsys, "--help")
    assert code == 0 and "usage: cchc" in out and "show this help message and exit" in out
    assert "list the plans" in out
    from cchc_desktop.cli.main import build_parser

    commands = _subcommands(build_parser(["--help"]))
    assert len(commands) > 30
    left = []
    for command in commands:
        code, out, err = _cli(capsys, *command, "--help")
        assert code == 0, (command, err)
        left += [f"cchc {' '.join(command)}: {line!r}" for line in out.splitlines() if vietnamese_left(line)]
    assert not left, "\n".join(left)


def test_command_line_speaks_the_language_of_cchc_lang(monkeypatch, capsys, data_dir, language, demo_doc):
    monkeypatch.setenv("CCHC_LANG", "en")
    code, _out, err = _cli(
        capsys, "--data-dir", data_dir, "export", "plan", "99", "--format", "pdf", "-o", data_dir / "x.pdf"
    )
    assert code == 3 and err.startswith("Error: ") and not vietnamese_left(err), err
    code, _out, err = _cli(capsys, "--data-dir", data_dir, "plans", "--bogus")
    assert code == 2 and "unrecognized arguments: --bogus" in err
    code, out, _err = _cli(
        capsys, "--data-dir", data_dir, "--demo", "dashboard", "1", "--as-of", "2025-10-01"
    )
    head = out.splitlines()[1]
    assert code == 0 and head.split()[:3] == ["Area", "Rows", "Done"], head
    code, out, _err = _cli(capsys, "--data-dir", data_dir, "plans")
    assert out.split()[:3] == ["ID", "Period", "Area"] and "Second half of 2025" in out
    monkeypatch.delenv("CCHC_LANG")
    code, _out, err = _cli(
        capsys, "--data-dir", data_dir, "export", "plan", "99", "--format", "pdf", "-o", data_dir / "x.pdf"
    )
    assert code == 3 and err.startswith("Lỗi: ") and VIETNAMESE.search(err)
    code, out, _err = _cli(capsys, "--data-dir", data_dir, "plans")
    assert out.split()[:3] == ["ID", "Kỳ", "Lĩnh"] and "6 tháng cuối năm 2025" in out
    code, _out, err = _cli(capsys, "--data-dir", data_dir, "plans", "--bogus")
    assert "không hiểu tham số: --bogus" in err


def test_window_command_line_help_follows_cchc_lang(monkeypatch, capsys, language):
    from cchc_desktop.gui.app import parse_args

    monkeypatch.setenv("CCHC_LANG", "en")
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert "Open the CCHC Desktop window." in out and "--self-test" in out
    assert not [line for line in out.splitlines() if vietnamese_left(line)], out
    monkeypatch.setenv("CCHC_LANG", "vi")
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "Mở cửa sổ CCHC Desktop." in capsys.readouterr().out


# --- choosing the language ---------------------------------------------------------------------


def test_the_language_is_the_setting_else_cchc_lang_else_the_system(ws, monkeypatch):
    from PySide6.QtCore import QLocale

    from cchc_desktop.gui import app

    system = {"language": QLocale.Vietnamese}
    monkeypatch.setattr(app.QLocale, "system", staticmethod(lambda: QLocale(system["language"])))
    assert app.choose_language(ws) == "vi"
    system["language"] = QLocale.English
    assert app.choose_language(ws) == "en" and app.choose_language() == "en"
    system["language"] = QLocale.French  # neither: the program's own language
    assert app.choose_language(ws) == "vi"
    monkeypatch.setenv("CCHC_LANG", "en_GB.UTF-8")
    assert app.choose_language(ws) == "en"
    ws.settings.set_language("vi")
    assert app.choose_language(ws) == "vi" and app.choose_language() == "en"
    ws.settings.set_language(None)  # "follow the system" again
    assert ws.settings.language() is None and app.choose_language(ws) == "en"
    monkeypatch.setenv("CCHC_LANG", "de")
    assert app.choose_language(ws) == "vi"


def test_the_settings_dialog_stores_the_language_for_the_next_start(qtbot, data_dir, monkeypatch):
    """Chosen in the dialog, stored in the data folder, in effect when the window next opens
    (the dialog says so), and back to "follow the system" when chosen so."""
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.gui.app import create_application, install_translations, open_main_window

    create_application()
    window = open_main_window(data_dir)
    qtbot.addWidget(window)
    try:
        dialog = window.plan_actions.settings_dialog()
        combo = dialog.ui.languageCombo
        assert [combo.itemData(i) for i in range(combo.count())] == ["", "vi", "en"]
        assert combo.currentData() == "" and "Tài liệu" in dialog.ui.languageNote.text()
        combo.setCurrentIndex(combo.findData("en"))
        assert "lần mở chương trình sau" in dialog.ui.languageNote.text()
        dialog._accept()
        assert window.ws.settings.language() == "en"
        assert "lần mở chương trình sau" in window.statusBar().currentMessage()
        assert window.windowTitle().startswith("CCHC Desktop – Kế hoạch")  # until the next start
        window.close()
        window.ws.close()

        window = open_main_window(data_dir)  # the next start
        qtbot.addWidget(window)
        assert window.windowTitle() == "CCHC Desktop – Administrative reform plans and reform index"
        assert i18n.language() == "en" and window.nav.item(0).text() == "Plans"
        dialog = window.plan_actions.settings_dialog()
        assert dialog.ui.languageCombo.currentData() == "en"
        dialog.ui.languageCombo.setCurrentIndex(0)
        dialog._accept()
        assert window.ws.settings.language() is None
    finally:
        install_translations(QApplication.instance(), "vi")
        window.close()
        window.ws.close()
    assert i18n.language() == "vi"


# --- documents stay in Vietnamese -----------------------------------------------------------------


_CLOCK = dt.datetime(2026, 1, 10, 9, 0)
_AS_OF = dt.date(2025, 12, 31)


def _document_texts(path: Path) -> list[str]:
    """The text a reader of the file sees: PDF pages, every cell of every sheet, Word paragraphs,
    tables, headers and footers; for a package, its members' names, its JSON and its documents."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from test_pdf_support import all_text, reader

        return [all_text(reader(path.read_bytes()))]
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        out = []
        for sheet in book.worksheets:
            out.append(sheet.title)
            out += [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
            out += [str(part.text) for part in (sheet.oddHeader.center, sheet.oddFooter.center) if part.text]
        return out
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        out = [p.text for p in document.paragraphs]
        for table in document.tables:
            out += [cell.text for row in table.rows for cell in row.cells]
        for section in document.sections:
            out += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
        return out
    if suffix == ".zip":
        out = []
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            documents = {entry["path"] for entry in manifest["files"] if entry["kind"] == "document"}
            for entry in manifest["files"]:  # a document's bytes hold when it was made: its text is compared
                if entry["path"] in documents:
                    del entry["sha256"], entry["size"]
            for info in archive.infolist():
                out.append(info.filename)
                data = archive.read(info)
                if info.filename == "manifest.json":
                    out.append(json.dumps(manifest, ensure_ascii=False, sort_keys=True))
                elif info.filename.endswith(".json"):
                    out.append(json.dumps(json.loads(data), ensure_ascii=False, sort_keys=True))
                elif info.filename in documents:
                    inner = path.parent / f"member-{len(out)}{Path(info.filename).suffix}"
                    inner.write_bytes(data)
                    out += _document_texts(inner)
        return out
    raise AssertionError(path)


def _write_documents(ws, plan_id: int, assessment_id: int, folder: Path) -> dict[str, list[str]]:
    """Every document the program writes, written into ``folder``: name → its texts."""
    from cchc_desktop.domain.register import RegisterFilter
    from cchc_desktop.services.documents import TaskFilter

    folder.mkdir()
    documents = ws.documents
    prepared = {
        "plan.pdf": documents.plan(plan_id, "pdf"),
        "plan.docx": documents.plan(plan_id, "docx"),
        "progress.pdf": documents.progress(plan_id, "pdf", period="h2", as_of=_AS_OF),
        "progress.xlsx": documents.progress(plan_id, "xlsx", period="q3", as_of=_AS_OF),
        "score.pdf": documents.score(assessment_id, "pdf"),
        "score.xlsx": documents.score(assessment_id, "xlsx"),
    }
    # The task tables carry a line saying what their filter keeps: status names among it.
    wanted = RegisterFilter(statuses=frozenset({"not_started", "in_progress"}), overdue=True)
    statuses = TaskFilter(statuses=("done", "cancelled", "not_started"))
    for fmt in ("pdf", "xlsx", "docx"):
        prepared[f"annex.{fmt}"] = documents.annex(plan_id, fmt)
        prepared[f"tasks.{fmt}"] = documents.annex(plan_id, fmt, task_filter=statuses)
        prepared[f"register.{fmt}"] = documents.annex(plan_id, fmt, register_filter=wanted)
    texts = {}
    for name, document in prepared.items():
        texts[name] = _document_texts(document.write(folder / name))
    texts["printed.pdf"] = [_pdf_text(prepared["progress.pdf"].pdf_bytes(), folder)]
    ws.scoring.write_form(assessment_id, folder / "form.xlsx")
    texts["form.xlsx"] = _document_texts(folder / "form.xlsx")
    ws.criteria.write_template(folder / "template.xlsx")
    texts["template.xlsx"] = _document_texts(folder / "template.xlsx")
    written, _entry = ws.packages.create(plan_id, folder / "package.zip", assessment_id=assessment_id)
    texts["package.zip"] = _document_texts(written.path)
    return {name: [_without_times(t) for t in found] for name, found in texts.items()}


def _pdf_text(data: bytes, folder: Path) -> str:
    target = folder / "printed.pdf"
    target.write_bytes(data)
    return _document_texts(target)[0]


def _without_times(text: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\dT[\d:.+]+|\d\d:\d\d(:\d\d)?", "<time>", text)


@pytest.fixture
def scored(data_dir, demo_doc):
    """A workspace on a fixed clock: the demo plan with progress in every state, evidence, and an
    assessment partly scored with evidence."""
    from cchc_desktop.services.workspace import Workspace

    ws = Workspace.open(data_dir, clock=lambda: _CLOCK)
    try:
        yield (ws, *_score(ws, data_dir, demo_doc))
    finally:
        ws.close()


def _score(ws, data_dir: Path, demo_doc) -> tuple[int, int]:
    plan_id = add_plan(ws, demo_doc)
    rows = ws.register.view(plan_id).rows
    ws.register.set_progress(rows[0].uuid, "done", done_on=dt.date(2025, 8, 1), note="Đã ban hành")
    ws.register.set_progress(rows[1].uuid, "in_progress", note="Đang triển khai")
    ws.register.set_progress(rows[2].uuid, "cancelled", reason="Chờ hướng dẫn của tỉnh")
    ws.register.set_progress(rows[3].uuid, "done", done_on=dt.date(2025, 12, 30))  # late
    ws.targets.add_suggestions(plan_id, ws.targets.suggest(plan_id)[:3])
    evidence = data_dir.parent / "bien-ban.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban")
    ws.evidence.attach(rows[0].uuid, ws.evidence.store(evidence), number="07/BB-UBND")
    record = ws.scoring.create(ws.criteria.all()[0].id, 2025, body="UBND xã Cửa Tùng", plan_id=plan_id)
    ws.scoring.update(record.id, "I.1.3", self_score="1")
    ws.scoring.update(record.id, "I.2.2", not_applicable=True, na_reason="Không có yêu cầu")
    ws.scoring.attach_evidence(record.id, "I.1.1", ws.scoring.store_evidence_file(evidence, ws.data_dir))
    ws.scoring.appraise(record.id, "I.1.3", 1, score="0,5", comment="Thiếu tài liệu")
    return plan_id, record.id


def test_documents_are_the_same_in_vietnamese_whatever_the_interface_language(scored, tmp_path, language):
    ws, plan_id, assessment_id = scored
    vietnamese = _write_documents(ws, plan_id, assessment_id, tmp_path / "vi")
    assert language("en")
    from cchc_desktop.domain import status_label

    assert status_label("done") == "Done"  # the interface does speak English
    english = _write_documents(ws, plan_id, assessment_id, tmp_path / "en")
    assert set(english) == set(vietnamese)
    for name in vietnamese:
        assert english[name] == vietnamese[name], name
    joined = "\n".join(t for texts in vietnamese.values() for t in texts)
    assert "Hoàn thành" in joined and "Chưa thực hiện" in joined and "Done" not in joined


def test_documents_written_on_a_worker_thread_stay_vietnamese(scored, tmp_path, language):
    """As the window does it: prepared on its thread, written on a worker, English interface."""
    ws, plan_id, _assessment_id = scored
    expected = _document_texts(
        ws.documents.progress(plan_id, "xlsx", as_of=_AS_OF).write(tmp_path / "vi.xlsx")
    )
    assert language("en")
    prepared = ws.documents.progress(plan_id, "xlsx", as_of=_AS_OF)
    thread = threading.Thread(target=lambda: prepared.write(tmp_path / "en.xlsx"))
    thread.start()
    thread.join(60)
    assert _document_texts(tmp_path / "en.xlsx") == expected


def test_lost_points_enter_the_plan_in_vietnamese(scored, language):
    """Rows the program writes into a plan are the plan's text (it is printed): Vietnamese."""
    ws, plan_id, assessment_id = scored
    codes = [loss.code for loss in ws.scoring.lost_points(assessment_id)][:1]
    assert codes
    before = {row.uuid for row in ws.register.view(plan_id).rows}

    def added() -> list[tuple[str, str]]:
        applied = ws.scoring.losses_to_plan(assessment_id, codes, plan_id)
        rows = [(r.task, r.result) for r in ws.register.view(plan_id).rows if r.uuid not in before]
        ws.edits.replay(applied.edit.inverse())
        return rows

    vietnamese = added()
    assert language("en")
    assert added() == vietnamese and VIETNAMESE.search(vietnamese[0][0])


def test_a_plan_carried_to_the_next_period_in_english_keeps_a_vietnamese_title(ws, demo_doc, language):
    """The copy's title names its period as the plan's own text does: in Vietnamese."""
    plan_id = add_plan(ws, demo_doc)
    assert language("en")
    copy = ws.plans.duplicate_for_next_period(plan_id).edit.steps[0].doc.id
    assert (
        ws.plans.summary(copy).title
        == "Kế hoạch Cải cách hành chính nhà nước 06 tháng đầu năm 2026 của xã Cửa Tùng"
    )
    assert ws.plans.summary(copy).period.label() == "First half of 2026"  # the window's label
