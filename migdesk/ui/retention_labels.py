"""How the retention window names each kind of record and the rule its period follows
(``migdesk.office.retention_rules``), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    return {
        "person": translate("RetentionLabels", "сведения о лице"),
        "request": translate("RetentionLabels", "запрос с перепиской"),
        "attachment": translate("RetentionLabels", "вложение запроса"),
        "thematic": translate("RetentionLabels", "тематическая информация"),
        "consent": translate("RetentionLabels", "согласие стороны"),
    }.get(kind, kind)


def rule_text(kind: str, years: int) -> str:
    """From when the period counts, for a record without a keep-until date of its own."""
    translate = QCoreApplication.translate
    text = {
        "request": translate("RetentionLabels", "лет с даты завершения запроса — {years}"),
        "attachment": translate("RetentionLabels", "лет с даты завершения запроса — {years}"),
        "consent": translate("RetentionLabels", "лет с даты решения — {years}"),
    }.get(kind, translate("RetentionLabels", "лет с даты ввода — {years}"))
    return text.format(years=years)
