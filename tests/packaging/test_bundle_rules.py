"""What the frozen bundle keeps of the Qt wheel and of the system."""

from __future__ import annotations

import bundle_rules as rules


def test_only_the_italian_qt_translations_stay():
    assert rules.keep("PySide6/Qt/translations/qtbase_it.qm")
    assert rules.keep("PySide6/Qt/translations/qt_it.qm")
    assert not rules.keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.keep("PySide6/Qt/translations/qt_help_it.qm")
    assert not rules.keep("PySide6/Qt/translations/linguist_it.qm")


def test_the_app_own_translations_stay():
    assert rules.keep("contact_manager/i18n/contact_manager_it.qm")


def test_platform_plugins_for_the_desktop_and_headless_runs_stay():
    assert rules.keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert rules.keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert rules.keep("PySide6/Qt/plugins/platforms/qwindows.dll", platform="win32")
    assert not rules.keep("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert not rules.keep("PySide6/Qt/plugins/platforms/libqvnc.so")


def test_unused_plugin_folders_and_plugins_go():
    assert rules.keep("PySide6/Qt/plugins/imageformats/libqsvg.so")
    assert not rules.keep("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert not rules.keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert rules.keep("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
    assert rules.keep("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    for dropped in ("qmltooling/libqmldbg_tcp.so", "tls/libqopensslbackend.so", "sqldrivers/libqsqlite.so"):
        assert not rules.keep(f"PySide6/Qt/plugins/{dropped}")
    assert not rules.keep("PySide6/Qt/qml/QtQuick/qmldir")


def test_libraries_of_unused_qt_modules_go_and_the_used_ones_stay():
    for used in ("Core", "Gui", "Widgets", "Svg", "PrintSupport", "DBus", "XcbQpa", "OpenGL"):
        assert rules.keep(f"PySide6/Qt/lib/libQt6{used}.so.6"), used
    for unused in ("Qml", "Quick", "Network", "Pdf", "WaylandClient", "EglFsKmsSupport", "VirtualKeyboard"):
        assert not rules.keep(f"PySide6/Qt/lib/libQt6{unused}.so.6"), unused
    assert not rules.keep("PySide6/Qt6Network.dll", platform="win32")
    assert rules.keep("PySide6/Qt6Widgets.dll", platform="win32")


def test_system_libraries_stay_out_of_the_linux_bundle_only():
    assert not rules.keep("libxkbcommon.so.0", "/lib/x86_64-linux-gnu/libxkbcommon.so.0")
    assert not rules.keep("libfontconfig.so.1", "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1")
    assert rules.keep("libpython3.11.so.1.0", "/opt/python/lib/libpython3.11.so.1.0")
    assert rules.keep("libQt6Gui.so.6", "/usr/lib/python3/site-packages/PySide6/Qt/lib/libQt6Gui.so.6")
    assert rules.keep("libfoo.dylib", "/usr/lib/libfoo.dylib", platform="darwin")


def test_excluded_modules_name_the_unused_qt_bindings_not_the_used_ones():
    for unused in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"):
        assert unused in rules.EXCLUDED_MODULES
    for used in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "PySide6.QtPrintSupport",
    ):
        assert used not in rules.EXCLUDED_MODULES


def test_plugin_names_across_systems():
    assert rules.plugin_name("libqxcb.so") == "qxcb"
    assert rules.plugin_name("qwindows.dll") == "qwindows"
    assert rules.plugin_name("libqcocoa.dylib") == "qcocoa"


def test_executable_names():
    assert rules.exe_name("linux") == "contact-manager"
    assert rules.exe_name("win32") == "ContactManager"
