"""``Retranslating``: a widget whose texts follow a live language switch.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget. A widget that
sets its texts in ``retranslate()`` lists this mixin first among its bases
(``class UsersTab(Retranslating, QWidget)``) and is retranslated on every switch; one that must
do more then (forget cached texts, redraw) overrides ``language_changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

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
