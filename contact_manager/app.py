"""Start-up: arguments, paths, translations, opening the database, the main window.

``--version`` answers without importing Qt's widgets. ``build_main_window(path)`` gives a
shown window for tests, embedders and the smoke test; ``main()`` runs the event loop.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contact_manager import APP_NAME, ORG_NAME, __version__
from contact_manager.domain.languages import CODES

DESKTOP_ID = "org.contactmanager.ContactManager"  # packaging/bundle_rules.APP_ID names the same


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="contact-manager", description="Contact Manager")
    parser.add_argument("--db", metavar="PATH", help="the database file to open")
    parser.add_argument("--lang", choices=CODES, help="the language of the window")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="when the database does not exist yet, create it with a demo account",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the window, check it is shown, print one line and exit",
    )
    return parser.parse_args(argv)


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] or [APP_NAME])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORG_NAME)
        app.setApplicationVersion(__version__)
        app.setDesktopFileName(DESKTOP_ID)  # ties the window to the installed .desktop entry
        from contact_manager.ui.kit.look import apply_look

        apply_look(app)
    return app


def open_main_window(database_path: str | Path, lang: str | None = None):
    """Show the main window's frame now and open ``database_path`` from the event loop.

    The window paints before the database layer is imported; ``window.loader`` then opens
    the database, shows the account and builds the other tabs, one step per event-loop
    turn (its ``failed`` signal reports a database that can't be opened).
    """
    from contact_manager.ui.kit.pyside_import import release_import_hook

    release_import_hook()  # before the window's modules: PySide6 would read each one's source
    from contact_manager import language
    from contact_manager.ui.shell.main_window import MainWindow

    app = _application()
    language.install(app, lang)
    window = MainWindow.opening(str(database_path))
    window.show()
    return window


def build_main_window(database_path: str | Path, lang: str | None = None):
    """Open the database and return the SHOWN, complete main window over it.

    Uses the running QApplication or creates one, and installs the translations of the
    current language (``lang``, else the saved or system one). Raises the ContactError of
    a database that can't be opened.
    """
    window = open_main_window(database_path, lang)
    try:
        window.finish_loading()
    except BaseException:
        window.close()
        window.deleteLater()
        raise
    return window


def ensure_demo(database_path: str) -> bool:
    """Create the database with the demo account if it does not exist yet; True if created.

    An existing database is recognised without loading the database layer, which the
    window loads after its first paint.
    """
    from contact_manager.domain.target import parse_target

    _url, path = parse_target(database_path)
    if path is None or path.exists():
        return False
    from contact_manager.demo import create_demo
    from contact_manager.services import Services

    services = Services.open(database_path)
    try:
        create_demo(services)
    finally:
        services.close()
    return True


def smoke_test(database_path: str, lang: str | None) -> int:
    """Build the window (offscreen works), check it is visible and speaks its language.

    Prints one line: ``smoke test ok: visible=True language=it translated=yes title=...``.
    ``translated`` says whether the app's own catalogue and Qt's own translation both
    answered (always yes for English, the source language).
    """
    from PySide6.QtCore import QCoreApplication

    from contact_manager import language

    try:
        window = build_main_window(database_path, lang)
        app = _application()
        app.processEvents()
        visible = window.isVisible()
        title = window.windowTitle()
        window.close()
    except Exception as error:  # the smoke test reports every failure as one line
        print(f"smoke test FAILED: {type(error).__name__}: {error}")
        return 1
    loaded = language.current_language()
    own = QCoreApplication.translate("MainWindow", "Account and billing") != "Account and billing"
    qt_context, qt_text = "QPlatformTheme", "Cancel"  # Qt's own catalogue, not ours: no literal for lupdate
    qt = QCoreApplication.translate(qt_context, qt_text) != qt_text
    translated = loaded == "en" or (own and qt)
    ok = visible and translated
    print(
        f"smoke test {'ok' if ok else 'FAILED'}: visible={visible} language={loaded} "
        f"translated={'yes' if translated else 'no'} title={title!r}"
    )
    return 0 if ok else 1


def _report_cannot_start(error, database: str, lang: str | None = None) -> str | None:
    """Tell the person why the database can't be opened, and offer a way out.

    A dialog (there may be no console): restore a backup, open another database, create
    a new one, or quit. Returns the database to open instead, or None to quit.
    """
    from contact_manager import language
    from contact_manager.ui.kit.look import apply_app_icon
    from contact_manager.ui.shell.start_recovery import recover

    print(f"{APP_NAME}: {error.message}", file=sys.stderr)
    app = _application()
    language.install(app, lang)
    apply_app_icon(app)
    return recover(error, database)


def _run_window(database: str, lang: str | None, last_crash: Path | None = None):
    """Show the window over ``database`` and run the event loop (saying first, if
    ``last_crash`` names a log, that the last run ended unexpectedly).

    Returns ``(exit code, None)``, or ``(2, error)`` with the ContactError of a database that
    could not be opened (before or after the window was shown).
    """
    from contact_manager.domain.errors import ContactError

    try:
        app = _application()
        window = open_main_window(database, lang)
    except ContactError as error:
        return 2, error
    _watch_session(app, window, last_crash)

    failures: list[BaseException] = []

    def failed(error: BaseException) -> None:  # reported once the event loop has ended
        failures.append(error)
        window.hide()  # not close(): closing the last window would also post a quit
        app.exit(2)

    window.loader.failed.connect(failed)
    window.raise_()
    code = app.exec()
    if not failures:
        return code, None
    window.deleteLater()
    failure = failures[0]
    if isinstance(failure, ContactError):
        return 2, failure
    from contact_manager import crash

    crash.handle_exception(type(failure), failure, failure.__traceback__)
    return 1, None


def _watch_session(app, window, last_crash: Path | None) -> None:
    """The crash handling of the window's run: say so if the last run ended unexpectedly
    (one sentence naming the log), log when the window is loaded, and end the session (its
    marker file) when the event loop quits cleanly."""
    from PySide6.QtCore import Qt

    from contact_manager import crash
    from contact_manager.ui.kit import dialogs

    if last_crash is not None:
        dialogs.closed_unexpectedly(window, last_crash)
    window.loader.finished.connect(lambda: crash.log.info("The window is open: %s", window.windowTitle()))
    app.aboutToQuit.connect(crash.end_session, Qt.ConnectionType.SingleShotConnection)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    from contact_manager import crash, paths
    from contact_manager.domain.errors import ContactError

    crash.install_excepthook()  # unexpected errors: logged, and told to the user

    database = args.db or paths.default_database()
    try:
        if args.demo_if_empty:
            ensure_demo(database)
        if args.smoke_test:
            return smoke_test(database, args.lang)
    except ContactError as error:
        chosen = _report_cannot_start(error, database, args.lang)
        if chosen is None:
            return 2
        database = chosen
    last_crash = crash.begin_session()  # the log file, if the last run ended unexpectedly
    try:
        while True:  # a database that can't be opened: the person chooses another way, or quits
            code, problem = _run_window(database, args.lang, last_crash)
            last_crash = None  # said once
            if problem is None:
                return code
            chosen = _report_cannot_start(problem, database, args.lang)
            if chosen is None:
                return 2
            database = chosen
    finally:
        crash.end_session()  # any way out but a fatal signal is a clean end
