"""``history export`` through a real contact-manager-cli process: the history's exports of
services/exports.py, reachable from the command line too."""

from __future__ import annotations

import csv

from contact_manager.services import Services


def changes_of(database, account="Acme"):
    services = Services.open(str(database), actor="test")
    try:
        return services.history.list(services.accounts.find(account).id)
    finally:
        services.close()


def test_history_export_writes_every_change_as_csv(acme_cli, tmp_path):
    assert (
        acme_cli(
            "users", "add", "--first", "Anna", "--last", "Rossi", "--email", "anna.rossi@acme.example"
        ).returncode
        == 0
    )
    assert acme_cli("contacts", "set", "primary", "anna.rossi@acme.example").returncode == 0
    target = tmp_path / "history.csv"
    done = acme_cli("history", "export", "--format", "csv", "--output", str(target))
    assert done.returncode == 0, done.stderr
    changes = changes_of(acme_cli.database)
    assert done.stdout == f"Exported {len(changes)} changes of Acme to {target}.\n"
    with open(target, encoding="utf-8-sig", newline="") as written:
        rows = list(csv.reader(written))
    assert rows[0][:3] == ["Time (UTC)", "When", "Who"]  # commas: scripts read the CLI's files
    assert [row[0] for row in rows[1:]] == [change.at for change in changes]  # newest first
    assert all(row[1].endswith(" UTC") for row in rows[1:])
    assert "anna.rossi@acme.example" in " ".join(rows[1])


def test_history_export_to_an_unwritable_place_says_so(acme_cli, tmp_path):
    done = acme_cli("history", "export", "--output", str(tmp_path / "missing" / "history.csv"))
    assert done.returncode == 1 and "Can't write" in done.stderr and "Traceback" not in done.stderr


def test_history_alone_still_prints_the_changes(acme_cli):
    done = acme_cli("history")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == len(changes_of(acme_cli.database))


def test_the_export_formats_are_the_registry_s(acme_cli):
    from contact_manager.services import exports

    for words, subject in ((("export",), exports.ACCOUNT), (("history", "export"), exports.HISTORY)):
        done = acme_cli(*words, "--format", "nonsense", "--output", "x")
        assert done.returncode == 2
        # those declared beside the services (this process may also hold the window's own)
        for export in exports.of(subject):
            if export.write.__module__ == exports.__name__:
                assert f"'{export.name}'" in done.stderr
    assert "'pdf'" not in acme_cli("export", "--format", "nonsense", "--output", "x").stderr  # needs Qt's GUI
