# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPanel(object):
    def setupUi(self, DashboardPanel):
        if not DashboardPanel.objectName():
            DashboardPanel.setObjectName(u"DashboardPanel")
        DashboardPanel.resize(1180, 640)
        self.panelLayout = QVBoxLayout(DashboardPanel)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.controlsLayout = QHBoxLayout()
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.asOfLabel = QLabel(DashboardPanel)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.controlsLayout.addWidget(self.asOfLabel)

        self.asOfDate = QDateEdit(DashboardPanel)
        self.asOfDate.setObjectName(u"asOfDate")
        self.asOfDate.setCalendarPopup(True)

        self.controlsLayout.addWidget(self.asOfDate)

        self.withinLabel = QLabel(DashboardPanel)
        self.withinLabel.setObjectName(u"withinLabel")

        self.controlsLayout.addWidget(self.withinLabel)

        self.withinSpin = QSpinBox(DashboardPanel)
        self.withinSpin.setObjectName(u"withinSpin")
        self.withinSpin.setMinimum(1)
        self.withinSpin.setMaximum(366)
        self.withinSpin.setValue(14)

        self.controlsLayout.addWidget(self.withinSpin)

        self.controlsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsSpacer)

        self.targetsLabel = QLabel(DashboardPanel)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.controlsLayout.addWidget(self.targetsLabel)

        self.targetsButton = QPushButton(DashboardPanel)
        self.targetsButton.setObjectName(u"targetsButton")

        self.controlsLayout.addWidget(self.targetsButton)


        self.panelLayout.addLayout(self.controlsLayout)

        self.summaryLabel = QLabel(DashboardPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.summaryLabel)

        self.areaTable = QTableView(DashboardPanel)
        self.areaTable.setObjectName(u"areaTable")
        self.areaTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.areaTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.areaTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.areaTable.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.panelLayout.addWidget(self.areaTable)

        self.legendLabel = QLabel(DashboardPanel)
        self.legendLabel.setObjectName(u"legendLabel")

        self.panelLayout.addWidget(self.legendLabel)

        self.listsSplitter = QSplitter(DashboardPanel)
        self.listsSplitter.setObjectName(u"listsSplitter")
        self.listsSplitter.setOrientation(Qt.Horizontal)
        self.listsSplitter.setChildrenCollapsible(False)
        self.overdueBox = QWidget(self.listsSplitter)
        self.overdueBox.setObjectName(u"overdueBox")
        self.overdueLayout = QVBoxLayout(self.overdueBox)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueLayout.setContentsMargins(0, 0, 0, 0)
        self.overdueTitle = QLabel(self.overdueBox)
        self.overdueTitle.setObjectName(u"overdueTitle")

        self.overdueLayout.addWidget(self.overdueTitle)

        self.overdueTable = QTableView(self.overdueBox)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overdueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.overdueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overdueTable.setAlternatingRowColors(True)

        self.overdueLayout.addWidget(self.overdueTable)

        self.listsSplitter.addWidget(self.overdueBox)
        self.soonBox = QWidget(self.listsSplitter)
        self.soonBox.setObjectName(u"soonBox")
        self.soonLayout = QVBoxLayout(self.soonBox)
        self.soonLayout.setObjectName(u"soonLayout")
        self.soonLayout.setContentsMargins(0, 0, 0, 0)
        self.soonTitle = QLabel(self.soonBox)
        self.soonTitle.setObjectName(u"soonTitle")

        self.soonLayout.addWidget(self.soonTitle)

        self.soonTable = QTableView(self.soonBox)
        self.soonTable.setObjectName(u"soonTable")
        self.soonTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.soonTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.soonTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.soonTable.setAlternatingRowColors(True)

        self.soonLayout.addWidget(self.soonTable)

        self.listsSplitter.addWidget(self.soonBox)

        self.panelLayout.addWidget(self.listsSplitter)

#if QT_CONFIG(shortcut)
        self.asOfLabel.setBuddy(self.asOfDate)
        self.withinLabel.setBuddy(self.withinSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardPanel)

        QMetaObject.connectSlotsByName(DashboardPanel)
    # setupUi

    def retranslateUi(self, DashboardPanel):
        self.asOfLabel.setText(QCoreApplication.translate("DashboardPanel", u"T\u00ednh \u0111\u1ebfn &ng\u00e0y:", None))
        self.asOfDate.setDisplayFormat(QCoreApplication.translate("DashboardPanel", u"dd/MM/yyyy", None))
        self.withinLabel.setText(QCoreApplication.translate("DashboardPanel", u"S\u1eafp \u0111\u1ebfn h\u1ea1n &trong:", None))
        self.withinSpin.setSuffix(QCoreApplication.translate("DashboardPanel", u" ng\u00e0y", None))
        self.targetsLabel.setText("")
        self.targetsButton.setText(QCoreApplication.translate("DashboardPanel", u"Xem &ch\u1ec9 ti\u00eau", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.areaTable.setAccessibleName(QCoreApplication.translate("DashboardPanel", u"Ti\u1ebfn \u0111\u1ed9 theo l\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
        self.legendLabel.setText("")
        self.overdueTitle.setText("")
#if QT_CONFIG(accessibility)
        self.overdueTable.setAccessibleName(QCoreApplication.translate("DashboardPanel", u"Nhi\u1ec7m v\u1ee5 qu\u00e1 h\u1ea1n", None))
#endif // QT_CONFIG(accessibility)
        self.soonTitle.setText("")
#if QT_CONFIG(accessibility)
        self.soonTable.setAccessibleName(QCoreApplication.translate("DashboardPanel", u"Nhi\u1ec7m v\u1ee5 s\u1eafp \u0111\u1ebfn h\u1ea1n", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

