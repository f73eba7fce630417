"""What the user named as the database: a file path, a ``sqlite:///`` URL, or a server URL.

Pure, so that both front ends and the store read a name the same way, and start-up can look
at it (does the file exist yet?) without loading peewee.
"""

from __future__ import annotations

import os
from pathlib import Path


def parse_target(target: str | os.PathLike[str]) -> tuple[str, Path | None]:
    """Split what the user named into (url, sqlite path or None)."""
    text = os.fspath(target)
    if "://" not in text:
        return "", Path(text).expanduser()
    if text.startswith("sqlite:///"):
        return "", Path(text[len("sqlite:///") :]).expanduser()
    return text, None
