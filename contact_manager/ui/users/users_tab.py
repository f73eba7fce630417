"""The "Users" tab: the account's users, searchable and sortable, and people joining and leaving."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.contacts import Person
from contact_manager.domain.errors import ContactError
from contact_manager.services.reassign import Leave
from contact_manager.ui.kit import dialogs, undo, undo_texts
from contact_manager.ui.kit.a11y import name_clear_button
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.look import ERROR_STYLE
from contact_manager.ui.kit.refresh_when_shown import RefreshWhenShown
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.undo import (
    UndoFailures,
    active_change,
    user_removal_change,
)
from contact_manager.ui.kit.widgets import reading_table
from contact_manager.ui.users import users_columns as cols
from contact_manager.ui.users.person_view import PersonView
from contact_manager.ui.users.reassign_dialog import ReassignDialog
from contact_manager.ui.users.user_dialog import UserDialog
from contact_manager.ui.users.users_columns import SORTED_BY
from contact_manager.ui.users.users_filter import UsersFilter
from contact_manager.ui.users.users_table_model import PERSON_DATA, UsersModel


class UsersTab(Retranslating, RefreshWhenShown, QWidget):
    dialogOpened = Signal(object)  # every dialog the tab opens, for tests and the window

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("usersTab")
        self.failures = UndoFailures(self)  # a refused undo of a change made here says why
        self.failures.failed.connect(self._undo_refused)
        self.model = UsersModel(self)
        self._kept: int | None = None  # the user selected before the rows were replaced
        self.model.modelAboutToBeReset.connect(self._keep_selection)  # before the search's reset
        self.proxy = UsersFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("usersSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = reading_table(QTableView(), "usersTable", self.proxy, spaced=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SORTED_BY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # measure a sample of rows, not 100,000 of them
        self.table.activated.connect(lambda _index: self.edit_user())  # double-click or Enter

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (
            ("add", self.add_user),
            ("edit", self.edit_user),
            ("deactivate", lambda: self.leave("deactivate")),
            ("reactivate", self.reactivate),
            ("remove", lambda: self.leave("remove")),
            ("whois", self.who_is),
            ("replace", self.replace_everywhere),
        ):
            button = QPushButton()
            button.setObjectName(f"users_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
            if name == "add":
                row.addSpacing(12)
        # Delete on the list: Remove..., with its question (the button's, so never when disabled)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.buttons["remove"].click)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        row.addStretch(1)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setObjectName("usersCount")
        top.addWidget(self.count)
        # said in the list itself when it shows nobody: a new account's, or a search's
        self.empty = QLabel(self.table.viewport())
        self.empty.setObjectName("usersEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        in_list = QVBoxLayout(self.table.viewport())
        in_list.setContentsMargins(24, 24, 24, 24)
        in_list.addWidget(self.empty)
        self.empty.hide()
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        context.users.changed.connect(self.refresh_when_shown)
        self._stale = False
        self._select_next: int | None = None  # a user to select once the rows have them (just added)
        self.model.modelReset.connect(self._rows_replaced)
        context.sheetChanged.connect(self.model.set_sheet)
        self.retranslate()
        self.refresh_when_shown()  # a tab built behind another reads when first shown

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Users"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, email or job title"))
        self.search.setAccessibleName(self.tr("Search users"))
        name_clear_button(self.search, self.tr("Clear the search"))
        self.table.setAccessibleName(self.tr("Users of the account"))
        texts = {
            "add": (self.tr("&Add..."), self.tr("Add a user")),
            "edit": (self.tr("Ed&it..."), self.tr("Edit the selected user")),
            "deactivate": (self.tr("&Deactivate"), self.tr("Deactivate the selected user")),
            "reactivate": (self.tr("Rea&ctivate"), self.tr("Reactivate the selected user")),
            "remove": (self.tr("&Remove..."), self.tr("Remove the selected user")),
            "whois": (
                self.tr("&Who is this person?"),
                self.tr("Every role this person holds, in every account"),
            ),
            "replace": (
                self.tr("Replace in every acco&unt..."),
                self.tr("Give every role of the selected user, in every account, to someone else"),
            ),
        }
        for name, (text, description) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(text.replace("&", ""))
            self.buttons[name].setToolTip(description)
        self.model.retranslate()
        self._update_count()

    # --- reading ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether the users or their order are being read apart (the rows shown stay until then)."""
        return self.context.users.busy or self.model.busy

    def refresh(self) -> None:
        """Show the account's users as last read (``context.users``; the first time, read them)."""
        self._stale = False
        users = self.context.users
        if not users.wanted:
            users.want()  # fires changed, which comes back here, unless read apart
            if users.busy:
                return
        self.model.set_users(users.rows, self.context.sheet)

    @Slot()
    def _keep_selection(self) -> None:
        person = self.selected()
        self._kept = None if person is None else person.user_id

    @Slot()
    def _rows_replaced(self) -> None:
        self.table.resizeColumnsToContents()
        characters = self.fontMetrics().averageCharWidth()
        for number, column in enumerate(cols.COLUMNS):
            if column.width is not None:
                self.table.setColumnWidth(number, column.width * characters)
        if self._kept is not None:
            self.select(self._kept)
        if self._select_next is not None and self.model.row_of(self._select_next) is not None:
            user_id, self._select_next = self._select_next, None
            self._show_user(user_id)

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PERSON_DATA) if rows else None

    def select(self, user_id: int) -> bool:
        row = self.model.row_of(user_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        return True

    @Slot("QItemSelection", "QItemSelection")
    @Slot()
    def _update_buttons(self, *_args) -> None:
        person = self.selected()
        has_account = self.context.account_id is not None
        self.buttons["add"].setEnabled(has_account)
        self.buttons["edit"].setEnabled(person is not None)
        self.buttons["deactivate"].setEnabled(person is not None and person.active)
        self.buttons["reactivate"].setEnabled(person is not None and not person.active)
        self.buttons["remove"].setEnabled(person is not None)
        self.buttons["whois"].setEnabled(person is not None)
        self.buttons["replace"].setEnabled(person is not None)

    @Slot("QModelIndex", int, int)
    @Slot()
    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n user(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total} users").format(shown=shown, total=total))
        self._say_when_empty(shown, total)

    def _say_when_empty(self, shown: int, total: int) -> None:
        if shown or self.busy or self.context.account_id is None:
            self.empty.hide()
            self.table.setAccessibleDescription("")
            return
        if total:
            text = self.tr("No user matches “{search}”.").format(search=self.search.text().strip())
        else:
            text = self.tr(
                "This account has no users yet. Add its people with Add..., or bring them from a "
                "file with File > Import users..."
            )
        self.empty.setText(text)
        self.empty.show()
        self.table.setAccessibleDescription(text)  # what a screen reader hears on the empty list

    # --- changing -----------------------------------------------------------------------

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialogOpened.emit(dialog)

    @Slot()
    def add_user(self) -> None:
        if self.context.account_id is not None:
            dialog = UserDialog(self.context, None, self, failures=self.failures)
            dialog.userSaved.connect(self._show_added)
            self._open(dialog)

    @Slot(int)
    def _show_added(self, user_id: int) -> None:
        """The user just added is selected (and scrolled to), even past a search that hid them;
        in a large account once the rows read apart have them."""
        if not self.context.users.busy:
            self.refresh()
        if self.model.row_of(user_id) is None:
            self._select_next = user_id
            return
        self._show_user(user_id)

    def _show_user(self, user_id: int) -> None:
        if not self.select(user_id) and self.search.text():
            self.search.clear()
            self.select(user_id)
        self.table.scrollTo(self.table.currentIndex())

    @Slot()
    def edit_user(self) -> None:
        person = self.selected()
        if person is not None and self.buttons["edit"].isEnabled():  # not on a read-only database
            self._open(UserDialog(self.context, person, self, failures=self.failures))

    @Slot()
    def who_is(self) -> None:
        person = self.selected()
        if person is not None:
            self._open(PersonView(self.context, person.email, self))

    @Slot()
    def replace_everywhere(self) -> None:
        person = self.selected()
        if person is not None:
            from contact_manager.ui.users.replace_dialog import ReplaceDialog

            self._open(ReplaceDialog(self.context, person.email, self, failures=self.failures))

    @Slot()
    def reactivate(self) -> None:
        person = self.selected()
        if person is not None:
            self._set_active(person, True)

    def leave(self, how: Leave) -> None:
        """Deactivate or remove the selected user; a holder of roles goes through the reassign dialog."""
        person = self.selected()
        if person is None or self.context.account_id is None:
            return
        assert person.user_id is not None  # a user of the list is saved, so has an id
        service = self.context.services.reassign
        try:
            roles = service.held_roles(self.context.account_id, person.user_id)
        except ContactError as error:
            self.show_message(error.message)
            return
        if roles:
            self._open(ReassignDialog(self.context, person, how, roles, self, failures=self.failures))
        elif how == "remove":
            self._confirm_remove(person)
        else:
            self._set_active(person, False)

    def _set_active(self, person: Person, active: bool) -> None:
        """Deactivate or reactivate a user who holds no role; undone by the opposite."""
        assert person.user_id is not None  # a user of the list is saved, so has an id
        services = self.context.services
        if active:
            done = self.tr("Reactivated {person}.")
            what = undo_texts.reactivation(person)
        else:
            done = self.tr("Deactivated {person}.")
            what = undo_texts.deactivation(person)
        if self._run(active_change(services, person.user_id, active), done.format(person=person.display)):
            undo.ServiceCommand(
                self.context,
                self.failures,
                what,
                active_change(services, person.user_id, active),
                active_change(services, person.user_id, not active),
                users=True,
            ).push()

    def _confirm_remove(self, person: Person) -> None:
        user_id = person.user_id
        assert user_id is not None  # a user of the list is saved, so has an id

        def remove() -> None:
            if self._run(
                user_removal_change(self.context.services, user_id),
                self.tr("Removed {person}.").format(person=person.display),
            ):
                undo.cannot_undo(self.context, undo_texts.removal(person))

        box = dialogs.confirm(
            self,
            "confirmRemoveUserDialog",
            self.tr("Remove user"),
            self.tr("Remove {person} from the account? This can't be undone; deactivating can.").format(
                person=person.display
            ),
            self.tr("Remove"),
            remove,
        )
        self._open(box)

    def _run(self, change, done: str) -> bool:
        """Save a users-service change (``context.apply``); the other tabs follow."""

        def refused(error: ContactError) -> None:
            self.context.reload()
            self.show_message(error.message)

        if self.context.apply(change, failure=refused) is None:
            return False
        self.message.hide()
        self.context.usersChanged.emit()
        self.context.saved.emit(done)
        return True

    @Slot(object)
    def _undo_refused(self, error: ContactError) -> None:
        dialogs.refused(self.window(), error)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
