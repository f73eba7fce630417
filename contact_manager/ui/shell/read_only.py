"""A database that can only be read: a banner over the window, and every edit action disabled.

The store finds out when it opens the database (``Store.read_only``: the file or its folder
is not writable, or on an office database the server lets this login only read), so the
window says so at once instead of at the first failed save.
``ReadOnlyGuard(window)`` puts the banner above the window's pages and keeps the edit
actions and controls named below disabled: a tab that enables one again (a selection
changed) is overruled at once, and controls built later are found when they appear.
Reading, searching, exporting and switching accounts stay available.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from contact_manager.ui.kit.retranslating import Retranslating

# objectNames of the window's actions that change the database
EDIT_ACTIONS = (
    "newAccountAction",
    "accountMenuNewAccountAction",
    "renameAccountAction",
    "deleteAccountAction",
    "importUsersAction",
    "importAccountAction",
    "restoreAction",
    "undoAction",
    "redoAction",
)
# objectNames of the controls that change it (a group box: every box and button in it)
EDIT_WIDGETS = (
    "users_add",
    "users_edit",
    "users_deactivate",
    "users_reactivate",
    "users_remove",
    "markReviewedButton",
    "primaryContactGroup",
    "billingContactsGroup",
    "otherContactsGroup",
    "companyDetailsGroup",
    "firstRunCard",
)
_LOCKED = "_contact_manager_read_only"


class ReadOnlyBanner(Retranslating, QFrame):
    """One line over the tabs: the database can only be read, and why."""

    def __init__(self, database: str, parent: QWidget | None = None, *, reader: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.database = database
        self.reader = reader  # on an office database: the login the server lets only read
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # the palette's tooltip colours, light or dark
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.icon = QLabel(self)
        self.icon.setObjectName("readOnlyBannerIcon")
        self.text = QLabel(self)
        self.text.setObjectName("readOnlyBannerText")
        self.text.setWordWrap(True)
        self.text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self._set_icon()
        self.retranslate()

    def _set_icon(self) -> None:
        from contact_manager.ui.kit import icons

        size = round(self.fontMetrics().height() * 1.2)
        self.icon.setPixmap(icons.icon("warning").pixmap(size, size))

    def retranslate(self) -> None:
        if self.reader:
            headline = self.tr("You can only read this office database: changes are disabled.")
            detail = self.tr(
                "The server lets {user} read {database} but not change it. To make changes, ask "
                "whoever runs the server to make you an editor."
            ).format(user=self.reader, database=self.database)
        else:
            headline = self.tr("This database can only be read: changes are disabled.")
            detail = self.tr(
                "{database} or its folder can't be written to. To make changes, copy it to a folder "
                "you can write to and open the copy."
            ).format(database=self.database)
        self.text.setText(f"<b>{_escape(headline)}</b> {_escape(detail)}")
        self.setAccessibleName(headline)
        self.setAccessibleDescription(detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "icon"):
            self._set_icon()  # the icon's tint follows a light/dark switch
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReadOnlyGuard(QObject):
    """Shows the banner on ``window`` and keeps its edit actions and controls disabled."""

    def __init__(self, window: QMainWindow, database: str, *, reader: str = "") -> None:
        super().__init__(window)
        self.setObjectName("readOnlyGuard")
        self.window = window
        self.banner = ReadOnlyBanner(database, reader=reader)
        pages = window.takeCentralWidget()  # kept: the banner goes above it
        assert pages is not None  # the guard is put over a window already built
        holder = QWidget(window)
        holder.setObjectName("readOnlyHolder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(pages, 1)
        window.setCentralWidget(holder)
        window.installEventFilter(self)
        for signal in _appearing(window):
            signal.connect(self.lock_all)
        self.lock_all()

    @Slot()
    def lock_all(self) -> None:
        """Disable every edit action and control the window has now (and keep them so)."""
        for name in EDIT_ACTIONS:
            for action in self.window.findChildren(QAction, name):
                self._lock_action(action)
        for name in EDIT_WIDGETS:
            for widget in self.window.findChildren(QWidget, name):
                self._lock_widget(widget)

    def _lock_action(self, action: QAction) -> None:
        action.setEnabled(False)
        if not action.property(_LOCKED):
            action.setProperty(_LOCKED, True)
            action.changed.connect(lambda a=action: a.setEnabled(False) if a.isEnabled() else None)

    def _lock_widget(self, widget: QWidget) -> None:
        widget.setEnabled(False)
        if not widget.property(_LOCKED):
            widget.setProperty(_LOCKED, True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.property(_LOCKED):
            if watched.isEnabled():
                watched.setEnabled(False)
        elif watched is self.window and kind in (QEvent.Type.ChildAdded, QEvent.Type.Show):
            self.lock_all()
        return False


def _appearing(window: QMainWindow):
    """Signals after which the window may hold edit controls it did not have before."""
    found = []
    loader = getattr(window, "loader", None)
    if loader is not None:
        found.append(loader.stepDone)  # start-up builds the tabs step by step
    pages = getattr(window, "pages", None)
    if pages is not None:
        found.append(pages.currentChanged)  # the first-run page is built when first shown
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        found.append(tabs.currentChanged)
    menu = getattr(window, "account_menu", None)
    if menu is not None:
        found.append(menu.aboutToShow)  # its "New account..." is made each time it opens
    return found


def guard(window: QMainWindow) -> ReadOnlyGuard | None:
    """Install the guard when the window's database can only be read; return it (else None)."""
    services = getattr(window, "services", None)
    if services is None or not services.read_only:
        return None
    return ReadOnlyGuard(window, str(services.path or services.label), reader=services.reader_login)
