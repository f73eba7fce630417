"""Checks behind the keyboard and screen-reader tests.

``unnamed_controls(root)``: visible controls a screen reader could only call "combo box"
(no accessible name, no label pointing at them, no text of their own).
``mnemonic_clashes(root)``: Alt+letter shortcuts used twice in what is on screen at once
(the menu bar included), which makes Alt+letter cycle instead of act.
``dead_mnemonics(root)``: labels showing an underlined letter that leads nowhere.
``menu_clashes(menu_bar)``: the same letter twice inside one menu.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QAbstractSpinBox,
    QDateTimeEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QTabBar,
)
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _visible(root: QWidget, widget: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _label_for(root: QWidget) -> dict[QWidget, QLabel]:
    labels = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text() and _visible(root, label):
            labels[buddy] = label
    return labels


def _is_inner_part(widget: QWidget) -> bool:
    """Line edits inside combo boxes and spin boxes, scroll bars: parts of a named control."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox) or widget.objectName().startswith("qt_")


def unnamed_controls(root: QWidget) -> list[str]:
    labelled = _label_for(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not _visible(root, widget) or _is_inner_part(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.accessibleName().strip() or widget in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(f"{widget.objectName() or type(widget).__name__} ({type(widget).__name__})")
    return missing


def _mnemonic_owners(root: QWidget) -> list[tuple[str, str]]:
    owners = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(root, widget):
            continue  # disabled ones count: they are enabled at other times
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                key = mnemonic(widget.tabText(index))
                if key:
                    owners.append((key, widget.tabText(index)))
            continue
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                key = mnemonic(action.text())
                if key and action.isVisible():
                    owners.append((key, action.text()))
            continue
        else:
            continue
        key = mnemonic(text)
        if key:
            owners.append((key, text))
    return owners


def mnemonic_clashes(root: QWidget) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for key, text in _mnemonic_owners(root):
        by_key[key].append(text)
    return [
        f"Alt+{key.upper()}: {', '.join(texts)}" for key, texts in sorted(by_key.items()) if len(texts) > 1
    ]


def menu_clashes(bar: QMenuBar) -> list[str]:
    """Alt+letters used twice inside one menu of ``bar`` (sub-menus included)."""
    problems = []
    pending = [action.menu() for action in bar.actions() if action.menu() is not None]
    while pending:
        menu = pending.pop()
        by_key: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                pending.append(action.menu())
            key = mnemonic(action.text())
            if key:
                by_key[key].append(action.text())
        title = menu.title().replace("&", "")
        problems += [
            f"{title}: Alt+{key.upper()}: {', '.join(texts)}"
            for key, texts in sorted(by_key.items())
            if len(texts) > 1
        ]
    return problems


def dead_mnemonics(root: QWidget) -> list[str]:
    """Labels with an &-letter but no buddy: the letter is underlined and does nothing."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if _visible(root, label)
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
        and mnemonic(label.text())
    ]
