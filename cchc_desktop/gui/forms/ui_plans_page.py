# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTreeView, QVBoxLayout, QWidget)

class Ui_PlansPage(object):
    def setupUi(self, PlansPage):
        if not PlansPage.objectName():
            PlansPage.setObjectName(u"PlansPage")
        PlansPage.resize(1100, 700)
        self.plansLayout = QVBoxLayout(PlansPage)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansSplitter = QSplitter(PlansPage)
        self.plansSplitter.setObjectName(u"plansSplitter")
        self.plansSplitter.setOrientation(Qt.Vertical)
        self.plansSplitter.setChildrenCollapsible(False)
        self.planListBox = QWidget(self.plansSplitter)
        self.planListBox.setObjectName(u"planListBox")
        self.planListLayout = QVBoxLayout(self.planListBox)
        self.planListLayout.setObjectName(u"planListLayout")
        self.planListLayout.setContentsMargins(0, 0, 0, 0)
        self.planListHeader = QHBoxLayout()
        self.planListHeader.setObjectName(u"planListHeader")
        self.planListTitle = QLabel(self.planListBox)
        self.planListTitle.setObjectName(u"planListTitle")

        self.planListHeader.addWidget(self.planListTitle)

        self.planListSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planListHeader.addItem(self.planListSpacer)


        self.planListLayout.addLayout(self.planListHeader)

        self.planTable = QTableView(self.planListBox)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.planTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.planTable.setAlternatingRowColors(True)

        self.planListLayout.addWidget(self.planTable)

        self.plansSplitter.addWidget(self.planListBox)
        self.annexBox = QWidget(self.plansSplitter)
        self.annexBox.setObjectName(u"annexBox")
        self.annexLayout = QVBoxLayout(self.annexBox)
        self.annexLayout.setObjectName(u"annexLayout")
        self.annexLayout.setContentsMargins(0, 0, 0, 0)
        self.planHeader = QLabel(self.annexBox)
        self.planHeader.setObjectName(u"planHeader")
        self.planHeader.setWordWrap(True)
        self.planHeader.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.annexLayout.addWidget(self.planHeader)

        self.planNotice = QLabel(self.annexBox)
        self.planNotice.setObjectName(u"planNotice")
        self.planNotice.setWordWrap(True)
        self.planNotice.setStyleSheet(u"background: #fff3cd; color: #6b4500; padding: 3px 6px;")

        self.annexLayout.addWidget(self.planNotice)

        self.planTabs = QTabWidget(self.annexBox)
        self.planTabs.setObjectName(u"planTabs")
        self.planTabs.setDocumentMode(True)
        self.annexTab = QWidget()
        self.annexTab.setObjectName(u"annexTab")
        self.annexTabLayout = QVBoxLayout(self.annexTab)
        self.annexTabLayout.setSpacing(2)
        self.annexTabLayout.setObjectName(u"annexTabLayout")
        self.annexTabLayout.setContentsMargins(0, 2, 0, 0)
        self.annexToolbarLayout = QHBoxLayout()
        self.annexToolbarLayout.setObjectName(u"annexToolbarLayout")

        self.annexTabLayout.addLayout(self.annexToolbarLayout)

        self.annexTree = QTreeView(self.annexTab)
        self.annexTree.setObjectName(u"annexTree")
        self.annexTree.setAlternatingRowColors(True)
        self.annexTree.setWordWrap(True)
        self.annexTree.setUniformRowHeights(False)
        self.annexTree.setAllColumnsShowFocus(True)
        self.annexTree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.annexTree.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.annexTabLayout.addWidget(self.annexTree)

        self.planTabs.addTab(self.annexTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsLayout.setContentsMargins(0, 2, 0, 0)
        self.planTabs.addTab(self.targetsTab, "")

        self.annexLayout.addWidget(self.planTabs)

        self.plansSplitter.addWidget(self.annexBox)

        self.plansLayout.addWidget(self.plansSplitter)


        self.retranslateUi(PlansPage)

        QMetaObject.connectSlotsByName(PlansPage)
    # setupUi

    def retranslateUi(self, PlansPage):
        self.planListTitle.setText(QCoreApplication.translate("PlansPage", u"Danh s\u00e1ch k\u1ebf ho\u1ea1ch", None))
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleName(QCoreApplication.translate("PlansPage", u"Danh s\u00e1ch k\u1ebf ho\u1ea1ch", None))
#endif // QT_CONFIG(accessibility)
        self.planHeader.setText("")
        self.planNotice.setText("")
#if QT_CONFIG(accessibility)
        self.annexTree.setAccessibleName(QCoreApplication.translate("PlansPage", u"Ph\u1ee5 l\u1ee5c nhi\u1ec7m v\u1ee5", None))
#endif // QT_CONFIG(accessibility)
        self.planTabs.setTabText(self.planTabs.indexOf(self.annexTab), QCoreApplication.translate("PlansPage", u"Ph\u1ee5 l\u1ee5c nhi\u1ec7m v\u1ee5", None))
        self.planTabs.setTabText(self.planTabs.indexOf(self.targetsTab), QCoreApplication.translate("PlansPage", u"Ch\u1ec9 ti\u00eau", None))
        pass
    # retranslateUi

