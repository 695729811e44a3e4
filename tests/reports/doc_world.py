"""A vault with one message of every kind the documents are made from, a person, a
signatory holding a certificate of the test CA, and the PKCS#12 file of that key."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from migdesk.models import User
from migdesk.office.retention import RetentionService
from migdesk.persons.service import PersonService
from migdesk.pki import AuthorityKeys, create_authority
from migdesk.pki.files import save_certificates_pem, save_pkcs12
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import StepInput
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.requests.request_helpers import as_user, draft, incoming, make_desk
from tests.support.signing import sign

P12_PASSWORD = b"p12 test password"
DOOMED = "Уничтожаемова"  # surname of the destroyed record: must not appear in the act
LONG_TEXT = "\n".join(
    f"Абзац {i}: просим сообщить сведения о регистрации по месту пребывания, статусе "
    "проживания и документах, удостоверяющих личность (синтетические данные)." * 3
    for i in range(1, 25)
)


@dataclass
class World:
    vault: Vault  # seen as "boss" (supervisor, signs)
    officer: Vault
    keys: AuthorityKeys
    p12: Path
    ca_pem: Path
    signatory: int  # holds keys.signing
    person: str
    outgoing: str
    long_request: str
    information: str
    confirmation: str
    incoming: str  # more-info, obstacle, postpone, answer
    refused: str
    consent: str
    act: str  # id of the act of destruction of DOOMED's record (destroyed by "boss")
    confidential: str = ""  # incoming: confidentiality-impossible (Art. 11.1)
    withdrawn: str = ""  # outgoing: the partner's notice, then our confidential-withdraw
    more_info_sent: str = ""  # outgoing: the partner asked for more, we sent it (Art. 10.1)


def pdf_text(
    path: Path, first: int | None = None, last: int | None = None, mode: str = "-raw"
) -> str:
    """Text in content-stream order (``-raw``) or as laid out (``-layout``)."""
    args = ["pdftotext", mode]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def fonts_embedded(path: Path) -> list[tuple[str, str]]:
    """(font name, emb column) for every font of the file."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID: emb is 5th from the end
        rows.append((parts[0], parts[-5]))
    return rows


