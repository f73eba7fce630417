"""The crash log and dialog: what a user sees and what support gets when something breaks."""

from __future__ import annotations

import logging
import sys
import threading

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
    except BaseException as caught:  # noqa: BLE001 - the test needs whatever was raised
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
