"""The SQLite store: connection, schema migrations and peewee models.

Only the services use it; SQL stays inside this package.
"""
