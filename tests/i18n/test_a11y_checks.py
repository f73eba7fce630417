"""The keyboard/screen-reader checks find unnamed controls and clashing Alt+letters."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from tests.i18n.a11y_checks import dead_mnemonics, menu_clashes, mnemonic, mnemonic_clashes, unnamed_controls


def _form(qtbot, rows):
    root = QWidget()
    form = QFormLayout(root)
    for label, field in rows:
        form.addRow(label, field)
    qtbot.addWidget(root)
    return root


def test_labelled_and_named_controls_pass(qtbot):
    named = QComboBox(objectName="named")
    named.setAccessibleName("Billing contact 2 of 3")
    label = QLabel("&Email:")
    field = QLineEdit(objectName="email")
    label.setBuddy(field)
    root = _form(qtbot, [(label, field), ("", named), ("", QPushButton("&Save"))])
    assert unnamed_controls(root) == []


def test_a_control_nobody_named_is_reported(qtbot):
    root = _form(qtbot, [("", QComboBox(objectName="anonymousCombo"))])
    assert unnamed_controls(root) == ["anonymousCombo (QComboBox)"]


def test_two_controls_on_one_letter_clash(qtbot):
    address = QLabel("&Indirizzo:")
    address.setBuddy(QLineEdit())
    root = _form(qtbot, [(address, address.buddy()), ("", QPushButton("&Invia"))])
    assert mnemonic_clashes(root) == ["Alt+I: &Indirizzo:, &Invia"]


def test_a_label_without_buddy_has_a_dead_letter(qtbot):
    root = _form(qtbot, [(QLabel("&Nome:"), QLineEdit())])
    assert dead_mnemonics(root) == ["&Nome:"]


def test_mnemonic_letter():
    assert mnemonic("Contatto per la &sicurezza:") == "s"
    assert mnemonic("Ricerca && sostituzione") is None
    assert mnemonic("No mnemonic") is None


def test_two_actions_of_a_menu_on_one_letter_clash(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File")
    menu.addAction("&Elimina account...")
    menu.addAction("&Esci")
    menu.addAction("&Nuovo")
    assert menu_clashes(window.menuBar()) == ["File: Alt+E: &Elimina account..., &Esci"]
