"""Card drafts kept through an automatic lock (issue 13.3), on a real vault."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.errors import MigDeskError
from migdesk.office.retention import RetentionService
from migdesk.persons import drafts
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.requests.request_helpers import as_user, make_desk


def test_a_draft_is_kept_for_its_user_and_handed_over_once(vault: Vault) -> None:
    make_desk(vault)
    drafts.save_draft(vault, None, {"person": {"surname_ru": "Черновая"}})
    assert drafts.take_drafts(as_user(vault, "officer1")) == []  # another user's: not theirs
    taken = drafts.take_drafts(vault)
    assert [(d.person_id, d.data["person"]["surname_ru"]) for d in taken] == [(None, "Черновая")]
    assert drafts.take_drafts(vault) == []


def test_a_newer_draft_of_a_person_replaces_the_older(vault: Vault) -> None:
    person_id = PersonService(vault).add(sample_person()).id
    drafts.save_draft(vault, person_id, {"person": {"surname_ru": "Первый"}})
    drafts.save_draft(vault, person_id, {"person": {"surname_ru": "Второй"}})
    assert [d.data["person"]["surname_ru"] for d in drafts.take_drafts(vault)] == ["Второй"]


def test_only_a_writer_keeps_drafts(vault: Vault) -> None:
    make_desk(vault)
    with pytest.raises(MigDeskError):
        drafts.save_draft(as_user(vault, "carrier"), None, {"person": {}})


def test_only_a_writer_lists_or_removes_drafts(vault: Vault) -> None:
    """As the window, which restores drafts only for a user who may write persons; removing
    says whether the draft was there (the CLI's ``person drafts discard``)."""
    make_desk(vault)
    kept = drafts.save_draft(vault, None, {"person": {}})
    carrier = as_user(vault, "carrier")
    with pytest.raises(MigDeskError):
        drafts.list_drafts(carrier)
    with pytest.raises(MigDeskError):
        drafts.remove_draft(carrier, kept)
    assert drafts.remove_draft(as_user(vault, "officer1"), kept) is False  # not theirs
    assert drafts.remove_draft(vault, kept) is True
    assert drafts.remove_draft(vault, kept) is False


def test_destroying_a_person_removes_every_draft_of_it(vault: Vault) -> None:
    person_id = PersonService(vault).add(sample_person()).id
    drafts.save_draft(vault, person_id, {"person": {"surname_ru": "Уничтожаемый"}})
    make_desk(vault)
    RetentionService(vault).propose(person_id, "тест", early=True)  # four eyes: another user
    RetentionService(as_user(vault, "boss")).destroy(
        person_id, "тест", early=True, today=date.today()
    )
    assert drafts.take_drafts(vault) == []
