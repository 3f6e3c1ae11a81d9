"""Settings, set once: the commune's details new plans take their document fields from, the user
name written into the change log, and the interface language (stored now, in effect from the
next start: the window's texts are loaded when it opens)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ...errors import CchcError
from ...services.settings import CommuneDefaults
from ...services.workspace import Workspace
from ..forms.ui_settings_dialog import Ui_SettingsDialog

# CommuneDefaults field → the form's field (multi-line ones are QPlainTextEdit).
_FIELDS = {
    "commune": "communeEdit",
    "province": "provinceEdit",
    "office": "officeEdit",
    "issuer_header": "issuerHeaderEdit",
    "issuer": "issuerEdit",
    "place": "placeEdit",
    "symbol": "symbolEdit",
    "signer_authority": "signerAuthorityEdit",
    "signer_position": "signerPositionEdit",
    "signer_name": "signerNameEdit",
    "recipients": "recipientsEdit",
}
_LINES = frozenset({"issuer_header", "recipients"})
# Each language by its own name, as language pickers do ("" follows CCHC_LANG or the system).
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        assert set(_FIELDS) == {f.name for f in fields(CommuneDefaults)}
        self._commune = ws.settings.commune()
        for name, widget in _FIELDS.items():
            editor = getattr(self.ui, widget)
            value = getattr(self._commune, name)
            editor.setPlainText(value) if name in _LINES else editor.setText(value)
        self.ui.userEdit.setText(ws.settings.user_name)
        self.ui.languageCombo.addItem(self.tr("Theo ngôn ngữ của hệ thống"), "")
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        self._language = ws.settings.language() or ""
        self.ui.languageCombo.setCurrentIndex(max(self.ui.languageCombo.findData(self._language), 0))
        self.ui.languageCombo.currentIndexChanged.connect(lambda _i: self._language_note())
        self._language_note()
        self.ui.buttons.button(QDialogButtonBox.Save).setText(self.tr("Lưu"))
        self.ui.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.error: CchcError | None = None
        self.language_changed = False

    def _language_note(self) -> None:
        changed = self.ui.languageCombo.currentData() != self._language
        self.ui.languageNote.setText(
            self.tr("Ngôn ngữ mới có hiệu lực từ lần mở chương trình sau.")
            if changed
            else self.tr(
                "Đổi ngôn ngữ có hiệu lực từ lần mở chương trình sau. Tài liệu (PDF, Excel, Word) "
                "luôn bằng tiếng Việt."
            )
        )

    def commune(self) -> CommuneDefaults:
        values = {}
        for name, widget in _FIELDS.items():
            editor = getattr(self.ui, widget)
            values[name] = editor.toPlainText() if name in _LINES else editor.text()
        return CommuneDefaults(**values)

    def save(self) -> bool:
        """Everything that changed; False (the reason in ``error``) when refused."""
        settings = self.ws.settings
        try:
            commune = self.commune()
            if commune != self._commune:
                settings.set_commune(commune)
                self._commune = commune
            name = self.ui.userEdit.text().strip()
            if name and name != settings.user_name:
                settings.set_user_name(name)
            language = self.ui.languageCombo.currentData()
            if language != (settings.language() or ""):
                settings.set_language(language or None)
                self.language_changed = True
        except CchcError as error:
            self.error = error
            return False
        return True

    def _accept(self) -> None:
        if self.save():
            self.accept()
        elif self.error is not None:
            QMessageBox.warning(self, self.windowTitle(), self.error.message)
