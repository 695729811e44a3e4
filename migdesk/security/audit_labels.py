"""Russian names of audit actions, for the audit screen and the inspection PDF."""

from __future__ import annotations

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
    "consent.request": "запрос согласия предоставившей стороны",
    "consent.answer": "ответ на запрос согласия",
    "audit.view": "просмотр журнала аудита",
    "audit.export": "выгрузка журнала аудита",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)
