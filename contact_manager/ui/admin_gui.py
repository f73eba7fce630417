"""One call that puts the admin GUI into a main window: the Users and History tabs and the
File menu's account and database actions.

The window owner calls ``install_admin_gui(window)`` once, after building its own tabs and
menus. The window needs ``context``, ``tabs``, ``add_tab(widget, title)``, ``file_menu`` and
``show_first_run(can_cancel)`` (MainWindow has them all).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from contact_manager.ui.admin_actions import AdminActions
from contact_manager.ui.history_tab import HistoryTab
from contact_manager.ui.users_tab import UsersTab


@dataclass(frozen=True)
class AdminGui:
    users_tab: UsersTab
    history_tab: HistoryTab
    actions: AdminActions


def install_admin_gui(window) -> AdminGui:
    users = UsersTab(window.context, window.tabs)
    history = HistoryTab(window.context, window.tabs)
    window.add_tab(users, lambda: QCoreApplication.translate("AdminGui", "Users"))
    window.add_tab(history, lambda: QCoreApplication.translate("AdminGui", "History"))
    actions = AdminActions(window.context, window)
    actions.populate_file_menu(window.file_menu)
    actions.noAccountLeft.connect(lambda: window.show_first_run(can_cancel=False))
    return AdminGui(users, history, actions)
