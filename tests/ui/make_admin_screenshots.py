"""Grabs of the issue-7 screens.

Run ``QT_QPA_PLATFORM=offscreen python -m tests.ui.make_admin_screenshots``.

Writes PNGs to ``screenshots/`` (4x numbers): the administration menu, users, adding a user,
changing one's password, the audit trail, retention (due list, early destruction, acts), the
backup dialog and reminder, the idle-lock setting, the provenance banner on a received card,
and two screens in English. Synthetic data only, in a temporary vault removed at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("MIGDESK_INSECURE_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from migdesk.demo import synthetic_persons
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.security.handling import Received, record_received
from migdesk.security.roles import Role
from migdesk.ui import i18n, tasks
from migdesk.ui.audit_window import AuditWindow
from migdesk.ui.backup_action import BackupDialog
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.retention_window import RetentionWindow
from migdesk.ui.users_dialog import UsersDialog
from migdesk.vault import Vault
from tests.ui.make_screenshots import full_person, grab, settle, wait_for


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        translators = i18n.install_translators(app, "ru")
        vault_path = Path(tmp) / "demo.vault"
        vault = Vault.create(vault_path, "operator", "demo-password", authority="KZ-MVD")
        users = UserService(vault)
        users.add("petrova.a", "supervisor", "demo-password-2", "Петрова Анна (демо)")
        users.add("sidorov.k", "officer", "demo-password-3", "Сидоров Карим (демо)")
        users.add("courier1", "courier", "demo-password-4")
        service = PersonService(vault)
        received = service.add(full_person()).id
        with vault.session() as session:
            record_received(
                session,
                Received(
                    "person",
                    received,
                    "AM-MIGRATION",
                    "установление правового статуса по запросу",
                    source_bundle_id="5b0c7e55-1f0a-4c57-9d43-3f1d7a9a0b01",
                    source_request_id="9e41c2d0-77aa-4e0b-8c1e-52a1b7d3c002",
                    keep_until=date.today() + timedelta(days=700),
                    source_reliability="B",
                    information_accuracy="2",
                ),
            )
        past = (date.today() - timedelta(days=40)).isoformat()
        soon = (date.today() + timedelta(days=20)).isoformat()
        for number, keep in enumerate((past, past, soon)):
            person = dict(next(iter(synthetic_persons(1, seed=20 + number))))
            person["keep_until"] = keep
            service.add(person)
        bulk_add(vault, synthetic_persons(40, seed=9), validate=False)

        window = MainWindow(vault)
        window.resize(1200, 700)
        window.show()
        wait_for(app, lambda: window.registry.last_count is not None)
        settle(app)
        grab(window, "40_main_backup_reminder")
        window.admin.menu.popup(window.mapToGlobal(window.rect().topLeft()))
        settle(app, 5)
        grab(window.admin.menu, "41_admin_menu")
        window.admin.menu.hide()

        dialog = UsersDialog(users, window)
        dialog.show()
        dialog.select("sidorov.k")
        settle(app, 5)
        grab(dialog, "42_users")
        add = dialog.add_user()
        add.name_edit.setText("ivanov a")
        add.full_name_edit.setText("Иванов Арман (демо)")
        add.role_boxes[Role.OFFICER].setChecked(True)
        add.password_edit.setText("x")
        add.repeat_edit.setText("x")
        add.submit()
        wait_for(app, lambda: add.name_field.error.isVisible())
        settle(app, 5)
        grab(add, "43_add_user_error")
        add.reject()
        dialog.close()

        change = window.admin.change_own_password()
        change.current_edit.setText("wrong")
        change.password_edit.setText("new-demo-password")
        change.repeat_edit.setText("new-demo-password")
        change.submit()
        wait_for(app, lambda: change.current_field.error.isVisible())
        settle(app, 5)
        grab(change, "44_change_password")
        change.reject()

        audit = AuditWindow(vault, window)
        audit.show()
        wait_for(app, lambda: audit.last_check is not None and not audit.loading)
        settle(app)
        grab(audit, "45_audit_trail")
        audit.close()

        lock = window.admin.open_idle_lock()
        settle(app, 5)
        grab(lock, "46_idle_lock_setting")
        lock.reject()

        backup = BackupDialog(vault, window)
        backup.show()
        settle(app, 5)
        grab(backup, "47_backup")
        backup.close()

        form = PersonForm(service, received)
        form.resize(1200, 760)
        form.show()
        settle(app, 5)
        grab(form, "48_provenance_banner")
        form.close()

        window.close()
        boss = Vault.open(vault_path, "petrova.a", "demo-password-2")
        retention = RetentionWindow(boss)
        retention.show()
        wait_for(app, lambda: retention._due_op is None)
        settle(app)
        grab(retention, "49_retention_due")
        retention.as_of_edit.setDate(retention.as_of_edit.date().addDays(30))
        retention.refresh()
        wait_for(app, lambda: retention._due_op is None and len(retention.due) == 3)
        retention.select_record(retention.due[-1].record_id)
        destroy = retention.ask_destroy()
        assert destroy is not None
        settle(app, 5)
        grab(destroy, "50_destroy_early")
        destroy.reject()
        # Four eyes: the officer (the vault's administrator-officer) proposes first.
        RetentionService(vault).propose(retention.due[0].record_id, "истечение срока хранения")
        act = RetentionService(boss).destroy(retention.due[0].record_id, "истечение срока хранения")
        retention.refresh_acts()
        retention.tabs.setCurrentIndex(1)
        retention.status.setText(
            f"Запись {act.record_id} уничтожена; составлен акт № {act.number}. Акт можно "
            "сохранить повторно на вкладке «Акты уничтожения»."
        )
        settle(app, 5)
        grab(retention, "51_retention_acts")
        retention.close()

        i18n.remove_translators(app, translators)
        translators = i18n.install_translators(app, "en")
        english_audit = AuditWindow(vault)
        english_audit.show()
        wait_for(app, lambda: english_audit.last_check is not None and not english_audit.loading)
        settle(app)
        grab(english_audit, "52_audit_en")
        english_users = UsersDialog(users)
        english_users.show()
        settle(app, 5)
        grab(english_users, "53_users_en")
        english_retention = RetentionWindow(boss)
        english_retention.show()
        wait_for(app, lambda: english_retention._due_op is None)
        settle(app)
        grab(english_retention, "54_retention_en")
        i18n.remove_translators(app, translators)
        for widget in (english_audit, english_users, english_retention):
            widget.close()
        tasks.wait_for_all()
        settle(app)
        boss.close()
        vault.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
