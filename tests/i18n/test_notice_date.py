"""The notice names the day of the change as its reader says it, on the local calendar."""

from __future__ import annotations

import os
import time

import pytest

from contact_manager.domain.notice import NoticeFacts, render_notice
from contact_manager.domain.roles import Role
from contact_manager.language import translator_for


@pytest.fixture
def rome():
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Rome"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def _body(since: str, lang: str) -> str:
    facts = NoticeFacts(
        account_name="Acme S.p.A.",
        roles=(Role.SECURITY,),
        new=(("Anna Rossi", "anna@acme.example"),),
        old=(),
        since=since,
        receives=(),
    )
    return render_notice(facts, translator_for(lang)).get_content()


@pytest.mark.parametrize(
    ("since", "lang", "day"),
    [
        ("2026-03-01T09:30:00+00:00", "en", "1 March 2026"),
        ("2026-03-01T09:30:00+00:00", "it", "1 marzo 2026"),
        ("2026-06-30T23:30:00+00:00", "en", "1 July 2026"),  # past midnight in Rome
        ("2026-06-30T23:30:00+00:00", "it", "1 luglio 2026"),
    ],
)
def test_the_day_is_written_out_in_the_message_language(qapp, rome, since, lang, day):
    assert day in _body(since, lang)
