"""Find texts a layout cuts off: the check behind the Italian layout test.

Italian words run longer than English ones; a label sized for "Billing contacts" may cut
"Contatti di fatturazione". ``clipped(root)`` lists every visible label, button, group box
title, tab and table header under ``root`` whose text needs more room than it was given.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import (
    QFontMetrics,
    Qt,  # QtGui.Qt also has mightBeRichText
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QTabBar,
    QWidget,
)

SLACK = 1  # px: rounding between font metrics and layout
CONTROLS = (QLabel, QAbstractButton, QComboBox, QLineEdit)


def plain(text: str) -> str:
    """``text`` as drawn: mnemonic ampersands removed, "&&" shown as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in plain(text).split("\n")), default=0)


def _name(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    return f"{type(widget).__name__} in {_name(parent)}" if parent is not None else type(widget).__name__


def shown(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisibleTo(root) or widget is root:
            yield widget


def _too_narrow(needed: int, has: int, what: str = "") -> str | None:
    """What is cut off when ``needed`` pixels do not fit in the ``has`` a widget was given."""
    return f"{what}needs {needed}px, has {has}" if needed > has + SLACK else None


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull() or label.textFormat() == Qt.TextFormat.RichText:
        return None
    if label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed}px of height, has {label.height()}"
        return None
    extra = 2 * label.margin() + max(label.indent(), 0) + 2 * label.frameWidth()
    return _too_narrow(_widest_line(label.fontMetrics(), text) + extra, label.width())


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    return _too_narrow(button.sizeHint().width(), button.width())


def _group(group: QGroupBox) -> str | None:
    if not group.title():
        return None
    needed = _widest_line(group.fontMetrics(), group.title()) + 16
    if group.isCheckable():
        needed += 20
    return _too_narrow(needed, group.width(), "title ")


def _tabs(bar: QTabBar) -> list[tuple[str, str]]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        needed = _widest_line(bar.fontMetrics(), text) + 8
        rect = bar.tabRect(index)
        if text and needed > rect.width() + SLACK:
            found.append((text, f"tab needs {needed}px, has {rect.width()}"))
    return found


def _headers(view: QAbstractItemView) -> list[tuple[str, str]]:
    header = getattr(view, "horizontalHeader", None)
    if header is None:
        header = getattr(view, "header", None)
    if header is None:
        return []
    header = header()
    if not header.isVisibleTo(view) or view.model() is None:
        return []
    found = []
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = view.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = _widest_line(metrics, str(text)) + margin
        size = header.sectionSize(section)
        if needed > size + SLACK:
            found.append((str(text), f"column header needs {needed}px, has {size}"))
    return found


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_container(widget: QWidget) -> str | None:
    """The part of ``widget`` its parents (a scroll area, the window) leave unpainted."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return None
    seen = widget.visibleRegion().boundingRect()
    # Scrolling down a long page is fine; a control cut at the side or by the window is not.
    cut_height = seen.height() < widget.height() - SLACK and not _in_scroll_area(widget)
    if seen.width() < widget.width() - SLACK or cut_height:
        return (
            f"cut off by its container: {seen.width()}x{seen.height()} of "
            f"{widget.width()}x{widget.height()} px visible"
        )
    return None


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""


def clipped(root: QWidget) -> list[str]:
    """A line per text under ``root`` that its widget cuts off (empty when all fit)."""
    problems = []
    for widget in shown(root):
        if isinstance(widget, CONTROLS) and widget.window() is root.window():
            issue = _cut_by_container(widget)
            if issue:
                problems.append(f"{_name(widget)}: {plain(_text_of(widget))!r} {issue}")
                continue
        issue = None
        text = ""
        if isinstance(widget, QLabel):
            text, issue = widget.text(), _label(widget)
        elif isinstance(widget, QAbstractButton):
            text, issue = widget.text(), _button(widget)
        elif isinstance(widget, QGroupBox):
            text, issue = widget.title(), _group(widget)
        elif isinstance(widget, QTabBar):
            problems += [f"{_name(widget)}: {t!r} {why}" for t, why in _tabs(widget)]
        elif isinstance(widget, QAbstractItemView):
            problems += [f"{_name(widget)}: {t!r} {why}" for t, why in _headers(widget)]
        if issue:
            problems.append(f"{_name(widget)}: {plain(text)!r} {issue}")
    return problems
