"""Email addresses: syntax only (the app works offline), stored in normalised form."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from contact_manager.domain.errors import InvalidEmail
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

MAX_LENGTH = 254


def normalize_email(text: str) -> str:
    """Return the normalised address, or raise InvalidEmail with the validator's reason.

    Surrounding whitespace is trimmed first, because addresses are often pasted.
    """
    validate_email, not_valid = _validator()
    address = (text or "").strip()
    if not address:
        raise InvalidEmail(address, "")
    try:
        result = validate_email(address, check_deliverability=False)
    except not_valid as error:
        raise InvalidEmail(address, str(error)) from None
    return result.normalized


@cache
def _validator() -> tuple[Callable[..., Any], type[Exception]]:
    """email-validator's check and its error, imported when first needed, not at the top: it
    costs ~0.1 s of start-up and the window's first frame checks no address. Kept once
    imported: an import statement in the function cost an import's lookup per address, a
    tenth of a 100,000-row import's overhead."""
    from email_validator import EmailNotValidError, validate_email

    return validate_email, EmailNotValidError


def email_key(normalized: str) -> str:
    """The form two addresses are compared in, within an account: case-insensitive."""
    return normalized.casefold()


# Every reason email-validator (2.x) gives, as a template: its variable parts (the offending
# characters, a count, a detail from the IDNA library) in braces. A reason is shown in the
# user's language by matching it against these, in order (the specific before the general),
# and translating the template. ``excess`` and ``inner`` are reasons of their own, translated
# the same way. tests/domain/test_email_reasons.py checks that every message in the
# validator's source matches one of these.
_E = "EmailValidator"
REASONS = (
    QT_TRANSLATE_NOOP("EmailValidator", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        'The email address has the "full-width" at-sign (@) character instead of a regular at-sign.',
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        'The email address has the "small commercial at" character instead of a regular at-sign.',
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "Extra character(s) found after close quote: {chars}"),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The display name contains invalid characters when not quoted: {chars}."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "An open angle bracket at the start of the email address has to be followed by a close angle "
        "bracket at the end.",
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "There can't be anything after the email address."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address is too long before the @-sign {excess}."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address is too long after the @-sign {excess}."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address is too long {excess}."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "After the @-sign, periods cannot be separated by so many characters {excess}."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "Internationalized characters before the @-sign are not supported: {chars}."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "Internationalized characters before the @-sign are not supported."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The email address contains invalid characters in quotes before the @-sign: {chars}.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The email address contains invalid characters before the @-sign: {chars}."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address contains invalid characters before the @-sign."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The email address contains invalid characters after the @-sign after IDNA encoding.",
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address contains an invalid character."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address contains unsafe characters: {chars}."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address is not valid ASCII."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot start with a period."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot start with a hyphen."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period immediately before the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a hyphen immediately before the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period immediately after the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a hyphen immediately after the @-sign."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot end with a hyphen."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period and a hyphen next to each other."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "An email address cannot have two letters followed by two dashes immediately after the @-sign "
        "or after a period, except Punycode.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign contains invalid characters after Unicode normalization: {chars}.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The part after the @-sign contains invalid characters in brackets: {chars}."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign contains invalid characters ({detail})."),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign contains invalid characters: {chars}."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The part after the @-sign contains an invalid address literal tag in brackets."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign is invalid ({detail})."),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign is not valid. It should have a period."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The part after the @-sign is not valid. It is not within a valid top-level domain."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign is a special-use or reserved name that cannot be used with email.",
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign is not valid IDNA ({detail})."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign became invalid after normalizing to international characters ({detail}).",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The address in brackets after the @-sign is not valid: It is not an IPv4 address ({detail}) or is "
        "missing an address literal tag.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The IPv6 address in brackets after the @-sign is not valid (It has a zone index)."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The IPv6 address in brackets after the @-sign is not valid ({detail})."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign in brackets is not an IPv4 address and has no address literal tag.",
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "A bracketed IP address after the @-sign is not allowed here."),
    QT_TRANSLATE_NOOP("EmailValidator", "Quoting the part before the @-sign is not allowed here."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "A display name and angle brackets around the email address are not permitted here."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "After Unicode normalization: {inner}"),
    QT_TRANSLATE_NOOP("EmailValidator", "The domain name {domain} does not accept email."),
    QT_TRANSLATE_NOOP("EmailValidator", "The domain name {domain} does not send email."),
    QT_TRANSLATE_NOOP("EmailValidator", "The domain name {domain} does not exist."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "There was an error while checking if the domain name in the email address is deliverable: {detail}",
    ),
    # How far over a length limit (the ``excess`` above).
    QT_TRANSLATE_NOOP("EmailValidator", "(1 character too many)"),
    QT_TRANSLATE_NOOP("EmailValidator", "({count} characters too many)"),
    QT_TRANSLATE_NOOP("EmailValidator", "({low}-{high} characters too many)"),
    QT_TRANSLATE_NOOP("EmailValidator", "(1 byte too many after IDNA encoding)"),
    QT_TRANSLATE_NOOP("EmailValidator", "({count} bytes too many after IDNA encoding)"),
    QT_TRANSLATE_NOOP("EmailValidator", "after normalization (1 byte too many)"),
    QT_TRANSLATE_NOOP("EmailValidator", "after normalization ({count} bytes too many)"),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "when the part after the @-sign is converted to IDNA ASCII (1 byte too many)"
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "when the part after the @-sign is converted to IDNA ASCII ({count} bytes too many)"
    ),
)
_NESTED = frozenset({"excess", "inner"})
# The characters the validator names rather than shows (between the quoted ones in ``chars``).
_CHARACTER_NAMES = {
    "SPACE": QT_TRANSLATE_NOOP("EmailValidator", "SPACE"),
    "NO-BREAK SPACE": QT_TRANSLATE_NOOP("EmailValidator", "NO-BREAK SPACE"),
}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """REASONS as patterns, compiled when a reason is first explained (not at start-up: 5 ms)."""
    return tuple((_pattern(template), template) for template in REASONS)


def _value(name: str, value: str) -> str:
    if name in _NESTED:
        return explain_reason(value)
    if name == "chars":
        return ", ".join(
            translate(_E, _CHARACTER_NAMES[part]) if part in _CHARACTER_NAMES else part
            for part in value.split(", ")
        )
    return value


def reason_template(reason: str) -> str | None:
    """The template of REASONS that ``reason`` (a message of the validator) is an instance of."""
    for pattern, template in _patterns():
        if pattern.fullmatch(reason):
            return template
    return None


def explain_reason(reason: str) -> str:
    """The validator's ``reason`` in the user's language (unchanged if it is not a known one)."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(reason)
        if match:
            values = {name: _value(name, value) for name, value in match.groupdict().items()}
            return translate(_E, template).format(**values)
    return translate(_E, reason)
