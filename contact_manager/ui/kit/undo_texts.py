"""What Edit > Undo and Redo call each change, kept translatable (``undo.Description``).

Each function gives the description of one kind of change: the stack draws it again in the
current language on a live switch, so the arguments that have a translation (a role's or a
field's label) are passed as callables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contact_manager.domain.company import field_label
from contact_manager.domain.contacts import Person
from contact_manager.domain.roles import Role
from contact_manager.domain.text import QT_TRANSLATE_NOOP
from contact_manager.ui.kit.undo import Description, undo_text


def holder(role: Role, person: Person | None) -> Description:
    name = person.display if person else lambda: QCoreApplication.translate("Undo", "nobody")
    return undo_text(QT_TRANSLATE_NOOP("Undo", "{role}: {person}"), role=lambda: role.label, person=name)


def first_primary() -> Description:
    return undo_text(
        QT_TRANSLATE_NOOP(
            "Undo", "Setting the first primary contact can't be undone: an account always keeps one."
        )
    )


def billing_replaced(number: int, person: Person) -> Description:
    source = QT_TRANSLATE_NOOP("Undo", "billing contact {number}: {person}")
    return undo_text(source, number=str(number), person=person.display)


def billing_added(person: Person) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "billing contact added: {person}"), person=person.display)


def billing_removed(person: Person) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "billing contact removed: {person}"), person=person.display)


def company_field(field: str) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "change of {field}"), field=lambda: field_label(field))


def addition(person: Person) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "addition of {person}"), person=person.display)


def edit(person: Person) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "changes to {person}"), person=person.display)


def deactivation(person: Person) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "deactivation of {person}"), person=person.display)


def reactivation(person: Person) -> Description:
    return undo_text(QT_TRANSLATE_NOOP("Undo", "reactivation of {person}"), person=person.display)


def removal(person: Person) -> Description:
    """Why a removal can't be undone."""
    return undo_text(
        QT_TRANSLATE_NOOP("Undo", "Removing {person} can't be undone: add them again to bring them back."),
        person=person.display,
    )


def import_() -> Description:
    """Why an import can't be undone."""
    return undo_text(
        QT_TRANSLATE_NOOP("Undo", "An import can't be undone: deactivate or remove the users it added.")
    )
