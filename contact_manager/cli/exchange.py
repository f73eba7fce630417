"""Commands: ``users import FILE`` (.csv, .xlsx, .vcf), ``export --format FORMAT`` (the account
exports of ``services/exports.py``: json, csv, vcard, xlsx), ``import FILE.json``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contact_manager.cli.common import (
    EXIT_PARTIAL,
    EXIT_REFUSED,
    Cli,
    CliProblem,
    Session,
    command,
    group,
    say,
)
from contact_manager.domain.csv_file import os_reason
from contact_manager.domain.csv_import import (
    FIELDS,
    ImportFileError,
    Preview,
    RowVerdict,
    UnplacedColumns,
    Verdict,
    header_key,
    left_out_columns,
)
from contact_manager.domain.text import printable, translate
from contact_manager.services import exports

_FIELD_WORDS = {
    "first": "first_name",
    "last": "last_name",
    "email": "email",
    "title": "job_title",
    "phone": "phone",
}
_WORDS = {name: word for word, name in _FIELD_WORDS.items()}


def register(subparsers: argparse._SubParsersAction) -> None:
    users = group(subparsers, "users", translate("Cli", "the users of an account"))
    importing = command(
        users,
        "import",
        run_users_import,
        translate(
            "Cli",
            "import users from a CSV, Excel (.xlsx) or vCard (.vcf) file (the accepted rows, in one "
            "transaction); admin consoles' user exports are recognised",
        ),
    )
    importing.add_argument(
        "file", metavar="FILE", help=translate("Cli", "the file to read: .csv, .xlsx or .vcf")
    )
    importing.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("Cli", "the sheet of an Excel workbook to read (default: the first)"),
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "print every row's verdict; import nothing")
    )
    importing.add_argument(
        "--columns",
        default="",
        metavar="FIELD=COLUMN,...",
        help=translate(
            "Cli",
            "which column holds each field, e.g. --columns first=Nome,last=Cognome,email=Email: FIELD is "
            "first, last, email, title or phone; COLUMN a header or a number (1 = first column); the "
            "columns not named are left out. Needed when the headers are not all recognised",
        ),
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate("Cli", "one FIELD=COLUMN of --columns (for a header holding a comma); repeatable"),
    )
    importing.add_argument(
        "--refused", metavar="FILE.csv", help=translate("Cli", "also write the refused rows to this CSV file")
    )

    export = command(subparsers, "export", run_export, translate("Cli", "export the account's contact sheet"))
    export.add_argument(
        "--format",
        choices=exports.names(exports.ACCOUNT),
        default="json",
        help=translate("Cli", "the file format"),
    )
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
                    "Cli",
                    "--columns takes FIELD=COLUMN, with FIELD one of first, last, email, title, phone.",
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


def verdict_line(row: RowVerdict, mapping: dict[str, int], notes: bool = False) -> str:
    column = mapping.get("email", -1)
    who = row.email or (row.cells[column].strip() if 0 <= column < len(row.cells) else "")
    who = who or " ".join(part for part in (row.first_name, row.last_name) if part)  # no address
    if who:
        text = translate("Cli", "line {line}: {verdict}: {who}").format(
            line=row.line, verdict=row.verdict.label, who=who
        )
    else:
        text = translate("Cli", "line {line}: {verdict}").format(line=row.line, verdict=row.verdict.label)
    if row.verdict in (Verdict.REFUSED, Verdict.LEFT_OUT):
        text = f"{text}: {row.reason}"
    return f"{text} ({row.note})" if notes and row.note else text


def columns_option(mapping: dict[str, int], titles: list[str]) -> str:
    """The ``--columns`` that gives ``mapping``: ``--columns "first=Nome proprio,email=Email"``."""
    pairs = []
    for name in FIELDS:
        if name in mapping:
            title = titles[mapping[name]]
            column = title if title and "," not in title and "=" not in title else str(mapping[name] + 1)
            pairs.append(f"{_WORDS[name]}={column}")
    return '--columns "' + ",".join(pairs) + '"'


def _mapping_refusal(error: ImportFileError, table_titles: list[str]) -> CliProblem:
    """The preview's refusal of the headers, with the ``--columns`` that would place them."""
    example = error.suggestion() if isinstance(error, UnplacedColumns) else {}
    hint = translate("Cli", "Say which column is which with --columns, for example: {option}").format(
        option=columns_option(example, table_titles) if example else '--columns "first=1,last=2,email=3"'
    )
    return CliProblem(f"{error.message} {hint}")


