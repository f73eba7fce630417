"""Start-up in stages: the window's first frame shows the account (a first look at the file),
then the database, the other tabs and the rest load from the event loop."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from contact_manager.app import ensure_demo, open_main_window
from contact_manager.demo import DEMO_ACCOUNT
from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.settings import open_settings
from contact_manager.store.errors import StorageError
from contact_manager.ui.shell import window_state
from contact_manager.ui.shell.staged import Apart, StagedLoader

# --- the loader on its own ------------------------------------------------------------------


@pytest.fixture
def widget(qtbot):
    shown = QWidget()
    qtbot.addWidget(shown)
    return shown


def test_steps_wait_for_the_first_paint_then_run_in_order(qtbot, widget):
    ran: list[str] = []
    loader = StagedLoader([(name, lambda n=name: ran.append(n)) for name in ("a", "b", "c")], widget)
    loader.start_after_paint(widget)
    assert ran == []
    with qtbot.waitSignal(loader.finished, timeout=5000):
        widget.show()
    assert ran == ["a", "b", "c"]
    assert loader.done


def test_each_step_gets_its_own_turn_of_the_event_loop(qtbot, widget):
    turns: list[str] = []
    loader = StagedLoader([("first", lambda: turns.append("first")), ("second", lambda: turns.append("2nd"))])
    loader.start_after_paint(widget)
    loader.stepDone.connect(lambda name: turns.append(f"done {name}"))
    loader.stepDone.connect(lambda _name: QTimer.singleShot(0, lambda: turns.append("a turn")))
    with qtbot.waitSignal(loader.finished, timeout=5000):
        widget.show()
    assert turns[:4] == ["first", "done first", "a turn", "2nd"]


def test_a_timer_that_is_due_runs_between_every_two_steps(qtbot, widget):
    # the window's own timers (a heartbeat, a blinking cursor, a tooltip) are never held for
    # two steps at a stretch
    events: list[str] = []

    def busy(name: str) -> None:
        events.append(name)
        time.sleep(0.003)  # longer than the timer's interval: it is due when the step ends

    ticking = QTimer(widget)
    ticking.setInterval(1)
    ticking.timeout.connect(lambda: events.append("tick"))
    loader = StagedLoader([(name, lambda n=name: busy(n)) for name in "abcdef"], widget)
    loader.start_after_paint(widget)
    ticking.start()
    with qtbot.waitSignal(loader.finished, timeout=5000):
        widget.show()
    ticking.stop()
    steps = [index for index, event in enumerate(events) if event != "tick"]
    assert [events[index] for index in steps] == list("abcdef")
    assert all(later - earlier > 1 for earlier, later in itertools.pairwise(steps)), events


def test_finish_runs_what_is_left_now(widget):
    ran: list[str] = []
    loader = StagedLoader([(name, lambda n=name: ran.append(n)) for name in ("a", "b")], widget)
    finished: list[bool] = []
    loader.finished.connect(lambda: finished.append(True))
    loader.start_after_paint(widget)  # never shown: finish() must not wait for a paint
    loader.finish()
    assert ran == ["a", "b"] and finished == [True]
    loader.finish()  # nothing left: a no-op
    assert ran == ["a", "b"]


def test_a_failing_step_stops_the_rest_and_is_raised_by_finish(qtbot, widget):
    ran: list[str] = []

    def broken():
        raise StorageError("the disk is full")

    loader = StagedLoader(
        [("ok", lambda: ran.append("ok")), ("broken", broken), ("never", lambda: ran.append("x"))]
    )
    failures: list[BaseException] = []
    loader.failed.connect(failures.append)
    loader.start_after_paint(widget)
    with qtbot.waitSignal(loader.failed, timeout=5000):
        widget.show()
    assert ran == ["ok"]
    assert isinstance(failures[0], StorageError)
    with pytest.raises(StorageError):
        loader.finish()
    assert ran == ["ok"]


def test_a_window_that_never_paints_still_loads(qtbot, widget):
    ran: list[str] = []
    loader = StagedLoader([("a", lambda: ran.append("a"))], widget)
    with qtbot.waitSignal(loader.finished, timeout=5000):
        loader.start_after_paint(widget)  # hidden: the fallback timer starts the steps
    assert ran == ["a"]


def test_a_step_run_apart_leaves_the_event_loop_turning_until_it_is_over(qtbot, widget):
    release, ran, turns = threading.Event(), [], []

    def work():
        ran.append(threading.current_thread())
        release.wait(5)

    loader = StagedLoader([("apart", Apart(work)), ("after", lambda: ran.append("after"))], widget)
    ticks = QTimer(interval=5, timeout=lambda: turns.append(loader.remaining()))
    ticks.start()
    loader.start_after_paint(widget)
    widget.show()
    qtbot.waitUntil(lambda: len(turns) > 20 and len(ran) == 1)  # the loop turns while it works
    assert ran[0] is not threading.main_thread() and loader.remaining() == ["apart", "after"]
    release.set()
    qtbot.waitUntil(lambda: loader.done)
    assert ran[1:] == ["after"]


def test_finish_waits_for_a_step_run_apart_and_raises_what_it_raised(widget):
    def work():
        time.sleep(0.05)
        raise StorageError("the keyring is locked")

    loader = StagedLoader([("apart", Apart(work)), ("never", lambda: pytest.fail("ran"))], widget)
    with pytest.raises(StorageError):
        loader.finish()
    assert isinstance(loader.error, StorageError)


# --- the main window opened in stages --------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.db"
    ensure_demo(str(path))
    return path


def _open(qtbot, path):
    window = open_main_window(path, "en")
    qtbot.addWidget(window)
    return window


def _primary_shown(window) -> str:
    return window.billing_tab.findChild(QLabel, "holder_primary_0").accessibleName()


def test_the_first_frame_shows_the_account_before_the_database_is_opened(qtbot, demo_db):
    window = _open(qtbot, demo_db)
    assert window.isVisible()
    assert window.services is None  # the first look read the file; the services come later
    assert window.billing_tab is not None and window.tabs.currentWidget() is window.billing_tab
    assert window.windowTitle().endswith(DEMO_ACCOUNT)
    assert window.findChild(QToolButton, "accountMenuButton").text() == DEMO_ACCOUNT
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Account and billing", "Company information", "Users", "History"]
    waiting = [label.text() for label in window.findChildren(QLabel, "loadingLabel")]
    assert waiting == ["Opening demo.db..."] * 3  # the other tabs, until they are built
    assert not window.new_account_action.isEnabled()
    shown = _primary_shown(window)
    window.finish_loading()
    sheet = window.services.contacts.sheet(window.context.account_id)
    assert shown == sheet.primary.display != ""
    assert _primary_shown(window) == shown
    window.close()


def test_a_click_before_the_database_is_open_opens_it_and_is_done(qtbot, demo_db):
    from datetime import date

    window = _open(qtbot, demo_db)
    assert window.services is None
    qtbot.mouseClick(window.billing_tab.markReviewedButton, QtCore.Qt.MouseButton.LeftButton)
    assert window.services is not None and window.loader.done
    assert window.services.contacts.sheet(window.context.account_id).reviewed_on == date.today()
    window.close()


def _remember_tab(name: str) -> None:
    settings = open_settings()
    settings.setValue(f"{window_state.GROUP}/tab", name)
    settings.sync()


def _company_first_look(qtbot, demo_db):
    """The window started with "Company information" left open, on its first look."""
    _remember_tab("companyInfoTab")
    window = _open(qtbot, demo_db)
    assert window.services is None and window.company_tab is not None
    return window


def _offered(box) -> list[str]:
    """What a user box offers in its drop-down list."""
    return [box.itemText(row) for row in range(box.count())]


def _company_boxes(window) -> dict[str, str]:
    """What each box of "Company information" shows, by its name."""
    tab = window.company_tab
    boxes = [tab.primary, *tab.billing, *tab.others.values()]
    return {box.objectName(): box.currentText() for box in boxes if box.isVisibleTo(tab)}


def test_remembered_company_information_is_in_the_first_frame_with_the_users(qtbot, demo_db):
    window = _company_first_look(qtbot, demo_db)
    assert window.billing_tab is None  # only the tab on screen
    assert window.tabs.currentWidget() is window.company_tab
    assert window.windowTitle().endswith(DEMO_ACCOUNT)
    assert window.company_tab.details.texts["name"].text() == DEMO_ACCOUNT
    shown, offered = _company_boxes(window), len(_offered(window.company_tab.primary))
    window.finish_loading()
    services, account_id = window.services, window.context.account_id
    sheet = services.contacts.sheet(account_id)
    assert shown["primaryContactCombo"] == sheet.primary.display != ""
    assert shown == _company_boxes(window)  # the services' read shows the same
    assert offered == len(services.users.list(account_id, include_inactive=False)) > 30
    assert (
        window.company_tab.details.texts["vat_number"].text()
        == services.accounts.get(account_id).details.vat_number
    )
    window.close()


def test_typing_in_a_box_while_the_window_loads_is_kept_and_chosen_from(qtbot, demo_db):
    window = _company_first_look(qtbot, demo_db)
    box = window.company_tab.others[Role.ONBOARDING]
    window.activateWindow()
    box.lineEdit().setFocus()
    qtbot.waitUntil(box.lineEdit().hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "santo")
    popup = box.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)  # the services' read came meanwhile
    assert box.currentText() == "santo" and popup.isVisible()  # not put back to the holder
    assert [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())] == [
        "Silvia Santoro <silvia.santoro@ferretti-arredamenti.example>"
    ]
    qtbot.keyClick(popup, QtCore.Qt.Key.Key_Down)
    qtbot.keyClick(popup, QtCore.Qt.Key.Key_Return)
    onboarding = window.services.contacts.sheet(window.context.account_id).others[Role.ONBOARDING]
    assert onboarding.last_name == "Santoro" and box.currentText() == onboarding.display
    window.close()


@pytest.mark.parametrize("change", ["holder", "user"])
def test_a_change_made_after_the_first_look_is_shown_once_the_database_is_open(qtbot, demo_db, change):
    window = _company_first_look(qtbot, demo_db)
    account_id = window.context.account_id
    other = Services.open(str(demo_db))  # another admin, between the first look and the services
    santoro = next(p for p in other.users.list(account_id) if p.last_name == "Santoro")
    if change == "holder":
        other.contacts.set_role(account_id, Role.DECISION_MAKER, santoro.user_id)
    else:  # a writer that leaves the account's version as it was: the users are compared too
        other.store.db.execute_sql(
            "UPDATE app_user SET first_name = 'Silvana' WHERE id = ?", (santoro.user_id,)
        )
    other.close()
    offered = _offered(window.company_tab.primary)
    window.finish_loading()
    box = window.company_tab.others[Role.DECISION_MAKER]
    rows = _offered(box)
    if change == "holder":
        assert box.currentText().startswith("Silvia Santoro <")
    else:
        assert "Silvana Santoro <silvia.santoro@ferretti-arredamenti.example>" in rows
        assert not any(text.startswith("Silvana") for text in offered)  # it is new
    window.close()


def test_a_user_chosen_before_the_database_is_open_opens_it_and_is_saved(qtbot, demo_db):
    window = _company_first_look(qtbot, demo_db)
    box = window.company_tab.others[Role.DECISION_MAKER]
    rows = _offered(box)
    chosen = next(text for text in rows if text.startswith("Silvia Santoro"))
    box.activated.emit(rows.index(chosen))  # picked from the drop-down list, still on the first look
    assert window.services is not None and window.loader.done
    decision_maker = window.services.contacts.sheet(window.context.account_id).others[Role.DECISION_MAKER]
    assert decision_maker.display == chosen == box.currentText()
    window.close()


def test_company_information_over_a_large_account_waits_for_the_database(qtbot, demo_db, monkeypatch):
    from contact_manager.services import first_look

    monkeypatch.setattr(first_look, "USERS_UP_TO", 10)  # the demo account has more users
    _remember_tab("companyInfoTab")
    window = _open(qtbot, demo_db)
    assert window.services is None and window.company_tab is None
    assert window.tabs.currentWidget().findChild(QLabel, "loadingLabel").text() == "Opening demo.db..."
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    assert _company_boxes(window)["primaryContactCombo"] != ""
    window.close()


def test_another_remembered_tab_waits_for_the_database_as_before(qtbot, demo_db):
    _remember_tab("historyTab")
    window = _open(qtbot, demo_db)
    assert window.services is None and window.billing_tab is None and window.company_tab is None
    label = window.tabs.currentWidget().findChild(QLabel, "loadingLabel")
    assert label.text() == "Opening demo.db..."
    assert not window.findChild(QToolButton, "accountMenuButton").isVisible()
    shown: list[bool] = []
    window.accountShown.connect(lambda: shown.append(window.admin is not None))
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    assert shown == [True]  # once, with the remembered tab built
    window.close()


def test_the_loader_fills_the_window_in_from_the_event_loop(qtbot, demo_db):
    window = _open(qtbot, demo_db)
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    assert window.windowTitle().endswith(DEMO_ACCOUNT)
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == ["accountBillingTab", "companyInfoTab", "usersTab", "historyTab"]
    assert window.tabs.currentWidget() is window.billing_tab
    assert window.findChildren(QLabel, "loadingLabel") == []
    button = window.findChild(QToolButton, "accountMenuButton")
    assert button.isVisible() and button.text() == DEMO_ACCOUNT
    assert window.new_account_action.isEnabled() and window.open_database_action.isEnabled()
    assert "&Back up database..." in [a.text() for a in window.file_menu.actions()]
    assert window.poll.isActive()
    window.close()


def _built(window) -> tuple[str, ...]:
    """What the window has so far, as the person would see it: tabs built, the account shown."""
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    built = [page.objectName() for page in pages if page.findChild(QLabel, "loadingLabel") is None]
    shown = window.context is not None and window.context.sheet is not None
    return (*built, *(["account"] if shown else []))


class PaintWatch(QObject):
    """The first paint of the Account and billing tab with the account in it: what was built then."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window, self.built_at_paint = window, None

    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and self.built_at_paint is None
            and "account" in _built(self.window)
        ):
            self.built_at_paint = _built(self.window)
        return False


