"""Country names follow the language, sorted as its readers expect."""

from __future__ import annotations

from contact_manager import language
from contact_manager.domain import countries
from contact_manager.domain.company import clean_field


def test_every_code_is_a_valid_stored_country():
    assert len(countries.NAMES) > 240
    for code in countries.NAMES:
        assert clean_field("country", code) == code


def test_names_are_english_without_translation():
    assert countries.name("DE") == "Germany"
    assert countries.name("it") == "Italy"
    assert countries.name("ZZ") == "ZZ"


def test_names_and_order_are_italian_in_italian(qapp):
    language.install(qapp, "it")
    assert countries.name("DE") == "Germania"
    assert countries.name("CH") == "Svizzera"
    names = [name for _code, name in countries.choices()]
    assert names.index("Austria") < names.index("Città del Vaticano") < names.index("Germania")
    assert names.index("Isole Åland") < names.index("Isole Cayman")  # the ring does not sort last
    language.switch(qapp, "en")
    assert countries.name("DE") == "Germany"


def test_sort_key_ignores_accents_and_case():
    assert countries.sort_key("Åland") == countries.sort_key("aland")
    assert sorted(["Zambia", "Éire", "Egitto"], key=countries.sort_key) == ["Egitto", "Éire", "Zambia"]
