"""For tabs whose data is costly to read: read again only when they are on screen."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mix into a QWidget before it: ``class UsersTab(RefreshWhenShown, QWidget)``.

    The widget's ``refresh()`` reads its data and must set ``self._stale = False``.
    """

    _stale = False

    def refresh(self) -> None:
        raise NotImplementedError

    @Slot()
    def refresh_when_shown(self) -> None:
        """Read again now if the tab is on screen, else when it is next shown."""
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]
