"""The server tests need the PostgreSQL test server ($CONTACT_MANAGER_TEST_PG), with password
authentication over TCP (as .ci/run starts it): the wrong-password test relies on it."""

from __future__ import annotations

import pytest

from tests.cli.conftest import cli, cli_env  # noqa: F401 - fixtures, shared with tests/cli


@pytest.fixture
def login_roles(pg_cluster):
    """Login roles on the test server (cluster-wide: dropped at the end of the run)."""
    return pg_cluster.roles
