"""``Retranslating``: a widget whose texts follow a live language switch.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget. A widget that
sets its texts in ``retranslate()`` lists this mixin first among its bases
(``class UsersTab(Retranslating, QWidget)``) and is retranslated on every switch; one that must
do more then (forget cached texts, redraw) overrides ``language_changed``. An object that is
not a widget (a menu's actions) is not told: ``follow_language(window, self.retranslate)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:  # the mixin goes before a QWidget base: type-check it as one
    from PySide6.QtWidgets import QWidget as _Base
else:
    _Base = object


class Retranslating(_Base):
    def retranslate(self) -> None:
        """Set every text of the widget in the current language."""
        raise NotImplementedError

    def language_changed(self) -> None:
        """The language was switched: by default, set the texts again."""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()
        super().changeEvent(event)


class _LanguageWatcher(QObject):
    def __init__(self, widget: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` on every language switch ``widget`` is told of (for as long as it lives)."""
    _LanguageWatcher(widget, retranslate)
