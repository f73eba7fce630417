"""peewee models over the tables that ``migrations`` creates.

The schema itself (constraints, triggers) lives in the migrations; these classes are how
the services read and write it. They are bound to a database by ``Store.open``.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class FlagField(BooleanField):
    """A yes/no column stored as 0 or 1 on both backends (the portable SQL compares it with 1)."""

    def db_value(self, value: object) -> int | None:
        return None if value is None else int(bool(value))


class BaseModel(Model):
    # peewee adds this primary key itself; declared for the type checker only, no field made here
    id: AutoField[int]

    class Meta:
        database = None
        legacy_table_names = False


class Account(BaseModel):
    name = CharField(max_length=200)
    name_key = CharField(max_length=200, unique=True)
    address = TextField(default="")
    country = CharField(max_length=2, default="")
    phone = CharField(max_length=25, default="")
    website = CharField(max_length=200, default="")
    vat_number = CharField(max_length=30, default="")
    reviewed_on = DateField(null=True)
    notice_language = CharField(max_length=2, default="en")
    version = IntegerField(default=1)
    created_at = DateTimeField()


class User(BaseModel):
    account = ForeignKeyField(Account, backref="users", on_delete="CASCADE")
    account_id: int  # the raw key peewee's foreign key provides alongside ``account``
    first_name = CharField(max_length=100)
    last_name = CharField(max_length=100)
    email = CharField(max_length=254)
    email_key = CharField(max_length=254)
    active = FlagField(default=True)
    job_title = CharField(max_length=100, default="")
    phone = CharField(max_length=25, default="")

    class Meta:
        table_name = "app_user"


class RoleAssignment(BaseModel):
    account = ForeignKeyField(Account, backref="assignments", on_delete="CASCADE")
    account_id: int  # the raw key peewee's foreign key provides alongside ``account``
    role = CharField(max_length=20)
    slot = IntegerField(default=0)
    user = ForeignKeyField(User, null=True, backref="assignments")
    external_email = CharField(max_length=254, null=True)


class HistoryEntry(BaseModel):
    account = ForeignKeyField(Account, backref="history", on_delete="CASCADE")
    at = CharField(max_length=32)  # UTC, ISO 8601
    actor = CharField(max_length=100)
    action = CharField(max_length=40)
    role = CharField(max_length=20, null=True)
    subject = TextField(default="")
    old_value = TextField(null=True)
    new_value = TextField(null=True)

    class Meta:
        table_name = "history"


MODELS = (Account, User, RoleAssignment, HistoryEntry)
