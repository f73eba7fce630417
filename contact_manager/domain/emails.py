"""Email addresses: syntax only (the app works offline), stored in normalised form."""

from __future__ import annotations

from contact_manager.domain.errors import InvalidEmail
from contact_manager.domain.text import QT_TRANSLATE_NOOP

MAX_LENGTH = 254


def normalize_email(text: str) -> str:
    """Return the normalised address, or raise InvalidEmail with the validator's reason.

    Surrounding whitespace is trimmed first, because addresses are often pasted.
    """
    # Imported here, not at the top: it costs ~0.1 s of start-up and the window's first
    # paint needs no address checked.
    from email_validator import EmailNotValidError, validate_email

    address = (text or "").strip()
    if not address:
        raise InvalidEmail(address, "")
    try:
        result = validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        raise InvalidEmail(address, str(error)) from None
    return result.normalized


def email_key(normalized: str) -> str:
    """The form two addresses are compared in, within an account: case-insensitive."""
    return normalized.casefold()


# The validator's most common reasons, so that lupdate offers them for translation.
_COMMON_REASONS = (
    QT_TRANSLATE_NOOP("EmailValidator", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign is not valid. It should have a period.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period immediately after the @-sign."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The email address contains invalid characters before the @-sign: SPACE."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address is too long (1 character too many)."),
)
