"""What the service tests check again and again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def leaves_no_trace(services, account_id: int, error: type[BaseException]) -> Iterator[pytest.ExceptionInfo]:
    """Assert that the block raises ``error`` and wrote nothing: no history row, no version
    bump, the same contact sheet and users (the ``refused`` fixture: tests/conftest.py)."""
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
