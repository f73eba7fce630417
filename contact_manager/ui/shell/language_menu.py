"""View > Language: one checkable action per language; choosing one switches the app live.

Language names are written in their own language ("English", "Italiano"), as users look
for their own language's name. The menu's title is translated like any other text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from contact_manager import language
from contact_manager.domain.languages import LANGUAGES, described
from contact_manager.ui.kit.retranslating import Retranslating

NATIVE_NAMES = {described_language.code: described_language.native_name for described_language in LANGUAGES}


class LanguageMenu(Retranslating, QMenu):
    """The language sub-menu; add it with ``view_menu.addMenu(LanguageMenu(window))``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_language: dict[str, QAction] = {}
        for code in language.available_languages():
            action = QAction(NATIVE_NAMES.get(code, code), self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_language[code] = action
        self.group.triggered.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.menuAction().setStatusTip(self.tr("Choose the language of the application"))
        for code, action in self.actions_by_language.items():
            action.setChecked(code == language.current_language())
            action.setStatusTip(
                self.tr("Show the application in {language}").format(language=self._name_in_sentence(code))
            )

    def _name_in_sentence(self, code: str) -> str:
        """The language's name in the current language, as it reads inside a sentence."""
        return described(code).name_in_sentence

    @Slot("QAction*")
    def _chosen(self, action: QAction) -> None:
        code = action.data()
        if code != language.current_language():
            app = QApplication.instance() or QCoreApplication.instance()
            assert app is not None  # a menu is only shown by a running application
            language.switch(app, code)
