"""After a restart the window reopens on the account it was left on, at a size that fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow

from contact_manager.ui.shell import window_state
from contact_manager.ui.shell.main_window import MainWindow


def _open(qtbot, services):
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.poll.stop()
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_window_reopens_the_account_it_was_left_on(qtbot, services, account):
    beta = services.accounts.create("Beta S.r.l.")  # sorts after Acme: not the first by name
    win = _open(qtbot, services)
    assert win.context.account_id == account.id
    win.switch_account(beta.id)
    win.close()

    again = _open(qtbot, services)
    assert again.context.account_id == beta.id
    assert again.windowTitle().endswith("Beta S.r.l.")


def test_a_remembered_account_that_was_deleted_falls_back_to_the_first(qtbot, services, account):
    beta = services.accounts.create("Beta S.r.l.")
    win = _open(qtbot, services)
    win.switch_account(beta.id)
    win.close()
    services.accounts.delete(beta.id)

    again = _open(qtbot, services)
    assert again.context.account_id == account.id


def test_the_remembered_account_belongs_to_its_database(qtbot, services, account, tmp_path):
    window_state.save_account(str(tmp_path / "other.db"), 999)
    assert window_state.last_account(services.store.label) is None
    assert _open(qtbot, services).context.account_id == account.id


class _Screen:
    def __init__(self, available: QRect) -> None:
        self.available = available

    def availableGeometry(self) -> QRect:
        return self.available


def _window_on(qtbot, available: QRect) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setMinimumSize(1024, 640)  # the main window's
    window.screen = lambda: _Screen(available)
    return window


def test_the_first_window_fits_small_screens_with_its_title_bar(qtbot):
    # 1280x800 and 1366x768, a 28-pixel panel taken off
    for available in (QRect(0, 28, 1280, 772), QRect(0, 0, 1366, 740)):
        window = _window_on(qtbot, available)
        assert window_state.restore(window) is False
        allowance = window_state.FRAME_ALLOWANCE
        outer = QRect(window.pos(), window.size() + allowance)
        assert available.contains(outer), (available, outer)
        assert window.width() >= 1024 and window.height() >= 640


def test_a_large_screen_gets_the_comfortable_default(qtbot):
    window = _window_on(qtbot, QRect(0, 0, 1920, 1050))
    window_state.place_default(window)
    assert window.size() == window_state.DEFAULT_SIZE


def test_a_restored_geometry_is_kept_inside_a_smaller_screen(qtbot):
    big = _window_on(qtbot, QRect(0, 0, 1920, 1050))
    big.resize(1600, 1000)
    big.move(300, 40)
    window_state.save(big)

    small = _window_on(qtbot, QRect(0, 0, 1366, 740))
    window_state.restore(small)
    outer = QRect(small.pos(), small.size() + window_state.FRAME_ALLOWANCE)
    assert QRect(0, 0, 1366, 740).contains(outer), outer
    assert small.size().width() <= 1366 and small.size() != QSize(1600, 1000)
