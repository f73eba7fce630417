"""The rules of an account's points of contact: pure Python, no Qt and no database."""
