"""``server setup``, ``server grant`` and ``server revoke`` through the real command line, and
what an editor and a reader may then do."""

from __future__ import annotations

from contact_manager.services import Services
from contact_manager.store import server_roles
from tests.cli.helpers import assert_refused
from tests.pg_databases import with_user


def _as(cli_env, password):
    return dict(cli_env, PGPASSWORD=password)


def test_setup_grant_and_revoke_decide_who_may_edit_and_who_may_only_read(
    cli, cli_env, pg_cluster, login_roles
):
    name, url = pg_cluster.fresh(migrated=False)
    try:
        ann, bob = login_roles.make("ann", "ann-pw"), login_roles.make("bob", "bob-pw")
        done = cli("server", "setup", db=url)
        assert done.code == 0 and "is set up" in done.out, done
        assert cli("server", "grant", ann, "--editor", db=url).code == 0
        assert cli("server", "grant", bob, "--reader", db=url).code == 0
        as_ann, as_bob = with_user(url, ann), with_user(url, bob)

        assert cli("init", "--account", "Acme", db=as_ann, env=_as(cli_env, "ann-pw")).code == 0
        added = cli(
            "users",
            "add",
            "--first",
            "Anna",
            "--last",
            "Rossi",
            "--email",
            "anna@acme.example",
            db=as_ann,
            env=_as(cli_env, "ann-pw"),
        )
        assert added.code == 0, added
        listed = cli("users", "list", db=as_bob, env=_as(cli_env, "bob-pw"))
        assert listed.code == 0 and "anna@acme.example" in listed.out
        refused = cli(
            "users",
            "add",
            "--first",
            "Bo",
            "--last",
            "B",
            "--email",
            "bo@acme.example",
            db=as_bob,
            env=_as(cli_env, "bob-pw"),
        )
        assert_refused(refused, "You can only read this office database")
        history = cli("history", db=as_ann, env=_as(cli_env, "ann-pw"))
        assert ann in history.out  # the server's who: the login, not the OS user

        reader = Services.open(as_bob, password="bob-pw")
        try:
            assert reader.read_only  # what the window's banner goes by
            assert server_roles.role_of(reader.store, bob) == server_roles.READER
        finally:
            reader.close()
        editor = Services.open(as_ann, password="ann-pw")
        assert not editor.read_only
        editor.close()

        assert cli("server", "revoke", bob, db=url).code == 0
        assert_refused(cli("users", "list", db=as_bob, env=_as(cli_env, "bob-pw")), "has no access")
    finally:
        pg_cluster.drop(name)


def test_grant_refuses_an_unknown_login_and_a_database_file(cli, pg_url, tmp_path):
    assert_refused(cli("server", "grant", "nobody_here", "--reader", db=pg_url), "no login role nobody_here")
    assert_refused(cli("server", "setup", db=tmp_path / "contacts.db"), "is a database file")


def test_a_password_in_a_url_is_never_printed(cli):
    for command in (("accounts",), ("backup", "list"), ("server", "setup")):
        done = cli(*command, db="postgresql://ann:s3cret@127.0.0.1:1/office")
        assert done.code == 1 and "Traceback" not in done.err, done
        assert "s3cret" not in done.err + done.out


def test_a_server_problem_is_said_in_italian_too(cli):
    done = cli("accounts", "--lang", "it", db="postgresql://ann@127.0.0.1:1/office")
    assert_refused(done, "Il server del database di postgresql://ann@127.0.0.1:1/office non è raggiungibile")
