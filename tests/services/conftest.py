"""Fixtures of the service tests; ``refused`` (a refusal must leave no trace) is in
tests/conftest.py, shared with the store's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def last_change(services):
    """The newest history row of an account."""

    def newest(account_id):
        return services.history.list(account_id, limit=1)[0]

    return newest
