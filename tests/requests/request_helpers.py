"""Helpers for the request tests: users, inputs that satisfy the rules, paths through the
Art. 10 table."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import UTC, date, datetime

from migdesk.models import Person, User
from migdesk.requests.records import DraftInput, IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import INITIAL, TRANSITIONS, Action, State, StepInput
from migdesk.vault import Vault

USERS = {
    "officer1": "officer",
    "officer2": "officer",
    "boss": "supervisor",
    "root": "administrator",
    "carrier": "courier",
}


def as_user(vault: Vault, name: str) -> Vault:
    """The same open vault seen by another registered user (what logging in yields)."""
    return Vault(vault.path, vault.engine, vault.vault_id, name, vault.data_key)


@dataclass
class Desk:
    vault: Vault
    signatory: int  # of KZ-MVD, valid from 2020-01-01, signs as "boss"

    def service(self, user: str = "officer1") -> RequestService:
        return RequestService(as_user(self.vault, user))

    def person(self, person_id: str) -> str:
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.vault.session() as session:
            session.add(
                Person(
                    id=person_id,
                    surname_ru="Тестов",
                    sort_key="тестов",
                    created_at=now,
                    created_by="admin",
                    updated_at=now,
                    updated_by="admin",
                )
            )
        return person_id


def make_desk(vault: Vault) -> Desk:
    """Adds the users of ``USERS`` and one KZ-MVD signatory (signing as "boss")."""
    with vault.session() as session:
        for name, role in USERS.items():
            session.add(User(name=name, role=role, created_at=datetime(2025, 1, 1), active=True))
    added = SignatoryService(as_user(vault, "boss")).add(
        SignatoryInput(
            authority="KZ-MVD",
            position="Заместитель министра",
            full_name="Подписантов Тест Тестович",
            valid_from=date(2020, 1, 1),
            user="boss",
        )
    )
    return Desk(vault, added.id)


def draft(**overrides: object) -> DraftInput:
    data = DraftInput(
        to_authority="AM-POLICE",
        substance="Просим сообщить сведения о регистрации (синтетические данные).",
        purpose="Проверка оснований пребывания.",
        justification="Рассмотрение заявления о виде на жительство.",
        categories=["registration"],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def incoming(received_on: date = date(2025, 3, 3), **overrides: object) -> IncomingInput:
    data = IncomingInput(
        from_authority="AM-MIGRATION",
        received_on=received_on,
        substance="Запрос сведений о гражданине (синтетические данные).",
        purpose="Установление правового статуса.",
        justification="Проверка по делу о выдворении.",
        their_number="ТЕСТ-17",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def step_for(action: Action, on: date | None = None, signatory: int = 0) -> StepInput:
    """A step input that satisfies what ``action`` must say (``sign`` still needs the signed
    PDF, which only signing makes: ``tests.support.signing.sign``)."""
    step = StepInput(action=action.value, on=on, text="Текст шага (тест).")
    if action is Action.SIGN:
        step.signatory = signatory
    elif action is Action.POSTPONE:
        step.proceedings = "Уголовное дело № Т-1 (тест)"
    elif action in (Action.REFUSE, Action.PARTIAL_REFUSE):
        step.reasons, step.grounds = "Причины (тест).", ["security"]
        step.answered, step.not_answered = "Регистрация.", "Документы."
    return step


def path_to(kind: str, direction: str, target: State) -> list[Action]:
    """Shortest sequence of actions from the initial state to ``target`` (BFS)."""
    table = TRANSITIONS[(kind, direction)]
    start = INITIAL[direction]
    queue: deque[tuple[State, list[Action]]] = deque([(start, [])])
    seen = {start}
    while queue:
        state, path = queue.popleft()
        if state == target:
            return path
        for (source, action), nxt in table.items():
            if source == state and nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, [*path, action]))
    raise AssertionError(f"{target} unreachable")
