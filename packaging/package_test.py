"""Install the built .deb, start the installed app, remove the package: `make package-test`.

Run as root (CI is). Every step prints what it ran and what it saw; the first failure stops
the run with a non-zero exit. The steps:
  1. dpkg -i the .deb from dist/ (apt-get install -f if a dependency is missing)
  2. check the files are where the package puts them
  3. /usr/bin/contact-manager --version prints the version
  4. the installed binary, headless, against a fresh database in a temporary folder, with
     --smoke-test --lang it: the main window came up and the Italian translation loaded;
     nothing was written into the install folder
  5. dpkg -r then dpkg --purge: /opt/contact-manager and the launcher are gone, the user's
     data folder is still there
  6. the portable .tar.gz unpacks into one folder whose binary answers --version
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import bundle_rules
import debian_package as deb

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
PACKAGE = "contact-manager"
INSTALLED_FILES = [
    deb.LAUNCHER,
    f"{deb.INSTALL_DIR}/{bundle_rules.exe_name('linux')}",
    f"/usr/share/applications/{bundle_rules.APP_ID}.desktop",
    f"/usr/share/metainfo/{bundle_rules.APP_ID}.metainfo.xml",
    "/usr/share/icons/hicolor/48x48/apps/contact-manager.png",
    "/usr/share/icons/hicolor/scalable/apps/contact-manager.svg",
]
# The line --smoke-test prints (contact_manager.app.smoke_test) when the window came up in Italian.
SMOKE_OK = re.compile(
    r"^smoke test ok: .*\bvisible=True\b.*\blanguage=it\b.*\btranslated=yes\b", re.MULTILINE
)
# The Italian catalogues the installed app loads: its own, and Qt's for standard buttons.
ITALIAN_CATALOGS = [
    f"{deb.INSTALL_DIR}/_internal/contact_manager/i18n/contact_manager_it.qm",
    f"{deb.INSTALL_DIR}/_internal/PySide6/Qt/translations/qtbase_it.qm",
]
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


class Failed(Exception):
    pass


def say(message: str) -> None:
    print(f"[package-test] {message}", flush=True)


def run(command: list[str], check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    say("$ " + " ".join(command))
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    for stream in (result.stdout, result.stderr):
        for line in stream.strip().splitlines()[-15:]:
            print(f"    {line}", flush=True)
    if check and result.returncode != 0:
        raise Failed(f"{command[0]} exited with {result.returncode}")
    return result


def find_deb(dist: Path = DIST) -> Path:
    """The newest .deb in dist/ (make package builds exactly one per version)."""
    debs = sorted(dist.glob(f"{PACKAGE}_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        raise Failed(f"no {PACKAGE}_*.deb in {dist}: run make package first")
    return debs[-1]


def deb_version(path: Path) -> str:
    """contact-manager_0.1.0_amd64.deb -> 0.1.0"""
    return path.name.split("_")[1]


def smoke_ok(output: str) -> bool:
    """Whether --smoke-test's output reports the window shown and speaking Italian."""
    return SMOKE_OK.search(output) is not None


def is_qm(path: Path) -> bool:
    """A compiled Qt translation (checked by its magic number, as QTranslator does)."""
    with path.open("rb") as handle:
        return handle.read(len(QM_MAGIC)) == QM_MAGIC


