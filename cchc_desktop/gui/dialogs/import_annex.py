"""Preview of an annex import: detected table and column mapping (changeable), the tree that will
be created, counts per section, warnings and units (a new name can be mapped onto a unit of
the directory). Nothing is written until the user confirms."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import PlanSummary, Unit
from ...errors import CchcError
from ...i18n import fmt
from ...services.imports import FIELDS, ImportPreview, RawTable, analyse_tables, field_label
from ..forms.ui_import_annex_form import Ui_ImportAnnexForm
from ..models.annex_tree import AnnexTreeModel
from ..models.wrapping_delegate import configure_annex_tree
from ..screen import fit_to_screen

_WARNINGS_TAB, _UNITS_TAB = 2, 3


@dataclass(frozen=True)
class ImportChoice:
    """What the user confirmed: the preview to write, and where."""

    preview: ImportPreview
    plan_id: int | None  # None: a new plan
    new_plan_title: str


class ImportAnnexDialog(QDialog):
    def __init__(
        self,
        tables: list[RawTable],
        preview: ImportPreview,
        plans: list[PlanSummary],
        units: list[Unit],
        source_name: str,
        default_plan_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tables, self.preview, self.units = tables, preview, units
        self.setWindowTitle(self.tr("Nhập phụ lục nhiệm vụ – xem trước"))
        fit_to_screen(self, 1360, 820)
        self.form = QWidget(self)
        self.ui = Ui_ImportAnnexForm()
        self.ui.setupUi(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Nhập vào cơ sở dữ liệu"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

        self.ui.sourceLabel.setText(fmt(self.tr("Tệp: {name}"), name=source_name))
        self._fill_tables()
        self._fill_target(plans, default_plan_id)
        self.tree_model = AnnexTreeModel(self)
        configure_annex_tree(self.ui.previewTree, self.tree_model)
        self.ui.previewSplitter.setSizes([320, 900])
        self.mapping_combos: dict[str, QComboBox] = {}
        self._build_mapping_combos()
        self.ui.unitsList.currentItemChanged.connect(self._unit_selected)
        self.ui.mapUnitButton.clicked.connect(self.map_unit_dialog)
        self._show(preview)

    # --- building ------------------------------------------------------------------------------

    def _fill_tables(self) -> None:
        for info in self.preview.tables:
            text = fmt(
                self.tr("{number}. {name} ({rows} dòng × {columns} cột)"),
                number=info.index + 1,
                name=info.name,
                rows=info.rows,
                columns=info.columns,
            )
            if not info.has_header:
                text += self.tr(" – không thấy dòng tiêu đề")
            self.ui.tableCombo.addItem(text, info.index)
        self.ui.tableCombo.setCurrentIndex(self.preview.table_index)
        self.ui.tableCombo.setEnabled(len(self.preview.tables) > 1)
        self.ui.tableCombo.currentIndexChanged.connect(self._table_changed)

    def _fill_target(self, plans: list[PlanSummary], default_plan_id: int | None) -> None:
        for plan in plans:
            self.ui.existingPlanCombo.addItem(f"{plan.id}. {plan.title} ({plan.period.label()})", plan.id)
        if not plans:
            self.ui.existingPlanRadio.setEnabled(False)
            self.ui.existingPlanCombo.setEnabled(False)
        elif default_plan_id is not None:
            index = self.ui.existingPlanCombo.findData(default_plan_id)
            self.ui.existingPlanCombo.setCurrentIndex(max(index, 0))
        self.ui.newPlanTitle.setText(self.preview.suggested_title or "")
        self.ui.newPlanTitle.textChanged.connect(self._update_ok)
        self.ui.newPlanRadio.toggled.connect(self._update_ok)

    def _build_mapping_combos(self) -> None:
        """One combo per field. Rebuilt only when the table changes (other headers)."""
        form = self.ui.mappingForm
        while form.rowCount():
            form.removeRow(0)
        self.mapping_combos.clear()
        headers = self.preview.mapping.headers
        for name in FIELDS:
            combo = QComboBox(self.form)
            combo.addItem(self.tr("(không nhập)"), None)
            for column in range(max(self.preview.mapping.width, len(headers))):
                header = headers[column].replace("\n", " ") if column < len(headers) else ""
                combo.addItem(
                    fmt(self.tr("Cột {number}: {header}"), number=column + 1, header=header), column
                )
            combo.currentIndexChanged.connect(lambda _i, field=name: self._mapping_changed(field))
            self.mapping_combos[name] = combo
            form.addRow(field_label(name), combo)

    # --- showing a preview ---------------------------------------------------------------------

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.column_of(name)), 0))
            combo.blockSignals(False)
        period = preview.suggested_period
        self.ui.periodLabel.setText(
            fmt(self.tr("Kỳ: {period}"), period=period.label())
            if period
            else self.tr("Kỳ: năm hiện tại (không đọc được từ tiêu đề)")
        )
        self.tree_model.set_document(preview.to_plan_document())

        self.ui.countsList.clear()
        for count in preview.section_counts:
            self.ui.countsList.addItem(count.line())
        self.ui.warningsList.clear()  # unknown columns are among the warnings
        for warning in preview.warnings:
            self.ui.warningsList.addItem(str(warning))
        self.ui.previewTabs.setTabText(
            _WARNINGS_TAB, fmt(self.tr("Cảnh báo ({count})"), count=self.ui.warningsList.count())
        )
        self.ui.unitsList.clear()
        for match in preview.units:
            if match.unit is None:
                item = QListWidgetItem(fmt(self.tr("＋ Đơn vị mới: {name}"), name=match.label))
            else:
                item = QListWidgetItem(
                    fmt(self.tr("✓ {label} → {name}"), label=match.label, name=match.unit.name)
                )
            item.setData(Qt.UserRole, match.label if match.unit is None else "")
            self.ui.unitsList.addItem(item)
        self.ui.previewTabs.setTabText(
            _UNITS_TAB, fmt(self.tr("Đơn vị ({count} mới)"), count=len(preview.new_units))
        )
        counts = preview.counts
        self._set_summary(
            fmt(
                self.tr("Sẽ nhập {counts}; {warnings} cảnh báo; {units} đơn vị mới."),
                counts=counts.message(),
                warnings=self.ui.warningsList.count(),
                units=len(preview.new_units),
            ),
            ok=counts.tasks + counts.groups > 0,
        )

    def _set_summary(self, text: str, ok: bool) -> None:
        self.ui.summaryLabel.setText(text if ok else f"<span style='color:#b00020'>{text}</span>")
        self._analysis_ok = ok
        self._update_ok()

    def _update_ok(self) -> None:
        title_ok = self.ui.existingPlanRadio.isChecked() or bool(self.ui.newPlanTitle.text().strip())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self._analysis_ok and title_ok)

    # --- changes by the user -------------------------------------------------------------------

    def _mapping_changed(self, name: str) -> None:
        column = self.mapping_combos[name].currentData()
        self._reanalyse(self.preview.mapping.with_field(name, column), self.preview.table_index)

    def _table_changed(self, combo_index: int) -> None:
        if self._reanalyse(None, self.ui.tableCombo.itemData(combo_index), rebuild=True):
            self.ui.newPlanTitle.setText(self.preview.suggested_title or self.ui.newPlanTitle.text())

    def _reanalyse(self, mapping, table_index: int, rebuild: bool = False) -> bool:
        try:
            preview = analyse_tables(self.tables, self.units, mapping=mapping, table_number=table_index + 1)
        except CchcError as error:
            self._set_summary(error.message, ok=False)
            return False
        self.preview = preview
        if rebuild:
            self._build_mapping_combos()
        self._show(preview)
        return True

    def _unit_selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.ui.mapUnitButton.setEnabled(bool(current and current.data(Qt.UserRole)) and bool(self.units))

    def map_unit_dialog(self) -> None:
        current = self.ui.unitsList.currentItem()
        label = current.data(Qt.UserRole) if current else ""
        if not label:
            return
        names = [u.name for u in self.units]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Đơn vị đã có"),
            fmt(self.tr("«{label}» là đơn vị nào trong danh mục?"), label=label),
            names,
            0,
            False,
        )
        if ok:
            self.map_unit(label, self.units[names.index(choice)])

    def map_unit(self, label: str, unit: Unit) -> None:
        self._show(self.preview.with_unit(label, unit))

    # --- result --------------------------------------------------------------------------------

    def choice(self) -> ImportChoice:
        plan_id = self.ui.existingPlanCombo.currentData() if self.ui.existingPlanRadio.isChecked() else None
        return ImportChoice(self.preview, plan_id, self.ui.newPlanTitle.text().strip())
