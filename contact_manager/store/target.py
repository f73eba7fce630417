"""What the user named as the database: a file path, a ``sqlite:///`` URL, or a server URL.

Kept apart from the connection code so that start-up can look at the name (does the file
exist yet?) without loading peewee. ``redact`` is how a server URL is shown anywhere (a
message, a title, a log): without its password, which is never stored in a URL either.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SERVER_SCHEMES = ("postgresql", "postgres")


def parse_target(target: str | os.PathLike[str]) -> tuple[str, Path | None]:
    """Split what the user named into (url, sqlite path or None)."""
    text = os.fspath(target)
    if "://" not in text:
        return "", Path(text).expanduser()
    if text.startswith("sqlite:///"):
        return "", Path(text[len("sqlite:///") :]).expanduser()
    return text, None


def is_server(target: str | os.PathLike[str]) -> bool:
    """Whether ``target`` names a PostgreSQL server database (``postgresql://...``)."""
    text = os.fspath(target)
    return text.split("://", 1)[0].lower() in SERVER_SCHEMES and "://" in text


def redact(text: str) -> str:
    """``text`` (a URL) as it may be shown: a password in it, in the user part or as a
    ``password=`` option, is replaced by ``***``. Anything that is not a URL is left as is."""
    if "://" not in text:
        return text
    try:
        parts = urlsplit(text)
        netloc = parts.netloc
        if "@" in netloc:
            user, host = netloc.rsplit("@", 1)
            if ":" in user:
                user = user.split(":", 1)[0] + ":***"
            netloc = f"{user}@{host}"
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            if any(key.lower() == "password" for key, _ in pairs):
                query = urlencode([(k, "***" if k.lower() == "password" else v) for k, v in pairs], safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:  # not even a URL's shape (an unclosed [ in the host): show nothing of it
        return text.split("://", 1)[0] + "://***"


def without_password(url: str) -> str:
    """``url`` with any password taken out (user part and ``password=`` option): the form that
    may be stored. The password itself comes from the keyring, ~/.pgpass or PGPASSWORD."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "password"]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(pairs), parts.fragment))
