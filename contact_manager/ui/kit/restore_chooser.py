"""File > Restore's chooser: the database's backups by date and kind, and "Other file...".

``RestoreChooser(backups)`` lists the backups newest first, with the time each was made in
the person's locale and its kind (daily, before upgrade, before delete...); the newest one
not known to be damaged is selected. "Other file..." asks for any file instead (through the
dialogs seam, so a test answers it). ``chosen`` is the path to restore once accepted.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contact_manager.services.backup_files import BackupFile
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import named

PATH_DATA = Qt.ItemDataRole.UserRole


def when_text(made: datetime) -> str:
    """A moment as local date and time in the locale's short format, with a 4-digit year."""
    moment = QDateTime.fromSecsSinceEpoch(int(made.timestamp()), QTimeZone.utc()).toLocalTime()
    pattern = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(moment, pattern)


class RestoreChooser(Retranslating, QDialog):
    def __init__(
        self,
        backups: Sequence[BackupFile],
        parent: QWidget | None = None,
        *,
        damaged: Collection[Path] = (),
        note: str = "",
        filters: str = "",
        final: bool = False,
    ) -> None:
        """``final``: choosing restores at once (no confirmation follows), so "Restore" has no dots."""
        super().__init__(parent)
        self.setObjectName("restoreChooserDialog")
        self.backups = list(backups)
        self.damaged = {Path(path) for path in damaged}
        self.note_text, self.filters, self.final = note, filters, final
        self.chosen: str | None = None

        self.intro = named(QLabel(self), "restoreChooserIntro", wrap=True)
        self.list = named(QTreeWidget(self), "backupList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnCount(2)
        self.list.header().setStretchLastSection(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._restore_chosen())
        self.list.currentItemChanged.connect(lambda _now, _before: self._update_enabled())
        self.intro.setBuddy(self.list)
        self.empty = named(QLabel(self), "noBackupsLabel", wrap=True)
        self.note = named(QLabel(self), "restoreChooserNote", wrap=True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.other_button = named(QPushButton(self), "otherBackupFileButton")
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = named(QPushButton(self), "restoreChosenButton")
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._other_file)
        self.restore_button.clicked.connect(self._restore_chosen)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()
        if self.backups:
            self.resize(max(self.sizeHint().width(), 560), 360)
        else:  # one sentence and the buttons: no room kept for a list
            layout.insertStretch(layout.indexOf(self.buttons), 1)
            self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    # --- the list ------------------------------------------------------------------------

    def _fill(self) -> None:
        self.list.clear()
        preferred = None
        for backup in self.backups:
            item = QTreeWidgetItem(self.list)
            item.setData(0, PATH_DATA, str(backup.path))
            item.setToolTip(0, str(backup.path))
            item.setToolTip(1, str(backup.path))
            if backup.path in self.damaged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            elif preferred is None:
                preferred = item
        if preferred is not None:
            self.list.setCurrentItem(preferred)
        self.list.setVisible(bool(self.backups))
        self.intro.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        self._update_enabled()

    def _texts(self, backup: BackupFile) -> tuple[str, str]:
        kind = backup.kind_text()
        if backup.path in self.damaged:
            kind = self.tr("{kind} (damaged: it can't be restored)").format(kind=kind)
        return when_text(backup.made), kind

    def _update_enabled(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def chosen_backup(self) -> BackupFile | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = item.data(0, PATH_DATA)
        return next((backup for backup in self.backups if str(backup.path) == path), None)

    # --- the buttons ---------------------------------------------------------------------

    @Slot()
    def _restore_chosen(self) -> None:
        backup = self.chosen_backup()
        if backup is None or backup.path in self.damaged:
            return
        self.chosen = str(backup.path)
        self.accept()

    @Slot()
    def _other_file(self) -> None:
        from contact_manager.ui.kit import dialogs, file_folders

        path = dialogs.ask(
            "restore_other_file",
            self,
            title=self.tr("Restore a backup"),
            filters=self.filters,
            start=file_folders.start_path("backup"),
        )
        if path:
            self.chosen = str(path)
            self.accept()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(self.tr("&Backups of this database, newest first:"))
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Kind")])
        self.list.setAccessibleName(self.tr("Backups"))
        for row, backup in enumerate(self.backups):
            when, kind = self._texts(backup)
            item = self.list.topLevelItem(row)
            assert item is not None  # one row was made for each backup
            item.setText(0, when)
            item.setText(1, kind)
        self.empty.setText(
            self.tr("No backups of this database were found. Choose a file with Other file...")
        )
        self.note.setText(self.note_text)
        self.note.setVisible(bool(self.note_text))
        self.other_button.setText(self.tr("&Other file..."))
        self.restore_button.setText(self.tr("&Restore") if self.final else self.tr("&Restore..."))
