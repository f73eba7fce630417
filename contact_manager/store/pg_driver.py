"""peewee without the PostgreSQL driver until a server's database is opened.

peewee imports psycopg (and with it libpq and its libraries) at its own import whenever
psycopg is installed: 16 MiB and a fifth of a second at every start, for a file that never
needs it. ``hide_from_peewee`` (run when the store package is first imported) keeps psycopg
out of peewee's import; ``give_to_peewee`` sets what that import would have set, before
``server.open_database`` makes a server's database. Nothing else changes: code that imports
psycopg itself (the server's errors and readers) gets it as usual.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType


class _PeeweeAlone:
    """Finds peewee as Python would, and runs its import with psycopg hidden (a finder needs
    only ``find_spec``: no ``importlib.abc`` base, whose import costs the start 2 ms)."""

    def find_spec(self, name: str, path=None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name != "peewee":
            return None
        sys.meta_path.remove(self)  # once: peewee is imported once
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            hidden = "psycopg" not in sys.modules
            if hidden:
                sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" raises ImportError
            try:
                run(module)
            finally:
                if hidden and sys.modules.get("psycopg", ...) is None:
                    del sys.modules["psycopg"]

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def hide_from_peewee() -> None:
    if "peewee" not in sys.modules and not any(isinstance(f, _PeeweeAlone) for f in sys.meta_path):
        sys.meta_path.insert(0, _PeeweeAlone())


def give_to_peewee() -> None:
    """Hand peewee the psycopg its import did not see (nothing when it saw it)."""
    import peewee

    if getattr(peewee, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    # the names peewee's module and its adapter's class body set when psycopg is there
    given = {"psycopg": psycopg, "TransactionStatus": TransactionStatus, "Json_pg3": Json, "Jsonb_pg3": Jsonb}
    for name, value in given.items():
        setattr(peewee, name, value)
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
