"""«Справочники»: competent authorities with their dated names (Art. 2), the agreement's
lifecycle (Art. 17), authorised signatories and blanks with their notifications (Art. 9.3,
9.4), and the journal number patterns, one tab each. Administrators and supervisors edit (the
domain's registry roles); everyone else reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from migdesk.changes import Kind
from migdesk.office.access import Access
from migdesk.ui.change_bus import subscribe
from migdesk.ui.geometry import fit_window
from migdesk.ui.requests.agreement_tab import AgreementTab
from migdesk.ui.requests.authorities_tab import AuthoritiesTab
from migdesk.ui.requests.journals_tab import JournalsTab
from migdesk.ui.requests.registry_form import RegistryTab
from migdesk.ui.requests.signatories_tab import SignatoriesTab
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault


class RegistriesWindow(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.access = Access(vault)
        self.setWindowTitle(self.tr("Справочники — MigDesk"))
        self.authorities = AuthoritiesTab(vault, self.access)
        self.agreement = AgreementTab(vault, self.access)
        self.signatories = SignatoriesTab(vault, self.access)
        self.journals = JournalsTab(vault, self.access)
        self.pages: list[RegistryTab] = [
            self.authorities,
            self.agreement,
            self.signatories,
            self.journals,
        ]
        # A rename shows in the signatory filter too; an import may bring signatory lists.
        subscribe(self, [Kind.REGISTRIES], self.refresh)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.authorities, self.tr("Компетентные органы (ст.\u00a02)"))
        self.tabs.addTab(self.agreement, self.tr("Соглашение (ст.\u00a017)"))
        self.tabs.addTab(self.signatories, self.tr("Подписанты и бланки (п.\u00a03, 4 ст.\u00a09)"))
        self.tabs.addTab(self.journals, self.tr("Журналы регистрации"))
        note = hint_label(
            self.tr(
                "Изменять справочники могут администратор и руководитель; остальным — просмотр."
            )
        )
        note.setVisible(not self.access.registries)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        fit_window(self, "registries", 1220, 720)
        self.refresh()

    def refresh(self) -> None:
        for page in self.pages:
            page.load()
