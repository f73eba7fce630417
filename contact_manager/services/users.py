"""The users of an account: adding, editing, and people leaving."""

from __future__ import annotations

import builtins

from contact_manager.domain import contacts as rules
from contact_manager.domain.company import clean_optional, clean_person_name
from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import DuplicateEmail, NotFound
from contact_manager.domain.history import Action
from contact_manager.domain.roles import OUTSIDE_ADDRESS_ROLES, Role
from contact_manager.domain.sorting import person_key
from contact_manager.services import user_rows
from contact_manager.services.base import Service, person_from_row, person_of
from contact_manager.services.contacts import ContactService
from contact_manager.services.user_rows import UserRows
from contact_manager.store import queries
from contact_manager.store.models import RoleAssignment, User


class UserService(Service):
    def list(self, account_id: int, *, include_inactive: bool = True) -> list[Person]:
        """The account's users by name; a value that can't be read is marked (person.damage)."""
        with self.store.read():
            self._account(account_id)
            rows = queries.user_rows(self.store.db, account_id, include_inactive=include_inactive)
            people = [person_from_row(row) for row in rows]
        return sorted(people, key=lambda p: person_key(p.last_name, p.first_name, p.email))

    def picker_rows(self, account_id: int) -> builtins.list[tuple[int, str, str, str, int]]:
        """(id, first, last, email, active) of every user, sorted: what the pickers show.

        The hot read of a large account, so it goes through one plain query. A value that
        can't be read comes as DamagedText (a text to show marked; see domain.damage).
        """
        with self.store.read():  # a storage problem (a damaged page) becomes its one sentence
            cursor = self.store.db.execute_sql(
                "SELECT id, first_name, last_name, email, active FROM app_user "
                "WHERE account_id = ? ORDER BY last_name, first_name, email_key",
                (account_id,),
            )
            rows = cursor.fetchall()
        for index, (user_id, first, last, email, active) in enumerate(rows):
            if not (type(first) is str and type(last) is str and type(email) is str and active in (0, 1)):
                person = person_from_row((user_id, first, last, email, active, "", ""))
                rows[index] = (user_id, person.first_name, person.last_name, person.email, int(person.active))
        return sorted(rows, key=lambda row: person_key(row[2], row[1], row[3]))

    def get(self, account_id: int, user_id: int) -> Person:
        with self.store.read():
            return person_of(self._user(account_id, user_id))

    def find(self, account_id: int, email: str) -> Person:
        with self.store.read():
            return person_of(self._require_by_email(account_id, email))

    def add(
        self,
        account_id: int,
        first_name: str,
        last_name: str,
        email: str,
        *,
        job_title: str = "",
        phone: str = "",
        expected_version: int | None = None,
    ) -> Person:
        new = Person(email, first_name, last_name, job_title=job_title, phone=phone)
        return self.restore(account_id, new, expected_version)

    def restore(self, account_id: int, person: Person, expected_version: int | None = None) -> Person:
        """Add ``person``, with their own id when they have one and it is free (the redo of an add)."""
        columns = _clean(person.first_name, person.last_name, person.email, person.job_title, person.phone)
        address = columns["email"]
        with self.store.transaction():
            self._account(account_id, expected_version)
            if self._user_by_email(account_id, address) is not None:
                raise DuplicateEmail(address)
            self._touch(account_id, expected_version)
            values: dict[str, object] = dict(
                columns, account=account_id, email_key=email_key(address), active=person.active
            )
            if person.user_id is not None and User.get_or_none(User.id == person.user_id) is None:
                values["id"] = person.user_id
            user = User.create(**values)
            back = person_of(user)
            self._record(account_id, Action.USER_ADD, subject=back.email, new=back.display)
            self._adopt_security_address(account_id, back)
            return back

    def edit(
        self,
        account_id: int,
        user_id: int,
        *,
        first_name: str,
        last_name: str,
        email: str,
        job_title: str = "",
        phone: str = "",
        expected_version: int | None = None,
    ) -> Person:
        values = _clean(first_name, last_name, email, job_title, phone)
        address = values["email"]
        with self.store.transaction():
            self._account(account_id, expected_version)
            user = self._user(account_id, user_id)
            same = self._user_by_email(account_id, address)
            if same is not None and same.id != user_id:
                raise DuplicateEmail(address)
            before = person_of(user)
            if all(getattr(user, k) == v for k, v in values.items()):
                return before
            self._touch(account_id, expected_version)
            User.update(email_key=email_key(address), **values).where(User.id == user_id).execute()
            after = person_of(User.get_by_id(user_id))
            self._record(
                account_id, Action.USER_EDIT, subject=after.email, old=_describe(before), new=_describe(after)
            )
            self._adopt_security_address(account_id, after)
            return after

    def deactivate(self, account_id: int, user_id: int, expected_version: int | None = None) -> Person:
        return self._set_active(account_id, user_id, False, expected_version)

    def reactivate(self, account_id: int, user_id: int, expected_version: int | None = None) -> Person:
        return self._set_active(account_id, user_id, True, expected_version)

    def remove(self, account_id: int, user_id: int, expected_version: int | None = None) -> Person:
        """Remove a user; refused, naming every role, while they hold any."""
        with self.store.transaction():
            sheet = ContactService(self.store, self.actor)._sheet(account_id, expected_version)
            person = person_of(self._user(account_id, user_id))
            rules.check_can_leave(sheet, person, "remove")
            self._touch(account_id, expected_version)
            User.delete().where(User.id == user_id).execute()
            self._record(account_id, Action.USER_REMOVE, subject=person.email, old=person.display)
            return person

    def _set_active(
        self, account_id: int, user_id: int, active: bool, expected_version: int | None
    ) -> Person:
        with self.store.transaction():
            self._account(account_id, expected_version)
            person = person_of(self._user(account_id, user_id))
            if person.active == active:
                return person
            if not active:
                sheet = ContactService(self.store, self.actor)._sheet(account_id)
                rules.check_can_leave(sheet, person, "deactivate")
            self._touch(account_id, expected_version)
            User.update(active=active).where(User.id == user_id).execute()
            action = Action.USER_REACTIVATE if active else Action.USER_DEACTIVATE
            self._record(account_id, action, subject=person.email)
            return person_of(User.get_by_id(user_id))

    def _adopt_security_address(self, account_id: int, person: Person) -> None:
        """An outside address (the security contact's) that is now this user's becomes this user:
        the rule of set_role_by_email, kept when the user arrives after the address."""
        rows = RoleAssignment.select().where(
            (RoleAssignment.account == account_id)
            & RoleAssignment.role.in_([role.value for role in OUTSIDE_ADDRESS_ROLES])
            & RoleAssignment.external_email.is_null(False)
        )
        for row in rows:
            # the query asks for a set address, so external_email is never None here
            if row.external_email is None or email_key(row.external_email) != email_key(person.email):
                continue
            RoleAssignment.update(user=person.user_id, external_email=None).where(
                RoleAssignment.id == row.id
            ).execute()
            self._record(
                account_id,
                Action.CONTACT_SET,
                role=Role(row.role),
                old=row.external_email,
                new=person.display,
            )

    def _require_by_email(self, account_id: int, email: str) -> User:
        self._account(account_id)
        user = self._user_by_email(account_id, email)
        if user is None:
            raise NotFound("user", normalize_email(email))
        return user


def _describe(person: Person) -> str:
    extras = [x for x in (person.job_title, person.phone) if x]
    return person.display + (f" ({', '.join(extras)})" if extras else "")


def _clean(first_name: str, last_name: str, email: str, job_title: str, phone: str) -> dict[str, str]:
    """A user's columns as stored, or the refusal of the first field that is wrong."""
    first, last = clean_person_name(first_name, last_name)
    return {
        "first_name": first,
        "last_name": last,
        "email": normalize_email(email),
        "job_title": clean_optional("job_title", job_title),
        "phone": clean_optional("phone", phone),
    }


class UserRowsService(Service):
    """The account's users as one ``UserRows`` (``services/user_rows.py``): what the user
    boxes and the Users tab show."""

    def read(self, account_id: int) -> UserRows:
        """The account's UserRows on the store's connection (a storage problem: its one sentence)."""
        with self.store.read():
            self._account(account_id)
            read = queries.user_rows(self.store.db, account_id)
        return user_rows.build(list(read))

    def has_at_least(self, account_id: int, number: int) -> bool:
        """Whether the account has ``number`` users or more (``number`` index entries read)."""
        with self.store.read():
            return queries.user_count_up_to(self.store.db, account_id, number) >= number
