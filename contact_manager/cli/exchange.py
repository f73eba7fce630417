"""Commands: ``users import FILE.csv``, ``export --format json|csv|vcard``, ``import FILE.json``."""

from __future__ import annotations

import argparse

from contact_manager.cli.common import CliProblem, Session, command, group, say
from contact_manager.domain.csv_import import FIELDS, Preview, RowVerdict, Verdict, header_key
from contact_manager.domain.text import translate

FORMATS = ("json", "csv", "vcard")
_FIELD_WORDS = {
    "first": "first_name",
    "last": "last_name",
    "email": "email",
    "title": "job_title",
    "phone": "phone",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    users = group(subparsers, "users", translate("Cli", "the users of an account"))
    importing = command(
        users,
        "import",
        run_users_import,
        translate("Cli", "import users from a CSV file (the accepted rows, in one transaction)"),
    )
    importing.add_argument("file", metavar="FILE.csv", help=translate("Cli", "the CSV file to read"))
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "print every row's verdict; import nothing")
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate(
            "Cli",
            "which column holds a field when the headers are not recognised: FIELD is first, last, "
            "email, title or phone; COLUMN a number (1 = first column) or a header; repeat for each",
        ),
    )
    importing.add_argument(
        "--refused", metavar="FILE.csv", help=translate("Cli", "also write the refused rows to this CSV file")
    )

    export = command(subparsers, "export", run_export, translate("Cli", "export the account's contact sheet"))
    export.add_argument("--format", choices=FORMATS, default="json", help=translate("Cli", "the file format"))
    export.add_argument("--output", required=True, metavar="FILE", help=translate("Cli", "the file to write"))

    imported = command(
        subparsers,
        "import",
        run_import,
        translate(
            "Cli",
            "create an account from an exported JSON file (named as in the file, or by --account); "
            "an existing account is never overwritten",
        ),
        account=False,  # here --account names the new account, not one to work on
    )
    imported.add_argument("file", metavar="FILE.json", help=translate("Cli", "the JSON file to read"))
    imported.add_argument(
        "--account",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=translate("Cli", "the new account's name (default: the name in the file)"),
    )


# --- users import -----------------------------------------------------------------------------


def parse_mapping(items: list[str], titles: list[str]) -> dict[str, int] | None:
    """``["first=1", "email=Contact"]`` -> {"first_name": 0, "email": 2}; None when not given."""
    if not items:
        return None
    keys = [header_key(title) for title in titles]
    mapping: dict[str, int] = {}
    for item in items:
        word, _, column = item.partition("=")
        name = _FIELD_WORDS.get(word.strip().lower(), word.strip().lower())
        if name not in FIELDS or not column.strip():
            raise CliProblem(
                translate(
                    "Cli", "--map takes FIELD=COLUMN, with FIELD one of first, last, email, title, phone."
                )
            )
        column = column.strip()
        if column.isdigit() and 1 <= int(column) <= max(len(titles), 1):
            mapping[name] = int(column) - 1
        elif header_key(column) in keys:
            mapping[name] = keys.index(header_key(column))
        else:
            raise CliProblem(translate("Cli", "The file has no column {column}.").format(column=column))
    return mapping


def verdict_line(row: RowVerdict, mapping: dict[str, int]) -> str:
    column = mapping.get("email", -1)
    who = row.email or (row.cells[column].strip() if 0 <= column < len(row.cells) else "")
    text = translate("Cli", "line {line}: {verdict}: {who}").format(
        line=row.line, verdict=row.verdict.label, who=who
    )
    return f"{text}: {row.reason}" if row.verdict is Verdict.REFUSED else text


def run_users_import(session: Session, args: argparse.Namespace) -> int:
    services, account = session.services(), session.account()
    table = services.importing.read(args.file)
    mapping = parse_mapping(args.map, table.column_titles())
    preview: Preview = services.importing.preview(account.id, table, mapping)
    counts = preview.counts()
    for row in preview.rows:
        if args.dry_run or row.verdict is Verdict.REFUSED:
            say(verdict_line(row, preview.mapping))
    if args.refused and counts[Verdict.REFUSED]:
        services.importing.write_refused(preview, args.refused)
    if args.dry_run:
        say(
            translate(
                "Cli", "Dry run: {new} new, {present} already present, {refused} refused; nothing imported."
            ).format(
                new=counts[Verdict.NEW], present=counts[Verdict.PRESENT], refused=counts[Verdict.REFUSED]
            )
        )
    else:
        result = services.importing.run(account.id, preview)
        say(
            translate(
                "Cli",
                "Imported {imported} users into {account}: {present} already present, {refused} refused.",
            ).format(
                imported=result.imported, account=account.name, present=result.present, refused=result.refused
            )
        )
    return 1 if counts[Verdict.REFUSED] else 0


# --- export and import ------------------------------------------------------------------------


def run_export(session: Session, args: argparse.Namespace) -> None:
    services, account = session.services(), session.account()
    writer = {
        "json": services.exchange.export_json,
        "csv": services.exchange.export_csv,
        "vcard": services.exchange.export_vcard,
    }[args.format]
    try:
        path = writer(account.id, args.output)
    except OSError as error:
        raise CliProblem(
            translate("Cli", "Can't write {path}: {reason}").format(path=args.output, reason=error.strerror)
        ) from None
    say(translate("Cli", "Exported {account} to {path}.").format(account=account.name, path=path))


def run_import(session: Session, args: argparse.Namespace) -> None:
    services = session.services(create=True)
    account_id = services.exchange.import_json(args.file, name=getattr(args, "account", None))
    account = services.accounts.get(account_id)
    say(
        translate("Cli", "Created the account {account} from {file}.").format(
            account=account.name, file=args.file
        )
    )
