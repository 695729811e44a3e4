"""`person show` of a received record names its provider and handling limits (Art. 11.2,
11.3), as the GUI's banner does; the JSON stays the person format."""

from __future__ import annotations

from pathlib import Path

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station


def test_person_show_names_the_provider_and_the_limits(
    kz: Station, am: Station, stick: Path
) -> None:
    with kz.open() as vault:
        received = PersonService(vault).add(sample_person()).id
        exported = export_bundle(vault, AM, stick, persons=[received])
    assert exported.path is not None
    with am.open() as vault:
        import_bundle(vault, exported.path)
        own = PersonService(vault).add(sample_person(surname_ru="Своев")).id

    shown = am.cli()("person", "show", received)
    assert shown.code == 0
    lines = shown.stdout.splitlines()
    assert f"received_from: {KZ}, bundle 1" in "\n".join(lines)
    assert "no_onward_transfer: yes" in lines
    assert any(line.startswith("purpose: ") for line in lines)

    as_json = am.cli()("person", "show", received, "--json")
    assert "received_from" not in as_json.stdout and as_json.json()["id"] == received
    ours = am.cli()("person", "show", own)
    assert ours.code == 0 and "received_from" not in ours.stdout
