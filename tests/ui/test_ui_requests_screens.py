"""Request screens (issue 4) over real vaults: the deadlines dashboard, an Art. 10 path walked
through the request window, a refusal without reasons, registries, statistics."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QToolTip,
)
from pytestqt.qtbot import QtBot

from migdesk.models import User
from migdesk.office import four_eyes
from migdesk.persons.service import PersonService
from migdesk.requests.authorities import AuthorityRegistry
from migdesk.requests.records import IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import StepInput
from migdesk.ui.kit import OVERDUE_COLOR, to_qdate
from migdesk.ui.main_window import MainWindow
from migdesk.ui.requests.registries_window import RegistriesWindow
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.requests.sign_dialog import SignDialog
from migdesk.ui.requests.statistics_view import StatisticsWindow
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.requests.request_helpers import as_user
from tests.support.gui import present, save_request, submit_form, submit_step
from tests.support.signing import p12_files


def _window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.requests.dashboard.dashboard is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.requests.request_list.loading, timeout=10_000)
    qtbot.waitUntil(lambda: window.registry.last_count is not None, timeout=10_000)
    return window


def _incoming(vault: Vault, days_ago: int, **overrides: object) -> str:
    data = IncomingInput(
        from_authority="AM-POLICE",
        received_on=date.today() - timedelta(days=days_ago),
        substance="Запрос сведений (синтетические данные).",
        purpose="Проверка статуса.",
        justification="Дело о выдворении (тест).",
        their_number="ТЕСТ-1",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return RequestService(vault).receive(data).id


def test_tabs_and_menus(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    tabs = window.requests.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Сроки исполнения", "Реестр лиц", "Запросы"]
    assert tabs.currentIndex() == 0
    menus = [a.text() for a in window.menuBar().actions()]
    assert {"С&правочники", "С&татистика"} <= set(menus)
    assert menus[-1] == "&Справка"


def test_dashboard_shows_overdue_in_red_and_opens_it(qtbot: QtBot, gui_vault: Vault) -> None:
    overdue = _incoming(gui_vault, 40)
    soon = _incoming(gui_vault, 27)
    _incoming(gui_vault, 2)
    window = _window(qtbot, gui_vault)
    board = window.requests.dashboard
    table = board.incoming
    assert table.rowCount() == 3
    first = table.item(0, 0)
    assert first is not None and first.text() == "-10"
    foreground, _background = board.row_colors(table, 0)
    assert foreground == OVERDUE_COLOR.name()
    assert board.row_colors(table, 1)[1] != board.row_colors(table, 2)[1]  # within 5 days
    assert "просрочено 1" in board.status_label.text()
    table.selectRow(0)
    board.open_button.click()
    opened = window.requests.windows
    assert [w.request_id for w in opened] == [overdue]
    with qtbot.waitSignal(opened[0].loaded, timeout=10_000):  # read on a worker (#17)
        pass
    assert opened[0].view is not None and opened[0].view.overdue
    assert "просрочено на 10" in opened[0].deadline_label.text()
    assert soon != overdue


def test_register_incoming_and_walk_postpone_resume_answer(qtbot: QtBot, gui_vault: Vault) -> None:
    person = PersonService(gui_vault).add(sample_person()).id
    window = _window(qtbot, gui_vault)
    form = window.requests.new_request("request", "incoming")
    received = date.today() - timedelta(days=3)
    form.fields.received_edit.setDate(to_qdate(received))
    assert (received + timedelta(days=30)).strftime("%d.%m.%Y") in form.fields.due_label.text()
    form.fields.from_combo.setCurrentIndex(form.fields.from_combo.findData("AM-MIGRATION"))
    form.fields.substance_edit.setPlainText("Просим сообщить о регистрации (тест).")
    form.fields.purpose_edit.setPlainText("Проверка.")
    form.fields.justification_edit.setPlainText("Заявление (тест).")
    form.persons.add_persons([(person, "Тестов")])
    form.persons.set_category("registration", True)
    assert save_request(qtbot, form), form.problems.banner.text()
    assert form.view is not None and form.view.state == "registered"
    assert form.view.due_on == received + timedelta(days=30)
    assert set(form.enabled_actions()) == {
        "start",
        "more-info",
        "refuse",
        "withdraw",
        "confidentiality-impossible",  # Art. 11.1
    }

    def step(action: str, **fields: object) -> None:
        dialog = form.open_step(action)
        assert isinstance(dialog, StepDialog)
        for name, value in fields.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setChecked(value)
        assert submit_step(qtbot, dialog), dialog.problems.errors()

    step("start")
    assert form.view.state == "in_work"
    step(
        "postpone",
        conditions_radio=True,
        proceedings_edit="Уголовное дело № Т-1 (тест)",
        conditions_edit="Использовать только в целях запроса.",
    )
    assert form.view.state == "postponed"
    assert set(form.enabled_actions()) == {
        "obstacle",
        "resume",
        "refuse",
        "withdraw",
        "confidentiality-impossible",
    }
    step("resume")
    step("answer", text_edit="Сведения о регистрации прилагаются (тест).")
    assert form.view.state == "answered"
    assert form.enabled_actions() == []
    steps = [
        present(form.progress.history.item(r, 1)).text()
        for r in range(form.progress.history.rowCount())
    ]
    assert steps == [  # what happened, not the buttons' commands (issue 13.15)
        "Направлен ответ",
        "Исполнение возобновлено",
        "Исполнение отложено или поставлены условия",
        "Взят в работу",
        "Зарегистрирован",
    ]
    details = form.progress.history.item(2, 4)
    assert details is not None and "Уголовное дело № Т-1" in details.text()
    qtbot.waitUntil(lambda: not window.requests.dashboard.loading, timeout=10_000)


def test_refusal_without_reasons_shows_domain_message_and_changes_nothing(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    request_id = _incoming(gui_vault, 5)
    RequestService(gui_vault).step(request_id, StepInput(action="start"))
    window = RequestWindow(RequestService(gui_vault), request_id)
    qtbot.addWidget(window)
    before = RequestService(gui_vault).get(request_id)
    dialog = window.open_step("refuse")
    assert isinstance(dialog, StepDialog)
    dialog.ground_checks["security"].setChecked(True)
    assert submit_step(qtbot, dialog) is False
    errors = dialog.problems.errors()
    assert errors["reasons"] == "не указано (п. 4 ст. 10)"
    assert "grounds" not in errors
    assert dialog.isVisible()
    after = RequestService(gui_vault).get(request_id)
    assert after.state == before.state == "in_work"
    assert len(after.steps) == len(before.steps)
    dialog.reasons_edit.setPlainText("Исполнение противоречит законодательству (тест).")
    assert submit_step(qtbot, dialog)
    assert window.view is not None and window.view.state == "refused"


def test_outgoing_draft_sign_and_send(qtbot: QtBot, gui_vault: Vault, tmp_path: Path) -> None:
    # A one-person office: the administrator has turned four eyes off (issue 13, item 5;
    # four eyes itself: tests/requests/test_four_eyes.py).
    four_eyes.set_enabled(gui_vault, False)
    SignatoryService(gui_vault).add(
        SignatoryInput(
            authority="KZ-MVD",
            position="Заместитель министра",
            full_name="Подписантов Тест",
            valid_from=date(2020, 1, 1),
            user="admin",
        )
    )
    window = RequestWindow(RequestService(gui_vault), kind="request", direction="outgoing")
    qtbot.addWidget(window)
    assert save_request(qtbot, window) is False  # empty draft: every 9.2 field is named
    errors = window.problems.errors()
    assert {"substance", "purpose", "justification"} <= set(errors)
    window.fields.substance_edit.setPlainText("Просим сообщить (тест).")
    window.fields.purpose_edit.setPlainText("Проверка.")
    window.fields.justification_edit.setPlainText("Заявление (тест).")
    assert save_request(qtbot, window), window.problems.banner.text()
    assert set(window.enabled_actions()) == {"sign", "cancel"}
    # «Подписать…» is the digital signature (issue 13.4): no key, nothing signed.
    dialog = window.open_step("sign")
    assert isinstance(dialog, SignDialog) and dialog.signatory_combo.currentData() is not None
    assert not dialog.submit() and dialog.chooser.problem.isVisible()
    p12, password = p12_files(tmp_path)
    dialog.chooser.p12_edit.setText(str(p12))
    dialog.chooser.password_edit.setText("wrong password")
    assert dialog.submit()  # off the GUI thread
    qtbot.waitUntil(lambda: dialog.op is None and dialog.error.isVisible(), timeout=20_000)
    assert window.view is not None and window.view.state == "draft"
    dialog.chooser.password_edit.setText(password.read_text(encoding="utf-8"))
    assert dialog.submit()
    qtbot.waitUntil(
        lambda: window.view is not None and window.view.state == "signed", timeout=30_000
    )
    assert set(window.enabled_actions()) == {"send", "cancel"}
    files = window.view.attachments
    assert [a.mime for a in files if a.step == window.view.steps[-1].seq] == ["application/pdf"]
    assert not window.save_button.isVisible()  # a signed request is never edited
    send = window.open_step("send")
    assert isinstance(send, StepDialog) and submit_step(qtbot, send)
    assert window.view is not None and window.view.state == "sent"
    assert "Подписал: Заместитель министра Подписантов Тест" in window.progress.signing_label.text()


def test_officer_reads_registries_and_admin_renames(qtbot: QtBot, gui_vault: Vault) -> None:
    with gui_vault.session() as session:
        session.add(
            User(
                name="officer1",
                role="officer",
                created_at=datetime.now(UTC).replace(tzinfo=None),
                active=True,
            )
        )
    reader = RegistriesWindow(as_user(gui_vault, "officer1"))
    qtbot.addWidget(reader)
    assert not reader.authorities.rename_button.isEnabled()
    assert not reader.signatories.add_signatory_button.isEnabled()

    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    codes = [window.authorities.authority_table.item(r, 0).text() for r in range(4)]  # type: ignore[union-attr]
    window.authorities.authority_table.selectRow(codes.index("AM-MIGRATION"))
    dialog = window.authorities.open_rename()
    assert submit_form(qtbot, dialog) is False
    assert "notification" in dialog.problems.errors()
    dialog.widgets["effective_on"].setDate(QDate(2024, 6, 1))  # type: ignore[attr-defined]
    for name, text in {
        "nominative": "Миграционная служба (тест)",
        "dative": "Миграционной службе (тест)",
        "short_name": "МС (тест)",
        "notification": "Нота № 5 (тест)",
    }.items():
        dialog.widgets[name].setText(text)  # type: ignore[attr-defined]
    assert submit_form(qtbot, dialog), dialog.problems.errors()
    history = [window.authorities.history_table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert history[0] == "01.06.2024" and history[1] == "Миграционная служба (тест)"
    assert "Нота № 5" in history[4]
    old = AuthorityRegistry(gui_vault).name_on("AM-MIGRATION", date(2024, 5, 31))
    assert old.nominative != "Миграционная служба (тест)"


def test_statistics_chart_renders_and_exports(
    qtbot: QtBot, demo_vault_with_person: Vault, tmp_path: Path
) -> None:
    gui_vault = demo_vault_with_person  # one person added, then the signed demo requests
    window = StatisticsWindow(gui_vault)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: not window.loading and bool(window.rows), timeout=10_000)
    assert window.table.rowCount() == len(window.rows)
    month = window.table.item(0, 0)
    assert month is not None and re.fullmatch(r"\d\d\.\d{4}", month.text())  # not 2026-10
    assert window.chart.bar_count() > 0
    image = window.chart.grab().toImage()
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert "#3b6ea5" in colors  # the «Направлено» bars were drawn
    target = tmp_path / "stats.csv"
    with qtbot.waitSignal(window.export_finished, timeout=10_000) as exported:
        assert window.export(target)  # on a worker (#17)
    assert exported.args == [True] and window.exported_rows == len(window.rows)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_new_signatory_takes_a_certificate_from_a_file(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path
) -> None:
    """Issue 13.19: «Новый подписант» loads the signatory's certificate from a file."""
    from migdesk.pki.authority import create_ca, issue_signing_certificate
    from migdesk.pki.files import save_certificates_pem
    from migdesk.requests.signatories import SignatoryService

    signing = issue_signing_certificate(create_ca("KZ-MVD"))
    pem_file = tmp_path / "signer.pem"
    save_certificates_pem(pem_file, [signing.certificate])
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    dialog = window.signatories.open_add_signatory()
    picker = dialog.widgets["certificate_pem"]
    bogus = tmp_path / "notes.pem"
    bogus.write_text("не сертификат")
    assert not picker.load(bogus)  # type: ignore[attr-defined]
    assert "не содержит сертификатов" in picker.summary.text()  # type: ignore[attr-defined]
    assert picker.load(pem_file)  # type: ignore[attr-defined]
    assert "KZ-MVD: ключ подписи пакетов" in picker.summary.text()  # type: ignore[attr-defined]
    dialog.widgets["position"].setText("Начальник управления")  # type: ignore[attr-defined]
    dialog.widgets["full_name"].setText("Сертификатов Тест Тестович")  # type: ignore[attr-defined]
    assert submit_form(qtbot, dialog), dialog.problems.errors()
    added = [v for v in SignatoryService(gui_vault).list() if v.full_name.startswith("Сертиф")]
    assert len(added) == 1 and added[0].has_certificate


