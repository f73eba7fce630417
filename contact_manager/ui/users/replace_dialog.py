"""Replace in every account...: pick the successor, see every move, confirm as one step of Undo.

The dialog plans the replacement (``services.people.plan``) as the successor is typed, shows
each move (account, role, from, to) and the accounts where the successor is not a user yet,
and on confirming applies it in one transaction. The window's Undo puts every account back
(``ReplaceCommand``), each checked against the version the replacement left.
"""

from __future__ import annotations

from collections.abc import Callable
from email.utils import parseaddr
from typing import TypedDict

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.errors import ContactError
from contact_manager.domain.replacement import Replacement, ReplacementPlan
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import UndoFailures, UndoStack, command_refused
from contact_manager.ui.kit.widgets import named

_PLAN_DELAY_MS = 250


class ReplaceOptions(TypedDict):
    """What the replacement was asked for, to make it again on Redo."""

    account: int | None  # None: every account
    add_missing: bool
    deactivate: bool


class ReplaceCommand(QUndoCommand):
    """One step of Undo over every account a replacement changed."""

    def __init__(
        self,
        context: AppContext,
        failures: UndoFailures | None,
        replacement: Replacement,
        options: ReplaceOptions,
        text: str,
    ) -> None:
        super().__init__(text)
        self._context, self._failures = context, failures
        self.replacement, self._options = replacement, options
        self._first_redo_done = True

    def redo(self) -> None:
        if self._first_redo_done:
            self._first_redo_done = False
            return
        people = self._context.services.people

        def again() -> None:
            plan = people.plan(
                self.replacement.old_email, self.replacement.new_email, self._options["account"]
            )
            self.replacement = people.apply(
                plan,
                add_missing=bool(self._options["add_missing"]),
                deactivate=bool(self._options["deactivate"]),
            )

        self._run(again)

    def undo(self) -> None:
        self._run(lambda: self._context.services.people.undo(self.replacement))

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except ContactError as error:  # not an account's change: no context.apply
            command_refused(self, self._context, self._failures, error)
            return
        finally:
            _show_result(self._context)


def _show_result(context: AppContext) -> None:
    """Read the current account again and count the new version as this window's own."""
    if context.account_id is None:
        return
    context.reload()
    stack = context.undo_stack
    if isinstance(stack, UndoStack) and context.version is not None:
        stack.own = (context.account_id, context.version)


