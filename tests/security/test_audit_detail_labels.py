"""Audit details read in Russian (issue 13.9): «rows: 6», «certificate_serial» were shown."""

from __future__ import annotations

import json
import re
from pathlib import Path

from migdesk.models import AuditEntry
from migdesk.office.audit_log import AuditFilter
from migdesk.reports.audit_values import audit_details
from migdesk.requests.workflow import StepInput
from migdesk.security.audit_labels import ACTION_LABELS, DETAIL_LABELS, details_text
from migdesk.ui.audit_model import load_page
from migdesk.vault import Vault
from tests.requests.request_helpers import incoming, make_desk


def test_details_are_labelled_in_russian() -> None:
    entry = AuditEntry(details=json.dumps({"rows": 6, "certificate_serial": "1A2B"}))
    assert details_text(entry) == "строк: 6; серийный номер сертификата: 1A2B"


def test_every_detail_key_written_anywhere_has_a_label() -> None:
    """A new ``details={"key": …}`` without a label would show the bare key again."""
    root = Path(__file__).resolve().parents[2] / "migdesk"
    keys: set[str] = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for block in re.finditer(r"details=\{([^}]*)\}", text, re.S):
            keys |= set(re.findall(r'"([a-z_]+)":', block.group(1)))
        keys |= set(re.findall(r'details\["([a-z_]+)"\]', text))
    keys.discard("query_hmac")  # never shown
    assert sorted(keys - DETAIL_LABELS.keys()) == []


def test_coded_values_are_shown_in_words() -> None:
    """Issue 13.9 leftover: steps, states, refusal grounds, roles and signature results
    were shown as codes («шаг: sign», «основания: security, national_law»)."""
    entry = AuditEntry(
        details=json.dumps(
            {
                "action": "sign",
                "state": "signed",
                "grounds": ["security", "national_law"],
                "roles": ["supervisor"],
                "statuses": ["valid", "untrusted"],
                "seq": 2,
                "kind": "information",
            }
        )
    )
    text = audit_details(entry)
    assert text == (
        "шаг: подписание; состояние: подписан; основания: ущерб безопасности, "
        "противоречие законодательству государства; роли: руководитель; "
        "результаты: действительна, подписант не подтверждён; № шага: 2; "
        "вид: информация без запроса (ст. 8)"
    )
    for code in ("sign", "security", "national_law", "supervisor", "valid", "untrusted"):
        assert re.search(rf"\b{code}\b", text) is None, code


def test_dates_in_details_read_dd_mm_yyyy() -> None:
    entry = AuditEntry(
        details=json.dumps({"effective_on": "2025-03-01", "as_of": "2026-12-06T08:05:31.5"})
    )
    assert details_text(entry) == "действует с: 01.03.2025; на дату: 06.12.2026 08:05"


def test_the_audit_screen_shows_a_step_in_words(vault: Vault) -> None:
    """Through the screen's own reader on a real vault: a step entry names the step."""
    desk = make_desk(vault)
    request_id = desk.service().receive(incoming()).id
    desk.service().step(request_id, StepInput("start"))
    rows = load_page(vault, AuditFilter(), 50).rows
    step = next(r for r in rows if r.action == "request.step")
    assert "шаг: начало исполнения" in step.details
    assert "состояние: на исполнении" in step.details


def test_agreement_notices_are_named_in_words(vault: Vault) -> None:
    """The audit window showed the bare code «agreement.ratification» in every language."""
    from datetime import date

    from migdesk.requests.agreement import NOTICE_KINDS, AgreementService
    from migdesk.security.audit_labels import action_label

    assert all(f"agreement.{kind}" in ACTION_LABELS for kind in NOTICE_KINDS)
    AgreementService(vault).record_notice("ratification", "KZ", date(2025, 1, 10), "Нота № 1")
    rows = load_page(vault, AuditFilter(action="agreement.ratification"), 10).rows
    assert [action_label(r.action) for r in rows] == [
        "уведомление о выполнении внутригосударственных процедур (ст. 17)"
    ]
