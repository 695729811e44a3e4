"""The demo's signing key: demo messages are signed as real ones are (issue 13, item 4), with
a key issued for this run by a throwaway demo CA of the own authority. The key lives in
memory only; the demo signatory has no certificate registered, so only its bound demo user
signs with it (Art. 9.3 check in ``authorisation``)."""

from __future__ import annotations

from migdesk.pki import create_authority
from migdesk.requests.authorities import own_authority
from migdesk.requests.demo import create_demo_requests
from migdesk.signing.credentials import credentials_of
from migdesk.signing.message_signing import sign_message
from migdesk.vault import Vault


def create_signed_demo_requests(vault: Vault, seed: int) -> int:
    """``migdesk.requests.demo.create_demo_requests`` with the demo's key."""
    with vault.read_session() as session:
        own = own_authority(session) or "KZ-MVD"
    credentials = credentials_of(create_authority(own).signing)

    def sign(signer: Vault, request_id: str, signatory: int) -> object:
        return sign_message(signer, request_id, credentials, signatory)

    return create_demo_requests(vault, seed, sign)
