"""Screen readers and the keyboard: every admin GUI control is named, no Alt+letter clashes
or leads nowhere, and no text is cut off."""

import pytest

from contact_manager.domain.roles import Role
from contact_manager.ui.accounts.account_dialogs import DeleteAccountDialog
from contact_manager.ui.users.person_view import PersonView
from contact_manager.ui.users.reassign_dialog import ReassignDialog
from contact_manager.ui.users.user_dialog import UserDialog
from tests.i18n.a11y_checks import dead_mnemonics, mnemonic_clashes, unnamed_controls
from tests.i18n.layout_checks import clipped


def problems(root):
    return unnamed_controls(root) + mnemonic_clashes(root) + dead_mnemonics(root) + clipped(root)


def test_tabs_in_the_window(qtbot, window, services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    window.context.reload()
    gui = window.admin
    for tab in (gui.users_tab, gui.history_tab):
        window.tabs.setCurrentWidget(tab)
        assert problems(window) == []


@pytest.mark.parametrize("which", ["user", "reassign", "pickers", "person", "delete"])
def test_dialogs(qtbot, window, services, account, people, which):
    context = window.context
    make = {
        "user": lambda: UserDialog(context, people[0], window),
        "reassign": lambda: ReassignDialog(
            context, people[0], "remove", [Role.PRIMARY, Role.SECURITY], window
        ),
        "pickers": lambda: ReassignDialog(
            context, people[0], "deactivate", [Role.BILLING, Role.SECURITY], window
        ),
        "person": lambda: PersonView(context, people[0].email, window),
        "delete": lambda: DeleteAccountDialog(account.name, window),
    }
    dialog = make[which]()
    dialog.show()
    if which == "pickers":
        dialog.show_pickers()
    qtbot.waitExposed(dialog)
    assert problems(dialog) == []
    dialog.close()
