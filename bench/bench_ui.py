"""How fast the window is, next to a bare PySide6 window with two tabs started in the same run.

Prints:
- start-up to window shown (each start in a fresh process, several runs, median), for the
  bare window and for Contact Manager on the demo database, with "Account and billing" and
  then with "Company information" left open; target: within 1.5x of the bare one;
- with 100,000 users in the account: building the window, showing "Company information"
  (target < 150 ms) and one type-ahead keystroke in a combo box (target < 50 ms);
- peak memory of each process (its own high-water mark, VmHWM).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_ui.py [--runs N] [--users N]
     QT_QPA_PLATFORM=offscreen python bench/bench_ui.py --scaling 1000,10000,100000,1000000 [--runs N]
     (the scaling table of bench/README.md: a row per size, each beside its own bare window)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from scratch import BARE_WINDOW, ROOT, child, env, scratch_home

# The peak memory of the process itself: a started process's ru_maxrss also counts the RSS its
# parent had when it started it (hundreds of MiB once the parent has made a million users).
OWN_PEAK = """
import resource


def own_peak_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

# Both starts report the same moment: the end of the window's first frame (a zero-delay
# timer queued from the window's first paint runs once that frame is done).
FIRST_PAINT = (
    OWN_PEAK
    + """
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then, self.seen = then, False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.then)
        return False


def say(word):
    print(word, flush=True)

"""
)


BARE = (
    FIRST_PAINT
    + """
import json, resource, sys
"""
    + BARE_WINDOW
    + """
window.resize(1280, 800)
painted = FirstPaint(lambda: (say("SHOWN"), app.quit()))
window.installEventFilter(painted)
window.show()
app.exec()
print(json.dumps({"maxrss_kb": own_peak_kb()}), flush=True)
"""
)

# The app as `contact-manager` starts it: the window's frame first, then the loader's steps.
APP = (
    FIRST_PAINT
    + """
import json, resource, sys
from PySide6.QtWidgets import QApplication
from contact_manager.app import open_main_window
window = open_main_window(sys.argv[1], "en")
app = QApplication.instance()
painted = FirstPaint(lambda: say("SHOWN"))
window.installEventFilter(painted)
window.accountShown.connect(lambda: say("ACCOUNT"))
window.loader.finished.connect(lambda: (say("READY"), app.quit()))
window.loader.failed.connect(lambda error: (say(f"FAILED {error!r}"), app.exit(1)))
app.exec()
print(json.dumps({"maxrss_kb": own_peak_kb()}), flush=True)
"""
)

LARGE = (
    OWN_PEAK
    + """
import json, resource, statistics, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from contact_manager.app import build_main_window

def settle():  # a large account's users are read apart: wait for them (the time counts)
    while window.context.users.busy or window.admin.users_tab.busy:
        app.processEvents()



t0 = time.perf_counter()
window = build_main_window(sys.argv[1], "en")
app = QApplication.instance()
app.processEvents()
settle()
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
settle()
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
app.processEvents()
t0 = time.perf_counter()
window.tabs.setCurrentWidget(window.admin.users_tab)
window.admin.users_tab.repaint()
app.processEvents()
settle()
window.admin.users_tab.repaint()
users_tab = time.perf_counter() - t0
assert window.admin.users_tab.proxy.rowCount() > 1000
print(json.dumps({
    "users_tab_s": users_tab,
    "build_s": built, "show_tab_s": show_tab, "reload_s": reload,
    "key_median_s": statistics.median(keys), "key_max_s": max(keys), "first_key_s": keys[0],
    "maxrss_kb": own_peak_kb(),
}), flush=True)
"""
)

