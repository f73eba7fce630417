"""The Help menu's "Getting started": a short guide to the window, one paragraph per tab and
menu, in the user's language and retranslated live."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from contact_manager.ui.kit.retranslating import Retranslating


class GettingStartedDialog(Retranslating, QDialog):
    """A short guide to the window: one paragraph per tab and menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # Help opens it again
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
                    "their roles in every account. Ctrl+F finds a user from any tab; Delete removes "
                    "the selected one, after asking."
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
        parts = [f"<h2>{html.escape(self.tr('Getting started'))}</h2>"]
        for heading, text in self.sections():
            if heading:
                parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.append(f"<p>{html.escape(text)}</p>")
        self.text.setHtml("".join(parts))
