"""The person schema's quick check (fastjsonschema) and jsonschema agree: a record the quick
check passes has no problems for jsonschema either, so ``schema_problems`` gives the same
answer and the same Russian messages as jsonschema alone; and a valid record no longer
goes through jsonschema at all (bundle imports check every record)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migdesk.persons import codec, schema
from tests.conftest import sample_person
from tests.persons.test_bulk import crafted_records


def _slow_problems(data: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    with monkeypatch.context() as m:
        m.setattr(schema, "passes_fast_check", lambda _data: False)
        return schema.schema_problems(data)


BASES = [codec.check_person(r).data for r in [sample_person(), *crafted_records()]]
FIELDS = sorted({k for base in BASES for k in base})
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=3),
    st.sampled_from([1.0, 0.5, float("nan"), 10**20]),
    st.sampled_from(["", " ", "KAZ", "kaz", "X", "M", "F", "1990", "1990-13-01", "ы" * 101]),
    st.sampled_from(["passport", "stay", "image/png", "work_permit", "A" * 33, "2030-12-31"]),
    st.text(max_size=5),
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["kind", "number", "country", "x", "mime"]), inner),
    ),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(
    base=st.sampled_from(range(len(BASES))),
    changes=st.lists(
        st.tuples(st.sampled_from([*FIELDS, "unknown"]), VALUES, st.booleans()),
        min_size=1,
        max_size=3,
    ),
)
def test_quick_check_passes_only_what_jsonschema_passes(
    base: int, changes: list[tuple[str, Any, bool]]
) -> None:
    data = copy.deepcopy(BASES[base])
    for field, value, inside in changes:
        target = data.get(field)
        if inside and isinstance(target, list) and target and isinstance(target[0], dict):
            if not target[0]:
                continue
            # One key of the first sub-record (documents, registrations, …).
            key = sorted(target[0])[len(str(value)) % len(target[0])]
            target[0][key] = value
        else:
            data[field] = value
    before = copy.deepcopy(data)
    fast = schema.passes_fast_check(data)
    assert data == before  # nothing filled in
    if fast:
        assert schema._validator().is_valid(data), data


def test_same_problems_as_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = {**BASES[1], "sex": "Q", "citizenship": ["KAZ", "KAZ"], "surname_ru": "ы" * 101}
    bad["documents"] = [{"kind": "passport", "number": "1", "extra": 1}]
    for data in [*BASES, bad, {**BASES[0], "revision": True}, {**BASES[0], "x": 1}]:
        assert schema.schema_problems(data) == _slow_problems(data, monkeypatch)
    assert len(schema.schema_problems(bad)) == 4


def test_a_valid_record_is_not_walked_by_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("jsonschema walked a valid record")

    for data in BASES:
        with monkeypatch.context() as m:
            m.setattr(schema, "_validator", refuse)
            assert schema.schema_problems(data) == {}
