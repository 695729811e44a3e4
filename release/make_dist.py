"""``make dist``: the offline release in ``dist/`` (see docs/install.md).

1. stage the sources with ``build-info.json`` (commit, build date = commit time);
2. the MigDesk wheel, built twice with SOURCE_DATE_EPOCH from the commit: must be identical;
3. the wheelhouse (``release/wheelhouse.py``) and ``migdesk-VERSION-wheels.tar.gz``;
4. a build venv installed from that wheelhouse, PyInstaller one-folder build,
   ``migdesk-VERSION-linux-x86_64.tar.gz`` and the manifest of its files with SHA-256;
5. ``system-libraries.txt`` (ldd over the build), checked against docs/install.md;
6. RELEASE.md (third-party components, versions, licences) and SHA256SUMS.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from release import components, syslibs
from release.wheelhouse import download, pinned_closure, write_constraints

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "release" / "scripts"
BUILD = ROOT / "build" / "dist"
DIST = ROOT / "dist"
PYINSTALLER = "pyinstaller~=6.22"


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def run(*cmd: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, env=env, cwd=cwd)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stage_sources(target: Path, commit: str, epoch: int) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(
        ROOT / "migdesk",
        target / "migdesk",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "build-info.json"),
    )
    date = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M UTC")
    info = {"commit": commit, "build_date": date}
    (target / "migdesk" / "resources" / "build-info.json").write_text(
        json.dumps(info, indent=2) + "\n", encoding="utf-8"
    )
    return target


def build_wheel(src: Path, out: Path, env: dict[str, str]) -> Path:
    shutil.rmtree(out, ignore_errors=True)
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        out,
        src,
        env=env,
    )
    shutil.rmtree(src / "build", ignore_errors=True)
    (wheel,) = out.glob("migdesk-*.whl")
    return wheel


def reproducible_tar(source: Path, target: Path, epoch: int) -> None:
    """Sorted names, fixed owner and times, gzip without a timestamp: same input, same bytes."""

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    paths = sorted([source, *source.rglob("*")], key=lambda p: p.relative_to(source.parent).parts)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path in paths:
            tar.add(
                path,
                arcname=str(path.relative_to(source.parent)),
                recursive=False,
                filter=normalise,
            )
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="", compresslevel=6) as gz,
    ):
        gz.write(buffer.getvalue())


def write_manifest(folder: Path, target: Path) -> None:
    lines = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder.parent)
        if path.is_symlink():
            lines.append(f"{'-' * 64}  link  {rel} -> {os.readlink(path)}")
        elif path.is_file():
            mode = "exec" if path.stat().st_mode & 0o111 else "file"
            lines.append(f"{sha256(path)}  {mode}  {rel}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def wheel_kit(version: str, wheel: Path, house: Path, epoch: int) -> Path:
    kit = BUILD / f"migdesk-{version}-wheels"
    shutil.rmtree(kit, ignore_errors=True)
    (kit / "wheels").mkdir(parents=True)
    for cached in sorted(house.glob("*.whl")):
        shutil.copy2(cached, kit / "wheels" / cached.name)
    shutil.copy2(wheel, kit / "wheels" / wheel.name)
    shutil.copy2(SCRIPTS / "wheels-install.sh", kit / "install.sh")
    shutil.copy2(SCRIPTS / "wheels-uninstall.sh", kit / "uninstall.sh")
    shutil.copy2(SCRIPTS / "kit-prefix.sh", kit / "kit-prefix.sh")  # both scripts source it
    out = DIST / f"migdesk-{version}-wheels.tar.gz"
    reproducible_tar(kit, out, epoch)
    return kit


def frozen_build(version: str, wheels: Path, env: dict[str, str], epoch: int) -> Path:
    venv = BUILD / "venv"
    if not (venv / "bin" / "python").exists():
        run(sys.executable, "-m", "venv", venv)
    py = venv / "bin" / "python"
    run(
        py,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        wheels,
        "--force-reinstall",
        "--no-deps",
        *sorted(wheels.glob("migdesk-*.whl")),
        env=env,
    )
    run(
        py,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        wheels,
        "migdesk",
        env=env,
    )
    run(py, "-m", "pip", "install", "--quiet", PYINSTALLER, env=env)
    frozen = BUILD / "frozen"
    shutil.rmtree(frozen, ignore_errors=True)
    run(
        venv / "bin" / "pyinstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        frozen,
        "--workpath",
        BUILD / "pyinstaller",
        ROOT / "release" / "migdesk.spec",
        env={**env, "PYTHONHASHSEED": "0"},
        cwd=ROOT / "release",
    )
    kit = BUILD / f"migdesk-{version}"
    shutil.rmtree(kit, ignore_errors=True)
    shutil.move(frozen / "migdesk", kit)
    (kit / "migdesk-cli").symlink_to("migdesk")
    for script in ("install.sh", "uninstall.sh", "kit-prefix.sh"):
        shutil.copy2(SCRIPTS / script, kit / script)
    return kit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-frozen", action="store_true", help="only the wheel and wheelhouse")
    args = parser.parse_args()
    commit = git("rev-parse", "--short=12", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += "-modified"
    epoch = int(git("log", "-1", "--format=%ct"))
    # No PYTHONPATH: the build venv must see the installed wheel, never a checkout.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(SOURCE_DATE_EPOCH=str(epoch), PIP_DISABLE_PIP_VERSION_CHECK="1")
    DIST.mkdir(exist_ok=True)
    BUILD.mkdir(parents=True, exist_ok=True)

    src = stage_sources(BUILD / "src", commit, epoch)
    first = build_wheel(src, BUILD / "wheel-a", env)
    second = build_wheel(src, BUILD / "wheel-b", env)
    if first.read_bytes() != second.read_bytes():
        raise SystemExit("Колёса MigDesk двух сборок различаются: сборка не воспроизводима.")
    version = first.name.split("-")[1]
    wheel = DIST / first.name
    shutil.copy2(first, wheel)

    pins = pinned_closure()
    house = Path(os.environ.get("MIGDESK_WHEELHOUSE") or BUILD / "wheelhouse-cache")
    house = house / ("wheelhouse-" + hashlib.sha256(json.dumps(pins).encode()).hexdigest()[:16])
    if not (house / ".complete").is_file():
        house.mkdir(parents=True, exist_ok=True)
        download(house, first, write_constraints(house / "constraints.txt", pins))
        (house / ".complete").write_text("", encoding="utf-8")
    kit = wheel_kit(version, first, house, epoch)
    outputs = [DIST / f"migdesk-{version}-wheels.tar.gz"]
    undocumented: list[str] = []

    if not args.skip_frozen:
        frozen = frozen_build(version, kit / "wheels", env, epoch)
        manifest = DIST / f"migdesk-{version}-linux-x86_64.manifest.txt"
        write_manifest(frozen, manifest)
        needed = syslibs.system_libraries(frozen)
        (DIST / "system-libraries.txt").write_text("\n".join(needed) + "\n", encoding="utf-8")
        undocumented = sorted(set(needed) - set(syslibs.documented()))
        tarball = DIST / f"migdesk-{version}-linux-x86_64.tar.gz"
        reproducible_tar(frozen, tarball, epoch)
        outputs.insert(0, tarball)
        (DIST / "RELEASE.md").write_text(
            components.release_notes(version, commit, BUILD / "venv" / "bin" / "python", frozen),
            encoding="utf-8",
        )
    (DIST / "SHA256SUMS").write_text(
        "".join(f"{sha256(p)}  {p.name}\n" for p in [*outputs, wheel]), encoding="utf-8"
    )
    for path in sorted(DIST.iterdir()):
        print(f"{path.stat().st_size:>12}  {path}")
    if undocumented:  # checked last so the build can still be inspected
        print(f"docs/install.md не называет: {', '.join(undocumented)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
