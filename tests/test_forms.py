"""Compiled forms (cchc_desktop/gui/forms/ui_*.py) must match their Qt Designer source (ui/*.ui):
the window reaches its widgets through the compiled classes' typed attributes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
compile_forms = importlib.util.module_from_spec(spec)
sys.modules["compile_forms"] = compile_forms
spec.loader.exec_module(compile_forms)

FORMS = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_compiled_form_is_up_to_date(form):
    compiled = compile_forms.TARGET / compile_forms.module_name(form)
    assert compiled.exists(), f"run scripts/compile_forms.py: {compiled.name} is missing"
    assert compiled.read_text(encoding="utf-8") == compile_forms.compile_form(form), (
        f"{compiled.name} is older than {form.name}: run .venv/bin/python scripts/compile_forms.py"
    )


def test_no_compiled_form_without_its_source():
    sources = {compile_forms.module_name(f) for f in FORMS}
    compiled = {p.name for p in compile_forms.TARGET.glob("ui_*.py")}
    assert compiled == sources
