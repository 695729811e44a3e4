"""Grabs of the request screens for review:
``QT_QPA_PLATFORM=offscreen python -m tests.ui.make_request_screenshots``.

Writes ``screenshots/4*.png``: the deadlines dashboard, the request list, a request window
(incoming, in work), an outgoing draft, the registration form, step dialogs (a refusal
refused by the domain), the registries tabs, thematic information and statistics. Only
synthetic data (``create_signed_demo_requests``); the vault is removed at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("MIGDESK_INSECURE_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from migdesk.demo import synthetic_persons
from migdesk.persons.bulk import bulk_add
from migdesk.requests.agreement import AgreementService
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.signing.demo import create_signed_demo_requests
from migdesk.ui import i18n, tasks
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault
from tests.ui.make_screenshots import grab, settle, wait_for


def main() -> int:
    out = Path(__file__).resolve().parents[2] / "screenshots"
    out.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        translators = i18n.install_translators(app, "ru")
        vault = Vault.create(
            Path(tmp) / "demo.vault", "operator", "demo-password", authority="KZ-MVD"
        )
        bulk_add(vault, synthetic_persons(30, seed=3), validate=False)
        create_signed_demo_requests(vault, seed=5)
        agreement = AgreementService(vault)
        today = date.today()
        agreement.record_notice("ratification", "KZ", date(today.year, 1, 10), "Нота № 1 (демо)")
        agreement.record_notice("ratification", "AM", date(today.year, 1, 20), "Нота № 7 (демо)")
        ThematicService(vault).add(
            ThematicInput(
                category="violations",
                title="Канал незаконной миграции через третьи страны (демо)",
                text="Синтетическое описание для снимка экрана.",
                reported_on=today,
            )
        )

        window = MainWindow(vault)
        window.resize(1280, 760)
        window.show()
        screens = window.requests
        wait_for(app, lambda: screens.dashboard.dashboard is not None)
        settle(app)
        grab(window, "40_dashboard")
        screens.tabs.setCurrentWidget(screens.request_list)
        wait_for(app, lambda: not screens.request_list.loading and screens.request_list.rows)
        settle(app)
        grab(window, "41_request_list")

        board = screens.dashboard.dashboard
        assert board is not None
        in_work = next(r for r in board.incoming if r.state == "in_work")
        request = screens.open_request(in_work.id)
        assert request is not None
        settle(app, 5)
        grab(request, "42_request_incoming")
        dialog = request.open_step("refuse")
        assert dialog is not None
        dialog.submit()
        settle(app, 5)
        grab(dialog, "43_refuse_without_reasons")
        dialog.close()
        postpone = request.open_step("postpone")
        assert postpone is not None
        settle(app, 5)
        grab(postpone, "44_postpone_dialog")
        postpone.close()

        draft = screens.new_request("request", "outgoing")
        draft.save()  # empty: the domain names every missing 9.2 field
        settle(app, 5)
        grab(draft, "45_new_outgoing_errors")
        draft.close()
        incoming = screens.new_request("request", "incoming")
        settle(app, 5)
        grab(incoming, "46_register_incoming")
        incoming.close()
        outgoing = next(r for r in board.outgoing if r.kind == "request")
        sent = screens.open_request(outgoing.id)
        assert sent is not None
        settle(app, 5)
        grab(sent, "47_request_outgoing")
        sign_from = sent  # keep the window for the English grab below

        registries = screens.open_registries()
        for index in range(registries.tabs.count()):
            registries.tabs.setCurrentIndex(index)
            settle(app, 5)
            grab(registries, f"5{index}_registries_{index}")
        signatory = registries.signatories.open_add_signatory()
        settle(app, 5)
        grab(signatory, "54_add_signatory")
        signatory.close()

        thematic = screens.open_thematic()
        settle(app, 5)
        grab(thematic, "55_thematic_list")
        form = thematic.open_item(None)
        assert form is not None
        form.save()
        settle(app, 5)
        grab(form, "56_thematic_form_errors")
        form.close()

        statistics = screens.open_statistics()
        wait_for(app, lambda: not statistics.loading)
        settle(app, 5)
        grab(statistics, "57_statistics")

        i18n.remove_translators(app, translators)
        translators = i18n.install_translators(app, "en")
        english = MainWindow(vault)
        english.resize(1280, 760)
        english.show()
        wait_for(app, lambda: english.requests.dashboard.dashboard is not None)
        settle(app)
        grab(english, "58_dashboard_en")
        i18n.remove_translators(app, translators)

        sign_from.close()
        for top in (window, english):
            top.close()
        tasks.wait_for_all()
        settle(app)
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
