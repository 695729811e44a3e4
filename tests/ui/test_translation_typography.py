"""Kazakh and Armenian read as an officer writes them: the Agreement's articles cited in the
glossary's form, Armenian punctuation, «ёлочки», and no word of another script left in.

Scanned: every finished translation of ``translations/migdesk_{kk,hy}.ts`` (the windows) and
``translations/messages/{kk,hy}.po`` (the domain's and the CLI's messages); see
``translations/glossary.csv`` for the terms and ``translations/README.md`` for the rules.
"""

from __future__ import annotations

import re

import pytest

from tests.ui.test_translation_terms import Text, catalog_texts

NB = "[ \u00a0]"  # a reference is held to its number by a no-break space (test_reference_spaces)
CITED_POINT = re.compile(rf"(?<![\w.])п\.{NB}(\d+){NB}ст\.{NB}(\d+)(?![\d.])")  # п. 2 ст. 11
CITED_DOTTED = re.compile(rf"(?<![\w.])ст\.{NB}(\d+)\.(\d+)")  # ст. 11.2


def _point_forms(lang: str, article: str, point: str) -> re.Pattern[str]:
    """«п. 2 ст. 11» as the glossary cites it: «11-баптың 2-тармағы», «հոդված 11, կետ 2»."""
    if lang == "kk":
        return re.compile(rf"{article}-(?:баптың|бабының){NB}{point}-тармағ")
    return re.compile(rf"հոդված{NB}{article}(?:,{NB}կետ|-ի{NB}կետ){NB}{point}(?!\d)")


def _dotted_forms(lang: str, article: str, point: str) -> re.Pattern[str]:
    """«ст. 11.2» as the Russian wrote it: «11.2-бап», «հոդված 11.2»."""
    if lang == "kk":
        return re.compile(rf"(?<![\d.]){article}\.{point}(?:,{NB}\d+\.\d+)*-бап")
    return re.compile(rf"հոդված(?:ներ)?{NB}(?:\d+\.\d+,{NB})*{article}\.{point}")


def citation_problems(lang: str, texts: list[Text]) -> list[tuple[str, str, str]]:
    problems = []
    for t in texts:
        for pattern, forms in ((CITED_POINT, _point_forms), (CITED_DOTTED, _dotted_forms)):
            for match in pattern.finditer(t.source):
                first, second = match.groups()
                article, point = (second, first) if pattern is CITED_POINT else (first, second)
                if not forms(lang, article, point).search(t.text):
                    problems.append((match.group(0), t.source, t.text))
    return problems


def test_the_citation_check_finds_a_point_cited_in_another_form() -> None:
    source = "Использовать только в целях (п.\u00a02 ст.\u00a011)."
    drifted = [Text("messages", source, "", "Тек мақсаттарда пайдаланыңыз (11.2-бап).")]
    assert [p[0] for p in citation_problems("kk", drifted)] == ["п.\u00a02 ст.\u00a011"]
    kept = [Text("messages", source, "", "Тек мақсаттарда пайдаланыңыз (11-баптың 2-тармағы).")]
    assert citation_problems("kk", kept) == []
    armenian = [Text("messages", source, "", "Միայն նպատակներով (հոդված\u00a011, կետ\u00a02)։")]
    assert citation_problems("hy", armenian) == []
    swapped = [Text("messages", source, "", "Միայն նպատակներով (հոդված\u00a02, կետ\u00a011)։")]
    assert len(citation_problems("hy", swapped)) == 1


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_articles_are_cited_in_the_glossary_form(lang: str) -> None:
    """The attachment's warning cited «(п. 2 ст. 11)» as «(11.2-бап)», «(հոդված 11.2)»."""
    assert citation_problems(lang, catalog_texts(lang)) == []


# ---- Armenian punctuation ----------------------------------------------------------------

ABBREVIATED_END = re.compile(r"(?<!\w)(?:дн|мин|г|тыс)\.$")  # «{days} дн.» is «{days} օր»
ARMENIAN_LETTER = "\u0531-\u0556\u0561-\u0587"
MARK_OFF_A_WORD = re.compile(rf"(?<![{ARMENIAN_LETTER}])[՞՛՜]")


def armenian_punctuation_problems(texts: list[Text]) -> list[tuple[str, str]]:
    """Armenian ends a sentence with «։» (not «.»), puts «՞» (question) and «՛» (stress) on
    the word they belong to, has no «?» or «!», and writes its mijaket (the colon's and
    semicolon's «.») in one way."""
    problems = []
    for t in texts:
        source, text = t.source.rstrip(), t.text.rstrip()
        sentence = source.endswith((".", "?")) and not ABBREVIATED_END.search(source)
        if sentence and not text.endswith(("։", "…")):
            problems.append(("sentence end", text))
        if "?" in text or "!" in text:
            problems.append(("Latin ? or !", text))
        if MARK_OFF_A_WORD.search(text):
            problems.append(("՞ or ՛ off a word", text))
        if "\u2024" in text:  # the mijaket is «.» here, as the Armenian keyboard types it
            problems.append(("mijaket as U+2024", text))
    return problems


