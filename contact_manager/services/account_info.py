"""An account's row as the services give it: ``AccountInfo``, made from the stored values.

No peewee here: the window's first look (``services/first_look.py``) makes one from a row it
read with plain SQL, the services (``services/accounts.py``) from the account's model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from contact_manager.domain.company import FIELDS, CompanyDetails
from contact_manager.domain.damage import Damage
from contact_manager.store import queries
from contact_manager.store.decoding import RowReader

COLUMNS = queries.ACCOUNT_COLUMNS  # the values ``account_info`` reads


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    version: int
    details: CompanyDetails
    reviewed_on: str | None
    # values of the account's row that could not be read (shown marked): see domain.damage
    damage: tuple[Damage, ...] = field(default=(), compare=False)


def account_info(values: Mapping[str, object]) -> AccountInfo:
    """The account whose stored ``values`` (by column name, ``COLUMNS``) these are; a value
    that can't be read is shown marked and noted in ``damage``."""
    account_id = values["id"]
    assert type(account_id) is int  # an account found by its id
    read = RowReader("account", account_id)
    details = CompanyDetails(**{name: read.text(name, values[name]) for name in FIELDS})
    reviewed = read.day("reviewed_on", values["reviewed_on"])
    version = read.integer("version", values["version"])
    return AccountInfo(
        account_id,
        details.name,
        version,
        details,
        reviewed.isoformat() if reviewed else None,
        tuple(read.damage),
    )
