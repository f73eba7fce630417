"""File > Import users... with Excel workbooks, vCards and admin consoles' exports, and
File > Export as Excel..., driven as an admin would."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableView

from contact_manager.ui.importing.import_dialog import ImportDialog
from contact_manager.ui.importing.import_model import PreviewModel
from contact_manager.ui.kit import dialogs
from contact_manager.ui.shell.file_menu import AdminActions
from contact_manager.ui.shell.main_window import MainWindow

FORMATS = Path(__file__).parents[2] / "data" / "formats"


@pytest.fixture
def make_dialog(qtbot, services, account):
    def make() -> ImportDialog:
        dialog = ImportDialog(services, account.id, choose_file=lambda parent: "")
        qtbot.addWidget(dialog)
        return dialog

    return make


def shown(dialog: ImportDialog, column: int) -> list[str]:
    model = dialog.findChild(QTableView, "importPreviewTable").model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def two_sheet_workbook(path: Path) -> Path:
    book = Workbook()
    book.active.title = "Clienti"
    book.active.append(["Nome", "Cognome", "Email"])
    book.active.append(["Giulia", "Russo", "giulia.russo@esempio.it"])
    suppliers = book.create_sheet("Fornitori")
    suppliers.append(["First name", "Last name", "Email", "Phone"])
    suppliers.append(["Ada", "Neri", "ada@fornitore.it", 390212345678])
    suppliers.append(["Bo", "Verdi", "bo@fornitore.it", None])
    book.save(path)
    return path


def test_a_workbook_offers_its_sheets_and_previews_the_one_chosen(
    qtbot, make_dialog, services, account, tmp_path
):
    dialog = make_dialog()
    dialog.show()
    dialog.load(two_sheet_workbook(tmp_path / "people.xlsx"))
    combo = dialog.findChild(QComboBox, "importSheetCombo")
    assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == ["Clienti", "Fornitori"]
    assert shown(dialog, PreviewModel.EMAIL) == ["giulia.russo@esempio.it"]
    assert "Excel sheet \u201cClienti\u201d" in dialog.summary.text()
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert shown(dialog, PreviewModel.EMAIL) == ["ada@fornitore.it", "bo@fornitore.it"]
    assert shown(dialog, PreviewModel.PHONE) == ["390212345678", ""]
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importConfirmButton"), Qt.MouseButton.LeftButton)
    assert {p.email for p in services.users.list(account.id)} == {"ada@fornitore.it", "bo@fornitore.it"}


def test_a_one_sheet_workbook_or_a_csv_offers_no_sheet_choice(make_dialog, tmp_path):
    book = Workbook()
    book.active.append(["First name", "Last name", "Email"])
    book.active.append(["Ada", "Neri", "ada@fornitore.it"])
    book.save(tmp_path / "one.xlsx")
    dialog = make_dialog()
    dialog.show()
    dialog.load(tmp_path / "one.xlsx")
    assert not dialog.findChild(QComboBox, "importSheetCombo").isVisible()
    assert shown(dialog, PreviewModel.EMAIL) == ["ada@fornitore.it"]


def test_a_damaged_workbook_is_explained_in_one_sentence(make_dialog, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 half a download")
    dialog = make_dialog()
    dialog.load(broken)
    assert dialog.preview is None
    assert (
        dialog.message.text()
        == "\u201cbroken.xlsx\u201d can't be imported: it is not an Excel workbook (.xlsx), or it is damaged."
    )


def test_a_recognised_export_goes_straight_to_the_preview_naming_it(make_dialog):
    dialog = make_dialog()
    dialog.load(FORMATS / "slack.csv")
    assert dialog.pages.currentIndex() == ImportDialog.PREVIEW_PAGE
    assert dialog.summary.text().startswith("Recognised: Slack (member list).")
    assert "3 left out (guests, bots or deactivated members)." in dialog.summary.text()
    verdicts = shown(dialog, PreviewModel.VERDICT)
    assert verdicts == ["New", "New", "Left out", "Left out", "Left out"]
    reasons = shown(dialog, PreviewModel.REASON)
    assert "Name split from \u201cBruno De Santis\u201d" in reasons[1]  # the split, shown
    assert shown(dialog, PreviewModel.LAST)[1] == "De Santis"
    assert "A bot" in reasons[3]
    assert dialog.confirmButton.text() == "Import 2 users"
    fill = dialog.view.model().index(2, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert fill != dialog.view.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()


def test_the_preview_says_where_the_address_came_from(make_dialog):
    dialog = make_dialog()
    dialog.load(FORMATS / "m365_export.csv")
    assert shown(dialog, PreviewModel.EMAIL)[0] == "elena.marino@esempio.it"
    assert "primary SMTP address" in shown(dialog, PreviewModel.REASON)[0]


def test_a_vcard_file_is_previewed(make_dialog):
    dialog = make_dialog()
    dialog.load(FORMATS / "outlook_21.vcf")
    assert dialog.summary.text().startswith("vCard file, one row per card.")
    assert shown(dialog, PreviewModel.LAST) == ["Nicol\u00f2", "Ferrara"]


def test_the_file_filter_offers_workbooks_and_vcards(qtbot):
    from contact_manager.ui.importing import import_files
    from contact_manager.ui.kit import dialogs

    asked = []
    dialogs.set_file_runner(lambda dialog: asked.append(dialog.nameFilters()) or None)
    try:
        import_files.open_file(None)
    finally:
        dialogs.set_file_runner(None)
    assert asked[0][0] == "Users files (*.csv *.txt *.xlsx *.vcf)"
    assert "Excel workbooks (*.xlsx)" in asked[0] and "vCard files (*.vcf)" in asked[0]


def test_file_export_as_excel_writes_both_sheets(qtbot, services, account, people, tmp_path):
    services.contacts.set_primary(account.id, people[0].user_id)
    window = MainWindow(services)
    window.poll.stop()
    qtbot.addWidget(window)
    admin = AdminActions(window.context, window)
    opened = []
    admin.dialogOpened.connect(opened.append)
    target = tmp_path / "acme.xlsx"
    dialogs.set_answerer(lambda kind, **details: str(target) if kind == "export_xlsx" else None)
    try:
        admin.actions["export_xlsx"].trigger()
    finally:
        dialogs.set_answerer(None)
        for dialog in opened:
            if shiboken6.isValid(dialog):
                dialog.close()
    book = load_workbook(target)
    assert book.sheetnames == ["Contacts", "Users"]
    assert book["Contacts"]["A1"].font.b and book["Users"].freeze_panes == "A2"
    emails = {row[2] for row in book["Users"].iter_rows(min_row=2, values_only=True)}
    assert emails == {person.email for person in people}
