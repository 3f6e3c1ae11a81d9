# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_TasksPage(object):
    def setupUi(self, TasksPage):
        if not TasksPage.objectName():
            TasksPage.setObjectName(u"TasksPage")
        TasksPage.resize(1180, 700)
        self.pageLayout = QVBoxLayout(TasksPage)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.planLayout = QHBoxLayout()
        self.planLayout.setObjectName(u"planLayout")
        self.planLabel = QLabel(TasksPage)
        self.planLabel.setObjectName(u"planLabel")

        self.planLayout.addWidget(self.planLabel)

        self.planCombo = QComboBox(TasksPage)
        self.planCombo.setObjectName(u"planCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.planCombo.sizePolicy().hasHeightForWidth())
        self.planCombo.setSizePolicy(sizePolicy)
        self.planCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.planCombo.setMinimumContentsLength(30)

        self.planLayout.addWidget(self.planCombo)


        self.pageLayout.addLayout(self.planLayout)

        self.tabs = QTabWidget(TasksPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setSpacing(4)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 4, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.listTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(200, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.sectionCombo = QComboBox(self.listTab)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sectionCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.sectionCombo)

        self.unitCombo = QComboBox(self.listTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.unitCombo)

        self.statusCombo = QComboBox(self.listTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.statusCombo)

        self.kindCombo = QComboBox(self.listTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.kindCombo)

        self.filterLayout.setStretch(0, 3)
        self.filterLayout.setStretch(1, 2)
        self.filterLayout.setStretch(2, 2)
        self.filterLayout.setStretch(3, 2)
        self.filterLayout.setStretch(4, 2)

        self.listLayout.addLayout(self.filterLayout)

        self.filterLayout2 = QHBoxLayout()
        self.filterLayout2.setObjectName(u"filterLayout2")
        self.overdueCheck = QCheckBox(self.listTab)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout2.addWidget(self.overdueCheck)

        self.soonCheck = QCheckBox(self.listTab)
        self.soonCheck.setObjectName(u"soonCheck")

        self.filterLayout2.addWidget(self.soonCheck)

        self.daysSpin = QSpinBox(self.listTab)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(366)
        self.daysSpin.setValue(14)

        self.filterLayout2.addWidget(self.daysSpin)

        self.lateCheck = QCheckBox(self.listTab)
        self.lateCheck.setObjectName(u"lateCheck")

        self.filterLayout2.addWidget(self.lateCheck)

        self.clearButton = QPushButton(self.listTab)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout2.addWidget(self.clearButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout2.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.listTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout2.addWidget(self.countLabel)


        self.listLayout.addLayout(self.filterLayout2)

        self.mainSplitter = QSplitter(self.listTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.registerTable = QTableView(self.mainSplitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.registerTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.registerTable.setWordWrap(True)
        self.registerTable.setTextElideMode(Qt.ElideRight)
        self.registerTable.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.mainSplitter.addWidget(self.registerTable)
        self.sidePanel = QWidget(self.mainSplitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(4, 0, 0, 0)
        self.rowTitle = QLabel(self.sidePanel)
        self.rowTitle.setObjectName(u"rowTitle")
        self.rowTitle.setWordWrap(True)
        self.rowTitle.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.rowTitle.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.sideLayout.addWidget(self.rowTitle)

        self.progressBox = QGroupBox(self.sidePanel)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QFormLayout(self.progressBox)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(self.progressBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.progressLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.progressStatus = QComboBox(self.progressBox)
        self.progressStatus.setObjectName(u"progressStatus")

        self.progressLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.progressStatus)

        self.doneLabel = QLabel(self.progressBox)
        self.doneLabel.setObjectName(u"doneLabel")

        self.progressLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doneLabel)

        self.doneDate = QDateEdit(self.progressBox)
        self.doneDate.setObjectName(u"doneDate")
        self.doneDate.setCalendarPopup(True)

        self.progressLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doneDate)

        self.noteLabel = QLabel(self.progressBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.progressLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.progressBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 64))
        self.noteEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.noteEdit.setTabChangesFocus(True)

        self.progressLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.reasonLabel = QLabel(self.progressBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.progressLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.progressBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.progressLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.saveProgressButton = QPushButton(self.progressBox)
        self.saveProgressButton.setObjectName(u"saveProgressButton")

        self.progressLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.saveProgressButton)


        self.sideLayout.addWidget(self.progressBox)

        self.evidenceBox = QGroupBox(self.sidePanel)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceTable = QTableView(self.evidenceBox)
        self.evidenceTable.setObjectName(u"evidenceTable")
        self.evidenceTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.evidenceTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.evidenceTable.setAlternatingRowColors(True)

        self.evidenceLayout.addWidget(self.evidenceTable)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.attachButton = QPushButton(self.evidenceBox)
        self.attachButton.setObjectName(u"attachButton")

        self.evidenceButtons.addWidget(self.attachButton)

        self.openButton = QPushButton(self.evidenceBox)
        self.openButton.setObjectName(u"openButton")

        self.evidenceButtons.addWidget(self.openButton)

        self.saveCopyButton = QPushButton(self.evidenceBox)
        self.saveCopyButton.setObjectName(u"saveCopyButton")

        self.evidenceButtons.addWidget(self.saveCopyButton)

        self.detachButton = QPushButton(self.evidenceBox)
        self.detachButton.setObjectName(u"detachButton")

        self.evidenceButtons.addWidget(self.detachButton)


        self.evidenceLayout.addLayout(self.evidenceButtons)


        self.sideLayout.addWidget(self.evidenceBox)

        self.sideLayout.setStretch(2, 1)
        self.mainSplitter.addWidget(self.sidePanel)

        self.listLayout.addWidget(self.mainSplitter)

        self.listLayout.setStretch(2, 1)
        self.tabs.addTab(self.listTab, "")
        self.dashboardTab = QWidget()
        self.dashboardTab.setObjectName(u"dashboardTab")
        self.dashboardLayout = QVBoxLayout(self.dashboardTab)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(0, 4, 0, 0)
        self.tabs.addTab(self.dashboardTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.statusLabel.setBuddy(self.progressStatus)
        self.doneLabel.setBuddy(self.doneDate)
        self.noteLabel.setBuddy(self.noteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TasksPage)

        QMetaObject.connectSlotsByName(TasksPage)
    # setupUi

    def retranslateUi(self, TasksPage):
        self.planLabel.setText(QCoreApplication.translate("TasksPage", u"&K\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(accessibility)
        self.planCombo.setAccessibleName(QCoreApplication.translate("TasksPage", u"K\u1ebf ho\u1ea1ch", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TasksPage", u"T\u00ecm (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c, v\u00ed d\u1ee5: dia chinh)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("TasksPage", u"T\u00ecm nhi\u1ec7m v\u1ee5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("TasksPage", u"L\u1ecdc theo l\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("TasksPage", u"L\u1ecdc theo \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec ho\u1eb7c ph\u1ed1i h\u1ee3p", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("TasksPage", u"L\u1ecdc theo tr\u1ea1ng th\u00e1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("TasksPage", u"L\u1ecdc theo lo\u1ea1i th\u1eddi h\u1ea1n", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("TasksPage", u"&Qu\u00e1 h\u1ea1n", None))
        self.soonCheck.setText(QCoreApplication.translate("TasksPage", u"\u0110\u1ebfn &h\u1ea1n trong", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("TasksPage", u" ng\u00e0y", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("TasksPage", u"S\u1ed1 ng\u00e0y t\u1edbi", None))
#endif // QT_CONFIG(accessibility)
        self.lateCheck.setText(QCoreApplication.translate("TasksPage", u"Ho\u00e0n th\u00e0nh &tr\u1ec5 h\u1ea1n", None))
        self.clearButton.setText(QCoreApplication.translate("TasksPage", u"&B\u1ecf l\u1ecdc", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("TasksPage", u"S\u1ed5 nhi\u1ec7m v\u1ee5", None))
#endif // QT_CONFIG(accessibility)
        self.rowTitle.setText("")
        self.progressBox.setTitle(QCoreApplication.translate("TasksPage", u"Ti\u1ebfn \u0111\u1ed9", None))
        self.statusLabel.setText(QCoreApplication.translate("TasksPage", u"&Tr\u1ea1ng th\u00e1i:", None))
        self.doneLabel.setText(QCoreApplication.translate("TasksPage", u"&Ng\u00e0y ho\u00e0n th\u00e0nh:", None))
        self.doneDate.setDisplayFormat(QCoreApplication.translate("TasksPage", u"dd/MM/yyyy", None))
        self.noteLabel.setText(QCoreApplication.translate("TasksPage", u"&K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n:", None))
        self.reasonLabel.setText(QCoreApplication.translate("TasksPage", u"&L\u00fd do:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("TasksPage", u"b\u1eaft bu\u1ed9c khi kh\u00f4ng th\u1ef1c hi\u1ec7n", None))
        self.saveProgressButton.setText(QCoreApplication.translate("TasksPage", u"&L\u01b0u ti\u1ebfn \u0111\u1ed9", None))
        self.evidenceBox.setTitle(QCoreApplication.translate("TasksPage", u"T\u00e0i li\u1ec7u ki\u1ec3m ch\u1ee9ng", None))
#if QT_CONFIG(accessibility)
        self.evidenceTable.setAccessibleName(QCoreApplication.translate("TasksPage", u"T\u00e0i li\u1ec7u ki\u1ec3m ch\u1ee9ng c\u1ee7a d\u00f2ng", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("TasksPage", u"\u0110\u00ednh &k\u00e8m\u2026", None))
        self.openButton.setText(QCoreApplication.translate("TasksPage", u"&M\u1edf", None))
#if QT_CONFIG(tooltip)
        self.saveCopyButton.setToolTip(QCoreApplication.translate("TasksPage", u"L\u01b0u m\u1ed9t b\u1ea3n sao c\u1ee7a t\u1ec7p ra th\u01b0 m\u1ee5c kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.saveCopyButton.setText(QCoreApplication.translate("TasksPage", u"L\u01b0u &ra\u2026", None))
        self.detachButton.setText(QCoreApplication.translate("TasksPage", u"&G\u1ee1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("TasksPage", u"Danh s\u00e1ch nhi\u1ec7m v\u1ee5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dashboardTab), QCoreApplication.translate("TasksPage", u"T\u1ed5ng quan ti\u1ebfn \u0111\u1ed9", None))
        pass
    # retranslateUi

