"""«Ответ на запрос согласия»: our decision on another authority's request (Art. 11.2, 11.3).

Grant or refuse (nothing chosen in advance), the reference of our letter and the date of the
decision. The domain (``consent_inbox.answer``) checks the rest; its refusal is shown here
and nothing is recorded. The answer leaves with the next bundle to the requester.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from migdesk.changes import Changes, Kind
from migdesk.office import consent_inbox
from migdesk.office.consent_inbox import ConsentView
from migdesk.office.registry_reads import authority_full_names
from migdesk.ui.authority_combo import authority_label
from migdesk.ui.change_bus import publish
from migdesk.ui.consents.common import target_text
from migdesk.ui.consents.form_dialog import ConsentFormDialog, value_label
from migdesk.ui.kit import date_edit, edit_date, to_qdate
from migdesk.vault import Vault


class AnswerDialog(ConsentFormDialog):
    answered = Signal(object)  # ConsentView after the decision

    def __init__(
        self, vault: Vault, view: ConsentView, record: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.view = view
        self.names = names = authority_full_names(vault)
        self.result_view: ConsentView | None = None
        self.setWindowTitle(self.tr("Ответ на запрос согласия — MigDesk"))
        self.setMinimumWidth(620)

        self.grant_radio = QRadioButton(self.tr("Дать согласие"))
        self.refuse_radio = QRadioButton(self.tr("Отказать"))
        self.decision = QButtonGroup(self)  # exclusive; nothing checked until the officer picks
        self.decision.addButton(self.grant_radio)
        self.decision.addButton(self.refuse_radio)
        choice = QHBoxLayout()
        choice.addWidget(self.grant_radio)
        choice.addSpacing(16)
        choice.addWidget(self.refuse_radio)
        choice.addStretch(1)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("например, № 12-3/45 от 26.11.2026"))
        self.decided_on = date_edit(date.today())
        self.decided_on.setMaximumDate(to_qdate(date.today()))  # a decision is not in the future

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Запрашивает:"), value_label(authority_label(view.counterpart, names)))
        form.addRow(self.tr("Запись:"), value_label(record))
        if view.recipient:
            asked = self.tr("передать в {authority} (ст.\u00a011.3)").format(
                authority=target_text(view, names)
            )
        else:
            asked = self.tr("использовать для другой цели (ст.\u00a011.2)")
        form.addRow(self.tr("Просит:"), value_label(asked))
        form.addRow(self.tr("Цель:"), value_label(view.purpose))
        form.addRow(self.tr("Решение:"), choice)
        form.addRow(self.tr("Наше письмо:"), self.reference)
        form.addRow(self.tr("Дата решения:"), self.decided_on)

        self._frame(form, self.tr("Записать ответ"))
        for button in (self.grant_radio, self.refuse_radio):
            button.toggled.connect(lambda _on: self.error.hide())
        self.reference.textChanged.connect(lambda _t: self.error.hide())

    def save(self) -> bool:
        if self.decision.checkedButton() is None:
            self._show_error(self.tr("Выберите решение: дать согласие или отказать."))
            return False
        vault, consent_id, granted = self.vault, self.view.id, self.grant_radio.isChecked()
        reference, decided_on = self.reference.text(), edit_date(self.decided_on)

        def write() -> ConsentView:
            return consent_inbox.answer(
                vault, consent_id, granted=granted, document_ref=reference, decided_on=decided_on
            )

        return self._write(write, self._answered)

    def _answered(self, view: ConsentView) -> None:
        self._recorded(view)
        publish(Changes.of(Kind.CONSENTS))
        self.answered.emit(view)

    def _recorded(self, view: ConsentView) -> None:
        decision = self.tr("согласие") if view.status == "granted" else self.tr("отказ")
        self._show_recorded(
            (self.grant_radio, self.refuse_radio, self.reference, self.decided_on),
            self.tr(
                "Ответ записан ({decision}). Он уйдёт со следующим пакетом в {authority} "
                "(«Обмен» → «Выгрузить пакет…»)."
            ).format(decision=decision, authority=authority_label(view.counterpart, self.names)),
        )
