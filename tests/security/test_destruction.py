"""Destruction (Art. 11.5): after it, the person cannot be recovered from the vault file."""

from __future__ import annotations

import base64
import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from migdesk.demo import synthetic_persons
from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.reports.doc_model import Fields
from migdesk.security import audit
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person
from tests.security.sqlcipher_pages import plaintext_contains

SURNAME = "Зюзюкинская"
LATIN = "ZIUZIUKINSKAIA"
DOCUMENT = "QX7771234"


def doomed_person() -> dict[str, object]:
    return sample_person(
        surname_ru=SURNAME,
        given_name_ru="Пробная",
        sex="F",
        documents=[{"kind": "passport", "number": DOCUMENT}],
        photos=[
            {
                "mime": "image/png",
                "data_base64": base64.b64encode(b"PNG-synthetic-" + SURNAME.encode()).decode(),
            }
        ],
        keep_until=(date.today() - timedelta(days=1)).isoformat(),
    )


@pytest.fixture
def supervisor(vault: Vault, vault_path: Path) -> Vault:
    UserService(vault).add("chief", "supervisor", "head of unit pass 2")
    return Vault.open(vault_path, "chief", "head of unit pass 2")


def test_destroyed_person_is_not_in_any_decrypted_page(
    vault: Vault, vault_path: Path, supervisor: Vault
) -> None:
    bulk_add(vault, synthetic_persons(300, seed=3), validate=False)
    service = PersonService(vault)
    person = service.add(doomed_person()).id
    service.update(person, {"birth_place": "г. Временное"})
    assert service.search(SURNAME)  # leaves an audit entry for the search, too
    key = vault.data_key
    # The scanner must see the name before destruction, or the final check proves nothing.
    assert plaintext_contains(vault_path, key, SURNAME)

    due = RetentionService(supervisor).due()
    assert [d.record_id for d in due] == [person]
    # Four eyes: one user proposes, the supervisor approves by destroying.
    RetentionService(vault).propose(person, "истечение срока хранения")
    act = RetentionService(supervisor).destroy(person, "истечение срока хранения")
    supervisor.close()
    vault.close()

    for needle in (SURNAME, LATIN, DOCUMENT, "г. Временное", "PNG-synthetic-"):
        assert not plaintext_contains(vault_path, key, needle), needle
    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        with reopened.read_session() as session:
            assert audit.verify(session).ok
        rows = reopened.raw_execute("SELECT number, record_id FROM destruction_acts")
        assert rows == [(act.number, person)]
        assert PersonService(reopened).search("зюзюкин") == []
        assert reopened.raw_execute("PRAGMA integrity_check") == [("ok",)]
        # Other persons are intact and still found.
        assert PersonService(reopened).count() == 300


def test_only_a_supervisor_destroys(vault: Vault) -> None:
    person = PersonService(vault).add(doomed_person()).id
    with pytest.raises(PermissionDenied, match="supervisor"):
        RetentionService(vault).destroy(person, "основание")


def test_early_destruction_needs_explicit_flag(vault: Vault, supervisor: Vault) -> None:
    future = (date.today() + timedelta(days=30)).isoformat()
    person = PersonService(vault).add(sample_person(keep_until=future)).id
    RetentionService(vault).propose(person, "просьба предоставившей стороны")  # four eyes
    with pytest.raises(InvalidInput, match="досрочное"):
        RetentionService(supervisor).destroy(person, "основание")
    with pytest.raises(InvalidInput, match="основание"):
        RetentionService(supervisor).destroy(person, "  ", early=True)
    RetentionService(supervisor).destroy(person, "просьба предоставившей стороны", early=True)
    assert PersonService(vault).count() == 0


def test_default_retention_makes_old_records_due(vault: Vault) -> None:
    person = PersonService(vault).add(sample_person()).id
    service = RetentionService(vault)
    assert service.due() == []
    later = date.today() + timedelta(days=5 * 366)
    assert [d.record_id for d in service.due(later)] == [person]
    assert service.due(later)[0].from_default


