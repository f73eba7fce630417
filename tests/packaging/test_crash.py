"""The crash log and dialog: what a user sees and what support gets when something breaks."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox

from contact_manager import crash, paths


@pytest.fixture(autouse=True)
def clean_logging(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    level = logging.getLogger().level
    yield
    crash.shutdown_logging()
    logging.getLogger().setLevel(level)


@pytest.fixture
def dialogs(monkeypatch):
    """Replace the dialog seam: record (title, message, details) instead of showing a box."""
    shown = []
    monkeypatch.setattr(crash, "show_dialog", lambda *args: shown.append(args))
    return shown


def raise_and_capture(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:  # the test needs whatever was raised
        return type(caught), caught, caught.__traceback__


def failing_save_in_a_helper():
    raise ValueError("the disk said no")


def capture_helper_failure():
    try:
        failing_save_in_a_helper()
    except ValueError as caught:
        return type(caught), caught, caught.__traceback__


def test_nothing_is_created_until_logging_is_set_up(private_home):
    assert not paths.log_dir().exists()
    path = crash.setup_logging()
    assert path == paths.log_dir() / crash.LOG_FILE_NAME
    assert path.parent.is_dir()
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert paths.data_dir().stat().st_mode & 0o777 == 0o700


def test_setting_up_twice_keeps_one_file_handler():
    crash.setup_logging()
    crash.setup_logging()
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(ours) == 1


def test_the_log_follows_a_changed_data_folder(tmp_path, monkeypatch):
    first = crash.setup_logging()
    monkeypatch.setenv("CONTACT_MANAGER_HOME", str(tmp_path / "elsewhere"))
    second = crash.setup_logging()
    logging.getLogger("contact_manager.test").warning("after the move")
    crash.shutdown_logging()
    assert second != first
    assert "after the move" in second.read_text()
    assert "after the move" not in first.read_text()


def test_an_unexpected_error_is_logged_with_its_traceback(dialogs, capsys):
    path = crash.install_excepthook()
    sys.excepthook(*capture_helper_failure())
    crash.shutdown_logging()
    text = path.read_text()
    assert "Unexpected error" in text
    assert "Traceback" in text
    assert "failing_save_in_a_helper" in text
    assert "ValueError: the disk said no" in text
    assert "the disk said no" in capsys.readouterr().err


def test_without_a_gui_no_dialog_is_attempted(dialogs, monkeypatch):
    monkeypatch.setattr(crash, "_gui_running", lambda: False)
    crash.install_excepthook()
    sys.excepthook(*raise_and_capture(RuntimeError("headless")))
    assert dialogs == []


def test_with_a_gui_the_user_is_told_in_plain_words(qapp, dialogs):
    path = crash.install_excepthook()
    sys.excepthook(*capture_helper_failure())
    assert len(dialogs) == 1
    title, message, details = dialogs[0]
    assert "went wrong" in title
    assert "Something went wrong" in message
    assert "already saved is safe" in message
    assert str(path) in message
    assert "%1" not in message
    assert "failing_save_in_a_helper" in details  # the traceback is behind "Show Details"


def test_a_failing_dialog_does_not_take_the_app_down(qapp, monkeypatch):
    def broken(*args):
        raise RuntimeError("no dialog today")

    monkeypatch.setattr(crash, "show_dialog", broken)
    path = crash.install_excepthook()
    sys.excepthook(*raise_and_capture(KeyError("x")))
    crash.shutdown_logging()
    assert "Could not show the error dialog" in path.read_text()


def test_ctrl_c_is_not_reported_as_a_crash(dialogs, monkeypatch):
    passed_on = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: passed_on.append(args[0]))
    path = crash.install_excepthook()
    sys.excepthook(*raise_and_capture(KeyboardInterrupt()))
    crash.shutdown_logging()
    assert passed_on == [KeyboardInterrupt]
    assert dialogs == []
    assert "Unexpected error" not in path.read_text()


def test_errors_in_other_threads_are_logged(dialogs):
    path = crash.install_excepthook()

    def work():
        raise OSError("worker broke")

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    crash.shutdown_logging()
    text = path.read_text()
    assert "Unexpected error in thread importer" in text
    assert "OSError: worker broke" in text
    assert dialogs == []


def test_the_log_rotates(monkeypatch):
    monkeypatch.setattr(crash, "LOG_MAX_BYTES", 500)
    path = crash.setup_logging()
    for number in range(40):
        logging.getLogger("contact_manager.test").warning("line %d of a long session", number)
    crash.shutdown_logging()
    assert path.with_name(crash.LOG_FILE_NAME + ".1").exists()
    assert path.stat().st_size <= 500


class _Italian(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "Crash" and source.startswith("Something went wrong"):
            return "Qualcosa è andato storto. I dati salvati sono al sicuro. Registro: %1"
        return ""


def test_the_message_is_translated(qapp, tmp_path):
    translator = _Italian()
    QCoreApplication.installTranslator(translator)
    try:
        message = crash.crash_message(tmp_path / "app.log")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert (
        message
        == f"Qualcosa è andato storto. I dati salvati sono al sicuro. Registro: {tmp_path / 'app.log'}"
    )


def test_the_dialog_shows_the_message_and_the_details(qtbot, tmp_path):
    message = crash.crash_message(tmp_path / "logs" / "contact-manager.log")
    box = crash.build_dialog(crash.crash_title(), message, "Traceback (most recent call last): ...")
    qtbot.addWidget(box)
    assert box.objectName() == "crashDialog"
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() == message
    assert box.detailedText().startswith("Traceback")
    assert box.accessibleName()
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(tmp_path / "crash-dialog.png"))
    assert (tmp_path / "crash-dialog.png").stat().st_size > 0


# --- fatal errors: a crash no exception handler sees --------------------------------------


def _start_app(home, db, *args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONTACT_MANAGER_HOME=str(home), LANGUAGE="en")
    return subprocess.Popen(
        [sys.executable, "-m", "contact_manager", "--db", str(db), "--demo-if-empty", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _crash_a_running_app(home, db) -> subprocess.CompletedProcess:
    """Start the app, wait until its window runs, then crash it with a segmentation fault."""
    child = _start_app(home, db)
    log = home / "logs" / crash.LOG_FILE_NAME
    try:
        _wait_for(lambda: log.exists() and "The window is open" in log.read_text(encoding="utf-8"))
        time.sleep(0.3)  # into the event loop
        os.kill(child.pid, signal.SIGSEGV)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def _next_start_dialog(db, *args: str) -> list[str]:
    """Start the app again (in this process), read every closed-unexpectedly box, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from contact_manager.app import main

    seen: list[str] = []

    def read_and_quit() -> None:
        windows = QApplication.topLevelWidgets()
        window = next((w for w in windows if w.objectName() == "mainWindow" and w.isVisible()), None)
        if window is None or window.loader is None or not window.loader.done:
            QTimer.singleShot(20, read_and_quit)
            return
        for box in window.findChildren(QMessageBox, "closedUnexpectedlyDialog"):
            seen.append(box.text())
            box.close()
        window.close()
        window.deleteLater()

    QTimer.singleShot(0, read_and_quit)
    assert main(["--db", str(db), *args]) == 0
    return seen


