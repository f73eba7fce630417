"""The "History" tab: every change of the account, newest first, filterable, exportable as CSV."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.errors import ContactError
from contact_manager.domain.history import Change
from contact_manager.domain.roles import Role
from contact_manager.language import csv_separator
from contact_manager.services import exports
from contact_manager.services.history import read_page_apart
from contact_manager.ui.history.history_model import HistoryFilter, HistoryModel, local_time
from contact_manager.ui.kit import dialogs, file_folders
from contact_manager.ui.kit.a11y import name_clear_button, name_popup_list
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.refresh_when_shown import RefreshWhenShown
from contact_manager.ui.kit.retranslating import Retranslating

if TYPE_CHECKING:
    from contact_manager.services.history import HistoryService


class AccountHistory:
    """One account's history, as the filter reads it (a page at a time)."""

    def __init__(self, history: HistoryService, account_id: int, path: str | None) -> None:
        self.history, self.account_id, self.path = history, account_id, path

    def page_apart(self, role: Role | None, person: str) -> Callable[[], list[Change]] | None:
        if self.path is None:
            return None
        path, account_id = self.path, self.account_id
        return lambda: read_page_apart(path, account_id, None, role, person)

    def page(self, before_id: int | None, role: Role | None, person: str) -> list[Change]:
        return self.history.page(self.account_id, before_id=before_id, role=role, person=person)

    def every(self, role: Role | None, person: str) -> Iterable[Change]:
        return self.history.every(self.account_id, role=role, person=person)


