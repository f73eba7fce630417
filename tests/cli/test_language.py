"""The command line speaks the user's language: --lang, else the app's saved choice or the system's."""

from __future__ import annotations


def test_refusals_are_in_italian_with_lang_it(cli, db_path):
    assert cli("init", "--account", "Acme", db=db_path).code == 0
    refused = cli("users", "deactivate", "nessuno@acme.example", "--lang", "it", db=db_path)
    assert refused.code == 1
    assert refused.err_lines == ["In questo account non c'è l'utente nessuno@acme.example."]


def test_english_without_lang_on_an_english_system(cli, db_path):
    cli("init", "--account", "Acme", db=db_path)
    refused = cli("users", "deactivate", "nobody@acme.example", db=db_path)
    assert refused.err_lines == ["There is no user nobody@acme.example in this account."]


def test_the_system_language_is_followed(cli, cli_env, db_path):
    cli("init", "--account", "Acme", db=db_path)
    italian = {**cli_env, "LANG": "it_IT.UTF-8", "LC_ALL": "it_IT.UTF-8", "LANGUAGE": "it"}
    refused = cli("users", "deactivate", "nessuno@acme.example", db=db_path, env=italian)
    # Where the Italian locale is not installed Qt first warns that it fell back to C.UTF-8.
    assert refused.err_lines[-1] == "In questo account non c'è l'utente nessuno@acme.example."


def test_an_unknown_language_is_a_usage_error(cli, db_path):
    assert cli("accounts", "list", "--lang", "xx", db=db_path).code == 2