def test_the_armenian_check_finds_latin_punctuation() -> None:
    def texts(source: str, text: str) -> list[Text]:
        return [Text("messages", source, "", text)]

    assert armenian_punctuation_problems(texts("Сохранить?", "Պահպանե՞լ։")) == []
    assert armenian_punctuation_problems(texts("Ждём {days} дн.", "{days} օր")) == []
    assert armenian_punctuation_problems(texts("Готово.", "Պատրաստ է.")) == [
        ("sentence end", "Պատրաստ է.")
    ]
    assert [p[0] for p in armenian_punctuation_problems(texts("Сохранить?", "Պահպանել?"))] == [
        "sentence end",
        "Latin ? or !",
    ]
    assert armenian_punctuation_problems(texts("Удалить", "Ջնջել ՞")) == [
        ("՞ or ՛ off a word", "Ջնջել ՞")
    ]
    assert armenian_punctuation_problems(texts("Роль: да", "Դեր\u2024 այո")) == [
        ("mijaket as U+2024", "Դեր\u2024 այո")
    ]


def test_armenian_punctuation_is_armenian() -> None:
    assert armenian_punctuation_problems(catalog_texts("hy")) == []


# The article «-ը» becomes «-ն» before a word that begins with a vowel: «փաթեթն ամբողջական է»,
# «որն այս պահոցում չկա», not «փաթեթը ամբողջական», «որը այս». «Ընդամենը» is an adverb.
ARTICLE_BEFORE_VOWEL = re.compile(
    rf"(?:(?<![{ARMENIAN_LETTER}])(?![Ըը]նդամենը)[{ARMENIAN_LETTER}]+|\S-)ը (?:[աէըիօ]|ու)"
)


def test_the_article_check_finds_ը_before_a_vowel() -> None:
    assert ARTICLE_BEFORE_VOWEL.search("Փաթեթը ամբողջական է")
    assert ARTICLE_BEFORE_VOWEL.search("փաթեթը է")
    assert not ARTICLE_BEFORE_VOWEL.search("Փաթեթն ամբողջական է")
    assert not ARTICLE_BEFORE_VOWEL.search("Փաթեթը ստուգված է")
    assert not ARTICLE_BEFORE_VOWEL.search("Ընդամենը անձինք")
    assert ARTICLE_BEFORE_VOWEL.search("name_lines-ը անվանման")  # after a Latin name too
    assert not ARTICLE_BEFORE_VOWEL.search("{sender}-ը հաստատում է")


def test_the_armenian_article_takes_ն_before_a_vowel() -> None:
    """Nine windows' and eleven messages' texts wrote «-ը» before a vowel, «կատարմանը առանց»."""
    wrong = [t.text for t in catalog_texts("hy") if ARTICLE_BEFORE_VOWEL.search(t.text)]
    assert wrong == []


# ---- quotes and scripts ------------------------------------------------------------------

JSON_SHAPE = re.compile(r"\{[^{}]*\}")  # {"id", "role"}: an example of JSON, quoted as JSON


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_quotes_are_yolochki(lang: str) -> None:
    """Kazakh and Armenian quote with «…», paired as in the Russian."""
    wrong = [
        t.text
        for t in catalog_texts(lang)
        if re.search(r"[\"“”„‘’]", JSON_SHAPE.sub("", t.text))
        or t.text.count("«") != t.text.count("»")
        or t.text.count("«") != t.source.count("«")
    ]
    assert wrong == []


PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%L?\d|%n|<[^<>]*>")
LETTERS = {  # of each script, as a character class
    "Cyrillic": "[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]",
    "Armenian": f"[{ARMENIAN_LETTER}]",
    "Latin": "[A-Za-z0-9]",  # «p12», «SHA256»: a Latin word may hold digits
}
FOREIGN = {"kk": ("Armenian", "Latin"), "hy": ("Cyrillic", "Latin")}


def foreign_words(lang: str, texts: list[Text]) -> list[tuple[str, str]]:
    """Words of another script than the language's, unless the Russian (or, for Latin, the
    English) has them too: «ИИН» and «ГОСТ Р» in Armenian, «ՀԾՀ» in Kazakh, «PIN», «MigDesk»
    are designations kept as written; a Russian word left in a translation is not."""
    found = []
    for t in texts:
        for script in FOREIGN[lang]:
            letters = LETTERS[script]
            kept = t.source + (" " + t.english if script == "Latin" else "")
            for word in re.findall(f"{letters}+", PLACEHOLDERS.sub(" ", t.text)):
                if not word.isdigit() and not re.search(
                    f"(?<!{letters}){re.escape(word)}(?!{letters})", kept
                ):
                    found.append((word, t.text))
    return found


def test_the_script_check_finds_a_russian_word_left_in() -> None:
    left = [Text("messages", "ИИН проверен", "IIN checked", "ИИН-ը ստուգված է, ошибок нет")]
    assert foreign_words("hy", left) == [("ошибок", left[0].text), ("нет", left[0].text)]
    kept = [Text("messages", "ИИН проверен", "IIN checked", "ИИН-ը ստուգված է")]
    assert foreign_words("hy", kept) == []


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_no_word_of_another_script_is_left_in(lang: str) -> None:
    assert foreign_words(lang, catalog_texts(lang)) == []
