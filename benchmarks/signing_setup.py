"""What the GUI stall probe needs to sign a letter on the big vault, with four eyes on.

The benchmark vault has one user (an administrator, who may not sign). Added once: an officer
who writes letters and a supervisor bound to a signatory of the vault's authority; each run
adds one draft letter by the officer, which the probe's supervisor signs through the
document window (the author may not sign it: four eyes, issue 13.5). The signatory has no
registered certificate, so its bound user signs with any key: a throw-away one is made per
run. A few rows a run in the cached vault (a letter, its document and audit entries).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from migdesk.models import User
from migdesk.office.users import UserService
from migdesk.pki import create_authority
from migdesk.pki.files import save_pkcs12
from migdesk.requests.authorities import own_authority
from migdesk.requests.records import DraftInput, RequestView
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.vault import Vault

OFFICER = "bench-officer"
SUPERVISOR = "bench-supervisor"
USER_PASSWORD = "benchmark-only user password"
P12_PASSWORD = "benchmark-only p12 password"


@dataclass(frozen=True)
class SigningSetup:
    supervisor: Vault  # the open vault seen by the supervisor (the same engine)
    letter: RequestView  # a draft letter by the officer, as the request window holds it
    p12: Path
    p12_password: str


def _as(vault: Vault, user: str) -> Vault:
    """The open vault seen by another registered user (what logging in yields)."""
    return Vault(vault.path, vault.engine, vault.vault_id, user, vault.data_key)


def prepare_signing(vault: Vault, folder: Path) -> SigningSetup:
    """``vault`` is open as its administrator; ``folder`` takes the throw-away key."""
    with vault.read_session() as session:
        missing = [name for name in (OFFICER, SUPERVISOR) if session.get(User, name) is None]
    users = UserService(vault)
    for name in missing:
        users.add(name, "officer" if name == OFFICER else "supervisor", USER_PASSWORD)
    supervisor = _as(vault, SUPERVISOR)
    signatories = SignatoryService(supervisor)
    with vault.read_session() as session:
        authority = own_authority(session) or "KZ-MVD"
    if not any(s.user == SUPERVISOR for s in signatories.list(authority)):
        signatories.add(
            SignatoryInput(
                authority=authority,
                position="Начальник управления (бенчмарк)",
                full_name="Подписантов Бенчмарк Тестович",
                valid_from=date(2020, 1, 1),
                user=SUPERVISOR,
            )
        )
    letter = RequestService(_as(vault, OFFICER)).create_draft(
        DraftInput(
            to_authority="AM-POLICE",
            substance="Просим сообщить сведения о регистрации (синтетические данные).",
            purpose="Проверка оснований пребывания.",
            justification="Рассмотрение заявления о виде на жительство.",
            categories=["registration"],
        )
    )
    p12 = folder / "bench-signer.p12"
    save_pkcs12(p12, create_authority(authority).signing, P12_PASSWORD.encode(), "signer")
    view = RequestService(supervisor).get(letter.id)
    return SigningSetup(supervisor, view, p12, P12_PASSWORD)
