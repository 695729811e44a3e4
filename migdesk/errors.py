"""Errors the services raise; each carries a Russian message fit to show to a user.

The CLI maps them to its exit codes, the GUI shows the message as is.
"""

from __future__ import annotations


class MigDeskError(Exception):
    """Base class: ``str(error)`` is a complete Russian sentence for the user."""

    exit_code = 1


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

    def __init__(self, problems: dict[str, str], labels: dict[str, str] | None = None) -> None:
        labels = labels or {}
        lines = "; ".join(f"{labels.get(path, path)}: {msg}" for path, msg in problems.items())
        super().__init__(f"Запись не сохранена: {lines}")
        self.problems = problems


class NotFound(InvalidInput):
    pass


class PermissionDenied(MigDeskError):
    """The current user's role does not allow the action."""


class VaultError(MigDeskError):
    """The vault cannot be opened or created; it is never modified when this is raised."""

    exit_code = 3


class WrongPassword(VaultError):
    pass


class NotAVault(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultExists(VaultError):
    pass
