"""Office database passwords, kept in the system's password store (``keyring``) and nowhere else.

A password is stored under ``user@host:port/database`` (``key_for``), never in a URL, the
settings, a log or the history. Without a usable password store (none installed, locked,
refused, a broken backend) there is simply no stored password: ``get_password`` answers None
and ``set_password`` / ``delete_password`` say False, never raising. libpq reads
``~/.pgpass`` and ``PGPASSWORD`` on its own, so those need nothing here.
"""

from __future__ import annotations

import getpass
import logging
from urllib.parse import unquote, urlsplit, urlunsplit

SERVICE = "Contact Manager"
DEFAULT_PORT = 5432

log = logging.getLogger(__name__)
_session: dict[str, str] = {}  # passwords typed in this run, kept in memory only until it ends


def is_server_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def key_for(url: str) -> str:
    """``user@host:port/database`` of a server URL, with libpq's defaults filled in."""
    parts = urlsplit(url)
    user = unquote(parts.username or "") or _login()
    host = parts.hostname or "localhost"
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:  # not a number: kept as written, the connection will refuse it
        port = DEFAULT_PORT
    database = unquote(parts.path.lstrip("/")) or user
    return f"{user}@{host}:{port}/{database}"


def without_password(url: str) -> tuple[str, str | None]:
    """``url`` with any password taken out of it, and that password (None if it had none)."""
    if not is_server_url(url):
        return url, None
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}")), unquote(parts.password)


def remember_for_session(url: str, password: str) -> None:
    """Use ``password`` for ``url`` until the process ends (typed once at start-up, say)."""
    _session[key_for(url)] = password


def get_password(url: str) -> str | None:
    """The password for the server URL ``url``: one typed in this run, else the one the system
    keyring keeps; None when there is none to be had."""
    typed = _session.get(key_for(url))
    if typed is not None:
        return typed
    try:
        import keyring

        return keyring.get_password(SERVICE, key_for(url))
    except Exception as error:  # no backend, a locked or broken one: no stored password
        log.info("no password from the system keyring: %s", type(error).__name__)
        return None


def set_password(url: str, password: str) -> bool:
    """Store ``password`` for ``url``; False when the system keyring can't keep it."""
    try:
        import keyring

        keyring.set_password(SERVICE, key_for(url), password)
    except Exception as error:  # no backend, a locked or broken one: nothing stored
        log.info("the system keyring did not keep the password: %s", type(error).__name__)
        return False
    return True


def delete_password(url: str) -> bool:
    """Forget the password stored for ``url``; False when there was none or it can't be reached."""
    try:
        import keyring

        keyring.delete_password(SERVICE, key_for(url))
    except Exception as error:  # none stored, or no usable keyring
        log.info("no password removed from the system keyring: %s", type(error).__name__)
        return False
    return True
