"""File > Import users...: mapping, preview verdicts, confirm, cancel, refused rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QCheckBox, QProgressDialog, QPushButton, QTableView

from contact_manager.ui.importing.import_dialog import ImportDialog, import_users
from contact_manager.ui.importing.import_model import PreviewModel
from contact_manager.ui.kit.context import AppContext

DATA = Path(__file__).parents[2] / "data"


@pytest.fixture
def make_dialog(qtbot, services, account):
    def make(path: Path | None = None, **options) -> ImportDialog:
        options.setdefault("choose_file", lambda parent: str(path) if path else "")
        dialog = ImportDialog(services, account.id, **options)
        qtbot.addWidget(dialog)
        return dialog

    return make


def verdicts(dialog: ImportDialog) -> list[tuple[str, str]]:
    model = dialog.findChild(QTableView, "importPreviewTable").model()
    return [
        (model.index(row, PreviewModel.EMAIL).data(), model.index(row, PreviewModel.VERDICT).data())
        for row in range(model.rowCount())
    ]


def emails(services, account_id) -> set[str]:
    return {person.email for person in services.users.list(account_id)}


def test_preview_shows_every_verdict_in_words_and_colours(make_dialog, services, account):
    services.users.add(account.id, "Carla", "Gialli", "carla.gialli@acme.example")
    dialog = make_dialog(DATA / "users_broken.csv")
    assert dialog.choose_file()
    assert verdicts(dialog) == [
        ("anna.rossi@acme.example", "New"),
        ("not-an-email", "Refused"),
        ("nobody@acme.example", "Refused"),
        ("ANNA.ROSSI@acme.example", "Refused"),
        ("carla.gialli@acme.example", "Already present"),
    ]
    model = dialog.view.model()
    reason = model.index(1, PreviewModel.REASON).data()
    assert "An email address must have an @-sign." in reason
    fills = {model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() for row in (0, 1, 4)}
    assert len(fills) == 3  # new, refused and present look different
    assert dialog.findChild(QPushButton, "importConfirmButton").text() == "Import 1 user"
    assert dialog.summary.text() == "1 new, 1 already present (skipped), 3 refused."


def test_show_only_refused_rows(make_dialog):
    dialog = make_dialog()
    dialog.load(DATA / "users_broken.csv")
    dialog.findChild(QCheckBox, "importRefusedOnly").setChecked(True)
    assert [verdict for _email, verdict in verdicts(dialog)] == ["Refused"] * 3
    dialog.refusedOnlyCheck.setChecked(False)
    assert len(verdicts(dialog)) == 5
    dialog.load(DATA / "users_semicolon_it.csv")  # nothing refused: nothing to filter
    assert not dialog.refusedOnlyCheck.isEnabled()


def test_preview_model_passes_the_model_tester(qtmodeltester, make_dialog):
    dialog = make_dialog()
    dialog.load(DATA / "users_broken.csv")
    qtmodeltester.check(dialog.model)


def test_confirm_imports_the_accepted_rows(qtbot, make_dialog, services, account):
    dialog = make_dialog()
    dialog.load(DATA / "users_broken.csv")
    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        qtbot.mouseClick(dialog.findChild(QPushButton, "importConfirmButton"), Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    assert emails(services, account.id) == {"anna.rossi@acme.example", "carla.gialli@acme.example"}
    assert not dialog.confirmButton.isVisible() or not dialog.confirmButton.isEnabled()
    assert "Imported 2 users." in dialog.message.text()


def test_unrecognised_headers_go_through_the_mapping_step(qtbot, make_dialog, services, account):
    dialog = make_dialog()
    dialog.load(DATA / "users_unmapped.csv")
    assert dialog.pages.currentIndex() == ImportDialog.MAPPING_PAGE
    assert dialog.message.text() == "The column titles of this file were not recognised."
    dialog.mappingNextButton.click()  # only the email column is guessed: a name is missing
    assert "first name or of the last name" in dialog.message.text()
    assert dialog.pages.currentIndex() == ImportDialog.MAPPING_PAGE
    dialog.mappingCombos["first_name"].setCurrentIndex(1)  # column 1: Given
    dialog.mappingCombos["last_name"].setCurrentIndex(2)
    assert "Contact" in dialog.mappingCombos["email"].currentText()  # guessed from the addresses
    dialog.mappingNextButton.click()
    assert dialog.pages.currentIndex() == ImportDialog.PREVIEW_PAGE
    assert verdicts(dialog) == [("elena.costa@acme.example", "New"), ("marco.ferri@acme.example", "New")]
    with qtbot.waitSignal(dialog.importEnded, timeout=10000):
        dialog.confirmButton.click()
    assert services.users.find(account.id, "elena.costa@acme.example").last_name == "Costa"


def test_a_column_it_cannot_place_opens_the_mapping_step(qtbot, make_dialog, services, account, tmp_path):
    """ "Nome proprio" is no title the app knows: it must not be dropped, leaving no first name."""
    path = tmp_path / "nomi.csv"
    path.write_text("Nome proprio;Cognome;Email\nElena;Costa;elena.costa@acme.example\n", encoding="utf-8")
    dialog = make_dialog()
    dialog.load(path)
    assert dialog.pages.currentIndex() == ImportDialog.MAPPING_PAGE
    assert "\u201cNome proprio\u201d" in dialog.message.text()
    assert dialog.mappingCombos["last_name"].currentText().startswith("Cognome")  # the guess is kept
    assert dialog.mappingCombos["first_name"].currentData() == -1
    dialog.mappingCombos["first_name"].setCurrentIndex(1)  # column 1: Nome proprio
    dialog.mappingNextButton.click()
    assert dialog.pages.currentIndex() == ImportDialog.PREVIEW_PAGE
    with qtbot.waitSignal(dialog.importEnded, timeout=10000):
        dialog.confirmButton.click()
    assert services.users.find(account.id, "elena.costa@acme.example").first_name == "Elena"


def test_save_refused_rows_then_import_them_again_once_fixed(qtbot, make_dialog, services, account, tmp_path):
    """The round trip the dialog recommends: our formula guard ('+39...) is read back."""
    source = tmp_path / "people.csv"
    source.write_text(
        "First name,Last name,Email,Phone\nAnna,Rossi,anna.rossi-at-acme.example,+39 02 1111 2222\n",
        encoding="utf-8",
    )
    saved = tmp_path / "refused.csv"
    dialog = make_dialog(choose_save=lambda parent: str(saved))
    dialog.load(source)
    dialog.saveRefusedButton.click()
    text = saved.read_text(encoding="utf-8-sig")
    assert "'+39 02 1111 2222" in text  # as a spreadsheet must see it: text, not a formula
    saved.write_text(
        text.replace("anna.rossi-at-acme.example", "anna.rossi@acme.example"), encoding="utf-8-sig"
    )
    dialog.load(saved)
    assert dialog.pages.currentIndex() == ImportDialog.PREVIEW_PAGE, dialog.message.text()
    assert verdicts(dialog) == [("anna.rossi@acme.example", "New")]
    with qtbot.waitSignal(dialog.importEnded, timeout=10000):
        dialog.confirmButton.click()
    assert services.users.find(account.id, "anna.rossi@acme.example").phone == "+39 02 1111 2222"


def test_a_file_without_titles_is_mapped_from_its_first_line(make_dialog, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Elena;Costa;elena.costa@acme.example\n", encoding="utf-8")
    dialog = make_dialog()
    dialog.load(path)
    assert not dialog.headerCheck.isChecked()
    assert dialog.mappingCombos["email"].itemText(3).startswith("Column 3")
    dialog.mappingCombos["first_name"].setCurrentIndex(1)
    dialog.mappingCombos["email"].setCurrentIndex(3)
    dialog.mappingNextButton.click()
    assert verdicts(dialog) == [("elena.costa@acme.example", "New")]


def test_cancel_leaves_nothing_imported(qtbot, make_dialog, services, account):
    dialog = make_dialog(chunk_size=250)
    with qtbot.waitSignal(dialog.previewReady, timeout=30000):
        dialog.load(DATA / "users_5000.csv")
    version = services.accounts.get(account.id).version

    def cancel_after_first_chunk(worker):
        # runs in the worker thread, right after the first chunk went in
        worker.progressed.connect(
            lambda done, total: dialog.cancel_import(), Qt.ConnectionType.DirectConnection
        )

    dialog.importStarting.connect(cancel_after_first_chunk)
    with qtbot.waitSignal(dialog.importEnded, timeout=30000) as ended:
        dialog.confirmButton.click()
    assert ended.args == ["cancelled"]
    assert services.users.list(account.id) == []
    assert services.accounts.get(account.id).version == version
    assert "nothing was imported" in dialog.message.text()
    assert dialog.confirmButton.isEnabled()  # the user may try again


def test_progress_dialog_cancel_button_cancels(qtbot, make_dialog, services, account):
    dialog = make_dialog(chunk_size=100)
    with qtbot.waitSignal(dialog.previewReady, timeout=30000):
        dialog.load(DATA / "users_5000.csv")

    def press_cancel(worker):
        progress = dialog.findChild(QProgressDialog, "importProgress")
        progress.findChild(QPushButton).click()

    dialog.importStarting.connect(press_cancel)
    with qtbot.waitSignal(dialog.importEnded, timeout=30000) as ended:
        dialog.confirmButton.click()
    assert ended.args == ["cancelled"]
    assert services.users.list(account.id) == []


def test_large_file_imports_while_the_window_keeps_running(qtbot, make_dialog, services, account):
    dialog = make_dialog(chunk_size=500)
    with qtbot.waitSignal(dialog.previewReady, timeout=30000):
        dialog.load(DATA / "users_5000.csv")
    ticks = []
    dialog.importStarting.connect(lambda worker: worker.progressed.connect(lambda d, t: ticks.append(d)))
    with qtbot.waitSignal(dialog.importEnded, timeout=30000) as ended:
        dialog.confirmButton.click()
    assert ended.args == ["done"]
    assert ticks[-1] == 5000 and len(ticks) == 10  # progress reached the window, chunk by chunk
    assert len(services.users.list(account.id)) == 5000


def test_save_refused_rows_writes_a_fixable_csv(make_dialog, tmp_path):
    target = tmp_path / "refused.csv"
    dialog = make_dialog(choose_save=lambda parent: str(target))
    dialog.load(DATA / "users_broken.csv")
    button = dialog.findChild(QPushButton, "saveRefusedButton")
    assert button.isEnabled()
    button.click()
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][-1] == "Reason" and len(rows) == 4
    assert dialog.message.text() == "Saved 3 refused rows to refused.csv."


def test_an_unreadable_file_is_explained(make_dialog, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = make_dialog()
    dialog.load(path)
    assert "empty" in dialog.message.text() and not dialog.confirmButton.isEnabled()


def test_import_users_entry_point_reloads_the_context(qtbot, services, account):
    context = AppContext(services)
    context.switch_account(account.id)
    dialog = import_users(None, context, choose_file=lambda parent: str(DATA / "users_semicolon_it.csv"))
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(context.usersChanged, timeout=10000):
        dialog.confirmButton.click()
    assert len(services.users.list(account.id)) == 3
    assert import_users(None, context, choose_file=lambda parent: "") is None  # no file chosen


class Shouting(QTranslator):
    """A stand-in language: every string of the dialog and its table, in capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context in ("ImportDialog", "ImportPreview") else ""

    def isEmpty(self):  # an empty translator triggers no LanguageChange
        return False


def test_texts_follow_a_live_language_change(make_dialog, qapp):
    dialog = make_dialog()
    dialog.load(DATA / "users_broken.csv")
    translator = Shouting()
    qapp.installTranslator(translator)
    try:
        qapp.processEvents()
        assert dialog.windowTitle() == "IMPORT USERS"
        assert dialog.confirmButton.text() == "IMPORT 2 USERS"
        assert dialog.saveRefusedButton.text() == "SAVE REFUSED ROWS\u2026"
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "LINE"
    finally:
        qapp.removeTranslator(translator)
    qapp.processEvents()
    assert dialog.windowTitle() == "Import users"
    assert dialog.objectName() == "importDialog"


def test_a_large_file_is_checked_in_the_worker_while_the_window_runs(qtbot, make_dialog):
    dialog = make_dialog(background_rows=1000)
    with qtbot.waitSignal(dialog.previewReady, timeout=30000):
        dialog.load(DATA / "users_5000.csv")
        assert dialog.busy and dialog.preview is None  # load returned at once: the rows are checked aside
    assert not dialog.busy
    assert len(dialog.preview.rows) == 5000 and dialog.confirmButton.text() == "Import 5000 users"


def test_cancelling_the_check_leaves_no_preview(qtbot, make_dialog):
    dialog = make_dialog(background_rows=1000)

    def cancel_check(kind, worker):
        assert kind == "check"
        worker.progressed.connect(
            lambda done, total: dialog.cancel_import(), Qt.ConnectionType.DirectConnection
        )

    dialog.workerStarting.connect(cancel_check)
    dialog.load(DATA / "users_5000.csv")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert dialog.preview is None and not dialog.confirmButton.isEnabled()
    assert "Checking cancelled" in dialog.message.text()


def test_preview_shows_job_title_and_phone(make_dialog):
    dialog = make_dialog(DATA / "users_semicolon_it.csv")
    assert dialog.choose_file()
    model = dialog.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[PreviewModel.TITLE] == "Job title" and headers[PreviewModel.PHONE] == "Phone"
    assert model.index(0, PreviewModel.TITLE).data() == "Responsabile acquisti"
    assert model.index(0, PreviewModel.PHONE).data() == "02 555 1234"
