"""Opening a PKCS#12 file in a process of its own (for the GUI).

The file's 600,000 key-derivation rounds (~0.2 s of CPU) run inside OpenSSL with Python's
GIL held — ``cryptography`` does not release it — so in a worker thread of the GUI they still
froze the window as long (measured: a 590 ms gap of a 5 ms timer on a loaded machine). A
spawned child process opens the file instead; the key comes back over a pipe (memory, never
disk) as PKCS#8 DER, the certificates as DER, and the parent waits with the GIL released.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from typing import cast

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from migdesk import messages
from migdesk.messages import _
from migdesk.pki.errors import PkiError
from migdesk.pki.files import load_pkcs12
from migdesk.pki.keys import KeyPair, as_private_key

_Outcome = tuple[str, object]


def load_pkcs12_apart(path: Path, password: bytes) -> KeyPair:
    """What :func:`~migdesk.pki.files.load_pkcs12` returns (and raises), computed in a child
    process: the calling thread holds no lock while the key is derived."""
    context = multiprocessing.get_context("spawn")  # a fork would copy a GUI's threads
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_open_in_child,
        args=(send, str(path), password, messages.current_language()),
        daemon=True,
    )
    child.start()
    send.close()  # the child's end: EOF here if the child dies without an answer
    try:
        outcome: _Outcome = receive.recv()
    except EOFError:
        outcome = ("error", _("Не удалось открыть «{path}».").format(path=path))
    finally:
        receive.close()
        child.join()
    kind, payload = outcome
    if kind != "ok":
        raise PkiError(str(payload))
    key_der, certificates = cast(tuple[bytes, list[bytes]], payload)
    chain = tuple(x509.load_der_x509_certificate(der) for der in certificates)
    key = serialization.load_der_private_key(key_der, password=None)
    return KeyPair(chain[0], as_private_key(key), chain[1:])


def _open_in_child(send: Connection, path: str, password: bytes, language: str) -> None:
    messages.set_language(language)  # the refusal in the interface's language
    try:
        pair = load_pkcs12(Path(path), password)
        key_der = pair.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        der = serialization.Encoding.DER
        certificates = [pair.certificate.public_bytes(der)]
        certificates += [c.public_bytes(der) for c in pair.chain]
        send.send(("ok", (key_der, certificates)))
    except PkiError as exc:
        send.send(("error", str(exc)))
    finally:
        send.close()
