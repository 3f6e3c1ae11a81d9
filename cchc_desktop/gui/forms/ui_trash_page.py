# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_TrashPage(object):
    def setupUi(self, TrashPage):
        if not TrashPage.objectName():
            TrashPage.setObjectName(u"TrashPage")
        TrashPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(TrashPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageInfo = QLabel(TrashPage)
        self.pageInfo.setObjectName(u"pageInfo")
        self.pageInfo.setWordWrap(True)

        self.pageLayout.addWidget(self.pageInfo)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restorePlanButton = QPushButton(TrashPage)
        self.restorePlanButton.setObjectName(u"restorePlanButton")

        self.buttonRow.addWidget(self.restorePlanButton)

        self.emptyTrashButton = QPushButton(TrashPage)
        self.emptyTrashButton.setObjectName(u"emptyTrashButton")

        self.buttonRow.addWidget(self.emptyTrashButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.trashTable = QTableView(TrashPage)
        self.trashTable.setObjectName(u"trashTable")
        self.trashTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trashTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.trashTable)


        self.retranslateUi(TrashPage)

        QMetaObject.connectSlotsByName(TrashPage)
    # setupUi

    def retranslateUi(self, TrashPage):
        self.pageInfo.setText(QCoreApplication.translate("TrashPage", u"K\u1ebf ho\u1ea1ch \u0111\u00e3 x\u00f3a n\u1eb1m \u1edf \u0111\u00e2y cho \u0111\u1ebfn khi d\u1ecdn th\u00f9ng r\u00e1c. Kh\u00f4i ph\u1ee5c \u0111\u01b0a k\u1ebf ho\u1ea1ch v\u1ec1 nguy\u00ean v\u1eb9n, c\u00f9ng ti\u1ebfn \u0111\u1ed9 v\u00e0 t\u00e0i li\u1ec7u ki\u1ec3m ch\u1ee9ng.", None))
        self.restorePlanButton.setText(QCoreApplication.translate("TrashPage", u"Kh\u00f4i ph\u1ee5c k\u1ebf ho\u1ea1ch \u0111ang ch\u1ecdn", None))
        self.emptyTrashButton.setText(QCoreApplication.translate("TrashPage", u"D\u1ecdn s\u1ea1ch th\u00f9ng r\u00e1c\u2026", None))
#if QT_CONFIG(accessibility)
        self.trashTable.setAccessibleName(QCoreApplication.translate("TrashPage", u"K\u1ebf ho\u1ea1ch trong th\u00f9ng r\u00e1c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