class ReplaceDialog(Retranslating, QDialog):
    """``replaceDialog``: the successor box, the preview table, the two tick boxes."""

    replaced = Signal(object)  # the Replacement

    def __init__(
        self,
        context: AppContext,
        old_email: str,
        parent: QWidget | None = None,
        *,
        failures: UndoFailures | None = None,
        account_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replaceDialog")
        self.setMinimumSize(680, 380)
        self.context, self.failures = context, failures
        self.old_email, self.account_id = old_email, account_id
        self.plan: ReplacementPlan | None = None
        self.error: str = ""

        self.intro = named(QLabel(), "replaceIntro", wrap=True)
        self.successor = named(QLineEdit(), "replaceSuccessor")
        self.successor.setClearButtonEnabled(True)
        people = context.services.people.everyone()
        choices = [p.display for p in people if p.email.casefold() != old_email.casefold()]
        completer = QCompleter(QStringListModel(choices, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # any part of a name or an address
        self.successor.setCompleter(completer)
        self.successor_label = QLabel()
        self.successor_label.setBuddy(self.successor)
        form = QFormLayout()
        form.addRow(self.successor_label, self.successor)

        self.table = named(QTableWidget(0, 4), "replacePreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = named(QLabel(), "replaceSummary", wrap=True)
        self.add_missing = named(QCheckBox(), "replaceAddMissing")
        self.deactivate = named(QCheckBox(), "replaceDeactivate")
        self.add_missing.toggled.connect(self._update_ok)
        self.deactivate.toggled.connect(self._update_ok)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("replaceButtons")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.add_missing)
        layout.addWidget(self.deactivate)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=_PLAN_DELAY_MS)
        self._timer.timeout.connect(self.make_plan)
        self.successor.textChanged.connect(lambda _text: self._timer.start())
        completer.activated.connect(lambda _text: self.make_plan())
        self.retranslate()
        self.make_plan()

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Replace in every account"))
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(
            self.tr("Every role {old} holds goes to the person you choose, in every account at once.").format(
                old=self.old_email
            )
        )
        self.successor_label.setText(self.tr("&Successor:"))
        self.successor.setPlaceholderText(self.tr("Type a name or an email address"))
        self.successor.setAccessibleName(self.tr("Successor"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Role"), self.tr("From"), self.tr("To")]
        )
        self.table.setAccessibleName(self.tr("What the replacement changes"))
        self.deactivate.setText(self.tr("Deactivate {old} everywhere afterwards").format(old=self.old_email))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Replace"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill()

    # --- the plan ---------------------------------------------------------------------------

    def successor_email(self) -> str:
        """The address typed or picked ("Name <address>" or the bare address)."""
        text = self.successor.text().strip()
        _name, address = parseaddr(text)
        return address if "@" in address else text

    @Slot()
    def make_plan(self) -> None:
        self._timer.stop()
        self.plan, self.error = None, ""
        email = self.successor_email()
        if email:
            try:
                self.plan = self.context.services.people.plan(self.old_email, email, self.account_id)
            except ContactError as error:
                self.error = error.message
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        rows: list[tuple[str, str, str, str]] = []
        if plan is not None:
            for move in plan.moves:
                if move.already_held:
                    to = self.tr("{person} (already holds it: the old place is removed)")
                else:
                    to = "{person}"
                rows.append(
                    (move.account_name, move.role.label, move.old.display, to.format(person=move.new.display))
                )
            for account in plan.missing:
                rows.append(
                    (
                        account.account_name,
                        "",
                        "",
                        self.tr("{person} is not an active user of this account").format(
                            person=plan.new_person.display
                        ),
                    )
                )
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        missing = plan.missing if plan is not None else ()
        self.add_missing.setVisible(bool(missing))
        if plan is not None:
            self.add_missing.setText(
                self.tr("Add {person} to {accounts}, with the name they have elsewhere").format(
                    person=plan.new_person.display, accounts=", ".join(a.account_name for a in missing)
                )
            )
        if self.error:
            self.summary.setText(self.error)
        elif plan is None:
            self.summary.setText(self.tr("Choose who takes over."))
        elif not plan.moves:
            self.summary.setText(
                self.tr("{old} holds no role: there is nothing to hand over.").format(old=plan.old_name)
            )
        else:
            self.summary.setText(
                self.tr("{moves} in {accounts}.").format(
                    moves=self.tr("%n role(s)", "", len(plan.moves)),
                    accounts=self.tr("%n account(s)", "", len({m.account_id for m in plan.moves})),
                )
            )
        self._update_ok()

    @Slot(bool)
    def _update_ok(self, *_args: object) -> None:
        plan = self.plan
        ready = plan is not None and (bool(plan.moves) or self.deactivate.isChecked())
        if plan is not None and plan.missing and not self.add_missing.isChecked():
            ready = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    # --- confirming -------------------------------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        self.make_plan()  # what is saved is what the database holds now
        if self.plan is None:
            return
        plan = self.plan
        options: ReplaceOptions = {
            "account": self.account_id,
            "add_missing": self.add_missing.isChecked(),
            "deactivate": self.deactivate.isChecked(),
        }
        try:
            done = self.context.services.people.apply(
                plan, add_missing=bool(options["add_missing"]), deactivate=bool(options["deactivate"])
            )
        except ContactError as error:
            self.summary.setText(error.message)
            return
        text = self.tr("Replace {old} with {new}").format(old=plan.old_name, new=plan.new_person.display)
        _show_result(self.context)
        self.context.undo_stack.push(ReplaceCommand(self.context, self.failures, done, options, text))
        self.context.usersChanged.emit()
        self.context.saved.emit(
            self.tr("Replaced {old} with {new} in {accounts}").format(
                old=plan.old_name,
                new=plan.new_person.display,
                accounts=self.tr("%n account(s)", "", len(done.accounts)),
            )
        )
        self.replaced.emit(done)
        self.accept()
