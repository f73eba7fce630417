"""Help menu: "Getting started" (the README's "Using the app", in the user's language) and
"Open log and data folder", placed before "About". Retranslated live with the window.

The menu is in the window's first frame; the guide's dialog (``getting_started``) and the
desktop's file browser are loaded when first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from contact_manager import paths
from contact_manager.ui.kit.retranslating import follow_language
from contact_manager.ui.kit.widgets import named_action

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from contact_manager.ui.shell.getting_started import GettingStartedDialog


def open_url(url: QUrl) -> bool:
    """The seam through which the folder is opened (tests replace it)."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


class HelpActions(QObject):
    """The Help menu's own actions, inserted before ``before`` (the About action)."""

    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.setObjectName("helpActions")
        self.window = window
        self.dialog: GettingStartedDialog | None = None
        guide, keys = self.show_getting_started, QKeySequence.StandardKey.HelpContents
        self.getting_started = named_action(window, "gettingStartedAction", guide, keys)
        self.open_folder = named_action(window, "openDataFolderAction", self.open_data_folder)
        menu.insertAction(before, self.getting_started)
        menu.insertAction(before, self.open_folder)
        menu.insertSeparator(before)
        follow_language(window, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.getting_started.setText(self.tr("&Getting started"))
        self.getting_started.setStatusTip(self.tr("A short guide to the window"))
        self.open_folder.setText(self.tr("Open &log and data folder"))
        self.open_folder.setStatusTip(
            self.tr("Open the folder with the database, the backups and the log file")
        )

    @Slot()
    def show_getting_started(self) -> GettingStartedDialog:
        if self.dialog is None:
            from contact_manager.ui.shell.getting_started import GettingStartedDialog

            self.dialog = GettingStartedDialog(self.window)  # kept, not deleted, when closed
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    @Slot()
    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl

        folder = paths.ensure_private_dir(paths.data_dir())
        open_url(QUrl.fromLocalFile(str(folder)))
