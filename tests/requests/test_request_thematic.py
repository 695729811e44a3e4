"""Thematic information items of Art. 4."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.errors import PermissionDenied, ValidationFailed
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import PersonLink, ThematicInput, ThematicService
from migdesk.requests.vocab import THEMATIC_CATEGORIES
from tests.requests.request_helpers import Desk, as_user


def test_six_categories() -> None:
    assert len(THEMATIC_CATEGORIES) == 6


def test_item_with_dates_persons_and_attachments(desk: Desk) -> None:
    person = desk.person("22222222-2222-2222-2222-222222222222")
    service = ThematicService(as_user(desk.vault, "officer1"))
    item_id = service.add(
        ThematicInput(
            category="violations",
            title="Канал через третью страну (тест)",
            text="Синтетическое описание канала незаконной миграции.",
            reported_on=date(2025, 2, 1),
            period_from=date(2024, 6, 1),
            period_until=date(2024, 12, 31),
            source_authority="AM-POLICE",
            persons=[PersonLink(person, "организатор (тест)")],
            attachments=[AttachmentInput("схема.png", "image/png", b"\x89PNG-test")],
        )
    )
    view = service.get(item_id)
    assert view.category_label.startswith("нарушения миграционного законодательства")
    assert view.persons == [PersonLink(person, "организатор (тест)")]
    assert service.attachment(item_id, view.attachments[0].id) == b"\x89PNG-test"
    assert [v.id for v in service.list("violations")] == [item_id]
    assert service.list("legislation") == []


@pytest.mark.parametrize(
    ("overrides", "path"),
    [
        ({"category": "gossip"}, "category"),
        ({"title": " "}, "title"),
        ({"text": ""}, "text"),
        ({"period_from": date(2025, 2, 1), "period_until": date(2025, 1, 1)}, "period_until"),
        ({"persons": [PersonLink("no-such-person")]}, "persons[0]"),
        ({"source_authority": "XX"}, "source_authority"),
        ({"attachments": [AttachmentInput("", "text/plain", b"x")]}, "attachments[0]"),
    ],
)
def test_bad_item_is_refused(desk: Desk, overrides: dict[str, object], path: str) -> None:
    data = ThematicInput(category="prevention", title="Практика (тест)", text="Текст.")
    for key, value in overrides.items():
        setattr(data, key, value)
    with pytest.raises(ValidationFailed) as caught:
        ThematicService(as_user(desk.vault, "officer1")).add(data)
    assert list(caught.value.problems) == [path]


def test_administrators_do_not_read_items(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        ThematicService(as_user(desk.vault, "root")).list()
