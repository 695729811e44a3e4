"""What MigDesk keeps in QSettings: the last vault path and window geometry, nothing else.

Settings files are not encrypted, so no personal data may ever be written here; the keys
are a closed list to make that hard to break by accident.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

ORGANIZATION = "MigDesk"
APPLICATION = "MigDesk"
_LAST_VAULT = "vault/last_path"
GEOMETRY_KEYS = frozenset(
    {
        "audit",
        "bundle_import",
        "bundle_log",
        "consents",
        "document",
        "document_batch",
        "duplicate_dialog",
        "duplicates_window",
        "main_window",
        "person_form",
        "person_picker",
        "registries",
        "request",
        "retention",
        "signature_check",
        "statistics",
        "thematic",
        "thematic_item",
        "unlock",
        "users",
    }
)


def app_settings() -> QSettings:
    # INI everywhere: one readable file per user, also on Windows (no registry spread).
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def last_vault_path() -> Path | None:
    value = app_settings().value(_LAST_VAULT)
    return Path(value) if isinstance(value, str) and value else None


def remember_vault_path(path: Path) -> None:
    settings = app_settings()
    settings.setValue(_LAST_VAULT, str(path))
    settings.sync()


def _geometry_key(name: str) -> str:
    if name not in GEOMETRY_KEYS:
        raise ValueError(f"unknown geometry key {name!r}")
    return f"geometry/{name}"


def restore_geometry(widget: QWidget, name: str) -> bool:
    value = app_settings().value(_geometry_key(name))
    if isinstance(value, QByteArray | bytes) and value:
        return widget.restoreGeometry(QByteArray(value))
    return False


def save_geometry(widget: QWidget, name: str) -> None:
    app_settings().setValue(_geometry_key(name), widget.saveGeometry())


# Tables whose column widths the officer may set (``migdesk.ui.columns``).
COLUMN_KEYS = frozenset(
    {
        "agreement_notices",
        "audit",
        "authorities",
        "authority_history",
        "bundle_log",
        "consents",
        "dashboard_incoming",
        "dashboard_outgoing",
        "person_history",
        "request_list",
        "request_progress",
        "retention_acts",
        "retention_due",
        "signature_checks",
        "signatories",
        "signatory_notifications",
        "statistics",
        "statistics_months",
        "statistics_received",
        "thematic",
        "users",
    }
)


def _columns_key(name: str) -> str:
    if name not in COLUMN_KEYS:
        raise ValueError(f"unknown column key {name!r}")
    return f"columns/{name}"


def column_widths(name: str) -> list[int]:
    value = app_settings().value(_columns_key(name))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    try:
        return [int(v) for v in value]
    except (TypeError, ValueError):
        return []


def set_column_widths(name: str, widths: list[int]) -> None:
    app_settings().setValue(_columns_key(name), [str(w) for w in widths])
