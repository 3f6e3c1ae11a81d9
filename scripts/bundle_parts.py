"""What pyinstaller.spec is made of, apart from PyInstaller's own calls (tests/test_bundle.py
checks these without building): the program's version, the Windows version resource, the modules
loaded by name, and the trimming that keeps the bundle lean.

Trimming, after PyInstaller's analysis:
- Qt plugins: only the kinds and files the program uses (platforms for a window, offscreen for the
  self-test, the printer support, the Windows style, Vietnamese input methods on Linux, the image
  formats of the icon); Wayland, EGL, GTK theme, TLS, SQL drivers, SVG, touch and network plugins
  go, and with them the libraries only they needed;
- Qt's own translations (the program carries its Vietnamese one in resources/translations);
- then every shared library no remaining binary links to (found with PyInstaller's own dependency
  reader), round after round until nothing more falls.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_NAME = "cchc-desktop"
GUI_NAME = "CCHC Desktop"
CLI_NAME = "cchc"
DESCRIPTION = "CCHC Desktop – kế hoạch và Chỉ số cải cách hành chính cấp xã"
COMPANY = "CCHC Desktop"

# Python modules the program never uses, kept out of the analysis (and the Qt libraries with them).
EXCLUDED_MODULES = [
    "tkinter",
    "test",
    "pydoc_data",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    # Image codecs reportlab and pypdfium2 never ask Pillow for (each brings its own libraries).
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # lxml beyond lxml.etree (python-docx and openpyxl use only that).
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
]

# python-docx opens its templates as "docx/parts/../templates/…": on Linux that path needs a real
# docx/parts folder, which only exists when the package's sources are collected beside the archive
# (the self-test's Word documents failed without it).
MODULE_COLLECTION_MODE = {"docx": "pyz+py"}

# Qt plugin kinds kept, and within a kind the files kept ("*": all of them). Names are compared
# without "lib", "q" and the extension: libqxcb.so, qwindows.dll → "xcb", "windows".
KEPT_PLUGINS: dict[str, set[str]] = {
    "platforms": {"xcb", "windows", "cocoa", "offscreen", "minimal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": {"*"},
    "printsupport": {"*"},
    "styles": {"*"},
    "imageformats": {"ico", "jpeg", "gif"},
}

# Libraries loaded by name at run time rather than linked: never pruned.
NEVER_PRUNED = re.compile(r"(python3|pyside6|shiboken6|pdfium|vcruntime|msvcp|ucrtbase)", re.IGNORECASE)
_EXTENSION = re.compile(r"(\.cpython-[^/]*\.so|\.abi3\.so|\.pyd)$", re.IGNORECASE)
_SHARED = re.compile(r"(\.so(\.\d+)*|\.dll|\.dylib)$", re.IGNORECASE)

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in the bundle, source, type)


def version() -> str:
    """The program's version, read (not imported) from cchc_desktop/__init__.py."""
    text = (ROOT / "cchc_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([0-9]+(?:\.[0-9]+){1,3})"$', text, re.MULTILINE)
    if found is None:
        raise ValueError("no __version__ in cchc_desktop/__init__.py")
    return found.group(1)


def version_tuple(text: str) -> tuple[int, int, int, int]:
    parts = [int(p) for p in text.split(".")] + [0, 0, 0]
    return parts[0], parts[1], parts[2], parts[3]


def windows_version_file(program: str, file_name: str, text: str | None = None) -> str:
    """The version resource Windows shows in a file's Properties → Details, as the text file
    PyInstaller reads (``EXE(version=path)``; made here as text because PyInstaller's own
    structures need pefile, which only Windows installs)."""
    text = text or version()
    numbers = version_tuple(text)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": text,
        "InternalName": program,
        "OriginalFilename": file_name,
        "ProductName": GUI_NAME,
        "ProductVersion": text,
        "LegalCopyright": "Phần mềm dùng nội bộ cho UBND cấp xã",
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# Windows version resource of {file_name} (scripts/bundle_parts.py writes it at each build)
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042a04b0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


ENTRY_SCRIPTS = ("frozen_gui", "frozen_cli")


def scripts_for(scripts: list[Entry], entry: str) -> list[Entry]:
    """One program's scripts out of the shared analysis: PyInstaller's run-time hooks, then its
    own entry script (not the other program's)."""
    return [s for s in scripts if s[0] == entry or s[0] not in ENTRY_SCRIPTS]


def hidden_imports(modules: Iterable[str]) -> list[str]:
    """Every module of the program (services, pages and command groups are imported by name:
    ``collect_submodules("cchc_desktop")``), and pdfium (loaded when first needed)."""
    return sorted(set(modules) | {"pypdfium2", "pypdfium2_raw"})


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem[1:] if stem.startswith("q") else stem


def keep_entry(name: str) -> bool:
    """False for a Qt plugin or translation the program does not use."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if "Qt" in parts and "translations" in parts:
        return False
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    kind, file_name = parts[index + 1], parts[-1]
    kept = KEPT_PLUGINS.get(kind)
    if kept is None:
        return False
    return "*" in kept or _plugin_stem(file_name) in kept


def _prunable(entry: Entry) -> bool:
    name = entry[0].replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    if entry[2] != "BINARY" or _EXTENSION.search(base) or not _SHARED.search(base):
        return False
    return "/plugins/" not in name and not NEVER_PRUNED.search(base)


def prune_unlinked(
    binaries: list[Entry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Drop shared libraries nothing left links to. ``imports_of(source)`` gives the names a binary
    links to. Returns (kept, dropped)."""
    kept = list(binaries)
    dropped: list[Entry] = []
    linked_by: dict[str, set[str]] = {}
    for entry in kept:
        linked_by[entry[1]] = {Path(n).name.lower() for n in imports_of(entry[1])}
    while True:
        needed = set().union(*(linked_by[e[1]] for e in kept)) if kept else set()
        orphans = [e for e in kept if _prunable(e) and Path(e[0]).name.lower() not in needed]
        if not orphans:
            return kept, dropped
        dropped += orphans
        kept = [e for e in kept if e not in orphans]


def lean(binaries: list[Entry], datas: list[Entry], imports_of: Callable[[str], Iterable[str]]):
    """The trimmed (binaries, datas) and what was dropped, for the build log."""
    kept_binaries = [e for e in binaries if keep_entry(e[0])]
    dropped = [e for e in binaries if not keep_entry(e[0])]
    kept_binaries, unlinked = prune_unlinked(kept_binaries, imports_of)
    kept_datas = [e for e in datas if keep_entry(e[0])]
    dropped += unlinked + [e for e in datas if not keep_entry(e[0])]
    return kept_binaries, kept_datas, dropped


def report(dropped: list[Entry], label: str) -> None:
    size = 0
    for entry in dropped:
        try:
            size += Path(entry[1]).stat().st_size
        except OSError:
            pass
    print(f"[bundle] {label}: {len(dropped)} files left out ({size / 1_048_576:.1f} MB)")
    for entry in sorted(dropped):
        print(f"[bundle]   - {entry[0]}")
