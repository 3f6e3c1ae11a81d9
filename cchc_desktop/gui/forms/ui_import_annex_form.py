# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTreeView, QVBoxLayout, QWidget)

class Ui_ImportAnnexForm(object):
    def setupUi(self, ImportAnnexForm):
        if not ImportAnnexForm.objectName():
            ImportAnnexForm.setObjectName(u"ImportAnnexForm")
        ImportAnnexForm.resize(1300, 760)
        self.formLayout = QVBoxLayout(ImportAnnexForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.sourceLabel = QLabel(ImportAnnexForm)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.formLayout.addWidget(self.sourceLabel)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.tableLabel = QLabel(ImportAnnexForm)
        self.tableLabel.setObjectName(u"tableLabel")

        self.tableRow.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(ImportAnnexForm)
        self.tableCombo.setObjectName(u"tableCombo")
        self.tableCombo.setMinimumSize(QSize(420, 0))

        self.tableRow.addWidget(self.tableCombo)

        self.tableSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableRow.addItem(self.tableSpacer)


        self.formLayout.addLayout(self.tableRow)

        self.targetBox = QGroupBox(ImportAnnexForm)
        self.targetBox.setObjectName(u"targetBox")
        self.targetLayout = QGridLayout(self.targetBox)
        self.targetLayout.setObjectName(u"targetLayout")
        self.newPlanRadio = QRadioButton(self.targetBox)
        self.newPlanRadio.setObjectName(u"newPlanRadio")
        self.newPlanRadio.setChecked(True)

        self.targetLayout.addWidget(self.newPlanRadio, 0, 0, 1, 1)

        self.newPlanTitle = QLineEdit(self.targetBox)
        self.newPlanTitle.setObjectName(u"newPlanTitle")

        self.targetLayout.addWidget(self.newPlanTitle, 0, 1, 1, 1)

        self.periodLabel = QLabel(self.targetBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.targetLayout.addWidget(self.periodLabel, 0, 2, 1, 1)

        self.existingPlanRadio = QRadioButton(self.targetBox)
        self.existingPlanRadio.setObjectName(u"existingPlanRadio")

        self.targetLayout.addWidget(self.existingPlanRadio, 1, 0, 1, 1)

        self.existingPlanCombo = QComboBox(self.targetBox)
        self.existingPlanCombo.setObjectName(u"existingPlanCombo")

        self.targetLayout.addWidget(self.existingPlanCombo, 1, 1, 1, 2)


        self.formLayout.addWidget(self.targetBox)

        self.previewSplitter = QSplitter(ImportAnnexForm)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Horizontal)
        self.previewSplitter.setChildrenCollapsible(False)
        self.mappingBox = QGroupBox(self.previewSplitter)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingForm = QFormLayout(self.mappingBox)
        self.mappingForm.setObjectName(u"mappingForm")
        self.previewSplitter.addWidget(self.mappingBox)
        self.previewTabs = QTabWidget(self.previewSplitter)
        self.previewTabs.setObjectName(u"previewTabs")
        self.treeTab = QWidget()
        self.treeTab.setObjectName(u"treeTab")
        self.treeTabLayout = QVBoxLayout(self.treeTab)
        self.treeTabLayout.setObjectName(u"treeTabLayout")
        self.previewTree = QTreeView(self.treeTab)
        self.previewTree.setObjectName(u"previewTree")
        self.previewTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTree.setAlternatingRowColors(True)
        self.previewTree.setWordWrap(True)

        self.treeTabLayout.addWidget(self.previewTree)

        self.previewTabs.addTab(self.treeTab, "")
        self.countsTab = QWidget()
        self.countsTab.setObjectName(u"countsTab")
        self.countsTabLayout = QVBoxLayout(self.countsTab)
        self.countsTabLayout.setObjectName(u"countsTabLayout")
        self.countsList = QListWidget(self.countsTab)
        self.countsList.setObjectName(u"countsList")

        self.countsTabLayout.addWidget(self.countsList)

        self.previewTabs.addTab(self.countsTab, "")
        self.warningsTab = QWidget()
        self.warningsTab.setObjectName(u"warningsTab")
        self.warningsTabLayout = QVBoxLayout(self.warningsTab)
        self.warningsTabLayout.setObjectName(u"warningsTabLayout")
        self.warningsList = QListWidget(self.warningsTab)
        self.warningsList.setObjectName(u"warningsList")
        self.warningsList.setWordWrap(True)

        self.warningsTabLayout.addWidget(self.warningsList)

        self.previewTabs.addTab(self.warningsTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsTabLayout = QVBoxLayout(self.unitsTab)
        self.unitsTabLayout.setObjectName(u"unitsTabLayout")
        self.unitsHint = QLabel(self.unitsTab)
        self.unitsHint.setObjectName(u"unitsHint")
        self.unitsHint.setWordWrap(True)

        self.unitsTabLayout.addWidget(self.unitsHint)

        self.unitsList = QListWidget(self.unitsTab)
        self.unitsList.setObjectName(u"unitsList")

        self.unitsTabLayout.addWidget(self.unitsList)

        self.unitButtons = QHBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.mapUnitButton = QPushButton(self.unitsTab)
        self.mapUnitButton.setObjectName(u"mapUnitButton")
        self.mapUnitButton.setEnabled(False)

        self.unitButtons.addWidget(self.mapUnitButton)

        self.unitButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitButtons.addItem(self.unitButtonsSpacer)


        self.unitsTabLayout.addLayout(self.unitButtons)

        self.previewTabs.addTab(self.unitsTab, "")
        self.previewSplitter.addWidget(self.previewTabs)

        self.formLayout.addWidget(self.previewSplitter)

        self.summaryLabel = QLabel(ImportAnnexForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.formLayout.addWidget(self.summaryLabel)

        self.formLayout.setStretch(3, 1)

        self.retranslateUi(ImportAnnexForm)

        QMetaObject.connectSlotsByName(ImportAnnexForm)
    # setupUi

    def retranslateUi(self, ImportAnnexForm):
        self.sourceLabel.setText("")
        self.tableLabel.setText(QCoreApplication.translate("ImportAnnexForm", u"B\u1ea3ng c\u1ea7n nh\u1eadp:", None))
#if QT_CONFIG(accessibility)
        self.tableCombo.setAccessibleName(QCoreApplication.translate("ImportAnnexForm", u"B\u1ea3ng c\u1ea7n nh\u1eadp", None))
#endif // QT_CONFIG(accessibility)
        self.targetBox.setTitle(QCoreApplication.translate("ImportAnnexForm", u"Nh\u1eadp v\u00e0o", None))
        self.newPlanRadio.setText(QCoreApplication.translate("ImportAnnexForm", u"K\u1ebf ho\u1ea1ch m\u1edbi, t\u00ean:", None))
#if QT_CONFIG(accessibility)
        self.newPlanTitle.setAccessibleName(QCoreApplication.translate("ImportAnnexForm", u"T\u00ean k\u1ebf ho\u1ea1ch m\u1edbi", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText("")
        self.existingPlanRadio.setText(QCoreApplication.translate("ImportAnnexForm", u"Th\u00eam v\u00e0o k\u1ebf ho\u1ea1ch \u0111\u00e3 c\u00f3:", None))
#if QT_CONFIG(accessibility)
        self.existingPlanCombo.setAccessibleName(QCoreApplication.translate("ImportAnnexForm", u"K\u1ebf ho\u1ea1ch \u0111\u00e3 c\u00f3", None))
#endif // QT_CONFIG(accessibility)
        self.mappingBox.setTitle(QCoreApplication.translate("ImportAnnexForm", u"C\u1ed9t trong b\u1ea3ng \u2192 tr\u01b0\u1eddng", None))
#if QT_CONFIG(accessibility)
        self.previewTree.setAccessibleName(QCoreApplication.translate("ImportAnnexForm", u"C\u00e2y nhi\u1ec7m v\u1ee5 s\u1ebd t\u1ea1o", None))
#endif // QT_CONFIG(accessibility)
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.treeTab), QCoreApplication.translate("ImportAnnexForm", u"C\u00e2y nhi\u1ec7m v\u1ee5 s\u1ebd t\u1ea1o", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.countsTab), QCoreApplication.translate("ImportAnnexForm", u"S\u1ed1 l\u01b0\u1ee3ng theo l\u0129nh v\u1ef1c", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.warningsTab), QCoreApplication.translate("ImportAnnexForm", u"C\u1ea3nh b\u00e1o", None))
        self.unitsHint.setText(QCoreApplication.translate("ImportAnnexForm", u"T\u00ean m\u1edbi s\u1ebd \u0111\u01b0\u1ee3c th\u00eam v\u00e0o danh m\u1ee5c \u0111\u01a1n v\u1ecb. N\u1ebfu m\u1ed9t t\u00ean m\u1edbi th\u1ef1c ra l\u00e0 m\u1ed9t \u0111\u01a1n v\u1ecb \u0111\u00e3 c\u00f3 (vi\u1ebft t\u1eaft, vi\u1ebft kh\u00e1c), ch\u1ecdn n\u00f3 r\u1ed3i b\u1ea5m \u00abL\u00e0 \u0111\u01a1n v\u1ecb \u0111\u00e3 c\u00f3\u2026\u00bb.", None))
#if QT_CONFIG(accessibility)
        self.unitsList.setAccessibleName(QCoreApplication.translate("ImportAnnexForm", u"\u0110\u01a1n v\u1ecb trong ph\u1ee5 l\u1ee5c", None))
#endif // QT_CONFIG(accessibility)
        self.mapUnitButton.setText(QCoreApplication.translate("ImportAnnexForm", u"L\u00e0 \u0111\u01a1n v\u1ecb \u0111\u00e3 c\u00f3\u2026", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.unitsTab), QCoreApplication.translate("ImportAnnexForm", u"\u0110\u01a1n v\u1ecb", None))
        self.summaryLabel.setText("")
        pass
    # retranslateUi

