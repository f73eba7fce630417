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
