"""Read back every text a window shows, to compare a window in English and in Italian.

``texts(root)`` maps a stable key (the widget's objectName path and what the text is: its
text, title, placeholder, tooltip, accessible name, a tab or a column header) to the text.
``left_in_english(en, it, data, same)`` lists the texts that did not change with the
language, minus data (names, addresses) and the strings whose Italian is the same word
("Email", "Decision maker"): what is left was never passed through translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

MAX_ROWS = 50  # of an item view: enough to see every kind of row
# A word of two letters or more with a lowercase one: codes such as "IT" are not words.
WORD = re.compile(r"[^\W\d_]{2,}")


def _path(widget: QWidget, root: QWidget) -> str:
    names = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        name = widget.objectName()
        if not name:
            candidates = parent.findChildren(type(widget)) if parent is not None else []
            siblings = [w for w in candidates if w.parentWidget() is parent]
            name = f"{type(widget).__name__}[{siblings.index(widget) if widget in siblings else 0}]"
        names.append(name)
        widget = parent
    return "/".join(reversed(names))


def texts(root: QWidget) -> dict[str, str]:
    found: dict[str, str] = {}

    def put(key: str, value: str | None) -> None:
        if value and value.strip():
            found[key] = value

    put("windowTitle", root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        key = _path(widget, root)
        put(f"{key}:toolTip", widget.toolTip())
        put(f"{key}:accessibleName", widget.accessibleName())
        put(f"{key}:accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, QLabel | QAbstractButton):
            put(f"{key}:text", widget.text())
        if isinstance(widget, QGroupBox):
            put(f"{key}:title", widget.title())
        if isinstance(widget, QLineEdit):
            put(f"{key}:placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for row in range(widget.count()):
                put(f"{key}:item{row}", widget.itemText(row))
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                put(f"{key}:tab{index}", widget.tabText(index))
                put(f"{key}:tabToolTip{index}", widget.tabToolTip(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root_index = widget.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # list models hide columnCount: one column
                columns = 1
            for column in range(columns):
                value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                put(f"{key}:header{column}", str(value) if value is not None else "")
            for row in range(min(model.rowCount(root_index), MAX_ROWS)):
                for column in range(columns):
                    value = model.index(row, column, root_index).data(Qt.ItemDataRole.DisplayRole)
                    put(f"{key}:cell{row},{column}", value if isinstance(value, str) else "")
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            put(f"menu:{menu_action.objectName() or menu_action.text()}", menu_action.text())
            menu = menu_action.menu()
            for action in menu.actions() if menu else []:
                if not action.isSeparator():
                    put(f"menu:{menu.objectName()}/{action.objectName() or action.text()}", action.text())
                    put(f"menu:{menu.objectName()}/{action.objectName()}:statusTip", action.statusTip())
    return found


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"\{[a-z_]*\}|%n|%\d", source.replace("&", ""))
    return re.compile(".*".join(re.escape(p) for p in parts), re.DOTALL)


def left_in_english(
    english: dict[str, str], italian: dict[str, str], data: Iterable[str], same: Iterable[str]
) -> list[str]:
    """Texts equal in both languages that are neither data nor same-in-Italian strings."""
    same = list(same)
    removable = sorted({d for d in [*data, *same] if d}, key=len, reverse=True)
    same_patterns = [_pattern(s) for s in same]
    suspicious = []
    for key, text in italian.items():
        if english.get(key) != text:
            continue
        rest = text.replace("&", "")
        for value in removable:
            rest = rest.replace(value, " ")
        if not any(word != word.upper() for word in WORD.findall(rest)):
            continue  # only data, same-in-Italian words, codes, numbers and punctuation
        plain = text.replace("&", "")
        if any(p.fullmatch(plain) for p in same_patterns):
            continue
        suspicious.append(f"{key}: {text!r}")
    return suspicious
