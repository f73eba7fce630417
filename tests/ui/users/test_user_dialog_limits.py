"""The user dialog's fields take their limits from the domain (``USER_MAX_LENGTHS``)."""

from __future__ import annotations

from contact_manager.domain import company


def test_the_user_dialog_limits_its_fields(qtbot, monkeypatch, services, account):
    from contact_manager.ui.kit.context import AppContext
    from contact_manager.ui.users.user_dialog import UserDialog

    monkeypatch.setitem(company.USER_MAX_LENGTHS, "job_title", 7)
    context = AppContext(services)
    context.switch_account(account.id)
    dialog = UserDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.title.maxLength() == 7
    assert (dialog.first.maxLength(), dialog.email.maxLength(), dialog.phone.maxLength()) == (100, 254, 25)
