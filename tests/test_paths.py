"""Every path is chosen in one module, with overrides for a portable install and for tests."""

from __future__ import annotations

import stat
import sys

import pytest

from contact_manager import paths


def test_home_override_puts_everything_in_one_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("CONTACT_MANAGER_HOME", str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable"
    assert paths.log_dir() == tmp_path / "portable" / "logs"
    assert paths.default_database() == str(tmp_path / "portable" / "contacts.db")
    assert not (tmp_path / "portable").exists()  # choosing a path creates nothing


def test_db_override_wins_over_home(monkeypatch, tmp_path):
    monkeypatch.setenv("CONTACT_MANAGER_HOME", str(tmp_path / "portable"))
    monkeypatch.setenv("CONTACT_MANAGER_DB", str(tmp_path / "elsewhere.db"))
    assert paths.default_database() == str(tmp_path / "elsewhere.db")
    assert paths.data_dir() == tmp_path / "portable"


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")
def test_without_overrides_the_per_user_data_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("CONTACT_MANAGER_HOME", raising=False)
    monkeypatch.delenv("CONTACT_MANAGER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "ContactManager"
    assert paths.default_database() == str(tmp_path / "xdg" / "ContactManager" / "contacts.db")
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir() == tmp_path / "home" / ".local" / "share" / "ContactManager"


def test_empty_variables_are_ignored(monkeypatch):
    monkeypatch.setenv("CONTACT_MANAGER_HOME", "")
    monkeypatch.setenv("CONTACT_MANAGER_DB", "")
    assert paths.data_dir().name == "ContactManager"
    assert paths.default_database().endswith("contacts.db")


def test_ensure_private_dir(tmp_path):
    folder = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert paths.ensure_private_dir(folder) == folder  # again: no error
