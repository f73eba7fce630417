"""Who is this person? Every role one address holds, across all accounts of the database."""

from __future__ import annotations

from dataclasses import dataclass

from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.roles import Role
from contact_manager.domain.sorting import person_key
from contact_manager.services.base import Service, person_from_row, person_of
from contact_manager.store import queries
from contact_manager.store.models import Account, RoleAssignment, User

_ORDER = list(Role)
_ROLE_VALUES = frozenset(role.value for role in Role)


@dataclass(frozen=True)
class Holding:
    """How one address appears in one account: as a user (maybe with roles) or outside."""

    account_id: int
    account_name: str
    person: Person
    roles: tuple[Role, ...]


class DirectoryService(Service):
    def person(self, email: str) -> list[Holding]:
        """Every account where ``email`` is a user or the outside security contact, by name."""
        key = email_key(normalize_email(email))
        holdings: dict[int, tuple[str, Person, list[Role]]] = {}
        with self.store.read():
            users = User.select(User, Account).join(Account).where(User.email_key == key)
            for user in users:
                holdings[user.account_id] = (user.account.name, person_of(user), [])
            user_ids = [user.id for user in users]
            held = RoleAssignment.select().where(RoleAssignment.user.in_(user_ids)) if user_ids else []
            for row in held:
                if row.role in _ROLE_VALUES:  # a damaged role is left out (the sheet reports it)
                    holdings[row.account_id][2].append(Role(row.role))
            outside = (
                RoleAssignment.select(RoleAssignment, Account)
                .join(Account)
                .where(RoleAssignment.external_email.is_null(False))
            )
            for row in outside:
                if (
                    row.external_email is not None  # never, by the query: narrows the type
                    and row.role in _ROLE_VALUES
                    and email_key(str(row.external_email)) == key
                ):
                    name, person, roles = holdings.setdefault(
                        row.account_id, (row.account.name, Person(email=row.external_email), [])
                    )
                    roles.append(Role(row.role))
        result = [
            Holding(account_id, name, person, tuple(sorted(roles, key=_ORDER.index)))
            for account_id, (name, person, roles) in holdings.items()
        ]
        return sorted(result, key=lambda h: (h.account_name.casefold(), h.account_id))

    def account_people(self, account_id: int) -> list[Person]:
        """Every user of the account, like ``users.list`` but through one plain query, for the
        Users tab of a large account."""
        with self.store.read():
            self._account(account_id)
            people = [person_from_row(row) for row in queries.user_rows(self.store.db, account_id)]
        return sorted(people, key=lambda p: person_key(p.last_name, p.first_name, p.email))
