"""«Запросить согласие…» for one received person record: transfer to a third authority
(Art. 11.3) or use for another purpose (Art. 11.2). ``consent_inbox.request`` records it and
refuses what it must (a duplicate, a record created here); the refusal is shown in the
dialog. The request leaves with the next bundle to the provider.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Changes, Kind
from migdesk.exchange.provenance import person_provenance
from migdesk.office import consent_inbox
from migdesk.office.consent_inbox import ConsentView
from migdesk.office.registry_reads import authority_full_names
from migdesk.persons.service import PersonService
from migdesk.ui.authority_combo import authority_label, own_authority
from migdesk.ui.change_bus import publish
from migdesk.ui.collation import collated
from migdesk.ui.consents.form_dialog import ConsentFormDialog, value_label
from migdesk.ui.exchange.common import authority_text, partners
from migdesk.ui.kit import compact_combo, text_edit
from migdesk.ui.person_picker import person_labels
from migdesk.vault import Vault


def typed_code(combo: QComboBox) -> str:
    """The authority code of an editable combo: the chosen item's, or what was typed (an
    item's «CODE — name» text counts as its code)."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0:
        return str(combo.itemData(index))
    return text.split(" — ", 1)[0].strip()


class RequestDialog(ConsentFormDialog):
    requested = Signal(object)  # ConsentView of the new outgoing request

    def __init__(self, vault: Vault, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.person_id = person_id
        names = authority_full_names(vault)
        self.result_view: ConsentView | None = None
        self.setWindowTitle(self.tr("Запрос согласия предоставившей стороны — MigDesk"))
        self.setMinimumWidth(640)
        limits = person_provenance(vault, person_id)[0]
        provider = limits.provider_authority if limits is not None else None
        given_for = limits.purpose if limits is not None else ""
        record = person_labels(PersonService(vault), [person_id])[person_id]

        self.transfer_radio = QRadioButton(self.tr("Передать другому органу (ст.\u00a011.3)"))
        self.other_use_radio = QRadioButton(self.tr("Использовать для другой цели (ст.\u00a011.2)"))
        self.target = QButtonGroup(self)
        self.target.addButton(self.transfer_radio)
        self.target.addButton(self.other_use_radio)
        self.transfer_radio.setChecked(True)  # the usual case; the recipient is still to pick
        self.recipient = QComboBox()
        self.recipient.setEditable(True)  # a partner not in the list can be typed by its code
        compact_combo(self.recipient, 40)
        # Neither the provider (no consent needed) nor ourselves can be the third party.
        excluded = {provider, own_authority(vault)}
        codes = (set(names) | set(partners(vault))) - excluded
        for code in collated(codes, key=lambda code: authority_text(code, names)):
            self.recipient.addItem(authority_text(code, names), code)
        self.recipient.setCurrentIndex(-1)
        line = self.recipient.lineEdit()
        if line is not None:  # always, for an editable combo
            line.setPlaceholderText(self.tr("код органа, например KZ-MTSZN"))
        self.transfer_radio.toggled.connect(self.recipient.setEnabled)
        # The recipient sits under its radio button, indented: one column, nothing squeezed.
        target_box = QWidget()
        target_column = QVBoxLayout(target_box)
        target_column.setContentsMargins(0, 0, 0, 0)
        target_column.addWidget(self.transfer_radio)
        recipient_row = QHBoxLayout()
        recipient_row.addSpacing(24)
        recipient_row.addWidget(self.recipient, 1)
        target_column.addLayout(recipient_row)
        target_column.addWidget(self.other_use_radio)
        self.purpose = text_edit(3)
        self.purpose.setPlaceholderText(
            self.tr("Для чего нужна передача или иное использование сведений")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Запись:"), value_label(record))
        if provider is not None:
            form.addRow(self.tr("Получена от:"), value_label(authority_label(provider, names)))
            form.addRow(self.tr("Получена для цели:"), value_label(given_for))
        form.addRow(self.tr("Запрашиваем:"), target_box)
        form.addRow(self.tr("Цель запроса:"), self.purpose)

        self._frame(form, self.tr("Записать запрос"))
        self.purpose.textChanged.connect(self.error.hide)
        self.recipient.currentTextChanged.connect(lambda _t: self.error.hide())

    def save(self) -> bool:
        recipient: str | None = None
        if self.transfer_radio.isChecked():
            recipient = typed_code(self.recipient)
            if not recipient:
                self._show_error(self.tr("Укажите орган, которому нужно передать сведения."))
                return False
        vault, person_id, purpose = self.vault, self.person_id, self.purpose.toPlainText()
        return self._write(
            lambda: consent_inbox.request(vault, person_id, recipient, purpose), self._recorded
        )

    def _recorded(self, view: ConsentView) -> None:
        self._show_recorded(
            (self.transfer_radio, self.other_use_radio, self.recipient, self.purpose),
            self.tr(
                "Запрос согласия записан. Он уйдёт со следующим пакетом в {authority} "
                "(«Обмен» → «Выгрузить пакет…»)."
            ).format(authority=authority_label(view.counterpart, authority_full_names(self.vault))),
        )
        publish(Changes.of(Kind.CONSENTS))
        self.requested.emit(view)
