"""Language tests must leave the app speaking English (their helpers: tests/i18n/helpers.py).

They need the compiled catalogues: `make test` builds them first (`make translations`), and
test_translation_complete.py fails when they are stale rather than rebuilding them.
"""

from __future__ import annotations

import pytest

from contact_manager import language


@pytest.fixture(autouse=True)
def source_language(qapp):
    language.uninstall()
    yield
    language.uninstall()
