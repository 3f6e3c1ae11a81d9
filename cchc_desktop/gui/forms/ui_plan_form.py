# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_PlanFormDialog(object):
    def setupUi(self, PlanFormDialog):
        if not PlanFormDialog.objectName():
            PlanFormDialog.setObjectName(u"PlanFormDialog")
        PlanFormDialog.resize(900, 620)
        self.dialogLayout = QVBoxLayout(PlanFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PlanFormDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(PlanFormDialog)
        self.tabs.setObjectName(u"tabs")
        self.documentTab = QWidget()
        self.documentTab.setObjectName(u"documentTab")
        self.documentLayout = QFormLayout(self.documentTab)
        self.documentLayout.setObjectName(u"documentLayout")
        self.documentLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.documentTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.documentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.documentTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.documentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.periodLabel = QLabel(self.documentTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.documentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodCombo = QComboBox(self.documentTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodLayout.addWidget(self.periodCombo)

        self.yearSpin = QSpinBox(self.documentTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1945)
        self.yearSpin.setMaximum(2200)

        self.periodLayout.addWidget(self.yearSpin)

        self.toYearLabel = QLabel(self.documentTab)
        self.toYearLabel.setObjectName(u"toYearLabel")

        self.periodLayout.addWidget(self.toYearLabel)

        self.endYearSpin = QSpinBox(self.documentTab)
        self.endYearSpin.setObjectName(u"endYearSpin")
        self.endYearSpin.setMinimum(1945)
        self.endYearSpin.setMaximum(2200)

        self.periodLayout.addWidget(self.endYearSpin)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.documentLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.issuerHeaderLabel = QLabel(self.documentTab)
        self.issuerHeaderLabel.setObjectName(u"issuerHeaderLabel")

        self.documentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerHeaderLabel)

        self.issuerHeaderEdit = QPlainTextEdit(self.documentTab)
        self.issuerHeaderEdit.setObjectName(u"issuerHeaderEdit")
        self.issuerHeaderEdit.setMaximumSize(QSize(16777215, 52))
        self.issuerHeaderEdit.setTabChangesFocus(True)

        self.documentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerHeaderEdit)

        self.issuerLabel = QLabel(self.documentTab)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.documentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.documentTab)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.documentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.numberLabel = QLabel(self.documentTab)
        self.numberLabel.setObjectName(u"numberLabel")

        self.documentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberLayout = QHBoxLayout()
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberEdit = QLineEdit(self.documentTab)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(90, 16777215))

        self.numberLayout.addWidget(self.numberEdit)

        self.slashLabel = QLabel(self.documentTab)
        self.slashLabel.setObjectName(u"slashLabel")

        self.numberLayout.addWidget(self.slashLabel)

        self.symbolEdit = QLineEdit(self.documentTab)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setMaximumSize(QSize(160, 16777215))

        self.numberLayout.addWidget(self.symbolEdit)

        self.dateLabel = QLabel(self.documentTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.numberLayout.addWidget(self.dateLabel)

        self.dateEdit = QLineEdit(self.documentTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(110, 16777215))

        self.numberLayout.addWidget(self.dateEdit)

        self.placeLabel = QLabel(self.documentTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.numberLayout.addWidget(self.placeLabel)

        self.placeEdit = QLineEdit(self.documentTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.numberLayout.addWidget(self.placeEdit)


        self.documentLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.numberLayout)

        self.annexTitleLabel = QLabel(self.documentTab)
        self.annexTitleLabel.setObjectName(u"annexTitleLabel")

        self.documentLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.annexTitleLabel)

        self.annexTitleEdit = QLineEdit(self.documentTab)
        self.annexTitleEdit.setObjectName(u"annexTitleEdit")

        self.documentLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.annexTitleEdit)

        self.annexNoteLabel = QLabel(self.documentTab)
        self.annexNoteLabel.setObjectName(u"annexNoteLabel")

        self.documentLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.annexNoteLabel)

        self.annexNoteEdit = QLineEdit(self.documentTab)
        self.annexNoteEdit.setObjectName(u"annexNoteEdit")

        self.documentLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.annexNoteEdit)

        self.numberingLabel = QLabel(self.documentTab)
        self.numberingLabel.setObjectName(u"numberingLabel")

        self.documentLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.numberingLabel)

        self.numberingCombo = QComboBox(self.documentTab)
        self.numberingCombo.setObjectName(u"numberingCombo")

        self.documentLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.numberingCombo)

        self.tabs.addTab(self.documentTab, "")
        self.signerTab = QWidget()
        self.signerTab.setObjectName(u"signerTab")
        self.signerLayout = QFormLayout(self.signerTab)
        self.signerLayout.setObjectName(u"signerLayout")
        self.signerLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.authorityLabel = QLabel(self.signerTab)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.signerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(self.signerTab)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.signerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.positionLabel = QLabel(self.signerTab)
        self.positionLabel.setObjectName(u"positionLabel")

        self.signerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(self.signerTab)
        self.positionEdit.setObjectName(u"positionEdit")

        self.signerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.signerNameLabel = QLabel(self.signerTab)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.signerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.signerTab)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.signerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.recipientsLabel = QLabel(self.signerTab)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.signerLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(self.signerTab)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)

        self.signerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)

        self.tabs.addTab(self.signerTab, "")
        self.bodyTab = QWidget()
        self.bodyTab.setObjectName(u"bodyTab")
        self.bodyLayout = QHBoxLayout(self.bodyTab)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyListLayout = QVBoxLayout()
        self.bodyListLayout.setObjectName(u"bodyListLayout")
        self.bodyListLabel = QLabel(self.bodyTab)
        self.bodyListLabel.setObjectName(u"bodyListLabel")

        self.bodyListLayout.addWidget(self.bodyListLabel)

        self.bodyList = QListView(self.bodyTab)
        self.bodyList.setObjectName(u"bodyList")
        self.bodyList.setMaximumSize(QSize(300, 16777215))

        self.bodyListLayout.addWidget(self.bodyList)

        self.bodyButtons = QHBoxLayout()
        self.bodyButtons.setObjectName(u"bodyButtons")
        self.addBodyButton = QPushButton(self.bodyTab)
        self.addBodyButton.setObjectName(u"addBodyButton")

        self.bodyButtons.addWidget(self.addBodyButton)

        self.removeBodyButton = QPushButton(self.bodyTab)
        self.removeBodyButton.setObjectName(u"removeBodyButton")

        self.bodyButtons.addWidget(self.removeBodyButton)

        self.upBodyButton = QPushButton(self.bodyTab)
        self.upBodyButton.setObjectName(u"upBodyButton")
        self.upBodyButton.setMaximumSize(QSize(30, 16777215))

        self.bodyButtons.addWidget(self.upBodyButton)

        self.downBodyButton = QPushButton(self.bodyTab)
        self.downBodyButton.setObjectName(u"downBodyButton")
        self.downBodyButton.setMaximumSize(QSize(30, 16777215))

        self.bodyButtons.addWidget(self.downBodyButton)


        self.bodyListLayout.addLayout(self.bodyButtons)


        self.bodyLayout.addLayout(self.bodyListLayout)

        self.bodyTextLayout = QVBoxLayout()
        self.bodyTextLayout.setObjectName(u"bodyTextLayout")
        self.headingEdit = QLineEdit(self.bodyTab)
        self.headingEdit.setObjectName(u"headingEdit")

        self.bodyTextLayout.addWidget(self.headingEdit)

        self.bodyText = QPlainTextEdit(self.bodyTab)
        self.bodyText.setObjectName(u"bodyText")
        self.bodyText.setTabChangesFocus(True)

        self.bodyTextLayout.addWidget(self.bodyText)


        self.bodyLayout.addLayout(self.bodyTextLayout)

        self.tabs.addTab(self.bodyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(PlanFormDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.issuerHeaderLabel.setBuddy(self.issuerHeaderEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.annexTitleLabel.setBuddy(self.annexTitleEdit)
        self.annexNoteLabel.setBuddy(self.annexNoteEdit)
        self.numberingLabel.setBuddy(self.numberingCombo)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanFormDialog)

        QMetaObject.connectSlotsByName(PlanFormDialog)
    # setupUi

    def retranslateUi(self, PlanFormDialog):
        PlanFormDialog.setWindowTitle(QCoreApplication.translate("PlanFormDialog", u"Th\u00f4ng tin k\u1ebf ho\u1ea1ch", None))
        self.introLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&T\u00ean k\u1ebf ho\u1ea1ch:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"v\u00ed d\u1ee5: K\u1ebf ho\u1ea1ch c\u1ea3i c\u00e1ch h\u00e0nh ch\u00ednh n\u0103m 2026 c\u1ee7a x\u00e3 C\u1eeda T\u00f9ng", None))
        self.periodLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&K\u1ef3 k\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("PlanFormDialog", u"N\u0103m", None))
