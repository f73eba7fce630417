"""The start counted in instructions: the same figures as bench_ui.py's starts, without the noise.

A shared machine's wall clock varies by a fifth from one start to the next (the bare window
alone: 118 to 186 ms in one run of 20), so two versions a few percent apart can't be told
apart by medians of a dozen starts. Valgrind's callgrind counts the instructions a process
runs, and gives the same count for the same code and input (to about 0.01%), whatever else
the machine is doing. It does not count waiting (a timer's delay, the disk), which bench_ui
does.

Each figure is one process under callgrind (hash seed fixed): the bare PySide6 window with
two tabs until its first frame; Contact Manager on the demo database, with "Account and
billing" and then "Company information" left open, until its first frame (the account on
screen: start to usable) and until every tab is built. Issue 15's targets, as ratios to the
bare window: 1.5x and 2x. Then what PySide6 alone costs of the app's first frame: making the
enums of the ``Qt`` namespace (93 enums, some 1,200 members) and of ``QStyle``, which every
window that names them pays and the bare window does not.

Needs valgrind (Debian's package); without it, says so and does nothing. About a minute.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_instructions.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_ui import APP, BARE, FIRST_PAINT, compile_bytecode, remember_tab
from scratch import ROOT, env, scratch_home

# The loader's steps begin at the first paint, or after FIRST_PAINT_TIMEOUT_MS if it never
# comes: 50 times slower under callgrind, the fallback would start them before the frame.
PATIENT = "import contact_manager.ui.shell.staged as staged\nstaged.FIRST_PAINT_TIMEOUT_MS = 600_000\n"

# The app until its first frame, as bench_ui's APP starts it, then quit.
APP_FRAME = (
    FIRST_PAINT
    + PATIENT
    + """
import sys
from PySide6.QtWidgets import QApplication
from contact_manager.app import open_main_window
window = open_main_window(sys.argv[1], "en")
app = QApplication.instance()
painted = FirstPaint(lambda: (say("SHOWN"), app.quit()))
window.installEventFilter(painted)
app.exec()
"""
)
APP_READY = PATIENT + APP

# PySide6 as the bare window imports it, then the same with one class's enums made.
IMPORTS = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
"""
ENUMS = {
    "the Qt namespace's enums": "from PySide6.QtCore import Qt\nQt.AlignmentFlag\n",
    "QStyle's enums": "from PySide6.QtWidgets import QStyle\nQStyle.PixelMetric\n",
}


def instructions(code: str, *args: str) -> int:
    """The instructions a fresh interpreter runs for ``code`` under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={Path(tmp) / 'callgrind.out'}",
                sys.executable,
                "-c",
                code,
                *args,
            ],
            capture_output=True,
            text=True,
            env=dict(env(), PYTHONHASHSEED="0"),
            cwd=ROOT,
            timeout=900,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind failed: {done.stderr[-2000:]}")
    return int(found.group(1))


def start_once(database: Path) -> None:
    """One start outside callgrind: the day's backup and the settings made, as on any day
    but the first."""
    command = [sys.executable, "-c", APP, str(database)]
    subprocess.run(command, check=True, capture_output=True, env=env(), cwd=ROOT)


def main() -> int:
    if shutil.which("valgrind") is None:
        print("bench_instructions: did not run (valgrind not found: apt-get install valgrind)")
        return 0
    compile_bytecode()
    with scratch_home() as tmp:
        demo = tmp / "demo.db"
        code = f"from contact_manager.app import ensure_demo; ensure_demo({str(demo)!r})"
        subprocess.run([sys.executable, "-c", code], check=True, env=env(), cwd=ROOT)
        bare = instructions(BARE)
        print(f"instructions (millions), one process each; bare PySide6 window: {bare / 1e6:,.1f}")
        print(f"  {'tab left open':22} {'start to usable':>22} {'every tab built':>22}   (targets 1.5x, 2x)")
        tabs = (("accountBillingTab", "Account and billing"), ("companyInfoTab", "Company information"))
        for tab, label in tabs:
            remember_tab(tab)
            start_once(demo)
            frame, ready = instructions(APP_FRAME, str(demo)), instructions(APP_READY, str(demo))
            usable = f"{frame / 1e6:14,.1f} ({frame / bare:.2f}x)"
            print(f"  {label:22} {usable} {ready / 1e6:14,.1f} ({ready / bare:.2f}x)")
        imports = instructions(IMPORTS + "sys.exit(0)\n")
        print("of which PySide6 making enums the bare window never makes:")
        for name, touch in ENUMS.items():
            made = instructions(IMPORTS + touch + "sys.exit(0)\n") - imports
            print(f"  {name:26} {made / 1e6:8,.1f} ({made / bare:.2f} of the bare window)")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
