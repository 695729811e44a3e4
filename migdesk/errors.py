"""Errors the services raise; each carries a message fit to show to a user, in the
interface language (``migdesk.messages``: Russian source text wrapped in ``_()``).

The CLI maps them to its exit codes, the GUI shows the message as is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from migdesk.messages import Message, _


class MigDeskError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user, in the interface
    language; :attr:`russian` is the same sentence in Russian (``--json``, documents)."""

    exit_code = 1

    @property
    def russian(self) -> str:
        message = self.args[0] if self.args else ""
        return message.ru if isinstance(message, Message) else str(message)


class InvalidInput(MigDeskError):
    """The user's data is refused (validation, unknown id, wrong state)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ValidationFailed(InvalidInput):
    """Several fields are wrong at once.

    ``problems`` maps a field path (``surname_ru``, ``documents[0].number``) to a Russian
    message, so a form can show each message next to its field; ``labels`` gives the
    human name of each path for the one-line summary.
    """

    def __init__(
        self, problems: Mapping[str, str], labels: Mapping[str, str] | None = None
    ) -> None:
        labels = labels or {}
        lines = Message("; ", "; ").join(
            _("{field}: {problem}").format(field=labels.get(path, path), problem=msg)
            for path, msg in problems.items()
        )
        super().__init__(_("Запись не сохранена: {problems}").format(problems=lines))
        self.problems = dict(problems)
        self.summary = lines  # the problems without «Запись не сохранена:»


class WeakPassword(InvalidInput):
    """A new password is refused by the password rule (Art. 11.4). ``reason`` names why for
    scripts (``--json``): ``password_too_short``, ``password_too_common`` or
    ``password_contains_name``. The message never repeats the password."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message, field="password")
        self.reason = reason


class NotFound(InvalidInput):
    pass


class PermissionDenied(MigDeskError):
    """The current user's role does not allow the action."""


class VaultError(MigDeskError):
    """The vault cannot be opened or created; it is never modified when this is raised."""

    exit_code = 3


class WrongPassword(VaultError):
    pass


class LoginThrottled(VaultError):
    """Too many failed unlocks for this name: refused unchecked until ``until`` (UTC), in
    ``seconds`` (``migdesk.vault.login_guard``)."""

    def __init__(self, message: str, *, seconds: int, until: datetime) -> None:
        super().__init__(message)
        self.seconds = seconds
        self.until = until


class NotAVault(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultExists(VaultError):
    pass
