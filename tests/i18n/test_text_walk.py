"""The read-back of a window's texts finds a string left in English, and only that."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tests.i18n.text_walk import left_in_english, texts


def _window(qtbot, *widgets):
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(root)
    return root


def test_texts_are_keyed_by_object_name(qtbot):
    title = QLabel("Billing contacts", objectName="title")
    root = _window(qtbot, title, QPushButton("&Save", objectName="save"))
    found = texts(root)
    assert found["title:text"] == "Billing contacts"
    assert found["save:text"] == "&Save"


def test_only_untranslated_interface_text_is_reported():
    english = {
        "a": "Billing contacts",
        "b": "Anna Rossi <anna@acme.example>",
        "c": "Email",
        "d": "Hard-coded English",
        "e": "Contact Manager — Acme S.p.A.",
    }
    italian = dict(english, a="Contatti di fatturazione")
    data = ["Anna Rossi <anna@acme.example>", "Acme S.p.A."]
    same = ["Email", "Contact Manager — {account}"]
    assert left_in_english(english, italian, data, same) == ["d: 'Hard-coded English'"]
