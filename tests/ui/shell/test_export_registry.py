"""The exports are declared once (services/exports.py): a new declaration is a File-menu action
with its own file question, writing through its writer; the menu's texts come from it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Slot

from contact_manager.services import exports
from contact_manager.services.exports import ACCOUNT, Export
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell import menu_actions
from contact_manager.ui.shell.main_window import MainWindow
from contact_manager.ui.shell.menu_actions import menu_action


@pytest.fixture
def with_text_export(monkeypatch):
    """A plain-text export of the account's contacts, declared as a new format would be."""
    import contact_manager.ui.shell.file_menu  # noqa: F401 - the window's own exports declared first

    monkeypatch.setattr(exports, "_EXPORTS", list(exports._EXPORTS))
    written = []

    def write(request, path):
        sheet = request.services.contacts.sheet(request.account_id)
        lines = [person.email for _role, person in sheet.assignments()]
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines))
        written.append(path)
        return len(lines)

    exports.declare(
        Export("txt", ACCOUNT, "txt", "Text files (*.txt)", write, "Export as &text...", "Emails")
    )
    return written


@pytest.fixture
def asked():
    questions = []

    def answerer(kind, **details):
        questions.append((kind, details))
        return details.get("answer")

    dialogs.set_answerer(answerer)
    yield questions
    dialogs.set_answerer(None)


def test_a_declared_export_is_a_file_menu_action_that_writes_through_its_writer(
    qtbot, services, account, people, with_text_export, asked, tmp_path
):
    services.contacts.set_primary(account.id, people[0].user_id)
    window = MainWindow(services)
    window.poll.stop()
    qtbot.addWidget(window)
    action = window.admin.actions.actions["export_txt"]
    assert action.objectName() == "exportTxtAction" and action in window.file_menu.actions()
    assert action.text() == "Export as &text..." and action.statusTip() == "Emails"
    menu = [a.objectName() for a in window.file_menu.actions()]
    assert menu.index("exportXlsxAction") < menu.index("exportTxtAction") < menu.index("backupAction")
    target = tmp_path / "acme.txt"
    dialogs.set_answerer(lambda kind, **details: asked.append((kind, details)) or str(target))
    action.trigger()
    kind, details = asked[-1]
    assert kind == "export_txt" and details["filters"] == "Text files (*.txt)"
    assert details["start"].endswith("Acme S.p.A.txt")
    assert with_text_export == [str(target)] and target.read_text(encoding="utf-8") == people[0].email


def test_every_account_export_is_in_the_file_menu(qtbot, services, account):
    window = MainWindow(services)
    window.poll.stop()
    qtbot.addWidget(window)
    for export in exports.of(ACCOUNT):
        action = window.admin.actions.actions[export.action_name]
        assert action in window.file_menu.actions() and action.text()
    assert "pdf" in exports.names(ACCOUNT)  # the window's Qt declared the PDF contact sheet


class Declared(QObject):
    """Two actions declared beside their slots."""

    def __init__(self) -> None:
        super().__init__()
        self.done: list[str] = []

    @menu_action("first_thing", "&First", "Does the first thing", group=1, needs_account=True)
    @Slot()
    def first_thing(self) -> None:
        self.done.append("first")

    @menu_action("second_thing", "&Second", "Does the second thing", shortcut="Ctrl+Shift+S")
    @Slot()
    def second_thing(self) -> None:
        self.done.append("second")


def test_one_declaration_gives_the_action_its_name_text_tip_shortcut_and_slot(qapp):
    owner = Declared()
    declarations = menu_actions.declared(Declared)
    assert [d.name for d in declarations] == ["first_thing", "second_thing"]
    assert [d.needs_account for d in declarations] == [True, False]
    actions = menu_actions.make_actions(owner, owner, declarations)
    menu_actions.retranslate(actions, declarations)
    second = actions["second_thing"]
    assert second.objectName() == "secondThingAction" and second.text() == "&Second"
    assert second.toolTip() == second.statusTip() == "Does the second thing"
    assert second.shortcut().toString() == "Ctrl+Shift+S"
    actions["first_thing"].trigger()
    second.trigger()
    assert owner.done == ["first", "second"]
