"""Throwaway databases on the test PostgreSQL server named by $CONTACT_MANAGER_TEST_PG.

One template database is migrated once per test run; each test gets a fresh copy of it
(``CREATE DATABASE ... TEMPLATE``: a file copy on the server, far quicker than migrating) and
it is dropped after the test. Without the variable the server tests are skipped, and said to
be; with CI set they fail instead, so CI never passes without running them.
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

import pytest

PG_ENV = "CONTACT_MANAGER_TEST_PG"
_counter = itertools.count(1)
# The test server's password as the run started: a test that takes PGPASSWORD away (to be
# asked for one) must not take it from the fixtures that drop its databases afterwards.
_PASSWORD = os.environ.get("PGPASSWORD")


def server_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def require_server() -> str:
    """The test server's URL; skip (fail under CI) when there is none."""
    url = server_url()
    if url is None:
        reason = f"no PostgreSQL test server: set {PG_ENV}=postgresql://... to run the server tests"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the server tests, but {reason}")
        pytest.skip(reason)
    return url


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def admin(url: str):
    import psycopg

    password = {"password": _PASSWORD} if _PASSWORD else {}
    return psycopg.connect(url, autocommit=True, **password)


class Cluster:
    """The test server: a migrated template and fresh databases made from it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.prefix = f"cm_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._template_made = False
        self.roles = LoginRoles(url)  # login roles the tests made, dropped at the end

    def _make_template(self) -> None:
        from contact_manager.store.connection import Store

        with admin(self.url) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{self.template}"')
        Store.open(with_database(self.url, self.template)).close()
        self._template_made = True

    def fresh(self, *, migrated: bool = True) -> tuple[str, str]:
        """(name, url) of a new database: a copy of the migrated template, or empty."""
        if migrated and not self._template_made:
            self._make_template()
        name = f"{self.prefix}_{next(_counter)}"
        with admin(self.url) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            template = f' TEMPLATE "{self.template}"' if migrated else ""
            connection.execute(f'CREATE DATABASE "{name}"{template}')
        return name, with_database(self.url, name)

    def drop(self, name: str) -> None:
        with admin(self.url) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template_made:
            self.drop(self.template)
        self.roles.drop_all()


def with_user(url: str, user: str) -> str:
    """``url`` logging in as ``user`` (no password in it: the caller passes one)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, parts.fragment))


class LoginRoles:
    """Login roles made for one test on the (cluster-wide) test server, dropped after it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.made: list[str] = []

    def make(self, name: str, password: str) -> str:
        role = f"cm_{name}_{os.getpid()}_{next(_counter)}"
        with admin(self.url) as connection:
            connection.execute(f'DROP ROLE IF EXISTS "{role}"')
            connection.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
        self.made.append(role)
        return role

    def drop_all(self) -> None:
        """Drop the roles (once no database holds a right of theirs: at the end of the run)."""
        with admin(self.url) as connection:
            for role in self.made:
                connection.execute(f'DROP ROLE IF EXISTS "{role}"')
        self.made.clear()
