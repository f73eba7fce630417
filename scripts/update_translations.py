"""Refresh the Qt Linguist sources from the code: run after adding or changing a UI string.

Runs the PySide6 wheel's lupdate over every .py file of the package and updates the .ts of
every language in contact_manager/domain/languages.py: contact_manager_<code>.ts, with every
string (contact_manager_it.ts), or the plural forms only for the source language
(contact_manager_en.ts: the sources are English, but "%n contact(s)" needs its English forms).
Strings no longer in the code are dropped (-no-obsolete). No source locations are written
(-locations none): they would change with every edit and make branches conflict in the .ts.
Then translate the new entries (pyside6-linguist, or by hand in the .ts) and run
`make translations`.

Usage: python scripts/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from contact_manager.domain.languages import LANGUAGES  # noqa: E402
from scripts.build_translations import SOURCES, tool_command  # noqa: E402

PACKAGE = ROOT / "contact_manager"
# each language's .ts: its target locale and lupdate's options (the source language: plurals only)
CATALOGS = {
    language.code: (language.locale, ["-pluralonly"] if language.plurals_only else [])
    for language in sorted(LANGUAGES, key=lambda language: language.plurals_only)
}


def python_sources(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_file: Path, target_language: str, extra: list[str], locations: str = "none") -> None:
    """Merge the strings of the package's sources into ``ts_file`` (created if missing)."""
    files = [str(p.relative_to(ROOT)) for p in python_sources()]
    command = [
        *tool_command("lupdate"),
        *files,
        "-no-obsolete",
        "-locations",
        locations,
        "-source-language",
        "en_US",
        "-target-language",
        target_language,
        *extra,
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def main() -> int:
    SOURCES.mkdir(parents=True, exist_ok=True)
    for lang, (target, extra) in CATALOGS.items():
        lupdate(SOURCES / f"contact_manager_{lang}.ts", target, extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