def test_the_account_is_painted_before_the_other_tabs_are_built(qtbot, demo_db):
    window = _open(qtbot, demo_db)
    watch = PaintWatch(window)
    window.billing_tab.installEventFilter(watch)
    shown_at: list[tuple[str, ...]] = []
    window.accountShown.connect(lambda: shown_at.append(_built(window)))
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    assert watch.built_at_paint == ("accountBillingTab", "account")
    assert shown_at == [("accountBillingTab", "account")]  # said once, after that paint
    window.close()


def test_the_tab_remembered_from_last_time_is_built_first(qtbot, demo_db):
    _remember_tab("usersTab")
    window = _open(qtbot, demo_db)
    assert window.tabs.currentWidget().objectName() == "usersTab"
    stages: list[tuple[str, ...]] = []
    window.loader.stepDone.connect(lambda _step: stages.append(_built(window)))
    window.finish_loading()
    firsts = [stage for stage in dict.fromkeys(stages) if stage]
    assert firsts[:2] == [("usersTab", "historyTab"), ("usersTab", "historyTab", "account")]
    assert window.tabs.currentWidget() is window.admin.users_tab
    assert window.admin.users_tab.model.rowCount() > 30
    window.close()


def test_a_tab_chosen_while_loading_stays_chosen(qtbot, demo_db):
    window = _open(qtbot, demo_db)
    window.tabs.setCurrentIndex(3)  # History, still a loading page
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    assert window.tabs.currentWidget() is window.admin.history_tab
    window.close()


