"""A worker thread's own reading connection, on a server as on a file."""

from __future__ import annotations

import threading

import pytest

from contact_manager.services import Services
from contact_manager.services.history import read_page_apart
from contact_manager.services.user_rows import read_apart
from contact_manager.store import server_roles
from contact_manager.store.errors import StorageError
from contact_manager.store.server import ServerTarget
from tests.pg_databases import with_user


def _in_a_thread(read):
    answer = {}
    thread = threading.Thread(target=lambda: answer.setdefault("value", read()))
    thread.start()
    thread.join(30)
    return answer["value"]


def test_a_worker_thread_reads_users_and_history_on_its_own_server_connection(pg_url):
    services = Services.open(pg_url)
    try:
        account = services.accounts.create("Acme")
        services.users.add(account.id, "Élise", "Ross", "elise@acme.example")
        services.users.add(account.id, "Anna", "Bianchi", "anna@acme.example")
        target = services.store.reader_target()
        assert isinstance(target, ServerTarget)
        rows = _in_a_thread(lambda: read_apart(target, account.id))
        assert [row[2] for row in rows.rows] == ["Bianchi", "Ross"]
        # ASCII text in any case (ILIKE), and a text that is not ASCII (the server's function)
        found = _in_a_thread(lambda: read_page_apart(target, account.id, None, None, "ELISE@"))
        assert [change.subject for change in found] == ["elise@acme.example"]
        found = _in_a_thread(lambda: read_page_apart(target, account.id, None, None, "ÉLISE"))
        assert len(found) == 1
        assert services.history.page(account.id, person="ANNA") == services.history.page(
            account.id, person="anna"
        )
    finally:
        services.close()


@pytest.mark.parametrize("written", ["ann:{pw}@", "?password={pw}"])
def test_a_password_written_in_the_url_is_the_worker_threads_too(
    pg_cluster, login_roles, monkeypatch, written
):
    name, url = pg_cluster.fresh(migrated=False)
    try:
        ann = login_roles.make("ann", "in-the-url")
        setup = server_roles.setup(url)
        server_roles.grant(setup, ann, server_roles.EDITOR)
        setup.close()
        monkeypatch.delenv("PGPASSWORD", raising=False)  # the URL's is the only one there is
        if written.startswith("?"):
            target = with_user(url, ann) + written.format(pw="in-the-url")
        else:
            target = with_user(url, ann).replace(
                f"{ann}@", written.replace("ann", ann).format(pw="in-the-url")
            )
        services = Services.open(target)
        try:
            account = services.accounts.create("Acme")
            services.users.add(account.id, "Anna", "Bianchi", "anna@acme.example")
            reader = services.store.reader_target()
            assert "in-the-url" not in str(reader)
            rows = _in_a_thread(lambda: read_apart(reader, account.id))
            assert [row[2] for row in rows.rows] == ["Bianchi"]
        finally:
            services.close()
    finally:
        pg_cluster.drop(name)


def test_the_reader_target_never_shows_the_password():
    target = ServerTarget("postgresql://ann@db.example/office", "s3cret")
    assert "s3cret" not in repr(target) and "s3cret" not in str(target)


def test_a_worker_thread_that_cannot_reach_the_server_gets_one_sentence():
    target = ServerTarget("postgresql://ann@127.0.0.1:1/office", "s3cret")
    with pytest.raises(StorageError) as refused:
        read_apart(target, 1)
    assert refused.value.kind == StorageError.UNREACHABLE
    assert "s3cret" not in refused.value.message
