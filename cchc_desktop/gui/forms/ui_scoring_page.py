# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QTreeView, QVBoxLayout, QWidget)

class Ui_ScoringPage(object):
    def setupUi(self, ScoringPage):
        if not ScoringPage.objectName():
            ScoringPage.setObjectName(u"ScoringPage")
        ScoringPage.resize(1200, 680)
        self.pageLayout = QVBoxLayout(ScoringPage)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.assessmentLabel = QLabel(ScoringPage)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.topRow.addWidget(self.assessmentLabel)

        self.assessmentCombo = QComboBox(ScoringPage)
        self.assessmentCombo.setObjectName(u"assessmentCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.assessmentCombo.sizePolicy().hasHeightForWidth())
        self.assessmentCombo.setSizePolicy(sizePolicy)
        self.assessmentCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.assessmentCombo.setMinimumContentsLength(30)

        self.topRow.addWidget(self.assessmentCombo)

        self.newAssessmentButton = QPushButton(ScoringPage)
        self.newAssessmentButton.setObjectName(u"newAssessmentButton")

        self.topRow.addWidget(self.newAssessmentButton)

        self.importCriteriaButton = QPushButton(ScoringPage)
        self.importCriteriaButton.setObjectName(u"importCriteriaButton")

        self.topRow.addWidget(self.importCriteriaButton)

        self.templateButton = QPushButton(ScoringPage)
        self.templateButton.setObjectName(u"templateButton")

        self.topRow.addWidget(self.templateButton)


        self.pageLayout.addLayout(self.topRow)

        self.setInfo = QLabel(ScoringPage)
        self.setInfo.setObjectName(u"setInfo")
        self.setInfo.setWordWrap(True)
        self.setInfo.setTextFormat(Qt.RichText)

        self.pageLayout.addWidget(self.setInfo)

        self.totalsRow = QHBoxLayout()
        self.totalsRow.setObjectName(u"totalsRow")
        self.areaTotals = QTableView(ScoringPage)
        self.areaTotals.setObjectName(u"areaTotals")
        sizePolicy.setHeightForWidth(self.areaTotals.sizePolicy().hasHeightForWidth())
        self.areaTotals.setSizePolicy(sizePolicy)
        self.areaTotals.setMinimumSize(QSize(0, 58))
        self.areaTotals.setMaximumSize(QSize(16777215, 58))
        self.areaTotals.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.areaTotals.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.areaTotals.setSelectionMode(QAbstractItemView.NoSelection)
        self.areaTotals.setFocusPolicy(Qt.NoFocus)

        self.totalsRow.addWidget(self.areaTotals)

        self.indexBox = QLabel(ScoringPage)
        self.indexBox.setObjectName(u"indexBox")
        self.indexBox.setMinimumSize(QSize(230, 0))
        self.indexBox.setTextFormat(Qt.RichText)
        self.indexBox.setAlignment(Qt.AlignCenter)
        self.indexBox.setFrameShape(QFrame.StyledPanel)

        self.totalsRow.addWidget(self.indexBox)


        self.pageLayout.addLayout(self.totalsRow)

        self.mainSplitter = QSplitter(ScoringPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.formTree = QTreeView(self.mainSplitter)
        self.formTree.setObjectName(u"formTree")
        self.formTree.setAlternatingRowColors(True)
        self.formTree.setUniformRowHeights(False)
        self.formTree.setAllColumnsShowFocus(False)
        self.formTree.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.formTree.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed|QAbstractItemView.SelectedClicked)
        self.mainSplitter.addWidget(self.formTree)
        self.detailTabs = QTabWidget(self.mainSplitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.criterionTab = QWidget()
        self.criterionTab.setObjectName(u"criterionTab")
        self.criterionLayout = QVBoxLayout(self.criterionTab)
        self.criterionLayout.setObjectName(u"criterionLayout")
        self.criterionInfo = QLabel(self.criterionTab)
        self.criterionInfo.setObjectName(u"criterionInfo")
        self.criterionInfo.setWordWrap(True)
        self.criterionInfo.setTextFormat(Qt.RichText)
        self.criterionInfo.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.criterionInfo.sizePolicy().hasHeightForWidth())
        self.criterionInfo.setSizePolicy(sizePolicy1)

        self.criterionLayout.addWidget(self.criterionInfo)

        self.registerBox = QGroupBox(self.criterionTab)
        self.registerBox.setObjectName(u"registerBox")
        self.registerLayout = QVBoxLayout(self.registerBox)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerNote = QLabel(self.registerBox)
        self.registerNote.setObjectName(u"registerNote")
        self.registerNote.setWordWrap(True)

        self.registerLayout.addWidget(self.registerNote)

        self.useRegisterButton = QPushButton(self.registerBox)
        self.useRegisterButton.setObjectName(u"useRegisterButton")

        self.registerLayout.addWidget(self.useRegisterButton)


        self.criterionLayout.addWidget(self.registerBox)

        self.evidenceBox = QGroupBox(self.criterionTab)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceList = QListView(self.evidenceBox)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setMaximumSize(QSize(16777215, 48))
        self.evidenceList.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceList)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.attachButton = QPushButton(self.evidenceBox)
        self.attachButton.setObjectName(u"attachButton")

        self.evidenceButtons.addWidget(self.attachButton)

        self.detachButton = QPushButton(self.evidenceBox)
        self.detachButton.setObjectName(u"detachButton")

        self.evidenceButtons.addWidget(self.detachButton)


        self.evidenceLayout.addLayout(self.evidenceButtons)


        self.criterionLayout.addWidget(self.evidenceBox)

        self.explanationLabel = QLabel(self.criterionTab)
        self.explanationLabel.setObjectName(u"explanationLabel")

        self.criterionLayout.addWidget(self.explanationLabel)

        self.explanationEdit = QPlainTextEdit(self.criterionTab)
        self.explanationEdit.setObjectName(u"explanationEdit")
        self.explanationEdit.setMaximumSize(QSize(16777215, 60))
        self.explanationEdit.setTabChangesFocus(True)

        self.criterionLayout.addWidget(self.explanationEdit)

        self.overrideEdit = QLineEdit(self.criterionTab)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.criterionLayout.addWidget(self.overrideEdit)

        self.saveTextsButton = QPushButton(self.criterionTab)
        self.saveTextsButton.setObjectName(u"saveTextsButton")

        self.criterionLayout.addWidget(self.saveTextsButton)

        self.detailTabs.addTab(self.criterionTab, "")
        self.appraisalTab = QWidget()
        self.appraisalTab.setObjectName(u"appraisalTab")
        self.appraisalLayout = QFormLayout(self.appraisalTab)
        self.appraisalLayout.setObjectName(u"appraisalLayout")
        self.roundLabel = QLabel(self.appraisalTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.appraisalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.roundSpin = QSpinBox(self.appraisalTab)
        self.roundSpin.setObjectName(u"roundSpin")
        self.roundSpin.setMinimum(1)
        self.roundSpin.setMaximum(9)

        self.appraisalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roundSpin)

        self.appraisalScoreLabel = QLabel(self.appraisalTab)
        self.appraisalScoreLabel.setObjectName(u"appraisalScoreLabel")

        self.appraisalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.appraisalScoreLabel)

        self.appraisalScoreEdit = QLineEdit(self.appraisalTab)
        self.appraisalScoreEdit.setObjectName(u"appraisalScoreEdit")

        self.appraisalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.appraisalScoreEdit)

        self.commentLabel = QLabel(self.appraisalTab)
        self.commentLabel.setObjectName(u"commentLabel")

        self.appraisalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.appraisalTab)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.appraisalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.explanationRequestedCheck = QCheckBox(self.appraisalTab)
        self.explanationRequestedCheck.setObjectName(u"explanationRequestedCheck")

        self.appraisalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.explanationRequestedCheck)

        self.responseLabel = QLabel(self.appraisalTab)
        self.responseLabel.setObjectName(u"responseLabel")

        self.appraisalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseEdit = QPlainTextEdit(self.appraisalTab)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)

        self.appraisalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responseEdit)

        self.saveAppraisalButton = QPushButton(self.appraisalTab)
        self.saveAppraisalButton.setObjectName(u"saveAppraisalButton")

        self.appraisalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.saveAppraisalButton)

        self.supplementButton = QPushButton(self.appraisalTab)
        self.supplementButton.setObjectName(u"supplementButton")

        self.appraisalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.supplementButton)

        self.detailTabs.addTab(self.appraisalTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableView(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.historyLayout.addWidget(self.historyTable)

        self.detailTabs.addTab(self.historyTab, "")
        self.checklistTab = QWidget()
        self.checklistTab.setObjectName(u"checklistTab")
        self.checklistLayout = QVBoxLayout(self.checklistTab)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistInfo = QLabel(self.checklistTab)
        self.checklistInfo.setObjectName(u"checklistInfo")
        self.checklistInfo.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistInfo)

        self.checklistTable = QTableView(self.checklistTab)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setAlternatingRowColors(True)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checklistTable.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistTable)

        self.detailTabs.addTab(self.checklistTab, "")
        self.lostTab = QWidget()
        self.lostTab.setObjectName(u"lostTab")
        self.lostLayout = QVBoxLayout(self.lostTab)
        self.lostLayout.setObjectName(u"lostLayout")
        self.lostTable = QTableView(self.lostTab)
        self.lostTable.setObjectName(u"lostTable")
        self.lostTable.setAlternatingRowColors(True)
        self.lostTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.lostLayout.addWidget(self.lostTable)

        self.planLabel = QLabel(self.lostTab)
        self.planLabel.setObjectName(u"planLabel")

        self.lostLayout.addWidget(self.planLabel)

        self.planCombo = QComboBox(self.lostTab)
        self.planCombo.setObjectName(u"planCombo")
        self.planCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.planCombo.setMinimumContentsLength(20)

        self.lostLayout.addWidget(self.planCombo)

        self.toPlanButton = QPushButton(self.lostTab)
        self.toPlanButton.setObjectName(u"toPlanButton")

        self.lostLayout.addWidget(self.toPlanButton)

        self.detailTabs.addTab(self.lostTab, "")
        self.mainSplitter.addWidget(self.detailTabs)

        self.pageLayout.addWidget(self.mainSplitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.exportFormButton = QPushButton(ScoringPage)
        self.exportFormButton.setObjectName(u"exportFormButton")

        self.buttonRow.addWidget(self.exportFormButton)

        self.fillFormButton = QPushButton(ScoringPage)
        self.fillFormButton.setObjectName(u"fillFormButton")

        self.buttonRow.addWidget(self.fillFormButton)

        self.reportButton = QPushButton(ScoringPage)
        self.reportButton.setObjectName(u"reportButton")

        self.buttonRow.addWidget(self.reportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.finaliseButton = QPushButton(ScoringPage)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.buttonRow.addWidget(self.finaliseButton)

        self.reviseButton = QPushButton(ScoringPage)
        self.reviseButton.setObjectName(u"reviseButton")

        self.buttonRow.addWidget(self.reviseButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.assessmentLabel.setBuddy(self.assessmentCombo)
        self.explanationLabel.setBuddy(self.explanationEdit)
        self.roundLabel.setBuddy(self.roundSpin)
        self.appraisalScoreLabel.setBuddy(self.appraisalScoreEdit)
        self.commentLabel.setBuddy(self.commentEdit)
        self.responseLabel.setBuddy(self.responseEdit)
        self.planLabel.setBuddy(self.planCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoringPage)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ScoringPage)
    # setupUi

    def retranslateUi(self, ScoringPage):
        self.assessmentLabel.setText(QCoreApplication.translate("ScoringPage", u"B\u1ea3n ch\u1ea5m \u0111i\u1ec3m:", None))
#if QT_CONFIG(accessibility)
        self.assessmentCombo.setAccessibleName(QCoreApplication.translate("ScoringPage", u"B\u1ea3n ch\u1ea5m \u0111i\u1ec3m", None))
#endif // QT_CONFIG(accessibility)
        self.newAssessmentButton.setText(QCoreApplication.translate("ScoringPage", u"T\u1ea1o b\u1ea3n ch\u1ea5m \u0111i\u1ec3m\u2026", None))
        self.importCriteriaButton.setText(QCoreApplication.translate("ScoringPage", u"Nh\u1eadp b\u1ed9 ti\u00eau ch\u00ed\u2026", None))
#if QT_CONFIG(tooltip)
        self.importCriteriaButton.setToolTip(QCoreApplication.translate("ScoringPage", u"Nh\u1eadp b\u1ed9 ti\u00eau ch\u00ed c\u1ee7a t\u1ec9nh t\u1eeb t\u1ec7p Excel (m\u1eabu tr\u1ed1ng: T\u1ec7p m\u1eabu b\u1ed9 ti\u00eau ch\u00ed)", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("ScoringPage", u"M\u1eabu b\u1ed9 ti\u00eau ch\u00ed\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ScoringPage", u"Ghi t\u1ec7p Excel b\u1ed9 ti\u00eau ch\u00ed tr\u1ed1ng, k\u00e8m h\u01b0\u1edbng d\u1eabn c\u00e1ch ch\u1ea5m", None))
#endif // QT_CONFIG(tooltip)
        self.setInfo.setText("")
#if QT_CONFIG(accessibility)
        self.areaTotals.setAccessibleName(QCoreApplication.translate("ScoringPage", u"T\u1ed5ng \u0111i\u1ec3m theo l\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.indexBox.setAccessibleName(QCoreApplication.translate("ScoringPage", u"Ch\u1ec9 s\u1ed1 v\u00e0 x\u1ebfp lo\u1ea1i", None))
#endif // QT_CONFIG(accessibility)
        self.indexBox.setText("")
#if QT_CONFIG(accessibility)
        self.formTree.setAccessibleName(QCoreApplication.translate("ScoringPage", u"Phi\u1ebfu ch\u1ea5m \u0111i\u1ec3m", None))
#endif // QT_CONFIG(accessibility)
        self.criterionInfo.setText(QCoreApplication.translate("ScoringPage", u"Ch\u1ecdn m\u1ed9t ti\u00eau ch\u00ed trong phi\u1ebfu.", None))
        self.registerBox.setTitle(QCoreApplication.translate("ScoringPage", u"S\u1ed1 li\u1ec7u t\u1eeb s\u1ed5 nhi\u1ec7m v\u1ee5", None))
        self.registerNote.setText("")
        self.useRegisterButton.setText(QCoreApplication.translate("ScoringPage", u"D\u00f9ng s\u1ed1 li\u1ec7u n\u00e0y", None))
        self.evidenceBox.setTitle(QCoreApplication.translate("ScoringPage", u"T\u00e0i li\u1ec7u ki\u1ec3m ch\u1ee9ng", None))
#if QT_CONFIG(accessibility)
        self.evidenceList.setAccessibleName(QCoreApplication.translate("ScoringPage", u"T\u00e0i li\u1ec7u ki\u1ec3m ch\u1ee9ng c\u1ee7a ti\u00eau ch\u00ed", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("ScoringPage", u"\u0110\u00ednh k\u00e8m t\u1ec7p\u2026", None))
        self.detachButton.setText(QCoreApplication.translate("ScoringPage", u"G\u1ee1 t\u00e0i li\u1ec7u", None))
        self.explanationLabel.setText(QCoreApplication.translate("ScoringPage", u"Gi\u1ea3i tr\u00ecnh (ho\u1eb7c l\u00fd do kh\u00f4ng \u00e1p d\u1ee5ng):", None))
#if QT_CONFIG(accessibility)
        self.explanationEdit.setAccessibleName(QCoreApplication.translate("ScoringPage", u"Gi\u1ea3i tr\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overrideEdit.setAccessibleName(QCoreApplication.translate("ScoringPage", u"L\u00fd do ch\u1ea5m kh\u00e1c c\u00e1ch ch\u1ea5m", None))
#endif // QT_CONFIG(accessibility)
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("ScoringPage", u"L\u00fd do ch\u1ea5m kh\u00e1c c\u00e1ch ch\u1ea5m / kh\u00e1c s\u1ed5 nhi\u1ec7m v\u1ee5 (n\u1ebfu c\u00f3)", None))
        self.saveTextsButton.setText(QCoreApplication.translate("ScoringPage", u"L\u01b0u gi\u1ea3i tr\u00ecnh v\u00e0 l\u00fd do", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.criterionTab), QCoreApplication.translate("ScoringPage", u"Ti\u00eau ch\u00ed", None))
        self.roundLabel.setText(QCoreApplication.translate("ScoringPage", u"L\u1ea7n th\u1ea9m \u0111\u1ecbnh:", None))
        self.appraisalScoreLabel.setText(QCoreApplication.translate("ScoringPage", u"\u0110i\u1ec3m th\u1ea9m \u0111\u1ecbnh:", None))
#if QT_CONFIG(accessibility)
        self.appraisalScoreEdit.setAccessibleName(QCoreApplication.translate("ScoringPage", u"\u0110i\u1ec3m th\u1ea9m \u0111\u1ecbnh", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("ScoringPage", u"Nh\u1eadn x\u00e9t c\u1ee7a t\u1ec9nh:", None))
        self.explanationRequestedCheck.setText(QCoreApplication.translate("ScoringPage", u"T\u1ec9nh y\u00eau c\u1ea7u gi\u1ea3i tr\u00ecnh", None))
        self.responseLabel.setText(QCoreApplication.translate("ScoringPage", u"Gi\u1ea3i tr\u00ecnh c\u1ee7a x\u00e3:", None))
        self.saveAppraisalButton.setText(QCoreApplication.translate("ScoringPage", u"L\u01b0u l\u1ea7n th\u1ea9m \u0111\u1ecbnh", None))
        self.supplementButton.setText(QCoreApplication.translate("ScoringPage", u"\u0110\u00ednh k\u00e8m t\u00e0i li\u1ec7u b\u1ed5 sung\u2026", None))
#if QT_CONFIG(tooltip)
        self.supplementButton.setToolTip(QCoreApplication.translate("ScoringPage", u"T\u00e0i li\u1ec7u g\u1eedi b\u1ed5 sung theo y\u00eau c\u1ea7u c\u1ee7a l\u1ea7n th\u1ea9m \u0111\u1ecbnh n\u00e0y (gi\u1eef ri\u00eang v\u1edbi t\u00e0i li\u1ec7u ban \u0111\u1ea7u)", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.appraisalTab), QCoreApplication.translate("ScoringPage", u"Th\u1ea9m \u0111\u1ecbnh", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("ScoringPage", u"L\u1ecbch s\u1eed thay \u0111\u1ed5i c\u1ee7a ti\u00eau ch\u00ed", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("ScoringPage", u"L\u1ecbch s\u1eed", None))
        self.checklistInfo.setText("")
#if QT_CONFIG(accessibility)
        self.checklistTable.setAccessibleName(QCoreApplication.translate("ScoringPage", u"Danh s\u00e1ch ki\u1ec3m tra tr\u01b0\u1edbc khi ch\u1ed1t", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.checklistTab), QCoreApplication.translate("ScoringPage", u"Ki\u1ec3m tra", None))
#if QT_CONFIG(accessibility)
        self.lostTable.setAccessibleName(QCoreApplication.translate("ScoringPage", u"\u0110i\u1ec3m b\u1ecb m\u1ea5t khi th\u1ea9m \u0111\u1ecbnh", None))
#endif // QT_CONFIG(accessibility)
        self.planLabel.setText(QCoreApplication.translate("ScoringPage", u"\u0110\u01b0a c\u00e1c ti\u00eau ch\u00ed \u0111\u00e3 \u0111\u00e1nh d\u1ea5u v\u00e0o k\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(accessibility)
        self.planCombo.setAccessibleName(QCoreApplication.translate("ScoringPage", u"K\u1ebf ho\u1ea1ch n\u0103m sau", None))
#endif // QT_CONFIG(accessibility)
        self.toPlanButton.setText(QCoreApplication.translate("ScoringPage", u"Th\u00eam v\u00e0o k\u1ebf ho\u1ea1ch n\u0103m sau", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.lostTab), QCoreApplication.translate("ScoringPage", u"M\u1ea5t \u0111i\u1ec3m", None))
        self.exportFormButton.setText(QCoreApplication.translate("ScoringPage", u"Xu\u1ea5t phi\u1ebfu Excel\u2026", None))
        self.fillFormButton.setText(QCoreApplication.translate("ScoringPage", u"Nh\u1eadp phi\u1ebfu \u0111\u00e3 \u0111i\u1ec1n\u2026", None))
        self.reportButton.setText(QCoreApplication.translate("ScoringPage", u"B\u00e1o c\u00e1o PDF\u2026", None))
        self.finaliseButton.setText(QCoreApplication.translate("ScoringPage", u"Ch\u1ed1t b\u1ea3n t\u1ef1 \u0111\u00e1nh gi\u00e1\u2026", None))
        self.reviseButton.setText(QCoreApplication.translate("ScoringPage", u"M\u1edf l\u1ea7n ch\u1ea5m m\u1edbi", None))
        pass
    # retranslateUi