FIRST = ["Mario", "Luca", "Giulia", "Anna", "Paolo", "Marta", "Francesca", "Marco", "Chiara", "Davide"]
LAST = ["Rossi", "Bianchi", "Verdi", "Neri", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci"]


def time_to_lines(code: str, *args: str, lines: tuple[str, ...] = ("SHOWN",)) -> tuple[list[float], int]:
    """Seconds from launching a fresh interpreter until it prints each of ``lines``, in order."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env(), cwd=ROOT
    )
    assert proc.stdout is not None
    times = []
    for expected in lines:
        line = proc.stdout.readline()
        times.append(time.perf_counter() - t0)
        if line.strip() != expected:
            proc.kill()
            raise RuntimeError(f"start-up failed: expected {expected}, got {line!r}")
    rest = proc.stdout.read()
    proc.wait(timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"start-up failed: {rest!r}")
    return times, json.loads(rest.strip().splitlines()[-1])["maxrss_kb"]


def remember_tab(name: str) -> None:
    """The tab the next starts open on, as if the person had left it open (the scratch home's
    settings)."""
    code = (
        "from contact_manager.settings import open_settings\n"
        f"settings = open_settings(); settings.setValue('mainWindow/tab', {name!r}); settings.sync()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=env(), cwd=ROOT)


def compile_bytecode() -> None:
    """Compile the package as an installer does, so no start pays for compiling the sources
    (with PYTHONDONTWRITEBYTECODE set, every start would otherwise recompile them)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "contact_manager")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


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


def large_figures(tmp: Path, users: int, runs: int) -> dict | None:
    """The figures with ``users`` users: LARGE's (build, keystrokes, Users tab, peak memory)
    and ``runs`` fresh starts on that database (to usable, to every tab, their peak memory)."""
    large = tmp / f"large-{users}.db"
    t0 = time.perf_counter()
    make_large(large, users)
    made = time.perf_counter() - t0
    try:
        data = child(LARGE, str(large), timeout=1800)
    except RuntimeError as failed:
        print(failed)
        return None
    starts = [time_to_lines(APP, str(large), lines=("SHOWN", "ACCOUNT", "READY")) for _ in range(runs)]
    data["made_s"] = made
    data["usable_s"] = statistics.median(run[0][1] for run in starts)
    data["every_s"] = statistics.median(run[0][2] for run in starts)
    data["start_rss_kb"] = max(run[1] for run in starts)
    large.unlink()
    return data


def bare_start(runs: int) -> tuple[float, float]:
    """The bare window's start (median of ``runs``) and peak memory (MiB), the baselines of
    each row of the table."""
    time_to_lines(BARE)  # the file cache warm
    starts = [time_to_lines(BARE) for _ in range(runs)]
    return statistics.median(run[0][0] for run in starts), max(run[1] for run in starts) / 1024


