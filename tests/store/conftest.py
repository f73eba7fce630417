"""The store's tests also run the command line as a real process (a lock, a full disk)."""

from tests.cli.conftest import cli, cli_env  # noqa: F401 - fixtures, shared with tests/cli
