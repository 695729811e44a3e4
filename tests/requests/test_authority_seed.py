"""The authorities a new vault is created for are the registry's (issue 12): the list the
unlock dialog offers before any vault exists is the one migration 0003 seeds, and the
screens name authorities as the registry does, renames included."""

from __future__ import annotations

from datetime import date

from migdesk.office.registry_reads import authority_full_names
from migdesk.requests.authorities import AGREEMENT_AUTHORITIES, AuthorityRegistry, Rename
from migdesk.vault import Vault


def test_new_vault_registry_names_the_agreement_authorities(vault: Vault) -> None:
    assert authority_full_names(vault) == AGREEMENT_AUTHORITIES


def test_authority_names_follow_a_rename(vault: Vault) -> None:
    AuthorityRegistry(vault).rename(
        Rename(
            code="AM-MIGRATION",
            effective_on=date(2026, 1, 1),
            notification="Нота № 1",
            nominative="Миграционная служба Республики Армения",
            dative="Миграционной службе Республики Армения",
            short_name="МС РА",
        )
    )
    names = authority_full_names(vault, date(2026, 6, 1))
    assert names["AM-MIGRATION"] == "Миграционная служба Республики Армения"
    before = authority_full_names(vault, date(2025, 6, 1))
    assert before["AM-MIGRATION"] == AGREEMENT_AUTHORITIES["AM-MIGRATION"]
