# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage):
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(UnitsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageInfo = QLabel(UnitsPage)
        self.pageInfo.setObjectName(u"pageInfo")
        self.pageInfo.setWordWrap(True)

        self.pageLayout.addWidget(self.pageInfo)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addUnitButton = QPushButton(UnitsPage)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.buttonRow.addWidget(self.addUnitButton)

        self.renameUnitButton = QPushButton(UnitsPage)
        self.renameUnitButton.setObjectName(u"renameUnitButton")

        self.buttonRow.addWidget(self.renameUnitButton)

        self.mergeUnitsButton = QPushButton(UnitsPage)
        self.mergeUnitsButton.setObjectName(u"mergeUnitsButton")

        self.buttonRow.addWidget(self.mergeUnitsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.unitsTable = QTableView(UnitsPage)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unitsTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.unitsTable)


        self.retranslateUi(UnitsPage)

        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage):
        self.pageInfo.setText(QCoreApplication.translate("UnitsPage", u"C\u00e1c ph\u00f2ng, ban, \u0111\u01a1n v\u1ecb \u0111\u01b0\u1ee3c n\u00eau t\u00ean \u1edf c\u1ed9t Ch\u1ee7 tr\u00ec v\u00e0 Ph\u1ed1i h\u1ee3p. Hai t\u00ean ch\u1ec9 m\u1ed9t \u0111\u01a1n v\u1ecb (v\u00ed d\u1ee5 vi\u1ebft t\u1eaft ho\u1eb7c kh\u00e1c d\u1ea5u g\u1ea1ch) c\u00f3 th\u1ec3 g\u1ed9p l\u1ea1i: c\u00e1c d\u00f2ng nhi\u1ec7m v\u1ee5 \u0111i theo.", None))
        self.addUnitButton.setText(QCoreApplication.translate("UnitsPage", u"Th\u00eam \u0111\u01a1n v\u1ecb\u2026", None))
        self.renameUnitButton.setText(QCoreApplication.translate("UnitsPage", u"\u0110\u1ed5i t\u00ean\u2026", None))
        self.mergeUnitsButton.setText(QCoreApplication.translate("UnitsPage", u"G\u1ed9p v\u00e0o \u0111\u01a1n v\u1ecb kh\u00e1c\u2026", None))
#if QT_CONFIG(accessibility)
        self.unitsTable.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Danh m\u1ee5c \u0111\u01a1n v\u1ecb", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

