"""``cchc``: the headless command line over the same use cases the window calls.

Exit codes: 0 done; 1 unexpected error; 2 wrong command line (also: a name matching several
plans); 3 plan or backup not found; 4 input file not acceptable; 5 database cannot be opened or
written; 6 output not written; 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__, argparse_vi, datadir
from ..errors import CchcError, DamagedDatabaseError, NewerDatabaseError
from ..i18n import LANGUAGES, SOURCE_LANGUAGE, fmt, set_language, translate
from .render import note

if TYPE_CHECKING:
    from ..services.workspace import Workspace

EXIT_OK, EXIT_UNEXPECTED = 0, 1
LANGUAGE_ENV = "CCHC_LANG"

# The command groups (one module each, with ``register(sub, common)``), in the order ``cchc
# --help`` lists their commands.
_GROUPS = ("cmd_plans", "cmd_backup", "cmd_register", "cmd_documents", "cmd_scoring", "cmd_selftest")
# Which group registers each command. A command imports its own group only (``cchc plans``
# starts without the register, the documents or the scoring core); help, a mistyped command
# and no command at all import every group. tests/test_cli_startup.py checks this table
# against the parsers the groups register.
_GROUP_OF_COMMAND = {
    **dict.fromkeys(
        ("plans", "export-json", "import-json", "import-annex", "delete", "trash", "log", "units"),
        "cmd_plans",
    ),
    **dict.fromkeys(("set-user", "init"), "cmd_plans"),
    **dict.fromkeys(("backup", "backups", "restore"), "cmd_backup"),
    **dict.fromkeys(("tasks", "progress", "dashboard", "evidence", "targets", "duplicate"), "cmd_register"),
    **dict.fromkeys(("export", "package", "outbox"), "cmd_documents"),
    **dict.fromkeys(("criteria", "assessment"), "cmd_scoring"),
    "selftest": "cmd_selftest",
}


def _group_modules(argv: Sequence[str]) -> list:
    """The command groups the parser needs for this command line: the named command's own, none
    for ``--version`` alone, every one otherwise (help lists them all)."""
    import importlib

    command = _command_word(argv)
    if command in _GROUP_OF_COMMAND:
        names: tuple[str, ...] = (_GROUP_OF_COMMAND[command],)
    elif command is None and "--version" in argv and not {"-h", "--help"} & set(argv):
        names = ()
    else:
        names = _GROUPS
    found = []
    for name in names:
        try:
            found.append(importlib.import_module(f"{__package__}.{name}"))
        except ModuleNotFoundError as error:  # a group left out of a trimmed build
            if error.name != f"{__package__}.{name}":
                raise
    return found


def _command_word(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word that is no option nor its value)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--data-dir":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "THƯ_MỤC"),
        default=default,
        help=fmt(
            translate(
                "Cli", "thư mục dữ liệu (mặc định: biến môi trường {env} hoặc thư mục dữ liệu của người dùng)"
            ),
            env=datadir.ENV_VAR,
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=default if suppress else False,
        help=translate("Cli", "nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống"),
    )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = argparse.ArgumentParser(
        prog="cchc",
        description=translate("Cli", "CCHC Desktop – làm việc với kế hoạch CCHC không cần cửa sổ."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"CCHC Desktop {__version__}",
        help=translate("Cli", "in phiên bản rồi thoát"),
    )
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "LỆNH"), title=translate("Cli", "các lệnh")
    )
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    for module in _group_modules(sys.argv[1:] if argv is None else argv):
        module.register(sub, common)
    return parser


def _open(data_dir: Path, args: argparse.Namespace) -> Workspace:
    from ..services.workspace import Workspace  # not for --version or a wrong command line

    demo = "if-empty" if args.demo else None
    return Workspace.open(data_dir, demo=demo, accept_empty=getattr(args, "accept_empty", False))


def _language() -> None:
    """CCHC_LANG=en for English; Vietnamese otherwise (also after another language in-process)."""
    code = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    set_language(code if code in LANGUAGES else SOURCE_LANGUAGE)


def run(argv: Sequence[str] | None = None) -> int:
    _language()
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None and not args.demo:
        parser.print_help(sys.stderr)
        return 2
    if getattr(args, "without_data_folder", None) is not None:  # cchc selftest: a folder of its own
        return args.without_data_folder(args)
    data_dir = datadir.resolve_data_dir(args.data_dir)
    try:
        unopened: Callable | None = getattr(args, "when_unopenable", None)
        try:
            workspace = _open(data_dir, args)
        except (DamagedDatabaseError, NewerDatabaseError) as error:
            if unopened is None:
                raise
            note(fmt(translate("Cli", "Cảnh báo: {message}"), message=error.message))
            return unopened(data_dir, args)
        with workspace:
            for notice in workspace.notices:
                note(notice)
            if args.command is None:
                return EXIT_OK
            return args.func(workspace, args)
    except CchcError as error:
        note(fmt(translate("Cli", "Lỗi: {message}"), message=error.message))
        return error.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        return run(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last guard: a bug still ends with a message, not a trace
        note(
            fmt(
                translate("Cli", "Lỗi không mong đợi: {detail}. Hãy báo cho nhóm phát triển."),
                detail=repr(error),
            )
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