def build_world(vault: Vault, tmp: Path) -> World:
    desk = make_desk(vault)
    with vault.session() as session:
        # What the administrator enters for the users: letters print it (issue 13, item 8).
        session.get(User, "boss").full_name = "Руководителев Борис Олегович"  # type: ignore[union-attr]
        session.get(User, "boss").position = "Начальник управления"  # type: ignore[union-attr]
        session.get(User, "boss").phone = "+7 (7172) 71-00-01"  # type: ignore[union-attr]
        # The officer prepares the letters: the executor mark names them (GOST R 7.0.97).
        session.get(User, "officer1").full_name = "Исполнителев Илья Петрович"  # type: ignore[union-attr]
    boss = as_user(vault, "boss")
    officer = as_user(vault, "officer1")
    keys = create_authority("KZ-MVD")
    pem = keys.signing.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    signatory = (
        SignatoryService(boss)
        .add(
            SignatoryInput(
                authority="KZ-MVD",
                position="Первый заместитель министра внутренних дел",
                full_name="Сертификатов Ключ Подписович",
                valid_from=date(2024, 1, 1),
                certificate_pem=pem,
                user="boss",
            )
        )
        .id
    )
    p12 = tmp / "signer.p12"
    save_pkcs12(p12, keys.signing, P12_PASSWORD, "signer")
    ca_pem = tmp / "ca.pem"
    save_certificates_pem(ca_pem, [keys.ca.certificate])
    person = PersonService(officer).add(sample_person()).id

    service = desk.service("officer1")
    attachment = AttachmentInput("копия паспорта.png", "image/png", b"\x89PNG fake")
    outgoing = service.create_draft(
        draft(persons=[person], attachments=[attachment], other_info="Контакт: дежурная часть.")
    ).id
    boss_service = desk.service("boss")
    sign(boss_service, outgoing, desk.signatory)
    long_request = service.create_draft(draft(substance=LONG_TEXT)).id
    information = service.create_draft(
        draft(kind="information", cover_text="Направляем сведения о канале незаконной миграции.")
    ).id

    received = service.receive(incoming(date(2025, 3, 3), their_date=date(2025, 3, 1))).id
    confirmation = service.create_draft(
        draft(kind="confirmation", related=received, substance="Подпись на запросе не совпадает.")
    ).id
    for action, extra in (
        ("start", {}),
        ("obstacle", {"text": "Сервер ведомственной базы недоступен.", "until": date(2025, 3, 20)}),
        (
            "postpone",
            {
                "proceedings": "Уголовное дело № Т-1 (тест)",
                "mode": "conditions",
                "conditions": "Не раскрывать сведения обвиняемому.",
            },
        ),
        ("resume", {}),
        ("more-info", {"text": "Укажите дату въезда и номер миграционной карты."}),
        ("more-info-received", {}),
        (
            "answer",
            {"text": "Лицо состояло на учёте с 01.02.2024 по 01.08.2024.", "records": [person]},
        ),
    ):
        service.step(received, StepInput(action, on=date(2025, 3, 10), **extra))
    refused = service.receive(incoming(date(2025, 3, 4))).id
    service.step(
        refused,
        StepInput(
            "refuse",
            on=date(2025, 3, 11),
            reasons="Исполнение противоречит закону.",
            grounds=["national_law", "security"],
        ),
    )
    consent = service.receive(
        incoming(
            date(2025, 3, 5), substance="Просим согласия на передачу сведений третьей стороне."
        )
    ).id
    service.step(consent, StepInput("start", on=date(2025, 3, 12)))
    service.step(consent, StepInput("answer", on=date(2025, 3, 12), text="Согласие дано."))
    confidential = service.receive(incoming(date(2025, 3, 6))).id
    service.step(
        confidential,
        StepInput(
            "confidentiality-impossible",
            on=date(2025, 3, 13),
            text="Сведения можно получить только запросом в банк, который уведомит лицо.",
        ),
    )
    withdrawn = service.create_draft(draft()).id
    sign(boss_service, withdrawn, desk.signatory)
    service.step(withdrawn, StepInput("send"))
    service.step(
        withdrawn,
        StepInput("confidentiality-impossible", text="Лицо будет уведомлено.", their_number="АМ-5"),
    )
    service.step(withdrawn, StepInput("confidential-withdraw"))
    more_info_sent = service.create_draft(draft(persons=[person])).id
    sign(boss_service, more_info_sent, desk.signatory)
    service.step(more_info_sent, StepInput("send"))
    service.step(
        more_info_sent,
        StepInput("more-info", text="Укажите дату въезда.", their_number="АМ-7"),
    )
    service.step(
        more_info_sent,
        StepInput("more-info-sent", text="Въезд 01.03.2025 через пункт пропуска «Нур Жолы»."),
    )
    doomed = PersonService(officer).add(sample_person(surname_ru=DOOMED, sex="F")).id
    # Four eyes: the officer proposes, the supervisor approves by destroying.
    RetentionService(officer).propose(doomed, "просьба предоставившей Стороны", early=True)
    act = RetentionService(boss).destroy(doomed, "просьба предоставившей Стороны", early=True)
    return World(
        boss,
        officer,
        keys,
        p12,
        ca_pem,
        signatory,
        person,
        outgoing,
        long_request,
        information,
        confirmation,
        received,
        refused,
        consent,
        act.id,
        confidential,
        withdrawn,
        more_info_sent,
    )


def fresh_letters(world: World) -> tuple[str, str]:
    """An incoming request answered and one refused whose letters are not signed yet: a
    step's letter is signed once (Art. 10; kept with its step since migration 0032), so a
    test that signs them needs its own rather than the world's shared ones."""
    service = RequestService(world.officer)
    answered = service.receive(incoming(date(2025, 3, 3))).id
    service.step(answered, StepInput("start", on=date(2025, 3, 10)))
    service.step(
        answered,
        StepInput("answer", on=date(2025, 3, 10), text="Лицо состояло на учёте (тест)."),
    )
    refused = service.receive(incoming(date(2025, 3, 4))).id
    service.step(
        refused,
        StepInput(
            "refuse",
            on=date(2025, 3, 11),
            reasons="Исполнение противоречит закону.",
            grounds=["national_law"],
        ),
    )
    return answered, refused
