"""A keyring backend for the tests' CLI processes: a JSON file named by $CM_TEST_KEYRING.

The real CLI process picks it with ``PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring``,
so a test can put a password where the command line looks for one, and see what it kept.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def file(self) -> Path:
        return Path(os.environ["CM_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        return json.loads(self.file.read_text()) if self.file.exists() else {}

    def get_password(self, service, username):
        return self._read().get(f"{service}|{username}")

    def set_password(self, service, username, password):
        kept = self._read()
        kept[f"{service}|{username}"] = password
        self.file.write_text(json.dumps(kept))

    def delete_password(self, service, username):
        kept = self._read()
        if kept.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError(username)
        self.file.write_text(json.dumps(kept))
