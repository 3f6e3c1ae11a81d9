"""Extracts every user-visible text into the translation file(s) and compiles them.

    .venv/bin/python scripts/update_translations.py          # update resources/translations/cchc_en.ts,
                                                             # then compile cchc_en.qm
    .venv/bin/python scripts/update_translations.py --check  # fail if the .ts lacks a text of the code

Sources: self.tr("…") in the window, translate("Cli", "…") on the command line, the message
catalogue QT_TRANSLATE_NOOP("Messages", "…") in the core, and the Qt Designer forms (ui/*.ui).
The translator fills the <translation> elements with Qt Linguist (or any editor); texts with
placeholders keep them: {name} in the core and command line, as written.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cchc_desktop").rglob("*.py"))
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    # Compiled forms repeat the .ui texts: the .ui files are the source.
    return [f for f in files if "/gui/forms/" not in f]


def extract(ts_file: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def compile_qm(ts_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None when unfinished)."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and (translation.text or "")
            out[(name, message.findtext("source") or "")] = translation.text if done else None
    return out


def missing(language: str) -> list[tuple[str, str]]:
    """Texts of the code without a finished translation in cchc_<language>.ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(TRANSLATIONS / f"cchc_{language}.ts", fresh)
        extract(fresh, language)
        return sorted(key for key, value in messages(fresh).items() if value is None)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        gaps = {lang: missing(lang) for lang in LANGUAGES}
        for lang, keys in gaps.items():
            for context, source in keys[:50]:
                print(f"{lang}: [{context}] {source}")
            if keys:
                print(f"{lang}: {len(keys)} texts without a translation")
        return 1 if any(gaps.values()) else 0
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"cchc_{language}.ts"
        extract(ts_file, language)
        compile_qm(ts_file)
        done = messages(ts_file)
        print(f"{ts_file.name}: {len(done)} texts, {sum(v is None for v in done.values())} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
