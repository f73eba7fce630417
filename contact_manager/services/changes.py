"""How a front end learns that another client committed: the one place that knows the backend.

``ChangeFeed(services)``: on SQLite ``polls`` is True and ``version()`` is the file's data
version, which changes when another connection commits; the caller compares it now and then.
On PostgreSQL ``polls`` is False: ``listen()`` opens the LISTEN connection
(``store.listening``), whose socket the caller watches, and ``arrived()`` reads what the
server sent. ``ChangeFeedLost`` says the listening connection is gone; after ``listen()``
succeeds again the caller reloads, since what was committed in between was not heard (the
store's own connection mends itself at its next transaction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from contact_manager.store.listening import Listener, ListenerLost

if TYPE_CHECKING:
    from contact_manager.services import Services


class ChangeFeedLost(Exception):
    """The server can't be heard now (restarted, network down): listen again later."""


class ChangeFeed:
    def __init__(self, services: Services) -> None:
        self.store = services.store
        self.listener: Listener | None = None
        self.polls = not self.store.server  # a server notifies its changes

    def version(self) -> int:
        """SQLite's data version: another value means another connection committed."""
        return self.store.data_version()

    def listen(self) -> int:
        """Open the listening connection; its socket's file number. Raises ChangeFeedLost."""
        self.close()
        try:
            listener = Listener.open(self.store.db)
        except ListenerLost as error:
            raise ChangeFeedLost(str(error)) from error
        if listener is None:
            raise ChangeFeedLost("no server")
        self.listener = listener
        return listener.fileno()

    def arrived(self) -> set[int]:
        """The ids of the accounts changed since last asked (maybe none). Raises ChangeFeedLost."""
        if self.listener is None:
            raise ChangeFeedLost("not listening")
        try:
            payloads = self.listener.drain()
        except ListenerLost as error:
            self.listener = None
            raise ChangeFeedLost(str(error)) from error
        return {int(payload) for payload in payloads if payload.strip().isdigit()}

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None
