"""Signing a message in tests as the application does (issue 13, item 4): the signatory's
PAdES signature on the rendered message, which records the ``sign`` step. One test key
(issued by a test CA of KZ-MVD) serves every test: signatories without a registered
certificate are signed for by their bound user with any key (Art. 9.3 check in
``migdesk.signing.authorisation``)."""

from __future__ import annotations

import functools
from pathlib import Path

from migdesk.pki import AuthorityKeys, create_authority
from migdesk.pki.files import save_pkcs12
from migdesk.requests.records import StepResult
from migdesk.requests.service import RequestService
from migdesk.signing.credentials import Credentials, credentials_of
from migdesk.signing.message_signing import sign_message
from migdesk.vault import Vault

P12_PASSWORD = "signer's p12 password (test)"


@functools.cache
def signer_keys() -> AuthorityKeys:
    return create_authority("KZ-MVD")


def signer_credentials() -> Credentials:
    return credentials_of(signer_keys().signing)


def sign(
    signer: RequestService | Vault, request_id: str, signatory: int | None = None
) -> StepResult:
    """``signer`` (a user's vault or request service) signs the draft with the test key."""
    vault = signer.vault if isinstance(signer, RequestService) else signer
    return sign_message(vault, request_id, signer_credentials(), signatory)


def p12_files(folder: Path) -> tuple[Path, Path]:
    """The test key as a PKCS#12 file and its password file, for CLI runs."""
    p12, password = folder / "signer.p12", folder / "signer-p12.txt"
    if not p12.exists():
        save_pkcs12(p12, signer_keys().signing, P12_PASSWORD.encode("utf-8"), "signer")
        password.write_text(P12_PASSWORD, encoding="utf-8")
    return p12, password


def key_args(folder: Path) -> list[str]:
    p12, password = p12_files(folder)
    return ["--sign-p12", str(p12), "--p12-password-file", str(password)]