def test_a_segmentation_fault_leaves_its_traceback_in_the_log(tmp_path, qapp, dialogs):
    home, db = tmp_path / "home", tmp_path / "contacts.db"
    result = _crash_a_running_app(home, db)
    assert result.returncode == -signal.SIGSEGV, result.stderr[-2000:]
    text = (home / "logs" / crash.LOG_FILE_NAME).read_text(encoding="utf-8")
    dump = text[text.index("Fatal Python error: Segmentation fault") :]
    assert "most recent call first" in dump
    assert 'File "' in dump and "contact_manager" in dump and "in main" in dump  # where it was


def test_the_next_start_says_the_app_closed_unexpectedly(tmp_path, qapp, private_home, dialogs):
    db = tmp_path / "contacts.db"
    assert _crash_a_running_app(private_home, db).returncode == -signal.SIGSEGV
    log = private_home / "logs" / crash.LOG_FILE_NAME
    assert _next_start_dialog(db) == [
        f"Contact Manager closed unexpectedly last time; what happened is in this log file:\n{log}"
    ]
    assert _next_start_dialog(db) == []  # said once: that run ended cleanly


def test_the_sentence_is_italian_in_italian(tmp_path, qapp, private_home, dialogs):
    from contact_manager import language

    db = tmp_path / "contacts.db"
    assert _crash_a_running_app(private_home, db).returncode == -signal.SIGSEGV
    try:
        (sentence,) = _next_start_dialog(db, "--lang", "it")
    finally:
        language.uninstall()
    log = private_home / "logs" / crash.LOG_FILE_NAME
    assert sentence.startswith("L'ultima volta Contact Manager si è chiuso in modo inatteso")
    assert sentence.endswith(f"in questo file di log:\n{log}")


def test_a_clean_exit_leaves_nothing_to_report(tmp_path, qapp, private_home, dialogs):
    db = tmp_path / "contacts.db"
    assert _next_start_dialog(db) == []
    assert _next_start_dialog(db) == []
    assert list((private_home / "logs").glob("*.running")) == []  # removed when the window quit
    assert "Fatal Python error" not in (private_home / "logs" / crash.LOG_FILE_NAME).read_text()


def test_a_run_still_going_is_not_taken_for_a_crash(tmp_path, qapp, private_home, dialogs):
    other = _start_app(private_home, tmp_path / "contacts.db")
    try:
        _wait_for(lambda: list((private_home / "logs").glob(f"session-{other.pid}.running")))
        assert crash.begin_session() is None  # the other window is still open
    finally:
        other.kill()
        other.communicate()
    assert crash.begin_session() == crash.log_file()  # killed: it did not end cleanly
