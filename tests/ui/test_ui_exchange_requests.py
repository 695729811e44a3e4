"""Requests and letters in bundles, through the GUI, on two real vaults (KZ-MVD and
AM-MIGRATION): the export dialog lists what is waiting for the addressee, the checked
requests travel, the import preview names them, the request window sends its own.

``MIGDESK_SCREENSHOTS=1`` also grabs the screens into ``screenshots/exchange_requests_*``."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, import_bundle
from migdesk.exchange.export import pending_notices
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.requests.records import DraftInput
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import StepInput
from migdesk.ui.drives import Target
from migdesk.ui.exchange import export_setup
from migdesk.ui.exchange.export_dialog import ExportDialog
from migdesk.ui.exchange.import_dialog import ImportDialog
from migdesk.ui.exchange.send_action import SendInBundle
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, KZ, Station
from tests.support.signing import sign as sign_with_test_key

GB = 1024**3
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        widget.grab().save(str(SHOTS / f"exchange_requests_{name}.png"))


@pytest.fixture
def drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A «removable drive» (a folder), the only target offered."""
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(
        export_setup, "list_targets", lambda _home: [Target(folder, "TRANSCEND", True, GB, GB)]
    )
    return folder


def _second_signer(vault: Vault) -> Vault:
    """Four eyes (issue 13, item 5): the request is signed by a supervisor other than its
    author, the user bound to the signatory (added here as a user without a key slot)."""
    from datetime import datetime

    from migdesk.models import User

    with vault.session() as session:
        if session.get(User, "signer") is None:
            session.add(User(name="signer", role="supervisor", created_at=datetime(2025, 1, 1)))
    return Vault(vault.path, vault.engine, vault.vault_id, "signer", vault.data_key)


def _request(vault: Vault, person_id: str, *, sign: bool = True) -> tuple[str, str]:
    """An outgoing KZ → AM request about the person, signed by a signatory who is a second
    user (four eyes)."""
    service = RequestService(vault)
    created = service.create_draft(
        DraftInput(
            to_authority=AM,
            substance="Просим сообщить сведения о регистрации (синтетические данные).",
            purpose="Проверка оснований пребывания.",
            justification="Рассмотрение заявления о виде на жительство.",
            categories=["registration"],
            persons=[person_id],
        )
    )
    if sign:
        signer = _second_signer(vault)
        signatories = SignatoryService(vault)
        mine = [s for s in signatories.list(authority=KZ) if s.user == "signer"]
        signatory = (
            mine[0].id
            if mine
            else signatories.add(
                SignatoryInput(
                    authority=KZ,
                    position="Начальник управления",
                    full_name="Подписантов Тест Тестович",
                    valid_from=date(2020, 1, 1),
                    user="signer",
                )
            ).id
        )
        sign_with_test_key(signer, created.id, signatory)
    return created.id, created.number


