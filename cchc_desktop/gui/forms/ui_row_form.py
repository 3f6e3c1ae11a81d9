# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RowFormDialog(object):
    def setupUi(self, RowFormDialog):
        if not RowFormDialog.objectName():
            RowFormDialog.setObjectName(u"RowFormDialog")
        RowFormDialog.resize(1040, 640)
        self.dialogLayout = QVBoxLayout(RowFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.placeLabel = QLabel(RowFormDialog)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(True)
        self.placeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.placeLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(RowFormDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberLayout = QHBoxLayout()
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberEdit = QLineEdit(RowFormDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(90, 16777215))

        self.numberLayout.addWidget(self.numberEdit)

        self.numberHint = QLabel(RowFormDialog)
        self.numberHint.setObjectName(u"numberHint")
        self.numberHint.setStyleSheet(u"color: #5f6368;")

        self.numberLayout.addWidget(self.numberHint)


        self.fieldsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.numberLayout)

        self.objectiveLabel = QLabel(RowFormDialog)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objectiveLabel)

        self.objectiveEdit = QPlainTextEdit(RowFormDialog)
        self.objectiveEdit.setObjectName(u"objectiveEdit")
        self.objectiveEdit.setMaximumSize(QSize(16777215, 64))
        self.objectiveEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.objectiveEdit)

        self.taskLabel = QLabel(RowFormDialog)
        self.taskLabel.setObjectName(u"taskLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taskLabel)

        self.taskEdit = QPlainTextEdit(RowFormDialog)
        self.taskEdit.setObjectName(u"taskEdit")
        self.taskEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.taskEdit)

        self.activityLabel = QLabel(RowFormDialog)
        self.activityLabel.setObjectName(u"activityLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityEdit = QPlainTextEdit(RowFormDialog)
        self.activityEdit.setObjectName(u"activityEdit")
        self.activityEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activityEdit)

        self.resultLabel = QLabel(RowFormDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(RowFormDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setMaximumSize(QSize(16777215, 64))
        self.resultEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.dueLabel = QLabel(RowFormDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QLineEdit(RowFormDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.dueParsedLayout = QHBoxLayout()
        self.dueParsedLayout.setObjectName(u"dueParsedLayout")
        self.dueIcon = QLabel(RowFormDialog)
        self.dueIcon.setObjectName(u"dueIcon")
        self.dueIcon.setMinimumSize(QSize(16, 16))

        self.dueParsedLayout.addWidget(self.dueIcon)

        self.dueParsed = QLabel(RowFormDialog)
        self.dueParsed.setObjectName(u"dueParsed")
        self.dueParsed.setWordWrap(True)

        self.dueParsedLayout.addWidget(self.dueParsed)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueParsedLayout.addItem(self.dueSpacer)


        self.fieldsLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.dueParsedLayout)

        self.budgetLabel = QLabel(RowFormDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEdit = QLineEdit(RowFormDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.budgetEdit)

        self.tagsLabel = QLabel(RowFormDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(RowFormDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tagsEdit)


        self.columnsLayout.addLayout(self.fieldsLayout)

        self.unitsLayout = QVBoxLayout()
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.leadTitle = QLabel(RowFormDialog)
        self.leadTitle.setObjectName(u"leadTitle")

        self.unitsLayout.addWidget(self.leadTitle)

        self.leadHolder = QVBoxLayout()
        self.leadHolder.setObjectName(u"leadHolder")

        self.unitsLayout.addLayout(self.leadHolder)

        self.partnersTitle = QLabel(RowFormDialog)
        self.partnersTitle.setObjectName(u"partnersTitle")

        self.unitsLayout.addWidget(self.partnersTitle)

        self.partnersHolder = QVBoxLayout()
        self.partnersHolder.setObjectName(u"partnersHolder")

        self.unitsLayout.addLayout(self.partnersHolder)


        self.columnsLayout.addLayout(self.unitsLayout)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.previousButton = QPushButton(RowFormDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(RowFormDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.nextButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttons = QDialogButtonBox(RowFormDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.buttonsLayout.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.objectiveLabel.setBuddy(self.objectiveEdit)
        self.taskLabel.setBuddy(self.taskEdit)
        self.activityLabel.setBuddy(self.activityEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RowFormDialog)

        QMetaObject.connectSlotsByName(RowFormDialog)
    # setupUi

    def retranslateUi(self, RowFormDialog):
        RowFormDialog.setWindowTitle(QCoreApplication.translate("RowFormDialog", u"D\u00f2ng nhi\u1ec7m v\u1ee5", None))
        self.placeLabel.setText("")
        self.numberLabel.setText(QCoreApplication.translate("RowFormDialog", u"&TT:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("RowFormDialog", u"S\u1ed1 th\u1ee9 t\u1ef1 c\u1ee7a nhi\u1ec7m v\u1ee5", None))
#endif // QT_CONFIG(accessibility)
        self.numberHint.setText(QCoreApplication.translate("RowFormDialog", u"(\u0111\u00e1nh l\u1ea1i t\u1ef1 \u0111\u1ed9ng khi th\u00eam, x\u00f3a hay chuy\u1ec3n nhi\u1ec7m v\u1ee5)", None))
        self.objectiveLabel.setText(QCoreApplication.translate("RowFormDialog", u"&M\u1ee5c ti\u00eau/Ch\u1ec9 ti\u00eau:", None))
        self.objectiveEdit.setPlaceholderText(QCoreApplication.translate("RowFormDialog", u"chung cho m\u1ecdi d\u00f2ng c\u1ee7a nhi\u1ec7m v\u1ee5", None))
        self.taskLabel.setText(QCoreApplication.translate("RowFormDialog", u"&Nhi\u1ec7m v\u1ee5:", None))
        self.activityLabel.setText(QCoreApplication.translate("RowFormDialog", u"&Ho\u1ea1t \u0111\u1ed9ng:", None))
        self.resultLabel.setText(QCoreApplication.translate("RowFormDialog", u"&K\u1ebft qu\u1ea3/S\u1ea3n ph\u1ea9m:", None))
        self.dueLabel.setText(QCoreApplication.translate("RowFormDialog", u"Th\u1eddi &gian:", None))
        self.dueEdit.setPlaceholderText(QCoreApplication.translate("RowFormDialog", u"v\u00ed d\u1ee5: Tr\u01b0\u1edbc ng\u00e0y 31/7/2025 \u00b7 Qu\u00fd IV/2025 \u00b7 H\u00e0ng th\u00e1ng \u00b7 Th\u01b0\u1eddng xuy\u00ean", None))
        self.dueIcon.setText("")
        self.dueParsed.setText("")
        self.budgetLabel.setText(QCoreApplication.translate("RowFormDialog", u"Kinh &ph\u00ed:", None))
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("RowFormDialog", u"v\u00ed d\u1ee5: Ng\u00e2n s\u00e1ch x\u00e3 \u00b7 Theo d\u1ef1 to\u00e1n", None))
        self.tagsLabel.setText(QCoreApplication.translate("RowFormDialog", u"Nh\u00e3&n:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("RowFormDialog", u"c\u00e1ch nhau b\u1edfi d\u1ea5u ph\u1ea9y, v\u00ed d\u1ee5: ki\u1ec3m tra, \u0111\u1ed1i tho\u1ea1i, tuy\u00ean truy\u1ec1n", None))
#if QT_CONFIG(tooltip)
        self.tagsEdit.setToolTip(QCoreApplication.translate("RowFormDialog", u"Nh\u00e3n gi\u00fap ch\u1ea5m c\u00e1c ti\u00eau ch\u00ed \u0111\u1ebfm t\u1eeb s\u1ed5 nhi\u1ec7m v\u1ee5 (s\u1ed1 cu\u1ed9c ki\u1ec3m tra, \u0111\u1ed1i tho\u1ea1i\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.leadTitle.setText(QCoreApplication.translate("RowFormDialog", u"<b>Ch\u1ee7 tr\u00ec</b> (\u0111\u01a1n v\u1ecb \u0111\u1ea7u ti\u00ean ch\u1ecbu tr\u00e1ch nhi\u1ec7m ch\u00ednh)", None))
        self.partnersTitle.setText(QCoreApplication.translate("RowFormDialog", u"<b>Ph\u1ed1i h\u1ee3p</b>", None))
        self.previousButton.setText(QCoreApplication.translate("RowFormDialog", u"\u25c0 L\u01b0u, sang d\u00f2ng &tr\u01b0\u1edbc", None))
        self.nextButton.setText(QCoreApplication.translate("RowFormDialog", u"L\u01b0u, sang d\u00f2ng &sau \u25b6", None))
    # retranslateUi

