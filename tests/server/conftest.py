"""The server tests need the PostgreSQL test server ($CONTACT_MANAGER_TEST_PG), with password
authentication over TCP (as .ci/run starts it): the wrong-password test relies on it."""

from __future__ import annotations

import pytest


@pytest.fixture
def login_roles(pg_cluster):
    """Login roles on the test server (cluster-wide: dropped at the end of the run)."""
    return pg_cluster.roles