def test_cli_destroy_writes_a_russian_act(cli_vault: Cli, tmp_path: Path) -> None:
    added = cli_vault(
        "person", "add", "-", "--json", stdin=json.dumps(doomed_person(), ensure_ascii=False)
    )
    person = added.json()["id"]
    secret = tmp_path / "pw"
    secret.write_text("head of unit pass 2")
    assert (
        cli_vault(
            "user", "add", "chief", "--role", "supervisor", "--password-file", str(secret)
        ).code
        == 0
    )
    due = cli_vault(
        "retention", "due", "--json", MIGDESK_USER="chief", MIGDESK_PASSWORD="head of unit pass 2"
    )
    assert [d["id"] for d in due.json()] == [person]
    refused = cli_vault("destroy", person, "--act-out", str(tmp_path / "x.pdf"))
    assert refused.code == 1 and "supervisor" in refused.stderr
    # Four eyes: the administrator-officer proposes, the supervisor approves.
    assert cli_vault("retention", "propose", person).code == 0
    act_path = tmp_path / "act.pdf"
    done = cli_vault(
        "destroy",
        person,
        "--act-out",
        str(act_path),
        "--json",
        MIGDESK_USER="chief",
        MIGDESK_PASSWORD="head of unit pass 2",
    )
    assert done.code == 0, done.stderr
    number = done.json()["act_number"]
    assert number.endswith(f"/{date.today().year}")
    text = subprocess.run(
        ["pdftotext", str(act_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # GOST requisites: date and number under the name block, then the title.
    assert f"{date.today():%d.%m.%Y} № {number}" in text
    assert "АКТ\nоб уничтожении информации" in text and person in text
    assert "пунктом 5 статьи 11" in text and "фотографические изображения" in text
    for needle in (SURNAME, LATIN, DOCUMENT, "Пробная"):
        assert needle not in text, needle
    fonts = subprocess.run(
        ["pdffonts", str(act_path)], capture_output=True, text=True, check=True
    ).stdout
    font_rows = fonts.splitlines()[2:]
    # Liberation Serif (Times New Roman metrics, issue 13 item 22); DejaVu only as fallback.
    assert font_rows and all(
        "LiberationSerif" in row or "DejaVuSerif" in row for row in font_rows
    ), fonts
    assert any("LiberationSerif" in row for row in font_rows), fonts
    assert all(row.split()[-5] == "yes" for row in font_rows), fonts  # the "emb" column
    assert (
        cli_vault(
            "person", "show", person, MIGDESK_USER="chief", MIGDESK_PASSWORD="head of unit pass 2"
        ).code
        == 1
    )
    # The act stays in the vault and prints again through doc render, by id or number.
    again = tmp_path / "again.pdf"
    reprint = cli_vault(
        "doc",
        "render",
        number,
        "--kind",
        "destruction-act",
        "--out",
        str(again),
        "--json",
        MIGDESK_USER="chief",
        MIGDESK_PASSWORD="head of unit pass 2",
    )
    assert reprint.code == 0, reprint.stderr
    assert reprint.json()["number"] == number and reprint.json()["kind"] == "destruction-act"
    kinds = cli_vault("doc", "kinds", "--json").json()
    assert "destruction-act" in {k["kind"] for k in kinds}


def test_destruction_needs_a_second_users_approval(vault: Vault, supervisor: Vault) -> None:
    from migdesk.office import four_eyes

    person = PersonService(vault).add(sample_person(keep_until="2020-01-01")).id
    # Four eyes (issue 13, item 5): no proposal, no destruction.
    with pytest.raises(PermissionDenied, match="согласия второго пользователя"):
        RetentionService(supervisor).destroy(person, "основание")
    # The supervisor proposing cannot approve their own proposal.
    RetentionService(supervisor).propose(person, "основание")
    with pytest.raises(InvalidInput, match="уже предложено"):
        RetentionService(vault).propose(person, "основание")
    with pytest.raises(PermissionDenied, match="не может сам его утвердить"):
        RetentionService(supervisor).destroy(person, "основание")
    assert PersonService(vault).get(person)["id"] == person
    # A one-person office: the administrator turns the rule off (audited) and the
    # supervisor destroys alone.
    four_eyes.set_enabled(vault, False)
    act = RetentionService(supervisor).destroy(person, "основание")
    assert act.proposed_by == "chief"  # the proposal is still recorded on the act
    assert RetentionService(vault).proposals() == []


def test_act_names_who_proposed_and_who_approved(vault: Vault, supervisor: Vault) -> None:
    from migdesk.reports.documents.service import DocumentService
    from migdesk.reports.gost_layout import render

    UserService(vault).set_profile(ADMIN, full_name="Предлагаев Олег Иванович")
    UserService(vault).set_profile("chief", full_name="Утвердилов Борис Петрович")
    person = PersonService(vault).add(sample_person(keep_until="2020-01-01")).id
    RetentionService(vault).propose(person, "истечение срока хранения")
    act = RetentionService(supervisor).destroy(person, "истечение срока хранения")
    assert (act.proposed_by, act.destroyed_by) == (ADMIN, "chief")
    document = DocumentService(supervisor).destruction_act(act)
    block = document.body[1]
    assert isinstance(block, Fields)
    fields = dict(block.rows)
    assert fields["Уничтожение предложил"] == "Предлагаев Олег Иванович"
    assert fields["Уничтожение утвердил и выполнил"] == "Утвердилов Борис Петрович"
    # Not on the signatory list: the approver signs in their own name, no second row.
    assert document.approval == document.signer and "Акт подписывает" not in fields
    assert render(document).pages >= 1


def test_cli_approval_prints_the_proposals_grounds_on_the_act(
    cli_vault: Cli, tmp_path: Path
) -> None:
    """The supervisor approves with `destroy ID` and no --grounds: the act carries the
    proposal's grounds, not «истечение срока хранения» for a record destroyed early."""
    person = cli_vault(
        "person", "add", "-", "--json", stdin=json.dumps(sample_person(), ensure_ascii=False)
    ).json()["id"]
    secret = tmp_path / "pw"
    secret.write_text("head of unit pass 2")
    add = ("user", "add", "chief", "--role", "supervisor", "--password-file", str(secret))
    assert cli_vault(*add).code == 0
    grounds = "цель обработки достигнута (ответ на запрос дан)"
    proposed = cli_vault("retention", "propose", person, "--early", "--grounds", grounds)
    assert proposed.code == 0, proposed.stderr
    chief = {"MIGDESK_USER": "chief", "MIGDESK_PASSWORD": "head of unit pass 2"}
    act_path = tmp_path / "act.pdf"
    done = cli_vault("destroy", person, "--act-out", str(act_path), "--json", **chief)
    assert done.code == 0, done.stderr
    acts = cli_vault("retention", "acts", "--json", **chief).json()
    assert [a["grounds"] for a in acts] == [grounds]
    text = subprocess.run(
        ["pdftotext", str(act_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "цель обработки достигнута" in text and "истечение срока хранения" not in text
