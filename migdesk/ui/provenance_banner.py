"""The banner at the top of a person card received from the other side (Art. 11.1–11.3).

It says who provided the record, in which bundle and for which request, the purpose it was
given for, whether onward transfer needs the provider's written consent, the provider's
keep-until date and the reliability/accuracy grades. The limits are the domain's
(``migdesk.security.handling.limits_of``); a record created on this workstation has none and
shows no banner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from migdesk.models import HandlingLimits
from migdesk.security.handling import limits_of
from migdesk.ui.vault_access import AUTHORITIES
from migdesk.vault import Vault

# Grades of the 4x4 handling codes (the domain stores the letters and digits only). Russian in
# every interface language, like the domain's other labels (Article 15).
RELIABILITY_LABELS = {
    "A": "надёжный",
    "B": "как правило надёжный",
    "C": "недостаточно надёжный",
    "D": "ненадёжный",
    "X": "не оценена",
}
ACCURACY_LABELS = {
    "1": "подтверждены",
    "2": "вероятно достоверны",
    "3": "возможно достоверны",
    "4": "сомнительны",
    "X": "не оценена",
}
STYLE = (
    "QLabel { background: #fff4d6; border: 1px solid #d9a400; border-radius: 3px;"
    " padding: 6px 8px; color: #3d2b00; }"
)


def authority_label(code: str) -> str:
    name = AUTHORITIES.get(code)
    return f"{name} ({code})" if name else code


def banner_text(limits: HandlingLimits) -> str:
    """One paragraph, Russian (the working language of the Agreement)."""
    source = [f"пакет {limits.source_bundle_id}" if limits.source_bundle_id else ""]
    source.append(f"запрос {limits.source_request_id}" if limits.source_request_id else "")
    where = ", ".join(s for s in source if s)
    parts = [
        f"Получено от {authority_label(limits.provider_authority)}"
        + (f" ({where})" if where else "")
        + f" для цели: {limits.purpose}",
        "передача третьим лицам только с письменного согласия предоставившей стороны (ст. 11.3)"
        if limits.no_onward_transfer
        else "предоставившая сторона не ограничила передачу третьим лицам",
    ]
    if limits.keep_until is not None:
        parts.append(f"хранить до {limits.keep_until:%d.%m.%Y} (ст. 11.5)")
    grades = []
    if limits.source_reliability:
        label = RELIABILITY_LABELS.get(limits.source_reliability, "")
        grades.append(f"надёжность источника {limits.source_reliability} — {label}")
    if limits.information_accuracy:
        label = ACCURACY_LABELS.get(limits.information_accuracy, "")
        grades.append(f"достоверность сведений {limits.information_accuracy} — {label}")
    if grades:
        parts.append(", ".join(grades))
    return "; ".join(parts) + "."


class ProvenanceBanner(QLabel):
    """Hidden for own records; a yellow paragraph for received ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Происхождение и ограничения обработки"))
        self.hide()

    def show_for(self, vault: Vault, person_id: str | None) -> None:
        limits = None
        if person_id is not None:
            with vault.read_session() as session:
                limits = limits_of(session, "person", person_id)
        self.setText(banner_text(limits) if limits is not None else "")
        self.setVisible(limits is not None)
