"""File > Connect to an office database...: where the server is, who you are, and the password.

``ConnectDialog(parent, url=...)`` asks for the host, port, database, user name, password
and how the connection is encrypted (choices in plain words, each one of libpq's
``sslmode``), with a tick box "Remember in the system keyring". ``url()`` is what was filled
in as a ``postgresql://`` URL, never with the password in it; ``password()`` is the password
(empty: the keyring's, ~/.pgpass or PGPASSWORD). The window opens it with ``open()`` and
connects when it is accepted; a refusal (wrong password, no server there, no Contact Manager
data) is shown in the dialog itself with ``show_problem``, which stays open to be corrected.
The same dialog asks for a password alone (``for_password``): the rest filled in from the URL.
"""

from __future__ import annotations

import getpass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contact_manager.ui.kit import a11y, look
from contact_manager.ui.kit.retranslating import Retranslating

DEFAULT_PORT = 5432
# How the connection is encrypted: libpq's sslmode, and what it means to the person choosing.
TLS_CHOICES = (
    ("prefer", lambda: QCoreApplication.translate("ConnectDialog", "Encrypt if the server offers it")),
    ("require", lambda: QCoreApplication.translate("ConnectDialog", "Always encrypt")),
    (
        "verify-full",
        lambda: QCoreApplication.translate(
            "ConnectDialog", "Always encrypt, and check the server's certificate and name"
        ),
    ),
    (
        "disable",
        lambda: QCoreApplication.translate("ConnectDialog", "Never encrypt (a trusted network only)"),
    ),
)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class ConnectDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None, url: str = "", *, moving: str = "") -> None:
        """``moving``: the file whose accounts are to be moved onto the database chosen here."""
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.moving = moving
        self.host = QLineEdit(self)
        self.host.setObjectName("connectHost")
        self.port = QSpinBox(self)
        self.port.setObjectName("connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("connectDatabase")
        self.user = QLineEdit(self)
        self.user.setObjectName("connectUser")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("connectPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("connectRemember")
        self.tls = QComboBox(self)
        self.tls.setObjectName("connectTls")
        for mode, _text in TLS_CHOICES:
            self.tls.addItem("", mode)
        self.problem = QLabel(self)
        self.problem.setObjectName("connectProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(look.ERROR_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("connectButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        fields = (self.host, self.port, self.database, self.user, self.password_edit, self.tls)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)  # Alt+the underlined letter goes to the field
            self.form.addRow(label, field)
        self.form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("connectIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_ok)
        self.setMinimumWidth(460)
        self.retranslate()
        self.fill(url)
        self._update_ok()

    @classmethod
    def for_password(cls, parent: QWidget | None, url: str, problem: str) -> ConnectDialog:
        """The dialog over ``url`` with ``problem`` said and the password field focused."""
        dialog = cls(parent, url)
        dialog.show_problem(problem)
        return dialog

    def fill(self, url: str) -> None:
        """The fields as ``url`` (a ``postgresql://`` URL) gives them; defaults for the rest."""
        parts = urlsplit(url) if url else None
        host = (parts.hostname or "") if parts else ""
        try:
            port = (parts.port or DEFAULT_PORT) if parts else DEFAULT_PORT
        except ValueError:  # not a number: the default, to be corrected
            port = DEFAULT_PORT
        options = dict(parse_qsl(parts.query)) if parts else {}
        self.host.setText(host or options.get("host", ""))
        self.port.setValue(port)
        self.database.setText(unquote(parts.path.lstrip("/")) if parts else "")
        self.user.setText(unquote(parts.username or "") if parts and parts.username else _login())
        index = self.tls.findData(options.get("sslmode", "prefer"))
        self.tls.setCurrentIndex(max(index, 0))
        self._update_ok()

    def url(self) -> str:
        """The database as a URL, without a password: what may be kept and shown."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip()
        shown_host = f"[{host}]" if ":" in host else host  # an IPv6 address
        database = quote(self.database.text().strip(), safe="")
        query = urlencode({"sslmode": self.tls.currentData()})
        return f"postgresql://{user}@{shown_host}:{self.port.value()}/{database}?{query}"

    def password(self) -> str:
        return self.password_edit.text()

    def show_problem(self, text: str) -> None:
        """Say why connecting did not work, and go to the password when that was it."""
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.password_edit.selectAll()

    @Slot()
    def _update_ok(self) -> None:
        filled = all(edit.text().strip() for edit in (self.host, self.database, self.user))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(filled)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to an office database"))
        self.intro.setText(
            self.tr(
                "The office database is kept on a PostgreSQL server, shared by everyone in the "
                "office. Ask whoever set it up for these details."
            )
        )
        if self.moving:
            self.setWindowTitle(self.tr("Move to an office database"))
            self.intro.setText(
                self.tr(
                    "Every account of {file}, with its users, contacts and history, is copied onto the "
                    "office database below, which must not have accounts of the same names yet. The "
                    "file itself stays as it is."
                ).format(file=self.moving)
            )
        texts = (
            self.tr("Ser&ver:"),
            self.tr("P&ort:"),
            self.tr("&Database:"),
            self.tr("&User name:"),
            self.tr("&Password:"),
            self.tr("&Encryption:"),
        )
        fields = (self.host, self.port, self.database, self.user, self.password_edit, self.tls)
        for label, field, text in zip(self.labels, fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.host.setPlaceholderText(self.tr("e.g. db.office.lan"))
        self.password_edit.setPlaceholderText(self.tr("Leave empty to use the one already kept"))
        self.remember.setText(self.tr("&Remember in the system keyring"))
        self.remember.setAccessibleName(self.tr("Remember the password in the system keyring"))
        for index, (_mode, choice) in enumerate(TLS_CHOICES):
            self.tls.setItemText(index, choice())
        a11y.name_popup_list(self.tls, self.tr("Encryption choices"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.problem.isHidden():  # a refused password: type it again at once
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.password_edit.selectAll()
