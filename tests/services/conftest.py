"""Fixtures of the service tests: a refusal must leave no trace."""

from __future__ import annotations

from contextlib import contextmanager

import pytest


@pytest.fixture
def refused(services):
    """``with refused(account_id, SomeError) as info:`` asserts the error was raised and that
    nothing was written: no history row, no version bump, the same contact sheet and users."""

    @contextmanager
    def check(account_id, error):
        version = services.accounts.get(account_id).version
        history = services.history.list(account_id)
        sheet = services.contacts.sheet(account_id)
        users = services.users.list(account_id)
        with pytest.raises(error) as info:
            yield info
        assert services.accounts.get(account_id).version == version
        assert services.history.list(account_id) == history
        assert services.contacts.sheet(account_id) == sheet
        assert services.users.list(account_id) == users

    return check


@pytest.fixture
def last_change(services):
    """The newest history row of an account."""

    def newest(account_id):
        return services.history.list(account_id, limit=1)[0]

    return newest
