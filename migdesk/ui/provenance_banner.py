"""The banner at the top of a person card received from the other side (Art. 11.1–11.3).

It says who provided the record, in which bundle and for which request, the purpose it was
given for, whether onward transfer needs the provider's written consent, the provider's
keep-until date and the reliability/accuracy grades. The limits are the domain's
(``migdesk.security.handling.limits_of``); a record created on this workstation has none and
shows no banner. Where onward transfer needs the provider's consent, the banner offers to ask
for it (``migdesk.ui.consents.request_dialog``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from migdesk.exchange.provenance import SourceRefs, person_provenance
from migdesk.models import HandlingLimits
from migdesk.office.access import Access
from migdesk.office.registry_reads import authority_full_names
from migdesk.ui.authority_combo import authority_label
from migdesk.ui.display import date_text
from migdesk.vault import Vault

if TYPE_CHECKING:  # the consent dialog loads when first opened
    from migdesk.ui.consents.request_dialog import RequestDialog


translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


@dataclass(frozen=True)
class Provenance:
    """What the banner needs from the vault, read without touching a widget."""

    limits: HandlingLimits | None
    refs: SourceRefs
    names: Mapping[str, str]
    can_write: bool


def read_provenance(vault: Vault, person_id: str | None) -> Provenance:
    limits: HandlingLimits | None = None
    refs = SourceRefs()
    if person_id is not None:
        limits, refs = person_provenance(vault, person_id)
    return Provenance(limits, refs, authority_full_names(vault), Access(vault).write_persons)


# Grades of the 4x4 handling codes (the domain stores the letters and digits only).
RELIABILITY_LABELS: dict[str, str] = {
    "A": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "надёжный")),
    "B": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "как правило надёжный")),
    "C": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "недостаточно надёжный")),
    "D": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "ненадёжный")),
    "X": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "не оценена")),
}
ACCURACY_LABELS: dict[str, str] = {
    "1": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "подтверждены")),
    "2": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "вероятно достоверны")),
    "3": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "возможно достоверны")),
    "4": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "сомнительны")),
    "X": str(QT_TRANSLATE_NOOP("ProvenanceBanner", "не оценена")),
}
STYLE = (
    "#provenanceBanner { background: #fff4d6; border: 1px solid #d9a400; border-radius: 3px; }"
    " #provenanceBanner QLabel { color: #3d2b00; }"
)


def _source(limits: HandlingLimits, refs: SourceRefs, names: Mapping[str, str]) -> str:
    """«Источник: <name in the nominative> (code), пакет № 3 от 05.12.2026, запрос № …» —
    «Получено от» needed the genitive of every authority name (issue 13.14)."""
    parts = [
        translate("ProvenanceBanner", "Источник: {authority}").format(
            authority=authority_label(limits.provider_authority, names)
        )
    ]
    if refs.bundle_number is not None:
        parts.append(
            translate("ProvenanceBanner", "пакет № {number} от {date}").format(
                number=refs.bundle_number, date=date_text(refs.bundle_date)
            )
            if refs.bundle_date is not None
            else translate("ProvenanceBanner", "пакет № {number}").format(number=refs.bundle_number)
        )
    if refs.request_number is not None:
        parts.append(
            translate("ProvenanceBanner", "запрос № {number} от {date}").format(
                number=refs.request_number, date=date_text(refs.request_date)
            )
        )
    return ", ".join(parts)


def banner_text(
    limits: HandlingLimits, refs: SourceRefs | None = None, names: Mapping[str, str] | None = None
) -> str:
    """One paragraph in the interface language; the purpose is the provider's own words.
    ``names``: the registry's authority names (``authority_full_names``)."""
    parts = [
        _source(limits, refs or SourceRefs(), names or {}),
        translate("ProvenanceBanner", "цель: {purpose}").format(purpose=limits.purpose),
        translate(
            "ProvenanceBanner",
            "передача третьим лицам только с письменного согласия предоставившей стороны "
            "(ст.\u00a011.3)",
        )
        if limits.no_onward_transfer
        else translate(
            "ProvenanceBanner", "предоставившая сторона не ограничила передачу третьим лицам"
        ),
    ]
    if limits.keep_until is not None:
        parts.append(
            translate("ProvenanceBanner", "хранить до {date} (ст.\u00a011.5)").format(
                date=date_text(limits.keep_until)
            )
        )
    grades = []
    if limits.source_reliability:
        label = translate("ProvenanceBanner", RELIABILITY_LABELS.get(limits.source_reliability, ""))
        grades.append(
            translate("ProvenanceBanner", "надёжность источника {grade} — {label}").format(
                grade=limits.source_reliability, label=label
            )
        )
    if limits.information_accuracy:
        label = translate("ProvenanceBanner", ACCURACY_LABELS.get(limits.information_accuracy, ""))
        grades.append(
            translate("ProvenanceBanner", "достоверность сведений {grade} — {label}").format(
                grade=limits.information_accuracy, label=label
            )
        )
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
            self.tr(
                "Согласие предоставившей стороны на передачу или иное использование (ст.\u00a011)"
            )
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
        self.show_read(vault, person_id, read_provenance(vault, person_id))

    def show_read(self, vault: Vault, person_id: str | None, read: Provenance) -> None:
        """Show what ``read_provenance`` read (possibly on a worker thread)."""
        limits = read.limits
        self.vault, self.person_id = vault, person_id
        self.label.setText(banner_text(limits, read.refs, read.names) if limits is not None else "")
        self.consent_button.setVisible(limits is not None and limits.no_onward_transfer)
        # The domain refuses anyway; only an officer who may change records is offered it.
        self.consent_button.setEnabled(read.can_write)
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
