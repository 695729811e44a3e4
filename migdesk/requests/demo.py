"""Clearly synthetic requests in every state, for demonstrations and screen reviews.

The requests are written by two demo users (``demo.officer``, ``demo.supervisor``) that
have no key slot, so nobody can log in as them; every text says it is demo data. The user
running the demo is assigned to each request, so an officer sees them (Art. 11.1).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from migdesk.models import Authority, Person, User
from migdesk.requests.access import is_working
from migdesk.requests.authorities import own_authority
from migdesk.requests.records import DraftInput, IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import Action, StepInput
from migdesk.vault import Vault

DEMO = "(демонстрационные данные MigDesk)"
DEMO_USERS = {"demo.officer": "officer", "demo.supervisor": "supervisor"}

A = Action
# Paths through the Art. 10 table; the last state reached is what the demo shows.
OUTGOING_PATHS: list[list[Action]] = [
    [],
    [A.SIGN],
    [A.SIGN, A.SEND],
    [A.SIGN, A.SEND, A.MORE_INFO],
    [A.SIGN, A.SEND, A.MORE_INFO, A.MORE_INFO_SENT, A.OBSTACLE],
    [A.SIGN, A.SEND, A.POSTPONE],
    [A.SIGN, A.SEND, A.ANSWER],
    [A.SIGN, A.SEND, A.REFUSE],
    [A.SIGN, A.SEND, A.PARTIAL_REFUSE],
    [A.SIGN, A.SEND, A.WITHDRAW],
    [A.SIGN, A.SEND, A.CONFIDENTIALITY_IMPOSSIBLE],
    [A.CANCEL],
]
INCOMING_PATHS: list[tuple[int, list[Action]]] = [  # (days ago received, steps)
    (2, []),
    (12, [A.START]),
    (33, [A.START]),  # overdue
    (20, [A.START, A.MORE_INFO]),
    (25, [A.START, A.MORE_INFO, A.MORE_INFO_RECEIVED, A.OBSTACLE]),
    (40, [A.START, A.POSTPONE]),
    (28, [A.START, A.ANSWER]),
    (45, [A.START, A.REFUSE]),
    (18, [A.START, A.PARTIAL_REFUSE]),
    (9, [A.WITHDRAW]),
    (6, [A.START, A.CONFIDENTIALITY_IMPOSSIBLE]),
]


# Signs a message as the given user (its signatory's): the digital signature on the rendered
# message, which records the sign step (issue 13, item 4). Given by ``migdesk.signing.demo``.
Signer = Callable[[Vault, str, int], object]


def _step(action: Action, on: date, persons: list[str]) -> StepInput:
    step = StepInput(action=action.value, on=on, text=f"Текст шага {DEMO}.")
    if action is A.POSTPONE:
        step.mode, step.proceedings = "conditions", f"Производство № ДЕМО-1 {DEMO}"
        step.conditions = "Использовать только в целях запроса до окончания производства."
    elif action in (A.REFUSE, A.PARTIAL_REFUSE):
        step.reasons, step.grounds = f"Причины отказа {DEMO}.", ["national_law"]
        step.answered, step.not_answered = "Сведения о регистрации.", "Сведения о документах."
    elif action is A.ANSWER:
        step.records = persons[:1]
    return step


def _demo_users(vault: Vault) -> None:
    with vault.session() as session:
        for name, role in DEMO_USERS.items():
            if session.get(User, name) is None:
                session.add(
                    User(
                        name=name,
                        role=role,
                        full_name=f"Демо-пользователь {DEMO}",
                        created_at=datetime.now(UTC).replace(tzinfo=None),
                        active=True,
                    )
                )


def create_demo_requests(vault: Vault, seed: int, sign: Signer) -> int:
    """Creates requests in every state of both directions, plus Art. 8 information and a
    9.5 confirmation; returns how many messages were created. ``sign`` signs the outgoing
    ones as the demo supervisor."""
    rnd = random.Random(seed)
    _demo_users(vault)
    acting = Vault(vault.path, vault.engine, vault.vault_id, "demo.supervisor", vault.data_key)
    with vault.read_session() as session:
        own = own_authority(session) or "KZ-MVD"
        own_row = session.get(Authority, own)
        country = own_row.country if own_row else "KZ"
        partners = list(
            session.scalars(
                select(Authority.code).where(
                    Authority.country != country, Authority.ended_on.is_(None)
                )
            )
        )
        persons = list(session.scalars(select(Person.id).order_by(Person.pk).limit(50)))
    viewer = [vault.user] if is_working(vault.user_role(vault.user)) else []
    signatory = (
        SignatoryService(acting)
        .add(
            SignatoryInput(
                authority=own,
                position=f"Заместитель руководителя {DEMO}",
                full_name="Демонстрационный Подписант",
                valid_from=date(2020, 1, 1),
                user="demo.supervisor",
            )
        )
        .id
    )
    service, today = RequestService(acting), date.today()
    # Four eyes: the demo officer writes the outgoing messages, the demo supervisor signs.
    writer = RequestService(
        Vault(vault.path, vault.engine, vault.vault_id, "demo.officer", vault.data_key)
    )
    created = 0
    for path in OUTGOING_PATHS:
        chosen = rnd.sample(persons, k=min(len(persons), 2))
        made = writer.create_draft(
            DraftInput(
                from_authority=own,
                to_authority=rnd.choice(partners),
                substance=f"Просьба предоставить сведения о лицах {DEMO}.",
                purpose="Проверка оснований пребывания.",
                justification="Рассмотрение заявления о виде на жительство.",
                persons=chosen,
                categories=["registration", "residence_status"],
                assignees=viewer,
            )
        )
        for action in path:
            if action is A.SIGN:
                sign(acting, made.id, signatory)
            else:
                service.step(made.id, _step(action, today, chosen))
        created += 1
    for days_ago, path in INCOMING_PATHS:
        chosen = rnd.sample(persons, k=min(len(persons), 1))
        received = today - timedelta(days=days_ago)
        made = service.receive(
            IncomingInput(
                from_authority=rnd.choice(partners),
                to_authority=own,
                received_on=received,
                substance=f"Запрос сведений о гражданине {DEMO}.",
                purpose="Установление правового статуса.",
                justification="Проверка по делу о выдворении.",
                their_number=f"ДЕМО-{rnd.randint(100, 999)}",
                persons=chosen,
                categories=["restrictions"],
                assignees=viewer,
            )
        )
        for offset, action in enumerate(path, start=1):
            on = min(today, received + timedelta(days=offset * 3))
            service.step(made.id, _step(action, on, chosen))
        created += 1
    doubted = service.receive(
        IncomingInput(
            from_authority=rnd.choice(partners),
            to_authority=own,
            received_on=today - timedelta(days=3),
            kind="information",
            substance=f"Сведения о выявленном канале незаконной миграции {DEMO}.",
            cover_text="Направляется в порядке статьи 8 Соглашения.",
            assignees=[*viewer, "demo.officer"],  # who writes the 9.5 confirmation about it
        )
    )
    confirmation = writer.create_draft(
        DraftInput(
            from_authority=own,
            to_authority=rnd.choice(partners),
            kind="confirmation",
            related=doubted.id,
            substance=f"Просим подтвердить подлинность сообщения {DEMO}.",
            assignees=viewer,
        )
    )
    sign(acting, confirmation.id, signatory)
    service.step(confirmation.id, _step(A.SEND, today, []))
    information = writer.create_draft(
        DraftInput(
            from_authority=own,
            to_authority=rnd.choice(partners),
            kind="information",
            substance=f"Изменения миграционного законодательства {DEMO}.",
            cover_text="Направляем в порядке статьи 8 Соглашения.",
            assignees=viewer,
        )
    )
    sign(acting, information.id, signatory)
    service.step(information.id, _step(A.SEND, today, []))
    return created + 3
