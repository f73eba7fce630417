"""The pieces of the .deb and the portable archive that need no root and no network.

Pure helpers (parsing ldd and dpkg output, writing the control file, laying out the package
tree, writing the archive) kept apart from build_linux.py, which runs the tools, so that
tests can check them on their own.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tarfile
from datetime import date
from pathlib import Path

INSTALL_DIR = "/opt/contact-manager"
LAUNCHER = "/usr/bin/contact-manager"
MAINTAINER = "Contact Manager maintainers <maintainers@contact-manager.invalid>"

# Packages renamed by the 64-bit time_t transition (Debian 13, Ubuntu 24.04): either name will do.
T64_RENAMED = {"libglib2.0-0", "libcups2", "libssl3"}

_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|(\S+)\s+\(0x[0-9a-f]+\))\s*$")


def parse_ldd(text: str) -> dict[str, str | None]:
    """ldd's output -> {soname: resolved path, or None when not found}.

    The dynamic loader and vdso (no '=>') are left out: they are part of libc.
    """
    found: dict[str, str | None] = {}
    for line in text.splitlines():
        match = _LDD_LINE.match(line)
        if match:
            found[match.group(1)] = match.group(3)
    return found


def parse_dpkg_search(text: str) -> dict[str, str]:
    """`dpkg -S path...` output -> {path: package} (architecture qualifiers dropped)."""
    owners: dict[str, str] = {}
    for line in text.splitlines():
        if ": " not in line or line.startswith(("dpkg-query:", "diversion by ")):
            continue
        packages, path = line.split(": ", 1)
        package = packages.split(",")[0].strip().split(":")[0]
        owners[path.strip()] = package
    return owners


def parse_needed(objdump_text: str) -> list[str]:
    """`objdump -p` output -> the sonames the file links against directly (its NEEDED entries)."""
    needed = []
    for line in objdump_text.splitlines():
        fields = line.split()
        if len(fields) == 2 and fields[0] == "NEEDED":
            needed.append(fields[1])
    return needed


def system_libraries(
    files: dict[str, tuple[list[str], dict[str, str | None]]], bundle: Path
) -> tuple[set[str], set[str]]:
    """(system library paths the bundle links against directly, sonames found nowhere).

    ``files`` maps each bundled ELF file to (its NEEDED sonames, its ldd result). Only direct
    dependencies count for Depends: the packages bring their own dependencies. Anything not
    found at all, directly or further down, is reported.
    """
    bundle_prefix = str(bundle.resolve()) + os.sep
    used, missing = set(), set()
    for needed, resolved in files.values():
        missing.update(soname for soname, path in resolved.items() if path is None)
        for soname in needed:
            path = resolved.get(soname)
            if path is not None and not os.path.realpath(path).startswith(bundle_prefix):
                used.add(path)
    return used, missing


def depends_field(packages: set[str]) -> str:
    """The Depends: value, sorted, with the time_t-renamed alternative where there is one."""
    entries = []
    for package in sorted(packages):
        entries.append(f"{package} | {package}t64" if package in T64_RENAMED else package)
    return ", ".join(entries)


def control_text(version: str, arch: str, depends: str, installed_size_kib: int) -> str:
    return (
        "Package: contact-manager\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib}\n"
        f"Depends: {depends}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: keep the points of contact of company accounts straight\n"
        " Contact Manager records, for every company account, its primary contact,\n"
        " up to three billing contacts, the decision maker, the onboarding, security\n"
        " and technical contacts, and who receives which notices.\n"
        " .\n"
        " The application is self-contained under /opt/contact-manager; each user's\n"
        " data stays in their own data folder and is kept when the package is removed.\n"
    )


def installed_size_kib(tree: Path) -> int:
    """Installed-Size as dpkg counts it: 1 KiB per started KiB of each file, 1 per dir/link."""
    total = 0
    for path in tree.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def normalise_modes(tree: Path) -> None:
    """Directories 0755, executables 0755, other files 0644 (dpkg keeps the modes as they are)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or bool(mode & stat.S_IXUSR)
        path.chmod(0o755 if executable else 0o644)


def stage_tree(
    root: Path,
    bundle: Path,
    exe_name: str,
    icons: Path,
    svg: Path,
    desktop: Path,
    metainfo: Path,
    icon_name: str,
) -> None:
    """Lay out the package's files under ``root`` (its DEBIAN folder is written separately)."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    launcher = root / LAUNCHER.lstrip("/")
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(f"{INSTALL_DIR}/{exe_name}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(desktop, share / "applications" / desktop.name)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(metainfo, share / "metainfo" / metainfo.name)
    for size_dir in sorted(p for p in icons.iterdir() if p.is_dir()):
        target = share / "icons" / "hicolor" / size_dir.name / "apps"
        target.mkdir(parents=True)
        shutil.copy2(size_dir / f"{icon_name}.png", target / f"{icon_name}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(svg, scalable / f"{icon_name}.svg")
    doc = share / "doc" / "contact-manager"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text("Contact Manager\nCopyright: the Contact Manager authors.\n")
    normalise_modes(root)


def metainfo_text(template: str, version: str, released: date) -> str:
    return template.replace("@VERSION@", version).replace("@DATE@", released.isoformat())


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def write_tarball(bundle: Path, target: Path, top: str) -> Path:
    """The bundle as ``target`` (.tar.gz), everything under the folder ``top``, owned by root."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=_root_owned)
    return target
