"""The command line speaks the user's language: --lang, else the app's saved choice or the system's."""

from __future__ import annotations


def test_refusals_are_in_italian_with_lang_it(cli, cli_db):
    assert cli("init", "--account", "Acme", db=cli_db).code == 0
    refused = cli("users", "deactivate", "nessuno@acme.example", "--lang", "it", db=cli_db)
    assert refused.code == 1
    assert refused.err_lines == ["In questo account non c'è l'utente nessuno@acme.example."]


def test_english_without_lang_on_an_english_system(cli, cli_db):
    cli("init", "--account", "Acme", db=cli_db)
    refused = cli("users", "deactivate", "nobody@acme.example", db=cli_db)
    assert refused.err_lines == ["There is no user nobody@acme.example in this account."]


def test_the_system_language_is_followed(cli, cli_env, cli_db):
    cli("init", "--account", "Acme", db=cli_db)
    italian = {**cli_env, "LANG": "it_IT.UTF-8", "LC_ALL": "it_IT.UTF-8", "LANGUAGE": "it"}
    refused = cli("users", "deactivate", "nessuno@acme.example", db=cli_db, env=italian)
    # Where the Italian locale is not installed Qt first warns that it fell back to C.UTF-8.
    assert refused.err_lines[-1] == "In questo account non c'è l'utente nessuno@acme.example."


def test_an_unknown_language_is_a_usage_error(cli, cli_db):
    assert cli("accounts", "list", "--lang", "xx", db=cli_db).code == 2


def test_argparse_speaks_italian_under_lang_it(cli, cli_db):
    cli("init", "--account", "Acme", db=cli_db)
    helped = cli("--lang", "it", "--help")
    assert helped.code == 0
    assert helped.out.startswith("uso: contact-manager-cli")
    for italian in (
        "argomenti posizionali:",
        "opzioni:",
        "mostra questo aiuto ed esci",
        "mostra la versione",
    ):
        assert italian in helped.out
    for english in ("usage:", "positional arguments", "options:", "show this help", "show program's"):
        assert english not in helped.out

    missing = cli("contacts", "set", "--lang", "it", db=cli_db)
    assert missing.code == 2
    assert missing.err_lines[0].startswith("uso: ")
    assert "errore: mancano questi argomenti obbligatori:" in missing.err_lines[-1]

    wrong = cli("contacts", "bogus", "--lang", "it", db=cli_db)
    assert wrong.code == 2
    assert "scelta non valida: 'bogus' (scegli tra" in wrong.err_lines[-1]

    extra = cli("accounts", "list", "--nope", "--lang", "it", db=cli_db)
    assert "argomenti non riconosciuti: --nope" in extra.err_lines[-1]


def test_argparse_stays_english_without_lang(cli, cli_db):
    helped = cli("--help")
    assert helped.out.startswith("usage: contact-manager-cli")
    assert "show this help message and exit" in helped.out
    assert "required: COMMAND" in cli("--lang", "en").err_lines[-1]


def test_a_dry_run_is_called_a_simulation_in_italian(cli, cli_db, tmp_path):
    cli("init", "--account", "Acme", db=cli_db)
    users = tmp_path / "users.csv"
    users.write_text("first_name,last_name,email\nAnna,Rossi,anna@acme.example\n", encoding="utf-8")
    done = cli("users", "import", str(users), "--dry-run", "--lang", "it", db=cli_db)
    assert done.code == 0, done
    assert "Simulazione: 1 nuovi" in done.out + done.err
