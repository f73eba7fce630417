"""How the command line shows things: JSON shapes for scripts, aligned text for people.

Pure functions from domain objects to values or lines, so they are tested without a process.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.damage import Damage, damaged_mark
from contact_manager.domain.history import Change
from contact_manager.domain.roles import OTHER_ROLES, Role
from contact_manager.domain.text import printable, translate

# --- JSON -----------------------------------------------------------------------------------


def damaged_columns(damage: Sequence[Damage], table: str) -> list[str]:
    return sorted({d.column for d in damage if d.table == table})


def with_damage(value: dict[str, object], damage: Sequence[Damage], table: str) -> dict[str, object]:
    """A JSON object plus ``"damaged": [columns]`` when some of its values could not be read."""
    columns = damaged_columns(damage, table)
    if columns:
        value["damaged"] = columns
    return value


def person_json(person: Person | None) -> dict[str, object] | None:
    if person is None:
        return None
    value: dict[str, object] = {
        "email": person.email,
        "name": person.name,
        "external": person.external,
        "active": person.active,
    }
    return with_damage(value, person.damage, "app_user")


def sheet_json(sheet: ContactSheet) -> dict[str, object]:
    """``{"account", "primary", "billing": [...], "decision_maker", ...}``: one key per role."""
    value: dict[str, object] = {
        "account": sheet.account_name,
        "primary": person_json(sheet.primary),
        "billing": [person_json(person) for person in sheet.billing],
    }
    for role in OTHER_ROLES:
        value[role.value] = person_json(sheet.others.get(role))
    if sheet.damage:
        value["damaged"] = [damage_json(damage) for damage in sheet.damage]
    return value


def damage_json(damage: Damage) -> dict[str, object]:
    return {"table": damage.table, "row": damage.row_id, "column": damage.column}


def user_json(person: Person, roles: Sequence[Role]) -> dict[str, object]:
    value: dict[str, object] = {
        "email": person.email,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "job_title": person.job_title,
        "phone": person.phone,
        "active": person.active,
        "roles": [role.value for role in roles],
    }
    return with_damage(value, person.damage, "app_user")


def history_json(changes: Sequence[Change]) -> list[dict[str, object]]:
    return [with_damage(change.as_dict(), change.damage, "history") for change in changes]


# --- text -----------------------------------------------------------------------------------


def none_text() -> str:
    return translate("Cli", "(none)")


def marked(text: str, damaged: object) -> str:
    """``text`` followed by "(damaged)" when some of what it shows could not be read."""
    return f"{text} {damaged_mark()}" if damaged else text


def person_text(person: Person | None) -> str:
    """ "First Last <email>", marked when outside the account, deactivated or damaged."""
    if person is None:
        return none_text()
    if person.external:
        return translate("Cli", "{email} (external address)").format(email=person.email)
    if not person.active:
        return marked(translate("Cli", "{person} (deactivated)").format(person=person.display), person.damage)
    return marked(person.display, person.damage)


def table(rows: Sequence[Sequence[str]], gap: str = "  ") -> list[str]:
    """Rows as lines with every column but the last padded to its widest cell.

    Control characters in a cell are escaped first, so the padding counts what is shown.
    """
    if not rows:
        return []
    rows = [[printable(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        lines.append(gap.join(cells).rstrip())
    return lines


def sheet_lines(sheet: ContactSheet) -> list[str]:
    """The account's points of contact, one role per line, labels aligned."""
    rows: list[tuple[str, str]] = []
    for role in Role:
        holders = [person_text(person) for person in sheet.holders(role)] or [none_text()]
        rows.append((role.label, holders[0]))
        rows.extend(("", text) for text in holders[1:])
    header = translate("Cli", "Account: {name}").format(name=sheet.account_name)
    if any(d.table == "account" for d in sheet.damage):
        header = marked(header, True)
    return [header, "", *table(rows, gap="   ")]


def status_text(active: bool) -> str:
    return translate("Cli", "active") if active else translate("Cli", "deactivated")


def user_lines(users: Sequence[tuple[Person, Sequence[Role]]]) -> list[str]:
    if not users:
        return [translate("Cli", "The account has no users yet.")]
    header = (
        translate("Cli", "Name"),
        translate("Cli", "Email"),
        translate("Cli", "Status"),
        translate("Cli", "Roles"),
    )
    rows = [
        (
            marked(person.name or "", person.damage),
            person.email,
            status_text(person.active),
            ", ".join(r.label for r in roles),
        )
        for person, roles in users
    ]
    return table([header, *rows])


def when_text(at: str) -> str:
    """An ISO 8601 UTC time as "2026-03-01 14:05 UTC"."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC"


def change_text(change: Change) -> str:
    what = change.role.label if change.role else change.subject
    old, new = change.old_value, change.new_value
    if old and new:
        values = f"{old} \u2192 {new}"
    elif new:
        values = new
    elif old:
        values = translate("Cli", "{old} \u2192 (none)").format(old=old)
    else:
        values = ""
    if what and values and what not in values:
        return f"{what}: {values}"
    return values or what


def history_lines(changes: Sequence[Change]) -> list[str]:
    if not changes:
        return [translate("Cli", "No changes recorded yet.")]
    rows = [
        (when_text(change.at), change.actor, change.label, marked(change_text(change), change.damage))
        for change in changes
    ]
    return table(rows)
