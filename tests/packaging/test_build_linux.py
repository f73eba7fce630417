"""The Linux build's own decisions: the dependency list and the files it scans."""

from __future__ import annotations

import build_linux
import pytest


def test_package_list_ignores_comments_and_blank_lines(tmp_path):
    listing = tmp_path / "packages.txt"
    listing.write_text("# X11\nlibxcb1\n\nlibx11-6  # the client library\n  \n")
    assert build_linux.read_package_list(listing) == {"libxcb1", "libx11-6"}


def test_a_new_dependency_stops_the_build_and_names_the_package():
    with pytest.raises(SystemExit, match="libxcb-cursor0") as stopped:
        build_linux.check_depends({"libxcb1", "libxcb-cursor0"}, {"libxcb1"})
    assert "runtime-packages.txt" in str(stopped.value)


def test_listed_but_unused_packages_are_only_noted(capsys):
    build_linux.check_depends({"libxcb1"}, {"libxcb1", "libcups2"})
    assert "libcups2" in capsys.readouterr().out


def test_the_committed_list_names_the_libraries_qt_needs_on_x11():
    listed = build_linux.read_package_list(build_linux.RUNTIME_PACKAGES)
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3", "libegl1"):
        assert package in listed


def test_only_elf_files_are_scanned(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libqxcb.so").write_bytes(b"\x7fELF\x02\x01")
    (tmp_path / "app").write_bytes(b"\x7fELF")
    (tmp_path / "base_library.zip").write_bytes(b"PK\x03\x04")
    (tmp_path / "link.so").symlink_to(tmp_path / "app")
    assert sorted(p.name for p in build_linux.elf_files(tmp_path)) == ["app", "libqxcb.so"]
