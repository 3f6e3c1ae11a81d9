"""Preview of an annex import: detected table and column mapping (changeable), the tree that will
be created, counts per section, warnings and units. Nothing is written until the user confirms."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QRadioButton, QSplitter, QTabWidget, QTreeView, QVBoxLayout, QWidget)

from ..annex_import import FIELD_LABELS, FIELDS, ImportPreview, RawTable, analyse
from ..domain import PlanSummary, Unit
from ..errors import CchcError
from .annex_model import AnnexTreeModel
from .forms import load_form
from .wrapping_delegate import configure_annex_tree

_WARNINGS_TAB, _UNITS_TAB = 2, 3


@dataclass(frozen=True)
class ImportChoice:
    """What the user confirmed: the preview to write, and where."""

    preview: ImportPreview
    plan_id: int | None          # None: a new plan
    new_plan_title: str


class ImportAnnexDialog(QDialog):
    def __init__(self, tables: list[RawTable], preview: ImportPreview, plans: list[PlanSummary],
                 units: list[Unit], source_name: str, default_plan_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.tables, self.preview, self.units = tables, preview, units
        self.setWindowTitle(self.tr("Nhập phụ lục nhiệm vụ – xem trước"))
        self.resize(1360, 820)
        self.form = load_form("import_annex_form.ui")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Nhập vào cơ sở dữ liệu"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

        find = self.form.findChild
        self.source_label: QLabel = find(QLabel, "sourceLabel")
        self.table_combo: QComboBox = find(QComboBox, "tableCombo")
        self.new_plan_radio: QRadioButton = find(QRadioButton, "newPlanRadio")
        self.existing_plan_radio: QRadioButton = find(QRadioButton, "existingPlanRadio")
        self.new_plan_title: QLineEdit = find(QLineEdit, "newPlanTitle")
        self.period_label: QLabel = find(QLabel, "periodLabel")
        self.existing_plan_combo: QComboBox = find(QComboBox, "existingPlanCombo")
        self.mapping_form: QFormLayout = self.form.findChild(QFormLayout, "mappingForm")
        self.tabs: QTabWidget = find(QTabWidget, "previewTabs")
        self.tree: QTreeView = find(QTreeView, "previewTree")
        self.counts_list: QListWidget = find(QListWidget, "countsList")
        self.warnings_list: QListWidget = find(QListWidget, "warningsList")
        self.units_list: QListWidget = find(QListWidget, "unitsList")
        self.summary_label: QLabel = find(QLabel, "summaryLabel")

        self.source_label.setText(self.tr("Tệp: %1").replace("%1", source_name))
        self._fill_tables()
        self._fill_target(plans, default_plan_id)
        self.tree_model = AnnexTreeModel(self)
        configure_annex_tree(self.tree, self.tree_model)
        self.form.findChild(QSplitter, "previewSplitter").setSizes([380, 980])
        self.mapping_combos: dict[str, QComboBox] = {}
        self._build_mapping_combos()
        self._show(preview)

    # --- building ------------------------------------------------------------------------

    def _fill_tables(self) -> None:
        for info in self.preview.tables:
            text = self.tr("%1. %2 (%3 dòng × %4 cột)").replace("%1", str(info.index + 1)) \
                .replace("%2", info.name).replace("%3", str(info.rows)).replace("%4", str(info.columns))
            if not info.has_header:
                text += self.tr(" – không thấy dòng tiêu đề")
            self.table_combo.addItem(text, info.index)
        self.table_combo.setCurrentIndex(self.preview.table_index)
        self.table_combo.setEnabled(len(self.preview.tables) > 1)
        self.table_combo.currentIndexChanged.connect(self._table_changed)

    def _fill_target(self, plans: list[PlanSummary], default_plan_id: int | None) -> None:
        for plan in plans:
            self.existing_plan_combo.addItem(f"{plan.id}. {plan.title} ({plan.period.label()})", plan.id)
        if not plans:
            self.existing_plan_radio.setEnabled(False)
            self.existing_plan_combo.setEnabled(False)
        elif default_plan_id is not None:
            index = self.existing_plan_combo.findData(default_plan_id)
            self.existing_plan_combo.setCurrentIndex(max(index, 0))
        self.new_plan_title.setText(self.preview.suggested_title or "")
        self.new_plan_title.textChanged.connect(self._update_ok)
        self.new_plan_radio.toggled.connect(self._update_ok)

    def _build_mapping_combos(self) -> None:
        """One combo per field. Rebuilt only when the table changes (other headers)."""
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos.clear()
        headers = self.preview.mapping.headers
        for name in FIELDS:
            combo = QComboBox(self.form)
            combo.addItem(self.tr("(không nhập)"), None)
            for column in range(max(self.preview.mapping.width, len(headers))):
                header = headers[column].replace("\n", " ") if column < len(headers) else ""
                combo.addItem(self.tr("Cột %1: %2").replace("%1", str(column + 1)).replace("%2", header),
                              column)
            combo.currentIndexChanged.connect(lambda _i, field=name: self._mapping_changed(field))
            self.mapping_combos[name] = combo
            self.mapping_form.addRow(self.tr(FIELD_LABELS[name]), combo)

    # --- showing a preview ---------------------------------------------------------------

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.column_of(name)), 0))
            combo.blockSignals(False)
        period = preview.suggested_period
        self.period_label.setText(self.tr("Kỳ: %1").replace("%1", period.label()) if period
                                  else self.tr("Kỳ: năm hiện tại (không đọc được từ tiêu đề)"))
        self.tree_model.set_document(preview.to_plan_document())

        self.counts_list.clear()
        for count in preview.counts:
            line = count.line()
            if count.declared is not None and count.declared != count.items:
                line += self.tr("  ⚠ tiêu đề ghi %1 nhiệm vụ").replace("%1", str(count.declared))
            self.counts_list.addItem(line)

        self.warnings_list.clear()  # unknown columns are among the warnings
        for warning in preview.warnings:
            self.warnings_list.addItem(str(warning))
        self.tabs.setTabText(_WARNINGS_TAB, self.tr("Cảnh báo (%1)").replace("%1", str(self.warnings_list.count())))

        self.units_list.clear()
        for match in preview.units:
            if match.unit is None:
                self.units_list.addItem(self.tr("＋ Đơn vị mới: %1").replace("%1", match.label))
            else:
                self.units_list.addItem(self.tr("✓ %1 → %2").replace("%1", match.label).replace("%2", match.unit.name))
        self.tabs.setTabText(_UNITS_TAB, self.tr("Đơn vị (%1 mới)").replace("%1", str(len(preview.new_units))))
        self._set_summary(self.tr("Sẽ nhập %1 lĩnh vực, %2 nhiệm vụ, %3 dòng; %4 cảnh báo; %5 đơn vị mới.")
                          .replace("%1", str(len(preview.counts))).replace("%2", str(preview.total_items))
                          .replace("%3", str(preview.total_rows)).replace("%4", str(self.warnings_list.count()))
                          .replace("%5", str(len(preview.new_units))), ok=preview.total_items > 0)

    def _set_summary(self, text: str, ok: bool) -> None:
        self.summary_label.setText(text if ok else f"<span style='color:#b00020'>{text}</span>")
        self._analysis_ok = ok
        self._update_ok()

    def _update_ok(self) -> None:
        title_ok = self.existing_plan_radio.isChecked() or bool(self.new_plan_title.text().strip())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self._analysis_ok and title_ok)

    # --- changes by the user -------------------------------------------------------------

    def _mapping_changed(self, name: str) -> None:
        column = self.mapping_combos[name].currentData()
        self._reanalyse(self.preview.mapping.with_field(name, column), self.preview.table_index)

    def _table_changed(self, combo_index: int) -> None:
        if self._reanalyse(None, self.table_combo.itemData(combo_index), rebuild=True):
            self.new_plan_title.setText(self.preview.suggested_title or self.new_plan_title.text())

    def _reanalyse(self, mapping, table_index: int, rebuild: bool = False) -> bool:
        try:
            preview = analyse(self.tables, mapping, table_index, self.units)
        except CchcError as error:
            self._set_summary(error.message, ok=False)
            return False
        self.preview = preview
        if rebuild:
            self._build_mapping_combos()
        self._show(preview)
        return True

    # --- result --------------------------------------------------------------------------

    def choice(self) -> ImportChoice:
        plan_id = self.existing_plan_combo.currentData() if self.existing_plan_radio.isChecked() else None
        return ImportChoice(self.preview, plan_id, self.new_plan_title.text().strip())
