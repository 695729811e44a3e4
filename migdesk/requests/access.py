"""Who may see and work on requests (Art. 11.1) and who may sign them (Art. 9.3), from the
roles of ``migdesk.security.roles``. The one place to tighten these rules."""

from __future__ import annotations

from sqlalchemy.orm import Session

from migdesk.errors import NotFound, PermissionDenied
from migdesk.messages import _
from migdesk.models import Request, Signatory
from migdesk.security import four_eyes as four_eyes_setting
from migdesk.security.roles import Role

# Roles that handle the substance of cooperation; administrators and couriers do not.
WORKING_ROLES = frozenset({Role.OFFICER.value, Role.SUPERVISOR.value})
REGISTRY_ROLES = frozenset({Role.ADMINISTRATOR.value, Role.SUPERVISOR.value})


Roles = str | frozenset[str] | None  # as stored ("administrator,officer") or as a set


def roles_of(role: Roles) -> frozenset[str]:
    if role is None:
        return frozenset()
    return frozenset(role.split(",")) if isinstance(role, str) else role


def is_supervisor(role: Roles) -> bool:
    return Role.SUPERVISOR.value in roles_of(role)


def is_working(role: Roles) -> bool:
    return bool(roles_of(role) & WORKING_ROLES)


def may_sign_as(
    user: str,
    role: Roles,
    signatory_user: str | None,
    *,
    four_eyes: bool = False,
    author: str | None = None,
) -> bool:
    """Art. 9.3: a signatory signs under their own account; a supervisor signs for any
    signatory on the list. Under four eyes (issue 13, item 5; the vault's default, see
    ``security.four_eyes``) only the user bound to the signatory signs, and never what they
    wrote (``author``). The one rule behind signing a request, signing a document and what
    the screens offer."""
    if four_eyes:
        return signatory_user == user and author != user
    return signatory_user == user or is_supervisor(role)


def signing_refusal(
    user: str,
    role: Roles,
    signatory_user: str | None,
    signatory_name: str,
    *,
    four_eyes: bool,
    author: str | None = None,
) -> str | None:
    """Why ``may_sign_as`` says no, as a sentence for the user; ``None`` when it says yes."""
    if may_sign_as(user, role, signatory_user, four_eyes=four_eyes, author=author):
        return None
    if not four_eyes:
        return _(
            "Подписывать может руководитель или сам уполномоченный подписант "
            "(п.\u00a03 ст.\u00a09)."
        )
    if signatory_user != user:
        bound = (
            _("пользователь {signatory_user}").format(signatory_user=signatory_user)
            if signatory_user
            else _("никто не закреплён")
        )
        return _(
            "Подписать за {signatory_name} может только пользователь, "
            "закреплённый за этим подписантом (сейчас: {bound}; п.\u00a03 ст.\u00a09, "
            "правило «четырёх глаз»)."
        ).format(signatory_name=signatory_name, bound=bound)
    return _(
        "Автор запроса не может его подписать: запрос подписывает другой "
        "пользователь — уполномоченный подписант (п.\u00a03 ст.\u00a09, правило "
        "«четырёх глаз»)."
    )


def check_signer(
    session: Session, signatory: Signatory, user: str, role: Roles, *, author: str | None
) -> None:
    """``may_sign_as`` with the vault's four-eyes setting; refuses with the reason."""
    reason = signing_refusal(
        user,
        role,
        signatory.user,
        signatory.full_name,
        four_eyes=four_eyes_setting.enabled(session),
        author=author,
    )
    if reason is not None:
        raise PermissionDenied(reason)


def can_see_request(user: str, role: Roles, request: Request) -> bool:
    """The fact of a request is confidential: only those working on it see it.

    For now: the user who created or registered it, users assigned to it, and supervisors.
    Administrators manage the vault, not its contents, and never see requests (one who is
    also an officer sees what that officer would).
    """
    roles = roles_of(role)
    if Role.SUPERVISOR.value in roles:
        return True
    if Role.OFFICER.value not in roles:
        return False
    return request.created_by == user or any(a.user == user for a in request.assignees)


def not_found(request_id: str) -> NotFound:
    # The same message whether the request is absent or hidden: hiding must not reveal it.
    return NotFound(_("Запрос «{request_id}» не найден.").format(request_id=request_id))


def require_working_role(role: Roles) -> None:
    if not is_working(role):
        raise PermissionDenied(
            _(
                "Недостаточно прав: запросы и сведения по Соглашению ведут "
                "сотрудники и руководители (officer, supervisor)."
            )
        )


def require_registry_role(role: Roles) -> None:
    if not roles_of(role) & REGISTRY_ROLES:
        raise PermissionDenied(
            _(
                "Недостаточно прав: реестры компетентных органов, подписантов и "
                "журналов ведут администратор и руководитель (administrator, "
                "supervisor)."
            )
        )
