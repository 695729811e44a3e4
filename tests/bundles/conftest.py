"""Real authorities for the bundle tests: KZ-MVD and AM-MIGRATION, each a CA with a signing and
an encryption certificate, made once per session (RSA-3072 key generation is slow)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migdesk.bundles import write_bundle
from migdesk.pki import AuthorityKeys, KeyAlgorithm, TrustStore, create_authority
from tests.bundles.bundle_craft import SAMPLE_CHUNK, outgoing, sample_attachments


@pytest.fixture(scope="session")
def kz() -> AuthorityKeys:
    # ECDSA P-256 CA and signing key.
    return create_authority("KZ-MVD")


@pytest.fixture(scope="session")
def am() -> AuthorityKeys:
    # RSA-3072 throughout, so both signature schemes (ECDSA, RSA-PSS) are exercised.
    return create_authority(
        "AM-MIGRATION",
        ca_algorithm=KeyAlgorithm.RSA_3072,
        signing_algorithm=KeyAlgorithm.RSA_3072,
    )


@pytest.fixture(scope="session")
def trust_at_kz(am: AuthorityKeys) -> TrustStore:
    """What the Kazakh workstation trusts: the Armenian CA."""
    return TrustStore.from_certificates([am.ca.certificate])


@pytest.fixture(scope="session")
def trust_at_am(kz: AuthorityKeys) -> TrustStore:
    """What the Armenian workstation trusts: the Kazakh CA."""
    return TrustStore.from_certificates([kz.ca.certificate])


@pytest.fixture(scope="session")
def sample_bundle(
    tmp_path_factory: pytest.TempPathFactory,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
) -> Path:
    """A real KZ → AM bundle with several 4 KiB chunks; never modified (copy it first)."""
    target = tmp_path_factory.mktemp("sample")
    result = write_bundle(outgoing(kz, am), target, trust_at_kz, chunk_size=SAMPLE_CHUNK)
    assert result.ok, result.message
    assert result.path is not None
    return result.path


@pytest.fixture
def bundle(sample_bundle: Path, tmp_path: Path) -> Path:
    """A private copy of the sample bundle, free to damage."""
    copy = tmp_path / sample_bundle.name
    shutil.copytree(sample_bundle, copy)
    return copy


@pytest.fixture(scope="session")
def attachments_expected() -> dict[str, bytes]:
    return {item.name: item.open().read() for item in sample_attachments()}
