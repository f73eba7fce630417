"""Undoable changes: each one a service call through ``AppContext.apply``, on ONE stack per window.

A command is pushed after its change was saved (``first_redo_done``), so pushing does not
save twice. Undo and redo go back through the services, with the version check and a
history row, like any change. The version they expect is the one this window's own last
change left (``UndoStack.own``): if another window or the command line changed the account
meanwhile, the service refuses with the conflict message instead of writing over it.

Undo always reverses the latest change of the window, or nothing: a change that can't be
undone (a removal, an import, the first primary contact, anything saved without a command)
clears the stack and leaves the reason on the Undo action (``cannot_undo``). A refused undo
or redo clears it too, after saying why (``failed``), so the next Undo never jumps over it.

Descriptions are kept as a translatable source and its arguments (``Description``) and drawn
again in the current language on a live switch (``UndoStack.retranslate``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.errors import ContactError
from contact_manager.domain.roles import Role
from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.ui.kit.widgets import named_action

if TYPE_CHECKING:
    from contact_manager.ui.kit.context import AppContext

Change = Callable[[int, int | None], object]
Argument = str | Callable[[], str]  # a callable is asked again in the current language


class Description:
    """A text to show in the current language: a source string of ``context`` and its arguments."""

    def __init__(self, context: str, source: str, **arguments: Argument) -> None:
        self.context, self.source, self.arguments = context, source, arguments

    def render(self) -> str:
        values = {key: value() if callable(value) else value for key, value in self.arguments.items()}
        return QCoreApplication.translate(self.context, self.source).format(**values)

    def __str__(self) -> str:
        return self.render()


def undo_text(source: str, **arguments: Argument) -> Description:
    """A description of the "Undo" context (lupdate finds ``source`` through QT_TRANSLATE_NOOP)."""
    return Description("Undo", source, **arguments)


def _render(text: str | Description) -> str:
    return text.render() if isinstance(text, Description) else text


class UndoFailures(QObject):
    """Where refused undos and redos are reported (the window shows a dialog)."""

    failed = Signal(object)  # ContactError


class UndoStack(QUndoStack):
    """The window's one stack, with the Undo and Redo actions it keeps in the current language."""

    blockedChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own: tuple[int, int] | None = None  # (account, version) this window's last change left
        self._synced: tuple[int, int] | None = None  # the own change the stack accounts for
        self._in_command = False
        self._failure: str | None = None
        self.blocked: str | Description | None = None  # why Undo is disabled, when it is
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

    # --- what the window wrote itself -----------------------------------------------------

    def own_change(self, account_id: int, version: int) -> None:
        """``context.apply`` saved a change of this window: the account is now at ``version``.

        A change that is not pushed as a command (nor declared with ``cannot_undo``) by the
        time the event loop runs again can't be undone: the stack is cleared, never jumped over.
        """
        self.own = (account_id, version)
        if not self._in_command:
            QTimer.singleShot(0, self, self._check_recorded)

    def is_own(self, account_id: int | None, version: int | None) -> bool:
        """True when the account is at the version this window's own last change left."""
        return account_id is not None and self.own == (account_id, version)

    def expected_version(self, account_id: int, fallback: int | None) -> int | None:
        if self.own is not None and self.own[0] == account_id:
            return self.own[1]
        return fallback

    def _check_recorded(self) -> None:
        if self.own is not None and self.own != self._synced:
            self.cannot_undo(undo_text(QT_TRANSLATE_NOOP("Undo", "The last change can't be undone.")))

    # --- the stack --------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        self._set_blocked(None)
        super().push(command)
        self._synced = self.own

    def cannot_undo(self, reason: str | Description) -> None:
        """The latest change can't be undone: forget every older one, and keep the reason."""
        self.clear()
        self._synced = self.own
        self._set_blocked(reason)

    def clear(self) -> None:
        super().clear()
        self._set_blocked(None)

    def undo(self) -> None:
        self._run_command(super().undo)

    def redo(self) -> None:
        self._run_command(super().redo)

    def _run_command(self, run: Callable[[], None]) -> None:
        self._in_command, self._failure = True, None
        try:
            run()
        finally:
            self._in_command = False
        if self._failure is not None:
            self.cannot_undo(self._failure)
        else:
            self._synced = self.own

    def command_failed(self, reason: str) -> None:
        self._failure = reason

    def _set_blocked(self, reason: str | Description | None) -> None:
        self.blocked = reason
        self.blockedChanged.emit()

    # --- the actions and their texts ----------------------------------------------------------

    def create_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit > Undo and Redo, their texts naming the change in the current language."""
        self.undo_action = named_action(parent, "undoAction", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = named_action(parent, "redoAction", self.redo, QKeySequence.StandardKey.Redo)
        for signal in (self.indexChanged, self.cleanChanged, self.blockedChanged):
            signal.connect(self._update_actions)
        self._update_actions()
        return self.undo_action, self.redo_action

    def retranslate(self) -> None:
        """Draw every command's description and the actions' texts again (a live language switch)."""
        for index in range(self.count()):
            command = self.command(index)
            if isinstance(command, ServiceCommand):
                command.retranslate()
        self._update_actions()

    @Slot(int)
    @Slot(bool)
    @Slot()
    def _update_actions(self, *_args) -> None:
        if self.undo_action is None or self.redo_action is None:
            return
        blocked = _render(self.blocked) if self.blocked is not None else None
        _show(self.undo_action, self.undoText() if self.canUndo() else None, _UNDO_TEXTS, blocked)
        _show(self.redo_action, self.redoText() if self.canRedo() else None, _REDO_TEXTS)


# An Undo or Redo action's text with the change it would undo or redo, its text without one,
# and its tip then.
_UNDO_TEXTS = (
    QT_TRANSLATE_NOOP("Undo", "&Undo {change}"),
    QT_TRANSLATE_NOOP("Undo", "&Undo"),
    QT_TRANSLATE_NOOP("Undo", "Nothing to undo"),
)
_REDO_TEXTS = (
    QT_TRANSLATE_NOOP("Undo", "&Redo {change}"),
    QT_TRANSLATE_NOOP("Undo", "&Redo"),
    QT_TRANSLATE_NOOP("Undo", "Nothing to redo"),
)


def _show(
    action: QAction, change: str | None, texts: tuple[str, str, str], blocked: str | None = None
) -> None:
    """``action`` offering to undo (or redo) ``change``; None: there is none, and the tip says
    so, or why (``blocked``)."""
    named, bare, nothing = (QCoreApplication.translate("Undo", text) for text in texts)
    if change is None:
        text, tip = bare, nothing if blocked is None else blocked
    else:
        text = named.format(change=change)
        tip = text.replace("&", "")
    action.setText(text)
    action.setEnabled(change is not None)
    action.setToolTip(tip)
    action.setStatusTip(tip)


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        context: AppContext,
        failures: UndoFailures | None,
        text: str | Description,
        do: Change,
        undo: Change,
        *,
        users: bool = False,
    ) -> None:
        """``users``: the change adds, edits or removes users (the Users tab reads them again)."""
        super().__init__(_render(text))
        self._context, self._failures = context, failures
        self._description = text
        self._do, self._undo = do, undo
        self._users = users
        self._first_redo_done = True

    def push(self) -> None:
        """Put this change, just saved, on the window's stack."""
        self._context.undo_stack.push(self)

    def retranslate(self) -> None:
        self.setText(_render(self._description))

    def redo(self) -> None:
        if self._first_redo_done:
            self._first_redo_done = False
            return
        self._run(self._do, undo_text(QT_TRANSLATE_NOOP("Undo", "Redone: {change}"), change=self.text()))

    def undo(self) -> None:
        self._run(self._undo, undo_text(QT_TRANSLATE_NOOP("Undo", "Undone: {change}"), change=self.text()))

    def _run(self, change: Change, description: Description) -> None:
        stack = self._context.undo_stack

        def checked(account_id: int, version: int | None) -> object:
            expected = version
            if isinstance(stack, UndoStack):
                expected = stack.expected_version(account_id, version)
            return change(account_id, expected)

        saved = self._context.apply(checked, description.render(), failure=self._refused)
        if saved is not None and self._users:
            self._context.usersChanged.emit()

    def _refused(self, error: ContactError) -> None:
        command_refused(self, self._context, self._failures, error)


