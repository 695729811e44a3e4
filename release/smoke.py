"""The flow an installed MigDesk must pass, run against its executables with a bare environment.

``python release/smoke.py BINDIR WORKDIR [--gui]`` runs ``BINDIR/migdesk-cli`` (and with
``--gui`` ``BINDIR/migdesk``) with only HOME (an empty directory), the MIGDESK_* variables
and, for the GUI, QT_QPA_PLATFORM=offscreen: no PATH, no LANG, nothing inherited, as under
``env -i``. Steps: two vaults, persons, a request rendered and signed with a PKCS#12 file
(made here with openssl), key exchange, a bundle exported from one vault and imported into
the other, diagnostics, and the GUI up to its unlock window. Run it under ``unshare -n`` to
prove no network is needed. Used by ``tests/release`` and by hand on the frozen build.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PASSWORD = "smoke-test password"
PERSON = {
    "surname_ru": "Проверкин",
    "given_name_ru": "Тест",
    "sex": "M",
    "birth_date": "1980-02-03",
    "citizenship": ["KAZ"],
}


class Station:
    """One workstation: a vault, its user, and a bare environment for the executables."""

    def __init__(self, bindir: Path, work: Path, name: str) -> None:
        self.bindir = bindir
        self.home = work / name / "home"
        self.home.mkdir(parents=True)
        self.vault = work / name / f"{name}.vault"
        self.env = {
            "HOME": str(self.home),
            "MIGDESK_VAULT": str(self.vault),
            "MIGDESK_USER": "admin",
            "MIGDESK_PASSWORD": PASSWORD,
        }
        if os.environ.get("MIGDESK_INSECURE_FAST_KDF"):  # tests only: cheap Argon2id
            self.env["MIGDESK_INSECURE_FAST_KDF"] = "1"

    def run(self, *args: str, stdin: str | None = None, user: str = "admin") -> Any:
        proc = subprocess.run(
            [str(self.bindir / "migdesk-cli"), *args, "--json"],
            input=stdin,
            capture_output=True,
            text=True,
            env={**self.env, "MIGDESK_USER": user},
            timeout=300,
        )
        if proc.returncode != 0:
            raise SystemExit(f"migdesk-cli {' '.join(args)}: exit {proc.returncode}\n{proc.stderr}")
        return json.loads(proc.stdout) if proc.stdout.strip() else None


def make_pkcs12(work: Path) -> tuple[Path, Path, str]:
    """A signing certificate of KZ-MVD as a PKCS#12 file, its password file and the PEM."""
    key, cert, p12, pw = (work / n for n in ("sign.key", "sign.pem", "sign.p12", "p12.txt"))
    pw.write_text("p12 secret\n", encoding="utf-8")
    openssl = shutil.which("openssl") or "/usr/bin/openssl"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "30",
            "-subj",
            "/C=KZ/O=KZ-MVD/CN=Smoke Signer",
            "-addext",
            "keyUsage=digitalSignature",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            openssl,
            "pkcs12",
            "-export",
            "-inkey",
            str(key),
            "-in",
            str(cert),
            "-out",
            str(p12),
            "-passout",
            f"file:{pw}",
            "-name",
            "smoke",
        ],
        check=True,
        capture_output=True,
    )
    return p12, pw, cert.read_text(encoding="ascii")


