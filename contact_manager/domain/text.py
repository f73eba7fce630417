"""The seam through which the domain's user-facing text is translated.

The domain may not import Qt, yet its messages must reach the user in their language.
Strings are written as ``translate("Context", "text")`` so that pyside6-lupdate collects
them; at start-up the GUI installs Qt's translator here. Until then text passes unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
# (context, text, disambiguation, n) -> the plural form for n, as QCoreApplication.translate.
PluralTranslator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str) -> str:
    return text


def _plural_identity(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The English source's own forms when no catalogue is loaded: "user(s)" -> user/users."""
    return text.replace("(s)", "" if n == 1 else "s")


_translator: Translator = _identity
_plural: PluralTranslator = _plural_identity


def install_translator(translator: Translator | None, plural: PluralTranslator | None = None) -> None:
    """Route every domain string through ``translator`` (None restores the source text), and
    the ``%n`` strings through ``plural``."""
    global _translator, _plural
    _translator = translator or _identity
    _plural = plural or _plural_identity


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; with ``n``, the plural form for n, ``%n`` filled in
    (the same signature as QCoreApplication.translate, so lupdate reads the plural forms)."""
    if n < 0:
        return _translator(context, text)
    found = _plural(context, text, disambiguation, n)
    if found == text:  # not in the catalogue: the source's own English forms
        found = _plural_identity(context, text, disambiguation, n)
    return found.replace("%n", str(n))


class Context:
    """Plural forms in one translation context: ``Import = Context("Import")``, then
    ``Import.tr("Imported %n user(s)", "", count)``.

    lupdate reads a ``NAME.tr(text, disambiguation, n)`` call as a plural message of the
    context NAME: bind the object to a name spelled as its context.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(self.name, text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Mark ``text`` for lupdate without translating it now."""
    return text


# --- control characters ---------------------------------------------------------------------
# A name, title or address is one line of visible text. What a terminal or a vCard reader
# would act on (ESC, BEL, the C1 controls, DEL, line and paragraph separators, bidi
# overrides) has no place in it: input drops it, output shows it escaped.

_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))) + "\u2028\u2029" + _BIDI_CONTROLS
# Those that are whitespace (tab, line breaks, NEL, U+2028...) become spaces; the rest go.
_DROP = str.maketrans({char: (" " if char.isspace() else None) for char in _CONTROLS})
_ESCAPES = {
    ord(char): (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}") for char in _CONTROLS
}


def clean_text(text: str | None) -> str:
    """One line of text as the app stores it: control characters dropped, spaces collapsed.

    Every field a person types or a file brings (names, titles, phones, company details)
    goes through this, so ``users add``, the import and the window keep the same text.
    Line breaks and tabs become spaces, other controls disappear, runs of spaces become one.
    """
    if text and text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # the usual case, answered at once: printable text has no control character and no
        # whitespace but the ASCII space (str.isprintable), so there is nothing to change
        return text
    return " ".join(without_controls(text).split())


def without_controls(text: str | None) -> str:
    """``text`` with whitespace controls (tab, line breaks...) as spaces and the rest dropped."""
    return (text or "").translate(_DROP)


_CONTROL_SET = frozenset(_CONTROLS)
# json.dumps escapes C0 controls inside strings, and its own indentation is line breaks.
_JSON_ESCAPES = {ord(char): f"\\u{ord(char):04x}" for char in _CONTROLS if ord(char) >= 0x7F}


def has_controls(text: str) -> bool:
    return not _CONTROL_SET.isdisjoint(text)


def printable(text: str, *, json: bool = False) -> str:
    """``text`` safe to print on a terminal: every control character shown as an escape
    (ESC as ``\\x1b``, U+2028 as ``\\u2028``), so stored data can't retitle or clear it.

    ``json``: for the text json.dumps made, escapes valid in it (``\\u0085``).
    """
    if not has_controls(text):
        return text
    return text.translate(_JSON_ESCAPES if json else _ESCAPES)
