"""The .deb's pieces: dependency detection, control file, package layout, portable archive."""

from __future__ import annotations

import os
import tarfile
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

import debian_package as deb

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd5a7f2000)
\tlibQt6Gui.so.6 => /opt/b/_internal/libQt6Gui.so.6 (0x00007f0e2c600000)
\tlibxkbcommon.so.0 => /lib/x86_64-linux-gnu/libxkbcommon.so.0 (0x00007f0e2c5b0000)
\tlibxcb-cursor.so.0 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0e2d0a1000)
"""


def test_ldd_output_gives_each_library_and_where_it_was_found():
    assert deb.parse_ldd(LDD) == {
        "libQt6Gui.so.6": "/opt/b/_internal/libQt6Gui.so.6",
        "libxkbcommon.so.0": "/lib/x86_64-linux-gnu/libxkbcommon.so.0",
        "libxcb-cursor.so.0": None,
    }


def test_only_needed_entries_are_direct_dependencies():
    dump = """
Dynamic Section:
  NEEDED               libQt6Gui.so.6
  NEEDED               libc.so.6
  RUNPATH              $ORIGIN
  SONAME               libqxcb.so
"""
    assert deb.parse_needed(dump) == ["libQt6Gui.so.6", "libc.so.6"]


def test_dpkg_search_output_maps_paths_to_packages():
    text = (
        "libxkbcommon0:amd64: /lib/x86_64-linux-gnu/libxkbcommon.so.0\n"
        "diversion by foo from: /usr/lib/x\n"
        "libc6:amd64, libc6:i386: /usr/share/doc/libc6\n"
        "dpkg-query: no path found matching pattern /nowhere\n"
    )
    assert deb.parse_dpkg_search(text) == {
        "/lib/x86_64-linux-gnu/libxkbcommon.so.0": "libxkbcommon0",
        "/usr/share/doc/libc6": "libc6",
    }


def test_system_libraries_are_direct_links_outside_the_bundle(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    inside = str(bundle / "_internal" / "libQt6Gui.so.6")
    files = {
        "qxcb": (
            ["libQt6Gui.so.6", "libxkbcommon.so.0"],
            {
                "libQt6Gui.so.6": inside,
                "libxkbcommon.so.0": "/lib/x86_64-linux-gnu/libxkbcommon.so.0",
                "libxcb.so.1": "/lib/x86_64-linux-gnu/libxcb.so.1",  # only pulled in further down
            },
        ),
        "cups": (["libcups.so.2"], {"libcups.so.2": None}),
    }
    used, missing = deb.system_libraries(files, bundle)
    assert used == {"/lib/x86_64-linux-gnu/libxkbcommon.so.0"}
    assert missing == {"libcups.so.2"}


def test_depends_accepts_the_time_t_renamed_packages():
    assert deb.depends_field({"libxcb1", "libglib2.0-0", "libc6"}) == (
        "libc6, libglib2.0-0 | libglib2.0-0t64, libxcb1"
    )


def test_control_file_has_the_fields_dpkg_needs():
    text = deb.control_text("1.2.3", "amd64", "libc6, libxcb1", 4321)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "contact-manager"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libc6, libxcb1"
    assert fields["Installed-Size"] == "4321"
    assert fields["Maintainer"]
    assert text.endswith("\n")
    assert all(line.startswith(" ") for line in text.split("Description: ")[1].splitlines()[1:])


def test_installed_size_counts_started_kibibytes(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "small").write_bytes(b"x")
    (tmp_path / "big").write_bytes(b"x" * 2049)
    assert deb.installed_size_kib(tmp_path) == 1 + 1 + 3


def make_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "frozen"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "contact-manager"
    exe.write_bytes(b"\x7fELF")
    exe.chmod(0o700)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"zip")
    (bundle / "_internal" / "base_library.zip").chmod(0o600)
    return bundle


def make_icons(tmp_path: Path) -> Path:
    icons = tmp_path / "icons"
    for size in (16, 48):
        (icons / f"{size}x{size}").mkdir(parents=True)
        (icons / f"{size}x{size}" / "contact-manager.png").write_bytes(b"png")
    (icons / "contact-manager.ico").write_bytes(b"ico")  # a file, not a size folder: ignored
    return icons


def test_the_package_tree_puts_each_file_where_linux_looks(tmp_path):
    desktop = tmp_path / "app.desktop"
    desktop.write_text("[Desktop Entry]\n")
    metainfo = tmp_path / "app.metainfo.xml"
    metainfo.write_text("<component/>")
    svg = tmp_path / "icon.svg"
    svg.write_text("<svg/>")
    root = tmp_path / "tree"
    deb.stage_tree(
        root,
        make_bundle(tmp_path),
        "contact-manager",
        make_icons(tmp_path),
        svg,
        desktop,
        metainfo,
        "contact-manager",
    )
    launcher = root / "usr/bin/contact-manager"
    assert launcher.is_symlink()
    assert os.readlink(launcher) == "/opt/contact-manager/contact-manager"
    assert (root / "opt/contact-manager/_internal/base_library.zip").is_file()
    assert (root / "usr/share/applications/app.desktop").is_file()
    assert (root / "usr/share/metainfo/app.metainfo.xml").is_file()
    assert (root / "usr/share/icons/hicolor/16x16/apps/contact-manager.png").is_file()
    assert (root / "usr/share/icons/hicolor/48x48/apps/contact-manager.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/contact-manager.svg").is_file()
    assert (root / "opt/contact-manager/contact-manager").stat().st_mode & 0o777 == 0o755
    assert (root / "opt/contact-manager/_internal/base_library.zip").stat().st_mode & 0o777 == 0o644
    assert (root / "opt/contact-manager/_internal").stat().st_mode & 0o777 == 0o755
    # nothing outside /opt and /usr: no maintainer script, nothing in anyone's home
    assert sorted(p.name for p in root.iterdir()) == ["opt", "usr"]


def test_metainfo_gets_the_version_and_stays_valid_xml():
    template = (
        Path(deb.__file__).parent / "linux" / "org.contactmanager.ContactManager.metainfo.xml"
    ).read_text()
    text = deb.metainfo_text(template, "0.4.2", date(2026, 3, 1))
    release = ElementTree.fromstring(text).find("releases/release")
    assert release.attrib == {"version": "0.4.2", "date": "2026-03-01"}


def test_the_portable_archive_has_one_root_owned_top_folder(tmp_path):
    target = deb.write_tarball(make_bundle(tmp_path), tmp_path / "out" / "cm.tar.gz", "contact-manager-0.1.0")
    with tarfile.open(target) as archive:
        members = archive.getmembers()
    assert {m.name.split("/")[0] for m in members} == {"contact-manager-0.1.0"}
    assert "contact-manager-0.1.0/contact-manager" in {m.name for m in members}
    assert all(m.uid == 0 and m.gid == 0 and m.uname == "root" for m in members)
