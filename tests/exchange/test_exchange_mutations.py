"""Property: whatever happens to a bundle on the way, importing it either succeeds exactly as
the untouched bundle would, or is refused and leaves the vault as it was."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.errors import MigDeskError
from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.pki import AuthorityKeys
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, audit_head, state

FILES = ("label.json", "label.p7s", "payload.bin")


@dataclass(frozen=True)
class Setup:
    am: Station  # pristine: never opened by an example
    bundle: Path
    expected: dict[str, Any]  # the state after importing the untouched bundle
    before: dict[str, Any]
    head: tuple[int, str]


@pytest.fixture(scope="module")
def setup(
    world: tuple[Station, Station, AuthorityKeys], tmp_path_factory: pytest.TempPathFactory
) -> Setup:
    root = tmp_path_factory.mktemp("mutations")
    kz = world[0].copy_to(root / "kz")
    am = world[1].copy_to(root / "am")
    stick = root / "stick"
    stick.mkdir()
    with kz.open() as vault:
        service = PersonService(vault)
        ids = [
            service.add(sample_person()).id,
            service.add(sample_person(surname_ru="Образцова", sex="F")).id,
        ]
        result = export_bundle(vault, AM, stick, persons=ids, note="тест")
    assert result.path is not None
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
    reference = am.copy_to(root / "reference")
    with reference.open() as vault:
        import_bundle(vault, result.path)
        expected = state(vault)
    return Setup(am, result.path, expected, before, head)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, str, int, bytes]:
    kind = draw(st.sampled_from(["flip", "truncate", "append", "delete", "extra", "noop"]))
    name = draw(st.sampled_from(FILES))
    position = draw(st.integers(min_value=0, max_value=4000))
    data = draw(st.binary(min_size=1, max_size=16))
    return kind, name, position, data


def _mutate(folder: Path, mutation: tuple[str, str, int, bytes]) -> None:
    kind, name, position, data = mutation
    path = folder / name
    content = path.read_bytes()
    if kind == "flip":
        index = position % len(content)
        path.write_bytes(content[:index] + bytes([content[index] ^ data[0]]) + content[index + 1 :])
    elif kind == "truncate":
        path.write_bytes(content[: position % len(content)])
    elif kind == "append":
        path.write_bytes(content + data)
    elif kind == "delete":
        path.unlink()
    elif kind == "extra":
        (folder / f"extra-{position}.txt").write_bytes(data)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutation=mutations())
def test_mutated_bundle_imports_identically_or_changes_nothing(
    setup: Setup, mutation: tuple[str, str, int, bytes]
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        bundle = root / setup.bundle.name
        shutil.copytree(setup.bundle, bundle)
        _mutate(bundle, mutation)
        am = setup.am.copy_to(root / "am")
        with am.open() as vault:
            try:
                import_bundle(vault, bundle)
            except MigDeskError:
                assert state(vault) == setup.before
                assert audit_head(vault) == setup.head
            else:
                assert state(vault) == setup.expected
