"""Reading a database file without changing it: not a byte of it, of its -wal, or of its folder.

SQLite itself writes when it opens a file: it recovers a -wal left by a crash and checkpoints
it into the file when the last connection closes, and even a ``mode=ro`` connection creates
an empty -wal and -shm beside a WAL-mode file. So a file is first looked at here:

- without a -wal beside it (or an empty one), through an ``immutable=1`` connection, which
  takes no lock and creates nothing;
- with a -wal, as the bytes of the file with the WAL's committed frames laid over them, read
  with plain file reads and handed to an in-memory database (``deserialize``).

Only once the file is known to be ours does ``Store.open`` open it for real.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)  # little- and big-endian checksums
WAL_HEADER, FRAME_HEADER = 32, 24


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def read_only_uri(path: Path, *, immutable: bool) -> str:
    """The URI that opens ``path`` for reading only (``immutable``: no locks, no -wal, no -shm)."""
    return f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"


def _writable(path: Path) -> bool:
    """Writable by this process, and not marked read-only (no write bit: root honours it too)."""
    try:
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)
    except OSError:
        return False


def is_read_only(path: Path) -> bool:
    """An existing database file that can only be read: the file, or its folder, is not writable.

    SQLite needs the folder too, for its -wal, -shm and journal files.
    """
    return path.exists() and not (_writable(path) and _writable(path.parent))


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def committed_frames(wal: bytes) -> tuple[dict[int, bytes], int] | None:
    """The pages the WAL's committed transactions hold, and the database size in pages then.

    None when the WAL holds no committed transaction (empty, torn, or from an older
    generation): SQLite would then ignore it too.
    """
    if len(wal) < WAL_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:WAL_HEADER])
    if magic not in WAL_MAGICS or page_size < 512 or page_size & (page_size - 1):
        return None
    big_endian = bool(magic & 1)
    s0, s1 = _checksum(wal[:24], big_endian, 0, 0)
    if (s0, s1) != (c0, c1):
        return None
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    size = 0
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(wal):
        number, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", wal[offset : offset + FRAME_HEADER])
        data = wal[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]
        if (f_salt1, f_salt2) != (salt1, salt2) or number == 0:
            break
        s0, s1 = _checksum(wal[offset : offset + 8], big_endian, s0, s1)
        s0, s1 = _checksum(data, big_endian, s0, s1)
        if (s0, s1) != (f0, f1):
            break
        pending[number] = data
        if commit:
            pages.update(pending)
            pending.clear()
            size = commit
        offset += FRAME_HEADER + page_size
    return (pages, size) if size else None


def committed_image(path: Path) -> bytes | None:
    """The file's bytes as its committed state has them, WAL included; None without a WAL.

    Read twice over when another program restarts the WAL meanwhile, so the frames laid
    over the file are the ones that go with it.
    """
    wal = wal_path(path)
    for _attempt in range(3):
        try:
            before = wal.read_bytes()[:WAL_HEADER] if wal.exists() else b""
            if len(before) < WAL_HEADER:
                return None  # no WAL, or no frame in it: the file is read by SQLite, not here
            main = path.read_bytes()
            frames = wal.read_bytes() if wal.exists() else b""
        except FileNotFoundError:
            continue
        if frames[:WAL_HEADER] == before:
            break
    else:
        return None
    found = committed_frames(frames)
    if found is None:
        return None
    pages, size = found
    page_size = len(next(iter(pages.values())))
    image = bytearray(main[: size * page_size].ljust(size * page_size, b"\x00"))
    for number, data in pages.items():
        if number <= size:
            image[(number - 1) * page_size : number * page_size] = data
    return _as_rollback_file(bytes(image))


def _as_rollback_file(data: bytes) -> bytes:
    image = bytearray(data)
    if image[:16] == SQLITE_MAGIC:
        image[18:20] = b"\x01\x01"  # a copy in memory has no WAL to read
    return bytes(image)


@contextmanager
def reading(path: Path, *, in_memory: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection to what ``path`` holds, that changes nothing on disk.

    ``in_memory`` reads the whole file into memory even without a WAL: SQLite verifies
    CHECK constraints in ``integrity_check`` only on a database it could write.
    sqlite3.DatabaseError ("file is not a database") reaches the caller at the first query
    when the file is no SQLite database.
    """
    image = committed_image(path)
    if image is None and in_memory:
        image = _as_rollback_file(path.read_bytes()) or None  # an empty file: nothing to load
    if image is None:
        connection = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    else:
        connection = sqlite3.connect(":memory:")
        try:
            connection.deserialize(image)
        except (sqlite3.Error, MemoryError) as error:  # MemoryError: what deserialize says of junk
            connection.close()
            raise sqlite3.DatabaseError("file is not a database") from error
    try:
        connection.execute("PRAGMA query_only = 1")
        yield connection
    finally:
        connection.close()
