"""Which module registers each top-level command of ``migdesk-cli``, and its one-line help.

The table lets ``migdesk-cli --help`` and ``--version`` answer without importing any command
module (they pull in SQLAlchemy, Alembic, pyHanko, reportlab, jsonschema: seconds of CPU),
and a command import only its own module. It must stay equal to what the modules register:
``tests/cli/test_cli_startup.py`` compares it with the real parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from migdesk.messages import N_


class Command(NamedTuple):
    name: str
    module: str  # under ``migdesk.cli``
    help: str


# In the order ``--help`` lists them (the order the modules are registered in).
COMMANDS: tuple[Command, ...] = (
    Command("init", "vault_cmds", N_("создать новое хранилище и его администратора")),
    Command("lock", "vault_cmds", N_("заблокировать: забыть запомненный вход на этом компьютере")),
    Command("person", "person_cmds", N_("записи о лицах (ст.\u00a06)")),
    Command("demo", "demo_cmd", N_("заполнить хранилище синтетическими данными")),
    Command("user", "user_cmds", N_("пользователи и их ключи")),
    Command("audit", "audit_cmds", N_("журнал аудита")),
    Command("retention", "retention_cmds", N_("сроки хранения")),
    Command("destroy", "retention_cmds", N_("уничтожить запись и составить акт (руководитель)")),
    Command("backup", "backup_cmds", N_("зашифрованная резервная копия в каталог")),
    Command("restore", "backup_cmds", N_("восстановить хранилище из резервной копии")),
    Command("rekey", "backup_cmds", N_("сменить ключ шифрования хранилища (администратор)")),
    Command("bundle", "bundle_cmds", N_("пакеты обмена (ст.\u00a08, 9)")),
    Command("authority", "request_cmds", N_("компетентные органы (ст.\u00a02)")),
    Command("signatory", "request_cmds", N_("уполномоченные подписанты (п.\u00a03, 4 ст.\u00a09)")),
    Command("request", "request_cmds", N_("запросы (ст.\u00a08–10)")),
    Command("keys", "keys_cmds", N_("ключи и сертификаты своего органа")),
    Command("doc", "doc_cmds", N_("документы на русском языке (ст.\u00a015)")),
    Command("consent", "consent_cmds", N_("согласие предоставившей стороны (ст.\u00a011.2, 11.3)")),
    Command("thematic", "thematic_cmds", N_("тематическая информация (ст.\u00a04)")),
    Command("statistics", "statistics_cmds", N_("статистические сведения (ст.\u00a03)")),
    Command("agreement", "office_cmds", N_("вступление в силу и прекращение (ст.\u00a017)")),
    Command("journal", "office_cmds", N_("журналы регистрации")),
    Command("settings", "office_cmds", N_("настройки рабочего места")),
    Command("mrz", "office_cmds", N_("машиночитаемая зона документа")),
    Command(
        "diagnostics",
        "diagnostics_cmd",
        N_("сведения для службы поддержки (без персональных данных) в файл"),
    ),
)

COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(c.module for c in COMMANDS))
_BY_NAME = {c.name: c for c in COMMANDS}

# Common options that take a value (``--vault PATH``): their value is not the command name.
VALUE_OPTIONS = ("--vault", "--user", "--password-file")


def command_word(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that argparse will take for the command name (known or
    not), or None when there is none (only options: ``--help``, ``--version``)."""
    expects_value = False
    for arg in argv:
        if expects_value:
            expects_value = False
            continue
        if arg == "--":
            return arg
        if arg.startswith("-"):
            if "=" not in arg and len(arg) > 2 and arg.startswith("--"):
                # argparse accepts unambiguous prefixes (``--pass FILE``).
                expects_value = any(option.startswith(arg) for option in VALUE_OPTIONS)
            continue
        return arg
    return None


def find_command(name: str | None) -> Command | None:
    return None if name is None else _BY_NAME.get(name)
