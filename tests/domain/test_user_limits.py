"""A user's field limits are said once (``domain.company.USER_MAX_LENGTHS``): the rules, the
import and the store's models take them from there (the user dialog: tests/ui/users)."""

from __future__ import annotations

import pytest

from contact_manager.domain import company
from contact_manager.domain.company import USER_FIELDS, USER_MAX_LENGTHS, clean_optional, clean_person_name
from contact_manager.domain.csv_import import Verdict, judge, parse_csv
from contact_manager.domain.errors import InvalidField
from contact_manager.store.models import User


def test_every_user_field_has_one_limit_and_the_model_says_the_same():
    assert set(USER_MAX_LENGTHS) == set(USER_FIELDS)
    expected = {"first_name": 100, "last_name": 100, "email": 254, "job_title": 100, "phone": 25}
    assert expected == USER_MAX_LENGTHS
    assert {name: getattr(User, name).max_length for name in USER_FIELDS} == USER_MAX_LENGTHS


def test_the_rules_and_the_import_read_the_limits(monkeypatch):
    monkeypatch.setitem(company.USER_MAX_LENGTHS, "job_title", 5)
    monkeypatch.setitem(company.USER_MAX_LENGTHS, "last_name", 3)
    assert clean_optional("job_title", "CFO") == "CFO"
    with pytest.raises(InvalidField, match="at most 5 characters"):
        clean_optional("job_title", "Director")
    with pytest.raises(InvalidField, match="at most 3 characters"):
        clean_person_name("Anna", "Rossi")
    assert clean_person_name("Anna", "Ng") == ("Anna", "Ng")
    table = parse_csv(b"first,last,email,title\nAnna,Ng,anna@acme.example,Director\n")
    mapping = {"first_name": 0, "last_name": 1, "email": 2, "job_title": 3}
    (verdict,) = judge(table, mapping, set()).rows
    assert verdict.verdict is Verdict.REFUSED and "5 characters" in verdict.reason
