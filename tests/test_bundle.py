"""The one-folder bundle (pyinstaller.spec): its parts checked quickly, and, marked slow, built for
real and run: ``CCHC Desktop --self-test`` (offscreen), ``cchc selftest`` and ``cchc --version``
from the bundle. A data file, a page module or a library left out shows here, not in a commune.

The build takes ~50 s on the 2-core machine (one PyInstaller analysis for both programs). It goes
to build/test-bundle/ with a fingerprint of everything it is made from: an unchanged tree reuses
it (a second run of the test takes ~10 s); a lock keeps two test runs from building at once.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

import cchc_desktop
from cchc_desktop import selftest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import bundle_parts  # noqa: E402

BUILD = ROOT / "build" / "test-bundle"
EXE = ".exe" if sys.platform == "win32" else ""
# What the bundle is made of: a change to any of these means building again.
INPUTS = ("cchc_desktop", "db", "resources", "pyinstaller.spec", "scripts/bundle_parts.py",
          "scripts/frozen_gui.py", "scripts/frozen_cli.py", "requirements.lock")  # fmt: skip
MAX_BUNDLE_MB = 230  # measured 190 MB on Linux; a Qt module or plugin family slipping in shows


# --- the parts, without building ---------------------------------------------------------------


def test_the_version_is_the_program_s_own():
    assert bundle_parts.version() == cchc_desktop.__version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{cchc_desktop.__version__}"' in pyproject


def test_the_windows_version_resource(monkeypatch, tmp_path):
    """The text PyInstaller evaluates on Windows, read back by PyInstaller's own loader (its module
    imports pefile and win32api, Windows-only: stand-ins do here)."""
    text = bundle_parts.windows_version_file("cchc", "cchc.exe", "1.2.3")
    if sys.platform != "win32":
        import PyInstaller.compat

        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
        monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    path = tmp_path / "version.txt"
    path.write_text(text, encoding="utf-8")
    info = load_version_info_from_text_file(str(path))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((1 << 16) | 2, 3 << 16)
    assert len(info.toRaw()) > 500  # the binary resource Windows reads
    shown = str(info)
    assert "StringStruct('ProductVersion', '1.2.3')" in shown
    assert "StringStruct('OriginalFilename', 'cchc.exe')" in shown


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qtbase_de.qm", True),  # Windows keeps them apart: not Qt's folder
        ("resources/translations/qtbase_vi.qm", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_which_qt_files_stay(name, kept):
    assert bundle_parts.keep_entry(name) is kept


def test_libraries_nothing_links_to_are_pruned_round_after_round():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only the GTK theme wanted it
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),  # only cairo wanted it
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # loaded by the bootloader
        ("pypdfium2_raw/libpdfium.so", "/src/libpdfium.so", "BINARY"),  # loaded with ctypes
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libfreetype.so.6"],
        "/src/libcairo.so.2": ["libpixman-1.so.0", "libfreetype.so.6"],
    }
    kept, dropped = bundle_parts.prune_unlinked(binaries, lambda source: links.get(source, []))
    assert [e[0] for e in dropped] == ["libcairo.so.2", "libpixman-1.so.0"]
    assert len(kept) == 5


def test_each_program_runs_its_own_entry_script():
    scripts = [
        ("pyi_rth_pyside6", "a", "PYSOURCE"),
        ("frozen_gui", "b", "PYSOURCE"),
        ("frozen_cli", "c", "PYSOURCE"),
    ]
    assert [s[0] for s in bundle_parts.scripts_for(scripts, "frozen_cli")] == [
        "pyi_rth_pyside6",
        "frozen_cli",
    ]


def test_every_module_loaded_by_name_is_collected():
    modules = bundle_parts.hidden_imports(["cchc_desktop.services.scoring", "cchc_desktop.gui.pages.reports"])
    assert {"cchc_desktop.services.scoring", "cchc_desktop.gui.pages.reports", "pypdfium2"} <= set(modules)


# --- the bundle, built and run -----------------------------------------------------------------


def _fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for name in INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


class _Lock:
    """One build at a time in build/test-bundle (two test runs may share the checkout)."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+b")
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(self.handle.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(self.handle, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        self.handle.close()


@pytest.fixture(scope="module")
def bundle() -> Path:
    dist = BUILD / "dist" / bundle_parts.BUNDLE_NAME
    stamp = BUILD / "fingerprint.txt"
    with _Lock(BUILD / "build.lock"):
        wanted = _fingerprint()
        fresh = stamp.is_file() and stamp.read_text().split()[0] == wanted
        if not (fresh and (dist / f"cchc{EXE}").is_file()):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--workpath", str(BUILD / "work"), "--distpath", str(BUILD / "dist"), str(ROOT / "pyinstaller.spec")],
                capture_output=True, text=True, timeout=900, cwd=ROOT,
            )  # fmt: skip
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
            seconds = time.perf_counter() - started
            stamp.write_text(f"{wanted}\nbuilt in {seconds:.0f} s\n")
            print(f"\nbundle built in {seconds:.0f} s")
    return dist


def _run(command: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "CCHC_DATA_DIR": str(tmp_path / "unused"),
                "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONIOENCODING": "utf-8"})  # fmt: skip
    for name in ("PYTHONPATH", "CCHC_CONSOLE"):
        env.pop(name, None)
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, cwd=tmp_path
    )


@pytest.mark.slow
def test_the_window_program_passes_its_self_test(bundle, tmp_path):
    done = _run([str(bundle / f"CCHC Desktop{EXE}"), "--self-test"], tmp_path)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "bản đóng gói" in lines[0]
    assert not [line for line in lines if line.startswith("✗")]
    assert lines[-1].startswith("Kết quả: cả")
    # Every work area whose module the source tree has must be a real page in the bundle too.
    window = next(line for line in lines if line.startswith("✓ Cửa sổ chính"))
    placeholders = window.split("chưa có ở phiên bản này: ")[1].split(", ") if "chưa có" in window else []
    unwritten = [
        m
        for m in ("tasks", "scoring", "reports")
        if importlib.util.find_spec(f"cchc_desktop.gui.pages.{m}") is None
    ]
    assert len(placeholders) == len(unwritten), window
    assert not (tmp_path / "unused").exists()


@pytest.mark.slow
def test_the_console_program_without_qt(bundle, tmp_path):
    version = _run([str(bundle / f"cchc{EXE}"), "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"CCHC Desktop {cchc_desktop.__version__}"
    done = _run([str(bundle / f"cchc{EXE}"), "selftest"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("✓ ") == len(selftest.core_steps()) and "✗" not in done.stdout


@pytest.mark.slow
def test_the_bundle_is_lean(bundle):
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]  # links: no space
    megabytes = sum(p.stat().st_size for p in files) / 1_048_576
    print(f"\nbundle: {megabytes:.0f} MB, {len(files)} files")
    assert megabytes < MAX_BUNDLE_MB
    names = {p.relative_to(bundle).as_posix() for p in files}
    for unwanted in (
        r"Qt6Qml",
        r"Qt6Quick",
        r"Qt6Pdf",
        r"wayland",
        r"/tls/",
        r"Qt/translations/",
        r"tkinter",
        r"/tests?/",
    ):
        assert not [n for n in names if re.search(unwanted, n)], unwanted
    for wanted in (
        "resources/fonts/LiberationSerif-Regular.ttf",
        "resources/icons/cchc.png",
        "db/0001_initial.sql",
    ):
        assert any(n.endswith(wanted) for n in names), wanted
    assert any("pdfium" in n for n in names)
