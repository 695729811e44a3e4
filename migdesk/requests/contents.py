"""What a message must contain (Art. 8, 9.2, 9.5) and who may be named in it; problems are
collected by field path so a form can show each next to its field."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import Person, User
from migdesk.requests.access import is_working
from migdesk.requests.authorities import own_country, view_in
from migdesk.requests.checks import Problems
from migdesk.requests.records import AttachmentInput, DraftInput, IncomingInput
from migdesk.requests.vocab import INFO_CATEGORIES, KINDS

MAX_ATTACHMENT = 50 * 1024 * 1024  # a file attached here: read into memory to store it
# A file received in a bundle is stored in pieces as it streams (issue #14); the limit only
# keeps one file within what a workstation can hold and copy to a stick.
MAX_RECEIVED_ATTACHMENT = 2 * 1024**3


def check_contents(
    session: Session,
    problems: Problems,
    *,
    kind: str,
    substance: str,
    purpose: str | None,
    justification: str | None,
    cover_text: str | None,
    related: str | None,
    persons: list[str],
    categories: list[str],
    assignees: list[str],
    attachments: list[AttachmentInput],
) -> None:
    if kind not in KINDS:
        problems.add("kind", _("ожидается request, information или confirmation"))
    what = _("п. 2 ст. 9") if kind == "request" else _("обязательно")
    problems.required("substance", substance, what)
    if kind == "request":
        problems.required("purpose", purpose, _("п. 2 ст. 9"))
        problems.required("justification", justification, _("п. 2 ст. 9"))
    if kind == "information":
        problems.required("cover_text", cover_text, _("ст. 8"))
    if kind == "confirmation":
        problems.required("related", related, _("п. 5 ст. 9"))
    for index, code in enumerate(categories):
        if code not in INFO_CATEGORIES:
            problems.add(
                f"categories[{index}]",
                _("«{code}» не категория ст. 5; допустимы: ").format(code=code)
                + ", ".join(INFO_CATEGORIES),
            )
    check_persons(session, problems, "persons", persons)
    for index, name in enumerate(assignees):
        user = session.get(User, name)
        if user is None or not user.active or not is_working(user.role):
            problems.add(
                f"assignees[{index}]",
                _("«{name}» не сотрудник и не руководитель").format(name=name),
            )
    for index, item in enumerate(attachments):
        if not item.name.strip() or not item.mime.strip():
            problems.add(f"attachments[{index}]", _("нужны имя файла и тип содержимого"))
        elif item.received is not None:
            if not item.size or item.size > MAX_RECEIVED_ATTACHMENT:
                problems.add(f"attachments[{index}]", _("пустой файл или больше 2 ГБ"))
        elif not item.data or len(item.data) > MAX_ATTACHMENT:
            problems.add(f"attachments[{index}]", _("пустой файл или больше 50 МБ"))


def check_persons(session: Session, problems: Problems, path: str, ids: list[str]) -> None:
    if not ids:
        return
    known = set(session.scalars(select(Person.id).where(Person.id.in_(ids))))
    for index, person_id in enumerate(ids):
        if person_id not in known:
            problems.add(
                f"{path}[{index}]",
                _("лицо «{person_id}» не найдено в хранилище").format(person_id=person_id),
            )
    if len(set(ids)) != len(ids):
        problems.add(path, _("лицо указано дважды"))


def check_pair(
    session: Session, problems: Problems, from_code: str, to_code: str, day: date, ours: str
) -> None:
    """Both authorities competent on ``day``, on different sides, ours on our side."""
    views = {}
    for path, code in (("from", from_code), ("to", to_code)):
        if not code:
            continue
        try:
            views[path] = view_in(session, code, day)
        except InvalidInput:
            problems.add(
                path, _("компетентный орган «{code}» не найден в реестре (ст. 2)").format(code=code)
            )
            continue
        if not views[path].active_on(day):
            successor = views[path].successor
            hint = _("; его заменил «{successor}»").format(successor=successor) if successor else ""
            problems.add(
                path,
                _("«{code}» не является компетентным органом на {day}{hint}").format(
                    code=code, day=day, hint=hint
                ),
            )
    if len(views) == 2 and views["from"].country == views["to"].country:
        problems.add("to", _("запрос направляется компетентному органу другой Стороны"))
    country = own_country(session)
    if country is not None and ours in views and views[ours].country != country:
        problems.add(ours, _("должен быть компетентным органом своей Стороны"))


def check_message(
    session: Session, problems: Problems, message: DraftInput | IncomingInput
) -> None:
    """The contents of an outgoing draft or a registered incoming message (one rule set)."""
    check_contents(
        session,
        problems,
        kind=message.kind,
        substance=message.substance,
        purpose=message.purpose,
        justification=message.justification,
        cover_text=message.cover_text,
        related=message.related,
        persons=message.persons,
        categories=message.categories,
        assignees=message.assignees,
        attachments=message.attachments,
    )
