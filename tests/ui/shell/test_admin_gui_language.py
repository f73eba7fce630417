"""Every widget of the admin GUI re-reads its texts when the language changes, live."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from contact_manager.domain.roles import Role
from contact_manager.ui.accounts.account_dialogs import DeleteAccountDialog
from contact_manager.ui.history.history_tab import HistoryTab
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.users.person_view import PersonView
from contact_manager.ui.users.reassign_dialog import ReassignDialog
from contact_manager.ui.users.user_dialog import UserDialog
from contact_manager.ui.users.users_tab import UsersTab

CONTEXTS = {
    "UsersModel",
    "UsersTab",
    "UserDialog",
    "ReassignDialog",
    "PersonView",
    "HistoryTab",
    "DeleteAccountDialog",
}


class Shouting(QTranslator):
    """A stand-in catalogue: the admin GUI's texts between guillemets."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"\u00ab{source}\u00bb" if context in CONTEXTS else None

    def isEmpty(self):
        return False


@pytest.fixture
def shouting(qapp):
    translator = Shouting()
    yield lambda: QCoreApplication.installTranslator(translator)
    QCoreApplication.removeTranslator(translator)


def test_texts_follow_a_live_language_switch(qtbot, services, account, people, shouting):
    context = AppContext(services)
    context.switch_account(account.id)
    services.contacts.set_primary(account.id, people[0].user_id)
    context.reload()
    widgets = {
        "users": UsersTab(context),
        "history": HistoryTab(context),
        "user": UserDialog(context),
        "reassign": ReassignDialog(context, people[0], "remove", [Role.PRIMARY]),
        "person": PersonView(context, people[0].email),
        "delete": DeleteAccountDialog(account.name),
    }
    for widget in widgets.values():
        qtbot.addWidget(widget)
    widgets["users"].show()  # a tab reads its rows when first shown
    assert widgets["users"].buttons["add"].text() == "&Add..."
    shouting()
    QApplication.processEvents()
    assert widgets["users"].buttons["add"].text() == "«&Add...»"
    assert widgets["users"].search.placeholderText() == "«Name, email or job title»"
    users = widgets["users"]
    assert users.model.headerData(0, Qt.Orientation.Horizontal) == "\u00abFirst name\u00bb"
    assert users.proxy.index(0, 5).data() == "\u00abActive\u00bb"
    assert widgets["history"].export_button.text() == "«E&xport CSV...»"
    assert widgets["user"].windowTitle() == "«Add user»"
    assert widgets["reassign"].reassign_button.text() == "«&Reassign...»"
    assert widgets["person"].windowTitle() == "«Who is this person?»"
    assert widgets["delete"].delete_button.text() == "«Delete account»"
