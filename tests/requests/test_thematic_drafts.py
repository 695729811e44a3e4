"""Drafts of new thematic items (Art. 4) in the one draft store, beside person cards' drafts,
on a real vault: per user, per kind, replaced by the form's own draft id, files included."""

from __future__ import annotations

import pytest

from migdesk.errors import MigDeskError
from migdesk.persons import drafts as card_drafts
from migdesk.requests import thematic_drafts
from migdesk.requests.records import AttachmentInput
from migdesk.vault import Vault
from tests.requests.request_helpers import as_user, make_desk


def test_a_thematic_draft_is_kept_for_its_user_and_apart_from_person_cards(vault: Vault) -> None:
    make_desk(vault)
    card_drafts.save_draft(vault, None, {"person": {"surname_ru": "Черновая"}})
    kept = thematic_drafts.save_draft(vault, {"title": "Канал"})
    assert [d.data["title"] for d in thematic_drafts.list_drafts(vault)] == ["Канал"]
    assert thematic_drafts.list_drafts(as_user(vault, "officer1")) == []  # not theirs
    # The person cards' drafts are the cards' only, and the other way round.
    assert [d.data for d in card_drafts.list_drafts(vault)] == [
        {"person": {"surname_ru": "Черновая"}}
    ]
    assert card_drafts.remove_draft(vault, kept) is False
    assert thematic_drafts.remove_draft(vault, kept) is True
    assert thematic_drafts.list_drafts(vault) == []
    assert len(card_drafts.take_drafts(vault)) == 1


def test_keeping_again_under_the_same_id_replaces_the_draft(vault: Vault) -> None:
    first = thematic_drafts.save_draft(vault, {"title": "Первый"})
    assert thematic_drafts.save_draft(vault, {"title": "Второй"}, first) == first
    other = thematic_drafts.save_draft(vault, {"title": "Другая форма"})
    listed = {d.id: d.data["title"] for d in thematic_drafts.list_drafts(vault)}
    assert listed == {first: "Второй", other: "Другая форма"}


def test_chosen_files_travel_with_the_draft(vault: Vault) -> None:
    files = [AttachmentInput("схема.pdf", "application/pdf", b"%PDF-1.7 \x00\xff")]
    thematic_drafts.save_draft(vault, {"attachments": thematic_drafts.attachments_json(files)})
    (draft,) = thematic_drafts.list_drafts(vault)
    assert thematic_drafts.attachments_from_json(draft.data["attachments"]) == files


def test_only_a_working_role_keeps_thematic_drafts(vault: Vault) -> None:
    make_desk(vault)
    with pytest.raises(MigDeskError):
        thematic_drafts.save_draft(as_user(vault, "carrier"), {"title": "x"})
