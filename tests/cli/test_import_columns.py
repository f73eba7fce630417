"""``users import``: no column dropped unseen, our own refused rows read back, exit statuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from contact_manager.domain.target import is_server
from contact_manager.services import Services

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def database(cli, cli_db):
    assert cli("init", "--account", "Acme", db=cli_db).code == 0
    return cli_db


def stored(database: str) -> object:
    """What the database holds: a file's bytes; a server database's users and history."""
    if not is_server(database):
        return Path(database).read_bytes()
    services = Services.open(database)
    try:
        return [(services.users.list(a.id), services.history.list(a.id)) for a in services.accounts.list()]
    finally:
        services.close()


def names(services, account_id: int) -> dict[str, tuple[str, str]]:
    return {p.email: (p.first_name, p.last_name) for p in services.users.list(account_id)}


def test_a_column_it_cannot_place_refuses_the_import_and_says_how_to_map_it(cli, database, tmp_path):
    source = tmp_path / "nomi.csv"
    source.write_text("Nome proprio;Cognome;Email\nElena;Costa;elena.costa@acme.example\n", encoding="utf-8")
    before = stored(database)
    done = cli("users", "import", str(source), db=database)
    assert (done.code, done.out) == (1, ""), done
    assert done.err_lines == [
        "\u201cnomi.csv\u201d can't be imported: the column \u201cNome proprio\u201d could not be matched "
        "to a field; say which field it holds, or leave it out. Say which column is which with --columns, "
        'for example: --columns "first=Nome proprio,last=Cognome,email=Email"'
    ]
    assert stored(database) == before

    mapped = cli("users", "import", str(source), "--columns", "first=Nome proprio,last=Cognome,email=Email",
                 db=database)  # fmt: skip
    assert mapped.code == 0, mapped
    assert "Imported 1 user into Acme: 0 already present, 0 refused." in mapped.out


def test_columns_by_number_and_the_italian_refusal(cli, database, tmp_path, services):
    source = tmp_path / "nomi.csv"
    source.write_text("Nome proprio;Cognome;Email\nElena;Costa;elena.costa@acme.example\n", encoding="utf-8")
    refused = cli("--lang", "it", "users", "import", str(source), db=database)
    assert refused.code == 1 and "\u201cNome proprio\u201d" in refused.err and "--columns" in refused.err
    assert "Impossibile importare" in refused.err
    done = cli("users", "import", str(source), "--columns", "first=1,last=2,email=3", db=database)
    assert done.code == 0, done
    account = services.accounts.find("Acme")
    assert names(services, account.id) == {"elena.costa@acme.example": ("Elena", "Costa")}


def test_a_column_with_nowhere_to_go_is_named_as_left_out(cli, database):
    done = cli("users", "import", str(DATA / "users_semicolon_it.csv"), db=database)
    assert done.code == 0, done
    assert "Left out: the column \u201cNote\u201d (no field of this app)." in done.out


def test_refused_rows_saved_by_us_import_again_once_fixed(cli, database, tmp_path, services):
    source = tmp_path / "people.csv"
    source.write_text(
        "First name,Last name,Email,Phone\n"
        "Anna,Rossi,anna.rossi-at-acme.example,+39 02 1111 2222\n"
        "Luca,Bianchi,luca@acme.example,-\n",
        encoding="utf-8",
    )
    saved = tmp_path / "refused.csv"
    first = cli("users", "import", str(source), "--refused", str(saved), db=database)
    assert first.code == 1, first  # every row refused: nothing imported
    assert first.err_lines == ["Nothing imported: 2 rows refused (listed above)."]
    text = saved.read_text(encoding="utf-8-sig")
    assert "'+39 02 1111 2222" in text  # the formula guard, as a spreadsheet must see it
    fixed = text.replace("anna.rossi-at-acme.example", "anna.rossi@acme.example").replace(",'-,", ",,")
    saved.write_text(fixed, encoding="utf-8-sig")
    again = cli("users", "import", str(saved), db=database)
    assert (again.code, again.err) == (0, ""), again
    account = services.accounts.find("Acme")
    anna = services.users.find(account.id, "anna.rossi@acme.example")
    assert anna.phone == "+39 02 1111 2222"
    assert services.users.find(account.id, "luca@acme.example").phone == ""


def test_exit_status_tells_some_refused_from_nothing_imported(cli, database, tmp_path):
    some = cli("users", "import", str(DATA / "users_broken.csv"), db=database)
    assert some.code == 3 and some.err_lines == [
        "3 rows refused (listed above): fix them and import them again."
    ]
    again = cli("users", "import", str(DATA / "users_broken.csv"), db=database)  # the good rows are in now
    assert again.code == 1 and again.err_lines == ["Nothing imported: 3 rows refused (listed above)."]
    one = tmp_path / "one.csv"
    one.write_text("First name,Last name,Email\nEva,Conti,eva@acme.example\n,,nobody@acme.example\n", "utf-8")
    done = cli("users", "import", str(one), db=database)
    assert done.code == 3 and done.err_lines == ["1 row refused (listed above): fix it and import it again."]
    assert "Imported 1 user into Acme" in done.out


def test_help_documents_the_exit_statuses(cli):
    shown = cli("--help")
    assert shown.code == 0
    text = " ".join(shown.out.split())
    assert "Exit status: 0 done; 1 refused, nothing changed" in text and "3 done in part" in text


def test_accounts_alone_lists_them(cli, database):
    assert cli("init", "--account", "Globex", db=database).code == 0
    listed = cli("accounts", db=database)
    assert (listed.code, listed.out.splitlines(), listed.err) == (0, ["Acme", "Globex"], "")


def test_the_italian_plural_forms(cli, database, tmp_path):
    one = tmp_path / "one.csv"
    one.write_text("Nome;Cognome;Email\nEva;Conti;eva@acme.example\n", "utf-8")
    done = cli("--lang", "it", "users", "import", str(one), db=database)
    assert "Importato 1 utente in Acme" in done.out, done