#endif // QT_CONFIG(accessibility)
        self.toYearLabel.setText(QCoreApplication.translate("PlanFormDialog", u"\u0111\u1ebfn", None))
#if QT_CONFIG(accessibility)
        self.endYearSpin.setAccessibleName(QCoreApplication.translate("PlanFormDialog", u"\u0110\u1ebfn n\u0103m", None))
#endif // QT_CONFIG(accessibility)
        self.issuerHeaderLabel.setText(QCoreApplication.translate("PlanFormDialog", u"C\u01a1 quan &c\u1ea5p tr\u00ean:", None))
        self.issuerHeaderEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"c\u00e1c d\u00f2ng \u0111\u1ea7u g\u00f3c tr\u00e1i, m\u1ed7i d\u00f2ng m\u1ed9t h\u00e0ng (v\u00ed d\u1ee5: \u1ee6Y BAN NH\u00c2N D\u00c2N / X\u00c3 C\u1eecA T\u00d9NG)", None))
        self.issuerLabel.setText(QCoreApplication.translate("PlanFormDialog", u"C\u01a1 quan &ban h\u00e0nh:", None))
        self.numberLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&S\u1ed1 / k\u00fd hi\u1ec7u:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("PlanFormDialog", u"S\u1ed1", None))
#endif // QT_CONFIG(accessibility)
        self.slashLabel.setText(QCoreApplication.translate("PlanFormDialog", u"/", None))
