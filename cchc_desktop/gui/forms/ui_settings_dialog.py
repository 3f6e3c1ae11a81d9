# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 600)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.communeBox = QGroupBox(SettingsDialog)
        self.communeBox.setObjectName(u"communeBox")
        self.communeLayout = QFormLayout(self.communeBox)
        self.communeLayout.setObjectName(u"communeLayout")
        self.communeLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.communeLabel = QLabel(self.communeBox)
        self.communeLabel.setObjectName(u"communeLabel")

        self.communeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.communeEdit = QLineEdit(self.communeBox)
        self.communeEdit.setObjectName(u"communeEdit")

        self.communeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.communeEdit)

        self.provinceLabel = QLabel(self.communeBox)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.communeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(self.communeBox)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.communeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.officeLabel = QLabel(self.communeBox)
        self.officeLabel.setObjectName(u"officeLabel")

        self.communeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(self.communeBox)
        self.officeEdit.setObjectName(u"officeEdit")

        self.communeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.issuerHeaderLabel = QLabel(self.communeBox)
        self.issuerHeaderLabel.setObjectName(u"issuerHeaderLabel")

        self.communeLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerHeaderLabel)

        self.issuerHeaderEdit = QPlainTextEdit(self.communeBox)
        self.issuerHeaderEdit.setObjectName(u"issuerHeaderEdit")
        self.issuerHeaderEdit.setMaximumSize(QSize(16777215, 56))
        self.issuerHeaderEdit.setTabChangesFocus(True)

        self.communeLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuerHeaderEdit)

        self.issuerLabel = QLabel(self.communeBox)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.communeLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.communeBox)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.communeLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.placeLabel = QLabel(self.communeBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.communeLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.communeBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.communeLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.symbolLabel = QLabel(self.communeBox)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.communeLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(self.communeBox)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.communeLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.signerAuthorityLabel = QLabel(self.communeBox)
        self.signerAuthorityLabel.setObjectName(u"signerAuthorityLabel")

        self.communeLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signerAuthorityLabel)

        self.signerAuthorityEdit = QLineEdit(self.communeBox)
        self.signerAuthorityEdit.setObjectName(u"signerAuthorityEdit")

        self.communeLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signerAuthorityEdit)

        self.signerPositionLabel = QLabel(self.communeBox)
        self.signerPositionLabel.setObjectName(u"signerPositionLabel")

        self.communeLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signerPositionLabel)

        self.signerPositionEdit = QLineEdit(self.communeBox)
        self.signerPositionEdit.setObjectName(u"signerPositionEdit")

        self.communeLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signerPositionEdit)

        self.signerNameLabel = QLabel(self.communeBox)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.communeLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.communeBox)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.communeLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.recipientsLabel = QLabel(self.communeBox)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.communeLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(self.communeBox)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setMaximumSize(QSize(16777215, 56))
        self.recipientsEdit.setTabChangesFocus(True)

        self.communeLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)


        self.dialogLayout.addWidget(self.communeBox)

        self.userBox = QGroupBox(SettingsDialog)
        self.userBox.setObjectName(u"userBox")
        self.userLayout = QFormLayout(self.userBox)
        self.userLayout.setObjectName(u"userLayout")
        self.userLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.userLabel = QLabel(self.userBox)
        self.userLabel.setObjectName(u"userLabel")

        self.userLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.userBox)
        self.userEdit.setObjectName(u"userEdit")

        self.userLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.languageLabel = QLabel(self.userBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.userLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.userBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.userLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.userBox)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)
        self.languageNote.setStyleSheet(u"color: #5f6368;")

        self.userLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.dialogLayout.addWidget(self.userBox)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.communeLabel.setBuddy(self.communeEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.issuerHeaderLabel.setBuddy(self.issuerHeaderEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.signerAuthorityLabel.setBuddy(self.signerAuthorityEdit)
        self.signerPositionLabel.setBuddy(self.signerPositionEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"C\u00e0i \u0111\u1eb7t", None))
        self.communeBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Th\u00f4ng tin c\u1ee7a x\u00e3 (\u0111i\u1ec1n s\u1eb5n khi t\u1ea1o k\u1ebf ho\u1ea1ch m\u1edbi)", None))
        self.communeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&X\u00e3:", None))
        self.communeEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: C\u1eeda T\u00f9ng", None))
        self.provinceLabel.setText(QCoreApplication.translate("SettingsDialog", u"&T\u1ec9nh:", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: Qu\u1ea3ng Tr\u1ecb", None))
        self.officeLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u01a1 quan th\u01b0\u1eddng tr\u1ef1c &CCHC:", None))
        self.officeEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: Ph\u00f2ng V\u0103n h\u00f3a - X\u00e3 h\u1ed9i", None))
        self.issuerHeaderLabel.setText(QCoreApplication.translate("SettingsDialog", u"D\u00f2ng &\u0111\u1ea7u g\u00f3c tr\u00e1i:", None))
        self.issuerHeaderEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"m\u1ed7i d\u00f2ng m\u1ed9t h\u00e0ng, v\u00ed d\u1ee5: \u1ee6Y BAN NH\u00c2N D\u00c2N / X\u00c3 C\u1eecA T\u00d9NG", None))
        self.issuerLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u01a1 quan &ban h\u00e0nh:", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: \u1ee6y ban nh\u00e2n d\u00e2n x\u00e3 C\u1eeda T\u00f9ng", None))
        self.placeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0110\u1ecba &danh (ghi \u1edf d\u00f2ng ng\u00e0y th\u00e1ng):", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: C\u1eeda T\u00f9ng", None))
        self.symbolLabel.setText(QCoreApplication.translate("SettingsDialog", u"&K\u00fd hi\u1ec7u k\u1ebf ho\u1ea1ch:", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: KH-UBND", None))
        self.signerAuthorityLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.signerAuthorityEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: TM. \u1ee6Y BAN NH\u00c2N D\u00c2N", None))
        self.signerPositionLabel.setText(QCoreApplication.translate("SettingsDialog", u"C&h\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerPositionEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"v\u00ed d\u1ee5: CH\u1ee6 T\u1ecaCH", None))
        self.signerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Ng\u01b0\u1eddi k\u00fd:", None))
        self.recipientsLabel.setText(QCoreApplication.translate("SettingsDialog", u"N\u01a1i &nh\u1eadn:", None))
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"m\u1ed7i n\u01a1i nh\u1eadn m\u1ed9t d\u00f2ng", None))
        self.userBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Ng\u01b0\u1eddi d\u00f9ng v\u00e0 ng\u00f4n ng\u1eef", None))
        self.userLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u00ean ng\u01b0\u1eddi &d\u00f9ng:", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"ghi v\u00e0o nh\u1eadt k\u00fd thay \u0111\u1ed5i, v\u00ed d\u1ee5: Nguy\u1ec5n Th\u1ecb Hoa \u2013 Ph\u00f2ng VHXH", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Ng\u00f4n ng\u1eef giao di\u1ec7n:", None))
        self.languageNote.setText("")
    # retranslateUi

