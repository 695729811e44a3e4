"""Roles (DESIGN.md) and the permissions each role has over person records, bundles and
administration. Rules that depend on a request itself (who sees it, who signs it) build on
these roles in ``migdesk.requests.access``; screens ask ``migdesk.office.access``."""

from __future__ import annotations

from enum import StrEnum

from migdesk.errors import PermissionDenied
from migdesk.messages import N_, _, lazy_table


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    COURIER = "courier"


ROLE_LABELS = lazy_table(
    {
        Role.OFFICER: N_("сотрудник"),
        Role.SUPERVISOR: N_("руководитель"),
        Role.ADMINISTRATOR: N_("администратор"),
        Role.COURIER: N_("курьер"),
    }
)


class Permission(StrEnum):
    PERSON_READ = "person_read"
    PERSON_WRITE = "person_write"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    RETENTION_VIEW = "retention_view"
    DESTROY_RECORDS = "destroy_records"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_BACKUPS = "manage_backups"
    EXPORT_BUNDLES = "export_bundles"
    IMPORT_BUNDLES = "import_bundles"
    MANAGE_KEYS = "manage_keys"
    MERGE_RECORDS = "merge_records"
    DECIDE_CONSENTS = "decide_consents"


_OFFICE = frozenset({Role.OFFICER, Role.SUPERVISOR})

# Four eyes: officers enter data, supervisors review; administrators run the workstation and
# do not see person records unless they also hold an office role.
GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.PERSON_READ: _OFFICE,
    Permission.PERSON_WRITE: frozenset({Role.OFFICER}),
    Permission.MANAGE_USERS: frozenset({Role.ADMINISTRATOR}),
    Permission.VIEW_AUDIT: frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}),
    Permission.RETENTION_VIEW: _OFFICE,
    Permission.DESTROY_RECORDS: frozenset({Role.SUPERVISOR}),
    Permission.MANAGE_SETTINGS: frozenset({Role.ADMINISTRATOR}),
    Permission.MANAGE_BACKUPS: frozenset({Role.ADMINISTRATOR}),
    Permission.EXPORT_BUNDLES: frozenset({Role.OFFICER}),
    Permission.IMPORT_BUNDLES: frozenset({Role.OFFICER}),
    Permission.MANAGE_KEYS: frozenset({Role.ADMINISTRATOR}),
    Permission.MERGE_RECORDS: frozenset({Role.SUPERVISOR}),
    # Our answer to a partner's consent request (Art. 11.3) approves, or refuses, passing our
    # information onward: a decision of the authority, like approving a disclosure (DESIGN.md).
    Permission.DECIDE_CONSENTS: frozenset({Role.SUPERVISOR}),
}

PERMISSION_LABELS = lazy_table(
    {
        Permission.PERSON_READ: N_("просмотр записей о лицах"),
        Permission.PERSON_WRITE: N_("ввод и изменение записей о лицах"),
        Permission.MANAGE_USERS: N_("управление пользователями"),
        Permission.VIEW_AUDIT: N_("просмотр журнала аудита"),
        Permission.RETENTION_VIEW: N_("просмотр сроков хранения"),
        Permission.DESTROY_RECORDS: N_("уничтожение сведений"),
        Permission.MANAGE_SETTINGS: N_("настройки хранилища"),
        Permission.MANAGE_BACKUPS: N_("резервное копирование и восстановление"),
        Permission.EXPORT_BUNDLES: N_("выгрузка пакетов обмена"),
        Permission.IMPORT_BUNDLES: N_("загрузка пакетов обмена"),
        Permission.MANAGE_KEYS: N_("ключи и сертификаты органов"),
        Permission.MERGE_RECORDS: N_("объединение записей о лицах"),
        Permission.DECIDE_CONSENTS: N_("ответ на запрос согласия на передачу сведений"),
    }
)

# The account created with a new vault runs it and, so that a fresh workstation is usable
# at once, also enters data. Administrators added later get only the roles they are given.
FOUNDER_ROLES = (Role.ADMINISTRATOR, Role.OFFICER)


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise PermissionDenied(
            _("Неизвестная роль «{text}»; допустимы: {allowed}.").format(text=text, allowed=allowed)
        ) from None


def parse_roles(text: str) -> tuple[Role, ...]:
    """``"officer,supervisor"`` → roles in a stable order, duplicates removed."""
    roles = {parse_role(part.strip()) for part in text.split(",") if part.strip()}
    if not roles:
        raise PermissionDenied(_("Не указана роль пользователя."))
    return tuple(r for r in Role if r in roles)


def format_roles(roles: tuple[Role, ...]) -> str:
    return ",".join(r.value for r in roles)


def has(roles: frozenset[str], permission: Permission) -> bool:
    return any(r.value in roles for r in GRANTS[permission])


def require(roles: frozenset[str] | str | None, permission: Permission) -> None:
    """Raise ``PermissionDenied`` naming the role(s) needed when ``roles`` lack ``permission``."""
    if isinstance(roles, str):
        roles = frozenset(roles.split(","))
    allowed = GRANTS[permission]
    if roles is not None and has(roles, permission):
        return
    if not roles:
        # Every user has a role: none means the account was removed or disabled while this
        # session was open. «Требует роли сотрудник» would send an officer to ask for one.
        raise PermissionDenied(
            _(
                "Недостаточно прав: ваша учётная запись удалена или отключена "
                "администратором. Обратитесь к администратору или войдите под "
                "действующей учётной записью."
            )
        )
    needed = _(" или ").join(ROLE_LABELS[r] for r in sorted(allowed))
    raise PermissionDenied(
        _("Недостаточно прав: «{permission}» требует роли {needed} ({codes}).").format(
            permission=PERMISSION_LABELS[permission],
            needed=needed,
            codes=", ".join(sorted(r.value for r in allowed)),
        )
    )
