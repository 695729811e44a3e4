"""An officer's own words in the audit (why a record was saved beside a possible duplicate)
may name a person: an administrator without access to person records reads that a reason
was given, not what it says (DESIGN, «Who uses it»); a supervisor reads it; the stored
entry and the hash chain are unchanged."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from migdesk.office.audit_log import AuditFilter, AuditLog
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.reports.audit_report import export_audit_report
from migdesk.reports.audit_values import audit_details
from migdesk.security.audit_labels import HIDDEN_TEXT
from migdesk.vault import Vault
from tests.conftest import sample_person

REASON = "другое лицо: паспорт N7654321, Тестов Пробный, г. Образцово"
KEEPER, CHECKER = "violet-anchor-2026", "copper-lantern-2026"


def _saved_beside_a_duplicate(vault: Vault) -> None:
    service = PersonService(vault)
    service.add(sample_person())
    result = service.add(sample_person(), duplicate_reason=REASON)
    assert result.duplicates, "the second record must be a possible duplicate"


def _creation_details(log: AuditLog) -> list[str]:
    entries = log.entries(AuditFilter(action="person.create"))
    return [entry.details for entry in entries]


def test_an_administrator_alone_reads_that_a_reason_was_given_not_the_reason(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    _saved_beside_a_duplicate(vault)
    users = UserService(vault)
    users.add("keeper", "administrator", KEEPER)
    users.add("checker", "supervisor", CHECKER)

    with Vault.open(vault_path, "keeper", KEEPER) as admin:
        log = AuditLog(admin)
        details = _creation_details(log)
        assert all(REASON not in text for text in details)
        assert json.loads(details[-1])["reason"] == HIDDEN_TEXT
        page = log.page(AuditFilter(action="person.create"), limit=10)
        shown = audit_details(page.entries[-1])
        assert REASON not in shown and HIDDEN_TEXT in shown
        assert log.verify().ok  # the stored entries are as written
        pdf = tmp_path / "audit.pdf"
        export_audit_report(admin, AuditFilter(), pdf)
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "N7654321" not in text

    with Vault.open(vault_path, "checker", CHECKER) as supervisor:
        assert REASON in _creation_details(AuditLog(supervisor))[-1]
