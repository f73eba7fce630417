"""The "Account and billing" tab: the points of contact at a glance, who receives what, and
the health checks with their one-click fixes.

The tab only reads the current sheet (``AppContext.sheetChanged``) and asks the window, by
``editContactsRequested``, to open "Company information" at a role; its only write is
"Mark as reviewed", through ``AppContext.apply``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.health import Check, check_sheet
from contact_manager.domain.roles import Role
from contact_manager.ui.contacts.health_panel import HealthPanel
from contact_manager.ui.contacts.routing_model import RoutingModel
from contact_manager.ui.kit.context import AppContext
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import IconAndText

_ICON_SIZE = 16
_WORD_JOINER = "\u2060"


class _HolderLabel(IconAndText):
    """One holder of a role: its text, and an icon when it is an external address or deactivated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=6)
        self.icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.text, 1)

    def show_text(self, text: str, icon: QStyle.StandardPixmap | None = None, muted: bool = False) -> None:
        # Lines break between words, never at a hyphen inside an address (a word joiner
        # follows each hyphen); so the text is not selectable (a copy would carry the
        # joiners) and screen readers get the plain text as the accessible name.
        self.text.setText(text.replace("-", "-" + _WORD_JOINER))
        self.text.setAccessibleName(text)
        font = self.text.font()
        font.setItalic(muted)
        self.text.setFont(font)
        self.text.setEnabled(not muted)  # greyed as well as written "Not set"
        if icon is None:
            self.icon.clear()
        else:
            self.icon.setPixmap(self.style().standardIcon(icon).pixmap(_ICON_SIZE, _ICON_SIZE))


class _PaddedDelegate(QStyledItemDelegate):
    """Rows a little taller than their text, so wrapped recipients read as one block each."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        # Every row as tall as one with a warning icon, so single-line rows line up evenly.
        height = max(size.height(), option.decorationSize.height() + 2)
        return QSize(size.width() + 8, height + 8)


class _RoutingTable(QTableView):
    """A table that asks for the height of its rows, so it neither scrolls nor trails blank space."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self.horizontalHeader().height() + self.verticalHeader().length() + 2 * self.frameWidth()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            hint.width(), self.horizontalHeader().height() + 3 * self.verticalHeader().defaultSectionSize()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped rows change height with the width

    @Slot()
    @Slot(int, int, int)
    def fit_rows(self, *_args) -> None:
        """The rows' height changed (a section resized, the model reset): ask for the new height."""
        self.updateGeometry()


