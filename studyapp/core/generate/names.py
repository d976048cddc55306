"""The shapes people's names take in news copy, beyond "First Last".

people.py reads a name as a run of capitalised words. Many names are not written that way, and a name the
run rules cannot read whole is lost: its quotes then go to "Ms O'Neill-Walsh" or to nobody. This module
knows the other shapes, so people.py can ask:

- surnames with an apostrophe and a hyphen ("O'Neill-Walsh", "D'Souza-Kimura");
- lower-case parts inside a name: Irish "Mac an tSaoir", "Ó hEochaidh", Welsh "ap Rhys", and the Romance,
  Dutch and Arabic particles ("de la", "van der", "dos", "al-") that make a name longer than four words
  without making it anything but a name;
- initials ("K. S. Ramanathan", "Rep. A. K. Venkataraman", "J.R. Castellanos") that look like an article
  ("A") or an acronym ("J.R.") to rules made for words;
- names written family name first ("Park Ji-hoon", "Nguyễn Thị Thu Hằng"), whose later short form is the
  first word, not the last;
- a knight's or dame's title with the given name ("Sir Anthony" for "Sir Anthony Hale"), a peer called by the
  rank ("the Baroness"), a person known by one name ("known simply as Wulandari");
- abbreviated titles kept as a role ("Cllr", "Det Insp") that a reader needs spelt out ("Councillor").
"""

from __future__ import annotations

import re
import unicodedata

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"

# "O'Neill-Walsh", "D'Souza-Kimura": an apostrophe prefix and a hyphenated second part, one surname.
APOSTROPHE_HYPHENATED = r"[A-Z]['’][" + _UP + r"][^\W\d_]+(?:-[" + _UP + r"][^\W\d_]+)+"

# Irish name forms whose next word takes a lower-case prefix ("Mac an tSaoir", "Ó hEochaidh", "Nic an
# Bhaird"): after these the prefixed word and "an"/"na" are inside the name.
_IRISH_LINKS = {"mac", "mic", "nic", "mhic", "ó", "ní", "uí", "an", "na", "o", "ni", "ui"}
_PREFIXED = re.compile(r"(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)[" + _UP + r"][^\W\d_]+")
# Lower-case words that join two parts of one name wherever they stand: Welsh "ap"/"ab" ("Gareth ap Rhys").
_ALWAYS_INSIDE = {"ap", "ab"}

# Lower-case particles of surnames: a name holding them can run to six words ("José María de la Fuente").
PARTICLES = {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von",
             "ter", "ten", "zu", "y", "e", "al", "el", "bin", "bint", "ibn", "ben", "ap", "ab", "an", "na"}

# Family names that open a name written family name first (romanised Chinese, Korean and Vietnamese, compared
# without accents): the short form of such a name is its first word.
FAMILY_FIRST = {
    # Chinese (pinyin and Cantonese spellings)
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
    "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao",
    "tian", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
    "yao", "zhong", "wong", "chan", "cheung", "lau", "leung", "ng", "tsang", "lam", "chow", "kwok", "xi", "qin",
    # Korean
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "shin",
    "kwon", "hwang", "ahn", "yoo", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "han", "song",
    # Vietnamese
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
    "duong", "ly", "trinh", "dinh", "truong", "luong", "doan", "thai", "quach", "luu",
}
# A Korean or Chinese given name written with a hyphen and a lower-case second syllable ("Ji-hoon", "Mei-ling").
_HYPHENED_GIVEN = re.compile(r"[" + _UP + r"][a-z]+-[a-z]+")

# Titles a knight or dame is called by with the given name alone ("Sir Anthony", "Dame Rosalind").
_GIVEN_NAME_TITLES = {"sir", "dame"}
# Titles of rank written before a given name and a surname, which are how the person is addressed, not the name:
# "Sir Anthony Hale" is Anthony Hale, "Lady Jane Ashby" Jane Ashby; a peer's "Lord Fennimore", "Lord Justice Penhale"
# and "Lord Hale of Ashcombe" have no given name after the title and keep it.
TITLES_BEFORE_GIVEN = {"sir", "dame", "lord", "lady"}
# Honorifics of South Asian, Malay, Gulf and West African usage, written with a capital before a full name
# ("Mian Tariq Mehmood", "Syeda Amina Rizvi", "Datuk Seri Anwar Harun", "Pa Kwame Mensah-Bonsu", "Sheikh Khalid bin
# Saeed"). Each is also a given name or a surname ("Atif Mian"), so it is an honorific only before two more name
# words, and only as written here ("PA" is an assistant or an agency).
_ADDRESS_BEFORE_FULL_NAME = {"Mian", "Syed", "Syeda", "Sayyid", "Sayyida", "Datuk", "Dato", "Datin", "Seri", "Pa",
                             "Sheikh", "Sheikha", "Shaikh"}


