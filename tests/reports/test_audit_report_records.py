"""The audit report's «Запись» column: the kind in Russian and the request's registration
number or a short id, not the code and the raw id («request 56e2…»)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from migdesk import messages
from migdesk.models import AuditEntry
from migdesk.office.audit_log import AuditFilter, RequestNumber
from migdesk.reports.audit_records import record_text
from migdesk.reports.audit_report import export_audit_report
from migdesk.reports.audit_values import audit_details
from migdesk.security import audit
from migdesk.vault import Vault
from tests.conftest import ADMIN
from tests.reports.doc_world import World, pdf_text
from tests.requests.request_helpers import as_user

# The codes the old column printed before each id.
_RUSSIAN = re.compile(r"запрос|информац|подтвержд|вложени", re.I)
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


def test_the_pdf_names_each_message_by_its_kind(world: World, tmp_path: Path) -> None:
    """Every message of the requests table was «Запрос № …», an Art. 8 «информация без
    запроса» too (its details said «вид: информация без запроса»); its letters and files
    follow it, and a creation's possible duplicates are in words with short ids."""
    admin = as_user(world.vault, ADMIN)
    with admin.session() as session:
        audit.append(
            session,
            ADMIN,
            "document.print",
            record_kind="cover-letter",
            record_id=f"{world.information}#1",
        )
        audit.append(
            session,
            ADMIN,
            "request.attachment",
            record_kind="attachment",
            record_id=f"{world.information}/2",
        )
        audit.append(
            session,
            ADMIN,
            "person.create",
            record_kind="person",
            record_id=world.person,
            details={"duplicates": [world.person]},
        )
    out = tmp_path / "audit.pdf"
    export_audit_report(admin, AuditFilter(), out)
    text = " ".join(pdf_text(out).split())

    information = _number(admin, world.information)
    assert f"Информация без запроса № {information}" in text
    assert f"Запрос № {information}" not in text
    assert f"Документ к информации без запроса № {information}, шаг 1" in text
    assert f"Вложение к информации без запроса № {information}, файл 2" in text
    confirmation = _number(admin, world.confirmation)
    assert f"Запрос о подтверждении № {confirmation}" in text
    assert f"Запрос № {confirmation}" not in text
    assert f"Запрос № {_number(admin, world.outgoing)}" in text  # a request stays one
    assert f"возможные дубликаты: {world.person[:8]}…" in text
    assert "duplicates" not in text
    assert world.person not in text  # nowhere a whole id


def test_record_text_forms_and_languages() -> None:
    request = "56e2a1b0-0000-4000-8000-000000000001"
    messages.set_language("ru")
    assert record_text("request", request, "12-исх") == "Запрос № 12-исх"
    assert record_text("attachment", f"{request}/3", "12-исх") == (
        "Вложение к запросу № 12-исх, файл 3"
    )
    assert record_text("request", request) == "Запрос 56e2a1b0…"  # destroyed since
    info = RequestNumber("3-исх", "information")
    assert record_text("request", request, info) == "Информация без запроса № 3-исх"
    assert record_text("cover-letter", f"{request}#2", info) == (
        "Документ к информации без запроса № 3-исх, шаг 2"
    )
    doubt = RequestNumber("5-вх", "confirmation")
    assert record_text("request", request, doubt) == "Запрос о подтверждении № 5-вх"
    assert record_text("attachment", f"{request}/1", doubt) == (
        "Вложение к запросу о подтверждении № 5-вх, файл 1"
    )
    odd = RequestNumber("7-вх", "novelty")  # a kind this code does not know: a request's forms
    assert record_text("request", request, odd) == "Запрос № 7-вх"
    assert record_text("transmittal", "transmittal:7-исх") == "Документ 7-исх"
    assert record_text("user", "officer1") == "Пользователь officer1"
    assert record_text(None, None) == ""
    try:  # the screen's language: each label and form translated
        for lang, kind, duplicates in (
            ("en", "Request", "possible duplicates"),
            ("kk", "Сұрау", "ықтимал телнұсқалар"),
            ("hy", "Հարցում", "հնարավոր կրկնօրինակներ"),
        ):
            messages.set_language(lang)
            assert record_text("request", request, "12-исх").startswith(kind)
            for form in (info, doubt):  # no Russian left in another language
                for code, record in (("request", request), ("attachment", f"{request}/1")):
                    shown = record_text(code, record, form)
                    assert not _RUSSIAN.search(shown), (lang, shown)
            entry = AuditEntry(details=json.dumps({"duplicates": [request]}))
            assert audit_details(entry) == f"{duplicates}: 56e2a1b0…", lang
    finally:
        messages.set_language("ru")


def test_the_pdf_is_headed_by_our_authoritys_name_not_its_code(
    world: World, tmp_path: Path
) -> None:
    """The head of the audit report said «KZ-MVD»; the letters say the ministry's name."""
    out = tmp_path / "audit.pdf"
    export_audit_report(as_user(world.vault, ADMIN), AuditFilter(), out)
    first = pdf_text(out, 1, 1).splitlines()[0]
    assert first == "Министерство внутренних дел Республики Казахстан", first
