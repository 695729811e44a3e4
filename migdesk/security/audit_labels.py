"""Russian names of audit actions, for the audit screen and the inspection PDF."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from migdesk.messages import N_, _, lazy_table
from migdesk.models import AuditEntry

ACTION_LABELS = lazy_table(
    {
        "vault.create": N_("создание хранилища"),
        "agreement.ratification": N_(
            "уведомление о выполнении внутригосударственных процедур (ст. 17)"
        ),
        "agreement.termination": N_("уведомление о прекращении действия Соглашения (ст. 17)"),
        "vault.backup": N_("резервное копирование"),
        "auth.failed": N_("неудачные попытки входа (сообщено при следующем входе)"),
        "auth.wait_cleared": N_("снятие ожидания входа пользователя (попытки не стёрты)"),
        "vault.restore_numbers": N_(
            "восстановление из копии: номера, выданные после копии, не выдаются повторно"
        ),
        "user.add": N_("добавление пользователя"),
        "user.passwd": N_("смена пароля"),
        "user.reset_password": N_("сброс пароля пользователя"),
        "user.remove": N_("удаление пользователя"),
        "person.create": N_("ввод записи о лице"),
        "person.update": N_("изменение записи о лице"),
        "person.media_clean": N_("удаление метаданных камеры из изображений записи"),
        "person.view": N_("просмотр записи о лице"),
        "person.history": N_("просмотр истории записи"),
        "person.search": N_("поиск лиц"),
        "person.destroy": N_("уничтожение записи о лице"),
        "retention.due": N_("просмотр сроков хранения"),
        "settings.retention": N_("изменение срока хранения"),
        "settings.letterhead": N_("изменение реквизитов бланка органа"),
        "person.destroy_proposed": N_("предложение уничтожить запись (ждёт утверждения)"),
        "person.family_add": N_("указание члена семьи лица"),
        "person.family_remove": N_("удаление связи с членом семьи"),
        "person.family_view": N_("просмотр членов семьи лица"),
        "request.destroy": N_("уничтожение запроса с перепиской и вложениями"),
        "request.destroy_proposed": N_("предложение уничтожить запрос (ждёт утверждения)"),
        "attachment.destroy": N_("уничтожение вложения запроса"),
        "attachment.destroy_proposed": N_("предложение уничтожить вложение (ждёт утверждения)"),
        "thematic.destroy": N_("уничтожение тематической информации"),
        "thematic.destroy_proposed": N_("предложение уничтожить тематическую информацию"),
        "consent.destroy": N_("уничтожение согласия предоставившей стороны"),
        "consent.destroy_proposed": N_("предложение уничтожить согласие (ждёт утверждения)"),
        "settings.four_eyes": N_("включение или выключение правила «четырёх глаз»"),
        "request.signed_copy": N_("подписанный экземпляр запроса сохранён"),
        "request.step_letter": N_("подписанное письмо шага запроса сохранено"),
        "user.profile": N_("изменение должности и телефона пользователя"),
        "user.language": N_("смена языка интерфейса пользователя"),
        "consent.request": N_("запрос согласия предоставившей стороны"),
        "consent.answer": N_("ответ на запрос согласия"),
        "consent.request_sent": N_("отправка запроса согласия в пакете"),
        "consent.request_received": N_("получение запроса согласия другой стороны"),
        "consent.decide": N_("решение по запросу согласия другой стороны"),
        "consent.answer_sent": N_("отправка ответа на запрос согласия в пакете"),
        "consent.answer_received": N_("получение ответа на запрос согласия"),
        "audit.view": N_("просмотр журнала аудита"),
        "audit.export": N_("выгрузка журнала аудита"),
        "vault.rekey": N_("смена ключа шифрования хранилища"),
        "vault.migrate": N_("обновление схемы хранилища новой версией программы"),
        "bundle.export": N_("выгрузка пакета обмена"),
        "bundle.import": N_("загрузка пакета обмена"),
        "bundle.import_refused": N_("отказ в загрузке пакета обмена"),
        "person.export": N_("передача записи о лице в пакете"),
        "person.import": N_("получение записи о лице из пакета"),
        "person.import_update": N_("обновление записи о лице из пакета"),
        "person.bulk_create": N_("массовый ввод записей о лицах"),
        "search_index.compact": N_("объединение поискового индекса лиц"),
        "keys.create": N_("создание ключей органа"),
        "keys.import": N_("загрузка ключей органа"),
        "authority.trust": N_("доверие сертификату партнёра"),
        "authority.crl": N_("загрузка списка отзыва"),
        "authority.rename": N_("переименование компетентного органа"),
        "authority.replace": N_("замена компетентного органа"),
        "keys.export_cert": N_("выгрузка сертификата органа"),
        "journal.pattern": N_("изменение шаблона регистрационного номера"),
        "journal.view": N_("просмотр журнала регистрации"),
        "journal.continue": N_("продолжение журнала регистрации после указанного номера"),
        "request.create": N_("создание запроса"),
        "request.receive": N_("регистрация входящего запроса"),
        "request.update": N_("изменение проекта запроса"),
        "request.step": N_("действие по запросу"),
        "request.view": N_("просмотр запроса"),
        "request.list": N_("просмотр списка запросов"),
        "request.assign": N_("назначение исполнителя"),
        "request.attachment": N_("приложение к запросу"),
        "request.attachments": N_("просмотр списка вложений запроса"),
        "request.attachment_export": N_("выгрузка вложения запроса в файл"),
        "request.export": N_("передача запроса в пакете"),
        "request.statistics": N_("просмотр статистики"),
        "signatory.add": N_("добавление подписанта"),
        "signatory.end": N_("прекращение полномочий подписанта"),
        "signatory.blank": N_("образец бланка"),
        "signatory.notified": N_("уведомление об изменении подписантов"),
        "thematic.create": N_("ввод тематической информации"),
        "thematic.view": N_("просмотр тематической информации"),
        "thematic.list": N_("просмотр списка тематической информации"),
        "thematic.attachment": N_("приложение к тематической информации"),
        "document.sign": N_("подписание документа"),
        "document.verify": N_("проверка подписи документа"),
        "document.print": N_("печать документа"),
        "document.render": N_("формирование документа"),
        "settings.idle_lock": N_("изменение времени автоблокировки"),
        "settings.password_min_length": N_("изменение наименьшей длины пароля"),
    }
)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


DETAIL_LABELS = lazy_table(
    {
        "enabled": N_("включено"),
        "numbers_skipped": N_("номера, выданные после создания копии"),
        "skipped": N_("пропущенные номера"),
        "proposal": N_("предложение уничтожения"),
        "found": N_("найдено"),
        "complete": N_("проверка завершена"),
        "absorbed": N_("поглощённая запись"),
        # A merge's moves (persons/merge_moves.py).
        "moved_requests": N_("перенесено запросов"),
        "moved_thematic": N_("перенесено тематической информации"),
        "moved_family": N_("перенесено семейных связей"),
        "moved_decisions": N_("перенесено решений по парам записей"),
        "moved_consents": N_("перенесено запросов согласия"),
        "keep_until_extended": N_("срок хранения продлён"),
        "other": N_("другая запись"),
        "fields": N_("поля"),
        "language": N_("язык интерфейса"),
        "revision": N_("версия"),
        "authority": N_("орган"),
        "act": N_("акт"),
        "early": N_("досрочно"),
        "roles": N_("роли"),
        "shown": N_("показано"),
        "entries": N_("записей"),
        "file": N_("файл"),
        "bytes": N_("размер, байт"),
        "received_from": N_("получено от"),
        "as_of": N_("на дату"),
        "recipient": N_("получатель"),
        "granted": N_("согласие"),
        "citizenship": N_("гражданство"),
        "sex": N_("пол"),
        "count": N_("количество"),
        "first_at": N_("первая"),
        "last_at": N_("последняя"),
        "sources": N_("где"),
        "reason": N_("причина"),
        "label_verified": N_("ярлык проверен"),
        "dry_run": N_("предварительный просмотр"),
        "segments_before": N_("сегментов поискового индекса до"),
        "segments_after": N_("сегментов поискового индекса после"),
        # Issue 13.9: no internal key reaches the screen as such («rows: 6», «certificate_serial»).
        "acknowledged": N_("подтверждено"),
        "action": N_("шаг"),
        "added": N_("добавлено"),
        "answered": N_("исполнено"),
        "attachment": N_("вложение"),
        "bundle_id": N_("пакет"),
        "category": N_("категория"),
        "certificate_serial": N_("серийный номер сертификата"),
        "certificates": N_("сертификаты"),
        "channel": N_("канал"),
        "checks": N_("проверки"),
        "conditions": N_("условия"),
        "conflicts": N_("расхождения"),
        "consent_id": N_("согласие"),
        "counts": N_("количество"),
        "direction": N_("направление"),
        "duplicates": N_("возможные дубликаты"),
        "effective_on": N_("действует с"),
        "filters": N_("отбор"),
        "from": N_("с"),
        "grounds": N_("основания"),
        "kind": N_("вид"),
        "relative": N_("член семьи"),
        "relation": N_("степень родства"),
        "minutes": N_("минут"),
        "password_min_length": N_("наименьшая длина пароля"),
        "password_min_length_before": N_("наименьшая длина пароля до"),
        "missing": N_("недостаёт"),
        "mode": N_("режим"),
        "new": N_("новое"),
        "not_answered": N_("не исполнено"),
        "notification": N_("уведомление"),
        "notifications": N_("уведомления"),
        "notified_on": N_("дата уведомления"),
        "number": N_("номер"),
        "overdue": N_("просрочено"),
        "pages": N_("страниц"),
        "party": N_("Сторона"),
        "pattern": N_("шаблон номера"),
        "proceedings": N_("производство"),
        "reasons": N_("причины"),
        "received_on": N_("дата поступления"),
        "records": N_("записи"),
        "request": N_("запрос"),
        "requester": N_("запросивший"),
        "role": N_("роль"),
        "rows": N_("строк"),
        "seq": N_("№ шага"),
        "sequence": N_("номер пакета"),
        "signatory": N_("подписант"),
        "signatures": N_("подписи"),
        "source": N_("источник"),
        "state": N_("состояние"),
        "statuses": N_("результаты"),
        "steps": N_("шаги"),
        "successor": N_("преемник"),
        "to": N_("по"),
        "until": N_("до"),
        "updated": N_("обновлено"),
        "user": N_("пользователь"),
        "valid_until": N_("действует до"),
        "year": N_("год"),
        "years": N_("лет"),
    }
)


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


# What a viewer without access to person records reads in place of an officer's own words
# (``office.audit_log``).
HIDDEN_TEXT = N_("(текст скрыт: виден ролям с доступом к записям о лицах)")


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
            value = _("да") if value else _("нет")
        elif isinstance(value, list):
            value = ", ".join(words.get(str(v), str(v)) for v in value)
        elif isinstance(value, str) and ISO_DAY.fullmatch(value):
            value = date.fromisoformat(value).strftime("%d.%m.%Y")  # issue 13.9: no ISO dates
        elif isinstance(value, str) and ISO_MOMENT.fullmatch(value):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:  # a UTC moment: shown in the workstation's time
                moment = moment.astimezone()
            value = moment.strftime("%d.%m.%Y %H:%M")
        else:
            value = words.get(str(value), value)
        shown.append(f"{DETAIL_LABELS.get(key, key)}: {value}")
    return "; ".join(shown)
