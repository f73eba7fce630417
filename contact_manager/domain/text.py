"""The seam through which the domain's user-facing text is translated.

The domain may not import Qt, yet its messages must reach the user in their language.
Strings are written as ``translate("Context", "text")`` so that pyside6-lupdate collects
them; at start-up the GUI installs Qt's translator here. Until then text passes unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every domain string through ``translator`` (None restores the source text)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    return _translator(context, text)


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
