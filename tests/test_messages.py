"""``migdesk.messages``: the language chosen at start-up, translation now and at lookup, the
Russian text kept for ``--json`` and documents."""

from __future__ import annotations

import copy
import pickle
import threading

from migdesk import messages
from migdesk.errors import InvalidInput, ValidationFailed
from migdesk.messages import N_, _, lazy_table, russian, russian_data, set_language


def test_migdesk_lang_then_the_locale_then_russian() -> None:
    choose = messages.startup_language
    assert choose({"MIGDESK_LANG": "kk", "LANG": "en_US.UTF-8"}) == "kk"
    assert choose({"LC_ALL": "hy_AM.UTF-8", "LANG": "en_US.UTF-8"}) == "hy"
    assert choose({"LC_MESSAGES": "en_GB", "LANG": "kk_KZ"}) == "en"
    assert choose({"LANG": "en_US.UTF-8"}) == "en"
    assert choose({"LANG": "C.UTF-8"}) == "ru"  # the first one set decides
    assert choose({"MIGDESK_LANG": "de"}) == "ru"  # unknown: the Agreement's language
    assert choose({}) == "ru"


def test_a_message_is_translated_and_remembers_its_russian() -> None:
    set_language("en")
    text = _("Запись {id} сохранена (версия {revision})").format(id="p1", revision=3)
    assert text == "Record p1 saved (version 3)"
    assert text.ru == "Запись p1 сохранена (версия 3)"
    assert russian_data({"warnings": [text]}) == {"warnings": ["Запись p1 сохранена (версия 3)"]}
    set_language("ru")
    assert _("Запись {id} сохранена (версия {revision})").format(id="p1", revision=3) == text.ru


def test_a_lazy_table_translates_when_it_is_read() -> None:
    table = lazy_table({"probable": N_("вероятно то же лицо")})
    set_language("ru")
    assert table["probable"] == "вероятно то же лицо"
    set_language("en")
    assert table["probable"] == "probably the same person"
    assert table.get("unknown", "unknown") == "unknown"


def test_documents_ask_for_russian_in_their_own_thread_only() -> None:
    set_language("en")
    seen: list[str] = []
    with russian():
        seen.append(_("одно лицо"))
        worker = threading.Thread(target=lambda: seen.append(_("одно лицо")))
        worker.start()
        worker.join()
    seen.append(_("одно лицо"))
    assert seen == ["одно лицо", "one person", "one person"]


def test_errors_speak_the_language_and_keep_the_russian() -> None:
    set_language("en")
    error = ValidationFailed({"a": _("неизвестное поле")}, {"a": "A"})
    assert str(error) == "Record not saved: A: unknown field"
    assert error.russian == "Запись не сохранена: A: неизвестное поле"
    assert InvalidInput("plain").russian == "plain"


def test_an_untranslated_message_falls_back_to_russian() -> None:
    set_language("hy")
    assert _("Сообщение, которого нет в каталоге") == "Сообщение, которого нет в каталоге"


def test_a_message_survives_copying() -> None:
    set_language("en")
    message = _("одно лицо")
    for copied in (copy.deepcopy({"m": message})["m"], pickle.loads(pickle.dumps(message))):
        assert (copied, copied.ru) == ("one person", "одно лицо")


def test_a_number_takes_its_russian_form_and_each_language_its_own() -> None:
    from migdesk.security.password_policy import problem

    def short(length: int) -> str:
        refused = problem("ab", min_length=length)
        assert refused is not None
        return str(refused.args[0])

    set_language("ru")
    assert short(21).endswith("не меньше 21 символа.")  # not «21 символов»
    assert short(10).endswith("не меньше 10 символов.")
    assert short(22).endswith("не меньше 22 символов.")
    assert short(11).endswith("не меньше 11 символов.")
    assert short(31).endswith("не меньше 31 символа.")
    years = "Срок хранения по умолчанию: {years} год."
    forms = {
        n: messages.ngettext(years, "… {years} лет.", n, few="… {years} года.")
        for n in (1, 3, 5, 11, 21, 22, 112)
    }
    assert forms[1] == forms[21] == years  # 1, 21: «год»
    assert forms[3] == forms[22] == "… {years} года."
    assert forms[5] == forms[11] == forms[112] == "… {years} лет."
    set_language("en")
    refused = problem("ab", min_length=21)
    assert refused is not None and str(refused.args[0]).endswith(
        "at least 21 characters are needed."
    )
    assert refused.args[0].ru.endswith("не меньше 21 символа.")  # --json: the Russian form
    set_language("ru")
