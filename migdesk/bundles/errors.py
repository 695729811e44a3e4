"""Why a bundle is refused: one named reason per failure, each with a Russian message.

The names are the contract with the GUI, the CLI (``--json``) and the tests; the messages
are what an officer or a courier reads.
"""

from __future__ import annotations

from enum import Enum

from migdesk.errors import MigDeskError
from migdesk.messages import N_, Message, lazy_table


class Reason(Enum):
    NOT_A_BUNDLE = "not_a_bundle"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MALFORMED_LABEL = "malformed_label"
    UNSAFE_PATH = "unsafe_path"
    MISSING_FILE = "missing_file"
    EXTRA_FILE = "extra_file"
    SIGNATURE_BROKEN = "signature_broken"
    UNKNOWN_SIGNER = "unknown_signer"
    SIGNER_EXPIRED = "signer_expired"
    SIGNER_REVOKED = "signer_revoked"
    SIGNER_MISMATCH = "signer_mismatch"
    WRONG_ADDRESSEE = "wrong_addressee"
    OVERSIZE = "oversize"
    TRUNCATED = "truncated"
    HASH_MISMATCH = "hash_mismatch"
    MALFORMED_PAYLOAD = "malformed_payload"
    DECRYPTION_FAILED = "decryption_failed"
    MANIFEST_SIGNATURE_BROKEN = "manifest_signature_broken"
    MANIFEST_MISMATCH = "manifest_mismatch"
    MALFORMED_RECORDS = "malformed_records"
    TOO_LARGE_IN_MEMORY = "too_large_in_memory"
    READ_ERROR = "read_error"


SUMMARY = lazy_table(
    {
        Reason.NOT_A_BUNDLE: N_("Это не пакет обмена MigDesk."),
        Reason.UNSUPPORTED_FORMAT: N_("Пакет создан неизвестной (более новой) версией формата."),
        Reason.MALFORMED_LABEL: N_("Ярлык пакета (label.json) повреждён или составлен неверно."),
        Reason.UNSAFE_PATH: N_(
            "В папке пакета небезопасный файл: символическая ссылка, "
            "именованный канал, устройство или папка вместо файла, либо путь "
            "за пределы папки пакета."
        ),
        Reason.MISSING_FILE: N_("В пакете не хватает файла."),
        Reason.EXTRA_FILE: N_("В папке пакета лишний файл."),
        Reason.SIGNATURE_BROKEN: N_("Подпись ярлыка недействительна: пакет изменён или повреждён."),
        Reason.UNKNOWN_SIGNER: N_("Пакет подписан неизвестным или недоверенным отправителем."),
        Reason.SIGNER_EXPIRED: N_("Срок действия сертификата отправителя истёк."),
        Reason.SIGNER_REVOKED: N_("Сертификат отправителя отозван."),
        Reason.SIGNER_MISMATCH: N_("Пакет подписан не тем органом, который указан отправителем."),
        Reason.WRONG_ADDRESSEE: N_("Пакет адресован другому органу или другому сертификату."),
        Reason.OVERSIZE: N_("Размер пакета больше указанного в ярлыке или допустимого."),
        Reason.TRUNCATED: N_("Пакет обрезан: файл короче, чем указано."),
        Reason.HASH_MISMATCH: N_("Содержимое файла не совпадает с контрольной суммой в ярлыке."),
        Reason.MALFORMED_PAYLOAD: N_(
            "Зашифрованная часть пакета повреждена или составлена неверно."
        ),
        Reason.DECRYPTION_FAILED: N_(
            "Зашифрованную часть не удалось расшифровать: данные изменены."
        ),
        Reason.MANIFEST_SIGNATURE_BROKEN: N_("Подпись описи содержимого недействительна."),
        Reason.MANIFEST_MISMATCH: N_("Содержимое пакета не совпадает с подписанной описью."),
        Reason.MALFORMED_RECORDS: N_("Записи в пакете — неверный JSON или неверная структура."),
        Reason.TOO_LARGE_IN_MEMORY: N_(
            "Вложения пакета больше, чем эта программа загружает за раз."
        ),
        Reason.READ_ERROR: N_("Не удалось прочитать пакет с носителя."),
    }
)


