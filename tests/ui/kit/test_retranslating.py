"""One ``Retranslating`` helper turns a language switch into ``retranslate()``: every widget of
the package uses it rather than its own ``changeEvent`` code."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

import contact_manager
from contact_manager.ui.kit.retranslating import Retranslating, follow_language

PACKAGE = Path(contact_manager.__file__).parent
HELPER = PACKAGE / "ui" / "kit" / "retranslating.py"


class _Counting(Retranslating, QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.times = 0

    def retranslate(self) -> None:
        self.times += 1


def test_a_language_change_retranslates_and_other_changes_do_not(qtbot):
    widget = _Counting()
    qtbot.addWidget(widget)
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))
    assert widget.times == 1


def test_an_object_that_is_not_a_widget_follows_the_language_of_one(qtbot):
    window = QDialog()
    qtbot.addWidget(window)
    calls = []
    follow_language(window, lambda: calls.append("retranslated"))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.FontChange))
    assert calls == ["retranslated"]


def test_no_widget_handles_the_language_change_event_itself():
    handled = re.compile(r"\bLanguageChange\b")
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if path != HELPER
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if handled.search(line) and "watched is self.window" not in line
    ]
    assert found == []