def install(package: Path) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if run(["dpkg", "-i", str(package)], check=False, env=env).returncode != 0:
        say("dpkg could not configure the package alone: letting apt bring the dependencies")
        run(["apt-get", "install", "-f", "-y", "-q", "--no-install-recommends"], env=env)
    status = run(["dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE]).stdout
    if not status.startswith("install ok installed"):
        raise Failed(f"package not installed after dpkg -i: {status}")


def check_files() -> None:
    for path in INSTALLED_FILES:
        if not os.path.lexists(path):
            raise Failed(f"{path} is missing after installing")
    for catalog in ITALIAN_CATALOGS:
        if not Path(catalog).is_file() or not is_qm(Path(catalog)):
            raise Failed(f"{catalog} is missing or not a Qt translation")
    say("launcher, bundle, Italian catalogues, desktop entry, metainfo and icons are in place")


def install_folder_listing() -> set[str]:
    return {str(p) for p in Path(deb.INSTALL_DIR).rglob("*")}


def check_version(version: str) -> None:
    result = run([deb.LAUNCHER, "--version"])
    if version not in result.stdout:
        raise Failed(f"--version printed {result.stdout.strip()!r}, not version {version}")


def check_smoke(scratch: Path) -> Path:
    """Start the installed app headless; return the database it created (the user's data)."""
    before = install_folder_listing()
    home = scratch / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(scratch / "home"),
        "XDG_RUNTIME_DIR": str(scratch / "runtime"),
        "CONTACT_MANAGER_HOME": str(home),
    }
    (scratch / "runtime").mkdir(mode=0o700)
    database = scratch / "fresh.db"
    result = run([deb.LAUNCHER, "--smoke-test", "--lang", "it", "--db", str(database)], check=False, env=env)
    if result.returncode != 0:
        raise Failed(f"--smoke-test exited with {result.returncode}")
    if not smoke_ok(result.stdout + result.stderr):
        raise Failed("--smoke-test did not report the window shown with the Italian translation")
    if not database.exists():
        raise Failed("the app did not create the fresh database it was given")
    written = install_folder_listing() - before
    if written:
        raise Failed(f"the app wrote into the install folder: {sorted(written)[:5]}")
    say("window came up, Italian loaded, database created outside the install folder")
    return database


def remove(user_data: Path) -> None:
    run(["dpkg", "-r", PACKAGE])
    run(["dpkg", "--purge", PACKAGE])
    for path in (deb.INSTALL_DIR, deb.LAUNCHER):
        if os.path.lexists(path):
            raise Failed(f"{path} is still there after removing the package")
    if run(["dpkg-query", "-W", "-f=${Status}", PACKAGE], check=False).stdout.strip() not in (
        "",
        "unknown ok not-installed",
    ):
        raise Failed("dpkg still lists the package")
    if not user_data.exists():
        raise Failed("removing the package removed the user's data")
    say("package removed; the install folder is gone, the user's data is kept")


def check_tarball(version: str, scratch: Path) -> None:
    archives = sorted(DIST.glob(f"{PACKAGE}-{version}-linux-*.tar.gz"))
    if not archives:
        raise Failed(f"no portable archive for {version} in {DIST}")
    with tarfile.open(archives[-1]) as archive:
        archive.extractall(scratch, filter="tar")
    folders = [p for p in scratch.iterdir()]
    if [p.name for p in folders] != [f"{PACKAGE}-{version}"]:
        raise Failed(
            f"the archive should hold one folder {PACKAGE}-{version}, not {[p.name for p in folders]}"
        )
    result = run([str(folders[0] / bundle_rules.exe_name("linux")), "--version"])
    if version not in result.stdout:
        raise Failed(f"the portable binary printed {result.stdout.strip()!r}")
    say(f"{archives[-1].name} unpacks and starts")


def main() -> int:
    if os.geteuid() != 0:
        print("package-test installs a package: run it as root", file=sys.stderr)
        return 2
    try:
        package = find_deb()
        version = deb_version(package)
        say(f"testing {package.name} ({package.stat().st_size / 1024 / 1024:.1f} MiB)")
        install(package)
        check_files()
        check_version(version)
        with tempfile.TemporaryDirectory(prefix="cm-package-test-") as scratch:
            database = check_smoke(Path(scratch))
            remove(database)
        with tempfile.TemporaryDirectory(prefix="cm-portable-test-") as scratch:
            check_tarball(version, Path(scratch))
    except (Failed, subprocess.TimeoutExpired) as error:
        print(f"[package-test] FAILED: {error}", file=sys.stderr)
        if os.path.lexists(deb.INSTALL_DIR):
            say("leaving the machine clean: purging the package")
            run(["dpkg", "--purge", PACKAGE], check=False)
        return 1
    say("all steps passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
