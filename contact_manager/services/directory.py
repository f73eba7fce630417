"""Who is this person? Every role one address holds, across all accounts of the database."""

from __future__ import annotations

from dataclasses import dataclass

from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.roles import Role
from contact_manager.domain.sorting import person_key
from contact_manager.services.base import Service, person_of
from contact_manager.store.models import Account, RoleAssignment, User

_ORDER = list(Role)


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
                holdings[row.account_id][2].append(Role(row.role))
            outside = (
                RoleAssignment.select(RoleAssignment, Account)
                .join(Account)
                .where(RoleAssignment.external_email.is_null(False))
            )
            for row in outside:
                if email_key(row.external_email) == key:
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
            cursor = self.store.db.execute_sql(
                "SELECT id, first_name, last_name, email, active, job_title, phone FROM app_user "
                "WHERE account_id = ? ORDER BY last_name, first_name, email_key",
                (account_id,),
            )
            people = [
                Person(
                    email=email,
                    first_name=first,
                    last_name=last,
                    user_id=user_id,
                    active=bool(active),
                    job_title=title,
                    phone=phone,
                )
                for user_id, first, last, email, active, title, phone in cursor.fetchall()
            ]
        return sorted(people, key=lambda p: person_key(p.last_name, p.first_name, p.email))
