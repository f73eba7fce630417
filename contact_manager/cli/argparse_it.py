"""argparse's own words ("usage:", "options", its errors) in the messages' language.

argparse looks its texts up through ``gettext`` at the moment it prints them (the module's
``_`` and ``ngettext``). ``install()`` points those two names at the app's translations, so
``--lang it`` gives "uso:", "opzioni" and "sono obbligatori i seguenti argomenti: ..." like
the rest of the command line. Texts not listed here (the errors of a program that builds
its parser wrongly) pass unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

CONTEXT = "Argparse"
MESSAGES = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "subcommands"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)
_KNOWN = frozenset(MESSAGES)


def gettext(message: str) -> str:
    return translate(CONTEXT, message) if message in _KNOWN else message


def ngettext(singular: str, plural: str, count: int) -> str:
    return gettext(singular if count == 1 else plural)


_ORIGINAL_VERSION_INIT = argparse._VersionAction.__init__


def _version_init(
    self: argparse._VersionAction,
    option_strings: Sequence[str],
    version: str | None = None,
    dest: str = argparse.SUPPRESS,
    default: str = argparse.SUPPRESS,
    help: str | None = None,
    **kw: bool,  # what later Pythons add (``deprecated``), passed on as given
) -> None:
    """``--version``'s help translated: argparse 3.11 writes it as a default, not through ``_``."""
    help = help or gettext("show program's version number and exit")
    _ORIGINAL_VERSION_INIT(self, option_strings, version=version, dest=dest, default=default, help=help, **kw)


def install() -> None:
    """Route argparse's texts through the app's translations; call before building a parser
    (a parser registers its --version action when it is made)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    argparse._VersionAction.__init__ = _version_init  # type: ignore[method-assign]
