"""The program's log: a small rotating file in the data folder, and on request a console.

The window program of the Windows bundle has no console (PyInstaller's ``console=False``): what
it prints goes nowhere, and ``sys.stdout`` / ``sys.stderr`` are None. For support,
``CCHC_CONSOLE=1`` opens a console window on Windows (elsewhere the log goes to standard error)
and logs at debug level; without it, notices, warnings and unexpected errors still reach
``<data folder>/logs/cchc-desktop.log``. The file is rotated at start when it passed 512 KiB (three
older files kept): ``logging.handlers`` is not imported, it costs ~15 ms of start-up (sockets,
pickle, queues) for nothing the program needs.

Qt-free: the window adds Qt's own messages (gui/app.py routes them to the "cchc.qt" logger).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

ENV_VAR = "CCHC_CONSOLE"
LOG_SUBDIR = "logs"
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
LOGGER = "cchc"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def console_requested(environ: dict[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get(ENV_VAR, "").strip().lower()
    return value not in ("", "0", "no", "false", "off", "khong")


def _reopen_std_streams() -> None:
    """Point a missing stdout / stderr at the console this process now has (Windows: CONOUT$);
    a stream already redirected to a file or a pipe stays as it is."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is not None:
            continue
        try:
            stream = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
        except OSError:
            continue
        setattr(sys, name, stream)


def attach_console(create: bool) -> bool:
    """Make sure printing reaches a console. On Windows: attach to the console of the program
    that started this one (cmd.exe, PowerShell), or with ``create`` open a new one; the code
    page is set to UTF-8 so Vietnamese letters and ✓ / ✗ print. Elsewhere there is nothing to
    do. True when standard output is usable afterwards."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        attach_parent_process = -1
        has_console = bool(kernel32.GetConsoleWindow())
        if not has_console:
            has_console = bool(kernel32.AttachConsole(attach_parent_process))
        if not has_console and create:
            has_console = bool(kernel32.AllocConsole())
        if has_console:
            kernel32.SetConsoleOutputCP(65001)
            _reopen_std_streams()
    return sys.stdout is not None


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_SUBDIR


def start_logging(program: str, data_dir: Path | None = None, *, console: bool | None = None) -> Path | None:
    """Configure the "cchc" logger once per process: the rotating file (when the data folder is
    writable) and, if asked, the console. Uncaught exceptions are logged before Python reports
    them. Returns the log file, or None when there is none."""
    from . import __version__

    console = console_requested() if console is None else console
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if getattr(handler, "_cchc", False):
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.DEBUG if console else logging.INFO)
    logger.propagate = False
    formatter = logging.Formatter(_FORMAT)
    log_file: Path | None = None
    if data_dir is not None:
        try:
            log_dir(data_dir).mkdir(parents=True, exist_ok=True)
            candidate = log_dir(data_dir) / f"{program}.log"
            _rotate(candidate)
            file_handler = logging.FileHandler(candidate, encoding="utf-8", delay=True)
        except OSError:
            pass  # a read-only data folder: the program still runs, without a log file
        else:
            file_handler.setFormatter(formatter)
            file_handler._cchc = True  # type: ignore[attr-defined]
            logger.addHandler(file_handler)
            log_file = candidate
    if console and attach_console(create=True) and sys.stderr is not None:
        stream_handler = logging.StreamHandler(sys.stderr)
        stream_handler.setFormatter(formatter)
        stream_handler._cchc = True  # type: ignore[attr-defined]
        logger.addHandler(stream_handler)
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    _log_uncaught_exceptions(logger)
    logger.info(
        "%s %s, Python %s, %s%s",
        program,
        __version__,
        sys.version.split()[0],
        sys.platform,
        " (bundle)" if getattr(sys, "frozen", False) else "",
    )
    return log_file


def _rotate(path: Path) -> None:
    """cchc-desktop.log → .1 → .2 → .3 once it passed LOG_BYTES (another instance may hold it:
    then it grows until the next start)."""
    try:
        if not path.is_file() or path.stat().st_size < LOG_BYTES:
            return
        for number in range(LOG_BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass


def _log_uncaught_exceptions(logger: logging.Logger) -> None:
    previous = sys.excepthook
    if getattr(previous, "_cchc", False):
        return

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        logger.critical("uncaught exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    hook._cchc = True  # type: ignore[attr-defined]
    sys.excepthook = hook
