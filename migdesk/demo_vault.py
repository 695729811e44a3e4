"""Whether a vault is a demonstration vault: the mark that lets the GUI offer «Заполнить
демо-данными…». A production vault never shows that action (issue 13.17); a vault becomes a
demo vault when it is created as one (``init --demo``, the create page's box) or when
synthetic data is put into it (``demo``), and it stays one.
"""

from __future__ import annotations

from migdesk.models import VaultSetting
from migdesk.vault import Vault

DEMO_VAULT_SETTING = "demo_vault"


def is_demo_vault(vault: Vault) -> bool:
    return vault.setting(DEMO_VAULT_SETTING) == "1"


def mark_demo_vault(vault: Vault) -> None:
    with vault.session() as session:
        session.merge(VaultSetting(key=DEMO_VAULT_SETTING, value="1"))
