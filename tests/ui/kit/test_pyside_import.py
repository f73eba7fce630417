"""PySide6's import hook is off once the window starts: the modules imported afterwards are
not read whole to look for the word PySide6 (milliseconds at every start, and their lines
kept in memory), and the window works without it. Run in a fresh interpreter, as a start is.
"""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
import textwrap

from contact_manager.app import ensure_demo
from contact_manager.ui.kit.pyside_import import release_import_hook

LATER = textwrap.dedent(
    """
    import json, linecache, sys
    from PySide6.QtWidgets import QApplication
    sys.path.insert(0, sys.argv[2])
    if sys.argv[3] == "window":
        from contact_manager.app import open_main_window

        window = open_main_window(sys.argv[1], "en")
        app = QApplication.instance()
        window.loader.finished.connect(app.quit)
        window.loader.failed.connect(lambda error: app.exit(1))
        app.exec()
        shown = window.windowTitle()
    else:
        shown = None
    import names_pyside

    print(json.dumps({"read": names_pyside.__file__ in linecache.cache, "title": shown}))
    """
)


def _start(tmp_path, how: str) -> dict:
    demo = tmp_path / "demo.db"
    if not demo.exists():
        ensure_demo(str(demo))
    modules = tmp_path / "modules"
    modules.mkdir(exist_ok=True)
    (modules / "names_pyside.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONTACT_MANAGER_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", LATER, str(demo), str(modules), how],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_after_the_start_a_module_imported_is_not_read_for_the_word_pyside(tmp_path):
    # PySide6 alone reads the module's whole source (and linecache keeps it) ...
    assert _start(tmp_path, "bare")["read"] is True
    # ... the window's start takes that hook off, and the window is whole without it
    seen = _start(tmp_path, "window")
    assert seen["read"] is False
    assert seen["title"].startswith("Contact Manager")


def test_an_import_hook_that_is_not_pysides_is_left_in_place(monkeypatch):
    current = builtins.__import__

    def someone_elses(*args, **kwargs):
        return current(*args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", someone_elses)
    assert release_import_hook() is False
    assert builtins.__import__ is someone_elses
