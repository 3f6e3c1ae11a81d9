# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(1000, 600)
        self.backupLayout = QVBoxLayout(BackupPage)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupInfo = QLabel(BackupPage)
        self.backupInfo.setObjectName(u"backupInfo")
        self.backupInfo.setWordWrap(True)
        self.backupInfo.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backupInfo.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.backupLayout.addWidget(self.backupInfo)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupNowButton = QPushButton(BackupPage)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.backupButtons.addWidget(self.backupNowButton)

        self.backupToButton = QPushButton(BackupPage)
        self.backupToButton.setObjectName(u"backupToButton")

        self.backupButtons.addWidget(self.backupToButton)

        self.restoreButton = QPushButton(BackupPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.restoreFromFileButton = QPushButton(BackupPage)
        self.restoreFromFileButton.setObjectName(u"restoreFromFileButton")

        self.backupButtons.addWidget(self.restoreFromFileButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)


        self.backupLayout.addLayout(self.backupButtons)

        self.emptyHint = QLabel(BackupPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.backupLayout.addWidget(self.emptyHint)

        self.backupTable = QTableView(BackupPage)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupTable.setAlternatingRowColors(True)

        self.backupLayout.addWidget(self.backupTable)


        self.retranslateUi(BackupPage)

        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.backupInfo.setText("")
        self.backupNowButton.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u ngay", None))
        self.backupToButton.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u ra th\u01b0 m\u1ee5c kh\u00e1c (USB)\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c b\u1ea3n \u0111ang ch\u1ecdn\u2026", None))
        self.restoreFromFileButton.setText(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c t\u1eeb t\u1ec7p\u2026", None))
        self.emptyHint.setText("")
#if QT_CONFIG(accessibility)
        self.backupTable.setAccessibleName(QCoreApplication.translate("BackupPage", u"Danh s\u00e1ch b\u1ea3n sao l\u01b0u", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

