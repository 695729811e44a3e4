"""Property: a request or letter record with any one field broken (missing, null, another
type, absurd) is either imported as a valid message or refused by name with the vault
unchanged — never a crash, never half an import. Real bundles signed with KZ's keys."""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.exchange import ExchangeRefused, import_bundle
from migdesk.pki import AuthorityKeys
from tests.exchange.exchange_world import AM, KZ, Station, audit_head, state, write_raw

ODD_VALUES: list[Any] = [
    None,
    0,
    -1,
    10**30,
    True,
    "",
    " ",
    "x" * 5000,
    "2026-02-30",
    [],
    ["x"],
    {},
    {"a": 1},
    "00000000-0000-4000-8000-000000000000",
]
REQUEST_FIELDS = [
    "id",
    "kind",
    "from",
    "to",
    "number",
    "date",
    "substance",
    "purpose",
    "justification",
    "categories",
    "related",
    "persons",
    "signatory",
    "attachments",
]
STEP_FIELDS = [
    "id",
    "request_id",
    "request_number",
    "seq",
    "action",
    "date",
    "number",
    "text",
    "details",
    "records",
    "attachments",
]
_sequences = itertools.count(1)


def _records(request_id: str) -> list[dict[str, Any]]:
    today = date.today().isoformat()
    return [
        {
            "type": "request",
            "id": request_id,
            "kind": "request",
            "from": KZ,
            "to": AM,
            "number": f"KZ-{request_id[:6]}",
            "date": today,
            "substance": "Просим сообщить сведения (синтетические данные).",
            "purpose": "Проверка.",
            "justification": "Заявление.",
            "categories": ["registration"],
            "related": None,
            "persons": [],
            "signatory": {"name": "Тестов Т.Т.", "position": "Начальник"},
            "attachments": [],
        },
        {
            "type": "request_step",
            "id": f"{request_id}#5",
            "request_id": request_id,
            "request_number": f"KZ-{request_id[:6]}",
            "seq": 5,
            "action": "withdraw",
            "date": today,
            "number": "KZ-W-1",
            "text": "Отзываем.",
            "details": {},
            "records": [],
            "attachments": [],
        },
    ]


@pytest.fixture(scope="module")
def stations(
    world: tuple[Station, Station, AuthorityKeys], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Station, Station, Path]:
    root = tmp_path_factory.mktemp("request-fuzz")
    return world[0].copy_to(root / "kz"), world[1].copy_to(root / "am"), root


def _tables(vault: Any) -> dict[str, Any]:
    extra = {
        "requests": "SELECT id, state FROM requests",
        "steps": "SELECT request_pk, seq, action FROM request_steps",
        "items": "SELECT direction, item_type, item_key FROM exchange_items",
        "journal": "SELECT journal_id, seq FROM journal_entries",
    }
    return {**state(vault), **{k: sorted(vault.raw_execute(v)) for k, v in extra.items()}}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    which=st.sampled_from(["request", "request_step"]),
    field=st.data(),
    value=st.sampled_from(ODD_VALUES) | st.text(max_size=40),
    drop=st.booleans(),
)
def test_broken_field_imports_cleanly_or_refuses_without_change(
    stations: tuple[Station, Station, Path],
    which: str,
    field: st.DataObject,
    value: Any,
    drop: bool,
) -> None:
    kz, am, root = stations
    request_id = str(uuid.uuid4())
    records = _records(request_id)
    target = records[0] if which == "request" else records[1]
    key = field.draw(st.sampled_from(REQUEST_FIELDS if which == "request" else STEP_FIELDS))
    if drop:
        target.pop(key, None)
    else:
        target[key] = value
    out = root / f"bundle-{uuid.uuid4()}"
    out.mkdir()
    path = write_raw(kz, AM, out, records, sequence=next(_sequences))
    with am.open() as vault:
        before, head = _tables(vault), audit_head(vault)
        try:
            result = import_bundle(vault, path)
        except ExchangeRefused as refused:
            assert str(refused).strip()
            assert _tables(vault) == before and audit_head(vault) == head
            return
        assert result.status == "imported"
        states = dict(vault.raw_execute("SELECT id, state FROM requests"))
        if any(c.change == "new" for c in result.preview.requests):
            registered = [c.id for c in result.preview.requests if c.change == "new"]
            assert all(states[rid] in ("registered", "received", "withdrawn") for rid in registered)
