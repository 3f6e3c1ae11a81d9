"""Settings: the user name written into the change log, the commune's defaults for new plans,
the interface language."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from ..domain import Period, PlanInfo, Signer
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..storage import settings as settings_store
from ..storage.session import USER_NAME_KEY
from ..text import clean

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "settings.empty_user": QT_TRANSLATE_NOOP("Messages", "Tên người dùng không được để trống."),
        "settings.bad_language": QT_TRANSLATE_NOOP("Messages", "Ngôn ngữ «{code}» không có (vi hoặc en)."),
    }
)

LANGUAGE_KEY = "language"
_COMMUNE_PREFIX = "commune."


@dataclass
class CommuneDefaults:
    """Set once in the settings dialog; new plans take their document fields from here."""

    commune: str = ""  # "Cửa Tùng"
    province: str = ""  # "Quảng Trị"
    issuer: str = ""  # "UBND XÃ CỬA TÙNG"
    issuer_header: str = ""  # upper lines, one per line ("UBND HUYỆN …")
    place: str = ""  # "Cửa Tùng" (the place in "…, ngày … tháng … năm …")
    symbol: str = "KH-UBND"
    signer_name: str = ""
    signer_position: str = "CHỦ TỊCH"
    signer_authority: str = "TM. ỦY BAN NHÂN DÂN"
    office: str = "Phòng Văn hóa - Xã hội"
    recipients: str = ""  # one per line

    def new_plan_info(self, title: str, period: Period) -> PlanInfo:
        return PlanInfo(
            title=title,
            period=period,
            issuer=self.issuer,
            issuer_header=[line for line in self.issuer_header.splitlines() if line.strip()],
            symbol=self.symbol,
            place=self.place,
            signer=Signer(self.signer_name, self.signer_position, self.signer_authority),
            recipients=[line for line in self.recipients.splitlines() if line.strip()],
        )


class SettingsService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    @property
    def user_name(self) -> str:
        return self.ws.db.user_name

    def set_user_name(self, name: str) -> str:
        name = clean(name).replace("\n", " ")
        if not name:
            raise InvalidInputError("settings.empty_user")
        with self.ws.db.transaction() as tx:
            settings_store.put(tx, USER_NAME_KEY, name)
        self.ws.db.forget_user_name()
        return name

    def commune(self) -> CommuneDefaults:
        stored = settings_store.get_prefixed(self.ws.db, _COMMUNE_PREFIX)
        values = {
            f.name: stored[_COMMUNE_PREFIX + f.name]
            for f in fields(CommuneDefaults)
            if _COMMUNE_PREFIX + f.name in stored
        }
        return CommuneDefaults(**values)

    def set_commune(self, defaults: CommuneDefaults) -> None:
        with self.ws.db.transaction() as tx:
            for f in fields(CommuneDefaults):
                settings_store.put(tx, _COMMUNE_PREFIX + f.name, clean(getattr(defaults, f.name)))
            tx.log("settings", "settings", field="commune", new=defaults.commune)

    def language(self) -> str | None:
        """The chosen interface language, None: follow CCHC_LANG or the system's."""
        return settings_store.get(self.ws.db, LANGUAGE_KEY) or None

    def set_language(self, code: str | None) -> None:
        """ "vi" or "en"; None (or "") to follow the system again."""
        if code not in ("vi", "en", "", None):
            raise InvalidInputError("settings.bad_language", code=code)
        with self.ws.db.transaction() as tx:
            settings_store.put(tx, LANGUAGE_KEY, code or "")

    def get(self, key: str, default: str | None = None) -> str | None:
        return settings_store.get(self.ws.db, key, default)

    def put(self, key: str, value: str) -> None:
        """Small program state (window geometry, column widths); not in the change log."""
        if self.ws.read_only:
            return
        with self.ws.db.transaction() as tx:
            settings_store.put(tx, key, value)