#if QT_CONFIG(accessibility)
        self.symbolEdit.setAccessibleName(QCoreApplication.translate("PlanFormDialog", u"K\u00fd hi\u1ec7u", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&ng\u00e0y:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"ng\u00e0y/th\u00e1ng/n\u0103m", None))
        self.placeLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&t\u1ea1i:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"\u0111\u1ecba danh", None))
        self.annexTitleLabel.setText(QCoreApplication.translate("PlanFormDialog", u"T\u00ean &ph\u1ee5 l\u1ee5c:", None))
        self.annexNoteLabel.setText(QCoreApplication.translate("PlanFormDialog", u"Ghi ch\u00fa &d\u01b0\u1edbi t\u00ean ph\u1ee5 l\u1ee5c:", None))
        self.annexNoteEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"v\u00ed d\u1ee5: (K\u00e8m theo K\u1ebf ho\u1ea1ch s\u1ed1   /KH-UBND ng\u00e0y   c\u1ee7a UBND x\u00e3)", None))
        self.numberingLabel.setText(QCoreApplication.translate("PlanFormDialog", u"\u0110\u00e1nh s\u1ed1 &nhi\u1ec7m v\u1ee5:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentTab), QCoreApplication.translate("PlanFormDialog", u"V\u0103n b\u1ea3n", None))
        self.authorityLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"v\u00ed d\u1ee5: TM. \u1ee6Y BAN NH\u00c2N D\u00c2N", None))
        self.positionLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&Ch\u1ee9c v\u1ee5:", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"v\u00ed d\u1ee5: CH\u1ee6 T\u1ecaCH", None))
        self.signerNameLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&Ng\u01b0\u1eddi k\u00fd:", None))
        self.recipientsLabel.setText(QCoreApplication.translate("PlanFormDialog", u"&N\u01a1i nh\u1eadn:", None))
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"m\u1ed7i n\u01a1i nh\u1eadn m\u1ed9t d\u00f2ng (v\u00ed d\u1ee5: S\u1edf N\u1ed9i v\u1ee5;)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signerTab), QCoreApplication.translate("PlanFormDialog", u"K\u00fd v\u00e0 n\u01a1i nh\u1eadn", None))
        self.bodyListLabel.setText(QCoreApplication.translate("PlanFormDialog", u"C\u00e1c ph\u1ea7n c\u1ee7a v\u0103n b\u1ea3n:", None))
#if QT_CONFIG(accessibility)
        self.bodyList.setAccessibleName(QCoreApplication.translate("PlanFormDialog", u"C\u00e1c ph\u1ea7n c\u1ee7a v\u0103n b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.addBodyButton.setText(QCoreApplication.translate("PlanFormDialog", u"Th\u00eam ph\u1ea7n", None))
        self.removeBodyButton.setText(QCoreApplication.translate("PlanFormDialog", u"X\u00f3a", None))
        self.upBodyButton.setText(QCoreApplication.translate("PlanFormDialog", u"\u2191", None))
        self.downBodyButton.setText(QCoreApplication.translate("PlanFormDialog", u"\u2193", None))
        self.headingEdit.setPlaceholderText(QCoreApplication.translate("PlanFormDialog", u"\u0111\u1ec1 m\u1ee5c (v\u00ed d\u1ee5: I. M\u1ee4C \u0110\u00cdCH, Y\u00caU C\u1ea6U), \u0111\u1ec3 tr\u1ed1ng n\u1ebfu l\u00e0 \u0111o\u1ea1n m\u1edf \u0111\u1ea7u", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bodyTab), QCoreApplication.translate("PlanFormDialog", u"N\u1ed9i dung", None))
    # retranslateUi

