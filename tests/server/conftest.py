"""The server tests need the PostgreSQL test server ($CONTACT_MANAGER_TEST_PG)."""
