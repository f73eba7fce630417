"""The store: connection (a SQLite file or a PostgreSQL server), schema migrations and
peewee models.

Only the services use it; SQL stays inside this package.
"""

from contact_manager.store.pg_driver import hide_from_peewee

hide_from_peewee()  # psycopg is loaded when a server is opened, not with peewee at every start
