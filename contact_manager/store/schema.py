"""Is this file ours? Its schema compared with the one our migrations make for its version.

A database is accepted only when every table, index, trigger and view in ``sqlite_master``
is one the migrations create for its ``user_version``, with the same definition: a backup
carrying an extra trigger, a view, an extra table or a table without its CHECKs is refused,
and the refusal names what differs. The expected schema is made by running the migrations
on an in-memory database (once per version), so it follows every new migration.

Our files carry ``APPLICATION_ID`` in their header (``PRAGMA application_id``), stamped when
``migrate`` creates or upgrades them; files from before that carry 0 and are judged by their
schema alone; any other id is another program's.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from contact_manager.domain.text import translate
from contact_manager.store.errors import StorageError

APPLICATION_ID = 0x434D6772  # "CMgr"
# Written by ANALYZE or PRAGMA optimize: statistics, not schema.
IGNORED = frozenset({"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})
KINDS = ("table", "index", "trigger", "view")

_TOKEN = re.compile(
    r"""(?P<skip>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
      |(?P<string>'(?:[^']|'')*')
      |(?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
      |(?P<word>[A-Za-z_][A-Za-z0-9_$]*)
      |(?P<other><>|!=|<=|>=|==|\|\||<<|>>|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|.)""",
    re.S | re.X,
)


def normalise(sql: str) -> str:
    """``sql`` as a comparable text: no comments, one space between tokens, names and
    keywords in lower case, quoted names unquoted; string literals kept as written."""
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "skip":
            continue
        if kind == "word":
            text = text.lower()
        elif kind == "quoted":
            text = text[1:-1].replace(text[0] * 2, text[0]).lower() if text[0] != "[" else text[1:-1].lower()
        tokens.append(text)
    return " ".join(tokens)


def checks(definition: str) -> list[str]:
    """The ``check (...)`` clauses of a normalised table definition."""
    found = []
    tokens = definition.split(" ")
    for start, token in enumerate(tokens):
        if token == "check" and start + 1 < len(tokens) and tokens[start + 1] == "(":
            depth = 0
            for end in range(start + 1, len(tokens)):
                depth += {"(": 1, ")": -1}.get(tokens[end], 0)
                if depth == 0:
                    found.append(" ".join(tokens[start : end + 1]))
                    break
    return found


def _readable(tokens: str) -> str:
    """A normalised clause as a person reads it: ``check (slot = 0 or (role = 'billing'))``."""
    return tokens.replace("( ", "(").replace(" )", ")").replace(" ,", ",").replace("check(", "check (")


Objects = dict[tuple[str, str], str]


def objects(connection: sqlite3.Connection) -> Objects:
    """(kind, name) -> normalised definition of every schema object of ``connection``."""
    try:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except UnicodeDecodeError as error:  # bytes of the schema's own text damaged: not UTF-8 any more
        raise sqlite3.DatabaseError("database disk image is malformed") from error
    return {
        (kind, name): normalise(sql) if sql else f"automatic on {str(table).lower()}"
        for kind, name, table, sql in rows
        if name not in IGNORED
    }


@lru_cache(maxsize=16)
def expected(version: int, migrations: tuple | None = None) -> Objects:
    """The schema objects our migrations make up to ``version``, from an in-memory database."""
    from peewee import SqliteDatabase

    from contact_manager.store import migrations as module

    steps = module.MIGRATIONS if migrations is None else migrations
    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        for migration in steps:
            if migration.version <= version:
                migration.apply(db)
        return objects(db.connection())
    finally:
        db.close()


@dataclass(frozen=True)
class Finding:
    """One way a schema differs from ours: ``what`` is extra, missing, altered or check."""

    what: str
    kind: str
    name: str
    detail: str = ""

    @property
    def text(self) -> str:
        return _sentence(self.what, self.kind).format(name=self.name, detail=self.detail)


def _sentence(what: str, kind: str) -> str:
    sentences = {
        ("extra", "table"): translate("Schema", "it contains a table this app does not make: {name}"),
        ("extra", "index"): translate("Schema", "it contains an index this app does not make: {name}"),
        ("extra", "trigger"): translate("Schema", "it contains a trigger this app does not make: {name}"),
        ("extra", "view"): translate("Schema", "it contains a view this app does not make: {name}"),
        ("missing", "table"): translate("Schema", "it lacks the table {name} that this app makes"),
        ("missing", "index"): translate("Schema", "it lacks the index {name} that this app makes"),
        ("missing", "trigger"): translate("Schema", "it lacks the trigger {name} that this app makes"),
        ("missing", "view"): translate("Schema", "it lacks the view {name} that this app makes"),
        ("altered", "table"): translate("Schema", "its table {name} is not defined as this app defines it"),
        ("altered", "index"): translate("Schema", "its index {name} is not defined as this app defines it"),
        ("altered", "trigger"): translate(
            "Schema", "its trigger {name} is not defined as this app defines it"
        ),
        ("altered", "view"): translate("Schema", "its view {name} is not defined as this app defines it"),
        ("check", "table"): translate("Schema", "its table {name} lacks the rule {detail}"),
    }
    return sentences.get((what, kind)) or sentences[("altered", kind)]


def compare(actual: Objects, wanted: Objects) -> list[Finding]:
    """How ``actual`` differs from ``wanted``: extra objects first, then missing and altered."""
    extra, missing = actual.keys() - wanted.keys(), wanted.keys() - actual.keys()
    findings = [Finding("extra", kind, name) for (kind, name) in sorted(_named(extra, actual))]
    findings += [Finding("missing", kind, name) for (kind, name) in sorted(_named(missing, wanted))]
    for key in sorted(actual.keys() & wanted.keys()):
        if actual[key] == wanted[key]:
            continue
        kind, name = key
        lost = [rule for rule in checks(wanted[key]) if rule not in checks(actual[key])]
        findings += [Finding("check", kind, name, _readable(rule)) for rule in lost]
        if not lost:
            findings.append(Finding("altered", kind, name))
    return findings


def _named(keys: set[tuple[str, str]], definitions: Objects) -> set[tuple[str, str]]:
    """``keys`` without the automatic indexes of a table that is itself among them."""
    tables = {name.lower() for kind, name in keys if kind == "table"}
    return {
        (kind, name)
        for kind, name in keys
        if not (
            name.startswith("sqlite_autoindex_")
            and definitions[(kind, name)][len("automatic on ") :] in tables
        )
    }


def is_foreign(connection: sqlite3.Connection, version: int, application: int) -> bool:
    """Another program's file: its id, or objects without a version, or none of our tables."""
    if application not in (0, APPLICATION_ID):
        return True
    if version <= 0:
        return bool(objects(connection))
    if application == APPLICATION_ID:
        return False
    tables = {name for kind, name in objects(connection) if kind == "table"}
    return not tables & {name for kind, name in expected(version) if kind == "table"}


class UnexpectedSchema(StorageError):
    """The file is a Contact Manager database in name, but its schema is not ours."""

    def __init__(self, path: str, findings: list[Finding]) -> None:
        super().__init__(StorageError.NOT_A_DATABASE, path, "; ".join(f.text for f in findings))
        self.findings = findings

    @property
    def message(self) -> str:
        shown = "; ".join(finding.text for finding in self.findings[:3])
        if len(self.findings) > 3:
            shown += translate("Schema", " (and {count} more)").format(count=len(self.findings) - 3)
        return translate(
            "Schema",
            "{path} can't be used: {problems}. The file has not been changed.",
        ).format(path=self.path, problems=shown)


def header(connection: sqlite3.Connection) -> tuple[int, int]:
    """(user_version, application_id) of ``connection``'s database."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    return version, application


def schema_findings(connection: sqlite3.Connection, version: int) -> list[Finding]:
    return compare(objects(connection), expected(version))


def accept(connection: sqlite3.Connection, path: str) -> int:
    """The schema version of a database that is ours; raise StorageError for any other.

    Version 0 with no schema object is an empty file, ours to create. Raises NEWER for a
    newer version's file, NOT_A_DATABASE for another program's (a foreign application id,
    objects but no version, or none of our tables), UnexpectedSchema when it differs.
    """
    from contact_manager.store.migrations import LATEST_VERSION

    version, application = header(connection)
    if version > LATEST_VERSION and application in (0, APPLICATION_ID):
        raise StorageError(StorageError.NEWER, path)
    if is_foreign(connection, version, application) or version < 0:
        raise StorageError(StorageError.NOT_A_DATABASE, path)
    if version == 0:
        return 0  # an empty file, ours to create
    findings = schema_findings(connection, version)
    if findings:
        raise UnexpectedSchema(path, findings)
    return version
