"""Hypothesis strategies for whole, valid banks, with text full of the characters formats must escape."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from studyapp.core.bank import TOPICS, Bank

# Letters, the CSV/GIFT specials (and GIFT's `->`), quotes, backslashes, every kind of line break and the
# controls Python's strip() takes but the Bank model keeps (\x1c-\x1f).
ALPHABET = st.sampled_from(list("abcXYZ019 ,;\"'|=\\~#{}:\n\té“”—[]%-+@>") + ["ü", "日", "\r", "\x0b", "\x0c", "\x85",
                                                                          "\u2028", "\u2029", "\x1c", "\x1f"])
# What the Bank model trims (Unicode White_Space), so generated texts are already as the model keeps them.
_WS = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f")
PLAIN = st.sampled_from(list("abcdefXYZ019 ,'.é"))


def _text(alphabet=ALPHABET, max_size=24):
    return (st.text(alphabet, min_size=1, max_size=max_size)
            .map(lambda s: s.strip(_WS))
            .filter(lambda s: s.strip() and "{{" not in s and "}}" not in s and "\n\n" not in s))


TEXT = _text()
SLUG = st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,12}\Z")


def _distinct(min_size, max_size, elements=TEXT):
    return st.lists(elements, min_size=min_size, max_size=max_size, unique=True)


@st.composite
def common(draw, qtype: str) -> dict:
    q = {"type": qtype, "topic": draw(st.sampled_from(TOPICS)), "explanation": draw(TEXT), "source": draw(TEXT)}
    tags = draw(st.lists(TEXT, max_size=2))
    if tags:
        q["tags"] = tags
    return q


@st.composite
def choice_q(draw):
    q = draw(common("choice"))
    if draw(st.booleans()):
        choices = ["True", "False"]
    else:
        choices = draw(_distinct(2, 5))
    return {**q, "prompt": draw(TEXT), "choices": choices, "answer": draw(st.sampled_from(choices))}


@st.composite
def typed_q(draw):
    q = draw(common("typed"))
    accept = draw(st.lists(TEXT, max_size=2))
    if draw(st.booleans()):
        plain = _text(PLAIN, 10)
        prompt = f"{draw(plain)} {{{{{draw(plain)}}}}} {draw(plain)}"
        return {**q, "prompt": prompt, "accept": accept}
    return {**q, "prompt": draw(TEXT), "answer": draw(TEXT), "accept": accept}


@st.composite
def year_q(draw):
    return {**draw(common("date")), "prompt": draw(TEXT), "answer": str(draw(st.integers(1000, 2100)))}


@st.composite
def date_q(draw):
    d = draw(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    answer = {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[precision]
    q = {**draw(common("date")), "prompt": draw(TEXT), "answer": answer}
    if draw(st.booleans()):
        q["precision"] = precision
    return q


@st.composite
def match_q(draw, min_pairs=2):
    lefts = draw(st.lists(TEXT, min_size=min_pairs, max_size=5, unique_by=str.strip))  # the model strips pairs
    pairs = [[left, draw(TEXT)] for left in lefts]
    return {**draw(common("match")), "prompt": draw(TEXT), "pairs": pairs}


@st.composite
def order_q(draw):
    return {**draw(common("order")), "prompt": draw(TEXT), "items": draw(_distinct(2, 5))}


@st.composite
def flash_q(draw):
    return {**draw(common("flash")), "prompt": draw(TEXT), "answer": draw(TEXT)}


@st.composite
def quote_q(draw, names: list[str]):
    speaker = draw(st.sampled_from(names))
    q = {**draw(common("quote")), "quote": draw(TEXT.map(lambda s: s.strip("\"“”").strip(_WS)).filter(lambda s: s.strip())),
         "speaker": speaker}
    others = [n for n in names if n != speaker]
    if draw(st.booleans()):
        q["distractors"] = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        q["prompt"] = draw(TEXT)
    return q


@st.composite
def people(draw):
    names = draw(_distinct(2, 4))
    out = []
    for name in names:
        p = {"name": name}
        if draw(st.booleans()):
            p["role"] = draw(TEXT)
        if draw(st.booleans()):
            p["side"] = draw(TEXT)
        aliases = draw(st.lists(TEXT, max_size=2))
        if aliases:
            p["aliases"] = aliases
        out.append(p)
    return out


@st.composite
def bank_info(draw):
    info = {"id": draw(SLUG), "version": draw(st.integers(1, 50)), "title": draw(TEXT)}
    if draw(st.booleans()):
        info["description"] = draw(TEXT)
    if draw(st.booleans()):
        info["sides"] = draw(st.lists(TEXT, max_size=3))
    source = {"title": draw(TEXT)}
    if draw(st.booleans()):
        source["publisher"] = draw(TEXT)
    if draw(st.booleans()):
        source["published"] = draw(st.dates(date(1950, 1, 1), date(2100, 1, 1)))
    if draw(st.booleans()):
        source["url"] = draw(TEXT)
    info["source"] = source
    return info


def _with_ids(questions: list[dict]) -> list[dict]:
    return [{"id": f"q{i}", **q} for i, q in enumerate(questions)]


@st.composite
def any_bank(draw) -> Bank:
    """A bank using every question type the app has."""
    folk = draw(people())
    names = [p["name"] for p in folk]
    kinds = st.one_of(choice_q(), typed_q(), date_q(), match_q(), order_q(), flash_q(), quote_q(names))
    questions = draw(st.lists(kinds, min_size=1, max_size=6))
    return Bank.model_validate({"bank": draw(bank_info()), "people": folk, "questions": _with_ids(questions)})


@st.composite
def gift_bank(draw) -> Bank:
    """A bank of the types GIFT holds exactly: choice, typed, year dates, matching."""
    folk = draw(st.one_of(st.just([]), people()))
    kinds = st.one_of(choice_q(), typed_q().filter(_gap_not_last), year_q(), match_q(min_pairs=3))
    questions = draw(st.lists(kinds, min_size=1, max_size=6))
    return Bank.model_validate({"bank": draw(bank_info()), "people": folk, "questions": _with_ids(questions)})


def _gap_not_last(q: dict) -> bool:
    return not q["prompt"].endswith("}}")
