"""Replace in every account... from the Users tab and "Who is this person?", then Undo; and
the status bar's "Tell them..." after a change of a point of contact."""

from __future__ import annotations

from email import message_from_bytes, policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from contact_manager.domain.roles import Role
from contact_manager.ui.contacts import tell_them
from contact_manager.ui.contacts.tell_them import TellThemDialog
from contact_manager.ui.kit import dialogs
from contact_manager.ui.users.person_view import PersonView
from contact_manager.ui.users.replace_dialog import ReplaceDialog

NEW = "nora.new@acme.example"


@pytest.fixture
def spread(services, account, people):
    """Anna (people[0]) is primary and billing contact of Acme and of two more accounts; Nora
    is a user of Acme and Beta, not of Gamma."""
    anna = people[0]
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, anna.user_id)
    services.users.add(account.id, "Nora", "New", NEW)
    others = []
    for name in ("Beta S.r.l.", "Gamma S.n.c."):
        other = services.accounts.create(name)
        here = services.users.add(other.id, "Anna", "Rossi", anna.email)
        services.contacts.set_primary(other.id, here.user_id)
        services.contacts.add_billing(other.id, here.user_id)
        others.append(other)
    services.users.add(others[0].id, "Nora", "New", NEW)
    return [account, *others]


def state(services, accounts):
    return [(services.contacts.sheet(a.id).assignments(), services.users.list(a.id)) for a in accounts]


def open_replace(qtbot, window, person) -> ReplaceDialog:
    window.context.reload()
    tab = window.admin.users_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select(person.user_id)
    assert tab.buttons["replace"].text() == "Replace in every acco&unt..."
    qtbot.mouseClick(tab.buttons["replace"], Qt.MouseButton.LeftButton)
    [dialog] = [d for d in tab.findChildren(ReplaceDialog) if d.isVisible()]
    return dialog


def choose(qtbot, dialog: ReplaceDialog, text: str) -> None:
    qtbot.keyClicks(dialog.successor, text)
    popup = dialog.successor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    matches = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert matches == [f"Nora New <{NEW}>"]  # by any part of the name or the address
    # taking the match: what the completer writes into the box (offscreen popups take no keys)
    dialog.successor.setText(matches[0])
    qtbot.waitUntil(lambda: dialog.plan is not None)


def preview(dialog: ReplaceDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def test_replace_across_three_accounts_then_undo(qtbot, window, services, people, spread):
    before = state(services, spread)
    anna = people[0]
    dialog = open_replace(qtbot, window, anna)
    choose(qtbot, dialog, "nora")  # type-ahead by name, across the database
    assert dialog.successor.text() == f"Nora New <{NEW}>"
    rows = preview(dialog)
    assert rows[0] == ["Acme S.p.A.", "Account primary contact", anna.display, f"Nora New <{NEW}>"]
    assert [r[0] for r in rows[:6]] == ["Acme S.p.A."] * 2 + ["Beta S.r.l."] * 2 + ["Gamma S.n.c."] * 2
    assert rows[6] == ["Gamma S.n.c.", "", "", f"Nora New <{NEW}> is not an active user of this account"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # Gamma needs her added first
    assert dialog.add_missing.isVisible()
    dialog.add_missing.setChecked(True)
    assert dialog.deactivate.text() == f"Deactivate {anna.email} everywhere afterwards"
    dialog.deactivate.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    for account in spread:
        sheet = services.contacts.sheet(account.id)
        assert sheet.primary.email == NEW and [p.email for p in sheet.billing] == [NEW]
        assert not services.users.find(account.id, anna.email).active
    assert window.context.sheet.primary.email == NEW  # the window shows it at once
    assert window.undo_action.text() == f"&Undo Replace {anna.display} with Nora New <{NEW}>"

    window.undo_action.trigger()  # one step puts all three accounts back
    assert state(services, spread) == before
    assert window.context.sheet.primary.email == anna.email
    window.redo_action.trigger()
    assert all(services.contacts.sheet(a.id).primary.email == NEW for a in spread)


def test_undo_is_refused_when_another_account_changed_since(qtbot, window, services, people, spread):
    dialog = open_replace(qtbot, window, people[0])
    choose(qtbot, dialog, "nora")
    dialog.add_missing.setChecked(True)
    dialog.confirm()
    services.accounts.rename(spread[2].id, "Gamma Group")  # the command line, meanwhile
    after = state(services, spread)
    window.undo_action.trigger()
    assert state(services, spread) == after
    assert not window.undo_action.isEnabled()


def test_who_is_this_person_offers_the_replacement(qtbot, window, services, people, spread):
    view = PersonView(window.context, people[0].email, window)
    qtbot.addWidget(view)
    view.show()
    assert view.replace.isEnabled()
    qtbot.mouseClick(view.replace, Qt.MouseButton.LeftButton)
    dialog = view.replaceOpened
    assert dialog.isVisible()
    choose(qtbot, dialog, "new@acme")  # by address too
    assert len(dialog.plan.moves) == 6


def test_tell_them_after_a_security_change_in_italian(qtbot, window, services, account, people, tmp_path):
    window.context.reload()
    context = window.context
    context.apply(lambda a, v: services.contacts.set_role(a, Role.SECURITY, people[1].user_id, v))
    context.saved.emit("set")
    context.apply(lambda a, v: services.contacts.set_role(a, Role.SECURITY, people[2].user_id, v))
    context.saved.emit("set")
    button = window.tell_them
    assert button.isVisible() and button.text() == "Tell them..."
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert isinstance(dialog, TellThemDialog) and dialog.isVisible()
    assert dialog.to.text() == people[2].display and dialog.cc.text() == people[1].display
    dialog.language.setCurrentIndex(1)  # Italian, kept for the account
    assert services.notices.language(account.id) == "it"
    assert "contatto per la sicurezza" in dialog.subject.text()

    opened = []
    tell_them.open_url = lambda url: (
        opened.append(url.toString(url.ComponentFormattingOption.FullyEncoded)) or True
    )
    try:
        qtbot.mouseClick(dialog.mail, Qt.MouseButton.LeftButton)
    finally:
        tell_them.open_url = tell_them.__dict__["open_url"]
    link = urlsplit(opened[0])
    assert link.scheme == "mailto" and unquote(link.path) == people[2].email
    fields = parse_qs(link.query)
    assert fields["cc"] == [people[1].email]
    assert "contatto per la sicurezza" in fields["subject"][0]

    button.tell()
    target = tmp_path / "avviso.eml"
    dialogs.set_answerer(lambda kind, **details: str(target) if kind == "save_notice" else None)
    qtbot.mouseClick(button.dialog.save, Qt.MouseButton.LeftButton)
    message = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"] == people[2].display and message["Cc"] == people[1].display
    assert message["From"] == ""
    assert "Gentile" in message.get_content()


def test_no_offer_after_a_change_that_is_not_a_point_of_contact(qtbot, window, services, account):
    window.context.reload()
    window.context.apply(lambda a, v: services.accounts.update(a, v, phone="+39 02 1234"))
    window.context.saved.emit("phone")
    assert not window.tell_them.isVisible()
