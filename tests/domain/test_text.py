"""The one cleaning of typed and imported text, and the escaping of what is printed."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from contact_manager.domain.company import clean_field, clean_optional, clean_person_name
from contact_manager.domain.text import clean_text, has_controls, printable

HOSTILE = "An\x1b]0;pwned\x07na\u2028 \x85Ros\u202esi\x9b2J\x7f"


def test_clean_text_drops_controls_and_makes_line_breaks_spaces():
    assert clean_text(HOSTILE) == "An]0;pwnedna Rossi2J"
    assert clean_text("  Anna\t\r\nMaria\x0b\x0cRossi ") == "Anna Maria Rossi"
    assert clean_text(None) == ""


def test_every_field_cleaner_uses_it():
    assert clean_person_name(HOSTILE, "B\x1bianchi") == ("An]0;pwnedna Rossi2J", "Bianchi")
    assert clean_optional("job_title", "C\x07FO\u2029", 100) == "CFO"
    assert clean_field("address", "Via Roma 1\x1b[2J\n20100 Milano") == "Via Roma 1[2J 20100 Milano"
    assert clean_field("name", "Acme\x07 S.p.A.") == "Acme S.p.A."


@given(st.text())
def test_cleaned_text_never_holds_a_control_character(text):
    cleaned = clean_text(text)
    assert not has_controls(cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert clean_text(cleaned) == cleaned


def test_printable_shows_controls_as_escapes():
    assert printable("a\x1b[2Jb\x07") == "a\\x1b[2Jb\\x07"
    assert printable("x\u2028y\x85z\u202e") == "x\\u2028y\\x85z\\u202e"
    assert printable("Niccol\u00f2 D\u2019Amico") == "Niccol\u00f2 D\u2019Amico"


@given(st.text())
def test_printed_text_never_holds_a_control_character(text):
    assert not has_controls(printable(text))


@given(st.dictionaries(st.text(), st.text()))
def test_json_stays_json_with_its_controls_escaped(value):
    text = printable(json.dumps(value, indent=2, ensure_ascii=False), json=True)
    assert json.loads(text) == value
    assert not has_controls(text.replace("\n", ""))


@given(st.text())
def test_clean_text_is_one_line_without_controls_and_single_spaces(text):
    """Whatever the text (the usual printable one is answered without rebuilding it)."""
    from contact_manager.domain.text import without_controls

    cleaned = clean_text(text)
    assert cleaned == " ".join(without_controls(text).split())
    assert not has_controls(cleaned) and "  " not in cleaned and cleaned == cleaned.strip()
