"""Guards the PySide6 pin: 6.12.0 on Python 3.11 over-releases None on void Qt calls.

Each call that returns nothing dropped one reference to None; after enough calls the
interpreter aborts ("none_dealloc"). The calls run in a subprocess, so an abort fails this
test instead of killing pytest.

From Python 3.12 on, None is immortal (PEP 683): its reference count never changes, so an
over-release can neither be seen nor abort the interpreter, and this test proves nothing there.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CALLS = 20_000

SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox()
box.addItems(["one", "two", "three"])
before = sys.getrefcount(None)
for i in range({CALLS}):
    box.setCurrentIndex(i % 3)
after = sys.getrefcount(None)
print(before, after)
"""


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): an over-release cannot show here",
)
def test_twenty_thousand_void_qt_calls_leave_none_alone():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, f"the interpreter died ({result.returncode}): {result.stderr[-2000:]}"
    before, after = map(int, result.stdout.split())
    assert before - after < 1000, f"None lost {before - after} references over {CALLS} calls"
