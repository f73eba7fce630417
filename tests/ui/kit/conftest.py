"""The file-dialog tests' person: a home folder of their own."""

from __future__ import annotations

import pytest


@pytest.fixture
def user_home(tmp_path, monkeypatch):
    """A home with a Documents folder; the working folder, where the dialogs used to open, is
    elsewhere."""
    home = tmp_path / "person"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(tmp_path)
    return home
