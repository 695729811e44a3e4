"""Competent authorities with name history (Art. 2), the agreement's dates (Art. 17) and
authorised signatories with their notifications (Art. 9.3, 9.4)."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.errors import InvalidInput, PermissionDenied, ValidationFailed
from migdesk.office import four_eyes
from migdesk.requests.agreement import AgreementService, termination_date
from migdesk.requests.authorities import AuthorityRegistry, Rename, Replacement
from migdesk.requests.signatories import FormBlankInput, SignatoryInput, SignatoryService
from migdesk.vault import Vault
from tests.requests.request_helpers import Desk, as_user, incoming

CERT = """-----BEGIN CERTIFICATE-----
not a certificate
-----END CERTIFICATE-----"""


def test_the_four_authorities_of_article_2_are_seeded(vault: Vault) -> None:
    views = {v.code: v for v in AuthorityRegistry(vault).list()}
    assert set(views) == {"KZ-MVD", "KZ-MTSZN", "AM-POLICE", "AM-MIGRATION"}
    assert views["KZ-MVD"].name.nominative == "Министерство внутренних дел Республики Казахстан"
    assert views["KZ-MTSZN"].name.nominative == (
        "Министерство труда и социальной защиты населения Республики Казахстан"
    )
    assert views["AM-POLICE"].name.dative == "Полиции Республики Армения"
    assert views["AM-MIGRATION"].name.dative == (
        "Миграционной службе Министерства территориального управления и развития Республики Армения"
    )
    assert {v.country for v in views.values()} == {"KZ", "AM"}
    assert all(v.history[0].notification == "Соглашение, статья 2" for v in views.values())


def test_rename_keeps_history_and_name_on(desk: Desk) -> None:
    registry = AuthorityRegistry(as_user(desk.vault, "boss"))
    registry.rename(
        Rename(
            "AM-MIGRATION",
            date(2024, 1, 1),
            "Миграционная служба (тест, новое наименование)",
            "Миграционной службе (тест, новое наименование)",
            "МС (тест)",
            "Нота № 12/345 от 2023-12-20 (тест)",
            notified_on=date(2023, 12, 20),
        )
    )
    assert registry.name_on("AM-MIGRATION", date(2023, 12, 31)).nominative.startswith(
        "Миграционная служба Министерства территориального"
    )
    renamed = registry.name_on("AM-MIGRATION", date(2024, 1, 1))
    assert renamed.nominative == "Миграционная служба (тест, новое наименование)"
    assert renamed.notification == "Нота № 12/345 от 2023-12-20 (тест)"
    history = registry.get("AM-MIGRATION").history
    assert [v.change_kind for v in history] == ["agreement", "renamed"]
    # History is never rewritten: a rename on or before the current one is refused.
    with pytest.raises(InvalidInput, match="не переписывается"):
        registry.rename(Rename("AM-MIGRATION", date(2024, 1, 1), "Х", "Х", "Х", "Нота"))
    with pytest.raises(ValidationFailed) as caught:
        registry.rename(Rename("AM-MIGRATION", date(2025, 1, 1), "Х", "Х", "Х", " "))
    assert list(caught.value.problems) == ["notification"]
    with pytest.raises(PermissionDenied):
        AuthorityRegistry(as_user(desk.vault, "officer1")).rename(
            Rename("AM-POLICE", date(2025, 1, 1), "Х", "Х", "Х", "Нота")
        )


def test_replacement_closes_the_old_authority(desk: Desk) -> None:

    registry = AuthorityRegistry(as_user(desk.vault, "boss"))
    registry.replace(
        Replacement(
            "AM-MIGRATION",
            "AM-MIGRATION-2",
            date(2025, 1, 1),
            "Нота № 7 (тест)",
            "Служба-преемник (тест)",
            "Службе-преемнику (тест)",
            "СП (тест)",
        )
    )
    old = registry.get("AM-MIGRATION")
    assert (old.ended_on, old.successor) == (date(2025, 1, 1), "AM-MIGRATION-2")
    assert registry.get("AM-MIGRATION-2").country == "AM"
    # Requests before the date are still registered from the old one, later ones are not.
    desk.service().receive(incoming(date(2024, 12, 30)))
    with pytest.raises(ValidationFailed, match="AM-MIGRATION-2"):
        desk.service().receive(incoming(date(2025, 3, 3)))
    desk.service().receive(incoming(date(2025, 3, 3), from_authority="AM-MIGRATION-2"))
    with pytest.raises(InvalidInput, match="уже заменён"):
        registry.replace(Replacement("AM-MIGRATION", "AM-POLICE", date(2025, 2, 1), "Нота"))


def test_agreement_entry_into_force_termination_and_exchange(desk: Desk) -> None:
    agreement = AgreementService(as_user(desk.vault, "boss"))
    agreement.record_notice("ratification", "KZ", date(2020, 3, 10), "Нота КЗ (тест)")
    assert agreement.status().entry_into_force is None  # one side only
    with pytest.raises(InvalidInput):
        agreement.record_notice("termination", "AM", date(2020, 5, 1), "Нота")
    agreement.record_notice("ratification", "AM", date(2020, 8, 31), "Нота АМ (тест)")
    status = agreement.status()
    assert status.entry_into_force == date(2020, 8, 31)
    assert status.signatory_exchange_due_on == date(2020, 10, 15)
    assert status.in_force_on(date(2020, 8, 31)) and not status.in_force_on(date(2020, 8, 30))
    with pytest.raises(InvalidInput):
        agreement.record_notice("ratification", "KZ", date(2020, 3, 11), "Повтор")
    agreement.record_notice("termination", "AM", date(2025, 8, 31), "Нота о прекращении")
    status = agreement.status()
    assert status.terminates_on == date(2026, 2, 28)
    assert status.in_force_on(date(2026, 2, 27)) and not status.in_force_on(date(2026, 2, 28))
    exchange = agreement.signatory_exchange(date(2020, 10, 16))
    assert exchange.due_on == date(2020, 10, 15) and exchange.overdue
    assert exchange.own_sent_on is None
    service = SignatoryService(as_user(desk.vault, "boss"))
    pending = [n.id for n in service.notifications(pending_only=True)]
    service.mark_notified(pending, date(2020, 10, 1), "Нота № 1 (тест)")
    exchange = agreement.signatory_exchange(date(2020, 10, 16))
    assert (exchange.own_sent_on, exchange.overdue) == (date(2020, 10, 1), False)
    with pytest.raises(ValidationFailed):
        agreement.record_notice("armistice", "XX", date(2020, 1, 1), "")


def test_termination_date_is_six_months_later() -> None:
    assert termination_date(date(2025, 1, 15)) == date(2025, 7, 15)
    assert termination_date(date(2025, 8, 31)) == date(2026, 2, 28)
    assert termination_date(date(2027, 8, 31)) == date(2028, 2, 29)


def test_signatory_changes_create_pending_notifications(desk: Desk) -> None:
    service = SignatoryService(as_user(desk.vault, "boss"))
    assert [n.change for n in service.notifications(pending_only=True)] == ["added"]
    added = service.add(
        SignatoryInput("KZ-MTSZN", "Вице-министр", "Тестова Т. Т.", date(2025, 1, 1))
    )
    note = service.end(added.id, date(2025, 6, 30))
    pending = service.notifications(pending_only=True)
    assert [(n.change, n.state, n.direction) for n in pending[-2:]] == [
        ("added", "pending", "outgoing"),
        ("ended", "pending", "outgoing"),
    ]
    assert pending[-1].id == note
    # The partner's list is recorded as received, nothing to send.
    partner = service.add(
        SignatoryInput(
            "AM-POLICE", "Начальник", "Партнёрян П.", date(2025, 1, 1), notified_on=date(2025, 1, 5)
        )
    )
    received = next(n for n in service.notifications() if n.id == partner.notification_id)
    assert (received.state, received.direction, received.notified_on) == (
        "received",
        "incoming",
        date(2025, 1, 5),
    )
    blank = service.add_form_blank(
        FormBlankInput("KZ-MVD", "Бланк запроса (тест)", date(2025, 1, 1), "image/png", b"\x89PNG")
    )
    assert blank.notification_id in {n.id for n in service.notifications(pending_only=True)}
    with pytest.raises(InvalidInput):
        service.mark_notified([partner.notification_id], date(2025, 1, 6), "Нота")


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (SignatoryInput("KZ-MVD", "", "Тестов", date(2025, 1, 1)), "position"),
        (SignatoryInput("KZ-MVD", "Министр", " ", date(2025, 1, 1)), "full_name"),
        (
            SignatoryInput("KZ-MVD", "Министр", "Т", date(2025, 1, 1), date(2024, 1, 1)),
            "valid_until",
        ),
        (SignatoryInput("KZ-MVD", "Министр", "Т", date(2025, 1, 1), None, CERT), "certificate_pem"),
    ],
)
def test_bad_signatory_is_refused(desk: Desk, data: SignatoryInput, path: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        SignatoryService(as_user(desk.vault, "boss")).add(data)
    assert list(caught.value.problems) == [path]


def test_signatories_are_kept_by_registry_roles(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        SignatoryService(as_user(desk.vault, "officer1")).add(
            SignatoryInput("KZ-MVD", "Министр", "Т", date(2025, 1, 1))
        )
    with pytest.raises(InvalidInput, match="не найден"):
        SignatoryService(as_user(desk.vault, "boss")).add(
            SignatoryInput("XX-NONE", "Министр", "Т", date(2025, 1, 1))
        )


def test_may_sign_is_one_rule_for_screens_and_signing(desk: Desk) -> None:
    """Art. 9.3: supervisors sign for the list; others only as themselves, while valid."""
    # The rule without four eyes (a one-person office; four eyes: test_four_eyes.py).
    four_eyes.set_enabled(as_user(desk.vault, "root"), False)
    boss = SignatoryService(as_user(desk.vault, "boss"))
    SignatoryService(as_user(desk.vault, "boss")).add(
        SignatoryInput(
            "KZ-MVD",
            "Начальник отдела",
            "Сотрудников Т",
            date(2025, 1, 1),
            date(2025, 12, 31),
            user="officer1",
        )
    )
    officer = SignatoryService(as_user(desk.vault, "officer1"))
    assert boss.may_sign() and boss.may_sign("AM-MIGRATION")
    assert officer.may_sign("KZ-MVD", date(2025, 6, 1))
    assert not officer.may_sign("KZ-MVD", date(2026, 1, 1))  # authority ended
    assert not officer.may_sign("AM-MIGRATION", date(2025, 6, 1))  # not on that list
    assert not SignatoryService(as_user(desk.vault, "officer2")).may_sign(day=date(2025, 6, 1))
    assert not SignatoryService(as_user(desk.vault, "root")).may_sign(day=date(2025, 6, 1))
