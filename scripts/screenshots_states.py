"""Render states of the real app that the tab screenshots do not show: a refused security
address (its dialog with the validator's reason, then the box flagged "Not saved"), the
Help guide, the About box, the user dialog checking a phone, the import preview, History,
the first-run page opened from New account... The window is opened in English and switched
live to ``--lang``, so what is shown is also what a live switch shows.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_states.py [--lang en|it] [--out DIR]
A fresh demo database is made in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from contact_manager.app import build_main_window, ensure_demo
from scripts.screenshots import ROOT, SIZE, run

DATA = ROOT / "tests" / "data"


def _settle(rounds: int = 8) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def _close_boxes(window: QWidget) -> None:
    for box in window.findChildren(QMessageBox):
        box.close()
    _settle()


def render(out: Path, lang: str) -> list[Path]:
    from contact_manager.ui.kit import dialogs
    from contact_manager.ui.users.user_dialog import UserDialog

    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if lang == "en" else f"-{lang}"
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as home:
        os.environ["CONTACT_MANAGER_HOME"] = home
        database = str(Path(home) / "demo.db")
        ensure_demo(database)
        window = build_main_window(database, "en")
        window.resize(*SIZE)
        window.show()
        window.finish_loading()
        window.tabs.setCurrentWidget(window.findChild(QWidget, "historyTab"))
        _settle()
        if lang != "en":
            from contact_manager import language

            language.install(QApplication.instance(), lang)  # live, as View > Language does
            _settle()

        # A refused security address: kept for correcting, flagged "Not saved".
        window.tabs.setCurrentWidget(window.company_tab)
        box = window.company_tab.others[next(r for r in window.company_tab.others if r.value == "security")]
        box.lineEdit().setFocus()
        box.setEditText("SOC@Securitas@Partner.IT")
        box.commit_text()
        _settle()
        save(window.findChild(QMessageBox, "invalidEmailDialog"), "invalid-email-reason")
        _close_boxes(window)
        save(window, "refused-security-address")
        box.revert()

        # Help > Getting started, and the About box.
        guide = window.help_actions.show_getting_started()
        save(guide, "getting-started")
        guide.close()
        from unittest import mock

        from contact_manager import paths

        # The temporary folder's name would show: show the usual Linux place instead.
        with mock.patch.object(paths, "data_dir", lambda: Path("~/.local/share/contact-manager")):
            window.about_action.trigger()
        _settle()
        about = window.findChild(QMessageBox, "aboutDialog")
        save(about, "about")
        about.close()

        # The user dialog checks the phone as typed.
        users = window.findChild(QWidget, "usersTab")
        window.tabs.setCurrentWidget(users)
        dialog = UserDialog(window.context, None, users)
        dialog.first.setText("Anna")
        dialog.last.setText("D\u2019Amico")
        dialog.email.setText("Anna.DAmico@Example.IT")
        dialog.phone.setText("+39 02 abc")
        dialog.show()
        save(dialog, "user-dialog-phone-check")
        dialog.close()

        # The import preview: job title and phone beside the names.
        dialogs.set_answerer(lambda kind, **details: str(DATA / "users_semicolon_it.csv"))
        window.admin.actions.actions["import_users"].trigger()
        dialogs.set_answerer(None)
        _settle(20)
        from contact_manager.ui.importing.import_dialog import ImportDialog

        preview = next(d for d in window.findChildren(ImportDialog) if d.isVisible())
        preview.resize(1100, 520)
        save(preview, "import-preview")
        preview.close()

        # History: four-digit years, columns fitted to the language.
        window.tabs.setCurrentWidget(window.findChild(QWidget, "historyTab"))
        save(window, "history-dates")

        # New account... from a window in use: not a welcome.
        window.show_first_run(can_cancel=True)
        save(window, "new-account")
        window.close()
        _settle()
    return written


def main() -> int:
    return run(render, __doc__, ROOT / "docs" / "screenshots" / "states")


if __name__ == "__main__":
    raise SystemExit(main())
