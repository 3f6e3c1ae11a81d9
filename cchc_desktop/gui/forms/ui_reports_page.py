# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1140, 700)
        self.reportsLayout = QVBoxLayout(ReportsPage)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.documentBox = QGroupBox(ReportsPage)
        self.documentBox.setObjectName(u"documentBox")
        self.documentForm = QFormLayout(self.documentBox)
        self.documentForm.setObjectName(u"documentForm")
        self.documentForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.planLabel = QLabel(self.documentBox)
        self.planLabel.setObjectName(u"planLabel")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(self.documentBox)
        self.planCombo.setObjectName(u"planCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.planCombo.sizePolicy().hasHeightForWidth())
        self.planCombo.setSizePolicy(sizePolicy)
        self.planCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.planCombo.setMinimumContentsLength(30)

        self.documentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.kindLabel = QLabel(self.documentBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(self.documentBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.formatLabel = QLabel(self.documentBox)
        self.formatLabel.setObjectName(u"formatLabel")

        self.kindRow.addWidget(self.formatLabel)

        self.formatCombo = QComboBox(self.documentBox)
        self.formatCombo.setObjectName(u"formatCombo")

        self.kindRow.addWidget(self.formatCombo)


        self.documentForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.periodLabel = QLabel(self.documentBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodCombo = QComboBox(self.documentBox)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodRow.addWidget(self.periodCombo)

        self.asOfLabel = QLabel(self.documentBox)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.periodRow.addWidget(self.asOfLabel)

        self.asOfEdit = QDateEdit(self.documentBox)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.asOfEdit)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.documentForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.filterLabel = QLabel(self.documentBox)
        self.filterLabel.setObjectName(u"filterLabel")

        self.documentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.filterLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.unitCombo = QComboBox(self.documentBox)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.unitCombo)

        self.statusCombo = QComboBox(self.documentBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.statusCombo)

        self.sectionCombo = QComboBox(self.documentBox)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sectionCombo.setMinimumContentsLength(12)

        self.filterRow.addWidget(self.sectionCombo)


        self.documentForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.filterRow)

        self.assessmentLabel = QLabel(self.documentBox)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.documentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentCombo = QComboBox(self.documentBox)
        self.assessmentCombo.setObjectName(u"assessmentCombo")
        sizePolicy.setHeightForWidth(self.assessmentCombo.sizePolicy().hasHeightForWidth())
        self.assessmentCombo.setSizePolicy(sizePolicy)

        self.documentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assessmentCombo)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.exportButton = QPushButton(self.documentBox)
        self.exportButton.setObjectName(u"exportButton")

        self.documentButtons.addWidget(self.exportButton)

        self.previewButton = QPushButton(self.documentBox)
        self.previewButton.setObjectName(u"previewButton")

        self.documentButtons.addWidget(self.previewButton)

        self.printButton = QPushButton(self.documentBox)
        self.printButton.setObjectName(u"printButton")

        self.documentButtons.addWidget(self.printButton)

        self.documentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentSpacer)


        self.documentForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.documentButtons)


        self.topRow.addWidget(self.documentBox)

        self.packageBox = QGroupBox(ReportsPage)
        self.packageBox.setObjectName(u"packageBox")
        self.packageLayout = QVBoxLayout(self.packageBox)
        self.packageLayout.setObjectName(u"packageLayout")
        self.includePlan = QCheckBox(self.packageBox)
        self.includePlan.setObjectName(u"includePlan")
        self.includePlan.setChecked(True)

        self.packageLayout.addWidget(self.includePlan)

        self.includeAnnex = QCheckBox(self.packageBox)
        self.includeAnnex.setObjectName(u"includeAnnex")
        self.includeAnnex.setChecked(True)

        self.packageLayout.addWidget(self.includeAnnex)

        self.includeScore = QCheckBox(self.packageBox)
        self.includeScore.setObjectName(u"includeScore")
        self.includeScore.setChecked(True)

        self.packageLayout.addWidget(self.includeScore)

        self.includeEvidence = QCheckBox(self.packageBox)
        self.includeEvidence.setObjectName(u"includeEvidence")
        self.includeEvidence.setChecked(True)

        self.packageLayout.addWidget(self.includeEvidence)

        self.packageNote = QLabel(self.packageBox)
        self.packageNote.setObjectName(u"packageNote")
        self.packageNote.setWordWrap(True)

        self.packageLayout.addWidget(self.packageNote)

        self.packageButtons = QHBoxLayout()
        self.packageButtons.setObjectName(u"packageButtons")
        self.packageButton = QPushButton(self.packageBox)
        self.packageButton.setObjectName(u"packageButton")

        self.packageButtons.addWidget(self.packageButton)

        self.verifyButton = QPushButton(self.packageBox)
        self.verifyButton.setObjectName(u"verifyButton")

        self.packageButtons.addWidget(self.verifyButton)


        self.packageLayout.addLayout(self.packageButtons)

        self.packageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.packageLayout.addItem(self.packageSpacer)


        self.topRow.addWidget(self.packageBox)


        self.reportsLayout.addLayout(self.topRow)

        self.outboxBox = QGroupBox(ReportsPage)
        self.outboxBox.setObjectName(u"outboxBox")
        self.outboxLayout = QVBoxLayout(self.outboxBox)
        self.outboxLayout.setObjectName(u"outboxLayout")
        self.outboxHint = QLabel(self.outboxBox)
        self.outboxHint.setObjectName(u"outboxHint")
        self.outboxHint.setWordWrap(True)

        self.outboxLayout.addWidget(self.outboxHint)

        self.outboxTable = QTableView(self.outboxBox)
        self.outboxTable.setObjectName(u"outboxTable")
        self.outboxTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.outboxTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.outboxTable.setAlternatingRowColors(True)
        self.outboxTable.setWordWrap(False)

        self.outboxLayout.addWidget(self.outboxTable)

        self.outboxButtons = QHBoxLayout()
        self.outboxButtons.setObjectName(u"outboxButtons")
        self.markSentButton = QPushButton(self.outboxBox)
        self.markSentButton.setObjectName(u"markSentButton")

        self.outboxButtons.addWidget(self.markSentButton)

        self.openFolderButton = QPushButton(self.outboxBox)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.outboxButtons.addWidget(self.openFolderButton)

        self.verifySelectedButton = QPushButton(self.outboxBox)
        self.verifySelectedButton.setObjectName(u"verifySelectedButton")

        self.outboxButtons.addWidget(self.verifySelectedButton)

        self.outboxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outboxButtons.addItem(self.outboxSpacer)


        self.outboxLayout.addLayout(self.outboxButtons)


        self.reportsLayout.addWidget(self.outboxBox)

        self.reportsLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.filterLabel.setBuddy(self.unitCombo)
        self.assessmentLabel.setBuddy(self.assessmentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.documentBox.setTitle(QCoreApplication.translate("ReportsPage", u"Xu\u1ea5t v\u00e0 in t\u00e0i li\u1ec7u", None))
        self.planLabel.setText(QCoreApplication.translate("ReportsPage", u"&K\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(accessibility)
        self.planCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"K\u1ebf ho\u1ea1ch", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"&T\u00e0i li\u1ec7u:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Lo\u1ea1i t\u00e0i li\u1ec7u", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0110\u1ecb&nh d\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u0110\u1ecbnh d\u1ea1ng", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"K\u1ef3 &b\u00e1o c\u00e1o:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"K\u1ef3 b\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.asOfLabel.setText(QCoreApplication.translate("ReportsPage", u"t\u00ednh \u0111\u1ebfn &ng\u00e0y:", None))
#if QT_CONFIG(accessibility)
        self.asOfEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"S\u1ed1 li\u1ec7u t\u00ednh \u0111\u1ebfn ng\u00e0y", None))
#endif // QT_CONFIG(accessibility)
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd/MM/yyyy", None))
        self.filterLabel.setText(QCoreApplication.translate("ReportsPage", u"&L\u1ecdc nhi\u1ec7m v\u1ee5:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"L\u1ecdc theo \u0111\u01a1n v\u1ecb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"L\u1ecdc theo tr\u1ea1ng th\u00e1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"L\u1ecdc theo l\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentLabel.setText(QCoreApplication.translate("ReportsPage", u"B\u1ea3n &ch\u1ea5m \u0111i\u1ec3m:", None))
#if QT_CONFIG(accessibility)
        self.assessmentCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"B\u1ea3n ch\u1ea5m \u0111i\u1ec3m", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Xu\u1ea5t ra t\u1ec7p\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"Xem &tr\u01b0\u1edbc khi in\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&In\u2026", None))
        self.packageBox.setTitle(QCoreApplication.translate("ReportsPage", u"G\u00f3i n\u1ed9p l\u00ean ph\u1ea7n m\u1ec1m c\u1ee7a t\u1ec9nh", None))
        self.includePlan.setText(QCoreApplication.translate("ReportsPage", u"K\u1ebf ho\u1ea1ch v\u00e0 ph\u1ee5 l\u1ee5c (PDF)", None))
        self.includeAnnex.setText(QCoreApplication.translate("ReportsPage", u"Ph\u1ee5 l\u1ee5c nhi\u1ec7m v\u1ee5 (Excel)", None))
        self.includeScore.setText(QCoreApplication.translate("ReportsPage", u"B\u00e1o c\u00e1o t\u1ef1 ch\u1ea5m \u0111i\u1ec3m (PDF v\u00e0 Excel)", None))
        self.includeEvidence.setText(QCoreApplication.translate("ReportsPage", u"T\u00e0i li\u1ec7u ki\u1ec3m ch\u1ee9ng", None))
        self.packageNote.setText("")
        self.packageButton.setText(QCoreApplication.translate("ReportsPage", u"Chu\u1ea9n b\u1ecb &g\u00f3i n\u1ed9p\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("ReportsPage", u"Ki\u1ec3m tra &m\u1ed9t g\u00f3i\u2026", None))
        self.outboxBox.setTitle(QCoreApplication.translate("ReportsPage", u"G\u00f3i n\u1ed9p \u0111\u00e3 chu\u1ea9n b\u1ecb", None))
        self.outboxHint.setText("")
#if QT_CONFIG(accessibility)
        self.outboxTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Danh s\u00e1ch g\u00f3i n\u1ed9p", None))
#endif // QT_CONFIG(accessibility)
        self.markSentButton.setText(QCoreApplication.translate("ReportsPage", u"\u0110\u00e1nh d\u1ea5u &\u0111\u00e3 g\u1eedi\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("ReportsPage", u"&M\u1edf th\u01b0 m\u1ee5c", None))
        self.verifySelectedButton.setText(QCoreApplication.translate("ReportsPage", u"Ki\u1ec3m tra g\u00f3i &n\u00e0y", None))
        pass
    # retranslateUi

