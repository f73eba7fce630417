"""Menu actions declared once: text, tip, shortcut, icon, when enabled, and the slot, together.

    class BackupActions(FileMenuBase):
        @menu_action("backup", QT_TRANSLATE_NOOP("AdminActions", "&Back up database..."),
                     QT_TRANSLATE_NOOP("AdminActions", "Save a copy of the whole database"), group=3)
        @Slot()
        def backup(self) -> None: ...

``declared(cls)`` lists a class's declarations in the order written (the menu's order);
``make_actions`` makes their QActions, named ``<camelCase>Action``, connected to their slots;
``retranslate`` sets their texts in the current language. A declaration made at run time (an
export of ``services/exports.py``) is a ``MenuAction`` given its slot directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

_MARK = "_menu_action"


@dataclass(frozen=True)
class MenuAction:
    name: str  # the key in ``actions``; the QAction's objectName is its camelCase + "Action"
    text: str  # marked for translation in ``context``
    tip: str  # the tooltip and status tip, likewise
    group: int = 0  # the menu's groups are kept apart by separators
    needs_account: bool = False  # enabled only while an account is open
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""  # a name of ui.kit.icons
    menu_role: QAction.MenuRole | None = None  # where macOS puts it (Quit, About)
    context: str = "AdminActions"
    slot: Callable[[], object] | None = None  # for a declaration made at run time
    method: str = ""  # the declared method's name, when not ``name``

    @property
    def object_name(self) -> str:
        return re.sub(r"_(\w)", lambda m: m.group(1).upper(), self.name) + "Action"


def menu_action(
    name: str,
    text: str,
    tip: str,
    *,
    group: int = 0,
    needs_account: bool = False,
    shortcut: QKeySequence.StandardKey | str | None = None,
    icon: str = "",
    menu_role: QAction.MenuRole | None = None,
    context: str = "AdminActions",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare the method as the slot of a menu action (see the module's docstring)."""
    declaration = MenuAction(name, text, tip, group, needs_account, shortcut, icon, menu_role, context)

    def mark(method: Callable[..., Any]) -> Callable[..., Any]:
        setattr(method, _MARK, declaration)
        return method

    return mark


def declared(cls: type) -> list[MenuAction]:
    """The declarations of ``cls`` and its bases, bases first, each in the order written."""
    found: dict[str, MenuAction] = {}
    for klass in reversed(cls.__mro__):
        for attribute, value in vars(klass).items():
            declaration = getattr(value, _MARK, None)
            if isinstance(declaration, MenuAction):
                found[declaration.name] = replace(declaration, method=attribute)
    return list(found.values())


def make_actions(owner: QObject, parent: QObject, declarations: Iterable[MenuAction]) -> dict[str, QAction]:
    """A QAction for each declaration, triggering its slot (``owner``'s declared method when it
    has none of its own)."""
    actions: dict[str, QAction] = {}
    for declaration in declarations:
        action = QAction(parent)
        action.setObjectName(declaration.object_name)
        if isinstance(declaration.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(declaration.shortcut)  # every binding the platform has
        elif declaration.shortcut:
            action.setShortcut(QKeySequence(declaration.shortcut))
        if declaration.menu_role is not None:
            action.setMenuRole(declaration.menu_role)
        if declaration.icon:
            from contact_manager.ui.kit import icons

            action.setIcon(icons.icon(declaration.icon))
        slot = declaration.slot or getattr(owner, declaration.method or declaration.name)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        actions[declaration.name] = action
    return actions


def retranslate(actions: dict[str, QAction], declarations: Iterable[MenuAction]) -> None:
    for declaration in declarations:
        action = actions[declaration.name]
        tip = QCoreApplication.translate(declaration.context, declaration.tip) if declaration.tip else ""
        action.setText(QCoreApplication.translate(declaration.context, declaration.text))
        action.setToolTip(tip)
        action.setStatusTip(tip)
