"""What a user is told at unlock about the failed logins reported then (``login_report``):
its own module so that ``Vault`` can name the report without importing the unlock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from migdesk.messages import Message, _
from migdesk.vault.login_guard import UNKNOWN_NAMES, NameRecord


@dataclass(frozen=True)
class LoginReport:
    """The failures reported at this unlock: under the user's own name, and (to an
    administrator) under names that are no active user's."""

    own: NameRecord | None
    strangers: dict[str, NameRecord]

    def notice(self) -> Message:
        """What the user is told, in the current interface language."""
        notices: list[Message] = []
        if self.own is not None:
            notices.append(own_notice(self.own))
        if self.strangers:
            notices.append(unknown_names_notice(self.strangers))
        return Message("\n", "\n").join(notices)  # one paragraph each


def local_moment(moment: datetime) -> str:
    """ДД.ММ.ГГГГ ЧЧ:ММ in the workstation's local time (DESIGN: dates are local)."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def own_notice(record: NameRecord) -> Message:
    return _(
        "С вашего последнего входа неудачных попыток входа под вашим именем: {count}, "
        "последняя — {last}. Если это были не вы, сообщите администратору."
    ).format(count=record.count, last=local_moment(record.last))


def unknown_names_notice(records: dict[str, NameRecord]) -> Message:
    notices: list[Message] = []
    unknown = records.get(UNKNOWN_NAMES)
    if unknown is not None:
        notices.append(
            _(
                "Неудачные попытки входа под именами, которых нет среди пользователей "
                "хранилища: {count}, последняя — {last}. Сами имена не записываются: в поле "
                "имени мог быть набран пароль. Записано в журнал аудита."
            ).format(count=unknown.count, last=local_moment(unknown.last))
        )
    named = {name: record for name, record in records.items() if name != UNKNOWN_NAMES}
    if named:
        items = Message("; ", "; ").join(
            _("«{name}» — {count}, последняя — {last}").format(
                name=name, count=record.count, last=local_moment(record.last)
            )
            for name, record in sorted(named.items())
        )
        notices.append(
            _(
                "Неудачные попытки входа под именами, которых нет среди пользователей "
                "хранилища: {names}. Записано в журнал аудита."
            ).format(names=items)
        )
    return Message("\n", "\n").join(notices)
