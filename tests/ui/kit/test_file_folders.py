"""File dialogs start in Documents, then in the folder last used for that kind of file."""

from __future__ import annotations

from pathlib import Path

import pytest

from contact_manager.ui.kit import dialogs, file_folders
from contact_manager.ui.shell.main_window import MainWindow


@pytest.fixture
def asked(qtbot, services, account, people, user_home):
    """Every file question asked, as (kind, start); answer(kind=path) gives the next answers."""
    questions, answers = [], {}

    def answerer(kind, **details):
        questions.append((kind, details.get("start")))
        return answers.get(kind)

    dialogs.set_answerer(answerer)
    main = MainWindow(services)
    main.poll.stop()
    qtbot.addWidget(main)
    admin = main.admin.actions
    yield admin, questions, answers.update
    dialogs.set_answerer(None)


def test_the_first_dialog_opens_in_documents_not_the_working_folder(asked, user_home):
    admin, questions, _answer = asked
    admin.actions["export_json"].trigger()
    admin.actions["import_account"].trigger()
    assert questions == [
        ("export_json", str(user_home / "Documents" / "Acme S.p.A.json")),
        ("import_account", str(user_home / "Documents")),
    ]


def test_each_kind_of_file_remembers_its_own_folder(asked, user_home, tmp_path):
    admin, questions, answer = asked
    shared = tmp_path / "shared" / "exports"
    shared.mkdir(parents=True)
    answer(export_csv=str(shared / "acme.csv"))
    admin.actions["export_csv"].trigger()
    assert (shared / "acme.csv").is_file()

    admin.actions["export_vcard"].trigger()  # another export: the same folder
    admin.actions["print_pdf"].trigger()  # a PDF: its own, still Documents
    assert questions[1:] == [
        ("export_vcard", str(shared / "Acme S.p.A.vcf")),
        ("export_pdf", str(user_home / "Documents" / "Acme S.p.A.pdf")),
    ]


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(user_home, tmp_path):
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    file_folders.remember("backup", str(gone / "contacts.db"))
    assert file_folders.folder("backup") == gone
    gone.rmdir()
    assert file_folders.folder("backup") == user_home / "Documents"


def test_without_documents_the_home_folder(user_home):
    (user_home / "Documents").rmdir()
    assert Path(file_folders.start_path("import")) == user_home


def test_the_pdf_save_dialog_is_titled_for_the_pdf(qtbot, services, account, people, user_home):
    titles = []
    dialogs.set_answerer(lambda kind, **details: titles.append(details.get("title")))
    try:
        main = MainWindow(services)
        main.poll.stop()
        qtbot.addWidget(main)
        main.admin.actions.actions["print_pdf"].trigger()
    finally:
        dialogs.set_answerer(None)
    assert titles == ["Save the contact sheet as PDF"]
