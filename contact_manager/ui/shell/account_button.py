"""The current account's name in the menu bar's top-right corner; a click opens its menu.

A QToolButton drawn by the style, with room on the right for the menu's arrow: for an
instant-popup tool button Fusion puts the arrow in the bottom-right corner, over the end of
the name ("S.r.l." lost its last letters under it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOption, QStyleOptionToolButton, QStylePainter, QToolButton

ARROW_GAP = 4  # between the name and the arrow, in pixels


class AccountButton(QToolButton):
    def _arrow_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._arrow_width() + ARROW_GAP, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        text, arrow = option.text, self._arrow_width()
        option.features &= ~QStyleOptionToolButton.ToolButtonFeature.HasMenu  # the arrow is ours
        option.text = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)  # frame and focus

        option.text = text
        option.rect = self.rect().adjusted(0, 0, -(arrow + ARROW_GAP), 0)
        painter.drawControl(QStyle.ControlElement.CE_ToolButtonLabel, option)

        indicator = QStyleOption()
        indicator.initFrom(self)
        size = max(arrow // 2, 5)
        right = self.rect().right() - (arrow - size) // 2 - ARROW_GAP // 2
        indicator.rect = QRect(right - size, (self.height() - size) // 2, size, size)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, indicator)
