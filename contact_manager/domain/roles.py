"""The points-of-contact roles and how many holders each may have."""

from __future__ import annotations

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
    def label(self) -> str:
        """The role's name in the user's language."""
        return translate("Role", _LABELS[self])

    @property
    def slots(self) -> int:
        return BILLING_CAP if self is Role.BILLING else 1

    @property
    def accepts_external_email(self) -> bool:
        return self is Role.SECURITY

    @property
    def can_be_cleared(self) -> bool:
        return self is not Role.PRIMARY


BILLING_CAP = 3

# The four roles of the article's "Other contacts" section, in the article's order.
OTHER_ROLES: tuple[Role, ...] = (
    Role.DECISION_MAKER,
    Role.ONBOARDING,
    Role.SECURITY,
    Role.TECHNICAL_ADMIN,
)

_LABELS = {
    Role.PRIMARY: QT_TRANSLATE_NOOP("Role", "Account primary contact"),
    Role.BILLING: QT_TRANSLATE_NOOP("Role", "Billing contact"),
    Role.DECISION_MAKER: QT_TRANSLATE_NOOP("Role", "Decision maker"),
    Role.ONBOARDING: QT_TRANSLATE_NOOP("Role", "Onboarding contact"),
    Role.SECURITY: QT_TRANSLATE_NOOP("Role", "Security contact"),
    Role.TECHNICAL_ADMIN: QT_TRANSLATE_NOOP("Role", "Technical admin"),
}
