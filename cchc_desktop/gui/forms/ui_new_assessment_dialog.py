# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

class Ui_NewAssessmentDialog(object):
    def setupUi(self, NewAssessmentDialog):
        if not NewAssessmentDialog.objectName():
            NewAssessmentDialog.setObjectName(u"NewAssessmentDialog")
        NewAssessmentDialog.resize(620, 260)
        self.dialogLayout = QVBoxLayout(NewAssessmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.setLabel = QLabel(NewAssessmentDialog)
        self.setLabel.setObjectName(u"setLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.setLabel)

        self.setCombo = QComboBox(NewAssessmentDialog)
        self.setCombo.setObjectName(u"setCombo")
        self.setCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setCombo.setMinimumContentsLength(40)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.setCombo)

        self.sampleWarning = QLabel(NewAssessmentDialog)
        self.sampleWarning.setObjectName(u"sampleWarning")
        self.sampleWarning.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sampleWarning)

        self.yearLabel = QLabel(NewAssessmentDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(NewAssessmentDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2200)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.bodyLabel = QLabel(NewAssessmentDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QLineEdit(NewAssessmentDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.planLabel = QLabel(NewAssessmentDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(NewAssessmentDialog)
        self.planCombo.setObjectName(u"planCombo")
        self.planCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.planCombo.setMinimumContentsLength(40)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planCombo)


        self.dialogLayout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(NewAssessmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.setLabel.setBuddy(self.setCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.planLabel.setBuddy(self.planCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewAssessmentDialog)

        QMetaObject.connectSlotsByName(NewAssessmentDialog)
    # setupUi

    def retranslateUi(self, NewAssessmentDialog):
        NewAssessmentDialog.setWindowTitle(QCoreApplication.translate("NewAssessmentDialog", u"T\u1ea1o b\u1ea3n ch\u1ea5m \u0111i\u1ec3m", None))
        self.setLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"B\u1ed9 ti\u00eau ch\u00ed:", None))
#if QT_CONFIG(accessibility)
        self.setCombo.setAccessibleName(QCoreApplication.translate("NewAssessmentDialog", u"B\u1ed9 ti\u00eau ch\u00ed", None))
#endif // QT_CONFIG(accessibility)
        self.sampleWarning.setText("")
        self.yearLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"N\u0103m \u0111\u00e1nh gi\u00e1:", None))
        self.bodyLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"C\u01a1 quan t\u1ef1 \u0111\u00e1nh gi\u00e1:", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("NewAssessmentDialog", u"m\u1eb7c \u0111\u1ecbnh theo c\u00e0i \u0111\u1eb7t ho\u1eb7c theo k\u1ebf ho\u1ea1ch (v\u00ed d\u1ee5 UBND x\u00e3 C\u1eeda T\u00f9ng)", None))
        self.planLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"K\u1ebf ho\u1ea1ch c\u1ee7a n\u0103m:", None))
#if QT_CONFIG(accessibility)
        self.planCombo.setAccessibleName(QCoreApplication.translate("NewAssessmentDialog", u"K\u1ebf ho\u1ea1ch l\u1ea5y s\u1ed1 li\u1ec7u", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.planCombo.setToolTip(QCoreApplication.translate("NewAssessmentDialog", u"C\u00e1c ti\u00eau ch\u00ed l\u1ea5y s\u1ed1 li\u1ec7u t\u1eeb s\u1ed5 nhi\u1ec7m v\u1ee5 (k\u1ebf ho\u1ea1ch \u0111\u00fang h\u1ea1n, t\u1ef7 l\u1ec7 ho\u00e0n th\u00e0nh, s\u1ed1 cu\u1ed9c ki\u1ec3m tra\u2026) \u0111\u1ecdc k\u1ebf ho\u1ea1ch n\u00e0y", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