def _dialog(qtbot: QtBot, vault: Vault, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(vault, [], **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_requests(qtbot, dialog)
    return dialog


def _wait_requests(qtbot: QtBot, dialog: ExportDialog) -> None:
    # The addressees are read in the background first (#17), then what waits for the chosen.
    qtbot.waitUntil(lambda: dialog.setup_op is None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.requests_op is None, timeout=10_000)


def _export(qtbot: QtBot, dialog: ExportDialog) -> None:
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def _preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    op = dialog.run_preview()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def _tree_lines(dialog: ImportDialog) -> list[str]:
    lines = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        assert top is not None
        lines.append(top.text(0))
        lines.extend(top.child(j).text(0) for j in range(top.childCount()))  # type: ignore[union-attr]
    return lines


def test_export_dialog_lists_the_signed_request_not_the_draft(
    qtbot: QtBot, kz_vault: Vault, drive: Path
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, number = _request(kz_vault, person)
    draft, _ = _request(kz_vault, person, sign=False)
    dialog = _dialog(qtbot, kz_vault)
    assert dialog.addressee.currentData() == AM
    assert dialog.requests.count() == 1
    item = dialog.requests.item(0)
    assert item is not None
    assert item.text() == f"№ {number} — Запрос, исходящий: сообщение"
    # Issue 13.20: offered, not pre-ticked; the officer ticks what goes into the bundle.
    assert item.checkState() == Qt.CheckState.Unchecked
    assert dialog.request_ids() == []
    assert "Отметьте" in dialog.requests_note.text()
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.request_ids() == [signed] and draft not in dialog.request_ids()
    assert dialog.start_button.isEnabled()
    shot(dialog, "export")

    # Another addressee: nothing waits for it, said in a grey line.
    dialog.addressee.setCurrentIndex(dialog.addressee.findData("KZ-MTSZN"))
    _wait_requests(qtbot, dialog)
    assert dialog.requests.count() == 0
    assert dialog.requests_note.text().startswith("Нет запросов и писем к отправке")
    assert "«Подписать…»" in dialog.requests_note.text()  # says what to do
    assert dialog.requests_note.isVisibleTo(dialog)
    shot(dialog, "export_empty")


def test_unchecked_request_stays_home(qtbot: QtBot, kz_vault: Vault, drive: Path) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, _ = _request(kz_vault, person)
    dialog = _dialog(qtbot, kz_vault)
    dialog.set_request_checked(signed, False)
    assert dialog.request_ids() == []
    dialog.add_persons([person])
    dialog.cover.setPlainText("Для сведения (тест)")
    # The signatory added for the request is a pending notice (Art. 9.4), offered checked.
    assert dialog.include_notices.isChecked() and not dialog.include_notices.isHidden()
    assert "изменений перечня подписантов — 1" in dialog.include_notices.text()
    dialog.include_notices.setChecked(False)
    _export(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.ok, dialog.error.text()
    assert dialog.outcome.counts == {"cover": 1, "person": 1}
    assert RequestService(kz_vault).get(signed).state == "signed"
    assert pending_notices(kz_vault, AM) == {"signatory_change": 1}  # stayed home too


def test_export_started_while_listing_sends_what_the_list_would_check(
    qtbot: QtBot, kz_vault: Vault, drive: Path
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, _ = _request(kz_vault, person)
    other, _ = _request(kz_vault, person)
    dialog = ExportDialog(kz_vault, [], request_ids=[other])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.setup_op is None, timeout=10_000)
    assert dialog.load_requests() is not None  # listed again: the list is not there yet
    _export(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.ok, dialog.error.text()
    assert dialog.outcome.counts == {"request": 1, "person": 1, "signatory_change": 1}
    service = RequestService(kz_vault)
    assert service.get(other).state == "sent" and service.get(signed).state == "signed"


def test_exported_request_is_registered_by_the_other_side(
    qtbot: QtBot, kz_vault: Vault, am_vault: Vault, drive: Path
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, number = _request(kz_vault, person)
    dialog = _dialog(qtbot, kz_vault)
    dialog.set_request_checked(signed, True)
    _export(qtbot, dialog)
    outcome = dialog.outcome
    assert outcome is not None and outcome.ok and outcome.path is not None, dialog.error.text()
    assert outcome.counts == {"request": 1, "person": 1, "signatory_change": 1}
    assert RequestService(kz_vault).get(signed).state == "sent"

    importer = ImportDialog(am_vault, outcome.path)
    qtbot.addWidget(importer)
    importer.show()
    _preview(qtbot, importer)
    assert not importer.error.isVisibleTo(importer), importer.error.text()
    lines = _tree_lines(importer)
    assert "Запросы и письма: 1" in lines
    assert "Перечень подписантов (п.\u00a04 ст.\u00a09): 1" in lines  # the request's signatory
    assert f"запрос № {number}: будет зарегистрирован" in lines
    assert "запросов и сообщений — 1, писем по запросам — 0" in importer.summary.text()
    assert "подпись отправителя действительна" in importer.summary.text()  # issue 13.20
    shot(importer, "import_preview")
    op = importer.run_import()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)
    assert importer.outcome is not None and importer.outcome.status == "imported"
    assert "зарегистрировано запросов и сообщений — 1" in importer.done_label.text()
    incoming = RequestService(am_vault).get(signed)
    assert incoming.direction == "incoming" and incoming.their_number == number

    # AM answers; the letter goes back from AM's dialog.
    service = RequestService(am_vault)
    service.step(signed, StepInput(action="start"))
    service.step(signed, StepInput(action="answer", text="Сведений не имеется."))
    back = _dialog(qtbot, am_vault)
    item = back.requests.item(0)
    assert item is not None and item.text().endswith(": ответ о результатах исполнения")
    item.setCheckState(Qt.CheckState.Checked)
    _export(qtbot, back)
    assert back.outcome is not None and back.outcome.path is not None, back.error.text()
    assert back.outcome.counts == {"request_step": 1, "acknowledgement": 1}


def test_letter_already_recorded_is_a_warning_in_the_preview(
    qtbot: QtBot,
    kz_vault: Vault,
    am: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, number = _request(kz_vault, person)
    (tmp_path / "one").mkdir()
    sent = export_bundle(kz_vault, AM, tmp_path / "one", requests=[signed])
    assert sent.path is not None
    (tmp_path / "two").mkdir()
    with am.open() as vault:
        import_bundle(vault, sent.path)
        service = RequestService(vault)
        service.step(signed, StepInput(action="start"))
        service.step(signed, StepInput(action="answer", text="Сведений не имеется."))
        back = export_bundle(vault, KZ, tmp_path / "two", requests=[signed])
    assert back.path is not None
    RequestService(kz_vault).step(signed, StepInput(action="answer", text="С бумаги."))
    importer = ImportDialog(kz_vault, back.path)
    qtbot.addWidget(importer)
    importer.show()
    _preview(qtbot, importer)
    lines = _tree_lines(importer)
    expected = (
        f"ответ о результатах исполнения по запросу № {number}: не записывается "
        "(см. предупреждения)"
    )
    assert expected in lines
    assert importer.warnings.isVisibleTo(importer)
    assert "не записано" in importer.warnings.text()
    assert "писем по запросам — 0" in importer.summary.text()
    shot(importer, "import_warning")


def test_export_refusal_is_shown_in_the_dialog(
    qtbot: QtBot, kz_vault: Vault, drive: Path, tmp_path: Path
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, number = _request(kz_vault, person)
    dialog = _dialog(qtbot, kz_vault)
    dialog.set_request_checked(signed, True)
    assert dialog.request_ids() == [signed]
    (tmp_path / "elsewhere").mkdir()  # meanwhile, sent from another window
    assert export_bundle(kz_vault, AM, tmp_path / "elsewhere", requests=[signed]).ok
    _export(qtbot, dialog)
    assert dialog.outcome is None
    assert dialog.error.isVisibleTo(dialog)
    assert f"По запросу № {number} нечего отправлять" in dialog.error.text()
    assert dialog.start_button.isEnabled() and dialog.addressee.isEnabled()
    assert list(drive.iterdir()) == []


def test_request_window_sends_its_request_in_a_bundle(
    qtbot: QtBot, kz_vault: Vault, drive: Path
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    first, _ = _request(kz_vault, person)
    second, _ = _request(kz_vault, person)
    draft, _ = _request(kz_vault, person, sign=False)

    on_draft = RequestWindow(RequestService(kz_vault), draft)
    qtbot.addWidget(on_draft)
    qtbot.waitUntil(lambda: on_draft.bundle_sender.op is None, timeout=10_000)
    assert on_draft.bundle_sender.button.isVisibleTo(on_draft)
    assert not on_draft.bundle_sender.button.isEnabled()
    assert on_draft.document_button.isVisibleTo(on_draft)  # the «Документ…» button stays

    window = RequestWindow(RequestService(kz_vault), second)
    qtbot.addWidget(window)
    window.show()
    sender = window.bundle_sender
    qtbot.waitUntil(lambda: sender.op is None, timeout=10_000)
    assert sender.button.text() == "Отправить в пакете…" and sender.button.isEnabled()
    dialog = sender.open_dialog()
    assert dialog is not None
    _wait_requests(qtbot, dialog)
    assert dialog.addressee.currentData() == AM
    assert dialog.requests.count() == 2
    assert dialog.request_ids() == [second]  # only this one; the other is offered unchecked
    shot(window, "request_window")
    shot(dialog, "export_from_request")
    with qtbot.waitSignal(window.changed, timeout=20_000):
        _export(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.ok, dialog.error.text()
    assert window.view is not None and window.view.state == "sent"
    assert RequestService(kz_vault).get(first).state == "signed"
    qtbot.waitUntil(lambda: sender.op is None, timeout=10_000)
    assert not sender.button.isEnabled()  # nothing left to send
    dialog.close()


def test_send_in_bundle_needs_the_export_role(qtbot: QtBot, kz_vault: Vault) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    signed, _ = _request(kz_vault, person)
    view = RequestService(kz_vault).get(signed)
    UserService(kz_vault).add("admin2", "administrator", "another long password 2")
    with Vault.open(kz_vault.path, "admin2", "another long password 2") as admin_only:
        holder = QWidget()
        qtbot.addWidget(holder)
        sender = SendInBundle(admin_only, holder)
        assert not sender.allowed and sender.refresh(view) is None
        assert not sender.button.isVisibleTo(holder) and not sender.button.isEnabled()
        holder.close()
