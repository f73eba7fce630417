"""The sort and search key: the quick way for plain ASCII text gives what the full one gives."""

import string
import unicodedata

import pytest

from contact_manager.domain.sorting import _APOSTROPHES, fold


def full_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@pytest.mark.parametrize(
    "text", ["Rossi", "D'Amico", "D`Amico", "ANNA.Rossi+x@Example.COM", string.printable, ""]
)
def test_ascii_text_folds_as_the_full_way_does(text):
    assert fold(text) == full_fold(text)


def test_accents_and_apostrophes_still_fold():
    assert fold("Nicolò") == "nicolo"
    assert fold("D\u2019Amico") == fold("D`Amico") == "d'amico"
    assert fold("ÉLISE") == "elise"
