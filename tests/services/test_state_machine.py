"""No sequence of service operations breaks the contact rules.

Hypothesis drives random operations against a fresh database per example. Each step says
which refusals the rules allow in the current state: when none applies the change must
succeed, and a refusal must leave no trace (no history row, no version bump, same data).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from contact_manager.domain.errors import (
    BillingCapReached,
    Conflict,
    DuplicateContact,
    DuplicateEmail,
    InvalidEmail,
    NotFound,
    PrimaryRequired,
    UserHoldsRoles,
    UserInactive,
)
from contact_manager.domain.roles import BILLING_CAP, OTHER_ROLES, Role
from contact_manager.services import Services

NAMES = ("Anna", "Luca", "Marta", "Paolo", "Giulia", "Sara")
# Who an operation is about: mostly a user of the account (by position among those added),
# sometimes a user of another account or an id nobody has.
picks = st.sampled_from([*range(8), "other account", "unknown"])
positions = st.integers(min_value=0, max_value=50)
SINGLE_ROLES = (Role.PRIMARY, *OTHER_ROLES)


class ContactRules(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="contact-rules-"))
        self.services = Services.open(str(self.folder / "contacts.db"), actor="machine")
        self.account = self.services.accounts.create("Acme").id
        other = self.services.accounts.create("Other Ltd").id
        self.stranger = self.services.users.add(other, "Sara", "Costa", "sara@other.example").user_id
        # every user ever added to the account, removed ones too; four to start with
        self.added = [
            self.services.users.add(self.account, name, "Start", f"{name}@acme.example").user_id
            for name in NAMES[:4]
        ]
        self.counter = 0
        self.primary_was_set = False

    def teardown(self) -> None:
        self.services.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- reading the state (plain SQL: cheap enough to read around every step) ------------

    def sql(self, query, *params):
        return self.services.store.db.execute_sql(query, params).fetchall()

    def active(self) -> dict[int, bool]:
        """user id -> active, for the users of the account."""
        rows = self.sql("SELECT id, active FROM app_user WHERE account_id = ?", self.account)
        return {uid: bool(active) for uid, active in rows}

    def billing(self) -> list[int]:
        return [
            uid
            for (uid,) in self.sql(
                "SELECT user_id FROM role_assignment WHERE account_id = ? AND role = 'billing' ORDER BY slot",
                self.account,
            )
        ]

    def holds_roles(self, user_id: int) -> bool:
        return bool(self.sql("SELECT 1 FROM role_assignment WHERE user_id = ?", user_id))

    def snapshot(self):
        """(contacts and users, history rows, version) of the account."""
        data = (
            self.sql(
                "SELECT role, slot, user_id, external_email FROM role_assignment "
                "WHERE account_id = ? ORDER BY role, slot",
                self.account,
            ),
            self.sql("SELECT * FROM app_user WHERE account_id = ? ORDER BY id", self.account),
        )
        history = self.sql("SELECT count(*) FROM history WHERE account_id = ?", self.account)[0][0]
        version = self.sql("SELECT version FROM account WHERE id = ?", self.account)[0][0]
        return data, history, version

    def pick(self, index: int | str) -> int:
        if index == "other account":
            return self.stranger
        if index == "unknown":
            return 999_999
        return self.added[index % len(self.added)]

    def attempt(self, change, *allowed):
        """Run ``change``; succeed unless a refusal is allowed; a refusal writes nothing."""
        before = self.snapshot()
        try:
            result = change()
        except allowed:
            assert self.snapshot() == before
            return None
        after = self.snapshot()
        assert not allowed, f"expected one of {allowed}"
        step = 0 if after[0] == before[0] else 1
        assert after[1] == before[1] + step, "one history row per change"
        assert after[2] == before[2] + step, "one version per change"
        return result

    def holder_checks(self, user_id: int) -> list[type[Exception]]:
        """What may refuse giving a role to ``user_id``."""
        active = self.active()
        if user_id not in active:
            return [NotFound]
        return [] if active[user_id] else [UserInactive]

    # --- users --------------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES), copy=st.booleans(), index=positions)
    def add_user(self, name, copy, index):
        users = self.services.users.list(self.account) if copy else []
        if users:
            existing = users[index % len(users)]
            email = f"  {existing.email.upper()} "
            self.attempt(lambda: self.services.users.add(self.account, name, "Copy", email), DuplicateEmail)
            return
        self.counter += 1
        email = f"{name}.{self.counter}@Acme.Example"
        person = self.attempt(lambda: self.services.users.add(self.account, name, "Test", email))
        assert person.email == f"{name}.{self.counter}@acme.example"
        self.added.append(person.user_id)

    @rule(index=picks, leave=st.sampled_from(["deactivate", "remove"]))
    def user_leaves(self, index, leave):
        user_id = self.pick(index)
        allowed = [NotFound] if user_id not in self.active() else []
        if not allowed and self.holds_roles(user_id):
            allowed = [UserHoldsRoles]
        done = self.attempt(lambda: getattr(self.services.users, leave)(self.account, user_id), *allowed)
        if allowed:
            return
        assert done is not None and done.user_id == user_id
        if leave == "deactivate":
            assert self.active()[user_id] is False, "the user is still active"
        else:
            assert user_id not in self.active(), "the user is still in the account"

    @rule(index=picks)
    def reactivate(self, index):
        user_id = self.pick(index)
        allowed = [NotFound] if user_id not in self.active() else []
        person = self.attempt(lambda: self.services.users.reactivate(self.account, user_id), *allowed)
        assert person is None or person.active

    # --- contacts -----------------------------------------------------------------------

    @rule(role=st.sampled_from(SINGLE_ROLES), index=picks)
    def set_role(self, role, index):
        user_id = self.pick(index)
        sheet = self.attempt(
            lambda: self.services.contacts.set_role(self.account, role, user_id), *self.holder_checks(user_id)
        )
        assert sheet is None or sheet.holder(role).user_id == user_id

    @rule(role=st.sampled_from(SINGLE_ROLES))
    def clear_role(self, role):
        held = self.sql("SELECT 1 FROM role_assignment WHERE account_id = ? AND role = ?", self.account, role)
        allowed = [PrimaryRequired] if role is Role.PRIMARY and held else []
        sheet = self.attempt(lambda: self.services.contacts.clear_role(self.account, role), *allowed)
        if not allowed:
            assert sheet.holder(role) is None
            assert not self.sql(
                "SELECT 1 FROM role_assignment WHERE account_id = ? AND role = ?", self.account, role
            )

    @rule(kind=st.sampled_from(["outside", "user", "invalid"]), index=positions)
    def security_by_email(self, kind, index):
        users = self.services.users.list(self.account) if kind == "user" else []
        allowed: list[type[Exception]] = []
        expected_user = None
        if kind == "user" and users:
            person = users[index % len(users)]
            text, expected_user = f" {person.email.swapcase()}\t", person.user_id
            allowed = [] if person.active else [UserInactive]
        elif kind == "invalid":
            text, allowed = f"guard{index}.partner.example", [InvalidEmail]
        else:
            text = f" Guard{index % 3}@PARTNER.example "
        sheet = self.attempt(lambda: self.services.contacts.set_security_email(self.account, text), *allowed)
        if sheet is not None:
            held = sheet.others[Role.SECURITY]
            assert held.user_id == expected_user
            assert held.external == (expected_user is None)

    @rule(indexes=st.lists(picks, min_size=1, max_size=BILLING_CAP + 1))
    def add_billing(self, indexes):
        """Add one or more billing contacts, one change each (runs of adds reach the cap)."""
        for index in indexes:
            user_id = self.pick(index)
            billing = self.billing()
            allowed = self.holder_checks(user_id)
            if user_id in billing:
                allowed.append(DuplicateContact)
            if len(billing) >= BILLING_CAP:
                allowed.append(BillingCapReached)
            sheet = self.attempt(lambda: self.services.contacts.add_billing(self.account, user_id), *allowed)  # noqa: B023
            if not allowed:
                assert [p.user_id for p in sheet.billing] == [*billing, user_id]
                assert self.billing() == [*billing, user_id]

    @rule(slot=st.integers(min_value=0, max_value=BILLING_CAP), index=picks)
    def replace_billing(self, slot, index):
        user_id = self.pick(index)
        billing = self.billing()
        allowed = self.holder_checks(user_id)
        if slot >= len(billing):
            allowed.append(IndexError)
        elif user_id in billing and billing.index(user_id) != slot:
            allowed.append(DuplicateContact)
        sheet = self.attempt(
            lambda: self.services.contacts.replace_billing(self.account, slot, user_id), *allowed
        )
        assert sheet is None or sheet.billing[slot].user_id == user_id

    @rule(index=picks)
    def remove_billing(self, index):
        user_id = self.pick(index)
        before = self.billing()
        sheet = self.attempt(lambda: self.services.contacts.remove_billing(self.account, user_id))
        assert [p.user_id for p in sheet.billing] == [u for u in before if u != user_id]

    @rule(indexes=st.integers(0, BILLING_CAP + 1).flatmap(lambda n: st.lists(picks, min_size=n, max_size=n)))
    def set_billing(self, indexes):
        user_ids = [self.pick(i) for i in indexes]
        allowed = [error for uid in user_ids for error in self.holder_checks(uid)]
        if len(set(user_ids)) < len(user_ids):
            allowed.append(DuplicateContact)
        if len(user_ids) > BILLING_CAP:
            allowed.append(BillingCapReached)
        sheet = self.attempt(lambda: self.services.contacts.set_billing(self.account, user_ids), *allowed)
        assert sheet is None or [p.user_id for p in sheet.billing] == user_ids

    @rule(index=picks, write=st.sampled_from(["add_billing", "set_primary", "deactivate"]))
    def stale_change(self, index, write):
        """A change from a window that read the account before its last change."""
        stale = self.snapshot()[2] - 1
        user_id = self.pick(index)
        change = {
            "add_billing": lambda: self.services.contacts.add_billing(self.account, user_id, stale),
            "set_primary": lambda: self.services.contacts.set_primary(self.account, user_id, stale),
            "deactivate": lambda: self.services.users.deactivate(self.account, user_id, stale),
        }[write]
        self.attempt(change, Conflict)

    # --- what must always hold ----------------------------------------------------------

    @invariant()
    def rules_hold(self):
        sheet = self.services.contacts.sheet(self.account)
        billing = [p.user_id for p in sheet.billing]
        assert len(billing) <= BILLING_CAP
        assert len(set(billing)) == len(billing)
        if self.primary_was_set:
            assert sheet.primary is not None, "the primary contact was cleared"
        self.primary_was_set = sheet.primary is not None
        for role, person in sheet.assignments():
            assert person.active, f"inactive {role}"
            assert not person.external or role is Role.SECURITY

    @invariant()
    def schema_rows_hold(self):
        assert self.sql("SELECT count(*) FROM role_assignment WHERE role = 'primary'")[0][0] <= 1
        assert self.sql(
            "SELECT count(*) FROM role_assignment r JOIN app_user u ON u.id = r.user_id "
            "WHERE u.account_id <> r.account_id OR u.active = 0"
        ) == [(0,)]
        assert self.sql(
            "SELECT count(*) FROM role_assignment WHERE external_email IS NOT NULL AND role <> 'security'"
        ) == [(0,)]
        slots = self.sql("SELECT slot FROM role_assignment WHERE role = 'billing' ORDER BY slot")
        assert [s for (s,) in slots] == list(range(len(slots))), "billing slots are compact"


ContactRules.TestCase.settings = settings(max_examples=50, stateful_step_count=30, deadline=None)
TestContactRules = ContactRules.TestCase
