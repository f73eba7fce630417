"""Closing the window over typing the rules refused: asked first, never thrown away unseen.

A valid value typed into a field is saved when the field loses the focus, closing included. A
value the rules refused (a phone number with letters, a name that finds no user, an address
that is not one) can't be: it stays on Company information, marked with its reason. Ctrl+Q,
File > Quit and the title bar's close button then ask before closing; a close from code (a
window that another replaces) does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from contact_manager.ui.kit import dialogs

if TYPE_CHECKING:
    from contact_manager.ui.shell.window_tabs import WindowTabs


def may_close(window: WindowTabs) -> bool:
    """True when closing loses nothing typed; else the question is open, and False."""
    focused = QApplication.focusWidget()
    if focused is not None and focused.window() is window:
        focused.clearFocus()  # a valid value in it is saved now, as leaving the field saves it
    tab = window.company_tab
    if window.typing_given_up or tab is None or not tab.is_editing():
        return True

    def close_anyway() -> None:
        window.typing_given_up = True
        window.close()

    translate = QCoreApplication.translate
    box = dialogs.ask_to_discard(
        window,
        "closeOverUnsavedTypingDialog",
        translate("UnsavedTyping", "Close without what you typed?"),
        translate(
            "UnsavedTyping",
            "Some of what you typed on Company information was refused and is not saved: the "
            "fields marked \u26a0 say why.",
        ),
        translate("UnsavedTyping", "&Close without it"),
        close_anyway,
    )
    if focused is not None and focused.window() is window:  # kept editing: back where the typing was
        box.finished.connect(lambda _result: None if window.typing_given_up else focused.setFocus())
    return False
