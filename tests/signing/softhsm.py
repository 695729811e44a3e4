"""A real SoftHSM2 token in a test's own directory, holding keys issued by the test CA.

SoftHSM2 reads ``SOFTHSM2_CONF`` when the module is initialised, and python-pkcs11 keeps
one initialised module per process: after pointing the variable at a new directory the
module is re-initialised, so each test sees only its own token. Subprocesses (the CLI)
get the variable through their environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pkcs11
import pytest
from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

from migdesk.pki.keys import KeyPair

LIBRARY = Path("/usr/lib/softhsm/libsofthsm2.so")
SO_PIN = "87654321"


@dataclass(frozen=True)
class SoftToken:
    conf: Path
    label: str
    pin: str

    @property
    def env(self) -> dict[str, str]:
        return {"SOFTHSM2_CONF": str(self.conf)}


def module_path() -> Path:
    """The SoftHSM2 module; a missing one is a failure (CI installs softhsm2), not a skip."""
    assert shutil.which("softhsm2-util"), "softhsm2 не установлен (apt-get install softhsm2)"
    assert LIBRARY.is_file(), f"нет модуля {LIBRARY}"
    return LIBRARY


def make_token(tmp: Path, label: str, pin: str, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    """An initialised token in ``tmp``; this process's module is switched to it (the
    variable is restored after the test)."""
    module_path()
    tokens = tmp / "softhsm-tokens"
    tokens.mkdir()
    conf = tmp / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    init = ["softhsm2-util", "--init-token", "--free", "--label", label]
    subprocess.run(
        [*init, "--pin", pin, "--so-pin", SO_PIN],
        check=True,
        capture_output=True,
        env=env,
    )
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    pkcs11.lib(str(LIBRARY.resolve())).reinitialize()
    return SoftToken(conf, label, pin)


def _key_attributes(pair: KeyPair) -> dict[Attribute, object]:
    key = pair.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        curve = {"secp256r1": "secp256r1", "secp384r1": "secp384r1"}[key.curve.name]
        size = (key.curve.key_size + 7) // 8
        return {
            Attribute.KEY_TYPE: KeyType.EC,
            Attribute.EC_PARAMS: asn1_keys.ECDomainParameters({"named": curve}).dump(),
            Attribute.VALUE: key.private_numbers().private_value.to_bytes(size, "big"),
        }
    assert isinstance(key, rsa.RSAPrivateKey)
    numbers = key.private_numbers()

    def raw(value: int) -> bytes:
        return value.to_bytes((value.bit_length() + 7) // 8, "big")

    return {
        Attribute.KEY_TYPE: KeyType.RSA,
        Attribute.MODULUS: raw(numbers.public_numbers.n),
        Attribute.PUBLIC_EXPONENT: raw(numbers.public_numbers.e),
        Attribute.PRIVATE_EXPONENT: raw(numbers.d),
        Attribute.PRIME_1: raw(numbers.p),
        Attribute.PRIME_2: raw(numbers.q),
        Attribute.EXPONENT_1: raw(numbers.dmp1),
        Attribute.EXPONENT_2: raw(numbers.dmq1),
        Attribute.COEFFICIENT: raw(numbers.iqmp),
    }


def _certificate_object(
    cert: x509.Certificate, label: str, key_id: bytes
) -> dict[Attribute, object]:
    return {
        Attribute.CLASS: ObjectClass.CERTIFICATE,
        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
        Attribute.TOKEN: True,
        Attribute.LABEL: label,
        Attribute.ID: key_id,
        Attribute.SUBJECT: cert.subject.public_bytes(),
        Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
    }


def put_key(
    token: SoftToken,
    pair: KeyPair,
    label: str,
    key_id: bytes,
    *,
    with_certificate: bool = True,
    chain: tuple[x509.Certificate, ...] = (),
) -> None:
    """The key (non-extractable, as on a real token), its certificate and CA certificates."""
    lib = pkcs11.lib(str(LIBRARY.resolve()))
    with lib.get_token(token_label=token.label).open(rw=True, user_pin=token.pin) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: True,
                Attribute.SENSITIVE: True,
                Attribute.EXTRACTABLE: False,
                Attribute.SIGN: True,
                Attribute.LABEL: label,
                Attribute.ID: key_id,
                **_key_attributes(pair),
            }
        )
        if with_certificate:
            session.create_object(_certificate_object(pair.certificate, label, key_id))
        for index, cert in enumerate(chain):
            session.create_object(_certificate_object(cert, f"{label}-ca{index}", b"\xca" + key_id))
