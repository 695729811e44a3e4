"""No personal data in clear on disk: not in the vault, its WAL or shared memory, its key
slots, nor in temporary files; and every file MigDesk creates is private to its owner."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from migdesk.identity.iin import iin_with_check_digit
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from migdesk.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person
from tests.vault.vault_files import (
    all_files,
    find_plaintext,
    process_umask,
    run_cli,
)

PERSONAL_NUMBER = str(iin_with_check_digit("85041240012"))
DISTINCT = sample_person(
    surname_ru="Зюзюкинская",
    given_name_ru="Евлампия",
    patronymic_ru=None,
    sex="F",
    birth_date="1985-04-12",
    birth_place="г. Пробноградск",
    personal_number=PERSONAL_NUMBER,
    documents=[{"kind": "passport", "number": "QX7771234", "issued_by": "МВД РК (тест)"}],
)
NEEDLES = [
    "Зюзюкинская",
    "зюзюкинская",
    "ЗЮЗЮКИНСКАЯ",
    "Зюзюк",
    "ZIUZIUKINSKAIA",
    "ziuziukinskaia",
    "ZYUZYUKINSKAYA",
    "zyuzyukinskaya",
    "Евлампия",
    "EVLAMPIIA",
    "Пробноградск",
    "QX7771234",
    "qx7771234",
    PERSONAL_NUMBER,
]


def _private_env(tmpdir: Path) -> dict[str, str]:
    """Every variable a library may take its temporary directory from."""
    return {name: str(tmpdir) for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR")}


def test_scanner_finds_plaintext(tmp_path: Path) -> None:
    """The check below can fail: the same record in a file written in clear is found."""
    clear = tmp_path / "clear.json"
    clear.write_text(json.dumps(DISTINCT, ensure_ascii=False), encoding="utf-16-le")
    found = find_plaintext([clear], NEEDLES)
    assert {text for _, text, _ in found} >= {"Зюзюкинская", "QX7771234", PERSONAL_NUMBER}


def test_cli_session_leaves_no_plaintext(cli: Cli, vault_path: Path, tmp_path: Path) -> None:
    tmpdir = tmp_path / "private-tmp"
    tmpdir.mkdir()
    env = _private_env(tmpdir)

    assert cli("init", "--authority", "KZ-MVD", **env).code == 0
    added = cli("person", "add", "-", "--json", stdin=json.dumps(DISTINCT), **env)
    assert added.code == 0, added.stderr
    person_id = added.json()["id"]
    for query in ("Зюзюкинская", "ziuziukinskaia", "QX7771234", PERSONAL_NUMBER):
        found = cli("person", "search", query, "--json", **env)
        assert found.code == 0, found.stderr
        assert [row["id"] for row in found.json()] == [person_id], query
    shown = cli("person", "show", person_id, **env)
    assert "Зюзюкинская" in shown.stdout  # stored and readable with the key
    updated = cli(
        "person", "update", person_id, "-", stdin='{"notes": "Пробноградск, повторно"}', **env
    )
    assert updated.code == 0, updated.stderr
    assert cli("person", "history", person_id, **env).code == 0

    files = all_files(vault_path.parent) + all_files(tmpdir)
    assert vault_path in files and KeySlotFile.path_for(vault_path) in files
    assert find_plaintext(files, NEEDLES) == []


def test_open_vault_wal_holds_no_plaintext(vault: Vault, vault_path: Path) -> None:
    service = PersonService(vault)
    person_id = service.add(DISTINCT).id
    service.update(person_id, {"birth_place": "г. Пробноградск-2"})
    assert service.search("Зюзюкинская")[0].id == person_id
    wal = Path(f"{vault_path}-wal")
    assert wal.stat().st_size > 0  # the record is (also) in the WAL right now
    # Still open: scan the live WAL, shared memory, key slots and the main file.
    live = all_files(vault_path.parent)
    assert wal in live
    assert find_plaintext(live, NEEDLES) == []
    vault.close()
    assert find_plaintext(all_files(vault_path.parent), NEEDLES) == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_creates_private_files_and_directory(tmp_path: Path) -> None:
    vault_path = tmp_path / "new" / "nested" / "office.vault"
    result = run_cli(["init"], vault=vault_path, user=ADMIN, password=PASSWORD, umask=0o022)
    assert result.code == 0, result.stderr
    assert _mode(vault_path.parent) == 0o700
    assert _mode(vault_path.parent.parent) == 0o700
    assert _mode(vault_path) == 0o600
    assert _mode(KeySlotFile.path_for(vault_path)) == 0o600
    added = run_cli(
        ["person", "add", "-"],
        vault=vault_path,
        user=ADMIN,
        password=PASSWORD,
        umask=0o022,
        stdin=json.dumps(sample_person()),
    )
    assert added.code == 0, added.stderr
    assert sorted(_mode(p) for p in all_files(vault_path.parent)) == [0o600, 0o600]


def test_in_process_vault_files_are_private(tmp_path: Path) -> None:
    vault_path = tmp_path / "made-here" / "office.vault"
    with process_umask(0o022):
        vault = Vault.create(vault_path, ADMIN, PASSWORD)
        try:
            PersonService(vault).add(sample_person())
            wal, shm = Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm")
            assert wal.exists() and shm.exists()
            assert _mode(vault_path.parent) == 0o700
            for path in (vault_path, KeySlotFile.path_for(vault_path), wal, shm):
                assert _mode(path) == 0o600, path
        finally:
            vault.close()
