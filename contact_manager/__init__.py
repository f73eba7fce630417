"""Contact Manager: the points of contact of company accounts, kept straight."""

__version__ = "0.1.0"
APP_NAME = "Contact Manager"
ORG_NAME = "Contact Manager"
