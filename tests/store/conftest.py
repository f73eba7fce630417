"""The store's tests also run the command line as a real process (a lock, a full disk) and
check that a refused write leaves no trace, as the services' tests do."""

from tests.cli.conftest import cli, cli_env  # noqa: F401 - fixtures, shared with tests/cli
from tests.services.conftest import refused  # noqa: F401 - a refusal leaves no trace
