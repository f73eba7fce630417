"""An account's JSON export written a user at a time is the text of the whole document."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from contact_manager.domain.contacts import Person
from contact_manager.services.account_document import FORMAT, AccountDocument

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)  # quotes, line ends, ...
PEOPLE = st.builds(Person, TEXT, TEXT, TEXT, active=st.booleans(), job_title=TEXT, phone=TEXT)
CONTACTS = st.fixed_dictionaries({"role": TEXT, "email": TEXT, "external": st.booleans()})


@given(
    name=TEXT,
    details=st.dictionaries(st.sampled_from(["address", "country", "phone"]), TEXT),
    users=st.lists(PEOPLE, max_size=4),
    contacts=st.lists(CONTACTS, max_size=3),
)
def test_the_chunks_are_the_documents_json_text(name, details, users, contacts):
    head = {"format": FORMAT, "format_version": 1, "account": {"name": name, **details, "reviewed_on": None}}
    document = AccountDocument(head, users, contacts)
    whole = json.dumps(document.as_dict(), ensure_ascii=False, indent=2) + "\n"
    assert "".join(document.chunks()) == whole


def test_the_chunks_of_an_account_without_users_or_contacts():
    head = {"format": FORMAT, "format_version": 1, "account": {"name": "Acme"}}
    text = "".join(AccountDocument(head, [], []).chunks())
    assert json.loads(text) == {**head, "users": [], "contacts": []}
    assert text.endswith('  "users": [],\n  "contacts": []\n}\n')
