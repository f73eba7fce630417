"""What goes into the frozen bundle: the rules the PyInstaller spec applies, kept testable.

The app uses QtCore, QtGui, QtWidgets, QtSvg and QtPrintSupport. The wheel carries far more
(QML, Quick, Network, Wayland compositor, designer plugins...): those modules are excluded,
the Qt plugins are cut down to the ones a Qt Widgets app needs, and of Qt's own translations
only those of the app's languages stay (``contact_manager/domain/languages.py`` lists them).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from contact_manager.domain.languages import CODES, qt_catalog_files

APP_ID = "org.contactmanager.ContactManager"
APP_NAME = "Contact Manager"
PACKAGE_NAME = "contact-manager"

# Qt bindings the app never imports; listed so that no stray import drags them in.
EXCLUDED_QT_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets",
    "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]  # fmt: skip
EXCLUDED_MODULES = [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + [
    "tkinter",
    "PySide6.scripts",
    "pytest",
    "hypothesis",
]

# Qt plugin folders and the plugins kept in each (None keeps the whole folder).
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # xcb for the desktop (Wayland sessions run it through XWayland), offscreen for headless runs
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # qgtk3 would pull in all of GTK
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg", "qico", "qicns"},
    "printsupport": None,
    "styles": None,  # Windows' modern style lives here
}

KEPT_QT_TRANSLATIONS = qt_catalog_files()  # {"qt_it.qm", "qtbase_it.qm"}
LOCALIZATIONS = list(CODES)  # the languages a macOS bundle declares

# Qt libraries that only excluded modules or dropped plugins use.
_DROPPED_LIB = re.compile(
    r"(^|/)(lib)?Qt6(Qml|Quick|Labs|Lottie|Network|Pdf|Wayland|WlShell|Designer|Help|Sql|Test|UiTools"
    r"|Xml|EglFS|EglFs|VirtualKeyboard|Multimedia|WebEngine|Positioning|Sensors|SerialPort|3D|Charts"
    r"|DataVisualization|Graphs|StateMachine|Scxml|RemoteObjects|TextToSpeech|SpatialAudio|Nfc"
    r"|Bluetooth|Location|WebChannel|WebSockets|HttpServer|OpenGLWidgets|ShaderTools)"
)


def plugin_name(filename: str) -> str:
    """'libqxcb.so' / 'qxcb.dll' / 'libqxcb.dylib' -> 'qxcb'."""
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


# Where Debian and its kin keep the system's shared libraries.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def is_system_library(source: str) -> bool:
    """A shared library of the Linux system (not Python's, not the wheel's).

    Those stay out of the bundle: the .deb depends on the packages that ship them, so they
    get the system's security updates and match its configuration (fonts, X, D-Bus, CUPS).
    """
    return source.startswith(SYSTEM_LIBRARY_DIRS) and "/site-packages/" not in source


def keep(dest: str, source: str = "", platform: str = "linux") -> bool:
    """Whether a file collected for the bundle is kept.

    ``dest`` is its path inside the bundle, ``source`` where it was collected from.
    """
    if platform.startswith("linux") and is_system_library(source):
        return False
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "Qt" in parts or "Qt6" in parts:
        inner = parts[parts.index("Qt" if "Qt" in parts else "Qt6") + 1 :]
        if inner[:1] == ("translations",):
            return inner[-1] in KEPT_QT_TRANSLATIONS
        if inner[:1] == ("plugins",) and len(inner) >= 3:
            allowed = KEPT_PLUGINS.get(inner[1], set())
            return allowed is None or plugin_name(inner[-1]) in allowed
        if inner[:1] in (("qml",), ("metatypes",), ("libexec",)):
            return False
    name = parts[-1] if parts else ""
    return not _DROPPED_LIB.search(name)


def exe_name(platform: str) -> str:
    """The executable's name: lower-case with a dash on Linux, the app's name elsewhere."""
    return PACKAGE_NAME if platform.startswith("linux") else "ContactManager"
