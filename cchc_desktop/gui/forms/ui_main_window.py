# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QStackedWidget)

class Ui_MainContent(object):
    def setupUi(self, MainContent):
        if not MainContent.objectName():
            MainContent.setObjectName(u"MainContent")
        MainContent.resize(1300, 720)
        self.mainLayout = QHBoxLayout(MainContent)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(MainContent)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(210, 16777215))
        self.navList.setFrameShape(QFrame.NoFrame)

        self.mainLayout.addWidget(self.navList)

        self.pages = QStackedWidget(MainContent)
        self.pages.setObjectName(u"pages")

        self.mainLayout.addWidget(self.pages)


        self.retranslateUi(MainContent)

        QMetaObject.connectSlotsByName(MainContent)
    # setupUi

    def retranslateUi(self, MainContent):
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainContent", u"Khu v\u1ef1c l\u00e0m vi\u1ec7c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