def render_and_sign(kz: Station, work: Path, person_id: str) -> Path:
    """The officer (admin) writes the request; the supervisor bound to the signatory signs it:
    four eyes, as the vault requires by default (Art. 9.3)."""
    p12, pw, pem = make_pkcs12(work)
    secret = work / "boss-password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    kz.run("user", "add", "boss", "--role", "supervisor", "--password-file", str(secret))
    kz.run(
        "signatory",
        "add",
        "-",
        stdin=json.dumps(
            {
                "authority": "KZ-MVD",
                "position": "Начальник отдела",
                "full_name": "Подписантов Т. Т.",
                "valid_from": "2020-01-01",
                "valid_until": None,
                "user": "boss",
                "certificate_pem": pem,
            }
        ),
    )
    request = kz.run(
        "request",
        "new",
        "-",
        stdin=json.dumps(
            {
                "to": "AM-POLICE",
                "substance": "Просим сообщить сведения (проверка установки).",
                "purpose": "Проверка установки.",
                "justification": "Проверка установки.",
                "persons": [person_id],
            }
        ),
    )
    out = work / "request-signed.pdf"
    done = kz.run(
        "doc",
        "render",
        request["id"],
        "--kind",
        "request",
        "--out",
        str(out),
        "--sign-p12",
        str(p12),
        "--p12-password-file",
        str(pw),
        user="boss",
    )
    assert done["signed"] is True and out.read_bytes().startswith(b"%PDF"), done
    return out


def exchange_bundle(kz: Station, am: Station, work: Path, person_id: str) -> int:
    certs = {}
    for station in (kz, am):
        station.run("keys", "init")
        pem = work / f"{station.vault.stem}-certs.pem"
        certs[station] = (pem, station.run("authority", "export-cert", "--out", str(pem)))
    am.run(
        "authority",
        "trust",
        "KZ-MVD",
        str(certs[kz][0]),
        "--fingerprint",
        certs[kz][1]["ca_sha256"],
    )
    kz.run(
        "authority",
        "trust",
        "AM-POLICE",
        str(certs[am][0]),
        "--fingerprint",
        certs[am][1]["ca_sha256"],
    )
    stick = work / "stick"
    stick.mkdir()
    sent = kz.run(
        "bundle",
        "export",
        "--to",
        "AM-POLICE",
        "--out",
        str(stick),
        "--person",
        person_id,
        "--note",
        "Проверка установки.",
    )
    received = am.run("bundle", "import", sent["path"])
    found = am.run("person", "search", "Проверкин")
    assert found, (received, found)
    return len(found)


def gui_reaches_unlock(station: Station, work: Path, seconds: float = 20) -> None:
    """Starts ``migdesk`` offscreen on a new machine; it must still run (waiting at the unlock
    window, which offers to create a vault in the user data directory) and print nothing."""
    env = {**station.env, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("MIGDESK_VAULT", "MIGDESK_PASSWORD"):
        env.pop(name)
    log = work / "gui.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(station.bindir / "migdesk")], env=env, stdout=out, stderr=subprocess.STDOUT
        )
        time.sleep(seconds)
        alive = proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert alive, f"migdesk exited early: {text}"
    assert "Traceback" not in text and "rror" not in text, text


def run_flow(bindir: Path, work: Path, *, gui: bool, gui_seconds: float = 20) -> list[str]:
    """Every step above in a new ``work`` directory; returns what was checked, line by line."""
    work.mkdir(parents=True, exist_ok=False)
    kz, am = Station(bindir, work, "kz"), Station(bindir, work, "am")
    version = subprocess.run(
        [str(bindir / "migdesk-cli"), "--version"],
        env=kz.env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    done = [f"version: {version}"]
    kz.run("init", "--authority", "KZ-MVD")
    am.run("init", "--authority", "AM-POLICE")
    kz.run("demo", "--persons", "50")
    person_id = kz.run("person", "add", "-", stdin=json.dumps(PERSON))["id"]
    done.append("persons added: 51")
    done.append(f"signed: {render_and_sign(kz, work, person_id)}")
    done.append(f"bundle imported, search finds {exchange_bundle(kz, am, work, person_id)}")
    kz.run("diagnostics", "--out", str(work / "diagnostics.json"))
    done.append("diagnostics written")
    if gui:
        gui_reaches_unlock(Station(bindir, work, "fresh"), work, gui_seconds)
        done.append("gui running at the unlock window")
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bindir", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--gui", action="store_true")
    args = parser.parse_args()
    for line in run_flow(args.bindir.resolve(), args.work.resolve(), gui=args.gui):
        print(line)
    print("SMOKE OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
