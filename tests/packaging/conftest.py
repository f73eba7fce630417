"""The packaging scripts live in packaging/ (not a Python package: the name would shadow the
`packaging` library); their tests import them as top-level modules from there."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
