"""Act of destruction of information (Art. 11.5) in the GOST R 7.0.97-2025 layout.

The record is gone when the act is printed, so the act names it by its identifier only and
lists what was destroyed as counts (``ActInfo.summary``): personal data must not outlive
the record in the act either. The approval stamp («УТВЕРЖДАЮ») names the supervisor who
approved the destruction in MigDesk, as the table does; the signature block names whoever
signs this copy (the approver's entry on the signatory list, or the signatory chosen).
"""

from __future__ import annotations

from dataclasses import dataclass

from migdesk.office.retention import ActInfo
from migdesk.reports.doc_model import Block, Document, Executor, Fields, Signer, Table, Text
from migdesk.reports.doc_settings import Requisites
from migdesk.reports.documents.common import AGREEMENT

KIND = "destruction-act"
TITLE = "АКТ\nоб уничтожении информации"

RECORD_KINDS = {
    "person": "сведения о лице (статья 6 Соглашения)",
    "request": "запрос (письмо) с перепиской и вложениями (статьи 8–10 Соглашения)",
    "attachment": "вложение к запросу (файл)",
    "thematic": "тематическая информация (статья 4 Соглашения)",
    "consent": "согласие предоставившей стороны (пункты 2, 3 статьи 11 Соглашения)",
}
# What else went with a record of each kind, said after the table.
ALSO_DESTROYED = {
    "person": "Вместе с записью уничтожены её история изменений и записи поискового "
    "указателя; персональные данные лица в акте не приводятся.",
    "request": "Вместе с запросом уничтожены тексты писем по нему, их подписанные экземпляры "
    "и иные вложения; в журнале регистрации сохраняются только регистрационные номера.",
    "attachment": "Файл уничтожен; запрос и его регистрационные данные сохраняются.",
    "thematic": "Вместе с записью уничтожены её вложения и связи с лицами и запросами.",
    "consent": "Уничтожена запись о запросе согласия и решении по нему.",
}
SUMMARY_LABELS = {
    "documents": "документы, удостоверяющие личность",
    "liabilities": "сведения об ответственности",
    "registrations": "сведения об учёте (регистрации)",
    "residence_permits": "разрешения на проживание и право на работу",
    "citizenship_acts": "сведения о гражданстве",
    "restrictions": "ограничения на въезд и выезд",
    "photos": "фотографические изображения",
    "fingerprint_cards": "дактилоскопические карты",
    "revisions": "версии записи в истории изменений",
    "family_links": "связи с членами семьи",
    "steps": "действия по запросу",
    "letters": "зарегистрированные письма",
    "attachments": "вложения (файлы)",
    "signature_checks": "результаты проверки подписей",
    "person_links": "связи с лицами",
    "request_links": "связи с запросами",
    "consents": "записи о согласии",
    "bytes": "объём уничтоженных файлов, байт",
}


def _groups(digest: str) -> str:
    # A hash has no break opportunities: in groups of 16 it wraps inside the table cell
    # and can still be read aloud against ``audit verify``.
    return " ".join(digest[i : i + 16] for i in range(0, len(digest), 16))


def _destroyed(act: ActInfo) -> Block:
    counted = [(SUMMARY_LABELS.get(k, k), v) for k, v in act.summary.items() if v]
    if not counted:
        return Text("Иных сведений, связанных с записью, в хранилище не было.")
    return Table(
        columns=("№", "Сведения, уничтоженные вместе с записью", "Количество"),
        rows=tuple((str(i), label, str(count)) for i, (label, count) in enumerate(counted, 1)),
        widths=(8, 120, 32),
        font_size=11,
    )


def _other_signer(signer: Signer | None, approver: Signer | None) -> tuple[tuple[str, str], ...]:
    # Someone other than the approver signs this copy (their signatory entry under another
    # name, or a signatory chosen): the act says so in its own row rather than let the
    # signature block pass for the approval.
    if signer is None or approver is None:
        return ()
    if (signer.position, signer.full_name) == (approver.position, approver.full_name):
        return ()
    return (("Акт подписывает", f"{signer.position}, {signer.full_name}"),)


@dataclass(frozen=True)
class Members:
    """Who proposed and who approved and destroyed, by position and full name."""

    destroyed_by: str
    proposed_by: str | None


def build(
    act: ActInfo,
    requisites: Requisites,
    signer: Signer | None,
    executor: Executor | None,
    members: Members | None = None,
    approver: Signer | None = None,
) -> Document:
    """``approver``: the user who approved the destruction, by their profile; the stamp
    never names a signatory as having approved what another user decided."""
    keep_until = "—"
    if act.keep_until:
        early = " (уничтожена досрочно)" if act.keep_until > act.act_date else ""
        keep_until = f"до {act.keep_until:%d.%m.%Y}{early}"
    body: list[Block] = [
        Text(
            f"В соответствии с пунктом 5 статьи 11 {AGREEMENT} из хранилища MigDesk без "
            "возможности восстановления уничтожена запись:"
        ),
        Fields(
            (
                ("Вид записи", RECORD_KINDS.get(act.record_kind, act.record_kind)),
                ("Идентификатор записи", act.record_id),
                ("Срок хранения", keep_until),
                ("Основание уничтожения", act.grounds),
                *(
                    (("Уничтожение предложил", members.proposed_by),)
                    if members and members.proposed_by
                    else ()
                ),
                (
                    "Уничтожение утвердил и выполнил",
                    members.destroyed_by if members else act.destroyed_by,
                ),
                *_other_signer(signer, approver),
                ("Запись журнала аудита (SHA-256)", _groups(act.audit_hash) or "—"),
                ("Идентификатор акта", act.id),
            )
        ),
        _destroyed(act),
        Text(
            f"{ALSO_DESTROYED.get(act.record_kind, ALSO_DESTROYED['person'])} Резервные "
            "копии, созданные до уничтожения, актом не охватываются."
        ),
    ]
    settings = requisites.settings
    return Document(
        kind=KIND,
        record=act.id,
        requisites=requisites,
        day=act.act_date,
        number=act.number,
        body=tuple(body),
        title=TITLE,
        restriction=settings.restriction,
        copy_number=settings.marked_copy,
        signer=signer,
        executor=executor,
        approval=approver or signer,
    )
