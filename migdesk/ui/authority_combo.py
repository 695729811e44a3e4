"""The competent authorities (Art. 2) as the screens offer them: names for tables, combos."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from migdesk.requests.authorities import OWN_AUTHORITY_SETTING, AuthorityRegistry
from migdesk.ui.collation import collated
from migdesk.vault import Vault


def authority_label(code: str, names: Mapping[str, str]) -> str:
    """«Name (code)» of an authority in the registry (``names``: ``authority_full_names``);
    the bare code for any other."""
    name = names.get(code)
    return f"{name} ({code})" if name else code


def own_authority(vault: Vault) -> str | None:
    return vault.setting(OWN_AUTHORITY_SETTING)


def authority_names(vault: Vault, day: date | None = None) -> dict[str, str]:
    """Code → short name valid on ``day``, for combos and tables."""
    return {a.code: a.name.short_name for a in AuthorityRegistry(vault).list(day)}


def fill_authority_combo(
    combo: QComboBox, vault: Vault, *, country: str | None = None, exclude: str | None = None
) -> None:
    """Authorities competent today; ``country`` keeps one side, ``exclude`` drops one side."""
    combo.clear()
    today = date.today()
    views = collated(AuthorityRegistry(vault).list(today), key=lambda v: v.name.short_name)
    for view in views:
        if not view.active_on(today):
            continue
        if country is not None and view.country != country:
            continue
        if exclude is not None and view.country == exclude:
            continue
        combo.addItem(f"{view.code} — {view.name.short_name}", view.code)
        combo.setItemData(combo.count() - 1, view.name.nominative, Qt.ItemDataRole.ToolTipRole)