def command_refused(
    command: QUndoCommand, context: AppContext, failures: UndoFailures | None, error: ContactError
) -> None:
    """An undo or redo was refused: the command is dropped, the stack cleared with the reason
    on its Undo action, and ``failures`` says why."""
    command.setObsolete(True)
    stack = context.undo_stack
    if isinstance(stack, UndoStack):
        stack.command_failed(error.message)
    if failures is not None:
        failures.failed.emit(error)


def cannot_undo(context: AppContext, reason: str | Description, *, say: bool = True) -> None:
    """A change that was just saved can't be undone: clear the stack, and (``say``) tell why on
    the status bar; the Undo action keeps the reason as its tip."""
    stack = context.undo_stack
    if isinstance(stack, UndoStack):
        stack.cannot_undo(reason)
    else:
        stack.clear()
    if say:
        context.status.emit(_render(reason))


# --- the service calls the commands make ------------------------------------------------------


def holder_change(services, role: Role, person: Person | None) -> Change:
    """The service call that makes ``person`` the holder of ``role`` (None clears it)."""

    def change(account_id: int, version: int | None) -> ContactSheet:
        if person is None:
            return services.contacts.clear_role(account_id, role, expected_version=version)
        if person.external:  # an outside address, for a role that takes one
            contacts = services.contacts
            return contacts.set_role_by_email(account_id, role, person.email, expected_version=version)
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


def active_change(services, user_id: int, active: bool) -> Change:
    """Reactivate (``active``) or deactivate a user who holds no role."""

    def change(account_id: int, version: int | None) -> object:
        users = services.users
        run = users.reactivate if active else users.deactivate
        return run(account_id, user_id, expected_version=version)

    return change


def user_values_change(services, person: Person) -> Change:
    """Give the user ``person.user_id`` the fields of ``person`` again (undo and redo of an edit)."""

    def change(account_id: int, version: int | None) -> object:
        return services.users.edit(
            account_id,
            person.user_id,
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            job_title=person.job_title,
            phone=person.phone,
            expected_version=version,
        )

    return change


def user_back_change(services, person: Person) -> Change:
    """Bring back a user who was added then undone, with the same id (redo of an add)."""

    def change(account_id: int, version: int | None) -> object:
        return services.users.restore(account_id, person, expected_version=version)

    return change


def user_removal_change(services, user_id: int) -> Change:
    """Take away a user who was just added (undo of an add)."""

    def change(account_id: int, version: int | None) -> object:
        return services.users.remove(account_id, user_id, expected_version=version)

    return change
