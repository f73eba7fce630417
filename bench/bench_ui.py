"""How fast the window is, next to a bare PySide6 window with two tabs started in the same run.

Prints:
- start-up to window shown (each start in a fresh process, several runs, median), for the
  bare window and for Contact Manager on the demo database; target: within 1.5x of the bare one;
- with 100,000 users in the account: building the window, showing "Company information"
  (target < 150 ms) and one type-ahead keystroke in a combo box (target < 50 ms);
- peak memory (ru_maxrss) of each process.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_ui.py [--runs N] [--users N]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import resource, sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QLabel("one"), "Account and billing")
tabs.addTab(QLabel("two"), "Company information")
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.processEvents()
print("SHOWN", flush=True)
print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
""".replace("import resource", "import json, resource")

APP = """
import json, resource, sys
from PySide6.QtWidgets import QApplication
from contact_manager.app import build_main_window
window = build_main_window(sys.argv[1], "en")
QApplication.instance().processEvents()
print("SHOWN", flush=True)
print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
"""

LARGE = """
import json, resource, statistics, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from contact_manager.app import build_main_window

t0 = time.perf_counter()
window = build_main_window(sys.argv[1], "en")
app = QApplication.instance()
app.processEvents()
built = time.perf_counter() - t0

window.tabs.setCurrentIndex(0)
app.processEvents()
t0 = time.perf_counter()
window.tabs.setCurrentIndex(1)
window.company_tab.repaint()
app.processEvents()
show_tab = time.perf_counter() - t0

t0 = time.perf_counter()
window.context.reload()
app.processEvents()
reload = time.perf_counter() - t0

box = window.company_tab.others[list(window.company_tab.others)[0]]
edit = box.lineEdit()
window.activateWindow()
edit.setFocus()
edit.selectAll()
QTest.keyClick(edit, Qt.Key.Key_Backspace)
keys = []
for word in ("ross", "mario", "bian", "@ex"):
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    app.processEvents()
    for char in word:
        t0 = time.perf_counter()
        QTest.keyClicks(edit, char)
        app.processEvents()
        keys.append(time.perf_counter() - t0)
    QTest.keyClick(box.completer_.popup(), Qt.Key.Key_Escape)
print(json.dumps({
    "build_s": built, "show_tab_s": show_tab, "reload_s": reload,
    "key_median_s": statistics.median(keys), "key_max_s": max(keys), "first_key_s": keys[0],
    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}), flush=True)
"""

FIRST = ["Mario", "Luca", "Giulia", "Anna", "Paolo", "Marta", "Francesca", "Marco", "Chiara", "Davide"]
LAST = ["Rossi", "Bianchi", "Verdi", "Neri", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci"]


def env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def time_to_shown(code: str, *args: str) -> tuple[float, int]:
    """Seconds from launching a fresh interpreter until it says the window is shown."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env(), cwd=ROOT
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    rest = proc.stdout.read()
    proc.wait(timeout=120)
    if line.strip() != "SHOWN" or proc.returncode != 0:
        raise RuntimeError(f"start-up failed: {line!r} {rest!r}")
    return elapsed, json.loads(rest.strip().splitlines()[-1])["maxrss_kb"]


def make_large(path: Path, users: int) -> None:
    """An account with ``users`` users (bulk-inserted: setting up the benchmark, not timing it)."""
    sys.path.insert(0, str(ROOT))
    from contact_manager.demo import create_demo
    from contact_manager.services import Services

    services = Services.open(str(path))
    account = create_demo(services)
    services.close()
    rows = []
    for i in range(users):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        email = f"{first}.{last}.{i}@example.com".lower()
        rows.append((account.id, first, f"{last} {i // 100}", email, email, 1 if i % 50 else 0, "", ""))
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO app_user (account_id, first_name, last_name, email, email_key, active,"
            " job_title, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--users", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CONTACT_MANAGER_HOME"] = str(Path(tmp) / "home")
        demo = Path(tmp) / "demo.db"
        subprocess.run(
            [
                sys.executable,
                "-c",
                f"from contact_manager.app import ensure_demo; ensure_demo({str(demo)!r})",
            ],
            check=True,
            env=env(),
            cwd=ROOT,
        )
        bare, app, bare_rss, app_rss = [], [], 0, 0
        time_to_shown(BARE)  # warm the file cache once for both
        for _ in range(args.runs):
            seconds, rss = time_to_shown(BARE)
            bare.append(seconds)
            bare_rss = max(bare_rss, rss)
            seconds, rss = time_to_shown(APP, str(demo))
            app.append(seconds)
            app_rss = max(app_rss, rss)
        b, a = statistics.median(bare), statistics.median(app)
        print(f"start-up to window shown, median of {args.runs} fresh processes")
        print(
            f"  bare PySide6 window, two tabs : {b * 1000:7.0f} ms   peak memory {bare_rss / 1024:6.1f} MiB"
        )
        print(f"  Contact Manager (demo db)     : {a * 1000:7.0f} ms   peak memory {app_rss / 1024:6.1f} MiB")
        print(f"  ratio                         : {a / b:7.2f}x   (target <= 1.5x)")

        large = Path(tmp) / "large.db"
        t0 = time.perf_counter()
        make_large(large, args.users)
        print(
            f"\nwith {args.users:,} users in the account (database made in {time.perf_counter() - t0:.1f} s)"
        )
        result = subprocess.run(
            [sys.executable, "-c", LARGE, str(large)],
            capture_output=True,
            text=True,
            env=env(),
            cwd=ROOT,
            timeout=600,
        )
        if result.returncode != 0:
            print(result.stderr)
            return 1
        data = json.loads(result.stdout.strip().splitlines()[-1])
        print(f"  build and show the window     : {data['build_s'] * 1000:7.0f} ms")
        print(f"  show Company information      : {data['show_tab_s'] * 1000:7.1f} ms   (target < 150 ms)")
        print(f"  reload after an outside change: {data['reload_s'] * 1000:7.0f} ms")
        print(
            f"  type-ahead keystroke          : {data['key_median_s'] * 1000:7.1f} ms median, "
            f"{data['key_max_s'] * 1000:.1f} ms worst   (target < 50 ms)"
        )
        print(f"  peak memory                   : {data['maxrss_kb'] / 1024:7.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
