"""Replacing a person in every account: plan it, apply it in one transaction, put it back.

``plan`` reads every account where the person who leaves is a user or holds a role and says
who takes each role over; ``apply`` makes every move (optionally adding the successor where
they are not an active user, and deactivating the person who left), one history row per
account, each account checked against the version the plan saw; ``undo`` puts it all back.
"""

from __future__ import annotations

from contact_manager.domain.contacts import Person
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.history import Action
from contact_manager.domain.replacement import (
    AccountDone,
    AccountPlan,
    AssignmentRow,
    Move,
    NobodyToReplace,
    PlanOutOfDate,
    Replacement,
    ReplacementPlan,
    SamePerson,
    SuccessorMissing,
    SuccessorUnknown,
)
from contact_manager.domain.roles import Role
from contact_manager.services.base import Service, person_of
from contact_manager.services.contacts import ContactService
from contact_manager.store import queries
from contact_manager.store.models import Account, User

# In a plan's ``after`` rows: the successor, whose id is known only once they are added.
SUCCESSOR = -1


class PeopleService(Service):
    # --- planning ---------------------------------------------------------------------

    def plan(self, old_email: str, new_email: str, account_id: int | None = None) -> ReplacementPlan:
        """Every role ``old_email`` holds (in one account, or in all) and who takes it over."""
        old, new = normalize_email(old_email), normalize_email(new_email)
        old_key, new_key = email_key(old), email_key(new)
        if old_key == new_key:
            raise SamePerson(old)
        contacts = ContactService(self.store, self.actor)
        with self.store.read():
            query = Account.select().order_by(Account.name_key)
            if account_id is not None:
                self._account(account_id)
                query = query.where(Account.id == account_id)
            new_person = self._known_as(new_key, new)
            plans, old_name = [], ""
            for account in query:
                plan = self._account_plan(contacts, account, old_key, new_key, new_person)
                if plan is not None:
                    plans.append(plan)
                    old_name = old_name or (plan.moves[0].old.display if plan.moves else "")
            if not plans:
                raise NobodyToReplace(old)
            old_user = User.get_or_none(User.email_key == old_key)
        if old_user is not None:
            old_name = person_of(old_user).display
        return ReplacementPlan(old, new, old_name or old, new_person, tuple(plans))

    def everyone(self) -> list[Person]:
        """Every address of the database once, with its name (an active user's first): the
        successors the replace dialog offers as you type."""
        with self.store.read():
            users = User.select().order_by(User.active.desc(), User.id)
            seen: dict[str, Person] = {}
            for user in users:
                seen.setdefault(user.email_key, Person(user.email, user.first_name, user.last_name))
        return sorted(seen.values(), key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.email))

    def _known_as(self, new_key: str, new: str) -> Person:
        """The successor's name as some account knows it (an active user first)."""
        users = User.select().where(User.email_key == new_key).order_by(User.active.desc(), User.id)
        user = users.first()
        if user is None:
            return Person(email=new)
        return Person(email=user.email, first_name=user.first_name, last_name=user.last_name)

    def _account_plan(
        self, contacts: ContactService, account: Account, old_key: str, new_key: str, new_person: Person
    ) -> AccountPlan | None:
        old_user = User.get_or_none((User.account == account.id) & (User.email_key == old_key))
        successor = User.get_or_none((User.account == account.id) & (User.email_key == new_key))
        sheet = contacts._sheet(account.id)
        held = [(role, p) for role, p in sheet.assignments() if email_key(p.email) == old_key]
        if old_user is None and not held:
            return None
        new_here = person_of(successor) if successor is not None else new_person
        before = self._rows(account.id)
        after: list[AssignmentRow] = []
        billing_holders = {row[2] for row in before if row[0] == Role.BILLING.value}
        moves = []
        for role_value, slot, user_id, external in before:
            is_old = (old_user is not None and user_id == old_user.id) or (
                external is not None and email_key(external) == old_key
            )
            if not is_old:
                after.append((role_value, slot, user_id, external))
                continue
            role = Role(role_value)
            old_person = next(p for r, p in held if r is role)
            twice = role is Role.BILLING and successor is not None and successor.id in billing_holders
            moves.append(Move(account.id, account.name, role, old_person, new_here, already_held=twice))
            if not twice:
                after.append((role_value, slot, SUCCESSOR, None))
        return AccountPlan(
            account_id=account.id,
            account_name=account.name,
            version=account.version,
            moves=tuple(sorted(moves, key=lambda move: list(Role).index(move.role))),
            old_user_id=old_user.id if old_user is not None else None,
            old_active=bool(old_user.active) if old_user is not None else False,
            successor=new_here,
            successor_missing=successor is None or not successor.active,
            before=before,
            after=_reslot(after),
        )

    # --- applying -----------------------------------------------------------------------

    def apply(
        self, plan: ReplacementPlan, *, add_missing: bool = False, deactivate: bool = False
    ) -> Replacement:
        """Make every move of ``plan`` in one transaction; nothing changes if any account
        refuses (changed since the plan, the successor missing without ``add_missing``)."""
        missing = plan.missing
        if missing and not add_missing:
            raise SuccessorMissing(plan.new_email, [a.account_name for a in missing])
        if any(a.successor.user_id is None for a in missing) and plan.new_person.name is None:
            raise SuccessorUnknown(plan.new_email)
        done = []
        with self.store.transaction():
            for account in plan.accounts:
                leaves = deactivate and account.old_user_id is not None and account.old_active
                if not account.moves and not leaves:
                    continue
                done.append(self._apply_account(plan, account, leaves))
        return Replacement(plan.old_email, plan.new_email, plan.moves, tuple(done))

    def _apply_account(self, plan: ReplacementPlan, account: AccountPlan, leaves: bool) -> AccountDone:
        row = queries.account_row(self.store.db, account.account_id, lock=self.store.locks_rows)
        if row is None or row[2] != account.version or self._rows(account.account_id) != account.before:
            raise PlanOutOfDate(account.account_name)
        version = self._touch(account.account_id, account.version)
        successor_id, added, reactivated = account.successor.user_id, None, None
        if account.moves and successor_id is None:
            user = User.create(
                account=account.account_id,
                first_name=plan.new_person.first_name,
                last_name=plan.new_person.last_name,
                email=plan.new_email,
                email_key=email_key(plan.new_email),
            )
            successor_id = added = user.id
        elif account.moves and account.successor_missing:
            User.update(active=True).where(User.id == successor_id).execute()
            reactivated = successor_id
        after = [(r, s, successor_id if u == SUCCESSOR else u, e) for r, s, u, e in account.after]
        self._write_rows(account.account_id, account.before, tuple(after))
        if leaves:
            User.update(active=False).where(User.id == account.old_user_id).execute()
        old = account.moves[0].old.display if account.moves else plan.old_name
        if account.moves:
            roles = _distinct_roles(account.moves)
            self._record(
                account.account_id,
                Action.PERSON_REPLACE,
                role=roles[0] if len(roles) == 1 else None,
                subject=",".join(role.value for role in roles),
                old=old,
                new=account.successor.display,
            )
        else:
            self._record(account.account_id, Action.USER_DEACTIVATE, subject=plan.old_email, old=old)
        return AccountDone(
            account_id=account.account_id,
            account_name=account.account_name,
            version=version,
            before=account.before,
            old_user_id=account.old_user_id,
            deactivated=leaves,
            added_user_id=added,
            reactivated_user_id=reactivated,
        )

    # --- putting it back ------------------------------------------------------------------

    def undo(self, replacement: Replacement) -> None:
        """Put every account back as it was before ``replacement``, in one transaction;
        refused (Conflict, nothing changed) if any of them changed since."""
        with self.store.transaction():
            for account in replacement.accounts:
                self._touch(account.account_id, account.version)
                if account.deactivated:
                    User.update(active=True).where(User.id == account.old_user_id).execute()
                self._write_rows(account.account_id, self._rows(account.account_id), account.before)
                if account.added_user_id is not None:
                    User.delete().where(User.id == account.added_user_id).execute()
                if account.reactivated_user_id is not None:
                    User.update(active=False).where(User.id == account.reactivated_user_id).execute()
                self._record(
                    account.account_id,
                    Action.PERSON_REPLACE_UNDO,
                    subject=replacement.old_email,
                    old=replacement.new_email,
                    new=replacement.old_email,
                )

    # --- rows -----------------------------------------------------------------------------

    def _rows(self, account_id: int) -> tuple[AssignmentRow, ...]:
        cursor = self.store.db.execute_sql(
            "SELECT role, slot, user_id, external_email FROM role_assignment "
            "WHERE account_id = ? ORDER BY role, slot",
            (account_id,),
        )
        return tuple(tuple(row) for row in cursor.fetchall())

    def _write_rows(
        self, account_id: int, current: tuple[AssignmentRow, ...], target: tuple[AssignmentRow, ...]
    ) -> None:
        """Make the account's role rows ``target``: single roles updated in place (the
        primary contact is never deleted), the billing rows written again."""
        db = self.store.db
        now = {(r, s): (u, e) for r, s, u, e in current if r != Role.BILLING.value}
        wanted = {(r, s): (u, e) for r, s, u, e in target if r != Role.BILLING.value}
        for (role, slot), holder in now.items():
            if (role, slot) not in wanted:
                db.execute_sql(
                    "DELETE FROM role_assignment WHERE account_id = ? AND role = ? AND slot = ?",
                    (account_id, role, slot),
                )
            elif wanted[(role, slot)] != holder:
                db.execute_sql(
                    "UPDATE role_assignment SET user_id = ?, external_email = ? "
                    "WHERE account_id = ? AND role = ? AND slot = ?",
                    (*wanted[(role, slot)], account_id, role, slot),
                )
        for (role, slot), (user_id, external) in wanted.items():
            if (role, slot) not in now:
                db.execute_sql(
                    "INSERT INTO role_assignment (account_id, role, slot, user_id, external_email) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (account_id, role, slot, user_id, external),
                )
        billing_now = [row for row in current if row[0] == Role.BILLING.value]
        billing_wanted = [row for row in target if row[0] == Role.BILLING.value]
        if billing_now != billing_wanted:
            db.execute_sql(
                "DELETE FROM role_assignment WHERE account_id = ? AND role = ?",
                (account_id, Role.BILLING.value),
            )
            for role, slot, user_id, external in billing_wanted:
                db.execute_sql(
                    "INSERT INTO role_assignment (account_id, role, slot, user_id, external_email) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (account_id, role, slot, user_id, external),
                )


def _reslot(rows: list[AssignmentRow]) -> tuple[AssignmentRow, ...]:
    """The billing rows numbered 0, 1, 2 again once one is removed."""
    billing = iter(range(3))
    return tuple((r, next(billing) if r == Role.BILLING.value else s, u, e) for r, s, u, e in rows)


def _distinct_roles(moves: tuple[Move, ...]) -> list[Role]:
    roles: list[Role] = []
    for move in moves:
        if move.role not in roles:
            roles.append(move.role)
    return sorted(roles, key=list(Role).index)