def test_progress_names_who_acted_and_what_happened(qtbot: QtBot, demo_vault: Vault) -> None:
    """Issue 13.15: «Ход исполнения» names the user, not the login, and says what happened."""
    from migdesk.office.users import UserService
    from migdesk.requests.service import RequestService
    from migdesk.ui.requests.request_window import RequestWindow

    gui_vault = demo_vault  # with the signed demo requests
    UserService(gui_vault).set_profile("demo.supervisor", full_name="Руководителев Демо")
    service = RequestService(gui_vault)
    sent = next(v for v in service.list() if v.state == "sent")
    window = RequestWindow(service, sent.id)
    window.show()
    table = window.progress.history
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    rows = [[table.item(r, c).text() for c in (1, 2)] for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert ["Направлен", "Руководителев Демо"] in rows
    assert ["Подписан", "Руководителев Демо"] in rows
    assert not any(step in ("Направить", "Подписать") for step, _who in rows)


@pytest.mark.parametrize("lang", ["ru", "kk", "hy"])
def test_sign_dialog_keeps_the_signatory_label(
    qtbot: QtBot, demo_vault: Vault, qapp: QApplication, lang: str
) -> None:
    """A long position and name in the signatory combo squeezed its label («Қол қоюшы (9-баптың
    3-тармағы)») to nothing in Kazakh and Armenian."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from migdesk.ui import i18n

    gui_vault = demo_vault  # with the signed demo requests
    service = RequestService(gui_vault)
    draft = next(r for r in service.list() if r.state == "draft")
    translators = i18n.install_translators(qapp, lang)
    try:
        dialog = SignDialog(service, service.get(draft.id))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.findChild(QFormLayout)
        assert form is not None
        label = form.labelForField(dialog.signatory_combo)
        assert isinstance(label, QLabel)
        assert label.width() >= label.sizeHint().width(), (lang, label.text(), label.width())
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")


def _shown_in_full(combo: QComboBox) -> bool:
    """The chosen text fits the combo's text field (a plain QComboBox clipped it mid-word)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width() - 2


@pytest.mark.parametrize("lang", ["ru", "kk", "hy", "en"])
def test_sign_dialog_shows_the_signatory_whole(
    qtbot: QtBot, demo_vault: Vault, qapp: QApplication, lang: str
) -> None:
    """The signatory's position, name and period were cut mid-word (Armenian worst): they show
    whole; one too long for the screen is elided «…» with the full text as its tooltip."""
    from migdesk.ui import i18n
    from migdesk.ui.elided_combo import ElidedCombo

    gui_vault = demo_vault  # with the signed demo requests
    service = RequestService(gui_vault)
    draft = service.get(next(r for r in service.list() if r.state == "draft").id)
    translators = i18n.install_translators(qapp, lang)
    try:
        dialog = SignDialog(service, draft)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        combo = dialog.signatory_combo
        assert "Подписант" in combo.currentText()
        assert _shown_in_full(combo), (lang, combo.width(), combo.currentText())
        assert dialog.width() <= dialog.screen().availableGeometry().width()

        SignatoryService(gui_vault).add(
            SignatoryInput(
                authority=draft.from_code,
                position="Заместитель руководителя департамента " * 4,
                full_name="Длиннофамильная-Двойная Анастасия Константиновна",
                valid_from=date(2020, 1, 1),
            )
        )
        long_one = SignDialog(service, draft)
        qtbot.addWidget(long_one)
        long_one.show()
        qtbot.waitExposed(long_one)
        combo = long_one.signatory_combo
        assert isinstance(combo, ElidedCombo)
        combo.setCurrentIndex(combo.findText("Длиннофамильная", Qt.MatchFlag.MatchContains))
        assert long_one.width() <= long_one.screen().availableGeometry().width()
        assert not _shown_in_full(combo) and combo.is_elided()
        assert combo.shown_text().endswith("…")
        assert combo.fontMetrics().horizontalAdvance(combo.shown_text()) <= combo.width()
        at = QPoint(5, 5)
        QApplication.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, at, combo.mapToGlobal(at)))
        assert QToolTip.text() == combo.currentText()
        QToolTip.hideText()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "ru")