class _RoutingBox(QGroupBox):
    """The routing's box, which a short window may shrink to its minimum (its table scrolls).

    A vertical layout never shrinks an item that has a height for its width below that height;
    the box's wrapped intro would give it one, counting the whole table, and a short window
    would then squeeze the points of contact above, cutting their lines, instead."""

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        # What it would ask with a height for its width: the intro wrapped at this width and
        # the whole table, no more (a taller box would trail blank space under the table).
        hint, layout = super().sizeHint(), self.layout()
        if layout is None or self.width() <= 0 or not layout.hasHeightForWidth():
            return hint
        return QSize(hint.width(), layout.totalHeightForWidth(self.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the intro rewraps: ask again


class AccountBillingTab(Retranslating, QWidget):
    """The first tab of the main window."""

    editContactsRequested = Signal(object)  # Role to focus in "Company information", or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountBillingTab")
        self._context = context
        self._sheet: ContactSheet | None = None
        self._build()
        context.sheetChanged.connect(self._show_sheet)
        self._sheet = context.sheet if context.account_id is not None else None
        self.retranslate()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.summaryBox = QGroupBox(self)
        self.summaryBox.setObjectName("contactsSummaryBox")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self._role_labels: dict[Role, QLabel] = {}
        self._holders: dict[Role, list[_HolderLabel]] = {}
        for row, role in enumerate(Role):
            label = QLabel(self.summaryBox)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._role_labels[role] = label
            holders = [_HolderLabel(self.summaryBox) for _ in range(role.slots)]
            for number, holder in enumerate(holders):  # found by name, like the health fixes
                holder.text.setObjectName(f"holder_{role.value}_{number}")
            self._holders[role] = holders
            box = QVBoxLayout()
            box.setSpacing(2)
            for holder in holders:
                box.addWidget(holder)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(box, row, 1, Qt.AlignmentFlag.AlignTop)
            label.setBuddy(holders[0].text)
        grid.setRowStretch(len(Role), 1)
        self.editContactsButton = QPushButton(self.summaryBox)
        self.editContactsButton.setObjectName("editContactsButton")
        self.editContactsButton.clicked.connect(lambda: self.editContactsRequested.emit(None))
        self.noAccountLabel = QLabel(self.summaryBox)
        self.noAccountLabel.setObjectName("noAccountLabel")
        self.noAccountLabel.setWordWrap(True)
        summary_layout = QVBoxLayout(self.summaryBox)
        summary_layout.addWidget(self.noAccountLabel)
        summary_layout.addLayout(grid, 1)
        summary_layout.addWidget(self.editContactsButton, 0, Qt.AlignmentFlag.AlignRight)

        self.healthBox = QGroupBox(self)
        self.healthBox.setObjectName("healthChecksBox")
        self.healthPanel = HealthPanel(self.healthBox)
        self.healthPanel.fixRequested.connect(self.editContactsRequested)
        self.reviewedLabel = QLabel(self.healthBox)
        self.reviewedLabel.setObjectName("reviewedOnLabel")
        self.reviewedLabel.setWordWrap(True)
        self.markReviewedButton = QPushButton(self.healthBox)
        self.markReviewedButton.setObjectName("markReviewedButton")
        self.markReviewedButton.clicked.connect(self._mark_reviewed)
        # The date on a line of its own (long dates in long languages), the button under it.
        review_row = QVBoxLayout()
        review_row.addWidget(self.reviewedLabel)
        review_row.addWidget(self.markReviewedButton, 0, Qt.AlignmentFlag.AlignRight)
        health_layout = QVBoxLayout(self.healthBox)
        health_layout.addWidget(self.healthPanel, 1)
        health_layout.addLayout(review_row)

        self.routingBox = _RoutingBox(self)
        self.routingBox.setObjectName("notificationRoutingBox")
        self.routingIntro = QLabel(self.routingBox)
        self.routingIntro.setWordWrap(True)
        self.routingModel = RoutingModel(self)
        self.routingTable = _RoutingTable(self.routingBox)
        self.routingTable.setItemDelegate(_PaddedDelegate(self.routingTable))
        self.routingTable.setObjectName("notificationRoutingTable")
        self.routingTable.setModel(self.routingModel)
        self.routingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.routingTable.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.routingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.routingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routingTable.setAlternatingRowColors(True)
        self.routingTable.setWordWrap(True)
        self.routingTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.routingTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.routingTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routingTable.setShowGrid(False)
        header = self.routingTable.horizontalHeader()
        header.setSectionResizeMode(RoutingModel.NOTICE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoutingModel.RECIPIENTS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows = self.routingTable.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        routing_layout = QVBoxLayout(self.routingBox)
        routing_layout.addWidget(self.routingIntro)
        routing_layout.addWidget(self.routingTable)
        # Rows change height when they are reset or rewrapped: ask the layout for the new height.
        self.routingTable.verticalHeader().sectionResized.connect(self.routingTable.fit_rows)
        self.routingModel.modelReset.connect(self.routingTable.fit_rows)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.summaryBox, 3)
        top.addWidget(self.healthBox, 2)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.routingBox)
        layout.addStretch(1)

    # --- language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.summaryBox.setTitle(self.tr("Points of contact"))
        self.noAccountLabel.setText(self.tr("No account is open."))
        self.healthBox.setTitle(self.tr("Health checks"))
        self.routingBox.setTitle(self.tr("Who receives what"))
        self.routingIntro.setText(
            self.tr("Each kind of notice and who receives it, worked out from the current points of contact.")
        )
        for role, label in self._role_labels.items():
            text = self.tr("Billing contacts") if role.multi else role.label
            label.setText(self.tr("{role}:").format(role=text))
        self.editContactsButton.setText(self.tr("Edit points of &contact…"))
        self.editContactsButton.setToolTip(self.tr("Open the Company information tab to change the contacts"))
        self.markReviewedButton.setText(self.tr("Mark as &reviewed"))
        self.routingTable.setAccessibleName(self.tr("Who receives what"))
        self.routingTable.setAccessibleDescription(self.tr("One row per kind of notice, with its recipients"))
        self.routingModel.retranslate()
        self.healthPanel.retranslate()
        self._show_sheet(self._sheet)

    # --- showing a sheet --------------------------------------------------------------

    @Slot(object)
    def _show_sheet(self, sheet: ContactSheet | None) -> None:
        if self._context.account_id is None:
            sheet = None
        self._sheet = sheet
        self.routingModel.set_sheet(sheet)
        self._show_summary(sheet)
        self.noAccountLabel.setVisible(sheet is None)
        self.healthPanel.show_findings(self._findings(sheet) if sheet is not None else None)
        self._show_review(sheet)
        self.editContactsButton.setEnabled(sheet is not None)

    def _findings(self, sheet: ContactSheet) -> list:
        security = sheet.others.get(Role.SECURITY)
        since = None
        if security is not None and security.external:  # only an outside address needs the day
            since = self._context.security_since(sheet.account_id)
        return check_sheet(sheet, date.today(), security_since=since)

    def _show_summary(self, sheet: ContactSheet | None) -> None:
        for role, holders in self._holders.items():
            if sheet is None:
                people: list[Person | None] = []
            else:
                people = list(sheet.holders(role))
            for i, holder in enumerate(holders):
                person = people[i] if i < len(people) else None
                visible = sheet is not None and (i == 0 or person is not None)
                holder.setVisible(visible)
                if person is None:
                    holder.show_text(self.tr("Not set"), muted=True)
                else:
                    holder.show_text(*self._describe(person))
            self._role_labels[role].setVisible(sheet is not None)

    def _describe(self, person: Person) -> tuple[str, QStyle.StandardPixmap | None]:
        if person.external:
            return (
                self.tr("{address} (external address)").format(address=person.display),
                QStyle.StandardPixmap.SP_MessageBoxInformation,
            )
        if not person.active:
            return (
                self.tr("{person} (deactivated)").format(person=person.display),
                QStyle.StandardPixmap.SP_MessageBoxWarning,
            )
        return person.display, None

    def _show_review(self, sheet: ContactSheet | None) -> None:
        # Nothing to review while no point of contact is set.
        anything_set = sheet is not None and (
            sheet.primary is not None or bool(sheet.billing) or any(sheet.others.values())
        )
        self.markReviewedButton.setEnabled(anything_set)
        self.markReviewedButton.setToolTip(
            self.tr("Record today as the day the contacts were checked")
            if anything_set or sheet is None
            else self.tr("Set the points of contact first: there is nothing to review yet")
        )
        if sheet is None:
            self.reviewedLabel.clear()
        elif sheet.reviewed_on is None:
            self.reviewedLabel.setText(self.tr("Check the points of contact, then record the review:"))
        else:
            reviewed = sheet.reviewed_on
            when = QLocale().toString(
                QDate(reviewed.year, reviewed.month, reviewed.day), QLocale.FormatType.LongFormat
            )
            self.reviewedLabel.setText(self.tr("Contacts last reviewed on {date}").format(date=when))
        overdue = sheet is not None and any(
            finding.check is Check.NOT_REVIEWED for finding in self.healthPanel.findings
        )
        self.markReviewedButton.setDefault(overdue)  # drawn as the one to press

    # --- the one write: mark as reviewed ----------------------------------------------

    @Slot()
    def _mark_reviewed(self) -> None:
        if self._context.account_id is None:
            return
        today = date.today()
        contacts = self._context.services.contacts
        sheet = self._context.apply(
            lambda account_id, version: contacts.mark_reviewed(account_id, today, expected_version=version),
            parent=self,
        )
        if sheet is not None:
            self._context.saved.emit(self.tr("Contacts marked as reviewed"))
