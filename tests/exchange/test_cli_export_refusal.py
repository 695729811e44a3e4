"""`bundle export --json` that cannot write its bundle still answers in JSON: the status
names the medium's problem (``ExportStatus``), the message is on stderr too, exit 1."""

from __future__ import annotations

from pathlib import Path

from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station


def test_export_to_a_missing_folder_answers_in_json(kz: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person()).id
    gone = tmp_path / "stick-not-inserted"
    args = ("--to", AM, "--out", str(gone), "--person", person, "--json")
    result = kz.cli()("bundle", "export", *args)
    assert result.code == 1
    answer = result.json()
    assert answer["status"] == "target_missing" and answer["sequence"] is None
    assert answer["message"] in result.stderr and answer["path"] is None
    assert not gone.exists()
