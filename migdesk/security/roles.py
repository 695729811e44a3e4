"""Roles (DESIGN.md) and what each may do: the one place where permissions are decided."""

from __future__ import annotations

from enum import StrEnum

from migdesk.errors import PermissionDenied


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    COURIER = "courier"


ROLE_LABELS = {
    Role.OFFICER: "сотрудник",
    Role.SUPERVISOR: "руководитель",
    Role.ADMINISTRATOR: "администратор",
    Role.COURIER: "курьер",
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"


GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({Role.ADMINISTRATOR}),
    Permission.VIEW_AUDIT: frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}),
}

PERMISSION_LABELS = {
    Permission.MANAGE_USERS: "управление пользователями",
    Permission.VIEW_AUDIT: "просмотр журнала аудита",
}


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise PermissionDenied(f"Неизвестная роль «{text}»; допустимы: {allowed}.") from None


def require(role: str | None, permission: Permission) -> None:
    """Raise ``PermissionDenied`` naming the role(s) needed when ``role`` lacks ``permission``."""
    allowed = GRANTS[permission]
    if role is not None and role in {r.value for r in allowed}:
        return
    needed = " или ".join(ROLE_LABELS[r] for r in sorted(allowed))
    raise PermissionDenied(
        f"Недостаточно прав: «{PERMISSION_LABELS[permission]}» требует роли {needed} "
        f"({', '.join(sorted(r.value for r in allowed))})."
    )
