"""Damaging a database on purpose, the way a disk fault or another program would: values the
schema would refuse, written past its triggers and CHECKs with plain sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

NOT_UTF8 = b"C\xffl\xf2mbo"  # "Colombo" with two bytes that are no UTF-8


def spoil(db: str | Path, sql: str, params: tuple = ()) -> None:
    """Run ``sql`` on ``db`` with every trigger and CHECK out of the way, then put them back."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = 0")
        con.execute("PRAGMA ignore_check_constraints = 1")
        con.execute("BEGIN")
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute(sql, params)
        for _name, text in triggers:
            con.execute(text)
        con.execute("COMMIT")
    finally:
        con.close()


def spoil_text(db: str | Path, table: str, column: str, row_id: int, raw: bytes = NOT_UTF8) -> None:
    """Store ``raw`` bytes as the TEXT of one cell (sqlite3 can't decode them as UTF-8)."""
    spoil(db, f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE id = ?", (raw, row_id))


def corrupt_table_page(db: str | Path, table: str) -> None:
    """Overwrite the first page of ``table``'s b-tree: SQLite then says the image is malformed."""
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        con.close()
    with open(db, "r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\x0d" + b"\xff" * 64)
