"""What every command needs: arguments common to all, credentials, the vault, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from migdesk.cli import interrupt
from migdesk.errors import MigDeskError, WeakPassword
from migdesk.messages import Message, _, russian_data
from migdesk.paths import default_vault_path

if TYPE_CHECKING:  # the vault pulls in SQLAlchemy and Alembic: not for ``--help``
    from migdesk.vault import Vault

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_VAULT = 0, 1, 2, 3
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class UsageError(MigDeskError):
    exit_code = EXIT_USAGE


def option_day(text: str | None, option: str) -> date | None:
    """The date an option gives, exactly ГГГГ-ММ-ДД as its help says (Python would also take
    «20260101» or «2026-W01-1»); ``None`` when the option was not given."""
    if text is None:
        return None
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError(_("{option}: нужна дата ГГГГ-ММ-ДД.").format(option=option))


def common_options(*, password_file: bool = True) -> argparse.ArgumentParser:
    """Options accepted before or after the command name (``--json`` at the end is common).

    Commands whose own ``--password-file`` means a *new* user's password take the current
    user's password from before the command name or from the environment instead."""
    parent = argparse.ArgumentParser(add_help=False)
    sup = argparse.SUPPRESS
    parent.add_argument(
        "--vault",
        type=Path,
        default=sup,
        help=_("файл хранилища (по умолчанию $MIGDESK_VAULT или каталог данных)"),
    )
    parent.add_argument("--user", default=sup, help=_("пользователь (по умолчанию $MIGDESK_USER)"))
    if password_file:
        parent.add_argument(
            "--password-file",
            type=Path,
            default=sup,
            help=_("файл с паролем (иначе $MIGDESK_PASSWORD или запрос в терминале)"),
        )
    parent.add_argument(
        "--json", action="store_true", default=sup, help=_("машиночитаемый вывод JSON")
    )
    return parent


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self.vault_path: Path = getattr(args, "vault", None) or default_vault_path()
        self._vault: Vault | None = None
        # What a Ctrl-C leaves of the work, said in the answer to it (``interrupted``); a
        # command whose cleanup does more than roll back sets its own (export: the partial
        # bundle removed).
        self.on_interrupt: Message = _("Прервано; изменения не сохранены.")
        self.answered = False  # the command's answer was written (``emit``)

    # --- credentials -------------------------------------------------------------------------

    def user(self) -> str:
        user = getattr(self.args, "user", None) or os.environ.get("MIGDESK_USER")
        if not user:
            raise UsageError(_("Не задан пользователь: укажите $MIGDESK_USER или --user."))
        return str(user)

    def password(self, *, confirm: bool = False) -> str:
        path: Path | None = getattr(self.args, "password_file", None)
        if path is not None:
            return read_password_file(path)
        env = os.environ.get("MIGDESK_PASSWORD")
        if env:
            return env
        return prompt_password(_("Пароль: "), confirm=confirm)

    # --- vault -------------------------------------------------------------------------------

    def vault(self) -> Vault:
        if self._vault is None:
            from migdesk.errors import LoginThrottled
            from migdesk.office.password_rule import notice_due
            from migdesk.vault.login_guard import FailedLogins
            from migdesk.vault.login_report import open_guarded

            try:
                # Before the password is asked for: a refused attempt asks for nothing.
                FailedLogins(self.vault_path.expanduser()).check(self.user())
                self._vault = open_guarded(self.vault_path, self.user(), self.password(), "cli")
            except LoginThrottled as exc:
                if self.json and not self.answered:
                    self.emit(
                        {
                            "status": "refused",
                            "reason": "throttled",
                            "seconds": exc.seconds,
                            "message": exc.args[0],
                        }
                    )
                raise
            if self._vault.migrated is not None:
                # On stderr: stdout stays the command's own output (--json).
                print(self._vault.migrated.notice(), file=sys.stderr)
            if self._vault.login_report is not None:
                print(self._vault.login_report.notice(), file=sys.stderr)  # stdout unchanged
            if self._vault.password_falls_short and notice_due(self._vault):
                # One line, on stderr (stdout is the command's answer), once a day: a script
                # calling the CLI a hundred times is told once. The old password works.
                print(password_notice_line(self._vault.user), file=sys.stderr)
        return self._vault

    def forget_vault(self) -> None:
        """The vault was closed by the command itself (rekey, restore)."""
        self._vault = None

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    # --- input and output ----------------------------------------------------------------------

    def read_json(self, source: str) -> Any:
        try:
            raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise MigDeskError(
                _("Не удалось прочитать файл «{source}».").format(source=source)
            ) from exc
        except UnicodeDecodeError as exc:
            raise MigDeskError(_("Входные данные не в кодировке UTF-8.")) from exc
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise MigDeskError(
                _("Неверный JSON: строка {lineno}, столбец {colno}.").format(
                    lineno=exc.lineno, colno=exc.colno
                )
            ) from exc

    def emit(self, data: Any, human: str | None = None) -> None:
        with interrupt.holding():  # a Ctrl-C meanwhile never cuts the answer in half
            if self.json:
                # The same JSON in every interface language: texts in it stay Russian.
                text = json.dumps(russian_data(data), ensure_ascii=False, indent=2, default=str)
                sys.stdout.write(text + "\n")
                sys.stdout.flush()
            elif human is not None:
                print(human)
            self.answered = True

    def interrupted(self) -> int:
        """The answer to Ctrl-C, once the work unwound (rolled back, partial files removed):
        the reason a cancelled import or export gives, as JSON with ``--json`` (unless the
        command had answered already), and a line on stderr; exit code 130."""
        if self.json and not self.answered:
            self.emit(
                {"status": "cancelled", "reason": interrupt.REASON, "message": self.on_interrupt}
            )
        print(self.on_interrupt, file=sys.stderr)
        return interrupt.EXIT_INTERRUPTED

    def warn(self, message: str) -> None:
        print(_("Предупреждение: {message}").format(message=message), file=sys.stderr)


@contextlib.contextmanager
def refusing_weak_password(ctx: Context) -> Iterator[None]:
    """A new password the rule refuses: the message on stderr (exit 1) and, with ``--json``,
    ``{"status": "refused", "reason": "password_too_short"|…, "message"}`` on stdout, as
    other refusals give it. Nothing was written."""
    try:
        yield
    except WeakPassword as exc:
        if ctx.json:
            ctx.emit({"status": "refused", "reason": exc.reason, "message": exc.args[0]})
        raise


def password_notice_line(user: str) -> str:
    return _(
        "Внимание: ваш пароль не отвечает действующему правилу паролей; смените его: "
        "migdesk-cli user passwd {user}"
    ).format(user=user)


def read_password_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(_("Не удалось прочитать файл пароля «{path}».").format(path=path)) from exc
    return text.rstrip("\r\n")


def prompt_password(prompt: str, *, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            _("Не задан пароль: $MIGDESK_PASSWORD, --password-file или ввод в терминале.")
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Повторите пароль: ")) != first:
        raise UsageError(_("Пароли не совпадают."))
    return first


def fail(message: str, code: int = EXIT_REFUSED) -> NoReturn:
    print(message, file=sys.stderr)
    raise SystemExit(code)
