"""Accounts: creating, renaming and removing them, and the searchable chooser."""