def run_users_import(session: Session, args: argparse.Namespace) -> int:
    services, account = session.services(), session.account()
    table = services.importing.read(args.file, sheet=args.sheet)
    titles = table.column_titles()
    items = [*(item for item in args.columns.split(",") if item.strip()), *args.map]
    mapping = parse_mapping(items, titles)
    if args.refused:  # before anything is imported: a typo in the path refuses the command
        try:
            services.importing.check_writable(args.refused)
        except OSError as error:
            raise cannot_write(args.refused, error) from None
    try:
        preview: Preview = services.importing.preview(account.id, table, mapping)
    except ImportFileError as error:
        raise _mapping_refusal(error, titles) from None
    counts = preview.counts()
    refused = counts[Verdict.REFUSED]
    if preview.format_name:
        say(translate("Cli", "Recognised: {format}.").format(format=preview.format_name))
    for row in preview.rows:
        if args.dry_run or row.verdict in (Verdict.REFUSED, Verdict.LEFT_OUT):
            say(verdict_line(row, preview.mapping, notes=args.dry_run))
    left_out = left_out_columns(table, preview.mapping)
    if left_out:
        say(
            Cli.tr("Left out: the column(s) {columns} (no field of this app).", "", len(left_out)).format(
                columns=", ".join(f"\u201c{titles[index]}\u201d" for index in left_out)
            )
        )
    if args.refused and refused:
        try:
            services.importing.write_refused(preview, args.refused)
        except OSError as error:
            raise cannot_write(args.refused, error) from None
    if args.dry_run:
        say(
            translate(
                "Cli", "Dry run: {new} new, {present} already present, {refused} refused; nothing imported."
            ).format(new=counts[Verdict.NEW], present=counts[Verdict.PRESENT], refused=refused)
        )
        if counts[Verdict.LEFT_OUT]:
            say(_left_out_sentence(counts[Verdict.LEFT_OUT]))
        accepted = counts[Verdict.NEW]
    else:
        result = services.importing.run(account.id, preview)
        say(
            Cli.tr(
                "Imported %n user(s) into {account}: {present} already present, {refused} refused.",
                "",
                result.imported,
            ).format(account=account.name, present=result.present, refused=result.refused)
        )
        if counts[Verdict.LEFT_OUT]:
            say(_left_out_sentence(counts[Verdict.LEFT_OUT]))
        accepted = result.imported
    if not refused:
        return 0
    if accepted:
        _tell(Cli.tr("%n row(s) refused (listed above): fix them and import them again.", "", refused))
        return EXIT_PARTIAL
    _tell(Cli.tr("Nothing imported: %n row(s) refused (listed above).", "", refused))
    return EXIT_REFUSED


def _left_out_sentence(count: int) -> str:
    return Cli.tr("%n row(s) left out: guests, bots or deactivated members (listed above).", "", count)


def _tell(text: str) -> None:
    print(printable(text), file=sys.stderr)


def cannot_write(path: str, error: OSError) -> CliProblem:
    return CliProblem(
        translate("Cli", "Can't write {path}: {reason}").format(path=path, reason=os_reason(error))
    )


# --- export and import ------------------------------------------------------------------------


def run_export(session: Session, args: argparse.Namespace) -> None:
    services, account = session.services(), session.account()
    export = exports.find(exports.ACCOUNT, args.format)
    try:  # the command line keeps commas: scripts read its files
        export.write(exports.Request(services, account.id), args.output)
    except OSError as error:
        raise cannot_write(args.output, error) from None
    say(
        translate("Cli", "Exported {account} to {path}.").format(account=account.name, path=Path(args.output))
    )


def run_import(session: Session, args: argparse.Namespace) -> None:
    services = session.services(create=True)
    account_id = services.exchange.import_json(args.file, name=getattr(args, "account", None))
    account = services.accounts.get(account_id)
    say(
        translate("Cli", "Created the account {account} from {file}.").format(
            account=account.name, file=args.file
        )
    )