_TAMPERED = N_(
    "Не загружайте пакет; сообщите отправителю и запросите пакет заново на другом носителе."
)
# What the officer or courier should do about each reason (the second half of the message).
ADVICE = lazy_table(
    {
        Reason.NOT_A_BUNDLE: N_("Выберите папку пакета (в ней лежат label.json и label.p7s)."),
        Reason.UNSUPPORTED_FORMAT: N_(
            "Обновите MigDesk или попросите отправителя выгрузить пакет "
            "версией формата, которую принимает эта программа."
        ),
        Reason.MALFORMED_LABEL: _TAMPERED,
        Reason.UNSAFE_PATH: N_(
            "Так пакет не записывает ни одна версия MigDesk. Не загружайте пакет; сообщите "
            "отправителю и запросите пакет заново на другом носителе."
        ),
        Reason.MISSING_FILE: N_(
            "Скопируйте папку пакета целиком. Попросите отправителя выгрузить пакет повторно."
        ),
        Reason.EXTRA_FILE: N_(
            "Уберите посторонние файлы из папки пакета. Попросите отправителя выгрузить пакет "
            "повторно."
        ),
        Reason.SIGNATURE_BROKEN: _TAMPERED,
        Reason.UNKNOWN_SIGNER: N_(
            "Проверьте, что сертификат УЦ отправителя загружен (authority trust) "
            "и совпадает по отпечатку; иначе не загружайте пакет."
        ),
        Reason.SIGNER_EXPIRED: N_(
            "Попросите отправителя подписать пакет действующим сертификатом."
        ),
        Reason.SIGNER_REVOKED: _TAMPERED,
        Reason.SIGNER_MISMATCH: _TAMPERED,
        Reason.WRONG_ADDRESSEE: N_(
            "Передайте пакет тому органу, которому он адресован, или "
            "попросите отправителя зашифровать его для нашего действующего "
            "сертификата."
        ),
        Reason.OVERSIZE: _TAMPERED,
        Reason.TRUNCATED: N_(
            "Скопируйте пакет на носитель заново (копирование, вероятно, прервалось). "
            "Попросите отправителя выгрузить пакет повторно."
        ),
        Reason.HASH_MISMATCH: N_(
            "Скопируйте пакет заново; если ошибка повторится, не загружайте "
            "пакет: сообщите отправителю и запросите его заново на другом "
            "носителе."
        ),
        Reason.MALFORMED_PAYLOAD: _TAMPERED,
        Reason.DECRYPTION_FAILED: _TAMPERED,
        Reason.MANIFEST_SIGNATURE_BROKEN: _TAMPERED,
        Reason.MANIFEST_MISMATCH: _TAMPERED,
        Reason.MALFORMED_RECORDS: _TAMPERED,
        Reason.TOO_LARGE_IN_MEMORY: N_(
            "Попросите отправителя разбить вложения на несколько пакетов."
        ),
        Reason.READ_ERROR: N_(
            "Проверьте носитель (вставлен ли он, читается ли на другом компьютере) и повторите."
        ),
    }
)


class BundleRejected(MigDeskError):
    """The bundle is refused; ``reason`` names why, ``str()`` says it in Russian: what is
    wrong (summary, then the detail) and what to do. ``detail`` alone is kept for logs
    of refusals and for the courier's list of problems."""

    def __init__(self, reason: Reason, detail: str | None = None) -> None:
        parts = [SUMMARY[reason], detail, ADVICE[reason]]
        super().__init__(Message(" ", " ").join(p for p in parts if p))
        self.reason = reason
        self.detail = detail
