# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeView, QVBoxLayout)

class Ui_TargetsPanel(object):
    def setupUi(self, TargetsPanel):
        if not TargetsPanel.objectName():
            TargetsPanel.setObjectName(u"TargetsPanel")
        TargetsPanel.resize(900, 400)
        self.panelLayout = QVBoxLayout(TargetsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(TargetsPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.suggestButton = QPushButton(TargetsPanel)
        self.suggestButton.setObjectName(u"suggestButton")

        self.buttonsLayout.addWidget(self.suggestButton)

        self.upButton = QPushButton(TargetsPanel)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setMaximumSize(QSize(34, 16777215))

        self.buttonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(TargetsPanel)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setMaximumSize(QSize(34, 16777215))

        self.buttonsLayout.addWidget(self.downButton)

        self.removeButton = QPushButton(TargetsPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.summaryLabel = QLabel(TargetsPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.buttonsLayout.addWidget(self.summaryLabel)


        self.panelLayout.addLayout(self.buttonsLayout)

        self.targetTree = QTreeView(TargetsPanel)
        self.targetTree.setObjectName(u"targetTree")
        self.targetTree.setAlternatingRowColors(True)
        self.targetTree.setUniformRowHeights(True)
        self.targetTree.setAllColumnsShowFocus(True)
        self.targetTree.setRootIsDecorated(False)

        self.panelLayout.addWidget(self.targetTree)

        self.hintLabel = QLabel(TargetsPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5f6368;")

        self.panelLayout.addWidget(self.hintLabel)


        self.retranslateUi(TargetsPanel)

        QMetaObject.connectSlotsByName(TargetsPanel)
    # setupUi

    def retranslateUi(self, TargetsPanel):
        self.addButton.setText(QCoreApplication.translate("TargetsPanel", u"&Th\u00eam ch\u1ec9 ti\u00eau", None))
        self.suggestButton.setText(QCoreApplication.translate("TargetsPanel", u"&G\u1ee3i \u00fd t\u1eeb n\u1ed9i dung k\u1ebf ho\u1ea1ch\u2026", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("TargetsPanel", u"C\u00e1c ch\u1ec9 ti\u00eau c\u00f3 s\u1ed1 li\u1ec7u vi\u1ebft trong k\u1ebf ho\u1ea1ch (\u00ab100% h\u1ed3 s\u01a1\u2026\u00bb, \u00abPh\u1ea5n \u0111\u1ea5u \u2026 \u0111\u1ea1t tr\u00ean 99%\u00bb): ch\u1ecdn \u0111\u1ec3 th\u00eam", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("TargetsPanel", u"\u2191", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("TargetsPanel", u"Chuy\u1ec3n l\u00ean", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("TargetsPanel", u"\u2193", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("TargetsPanel", u"Chuy\u1ec3n xu\u1ed1ng", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("TargetsPanel", u"&X\u00f3a ch\u1ec9 ti\u00eau", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.targetTree.setAccessibleName(QCoreApplication.translate("TargetsPanel", u"Ch\u1ec9 ti\u00eau c\u1ee7a k\u1ebf ho\u1ea1ch", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("TargetsPanel", u"Nh\u1ea5p \u0111\u00fap ho\u1eb7c b\u1ea5m F2 \u0111\u1ec3 s\u1eeda m\u1ed9t \u00f4; s\u1ed1 li\u1ec7u ghi nh\u01b0 99 ho\u1eb7c 99,5. \u00abK\u1ebft qu\u1ea3\u00bb t\u1ef1 so s\u1ed1 \u0111\u1ea1t \u0111\u01b0\u1ee3c v\u1edbi m\u1ee5c ti\u00eau.", None))
        pass
    # retranslateUi

