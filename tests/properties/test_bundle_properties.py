"""Properties of the readers of what a partner wrote: the bundle's label, its manifest, its
records, the record schemas and the person codec. Any bytes or JSON end in a result or a
named refusal (never another exception); what MigDesk writes reads back unchanged."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migdesk.bundles import BundleRejected, canonical
from migdesk.bundles.content import encode_records, parse_records
from migdesk.bundles.label import FileEntry, Kind, Label
from migdesk.bundles.manifest import (
    RECORDS_NAME,
    ROLE_ATTACHMENT,
    ROLE_RECORDS,
    Manifest,
    ManifestEntry,
    parse_manifest,
)
from migdesk.errors import ValidationFailed
from migdesk.exchange import ExchangeRefused
from migdesk.exchange import record_schemas as _registered  # noqa: F401 — registers schemas
from migdesk.exchange.record_schema import check_record, is_canonical_uuid
from migdesk.persons import codec
from tests.properties.budget import PROPERTY

pytestmark = pytest.mark.slow  # about 20 s together on an idle machine

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=15,
)
hex64 = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
codes = st.sampled_from(["KZ-MVD", "AM-MIGRATION", "KZ-MTSZN", "AM-POLICE"])


@st.composite
def labels(draw: st.DrawFn) -> Label:
    parts = draw(st.integers(1, 3))
    names = ["payload.bin"] if parts == 1 else [f"payload.{i:03d}" for i in range(parts)]
    files = tuple(FileEntry(name, draw(st.integers(1, 2**40)), draw(hex64)) for name in names)
    sender, addressee = draw(st.lists(codes, min_size=2, max_size=2, unique=True))
    return Label(
        bundle_id=str(draw(st.uuids(version=4))),
        sender=sender,
        addressee=addressee,
        channel=draw(st.sampled_from(["main", "urgent", "a-1"])),
        sequence=draw(st.integers(1, 999_999_999)),
        created=draw(st.datetimes(datetime(2000, 1, 1), datetime(2199, 12, 31))).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
        kind=draw(st.sampled_from(list(Kind))),
        addressee_cert_sha256=draw(hex64),
        files=files,
    )


@PROPERTY
@given(labels())
def test_label_written_reads_back(label: Label) -> None:
    assert Label.from_bytes(label.to_bytes()) == label


@PROPERTY
@given(st.one_of(st.binary(max_size=400), json_values.map(lambda v: json.dumps(v).encode())))
def test_label_any_bytes_parse_or_are_refused_by_name(data: bytes) -> None:
    try:
        Label.from_bytes(data)
    except BundleRejected as exc:
        assert exc.reason.value and str(exc)


@PROPERTY
@given(labels(), st.data())
def test_label_with_one_field_changed_is_refused_or_still_a_label(
    label: Label, data: st.DataObject
) -> None:
    raw = label.to_json()
    key = data.draw(st.sampled_from(sorted(raw)))
    raw[key] = data.draw(json_values)
    try:
        parsed = Label.from_bytes(canonical.dumps(raw))
    except (BundleRejected, ValueError, TypeError) as exc:
        # canonical.dumps itself may refuse what is not canonical JSON (floats): fine.
        assert str(exc) or isinstance(exc, TypeError)
        return
    assert parsed.to_json()[key] == raw[key] or key == "format"


def _manifest(label: Label, sizes: list[int]) -> Manifest:
    entries = [ManifestEntry(RECORDS_NAME, ROLE_RECORDS, "application/json", sizes[0], "a" * 64)]
    entries += [
        ManifestEntry(f"att-{i}.bin", ROLE_ATTACHMENT, "application/pdf", size, "b" * 64)
        for i, size in enumerate(sizes[1:])
    ]
    return Manifest.for_label(label, tuple(entries))


@PROPERTY
@given(labels(), st.lists(st.integers(0, 2**40), min_size=1, max_size=6))
def test_manifest_written_reads_back(label: Label, sizes: list[int]) -> None:
    manifest = _manifest(label, sizes)
    assert parse_manifest(manifest.to_bytes(), label) == manifest


def _sorted_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


@PROPERTY
@given(labels(), st.one_of(st.binary(max_size=300), json_values.map(_sorted_json)))
def test_manifest_any_bytes_parse_or_are_refused_by_name(label: Label, data: bytes) -> None:
    try:
        parse_manifest(data, label)
    except BundleRejected as exc:
        assert exc.reason.value and str(exc)


@PROPERTY
@given(st.lists(st.dictionaries(st.text(max_size=10), json_values, max_size=4), max_size=5))
def test_records_written_read_back(extra: list[dict[str, Any]]) -> None:
    records = [{**fields, "type": "person"} for fields in extra]
    try:
        encoded = encode_records(records)
    except ValueError:
        return  # e.g. a float json cannot write exactly; the writer refuses it
    assert parse_records(encoded) == json.loads(encoded)["records"]


@PROPERTY
@given(st.one_of(st.binary(max_size=300), json_values.map(lambda v: json.dumps(v).encode())))
def test_records_any_bytes_parse_or_are_refused_by_name(data: bytes) -> None:
    try:
        records = parse_records(data)
    except BundleRejected as exc:
        assert exc.reason.value == "malformed_records"
        return
    assert all(isinstance(r, dict) and isinstance(r["type"], str) for r in records)


record_types = st.sampled_from(
    ["cover", "person", "request", "request_step", "acknowledgement", "consent_request",
     "consent_answer", "signatory_change", "statistics"]
)  # fmt: skip


@PROPERTY
@given(record_types, st.dictionaries(st.text(max_size=14), json_values, max_size=8))
def test_record_schema_any_record_passes_or_is_refused_by_name(
    kind: str, fields: dict[str, Any]
) -> None:
    record = {**fields, "type": kind}
    try:
        check_record(3, record)
    except ExchangeRefused as exc:
        assert exc.reason.value == "invalid_record"
        assert "Запись № 3" in str(exc)


@PROPERTY
@given(
    st.uuids(),
    st.sampled_from([str.upper, lambda s: "{" + s + "}", lambda s: s.replace("-", "")]),
)
def test_only_the_canonical_uuid_spelling_is_accepted(value: uuid.UUID, spell: Any) -> None:
    canonical_form = str(value)
    assert is_canonical_uuid(canonical_form)
    other = spell(canonical_form)
    assert is_canonical_uuid(other) == (other == canonical_form)


@PROPERTY
@given(st.dictionaries(st.sampled_from(sorted(codec.ALL_FIELDS)), json_values, max_size=8))
def test_person_codec_any_json_is_checked_or_refused_by_field(raw: dict[str, Any]) -> None:
    try:
        checked = codec.check_person(raw)
    except ValidationFailed as exc:
        assert exc.problems
        return
    again = codec.check_person(checked.data)  # what the codec accepts it accepts unchanged
    assert again.data == checked.data
