"""Undoable changes: each one a service call through ``AppContext.apply``.

A command is pushed after its change was saved (``first_redo_done``), so pushing does not
save twice. Undo and redo go back through the services, with the version check and a
history row, like any change. If the rules refuse an undo (the old holder was deactivated
meanwhile, someone else changed the account), ``failed`` carries the refusal and the
command stays where it was on the stack; the window shows why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.errors import ContactError
from contact_manager.domain.roles import Role
from contact_manager.ui.context import AppContext

Change = Callable[[int, int | None], object]


class UndoFailures(QObject):
    """Where refused undos and redos are reported (the window shows a dialog)."""

    failed = Signal(object)  # ContactError


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        context: AppContext,
        failures: UndoFailures,
        text: str,
        do: Change,
        undo: Change,
    ) -> None:
        super().__init__(text)
        self._context, self._failures = context, failures
        self._do, self._undo = do, undo
        self._first_redo_done = True

    def redo(self) -> None:
        if self._first_redo_done:
            self._first_redo_done = False
            return
        self._run(self._do, self.text())

    def undo(self) -> None:
        self._run(
            self._undo, QCoreApplication.translate("Undo", "Undone: {change}").format(change=self.text())
        )

    def _run(self, change: Change, description: str) -> None:
        try:
            self._context.apply(change, description)
        except ContactError as error:
            self.setObsolete(True)
            self._failures.failed.emit(error)


def holder_change(services, role: Role, person: Person | None) -> Change:
    """The service call that makes ``person`` the holder of ``role`` (None clears it)."""

    def change(account_id: int, version: int | None) -> ContactSheet:
        if person is None:
            return services.contacts.clear_role(account_id, role, expected_version=version)
        if person.external:
            return services.contacts.set_security_email(account_id, person.email, expected_version=version)
        return services.contacts.set_role(account_id, role, person.user_id, expected_version=version)

    return change


def billing_change(services, user_ids: list[int]) -> Change:
    def change(account_id: int, version: int | None) -> ContactSheet:
        return services.contacts.set_billing(account_id, list(user_ids), expected_version=version)

    return change


def company_change(services, field: str, value: str) -> Change:
    def change(account_id: int, version: int | None) -> object:
        return services.accounts.update(account_id, version, **{field: value})

    return change
