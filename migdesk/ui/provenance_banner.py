"""The banner at the top of a person card received from the other side (Art. 11.1–11.3).

It says who provided the record, in which bundle and for which request, the purpose it was
given for, whether onward transfer needs the provider's written consent, the provider's
keep-until date and the reliability/accuracy grades. The limits are the domain's
(``migdesk.security.handling.limits_of``); a record created on this workstation has none and
shows no banner. Where onward transfer needs the provider's consent, the banner offers to ask
for it (``migdesk.ui.consents.request_dialog``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from migdesk.models import HandlingLimits
from migdesk.security.handling import limits_of
from migdesk.security.roles import Permission, has
from migdesk.ui.vault_access import AUTHORITIES
from migdesk.vault import Vault

if TYPE_CHECKING:  # the dialog imports this module (authority_label): imported when opened
    from migdesk.ui.consents.request_dialog import RequestDialog

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
    "#provenanceBanner { background: #fff4d6; border: 1px solid #d9a400; border-radius: 3px; }"
    " #provenanceBanner QLabel { color: #3d2b00; }"
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


class ProvenanceBanner(QWidget):
    """Hidden for own records; a yellow paragraph for received ones. When onward transfer
    needs the provider's consent, «Запросить согласие…» opens the request dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.person_id: str | None = None
        self.request_dialog: RequestDialog | None = None
        self.setObjectName("provenanceBanner")
        # A plain QWidget paints a style-sheet background only with this attribute.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Происхождение и ограничения обработки"))
        self.consent_button = QPushButton(self.tr("Запросить согласие…"))
        self.consent_button.setToolTip(
            self.tr("Согласие предоставившей стороны на передачу или иное использование (ст. 11)")
        )
        self.consent_button.clicked.connect(self.request_consent)
        self.consent_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_for(self, vault: Vault, person_id: str | None) -> None:
        limits = None
        if person_id is not None:
            with vault.read_session() as session:
                limits = limits_of(session, "person", person_id)
        self.vault, self.person_id = vault, person_id
        self.label.setText(banner_text(limits) if limits is not None else "")
        self.consent_button.setVisible(limits is not None and limits.no_onward_transfer)
        # The domain refuses anyway; only an officer who may change records is offered it.
        self.consent_button.setEnabled(has(vault.current_roles(), Permission.PERSON_WRITE))
        self.setVisible(limits is not None)

    def request_consent(self) -> RequestDialog | None:
        if self.vault is None or self.person_id is None:
            return None
        from migdesk.ui.consents.request_dialog import RequestDialog

        dialog = RequestDialog(self.vault, self.person_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._request_closed)
        self.request_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop
        return dialog

    def _request_closed(self) -> None:
        self.request_dialog = None