def scaling(sizes: list[int], runs: int) -> int:
    """The scaling table of bench/README.md: one row per size, each with its own baseline (a
    million users: one fresh start, as each takes seconds)."""
    compile_bytecode()
    print(
        "| users     | bare window (start, memory) | start to usable | every tab built "
        "| peak memory (start / after Users tab) | type-ahead key (median / worst) | Users tab first paint |"
    )
    print(
        "|-----------|----------------------------:|----------------:|----------------:|"
        + "-" * 38
        + ":|"
        + "-" * 32
        + ":|"
        + "-" * 22
        + ":|"
    )
    with scratch_home() as tmp:
        for users in sizes:
            size_runs = 1 if users >= 1_000_000 else runs
            bare, bare_mib = bare_start(size_runs)
            data = large_figures(tmp, users, size_runs)
            if data is None:
                return 1
            usable, every = data["usable_s"], data["every_s"]
            memory = f"{data['start_rss_kb'] / 1024:.1f} / {data['maxrss_kb'] / 1024:.1f} MiB"
            keys = f"{data['key_median_s'] * 1000:.1f} / {data['key_max_s'] * 1000:.1f} ms"
            print(
                f"| {users:<9,} | {bare * 1000:8.0f} ms, {bare_mib:.1f} MiB "
                f"| {usable * 1000:5.0f} ms ({usable / bare:.2f}x) "
                f"| {every * 1000:5.0f} ms ({every / bare:.2f}x) | {memory:>37} | {keys:>31} "
                f"| {data['users_tab_s'] * 1000:18,.0f} ms |",
                flush=True,
            )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument(
        "--scaling",
        metavar="SIZES",
        help="print the scaling table for these numbers of users instead (e.g. 1000,10000,100000,1000000)",
    )
    args = parser.parse_args()
    if args.scaling:
        return scaling([int(size) for size in args.scaling.split(",")], args.runs)
    with scratch_home() as tmp:
        demo = tmp / "demo.db"
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
        compile_bytecode()
        steps = ("SHOWN", "ACCOUNT", "READY")
        bare, app, bare_rss, app_rss = [], [], 0, 0
        time_to_lines(BARE)  # warm the file cache once for both
        time_to_lines(APP, str(demo), lines=steps)
        for _ in range(args.runs):
            seconds, rss = time_to_lines(BARE)
            bare.append(seconds[0])
            bare_rss = max(bare_rss, rss)
            seconds, rss = time_to_lines(APP, str(demo), lines=steps)
            app.append(seconds)
            app_rss = max(app_rss, rss)
        remember_tab("companyInfoTab")  # where contacts are edited: often the tab left open
        company_bare, company = [], []
        for _ in range(args.runs):
            company_bare.append(time_to_lines(BARE)[0][0])
            company.append(time_to_lines(APP, str(demo), lines=steps)[0])
        remember_tab("accountBillingTab")
        b = statistics.median(bare)
        shown, account, ready = (statistics.median(run[i] for run in app) for i in range(3))
        cb = statistics.median(company_bare)
        c_account, c_ready = (statistics.median(run[i] for run in company) for i in (1, 2))
        print(f"start-up, median of {args.runs} fresh processes (each from launch to the end of a frame)")
        bare_mib = bare_rss / 1024
        print(f"  bare PySide6 window, two tabs : {b * 1000:7.0f} ms   peak memory {bare_mib:6.1f} MiB")
        print("  Contact Manager on the demo database:")
        print(
            f"    window shown                : {shown * 1000:7.0f} ms   {shown / b:5.2f}x   (target <= 1.5x)"
        )
        print(f"    account on screen           : {account * 1000:7.0f} ms   {account / b:5.2f}x")
        print(
            f"    every tab built             : {ready * 1000:7.0f} ms   {ready / b:5.2f}x"
            f"   peak memory {app_rss / 1024:6.1f} MiB"
        )
        print(f"  with Company information left open (bare window {cb * 1000:.0f} ms in these runs):")
        print(f"    account on screen           : {c_account * 1000:7.0f} ms   {c_account / cb:5.2f}x")
        print(f"    every tab built             : {c_ready * 1000:7.0f} ms   {c_ready / cb:5.2f}x")

        data = large_figures(tmp, args.users, args.runs)
        if data is None:
            return 1
        print(f"\nwith {args.users:,} users in the account (database made in {data['made_s']:.1f} s)")
        print(f"  build and show the window     : {data['build_s'] * 1000:7.0f} ms")
        print(f"  show Company information      : {data['show_tab_s'] * 1000:7.1f} ms   (target < 150 ms)")
        print(f"  reload after an outside change: {data['reload_s'] * 1000:7.0f} ms")
        print(
            f"  type-ahead keystroke          : {data['key_median_s'] * 1000:7.1f} ms median, "
            f"{data['key_max_s'] * 1000:.1f} ms worst   (target < 50 ms)"
        )
        print(f"  Users tab, first paint        : {data['users_tab_s'] * 1000:7.0f} ms")
        print(
            f"  peak memory                   : {data['maxrss_kb'] / 1024:7.1f} MiB   (target < 110 MiB;"
            f" bare window {bare_mib:.1f} MiB)"
        )
        usable, every = data["usable_s"], data["every_s"]
        print(
            f"  start to usable (fresh process): {usable * 1000:6.0f} ms   {usable / b:5.2f}x bare"
            f"   every tab built {every * 1000:.0f} ms   {every / b:5.2f}x"
            f"   peak memory {data['start_rss_kb'] / 1024:6.1f} MiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
