"""Build the Linux artefacts into dist/: the .deb and a portable .tar.gz of the bundle.

    .venv/bin/python packaging/build_linux.py        (what `make package` runs)

Steps: make sure the tools are there (installing binutils and the runtime libraries with
apt-get when run as root), render the icons, freeze the app with PyInstaller, start the
frozen binary once (--version), check with ldd that every system library the bundle links
against is shipped by a package listed in linux/runtime-packages.txt (that list becomes
Depends:), lay out the package and build it with dpkg-deb, then write the archive.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import bundle_rules
import debian_package as deb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
FROZEN = BUILD / "pyinstaller" / "dist" / bundle_rules.PACKAGE_NAME
RUNTIME_PACKAGES = HERE / "linux" / "runtime-packages.txt"
DESKTOP = HERE / "linux" / f"{bundle_rules.APP_ID}.desktop"
METAINFO = HERE / "linux" / f"{bundle_rules.APP_ID}.metainfo.xml"
SVG = ROOT / "resources" / "icons" / "app" / "contact-manager.svg"
# Tools the build runs, and the Debian package that ships each.
TOOLS = {"dpkg-deb": "dpkg", "strip": "binutils", "ldd": "libc-bin", "objdump": "binutils"}


def say(message: str) -> None:
    print(f"[package] {message}", flush=True)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    say("$ " + " ".join(str(part) for part in command))
    return subprocess.run(command, check=True, **kwargs)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from contact_manager import __version__

    return __version__


def read_package_list(path: Path) -> set[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return {line for line in lines if line}


def apt_install(packages: set[str]) -> None:
    """Install Debian packages when running as root with apt; otherwise say what is missing."""
    missing = sorted(p for p in packages if not _installed(p))
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SystemExit(f"missing system packages, install them first: apt-get install {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]
    if subprocess.run(install, env=env, check=False).returncode:  # stale package lists: update once
        run(["apt-get", "update", "-q"], env=env)
        run(install, env=env)


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return result.stdout.endswith("installed")


def ensure_tools(runtime: set[str]) -> None:
    needed = {package for tool, package in TOOLS.items() if not shutil.which(tool)}
    apt_install(needed | runtime)


def render_icons() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([sys.executable, str(HERE / "render_icons.py"), str(ICONS)], env=env)


def freeze() -> None:
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(FROZEN.parent), "--workpath", str(BUILD / "pyinstaller" / "work"),
            str(HERE / "contact-manager.spec"),
        ],
        env={**os.environ, "CONTACT_MANAGER_ICON_DIR": str(ICONS)},
    )  # fmt: skip


def check_frozen(expected_version: str) -> None:
    """Like qutebrowser's release script: the frozen binary must start before it is packaged."""
    result = run([str(FROZEN / bundle_rules.PACKAGE_NAME), "--version"], capture_output=True, text=True)
    say(f"frozen binary says: {result.stdout.strip()}")
    if expected_version not in result.stdout:
        raise SystemExit(f"the frozen binary did not print version {expected_version}")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def runtime_dependencies(bundle: Path) -> set[str]:
    """The Debian packages shipping the system libraries the bundle links against."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    results = {}
    for path in elf_files(bundle):
        ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True)
        results[str(path)] = (deb.parse_needed(dump.stdout), deb.parse_ldd(ldd.stdout))
    used, missing = deb.system_libraries(results, bundle)
    if missing:
        raise SystemExit(f"libraries the bundle needs are not found: {', '.join(sorted(missing))}")
    output = subprocess.run(
        ["dpkg", "-S", *sorted({os.path.realpath(p) for p in used} | used)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    owners = deb.parse_dpkg_search(output.stdout)
    unowned = sorted(p for p in used if p not in owners and os.path.realpath(p) not in owners)
    if unowned:
        raise SystemExit(f"no Debian package ships: {', '.join(unowned)}")
    return set(owners.values())


def check_depends(needed: set[str], listed: set[str]) -> None:
    unlisted = needed - listed
    if unlisted:
        where = RUNTIME_PACKAGES.relative_to(ROOT)
        raise SystemExit(f"the bundle needs {', '.join(sorted(unlisted))}: add them to {where}")
    for package in sorted(listed - needed):
        say(f"note: {package} is listed in runtime-packages.txt but no bundled file links against it")


def architecture() -> str:
    result = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def build_deb(ver: str, depends: set[str]) -> Path:
    arch = architecture()
    tree = BUILD / "deb" / f"contact-manager_{ver}_{arch}"
    metainfo = BUILD / METAINFO.name
    metainfo.write_text(deb.metainfo_text(METAINFO.read_text(), ver, date.today()))
    exe = bundle_rules.exe_name("linux")
    deb.stage_tree(tree, FROZEN, exe, ICONS, SVG, DESKTOP, metainfo, "contact-manager")
    control = tree / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(deb.control_text(ver, arch, deb.depends_field(depends), deb.installed_size_kib(tree)))
    control.chmod(0o644)
    target = DIST / f"contact-manager_{ver}_{arch}.deb"
    DIST.mkdir(exist_ok=True)
    run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(tree), str(target)])
    return target


def size_mib(path: Path) -> str:
    if path.is_dir():
        total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    else:
        total = path.stat().st_size
    return f"{total / 1024 / 1024:.1f} MiB"


def main() -> int:
    started = time.monotonic()
    ver = version()
    listed = read_package_list(RUNTIME_PACKAGES)
    ensure_tools(listed)
    qm = sorted((ROOT / "contact_manager" / "i18n").glob("*.qm"))
    say(f"app translations bundled: {', '.join(p.name for p in qm) or 'none (run make translations)'}")
    render_icons()
    freeze()
    check_frozen(ver)
    needed = runtime_dependencies(FROZEN)
    say(f"system packages the bundle links against: {', '.join(sorted(needed))}")
    check_depends(needed, listed)
    package = build_deb(ver, listed)
    name = f"contact-manager-{ver}"
    tarball = deb.write_tarball(FROZEN, DIST / f"{name}-linux-{os.uname().machine}.tar.gz", name)
    say(f"bundle {FROZEN.relative_to(ROOT)}: {size_mib(FROZEN)}")
    say(f"{package.relative_to(ROOT)}: {size_mib(package)}")
    say(f"{tarball.relative_to(ROOT)}: {size_mib(tarball)}")
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
