"""What the export dialog reads before an officer can choose: the trusted addressees with
their names, the token the signing key is on, the drives. Small SQL reads and a mount
listing, ~20 ms of CPU at 1M: read in the background so the dialog shows at once (#17)."""

from __future__ import annotations

from dataclasses import dataclass

from migdesk.exchange.keys import signing_token
from migdesk.exchange.token_keys import TokenKey
from migdesk.office.registry_reads import authority_full_names
from migdesk.ui.drives import Target, list_targets
from migdesk.ui.exchange.common import authority_text, partners
from migdesk.vault import Vault


@dataclass(frozen=True)
class ExportSetup:
    addressees: list[tuple[str, str]]  # (code, «code — name»)
    token: TokenKey | None
    targets: list[Target]


def read_setup(vault: Vault, home_label: str) -> ExportSetup:
    """Worker: the addressees, the signing token, the drives (``home_label``: translated on
    the GUI thread)."""
    names = authority_full_names(vault)
    addressees = [(code, authority_text(code, names)) for code in partners(vault)]
    return ExportSetup(addressees, signing_token(vault), list_targets(home_label))
