# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_TargetSuggestionsDialog(object):
    def setupUi(self, TargetSuggestionsDialog):
        if not TargetSuggestionsDialog.objectName():
            TargetSuggestionsDialog.setObjectName(u"TargetSuggestionsDialog")
        TargetSuggestionsDialog.resize(900, 520)
        self.dialogLayout = QVBoxLayout(TargetSuggestionsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TargetSuggestionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.suggestionTable = QTableView(TargetSuggestionsDialog)
        self.suggestionTable.setObjectName(u"suggestionTable")
        self.suggestionTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.suggestionTable.setAlternatingRowColors(True)
        self.suggestionTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.suggestionTable)

        self.buttons = QDialogButtonBox(TargetSuggestionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(TargetSuggestionsDialog)

        QMetaObject.connectSlotsByName(TargetSuggestionsDialog)
    # setupUi

    def retranslateUi(self, TargetSuggestionsDialog):
        TargetSuggestionsDialog.setWindowTitle(QCoreApplication.translate("TargetSuggestionsDialog", u"G\u1ee3i \u00fd ch\u1ec9 ti\u00eau t\u1eeb n\u1ed9i dung k\u1ebf ho\u1ea1ch", None))
        self.introLabel.setText(QCoreApplication.translate("TargetSuggestionsDialog", u"C\u00e1c ch\u1ec9 ti\u00eau d\u01b0\u1edbi \u0111\u00e2y \u0111\u1ecdc \u0111\u01b0\u1ee3c t\u1eeb n\u1ed9i dung v\u00e0 m\u1ee5c ti\u00eau c\u1ee7a k\u1ebf ho\u1ea1ch. B\u1ecf d\u1ea5u ch\u1ecdn nh\u1eefng d\u00f2ng kh\u00f4ng ph\u1ea3i ch\u1ec9 ti\u00eau, r\u1ed3i b\u1ea5m \u00abTh\u00eam c\u00e1c ch\u1ec9 ti\u00eau \u0111\u00e3 ch\u1ecdn\u00bb.", None))
#if QT_CONFIG(accessibility)
        self.suggestionTable.setAccessibleName(QCoreApplication.translate("TargetSuggestionsDialog", u"Ch\u1ec9 ti\u00eau g\u1ee3i \u00fd", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

