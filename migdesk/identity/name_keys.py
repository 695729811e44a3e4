"""Name keys for record linkage and search: one spelling for the many ways a name is written.

The same person is written «Жұмабеков» on a Kazakh document, «Жумабеков» by an officer
with a Russian keyboard, ZHUMABEKOV in the passport and JUMABEKOV in a foreign database;
«Арутюнян» is HARUTYUNYAN in an Armenian passport and ARUTYUNYAN in a Russian one. Two keys
make such spellings comparable:

* ``skeleton`` — a folded Latin form: Kazakh, Uzbek and Tajik letters become their Russian
  counterparts, Cyrillic is transliterated, and the usual differences between renderings are
  levelled (KH/H/X, ZH/J/DZH, IU/YU/U, IA/YA/A, YE/IE/E, doubled letters, the Armenian
  initial H before a vowel and the VH of Hovhannisyan, the Uzbek O'/G' and Q). Similar
  names stay similar, so a string distance on skeletons measures typing differences.
* ``phonetic_key`` — the consonant outline of a skeleton in sound classes (vowels dropped
  after the first letter, B=P=F, V=G=H=K=Q, D=T, S=Z=TS, SH=ZH=CH, M, N, L, R), so that
  Оганесян, Ованесян, Оганнисян and Hovhannisyan share one key. It is coarse on purpose:
  it only chooses which records are compared (blocking), never decides alone.

Both are pure functions of the text, cached (names repeat a lot), without Qt or database.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["phonetic_key", "skeleton", "skeleton_words"]

# Letters of Kazakh, Uzbek, Tajik, Kyrgyz Cyrillic → the Russian letter typed instead.
_NATIONAL_TO_RUSSIAN = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ў": "у",
        "ҳ": "х",
        "ӣ": "и",
        "ӯ": "у",
        "ҷ": "ж",
        "ҝ": "к",
    }
)
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
    }
)
# Uzbek Latin: o' (ў) is «у» in Russian renderings, g' (ғ) is «г»; any apostrophe-like mark.
_UZBEK_O = re.compile(r"o['`\u02bb\u02bc\u2018\u2019]")
_UZBEK_G = re.compile(r"g['`\u02bb\u02bc\u2018\u2019]")
# Rewrites on lower-case Latin, in order. Placeholders for sounds written with two letters:
# w = SH/SHCH, q = CH, c = TS, j = ZH/DZH/J, h = KH/H/X.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"q", "k"),  # Uzbek Q (қ) is К in Russian renderings
        (r"w", "v"),
        (r"x", "kh"),  # Uzbek X (х)
        (r"ph", "f"),
        (r"shch|sch", "w"),
        (r"sh", "w"),
        (r"tch|ch", "q"),
        (r"tz|ts", "c"),
        (r"dzh|dj|zh", "j"),
        (r"kh", "h"),
        (r"y", "i"),
        (r"io", "e"),  # YO/IO is Ё: YOLKIN, SOLOVYOV, PYOTR, BAKHTIYOR (Бахтиёр)
        (r"^h(?=[aeiou])", ""),  # Armenian passports: HAKOBYAN, HARUTYUNYAN, HOVHANNISYAN
        (r"(?<=[aeiou])[vg]h", "v"),  # HOVHANNISYAN ~ ОВАННИСЯН
        (r"(?<=.)i(?=[aeiou])", ""),  # IA/YA, IU/YU, IE/YE, IO after a letter: ya → a
        (r"^i(?=[aeou])", ""),  # and at the start: YERLAN/ЕРЛАН, IURII/ЮРИЙ, YAKOV/ЯКОВ
        (r"ii\b", "i"),  # -ИЙ: YURIY/IURII/YURI
        (r"(.)\1+", r"\1"),  # doubled letters: Оганнисян, Абдуллаев
    )
)
_NOT_LETTER = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r"\s+")

_SOUND_CLASS = str.maketrans(
    {
        "b": "B",
        "p": "B",
        "v": "G",
        "f": "B",
        "g": "G",
        "h": "G",
        "k": "G",
        "d": "T",
        "t": "T",
        "s": "S",
        "z": "S",
        "c": "S",
        "w": "J",
        "j": "J",
        "q": "J",
        "m": "M",
        "n": "N",
        "l": "L",
        "r": "R",
    }
)
_VOWELS = frozenset("aeiou")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _latin(word: str) -> str:
    """Lower-case Latin letters of one word, from either script."""
    text = unicodedata.normalize("NFC", word).casefold().replace("й", "и")
    text = text.translate(_NATIONAL_TO_RUSSIAN).translate(_CYRILLIC_TO_LATIN)
    text = _UZBEK_G.sub("g", _UZBEK_O.sub("u", _strip_marks(text)))
    return _NOT_LETTER.sub("", text)


@lru_cache(maxsize=16384)
def _skeleton_word(word: str) -> str:
    text = _latin(word)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


def skeleton_words(name: str | None) -> tuple[str, ...]:
    """The skeleton of each word of a name (hyphens and spaces separate words)."""
    if not name:
        return ()
    words = _SPACES.split(name.replace("-", " ").strip())
    return tuple(s for s in (_skeleton_word(w) for w in words if w) if s)


@lru_cache(maxsize=2048)
def skeleton(name: str | None) -> str:
    """Folded Latin form of a name in any script: «Жұмабеков» = "jumabekov" = ZHUMABEKOV."""
    return " ".join(skeleton_words(name))


@lru_cache(maxsize=2048)
def phonetic_key(name: str | None) -> str:
    """Sound-class outline of a name (of its first word): blocking, not a verdict."""
    words = skeleton_words(name)
    if not words:
        return ""
    word = words[0]
    out = ["A" if word[0] in _VOWELS else word[0].translate(_SOUND_CLASS)]
    for ch in word[1:]:
        if ch in _VOWELS:
            continue
        sound = ch.translate(_SOUND_CLASS)
        if sound != out[-1]:
            out.append(sound)
    return "".join(out)
