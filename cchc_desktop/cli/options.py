"""Options and values the register's command groups share: --json, a plan, --as-of, dates and
day counts read with a Vietnamese message (exit 4) when they are not acceptable."""

from __future__ import annotations

import argparse
import datetime as dt

from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages, translate
from ..services.plan_fields import parse_date

define_messages(
    {
        "cli.bad_days": QT_TRANSLATE_NOOP("Messages", "Số ngày «{value}» không hợp lệ (một số nguyên từ 0)."),
    }
)


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "in dạng JSON cho chương trình khác đọc")
    )


def plan_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "plan",
        metavar=translate("Cli", "KẾ_HOẠCH"),
        help=translate("Cli", "số thứ tự (ID) hoặc một phần tên kế hoạch"),
    )


def as_of_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        metavar=translate("Cli", "NGÀY"),
        help=translate("Cli", "tính quá hạn, sắp đến hạn theo ngày này (YYYY-MM-DD; mặc định: hôm nay)"),
    )


def date_arg(text: str | None) -> dt.date | None:
    return parse_date(text) if text else None


def days_arg(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < 0:
        raise InvalidInputError("cli.bad_days", value=text)
    return days
