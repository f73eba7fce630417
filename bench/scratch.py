"""What the benchmark scripts share: their options, and a throwaway folder as the app's home.

Imported by the bench scripts themselves (never by the app or by the code they run in a fresh
interpreter); named without the ``bench_`` prefix so that ``run_all.py`` does not run it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What the app is measured against: a bare PySide6 window with two tabs (code for a fresh
# interpreter that has imported sys; it goes on to show ``window`` and switch ``tabs``).
BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QLabel("one"), "Account and billing")
tabs.addTab(QLabel("two"), "Company information")
window.setCentralWidget(tabs)
"""


# The start of a benchmark's window process (bench_responsive, bench_accounts): the window
# opened as `contact-manager` opens it, and the heartbeat (heartbeat.py) ready to beat;
# sys.argv[1] is this folder, sys.argv[2] the database.
WINDOW_START = """
import sys, json, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from heartbeat import Heartbeat
from contact_manager.app import open_main_window

window = open_main_window(sys.argv[2], "en")
app = QApplication.instance()
ready = []
window.loader.finished.connect(lambda: ready.append(True))
beat = Heartbeat()
"""


def options(description: str | None, **defaults: int) -> argparse.Namespace:
    """The command line of a benchmark: one ``--name N`` option for each default given."""
    parser = argparse.ArgumentParser(description=description)
    for name, default in defaults.items():
        parser.add_argument(f"--{name}", type=int, default=default)
    return parser.parse_args()


@contextmanager
def scratch_home() -> Iterator[Path]:
    """A temporary folder, deleted afterwards, whose ``home`` the app (and its children) use."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CONTACT_MANAGER_HOME"] = str(Path(tmp) / "home")
        yield Path(tmp)


def env() -> dict[str, str]:
    """The environment of a child process: the offscreen platform unless one is chosen."""
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def child(code: str, *args: str, timeout: float = 900) -> dict:
    """Run ``code`` with ``args`` in a fresh interpreter from the project's folder; the JSON of
    the last line it printed (a RuntimeError with what it wrote to stderr when it failed)."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])
