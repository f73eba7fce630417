"""The main window's status bar sentences: a change saved, with the time it was saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QStatusBar


def saved_text(text: str, time: QTime | None = None) -> str:
    """ "Billing contact added: ... — saved at 14:05": a sentence of its own, and no ". —"
    before the time."""
    when = QLocale().toString(time or QTime.currentTime(), QLocale.FormatType.ShortFormat)
    change = text.strip().rstrip(".")
    change = change[:1].upper() + change[1:]
    return QCoreApplication.translate("MainWindow", "{change} \u2014 saved at {time}").format(
        change=change, time=when
    )


def show_saved(bar: QStatusBar, text: str) -> None:
    bar.showMessage(saved_text(text))
