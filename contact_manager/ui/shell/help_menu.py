"""Help menu: "Getting started" (the README's "Using the app", in the user's language) and
"Open log and data folder", placed before "About". Retranslated live with the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from contact_manager import paths
from contact_manager.ui.kit.retranslating import Retranslating, follow_language
from contact_manager.ui.kit.widgets import named_action

# The seam through which the folder is opened (tests replace it).
open_url = QDesktopServices.openUrl


class GettingStartedDialog(Retranslating, QDialog):
    """A short guide to the window: one paragraph per tab and menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.text = QTextBrowser(self)
        self.text.setObjectName("gettingStartedText")
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(46 * em, 36 * em)
        self.retranslate()

    def sections(self) -> list[tuple[str, str]]:
        return [
            (
                "",
                self.tr(
                    "Contact Manager keeps the points of contact of your company accounts: who receives "
                    "invoices, renewal notices, security and technical notices."
                ),
            ),
            (
                self.tr("Account and billing (Ctrl+1)"),
                self.tr(
                    "Who holds each role, who receives each kind of notice, and health checks, each with "
                    "a button that takes you to the fix. \u201cMark as reviewed\u201d records the day you "
                    "checked the contacts."
                ),
            ),
            (
                self.tr("Company information (Ctrl+2)"),
                self.tr(
                    "The company details, the account primary contact, up to three billing contacts "
                    "(\u201cAdd another\u201d) and the other contacts. Type into a box to find a user by "
                    "any part of their name or address; the security contact also takes an external "
                    "email address. A change is saved at once: Edit > Undo (Ctrl+Z) takes it back."
                ),
            ),
            (
                self.tr("Users (Ctrl+3)"),
                self.tr(
                    "Add, edit, deactivate, reactivate and remove users. Someone who holds a role is "
                    "offered a \u201cReassign\u201d step first. \u201cWho is this person?\u201d lists "
                    "their roles in every account."
                ),
            ),
            (
                self.tr("History (Ctrl+4)"),
                self.tr("Every change, who made it and when; filter it, and export it as CSV."),
            ),
            (
                self.tr("File menu"),
                self.tr(
                    "Create, rename and delete accounts; import users from a CSV file (English or Italian "
                    "column names, comma or semicolon, with a preview of every row); import or export an "
                    "account as JSON; export CSV or vCard; save the contact sheet as PDF; back up and "
                    "restore the database."
                ),
            ),
            (
                self.tr("View > Language"),
                self.tr(
                    "English or Italiano, switched at once. The account button in the top-right corner "
                    "switches between accounts."
                ),
            ),
            (
                self.tr("Working with others"),
                self.tr(
                    "If someone changes the same account elsewhere (another window, the command line), "
                    "this window shows it within a few seconds. A change made on an out-of-date view is "
                    "refused, never written over theirs."
                ),
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
        self.text.setAccessibleName(self.tr("Getting started"))
        import html

        parts = [f"<h2>{html.escape(self.tr('Getting started'))}</h2>"]
        for heading, text in self.sections():
            if heading:
                parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.append(f"<p>{html.escape(text)}</p>")
        self.text.setHtml("".join(parts))


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
            self.dialog = GettingStartedDialog(self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    @Slot()
    def open_data_folder(self) -> None:
        folder = paths.ensure_private_dir(paths.data_dir())
        open_url(QUrl.fromLocalFile(str(folder)))
