"""The one dialog seam: every message box and file chooser is built in ``ui/kit/dialogs.py``, the
error colour is named once in ``ui/kit/look.py``, and a refused change is shown by the context's
``apply`` unless its caller says otherwise."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

import contact_manager
from contact_manager.domain.errors import Conflict, InvalidField, PrimaryRequired
from contact_manager.domain.roles import Role
from contact_manager.ui.kit import dialogs, look
from contact_manager.ui.kit.context import AppContext

PACKAGE = Path(contact_manager.__file__).parent
SEAM = PACKAGE / "ui" / "kit" / "dialogs.py"
BOXES = re.compile(r"QMessageBox\(|QMessageBox\.|QFileDialog")


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_message_box_or_file_dialog_is_built_outside_the_seam():
    assert SEAM in sources()
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sources()
        if path != SEAM
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if BOXES.search(line)
    ]
    assert found == []


def test_the_error_colour_is_named_once_in_the_look_module():
    colour = re.compile(re.escape(look.ERROR_COLOUR), re.IGNORECASE)
    named = [path.relative_to(PACKAGE) for path in sources() if colour.search(path.read_text("utf-8"))]
    assert named == [Path("ui") / "kit" / "look.py"]
    hard_coded_red = re.compile(r"color:\s*(red\b|#b00020|#a61b1b)", re.IGNORECASE)
    assert [path for path in sources() if hard_coded_red.search(path.read_text("utf-8"))] == []


def _confirm(qtbot, parent: QWidget, chosen: list[str]) -> QMessageBox:
    box = dialogs.confirm(
        parent, "confirmThingDialog", "Remove", "Remove it?", "Remove", lambda: chosen.append("yes")
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    qtbot.waitExposed(box)
    return box


def test_confirm_does_nothing_unless_the_action_is_chosen(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    chosen: list[str] = []
    box = _confirm(qtbot, parent, chosen)
    assert box.objectName() == "confirmThingDialog" and box.accessibleName() == "Remove"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter cancels
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and chosen == []
    box = _confirm(qtbot, parent, chosen)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmThingButton"), Qt.MouseButton.LeftButton)
    assert chosen == ["yes"]


def _shown(parent: QWidget) -> list[str]:
    return [box.objectName() for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_apply_shows_a_refusal_through_the_seam_by_default(qtbot, services, account, people):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    context = AppContext(services)
    context.switch_account(account.id)
    services.contacts.set_primary(account.id, people[0].user_id)

    def clear_primary(account_id, version):
        return services.contacts.clear_role(account_id, Role.PRIMARY)

    assert context.apply(clear_primary, parent=parent) is None
    qtbot.waitUntil(lambda: _shown(parent) == ["errorDialog"])
    (box,) = [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
    assert box.text() == PrimaryRequired().message
    box.close()


def test_apply_hands_a_refusal_to_the_failure_callback_instead(qtbot, services, account):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    context = AppContext(services)
    context.switch_account(account.id)
    refusals = []

    def refuse(account_id, version):
        raise InvalidField("name", "too long")

    assert context.apply(refuse, failure=refusals.append, parent=parent) is None
    assert [type(error) for error in refusals] == [InvalidField]
    assert _shown(parent) == []


def test_apply_reloads_the_account_before_telling_of_a_conflict(qtbot, services, account, people):
    context = AppContext(services)
    context.switch_account(account.id)
    services.contacts.set_primary(account.id, people[0].user_id)  # another window's change
    seen = []

    def stale(account_id, version):
        raise Conflict(account.name)

    context.apply(stale, failure=lambda error: seen.append(context.sheet.primary))
    assert seen == [context.sheet.primary] and context.sheet.primary.user_id == people[0].user_id
