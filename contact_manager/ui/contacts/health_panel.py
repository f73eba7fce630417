"""The health checks of a contact sheet as a list, each finding with a one-click fix.

The panel only shows findings and says which fix was asked for; the tab that hosts it
decides what a fix does (open "Company information" at a role, or mark as reviewed).

The findings are rows of plain widgets (an icon, the message, the fix button) in a scrolling
column, not the item widgets of a list view: a screen reader finds each message and button
where it is (Qt leaves a list row's widgets out of the accessibility tree), the rows follow
the width by themselves, and the first frame spares the item views' classes (about 10 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.health import Check, Finding
from contact_manager.ui.kit.retranslating import Retranslating

_ICON_SIZE = 20
_MIN_MESSAGE_WIDTH = 280


def _previous_in_focus_chain(widget: QWidget) -> QWidget:
    previous = widget.previousInFocusChain()
    assert previous is not None  # the focus chain is a ring: a widget always has one before it
    return previous


class _FindingRow(QWidget):
    """One finding: an icon, the message (wrapped), and its fix button.

    The button sits beside the message, or under it when the list is too narrow for both.
    """

    def __init__(self, icon: QStyle.StandardPixmap, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 4, 6, 4)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(_ICON_SIZE, _ICON_SIZE))
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(self.icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(self.message, 0, 1)
        self.button: QPushButton | None = None
        self._compact = False

    def add_button(self, button: QPushButton) -> None:
        button.setParent(self)
        self.button = button
        self._place_button()

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self._place_button()

    def _place_button(self) -> None:
        if self.button is None:
            return
        self._grid.removeWidget(self.button)
        if self._compact:
            self._grid.addWidget(self.button, 1, 1, Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(self.button, 0, 2, Qt.AlignmentFlag.AlignVCenter)


class _FindingsList(QScrollArea):
    """The findings' column, asking for the height of its rows, so every finding shows without
    scrolling when the window has the room (and never less than a few lines when it has not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here: the one Qt makes would be wrapped for Python on its first use by
        # trying every widget class of PySide6 (its enums made on the way: 6 ms at start).
        self.setViewport(QWidget())
        self.column = QWidget()
        self.column.setBackgroundRole(QPalette.ColorRole.Base)  # a list's background
        self.rows = QVBoxLayout(self.column)
        self.rows.setContentsMargins(2, 2, 2, 2)
        self.rows.setSpacing(4)
        self.rows.addStretch(1)
        self.setWidget(self.column)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        width = max(self.viewport().width(), self.column.minimumSizeHint().width())
        rows = self.column.heightForWidth(width) if self.column.hasHeightForWidth() else -1
        rows = rows if rows > 0 else self.column.sizeHint().height()
        height = max(rows + 2 * self.frameWidth(), self.minimumSizeHint().height())
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            super().minimumSizeHint().width(), 3 * self.fontMetrics().height() + 2 * self.frameWidth()
        )


class HealthPanel(Retranslating, QWidget):
    """The ``healthChecksList`` and the signals of its fix buttons."""

    fixRequested = Signal(object)  # the Role to edit, or None for the contacts in general

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self._findings: list[Finding] = []
        self._showing = False  # False: no account, the list is empty rather than "all good"
        self.list = _FindingsList(self)
        self.list.setObjectName("healthChecksList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons inside take the focus
        self.list.viewport().installEventFilter(self)
        self._rows: list[_FindingRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.retranslate()

    # --- content ----------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def show_findings(self, findings: list[Finding] | None) -> None:
        """Show ``findings``; an empty list says the contacts are healthy; None shows nothing."""
        self._findings = list(findings or [])
        self._showing = findings is not None
        for row in self._rows:
            self.list.rows.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows.clear()
        if findings is None:
            self.list.updateGeometry()
            return
        if not findings:
            self._add_row(QStyle.StandardPixmap.SP_DialogApplyButton, self._all_good_text(), None)
        counts: dict[Check, int] = {}
        for finding in findings:
            number = counts.get(finding.check, 0)
            counts[finding.check] = number + 1
            button = None
            # "Not reviewed" is fixed by the tab's own "Mark as reviewed" button, right below.
            if finding.check is not Check.NOT_REVIEWED:
                button = QPushButton(self._fix_text(finding))
                button.setObjectName(f"healthFix_{finding.check.value}_{number}")
                button.setProperty("check", finding.check.value)
                button.setAccessibleDescription(finding.message)
                button.clicked.connect(lambda _=False, f=finding: self._fix(f))
            self._add_row(QStyle.StandardPixmap.SP_MessageBoxWarning, finding.message, button)
        buttons = self.fix_buttons()
        widest = max((b.sizeHint().width() for b in buttons), default=0)
        for button in buttons:
            button.setMinimumWidth(widest)  # one column of buttons, not a ragged edge
        # Made after the rest of the window, the buttons would come last on Tab: put them
        # where the list is, after the last control before it that takes the focus.
        previous = _previous_in_focus_chain(self.list)
        while previous is not self.list and (
            previous.focusPolicy() == Qt.FocusPolicy.NoFocus or self.list.isAncestorOf(previous)
        ):
            previous = _previous_in_focus_chain(previous)
        for button in buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        self._fit_rows()

    def fix_buttons(self) -> list[QPushButton]:
        """The fix buttons, in the order of the findings."""
        return [row.button for row in self._rows if row.button is not None]

    def messages(self) -> list[str]:
        """What the rows say, in order (the "all good" line when there is nothing to fix)."""
        return [row.message.text() for row in self._rows]

    def message_labels(self) -> list[QLabel]:
        return [row.message for row in self._rows]

    def _add_row(self, icon: QStyle.StandardPixmap, message: str, button: QPushButton | None) -> None:
        row = _FindingRow(icon, message, self.list.column)
        if button is not None:
            row.add_button(button)
        self.list.rows.insertWidget(len(self._rows), row)  # before the closing stretch
        self._rows.append(row)

    def _fix(self, finding: Finding) -> None:
        self.fixRequested.emit(finding.role)

    def _fix_text(self, finding: Finding) -> str:
        texts: dict[Check, str] = {
            Check.NO_PRIMARY: self.tr("Choose a primary contact"),
            Check.NO_BILLING: self.tr("Add a billing contact"),
            Check.INACTIVE_HOLDER: self.tr("Choose someone else"),
            Check.CONCENTRATED: self.tr("Share out the roles"),
            Check.NO_SECURITY: self.tr("Choose a security contact"),
            Check.ONE_BILLING: self.tr("Add a second billing contact"),
            Check.PRIMARY_ONLY_BILLING: self.tr("Add a second billing contact"),
            Check.OUTSIDE_SECURITY_UNREVIEWED: self.tr("Check the security contact"),
        }
        return texts[finding.check]

    def _all_good_text(self) -> str:
        return self.tr(
            "All checks passed: every role is filled by an active user and the review is up to date."
        )

    # --- sizing: list rows follow the width, so wrapped messages are never clipped ------

    def _fit_rows(self) -> None:
        width = self.list.viewport().width()
        for row in self._rows:
            if row.button is not None:
                # Beside the message only if the message keeps room for a few words a line.
                row.set_compact(width - row.button.sizeHint().width() < _MIN_MESSAGE_WIDTH)
        self.list.updateGeometry()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Health checks"))
        self.list.setAccessibleDescription(
            self.tr("What to fix in the points of contact, each with a fix button")
        )

    def language_changed(self) -> None:
        self.retranslate()
        # The buttons' texts follow; the messages are the domain's and come with new findings.
        self.show_findings(self._findings if self._showing else None)
