"""The checks `make package-test` applies to the installed app's output."""

from __future__ import annotations

import os

import package_test


def test_version_comes_from_the_package_file_name(tmp_path):
    assert package_test.deb_version(tmp_path / "contact-manager_0.3.1_amd64.deb") == "0.3.1"


def test_the_newest_package_is_tested(tmp_path):
    old = tmp_path / "contact-manager_0.1.0_amd64.deb"
    new = tmp_path / "contact-manager_0.2.0_amd64.deb"
    for index, path in enumerate((old, new)):
        path.write_bytes(b"deb")
        os.utime(path, (1000 + index, 1000 + index))
    assert package_test.find_deb(tmp_path) == new


def test_a_missing_package_is_a_clear_failure(tmp_path):
    try:
        package_test.find_deb(tmp_path)
    except package_test.Failed as failure:
        assert "make package" in str(failure)
    else:
        raise AssertionError("no failure for an empty dist folder")


def test_the_smoke_line_must_say_visible_and_italian():
    ok = "smoke test ok: visible=True language=it translated=yes title='Contact Manager'\n"
    assert package_test.smoke_ok(ok)
    assert not package_test.smoke_ok(ok.replace("translated=yes", "translated=no"))
    assert not package_test.smoke_ok("smoke test ok: visible=True language=en title='Contact Manager'")
    assert not package_test.smoke_ok("smoke test FAILED: visible=False language=it title=''")
    assert not package_test.smoke_ok("smoke test FAILED: StorageError: locked")
    assert not package_test.smoke_ok("")


def test_a_translation_file_is_recognised_by_its_magic_number(tmp_path):
    good, bad = tmp_path / "good.qm", tmp_path / "bad.qm"
    good.write_bytes(package_test.QM_MAGIC + b"\x00rest")
    bad.write_bytes(b"<TS version='2.1'>")
    assert package_test.is_qm(good)
    assert not package_test.is_qm(bad)
