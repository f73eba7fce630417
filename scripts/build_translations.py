"""Compile the Qt Linguist sources in resources/translations into .qm files in the package.

Run by `make translations` (and so by `make run`, `make test` and the packaging scripts):
the compiled files are build output, never edited by hand or committed; the package ships
them (package data), not this tool. The icons need no build step: the SVGs live in the
package (``contact_manager/icons``).

Usage: python scripts/build_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
OUTPUT = ROOT / "contact_manager" / "i18n"


def tool_command(tool: str) -> list[str]:
    """The command running one of the PySide6 wheel's Linguist tools (lupdate, lrelease)."""
    found = shutil.which(f"pyside6-{tool}", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "PySide6.scripts.pyside_tool", tool]


def lrelease_command() -> list[str]:
    return tool_command("lrelease")


def build(sources: Path = SOURCES, output: Path = OUTPUT) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(sources.glob("*.ts")):
        qm = output / (ts.stem + ".qm")
        # written beside it, then put in its place in one step: a window already running (a
        # second `make run`) reads its .qm mapped into memory, and a file rewritten in place
        # under it can end that process
        part = qm.with_name(qm.name + ".part")
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(part)], check=True)
        part.replace(qm)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"built {path.relative_to(ROOT)}")