# Of those, the ones that are no one's given name, also honorifics before a surname alone ("Pa Mensah-Bonsu").
_ADDRESS_BEFORE_SURNAME = {"Pa", "Datuk", "Dato", "Datin"}


def address_title(word: str, words_after: int) -> bool:
    """Whether `word` opening a run is an honorific before a full name of `words_after` more words."""
    word = word.rstrip(".'’")
    return words_after >= 2 and word in _ADDRESS_BEFORE_FULL_NAME or words_after == 1 and word in _ADDRESS_BEFORE_SURNAME


def address_titles_lower() -> frozenset[str]:
    """Those honorifics in lower case, for the scan back over the words that only address a person."""
    return _ADDRESS_LOWER


_ADDRESS_LOWER = frozenset(w.lower() for w in _ADDRESS_BEFORE_FULL_NAME)
# Ranks of the peerage that the story may use alone for the one peer it names ("the Baroness said").
_PEERAGE = {"lord", "lady", "baroness", "baron", "earl", "countess", "duke", "duchess", "viscount", "marquess"}

# Occupations a story puts before a name it meets, capitalised only because it opens the sentence or a
# caption ("Stallholder Ann Lowe said", "PICTURED: Butcher Tom Reyes"): who they are, not their name.
OCCUPATIONS = {"stallholder", "trader", "shopkeeper", "butcher", "baker", "greengrocer", "grocer", "florist",
               "farmer", "fisherman", "fishermen", "publican", "landlady", "cabbie", "taxi", "driver", "nurse",
               "teacher", "headteacher", "cleaner", "builder", "plumber", "electrician", "porter", "waiter",
               "waitress", "barista", "hairdresser", "mechanic", "postman", "postwoman", "shepherd", "crofter",
               "lifeguard", "firefighter", "paramedic", "midwife", "carer", "gardener", "vendor", "hawker",
               "postmistress", "postmaster", "harbourmaster", "shopworker", "packer", "fishmonger", "newsagent",
               "cafe-owner", "café-owner", "landlord", "pensioner", "retiree", "grandmother", "grandfather",
               "grandmother-of-two", "mother-of-two", "father-of-two",
               # and the words of a part or a standing put before a name the same way ("Candidate X Y", "Convener X
               # Y", "Comrade X Y", "Elder X Y", "Emir X Y"): kept out of the name when two name words follow
               "candidate", "nominee", "challenger", "convener", "convenor", "ranger", "vet", "trooper", "surveyor",
               "chef", "poet", "author", "comrade", "elder", "auntie", "uncle", "mama", "baba", "emir", "oba", "sultan"}

# Abbreviated titles written before a name, spelt out for a role a reader sees ("Cllr" -> "Councillor").
_SPELT_OUT = {"cllr": "Councillor", "insp": "Inspector", "det": "Detective", "sgt": "Sergeant",
              "supt": "Superintendent", "ch": "Chief", "rev": "Reverend", "revd": "Reverend", "fr": "Father",
              "prof": "Professor", "gen": "General", "lt": "Lieutenant", "col": "Colonel", "maj": "Major",
              "capt": "Captain", "cmdr": "Commander", "adm": "Admiral", "brig": "Brigadier", "cpl": "Corporal",
              "pc": "PC", "rep": "Representative", "sen": "Senator", "gov": "Governor",
              "asst": "Assistant", "dep": "Deputy", "eng": "Engineer", "pte": "Private", "ald": "Alderman",
              "cdr": "Commander", "msgr": "Monsignor", "ven": "Venerable", "pres": "President", "spr": "Sapper",
              "gnr": "Gunner", "bdr": "Bombardier", "rfn": "Rifleman", "tpr": "Trooper"}
