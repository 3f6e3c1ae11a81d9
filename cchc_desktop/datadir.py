"""The user's data folder: platformdirs by default, overridable for tests and portable use.

Order: the ``--data-dir`` option, then the ``CCHC_DATA_DIR`` environment variable, then the
platform's per-user data folder (on Windows ``%LOCALAPPDATA%\\CCHC\\CCHC Desktop``).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CCHC_DATA_DIR"
DATABASE_FILE = "cchc.sqlite3"
BACKUP_SUBDIR = "backups"


def resolve_data_dir(option: str | os.PathLike | None = None) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # ~15 ms (it brings tempfile and shutil): only when no folder is named

    return Path(platformdirs.user_data_dir("CCHC Desktop", "CCHC", roaming=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_SUBDIR
