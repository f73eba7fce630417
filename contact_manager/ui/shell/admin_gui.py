"""One call that puts the admin GUI into a main window: the Users and History tabs and the
File menu's account and database actions.

The window owner calls ``install_admin_gui(window)`` once, after building its own tabs and
menus. The window needs ``context``, ``tabs``, ``add_tab(widget, title)``, ``file_menu`` and
``show_first_run(can_cancel)`` (MainWindow has them all). The tabs' titles are here too, and
cheap to import: the window shows them before the tabs themselves are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from contact_manager.ui.history.history_tab import HistoryTab
    from contact_manager.ui.shell.file_menu import AdminActions
    from contact_manager.ui.users.users_tab import UsersTab


def users_title() -> str:
    return QCoreApplication.translate("AdminGui", "Users")


def history_title() -> str:
    return QCoreApplication.translate("AdminGui", "History")


class AdminGui(NamedTuple):
    users_tab: UsersTab
    history_tab: HistoryTab
    actions: AdminActions


def install_admin_gui(window) -> AdminGui:
    from contact_manager.ui.history.history_tab import HistoryTab
    from contact_manager.ui.shell.file_menu import AdminActions
    from contact_manager.ui.users.users_tab import UsersTab

    users = UsersTab(window.context, window.tabs)
    history = HistoryTab(window.context, window.tabs)
    window.add_tab(users, users_title)
    window.add_tab(history, history_title)
    return AdminGui(users, history, AdminActions.install(window))
