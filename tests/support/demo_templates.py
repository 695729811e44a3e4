"""Vaults with the signed demo requests, built once per test run and copied for each test.

``create_signed_demo_requests`` makes a CA, keys and certificates and signs every outgoing
message: 2–10 s per call (idle to loaded machine), and about twenty GUI tests begin with it
on a fresh vault. Each of them now gets a file copy of a vault built so once: the SQLCipher
file and the key slot file beside it, byte for byte (same schema, same data key, the same
signed messages, so the signatures verify as ever), in the test's own folder, so no test
sees another's writes."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from migdesk import messages
from migdesk.persons.service import PersonService
from migdesk.signing.demo import create_signed_demo_requests
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person


class DemoTemplates:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[tuple[bool, date, str], Path] = {}

    def copy(self, vault_path: Path, *, with_person: bool) -> Vault:
        """The template's folder copied to ``vault_path``'s (which must not exist yet), opened
        as the tests' administrator; the caller closes it."""
        template = self._template(with_person)
        shutil.copytree(template.parent, vault_path.parent)
        assert template.name == vault_path.name
        return Vault.open(vault_path, ADMIN, PASSWORD)

    def _template(self, with_person: bool) -> Path:
        # Keyed by the day, as the demo's dates count from today (a run that goes past midnight
        # builds the next day's), and by the language its texts would be written in.
        key = (with_person, date.today(), messages.current_language())
        if key not in self.built:
            kind = "person" if with_person else "empty"
            folder = self.root / f"{kind}-{key[1].isoformat()}-{key[2]}"
            path = folder / "test.vault"
            with Vault.create(path, ADMIN, PASSWORD, authority="KZ-MVD") as vault:
                if with_person:
                    PersonService(vault).add(sample_person())
                create_signed_demo_requests(vault, seed=1)
            # Closed: the WAL folded into the file, so the folder holds the whole vault.
            self.built[key] = path
        return self.built[key]
