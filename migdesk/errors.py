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
    """Several fields are wrong at once; ``problems`` maps field path → message."""

    def __init__(self, problems: dict[str, str]) -> None:
        lines = "; ".join(f"{path}: {msg}" for path, msg in problems.items())
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
