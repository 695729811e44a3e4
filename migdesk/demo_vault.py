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


def seed_used(vault: Vault, seed: int) -> bool:
    """Whether ``demo`` already put this seed's persons in: a seed always gives the same
    record ids, so adding it twice would collide on the first one."""
    from migdesk.demo import synthetic_persons

    first = next(synthetic_persons(1, seed))["id"]
    return bool(vault.raw_execute("SELECT 1 FROM persons WHERE id = ?", first))


def unused_seed(vault: Vault, start: int = 1) -> int:
    """The first seed from ``start`` whose persons are not in the vault yet (a fresh vault:
    ``start`` itself, so a plain ``demo --persons N`` gives the same records as always)."""
    seed = start
    while seed_used(vault, seed):
        seed += 1
    return seed