class HistoryTab(Retranslating, RefreshWhenShown, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("historyTab")
        self.model = HistoryModel(self)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.answered.connect(self._update_empty)
        self.model.modelReset.connect(self._report_damage)
        self.model.rowsInserted.connect(self._report_damage)

        self.role = QComboBox()
        self.role.setObjectName("historyRoleFilter")
        self.role.addItem("", None)
        for role in Role:
            self.role.addItem("", role.value)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.person = QLineEdit()
        self.person.setObjectName("historyPersonFilter")
        self.person.setClearButtonEnabled(True)
        self.person.textChanged.connect(self._person_typed)
        self.export_button = QPushButton()
        self.export_button.setObjectName("historyExport")
        self.export_button.clicked.connect(self.export)
        self.role_label, self.person_label = QLabel(), QLabel()
        self.role_label.setBuddy(self.role)
        self.person_label.setBuddy(self.person)
        top = QHBoxLayout()
        top.addWidget(self.role_label)
        top.addWidget(self.role)
        top.addSpacing(12)
        top.addWidget(self.person_label)
        top.addWidget(self.person, 1)
        top.addSpacing(12)
        top.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # about a screenful of rows
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        self.empty = QLabel()  # a filter that keeps no change says so
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)

        for signal in (context.sheetChanged, context.accountSwitched):
            signal.connect(lambda *_args: self.refresh_when_shown())
        context.usersChanged.connect(self.refresh_when_shown)
        self._stale = False
        self._has_any = False  # whether the account has any change (filters aside)
        self.retranslate()
        self.refresh_when_shown()  # a tab built behind another reads when first shown

    @property
    def busy(self) -> bool:
        """Whether a filter's read is under way (the rows shown are the filters' before)."""
        return self.proxy.busy

    @Slot(int)
    def _role_chosen(self, _index: int) -> None:
        value = self.role.currentData()
        self._read(lambda: self.proxy.set_role(Role(value) if value else None))

    @Slot(str)
    def _person_typed(self, text: str) -> None:
        self._read(lambda: self.proxy.set_person(text))

    def _read(self, change_filter) -> None:
        """Apply a filter; a database that can't be read is said on the status bar."""
        try:
            change_filter()
        except ContactError as error:
            self.context.status.emit(error.message)
        self._update_empty()

    @Slot("QModelIndex", int, int)
    @Slot()
    def _report_damage(self, *_args) -> None:
        """Rows that could not be read whole are marked; the status bar says so once."""
        self.context.report_damage(*(change.damage for change in self.model.changes() if change.damage))

    @Slot()
    def _update_empty(self) -> None:
        """Say so when the filters keep none of the account's changes."""
        text, role = self.person.text().strip(), self.proxy.role
        if self.proxy.rowCount() or not self._has_any or not (text or role):
            self.empty.hide()
            return
        if text and role:
            sentence = self.tr("No change of the role \u201c{role}\u201d matches \u201c{text}\u201d.").format(
                role=role.label, text=text
            )
        elif text:
            sentence = self.tr("No change matches \u201c{text}\u201d.").format(text=text)
        else:
            assert role is not None  # the early return above leaves a text or a role
            sentence = self.tr("The role \u201c{role}\u201d has no change yet.").format(role=role.label)
        self.empty.setText(sentence)
        self.empty.show()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("History"))
        self.role_label.setText(self.tr("&Role:"))
        self.role.setItemText(0, self.tr("All roles"))
        for i in range(1, self.role.count()):
            self.role.setItemText(i, Role(self.role.itemData(i)).label)
        self.role.setAccessibleName(self.tr("Show the changes of this role"))
        name_popup_list(self.role, self.tr("Roles"))
        self.person_label.setText(self.tr("&Person:"))
        self.person.setPlaceholderText(self.tr("Name or email"))
        self.person.setAccessibleName(self.tr("Show the changes about this person"))
        name_clear_button(self.person, self.tr("Clear the person filter"))
        self.export_button.setText(self.tr("E&xport CSV..."))
        self.export_button.setAccessibleName(self.tr("Export the changes shown as CSV"))
        self.table.setAccessibleName(self.tr("Changes of the account, newest first"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_empty()

    def language_changed(self) -> None:
        self.model.forget_texts()
        self.retranslate()
        self.model.layoutChanged.emit()
        self.fit_columns()  # the other language's roles and headers are longer or shorter

    def refresh(self) -> None:
        self._stale = False
        account_id = self.context.account_id
        history = self.context.services.history
        path = self.context.services.reader_path  # its own connection in a worker thread (None: this one)
        try:
            self._has_any = account_id is not None and history.has_any(account_id)
            self.proxy.set_reader(None if account_id is None else AccountHistory(history, account_id, path))
        except ContactError as error:  # the database can't be read (damaged, locked): say so
            self._has_any = False
            self.proxy.set_reader(None)
            self.context.status.emit(error.message)
        self._update_empty()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its text (headers included), up to a limit."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def choose_export_path(self) -> str | None:
        """Ask where to write the CSV (tests replace this)."""
        name = self.tr("history.csv")
        if self.context.sheet is not None:
            name = self.tr("{account} history.csv").format(account=self.context.sheet.account_name)
        export = exports.find(exports.HISTORY, "csv")
        path = dialogs.choose_file(
            self,
            save=True,
            title=export.label(export.title),
            start=file_folders.start_path(export.folder, name),
            filters=export.label(export.files),
        )
        file_folders.remember(export.folder, path or "")
        return path or None

    def _write(self, path: str, account_id: int) -> int:
        """The changes the filters keep, read or not yet read, as CSV; how many."""
        request = exports.Request(
            self.context.services,
            account_id,
            delimiter=csv_separator(),  # the one the locale's spreadsheets expect (";" in Italy)
            when=local_time,
            role=self.proxy.role,
            person=self.proxy.person,
        )
        return exports.find(exports.HISTORY, "csv").write(request, path)

    @Slot()
    def export(self) -> None:
        account_id = self.context.account_id
        if account_id is None:  # no account, no history
            return
        path = self.choose_export_path()
        if not path:
            return
        try:
            count = self._write(path, account_id)
        except OSError as error:
            self.status.setText(
                self.tr("The history could not be written to {path}: {reason}").format(
                    path=path, reason=error.strerror or str(error)
                )
            )
            return
        except ContactError as error:
            self.status.setText(error.message)
            return
        # Said once, beside the button (not also in the status bar).
        self.status.setText(self.tr("Exported %n change(s) to {path}.", "", count).format(path=path))
