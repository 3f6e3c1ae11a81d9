"""Printing for the command line: plain lines for people, JSON for programs, errors on stderr."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..i18n import Message


def _default(value: Any) -> Any:
    import dataclasses  # with JSON output only: plain lines need neither (nor their imports)

    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Message):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def print_json(value: Any) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False, indent=2, default=_default))


def say(text: Any) -> None:
    print(str(text))


def note(text: Any) -> None:
    """A remark for the person at the terminal (stderr, so stdout stays machine-readable)."""
    print(str(text), file=sys.stderr)
