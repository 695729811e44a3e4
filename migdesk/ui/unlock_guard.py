"""The unlock window's face of the failed-login guard (``migdesk.vault.login_guard``).

:class:`LoginCountdown` counts down, in the interface language, while a name must wait after
too many failures; the Open button stays disabled for that name meanwhile (what was typed in
the name field stays). :class:`LoginReportLabel` shows the failures since the user's last
unlock, which the user reads before going on («Продолжить»). Both recompute their text after
a language switch (``retranslate``) and every second (the countdown).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel

from migdesk.ui.widgets import WARNING_STYLE
from migdesk.vault.login_guard import name_key
from migdesk.vault.login_notice import LoginReport

Clock = Callable[[], datetime]


class LoginCountdown(QLabel):
    """«Следующая попытка — через 0:27», ticking; hidden when no wait runs."""

    finished = Signal()

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.setStyleSheet(WARNING_STYLE)
        self.setWordWrap(True)
        self.hide()
        self.user: str | None = None
        self.until: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

    def start(self, user: str, until: datetime) -> None:
        self.user = name_key(user)
        self.until = until
        self.tick()
        if self.until is not None:
            self._timer.start()

    def blocks(self, user: str) -> bool:
        """Whether an attempt for ``user`` would be refused now (another name may try)."""
        return self.until is not None and name_key(user) == self.user

    def remaining(self) -> int:
        if self.until is None:
            return 0
        return max(0, math.ceil((self.until - self.clock()).total_seconds()))

    def tick(self) -> None:
        seconds = self.remaining()
        if seconds <= 0:
            self._timer.stop()
            self.user = self.until = None
            self.hide()
            self.finished.emit()
            return
        minutes, rest = divmod(seconds, 60)
        self.setText(
            self.tr(
                "Слишком много неудачных попыток входа под этим именем. Следующая попытка — "
                "через {time}; до тех пор пароль не проверяется."
            ).format(time=f"{minutes}:{rest:02d}")
        )
        self.show()

    def retranslate(self) -> None:
        if self.until is not None:
            self.tick()


class LoginReportLabel(QLabel):
    """The failures reported at this unlock (the domain's sentence, in the current language)."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(WARNING_STYLE)
        self.setWordWrap(True)
        self.hide()
        self.report: LoginReport | None = None

    def show_report(self, report: LoginReport) -> None:
        self.report = report
        self.setText(report.notice())
        self.show()

    def retranslate(self) -> None:
        if self.report is not None:
            self.setText(self.report.notice())