# "Mononyms": a person the story says is known by one name ("known simply as Wulandari", "who goes by Zazie").
_ONE_NAME_CUE = re.compile(r"\b(?:known\s+(?:simply\s+|only\s+|just\s+|universally\s+)?as|who\s+goes\s+by|"
                           r"goes\s+by\s+the\s+name|(?:simply|only)\s+called)\s+$")


def _plain(word: str) -> str:
    """A word without accents, in lower case: family names are written with and without their marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def joins_name(previous: str, word: str) -> bool:
    """Whether a lower-case `word` after the name token `previous` continues the name: "ap" in "Gareth ap
    Rhys", "an" in "Ciarán Mac an tSaoir" (only after an Irish link word: "Reuters an …" is no name)."""
    low = word.lower()
    return low in _ALWAYS_INSIDE or low in ("an", "na") and previous.lower() in _IRISH_LINKS - {"an", "na"}


def prefixed_surname(previous: str, word: str) -> re.Match | None:
    """The Irish surname with a lower-case prefix ("tSaoir", "hEochaidh") right after a link word."""
    if previous.lower() not in _IRISH_LINKS:
        return None
    return _PREFIXED.fullmatch(word.rstrip(".,;:!?\"”’)"))


# Dotted letters that are places or bodies, never a person's initials.
_PLACE_LETTERS = {"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C.", "N.Y.", "L.A.", "U.A.E."}


def is_initial(text: str, token: tuple[int, int, str]) -> bool:
    """Whether a name token is an initial ("K." in "K. S. Ramanathan", "J.R."), read from the text, since
    the token itself loses the full stop."""
    t = token[2]
    return bool(re.fullmatch(r"[A-Z]", t) and text.startswith(".", token[1]) or
                re.fullmatch(r"(?:[A-Z]\.){2,3}", t) and t not in _PLACE_LETTERS)


def initials_open_name(text: str, start: int) -> bool:
    """Whether the initial at `start` opens a name: it is followed by another initial and then a capitalised
    word ("K. S. Ramanathan"), which a sentence ending in a capital letter ("vitamin D. Experts") is not."""
    return bool(re.match(r"[A-Z]\.\s?(?:[A-Z]\.\s?)+[" + _UP + r"][a-z]", text[start:start + 40]))


def is_particle(word: str) -> bool:
    """Whether a word inside a name is a lower-case particle ("de", "an", "ap"), not an English word."""
    return word[:1].islower() and word.lower() in PARTICLES


def core_length(words: list[str]) -> int:
    """How many words of a name are its own, not lower-case particles: "José María de la Fuente" is three."""
    return sum(1 for w in words if not is_particle(w))


def is_family_name(word: str) -> bool:
    """Whether a word is a common Chinese, Korean or Vietnamese family name ("Park", "Nguyễn")."""
    return _plain(word) in FAMILY_FIRST


def family_first(name: str) -> bool:
    """Whether a name is written family name first: its first word is a common Chinese, Korean or
    Vietnamese family name and it has two to four words ("Zhang Weiming", "Nguyễn Thị Thu Hằng")."""
    words = name.split()
    return 2 <= len(words) <= 4 and _plain(words[0]) in FAMILY_FIRST and _plain(words[-1]) not in FAMILY_FIRST | {
        "jr", "sr"} or len(words) == 2 and _plain(words[0]) in FAMILY_FIRST and bool(_HYPHENED_GIVEN.fullmatch(words[1]))


def korean_style(words: list[str]) -> bool:
    """Whether two words are a family name and a hyphenated given name ("Park Ji-hoon"): a person even when
    the family name is also a common noun ("park") that would make the run a place."""
    return len(words) == 2 and _plain(words[0]) in FAMILY_FIRST and bool(_HYPHENED_GIVEN.fullmatch(words[1]))


