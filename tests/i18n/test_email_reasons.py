"""Every reason email-validator can give reaches an Italian user in Italian.

The messages are read from the installed validator's own source, so a new version that adds
one fails here until it is mapped in ``domain/emails.py`` and translated.
"""

from __future__ import annotations

import ast
from pathlib import Path

import email_validator
import pytest

from contact_manager import language
from contact_manager.domain.emails import REASONS, explain_reason, normalize_email, reason_template
from contact_manager.domain.errors import InvalidEmail

SOURCE = Path(email_validator.__file__).parent
# What the variable parts of a message look like when the validator fills them in.
SAMPLES = {
    "reason": "(3 characters too many)",
    "diff": "3",
    "s": "s",
    "e": "Codepoint U+0000 not allowed",
    "domain_i18n": "esempio.it",
}


def _sample(node: ast.expr, descriptions: list[str]) -> list[str]:
    """The messages one argument of a raise can produce, with sample values for its variables."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        text = ""
        for part in node.values:
            if isinstance(part, ast.Constant):
                text += part.value
            else:
                text += SAMPLES[ast.unparse(part.value)]
        return [text]
    if isinstance(node, ast.BinOp) and ast.unparse(node) == "'After Unicode normalization: ' + str(e)":
        return ["After Unicode normalization: There must be something after the @-sign."]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "..." + ", ".join(chars) + "."
        return [
            left + right for left in _sample(node.left, descriptions) for right in _sample(node.right, [])
        ]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "join":
            return ["'@', SPACE"]
        if node.func.attr == "format":  # check_dot_atom's start/end descriptions
            return [text.format(word) for text in descriptions for word in ("period", "hyphen")]
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "str":  # str(e): a DNS failure
        return ["The DNS operation timed out."]
    raise AssertionError(f"a message the test cannot read: {ast.unparse(node)}")


def validator_messages() -> list[str]:
    messages = []
    for path in sorted(SOURCE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        descriptions = [
            arg.value
            for call in ast.walk(tree)
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "check_dot_atom"
            for arg in call.args
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        ]
        for call in ast.walk(tree):
            name = getattr(getattr(call, "func", None), "id", "")
            if isinstance(call, ast.Call) and name in ("EmailSyntaxError", "EmailUndeliverableError"):
                messages += _sample(call.args[0], descriptions)
    # The length excesses that get_length_reason and the normalised checks produce.
    for excess in (
        "(1 character too many)",
        "(2-6 characters too many)",
        "after normalization (1 byte too many)",
        "after normalization (4 bytes too many)",
        "when the part after the @-sign is converted to IDNA ASCII (2 bytes too many)",
    ):
        messages.append(f"The email address is too long {excess}.")
    messages.append("The email address is too long after the @-sign (1 byte too many after IDNA encoding).")
    return messages


MESSAGES = validator_messages()


def test_the_source_walk_finds_the_validators_messages():
    assert len(MESSAGES) > 50
    assert "An email address must have an @-sign." in MESSAGES
    assert "The part after the @-sign contains invalid characters: '@', SPACE." in MESSAGES


@pytest.mark.parametrize("message", MESSAGES)
def test_every_message_of_the_validator_is_mapped_and_translated(qapp, message):
    assert reason_template(message) is not None, f"not mapped in domain/emails.py: {message}"
    language.install(qapp, "it")
    italian = explain_reason(message)
    assert italian != message
    for english in ("@-sign", "email address", "too many", "invalid", "characters"):
        assert english not in italian, italian


def test_every_template_has_an_italian_translation_with_the_same_fields(qapp):
    language.install(qapp, "it")
    from contact_manager.domain.text import translate

    for template in REASONS:
        italian = translate("EmailValidator", template)
        assert italian != template, template
        fields = sorted(part.split("}")[0] for part in template.split("{")[1:])
        assert sorted(part.split("}")[0] for part in italian.split("{")[1:]) == fields, italian


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "soc@securitas@partner.it",
            "La parte dopo il simbolo @ contiene caratteri non validi: '@'.",
        ),
        (
            "anna rossi@acme.it",
            "L'indirizzo email contiene caratteri non validi prima del simbolo @: SPAZIO.",
        ),
        ("anna@acme..it", "Un indirizzo email non può avere due punti di seguito."),
        (
            "a" * 64 + "@" + "b" * 60 + "." + "c" * 60 + "." + "d" * 62 + ".acme.it",
            "L'indirizzo email è troppo lungo (3 caratteri di troppo).",
        ),
        ("anna@-acme.it", "Un indirizzo email non può avere un trattino subito dopo il simbolo @."),
    ],
)
def test_a_refused_address_is_explained_in_italian(qapp, address, expected):
    language.install(qapp, "it")
    with pytest.raises(InvalidEmail) as refused:
        normalize_email(address)
    assert refused.value.explanation == expected
    assert refused.value.message == f"\u201c{address}\u201d non è un indirizzo email valido: {expected}"
