"""The "Select a user" box: an editable combo box over the shared user model.

Typing filters the offered users on any part of the name or address (a completer over the
box's own filter model); choosing one emits ``userChosen``. Text that holds an address is
emitted as ``addressEntered`` (the security contact takes outside addresses); other text that
names no single user stays, flagged, and ``unmatched`` says why; an emptied box is
``clearRequested``. ``show_holder`` puts the saved holder back, flagged next to the
box when deactivated or an external address (an icon and a word, not colour alone). Typed
text the rules refused stays for correcting, flagged "Not saved" (word, colour and accessible
description) until it is edited; Escape puts the saved holder back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QWidget,
)

from contact_manager.domain.contacts import Person
from contact_manager.ui.kit import icons
from contact_manager.ui.kit.look import REFUSED_STYLE
from contact_manager.ui.kit.picker_users_model import USER_ID_DATA, UserFilterModel, UserListModel
from contact_manager.ui.kit.retranslating import Retranslating
from contact_manager.ui.kit.widgets import IconAndText


class StatusMarker(IconAndText):
    """A flag shown next to a box: an icon and a short word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=4)
        self.row.addWidget(self.icon)
        self.row.addWidget(self.text)
        self.icon_name = ""
        self.hide()

    def _draw_icon(self) -> None:
        if self.icon_name:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            pixmap = icons.icon(self.icon_name).pixmap(QSize(size, size), self.devicePixelRatioF())
            self.icon.setPixmap(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._draw_icon()  # the icon takes the text colour: light and dark mode
        super().changeEvent(event)

    def show_flag(self, icon: str, text: str, tooltip: str) -> None:
        """Show the line icon ``icon`` (see ``ui.icons``) and ``text``."""
        self.icon_name = icon
        self._draw_icon()
        self.text.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(text)
        self.setAccessibleDescription(tooltip)
        self.show()


class ContactPicker(Retranslating, QComboBox):
    userChosen = Signal(int)
    addressEntered = Signal(str)
    clearRequested = Signal()
    unmatched = Signal(str)  # why typed text that names no single user was kept, not saved

    def __init__(
        self, source: UserListModel, name: str, parent: QWidget | None = None, outside_address: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.outside_address = outside_address  # the role takes an address that is no user's
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setDuplicatesEnabled(True)  # spares a linear findText over every user on Return
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Wide enough for "First Last <first.last@company.example>", narrow enough that the
        # Italian labels beside the boxes still fit a 1024-pixel window.
        self.setMinimumContentsLength(34)
        self.setMaxVisibleItems(15)
        view = QListView(self)
        view.setUniformItemSizes(True)
        self.setView(view)
        self.choices = UserFilterModel(source, self)
        self.setModel(self.choices)
        self.matches = UserFilterModel(source, self, require_text=True)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        popup = self.completer_.popup()
        assert isinstance(popup, QListView)  # a completer's own popup is a list view
        popup.setUniformItemSizes(True)
        popup.setObjectName(f"{name}Matches")
        self._text_field().setCompleter(self.completer_)
        self.marker = StatusMarker(parent)
        self.marker.setObjectName(f"{name}Marker")
        self.holder: Person | None = None
        self.role_description = ""  # what the role receives (set by the tab)
        self._shown = ""
        self._committed: str | None = None
        self.refused_reason = ""  # why the text on show was refused ("" when it is not)
        self._refused_text = ""
        self.spoken_label: QLabel | None = None
        self._text_field().installEventFilter(self)
        self.activated.connect(self._chosen_from_list)
        # The stub's SignalInstance lacks the [signature] index that picks one of Qt's overloads.
        self.completer_.activated[QModelIndex].connect(self._chosen_from_matches)  # type: ignore[index]
        self._text_field().textEdited.connect(self._typed)
        self._text_field().editingFinished.connect(self.commit_text)
        self.retranslate()

    def _text_field(self) -> QLineEdit:
        """The box's own text field (it is editable from the start)."""
        edit = self.lineEdit()
        assert edit is not None
        return edit

    def _matches_popup(self) -> QAbstractItemView:
        """The completer's list of matches."""
        popup = self.completer_.popup()
        assert popup is not None
        return popup

    def retranslate(self) -> None:
        self._text_field().setPlaceholderText(self.tr("Select a user"))
        self.view().setAccessibleName(self.tr("Users to choose from"))
        self._matches_popup().setAccessibleName(self.tr("Users matching what you typed"))
        self._flag()

    def setAccessibleName(self, name: str) -> None:
        """The box's name, on its text field and its spoken label too (see ``add_spoken_label``)."""
        super().setAccessibleName(name)
        self._text_field().setAccessibleName(name)
        if self.spoken_label is not None:
            self.spoken_label.setText(name)

    def add_spoken_label(self) -> None:
        """A label only screen readers meet, saying the box's name (a billing slot's number).

        On Linux a combo box is announced by its labels and its text, never by its accessible
        name: a box with no visible label of its own gets this hidden one pointing at it.
        """
        self.spoken_label = QLabel(self.accessibleName(), self.parentWidget())
        self.spoken_label.setObjectName(f"{self.objectName()}SpokenLabel")
        self.spoken_label.setBuddy(self)
        self.spoken_label.hide()

    # --- what the box shows -----------------------------------------------------------

    def show_holder(self, holder: Person | None, excluded: frozenset[int] = frozenset()) -> None:
        """Show the saved holder; ``excluded`` users are not offered (other billing contacts).

        Refused text stays on show (still flagged) while the saved holder is the same one.
        """
        refused = (self._refused_text, self.refused_reason) if self.refused_reason else None
        if refused and holder != self.holder:
            refused = None
        self.holder = holder
        self._committed = refused[0].strip() if refused else None
        self._set_refused("")
        keep = {holder.user_id} if holder and holder.user_id is not None and not holder.active else set()
        self.choices.set_filter(excluded=excluded, keep_inactive=keep)
        self.matches.set_filter(excluded=excluded, keep_inactive=keep)
        row = self.choices.row_of(holder.user_id) if holder and holder.user_id is not None else None
        self.blockSignals(True)
        self.setCurrentIndex(-1 if row is None else row)
        self._shown = self.itemText(row) if row is not None else (holder.email if holder else "")
        self.setEditText(self._shown)
        self.blockSignals(False)
        self._text_field().setModified(False)
        self._text_field().setCursorPosition(0)  # a long address: show the name, not the domain
        self._flag()
        if refused:
            self.setEditText(refused[0])
            self._set_refused(refused[1])

    @property
    def shown_text(self) -> str:
        return self._shown

    def is_editing(self) -> bool:
        """True while the box holds typed text that is neither saved nor given up."""
        return self.currentText() != self._shown

    def revert(self) -> None:
        """Show the saved holder again, dropping what was typed."""
        self._set_refused("")
        self.show_holder(self.holder, self.choices.excluded)

    def mark_refused(self, reason: str) -> None:
        """The typed text was refused (``reason``, one sentence): keep it, flagged as not saved."""
        self._refused_text = self.currentText()
        self._set_refused(reason)

    def _set_refused(self, reason: str) -> None:
        if reason == self.refused_reason:
            return
        self.refused_reason = reason
        self._text_field().setStyleSheet(REFUSED_STYLE if reason else "")
        self._flag()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.is_editing()
            and not self._matches_popup().isVisible()
        ):
            self.revert()
            return True
        return super().eventFilter(watched, event)

    def _flag(self) -> None:
        holder = self.holder
        if self.refused_reason:
            if self._shown:
                why = self.tr(
                    "Not saved: {reason} The saved contact is still {saved}: correct the text, or press "
                    "Escape to show it again."
                ).format(reason=self.refused_reason, saved=self._shown)
            else:
                why = self.tr(
                    "Not saved: {reason} No contact is saved for this role: correct the text, or press "
                    "Escape to clear it."
                ).format(reason=self.refused_reason)
            self.marker.show_flag("warning", self.tr("Not saved"), why)
        elif holder is not None and holder.external:
            self.marker.show_flag(
                "external-address",
                self.tr("External address"),
                self.tr("Not a user of this account: an external address."),
            )
        elif holder is not None and not holder.active:
            self.marker.show_flag(
                "deactivated-user",
                self.tr("Deactivated"),
                self.tr("This user is deactivated: choose an active user for this role."),
            )
        else:
            self.marker.hide()
        self._describe()

    def set_role_description(self, text: str) -> None:
        """What the role receives, for screen readers (the tab sets it in its language)."""
        self.role_description = text
        self._describe()

    def _describe(self) -> None:
        """The accessible description: what the role receives, then any flag on the holder."""
        parts = [self.role_description]
        if not self.marker.isHidden():
            parts.append(self.marker.accessibleDescription())
        self.setAccessibleDescription(" ".join(part for part in parts if part))
        # The text field, where a refused text stays, says it too (else its placeholder).
        refused = self.marker.accessibleDescription() if self.refused_reason else ""
        self._text_field().setAccessibleDescription(refused)

    # --- what the person does ---------------------------------------------------------

    @Slot(str)
    def _typed(self, text: str) -> None:
        self._committed = None
        self._set_refused("")
        self.matches.set_filter(text=text)
        if text.strip():
            self.completer_.complete()

    @Slot(int)
    def _chosen_from_list(self, row: int) -> None:
        user_id = self.choices.user_id(row)
        if user_id is not None:
            self._choose(user_id)

    @Slot("QModelIndex")
    def _chosen_from_matches(self, index: QModelIndex) -> None:
        user_id = index.data(USER_ID_DATA)
        if user_id is not None:
            self._choose(int(user_id))

    def _choose(self, user_id: int) -> None:
        if self.holder is not None and self.holder.user_id == user_id and not self.is_editing():
            return
        if self.holder is not None and self.holder.user_id == user_id:
            self.revert()
            return
        self.userChosen.emit(user_id)

    @Slot()
    def commit_text(self) -> None:
        """Return pressed or focus left: act on typed text that was not chosen from a list."""
        if QApplication.activePopupWidget() is not None or not self.is_editing():
            return
        text = self.currentText().strip()
        if text == self._committed:
            return  # already acted on (focus leaving for the dialog it opened finishes editing again)
        self._committed = text
        if not text:
            if self.holder is None:
                return
            self.clearRequested.emit()
            return
        self.matches.set_filter(text=text)
        if self.matches.rowCount() == 1:
            user_id = self.matches.user_id(0)
            assert user_id is not None  # row 0 is there
            self._choose(user_id)
            return
        if "@" in text or self.outside_address:
            self.addressEntered.emit(text)
            return
        if self.matches.rowCount() == 0:
            reason = self.tr("No user of this account matches “{text}”.")
        else:
            reason = self.tr("“{text}” matches more than one user: choose one from the list.")
        self.mark_refused(reason.format(text=text))  # kept for correcting; Escape shows the saved one
        self.unmatched.emit(self.refused_reason)