def titled_given_name(name: str, known) -> str | None:
    """'Sir Anthony' or 'Dame Rosalind' after 'Sir Anthony MacLeod-Innes' (known as 'Anthony MacLeod-Innes'):
    the one known name it opens."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in _GIVEN_NAME_TITLES:
        return None
    full = [k for k in known if k.startswith(name + " ") or k.startswith(words[1] + " ") and len(k.split()) >= 2]
    return full[0] if len(full) == 1 else None


def rank_alias(name: str) -> str | None:
    """The rank a peer is called by alone ('baroness' for 'Baroness Okonkwo-Blake'), else None."""
    first = name.split()[0].lower() if name else ""
    return first if first in _PEERAGE and " " in name else None


def known_by_one_name(text: str, start: int) -> bool:
    """Whether the word at `start` is introduced as the one name someone goes by ("known simply as X")."""
    return bool(_ONE_NAME_CUE.search(text, max(0, start - 40), start))


def spell_out_titles(role: str) -> str:
    """A title written before a name, with its abbreviations written out ("Cllr" -> "Councillor", "Garda Insp"
    -> "Garda Inspector"), when it is all capitalised words: a described role ("a retired gen.") stays."""
    words = role.replace(".", " ").split()
    if not words or not all(w[:1].isupper() for w in words) or not any(w.lower() in _SPELT_OUT for w in words):
        return role  # ("a retired gen" is no title; "the Cllr's office" keeps its words)
    return " ".join(_SPELT_OUT.get(w.lower(), w) if w[:1].isupper() and w.lower() in _SPELT_OUT else w for w in words)


# Particles that open no surname a reader would type: a patronymic's "bin", the inner "an" of "Mac an tSaoir".
_NOT_SURNAME_OPENERS = {"bin", "bint", "ibn", "ben", "an", "na"}


def particled_surname(name: str) -> str | None:
    """The surname with its particles ("van den Bosch" of "Annelies van den Bosch", "de la Fuente"), which a
    reader types for the person; None when the name has no lower-case particle after its first word."""
    words = name.split()
    at = next((k for k in range(1, len(words) - 1) if is_particle(words[k])), None)
    if at is not None and words[at].lower() in _NOT_SURNAME_OPENERS:
        return None  # "bin Khalid Al-Otaibi" is a father's name; "an tSaoir" the half of "Mac an tSaoir"
    return " ".join(words[at:]) if at is not None else None


def particle_owner(name: str, known) -> str | None:
    """The one known name that holds `name` as its run of words from a particle on: "De la Vega" (a sentence
    opening with it) and "de la Vega" for "Ana Lucía de la Vega Ibarra", "Ap Rhys-Evans" for "Aled ap
    Rhys-Evans". A reader names such a person by the particle and what follows, not by the last word alone
    (a Spanish second surname), so the surname rules miss it. None unless exactly one name fits."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in PARTICLES or words[0].lower() in _NOT_SURNAME_OPENERS:
        return None
    want = [words[0].lower()] + words[1:]
    owners = []
    for full in known:
        parts = full.split()
        if len(parts) <= len(want):
            continue
        if any(parts[k:k + len(want)] == want for k in range(1, len(parts) - len(want) + 1)):
            owners.append(full)
    return owners[0] if len(owners) == 1 else None


def dotted_initials(name: str, text: str) -> str:
    """The name with the full stops its initials have in the text ("Marcus T. Hale" for "Marcus T Hale"), as
    the article writes it; the name unchanged when the text never writes it so."""
    words = name.split()
    if not any(re.fullmatch(r"[A-Z]", w) for w in words):
        return name
    dotted = " ".join(w + "." if re.fullmatch(r"[A-Z]", w) else w for w in words)
    return dotted if dotted in text else name


# Words of a style written before a name with its honorifics ("the Very Rev Dr", "the Rt Hon"): no role.
_STYLES = {"very", "rt", "right", "most", "hon", "honourable", "honorable", "revd", "reverend", "venerable"}


def name_opening(text: str, sentence_start: int, start: int, honorifics) -> int:
    """Where the words before a name that only address the person begin ("Smt. " before "Radhika Rao", "the
    Very Rev Dr " before "Anselm Holt"), so that the description set off before them ("The city's transport
    minister, Smt. Radhika Rao") is read as the role."""
    at = start
    while True:
        m = re.search(r"(\S+)\s+$", text[sentence_start:at])
        if not m:
            return at
        word = m.group(1).rstrip(".").lower()
        after = text[sentence_start + m.end():start].split()
        if word in honorifics or word in _STYLES or word == "the" and after and after[0].rstrip(".").lower() in _STYLES:
            at = sentence_start + m.start(1)
            continue
        return at
