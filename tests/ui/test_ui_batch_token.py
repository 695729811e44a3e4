"""«Подписать и напечатать» with a key on a real SoftHSM2 token that is pulled out in the middle
of the batch: the officer is told, in Russian, which letters were left unsigned and why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.signing.credentials import Credentials
from migdesk.signing.produce import DocumentProducer, Produced
from migdesk.ui import tasks
from migdesk.ui.documents.batch_dialog import BatchDialog, BatchOutcome
from migdesk.ui.documents.keys import TokenSource
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.reports.doc_world import World, build_world
from tests.signing.softhsm import make_token, module_path, put_key

PIN = "1357"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp: Path = tmp_path_factory.mktemp("gui-batch-token")
    vault = Vault.create(tmp / "docs.vault", ADMIN, PASSWORD, authority="KZ-MVD")
    yield build_world(vault, tmp)
    vault.close()


@pytest.fixture(autouse=True)
def closed_after(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    tasks.wait_for_all()
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()


def test_a_token_pulled_out_mid_batch_names_every_unsigned_letter(
    qtbot: QtBot,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = make_token(tmp_path, "Токен Иванова", PIN, monkeypatch)
    put_key(token, world.keys.signing, "signer", b"\x01", chain=(world.keys.ca.certificate,))
    dialog = BatchDialog(world.vault, [world.incoming, world.refused, world.consent])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    real_sign = DocumentProducer.sign
    calls: list[int] = []

    def pulled_out_after_the_first(
        self: DocumentProducer, choice: object, credentials: Credentials
    ) -> Produced:
        calls.append(1)
        if len(calls) == 2:
            # What the token does when it leaves its port: the session is gone.
            credentials.signer.pkcs11_session.close()
        return real_sign(self, choice, credentials)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentProducer, "sign", pulled_out_after_the_first)
    folder = tmp_path / "out"
    folder.mkdir()
    source = TokenSource(module_path(), token.label, PIN.encode())
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as done:
        dialog.start(source, None, folder)
    outcome: BatchOutcome = done.args[0]
    assert len(outcome.signed) == 1 and len(list(folder.iterdir())) == 1
    assert [title for title, _ in outcome.failed] == [item.title for item in dialog.items[1:]]
    assert len(calls) == 2  # the third letter is not tried on a token that is gone
    report = dialog.report.toPlainText()
    for item in dialog.items[1:]:
        assert f"{item.title}: Токен не отвечает" in report, report
    assert "Внутренняя ошибка" not in report
    assert "не выполнено: 2" in dialog.summary.text()
    assert PIN not in report


def test_a_wrong_pin_is_told_in_russian_and_the_window_stays_usable(
    qtbot: QtBot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = make_token(tmp_path, "Токен Иванова", PIN, monkeypatch)
    put_key(token, world.keys.signing, "signer", b"\x01")
    dialog = BatchDialog(world.vault, [world.incoming, world.refused])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    wrong = "9753"
    dialog.start(TokenSource(module_path(), token.label, wrong.encode()), None, tmp_path)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=20_000)
    text = dialog.findChildren(QMessageBox)[0].text()
    assert "Неверный ПИН-код токена «Токен Иванова»" in text and wrong not in text
    assert dialog.start_button.isEnabled() and not dialog.busy  # not locked up
    assert list(tmp_path.glob("*.pdf")) == []
