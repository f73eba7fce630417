"""Writing the files the app makes: owner-only, and whole or not at all.

Every file the app writes holds personal data (exports, refused rows, the contact sheet, the
history, the log, the settings), so each is created readable and writable by its owner only
(0600), as the database is, whatever the umask. ``atomic_write`` is the one way to write an
export: into a temporary file created 0600 in the same folder, flushed to the disk, then moved
over the chosen name in one step, so a failure (disk full, no permission, a crash) leaves
neither half a file nor the temporary one, and an existing file is either the old one or the
new one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PRIVATE_FILE_MODE = 0o600


def open_private(path: str | os.PathLike[str], flags: int = os.O_WRONLY | os.O_CREAT) -> int:
    """Open (creating if needed) ``path`` owner-only and return the descriptor.

    The mode given to ``os.open`` is narrowed by the umask; ``fchmod`` then makes it exactly
    0600, so a file created here is never wider, and never narrower, whatever the umask.
    """
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    if hasattr(os, "fchmod"):  # POSIX; on Windows the mode bits mean little
        try:
            os.fchmod(descriptor, PRIVATE_FILE_MODE)
        except BaseException:
            os.close(descriptor)
            raise
    return descriptor


def make_private(path: str | os.PathLike[str]) -> None:
    """Narrow an existing file to owner-only (one written by an older version, say)."""
    if os.path.isfile(path) and os.stat(path).st_mode & 0o777 != PRIVATE_FILE_MODE:
        os.chmod(path, PRIVATE_FILE_MODE)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders can't be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary owner-only file beside ``path`` for a writer that wants a file name (Qt's
    printer); once the block ends without error it is flushed and moved onto ``path``."""
    target = Path(path)
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    temporary = Path(name)
    try:
        os.close(descriptor)
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, PRIVATE_FILE_MODE)  # the writer may have made the file anew
        os.replace(temporary, target)
        _sync_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, encoding: str | None = "utf-8", newline: str | None = ""
) -> Iterator[IO]:
    """``with atomic_write(path) as stream: ...`` writes ``path`` whole or not at all, 0600.

    ``encoding=None`` opens the stream in binary mode. ``newline=""`` (the default) writes
    line ends as given, which CSV and vCard need.
    """
    target = Path(path)
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    temporary = Path(name)  # mkstemp creates it 0600 whatever the umask
    try:
        try:
            if encoding is None:
                stream: IO = os.fdopen(descriptor, "wb")
            else:
                stream = os.fdopen(descriptor, "w", encoding=encoding, newline=newline)
        except BaseException:
            os.close(descriptor)
            raise
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        _sync_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomically(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` with ``atomic_write``; return the path."""
    with atomic_write(path, encoding=encoding) as stream:
        stream.write(text)
    return Path(path)
