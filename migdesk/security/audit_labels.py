"""Russian names of audit actions, for the audit screen and the inspection PDF."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from migdesk.models import AuditEntry

ACTION_LABELS: dict[str, str] = {
    "vault.create": "создание хранилища",
    "vault.backup": "резервное копирование",
    "user.add": "добавление пользователя",
    "user.passwd": "смена пароля",
    "user.reset_password": "сброс пароля пользователя",
    "user.remove": "удаление пользователя",
    "person.create": "ввод записи о лице",
    "person.update": "изменение записи о лице",
    "person.view": "просмотр записи о лице",
    "person.history": "просмотр истории записи",
    "person.search": "поиск лиц",
    "person.destroy": "уничтожение записи о лице",
    "retention.due": "просмотр сроков хранения",
    "settings.retention": "изменение срока хранения",
    "settings.letterhead": "изменение реквизитов бланка органа",
    "person.destroy_proposed": "предложение уничтожить запись (ждёт утверждения)",
    "person.family_add": "указание члена семьи лица",
    "person.family_remove": "удаление связи с членом семьи",
    "person.family_view": "просмотр членов семьи лица",
    "request.destroy": "уничтожение запроса с перепиской и вложениями",
    "request.destroy_proposed": "предложение уничтожить запрос (ждёт утверждения)",
    "attachment.destroy": "уничтожение вложения запроса",
    "attachment.destroy_proposed": "предложение уничтожить вложение (ждёт утверждения)",
    "thematic.destroy": "уничтожение тематической информации",
    "thematic.destroy_proposed": "предложение уничтожить тематическую информацию",
    "consent.destroy": "уничтожение согласия предоставившей стороны",
    "consent.destroy_proposed": "предложение уничтожить согласие (ждёт утверждения)",
    "settings.four_eyes": "включение или выключение правила «четырёх глаз»",
    "request.signed_copy": "подписанный экземпляр запроса сохранён",
    "user.profile": "изменение должности и телефона пользователя",
    "user.language": "смена языка интерфейса пользователя",
    "consent.request": "запрос согласия предоставившей стороны",
    "consent.answer": "ответ на запрос согласия",
    "consent.request_sent": "отправка запроса согласия в пакете",
    "consent.request_received": "получение запроса согласия другой стороны",
    "consent.decide": "решение по запросу согласия другой стороны",
    "consent.answer_sent": "отправка ответа на запрос согласия в пакете",
    "consent.answer_received": "получение ответа на запрос согласия",
    "audit.view": "просмотр журнала аудита",
    "audit.export": "выгрузка журнала аудита",
    "vault.rekey": "смена ключа шифрования хранилища",
    "bundle.export": "выгрузка пакета обмена",
    "bundle.import": "загрузка пакета обмена",
    "bundle.import_refused": "отказ в загрузке пакета обмена",
    "person.export": "передача записи о лице в пакете",
    "person.import": "получение записи о лице из пакета",
    "person.import_update": "обновление записи о лице из пакета",
    "person.bulk_create": "массовый ввод записей о лицах",
    "keys.create": "создание ключей органа",
    "keys.import": "загрузка ключей органа",
    "authority.trust": "доверие сертификату партнёра",
    "authority.crl": "загрузка списка отзыва",
    "authority.rename": "переименование компетентного органа",
    "authority.replace": "замена компетентного органа",
    "keys.export_cert": "выгрузка сертификата органа",
    "journal.pattern": "изменение шаблона регистрационного номера",
    "request.create": "создание запроса",
    "request.receive": "регистрация входящего запроса",
    "request.update": "изменение проекта запроса",
    "request.step": "действие по запросу",
    "request.view": "просмотр запроса",
    "request.list": "просмотр списка запросов",
    "request.assign": "назначение исполнителя",
    "request.attachment": "приложение к запросу",
    "request.export": "передача запроса в пакете",
    "request.statistics": "просмотр статистики",
    "signatory.add": "добавление подписанта",
    "signatory.end": "прекращение полномочий подписанта",
    "signatory.blank": "образец бланка",
    "signatory.notified": "уведомление об изменении подписантов",
    "thematic.create": "ввод тематической информации",
    "thematic.view": "просмотр тематической информации",
    "thematic.list": "просмотр списка тематической информации",
    "thematic.attachment": "приложение к тематической информации",
    "document.sign": "подписание документа",
    "document.verify": "проверка подписи документа",
    "document.print": "печать документа",
    "document.render": "формирование документа",
    "settings.idle_lock": "изменение времени автоблокировки",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


DETAIL_LABELS = {
    "enabled": "включено",
    "proposal": "предложение уничтожения",
    "found": "найдено",
    "complete": "проверка завершена",
    "absorbed": "поглощённая запись",
    "other": "другая запись",
    "fields": "поля",
    "language": "язык интерфейса",
    "revision": "версия",
    "authority": "орган",
    "act": "акт",
    "early": "досрочно",
    "roles": "роли",
    "shown": "показано",
    "entries": "записей",
    "file": "файл",
    "as_of": "на дату",
    "recipient": "получатель",
    "granted": "согласие",
    "citizenship": "гражданство",
    "sex": "пол",
    "count": "количество",
    "reason": "причина",
    "label_verified": "ярлык проверен",
    "dry_run": "предварительный просмотр",
    # Issue 13.9: no internal key reaches the screen as such («rows: 6», «certificate_serial»).
    "acknowledged": "подтверждено",
    "action": "шаг",
    "added": "добавлено",
    "answered": "исполнено",
    "attachment": "вложение",
    "bundle_id": "пакет",
    "category": "категория",
    "certificate_serial": "серийный номер сертификата",
    "certificates": "сертификаты",
    "channel": "канал",
    "checks": "проверки",
    "conditions": "условия",
    "conflicts": "расхождения",
    "consent_id": "согласие",
    "counts": "количество",
    "direction": "направление",
    "effective_on": "действует с",
    "filters": "отбор",
    "from": "с",
    "grounds": "основания",
    "kind": "вид",
    "relative": "член семьи",
    "relation": "степень родства",
    "minutes": "минут",
    "missing": "недостаёт",
    "mode": "режим",
    "new": "новое",
    "not_answered": "не исполнено",
    "notification": "уведомление",
    "notifications": "уведомления",
    "notified_on": "дата уведомления",
    "number": "номер",
    "overdue": "просрочено",
    "pages": "страниц",
    "party": "Сторона",
    "pattern": "шаблон номера",
    "proceedings": "производство",
    "reasons": "причины",
    "received_on": "дата поступления",
    "records": "записи",
    "request": "запрос",
    "requester": "запросивший",
    "role": "роль",
    "rows": "строк",
    "seq": "№ шага",
    "sequence": "номер пакета",
    "signatory": "подписант",
    "signatures": "подписи",
    "source": "источник",
    "state": "состояние",
    "statuses": "результаты",
    "steps": "шаги",
    "successor": "преемник",
    "to": "по",
    "until": "до",
    "updated": "обновлено",
    "user": "пользователь",
    "valid_until": "действует до",
    "year": "год",
    "years": "лет",
}


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value))
        else:
            flat[key] = value
    return flat


def details_text(entry: AuditEntry, values: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The entry's details as «label: value» pairs, for the audit screen and its PDF;
    ``values`` names coded values by key (``migdesk.office.audit_values``)."""
    values = values or {}
    data = _flatten(json.loads(entry.details or "{}"))
    data.pop("query_hmac", None)  # a fingerprint, meaningless on paper
    shown = []
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        words = values.get(key, {})
        if isinstance(value, bool):
            value = "да" if value else "нет"
        elif isinstance(value, list):
            value = ", ".join(words.get(str(v), str(v)) for v in value)
        elif isinstance(value, str) and ISO_DAY.fullmatch(value):
            value = date.fromisoformat(value).strftime("%d.%m.%Y")  # issue 13.9: no ISO dates
        elif isinstance(value, str) and ISO_MOMENT.fullmatch(value):
            value = datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
        else:
            value = words.get(str(value), value)
        shown.append(f"{DETAIL_LABELS.get(key, key)}: {value}")
    return "; ".join(shown)
