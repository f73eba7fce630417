"""The points-of-contact roles and everything that tells one from another.

Each role is declared once, in ``RULES`` below: its name, how many may hold it, whether it
takes an outside address, whether it may be left empty, its box on the Company information
tab and the sentence that says what it receives (the notices themselves come from the routing
table in ``domain/routing.py``). Code that differs by role reads these properties; adding a
role is one member of ``Role`` and one entry in ``RULES`` (plus the migration that lets the
schema store it, which ``tests/store`` demands).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    PRIMARY = "primary"
    BILLING = "billing"
    DECISION_MAKER = "decision_maker"
    ONBOARDING = "onboarding"
    SECURITY = "security"
    TECHNICAL_ADMIN = "technical_admin"

    @property
    def rules(self) -> RoleRules:
        return RULES[self]

    @property
    def label(self) -> str:
        """The role's name in the user's language."""
        return translate("Role", self.rules.label)

    @property
    def field_label(self) -> str:
        """The label of its box among the other contacts, with its mnemonic ("&Decision maker:")."""
        return translate("Role", self.rules.field_label)

    @property
    def box_name(self) -> str:
        """The object name of the role's box on the Company information tab (its first box if several)."""
        return self.rules.box_name

    @property
    def slots(self) -> int:
        """How many people may hold the role at once."""
        return self.rules.slots

    @property
    def multi(self) -> bool:
        """Held by a list of people (added, replaced and removed by slot), not by one person."""
        return self.rules.slots > 1

    @property
    def accepts_external_email(self) -> bool:
        """May be held by a valid address of someone who is not a user of the account."""
        return self.rules.outside_address

    @property
    def required(self) -> bool:
        """Once set, it can be given to someone else but never cleared to nobody."""
        return self.rules.required

    @property
    def receives_text(self) -> str:
        """The untranslated "Receives {notices}." sentence of the role (see routing.receives)."""
        return self.rules.receives


@dataclass(frozen=True)
class RoleRules:
    label: str  # the role's name (context "Role")
    box_name: str  # the object name of its box
    receives: str  # what it receives: {notices} is the routing table's list (context "Role")
    field_label: str = ""  # its box's label among the other contacts, with a mnemonic (context "Role")
    slots: int = 1
    outside_address: bool = False
    required: bool = False
    other: bool = True  # listed under the article's "Other contacts"


_RECEIVES = QT_TRANSLATE_NOOP("Role", "Receives {notices}.")

# In the article's order: the order of every list of roles the app shows.
RULES: dict[Role, RoleRules] = {
    Role.PRIMARY: RoleRules(
        label=QT_TRANSLATE_NOOP("Role", "Account primary contact"),
        box_name="primaryContactCombo",
        receives=QT_TRANSLATE_NOOP(
            "Role",
            "Receives every important account notice: {notices}; and {fallbacks} while nobody else "
            "receives them.",
        ),
        required=True,
        other=False,
    ),
    Role.BILLING: RoleRules(
        label=QT_TRANSLATE_NOOP("Role", "Billing contact"),
        box_name="billingContactCombo0",
        receives=QT_TRANSLATE_NOOP("Role", "Receives copies of {notices}."),
        slots=3,
        other=False,
    ),
    Role.DECISION_MAKER: RoleRules(
        label=QT_TRANSLATE_NOOP("Role", "Decision maker"),
        field_label=QT_TRANSLATE_NOOP("Role", "&Decision maker:"),
        box_name="decisionMakerCombo",
        receives=QT_TRANSLATE_NOOP("Role", "Decides on contracts and renewals; receives {notices}."),
    ),
    Role.ONBOARDING: RoleRules(
        label=QT_TRANSLATE_NOOP("Role", "Onboarding contact"),
        field_label=QT_TRANSLATE_NOOP("Role", "&Onboarding contact:"),
        box_name="onboardingContactCombo",
        receives=_RECEIVES,
    ),
    Role.SECURITY: RoleRules(
        label=QT_TRANSLATE_NOOP("Role", "Security contact"),
        field_label=QT_TRANSLATE_NOOP("Role", "&Security contact:"),
        box_name="securityContactCombo",
        receives=QT_TRANSLATE_NOOP("Role", "Receives {notices}; may be an external email address."),
        outside_address=True,
    ),
    Role.TECHNICAL_ADMIN: RoleRules(
        label=QT_TRANSLATE_NOOP("Role", "Technical admin"),
        field_label=QT_TRANSLATE_NOOP("Role", "&Technical admin:"),
        box_name="technicalAdminCombo",
        receives=_RECEIVES,
    ),
}

BILLING_CAP = Role.BILLING.slots

# The roles of the article's "Other contacts" section, in the article's order.
OTHER_ROLES: tuple[Role, ...] = tuple(role for role in Role if RULES[role].other)

# The roles an outside address may hold (the schema's CHECK names them too, per migration).
OUTSIDE_ADDRESS_ROLES: tuple[Role, ...] = tuple(role for role in Role if RULES[role].outside_address)
