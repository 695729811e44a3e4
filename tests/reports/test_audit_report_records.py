"""The audit report's «Запись» column: the kind in Russian and the request's registration
number or a short id, not the code and the raw id («request 56e2…»)."""

from __future__ import annotations

import re
from pathlib import Path

from migdesk import messages
from migdesk.office.audit_log import AuditFilter
from migdesk.reports.audit_records import record_text
from migdesk.reports.audit_report import export_audit_report
from migdesk.security import audit
from migdesk.vault import Vault
from tests.conftest import ADMIN
from tests.reports.doc_world import World, pdf_text
from tests.requests.request_helpers import as_user

# The codes the old column printed before each id.
_CODES = re.compile(r"\b(request|person|bundle|answer|user) [0-9a-z]")


def _number(vault: Vault, request_id: str) -> str:
    rows = vault.raw_execute("SELECT number FROM requests WHERE id = ?", request_id)
    return str(rows[0][0])


def test_the_pdf_names_records_in_russian_by_number_or_short_id(
    world: World, tmp_path: Path
) -> None:
    admin = as_user(world.vault, ADMIN)
    with admin.session() as session:  # a letter of a step printed, a kind no code knows
        audit.append(
            session, ADMIN, "document.print", record_kind="answer", record_id=f"{world.incoming}#4"
        )
        audit.append(session, ADMIN, "x.y", record_kind="novelty", record_id="n-1")
    out = tmp_path / "audit.pdf"
    export_audit_report(admin, AuditFilter(), out)
    text = " ".join(pdf_text(out).split())  # cells wrap: one line of words

    assert f"Запрос № {_number(admin, world.outgoing)}" in text
    assert f"Документ по запросу № {_number(admin, world.incoming)}, шаг 4" in text
    assert f"Лицо {world.person[:8]}…" in text
    assert f"Лицо {world.person}" not in text  # a short id, not the whole one
    assert "novelty n-1" in text  # an unknown kind stays its code
    assert _CODES.search(text) is None, _CODES.search(text)


def test_record_text_forms_and_languages() -> None:
    request = "56e2a1b0-0000-4000-8000-000000000001"
    messages.set_language("ru")
    assert record_text("request", request, "12-исх") == "Запрос № 12-исх"
    assert record_text("attachment", f"{request}/3", "12-исх") == (
        "Вложение к запросу № 12-исх, файл 3"
    )
    assert record_text("request", request) == "Запрос 56e2a1b0…"  # destroyed since
    assert record_text("transmittal", "transmittal:7-исх") == "Документ 7-исх"
    assert record_text("user", "officer1") == "Пользователь officer1"
    assert record_text(None, None) == ""
    try:  # the screen's language: each label and form translated
        for lang, kind in (("en", "Request"), ("kk", "Сұрау"), ("hy", "Հարցում")):
            messages.set_language(lang)
            assert record_text("request", request, "12-исх").startswith(kind)
    finally:
        messages.set_language("ru")