def test_jumping_to_company_information_while_loading_builds_it_first(qtbot, demo_db):
    window = _open(qtbot, demo_db)
    window.finish_loading()
    window.billing_tab.editContactsRequested.emit(None)
    assert window.tabs.currentWidget() is window.company_tab
    window.close()


def test_a_database_that_cannot_be_opened_is_reported_by_the_loader(qtbot, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    window = _open(qtbot, bad)
    with qtbot.waitSignal(window.loader.failed, timeout=10000) as failed:
        pass
    assert isinstance(failed.args[0], StorageError)
    assert window.services is None
    with pytest.raises(StorageError):
        window.finish_loading()
    window.close()


def test_a_server_start_loads_its_driver_and_asks_the_keyring_apart(qtbot, pg_url, monkeypatch):
    from contact_manager.services import connecting

    asked, real = [], connecting.password_for

    def password_for(target):
        asked.append(threading.current_thread())
        return real(target)

    monkeypatch.setattr(connecting, "password_for", password_for)
    services = Services.open(pg_url)
    services.accounts.create("Acme")
    services.close()
    window = _open(qtbot, pg_url)
    steps: list[str] = []
    window.loader.stepDone.connect(steps.append)
    qtbot.waitUntil(lambda: window.loader.done, timeout=20000)
    assert steps.index("prepare the server") < steps.index("database")
    assert len(asked) == 1 and asked[0] is not threading.main_thread()  # once, and apart
    assert window.context.sheet.account_name == "Acme"


def test_a_new_database_opens_on_the_first_run_page(qtbot, tmp_path):
    window = _open(qtbot, tmp_path / "new.db")
    qtbot.waitUntil(lambda: window.loader.done, timeout=10000)
    assert window.pages.currentWidget() is window.first_run
    assert window.windowTitle() == "Contact Manager"
    assert not window.account_button.isVisible()  # no account to name, open or switch
    window.close()


def test_a_window_deleted_while_loading_runs_no_more_steps(qtbot):
    import shiboken6

    ran: list[str] = []
    widget = QWidget()

    def first():
        ran.append("a")
        QTimer.singleShot(0, lambda: shiboken6.delete(widget))  # before "b"'s turn; the loader goes too

    loader = StagedLoader([("a", first), ("b", lambda: ran.append("b"))], widget)
    loader.start_after_paint(widget)
    widget.show()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=5000)
    qtbot.wait(50)  # an exception in the event loop would fail the test
    assert ran == ["a"]
