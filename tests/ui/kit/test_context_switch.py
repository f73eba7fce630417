"""Switching account shows the new account's users at once and lets the old rows go a turn later."""

from __future__ import annotations

import weakref

from contact_manager.ui.kit.context import AppContext


def test_the_old_accounts_rows_are_let_go_in_a_turn_of_their_own(qtbot, services, account, people):
    other = services.accounts.create("Beta S.r.l.")
    services.users.add(other.id, "Bruno", "Neri", "bruno.neri@beta.example")
    context = AppContext(services)
    context.switch_account(account.id)
    picker = context.picker_users  # a view shows users: they are read
    assert picker.rowCount() == len(people)
    shown = weakref.ref(context.users.rows)

    context.switch_account(other.id)
    assert [row[3] for row in picker.users.rows] == ["bruno.neri@beta.example"]  # the new ones at once
    assert shown() is not None  # freeing a large account's rows would lengthen the switch
    qtbot.waitUntil(lambda: shown() is None, timeout=2000)  # let go on the next turns, not kept
