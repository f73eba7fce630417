"""Render each tab of the real app on the demo database to docs/screenshots/*.png (1280x800).

`make screenshots` runs it in English and in Italian (files ending in "-it").

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--lang en|it] [--out DIR]
A fresh demo database is made in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from contact_manager.app import build_main_window, ensure_demo  # noqa: E402
from contact_manager.domain.languages import CODES, SOURCE_LANGUAGE  # noqa: E402

SIZE = (1280, 800)
# The tabs by objectName, and the file each is saved to (with "-it" for Italian).
PAGES = {
    "accountBillingTab": "account-and-billing",
    "companyInfoTab": "company-information",
    "usersTab": "users",
    "historyTab": "history",
}


def render(out: Path, lang: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["CONTACT_MANAGER_HOME"] = home  # settings and data stay in the temporary folder
        database = str(Path(home) / "demo.db")
        ensure_demo(database)
        window = build_main_window(database, lang)
        window.resize(*SIZE)
        app = QApplication.instance()
        suffix = "" if lang == "en" else f"-{lang}"
        for page, name in PAGES.items():
            tab = window.tabs.findChild(QWidget, page)
            if tab is None:
                continue
            window.tabs.setCurrentWidget(tab)
            for _ in range(5):
                app.processEvents()
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        app.processEvents()
    return written


def run(render: Callable[[Path, str], list[Path]], description: str | None, out: Path) -> int:
    """``--lang`` and ``--out`` (default ``out``), then ``render(out, lang)``; print what it wrote.
    Also the main of scripts/screenshots_states.py."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--lang", choices=CODES, default=SOURCE_LANGUAGE)
    parser.add_argument("--out", default=str(out))
    args = parser.parse_args()
    for path in render(Path(args.out), args.lang):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def main() -> int:
    return run(render, __doc__, ROOT / "docs" / "screenshots")


if __name__ == "__main__":
    raise SystemExit(main())
