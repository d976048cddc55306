"""Issue 14 (speed): a draft must not compile a pattern per name, role or quotation. Such patterns pushed the
fixed ones out of the re module's cache (512 in Python 3.11, oldest dropped first), so every draft of a
2,000-word article compiled some 600 patterns again. The string checks that replaced them must find exactly
what the patterns found, case pairs outside ASCII included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studyapp.core.generate import people, positions, questions
from studyapp.core.generate.pipeline import generate_bank

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"

# Invented text: capitals and lower case, a Kelvin sign, a dotted and a dotless I, a long s, a pound sign,
# runs of "the" that overlap, a role followed by a name.
TEXTS = [
    "The harbour master said the Harbour Master was late; the harbour master Ona Drey disagreed.",
    "the the minister met the Minister, and THE MINISTER left. The ministers stayed.",
    "The \u212aeeper of the \u212aeys spoke; the keeper nodded; the \u0130nspector and the \u0131nspector came.",
    "the chair, the chairman and the £12 million chair; the ſecretary and the secretary-general",
    "The envoy\u2019s aide and the envoy \u2013 named later \u2013 said so.",
    "",
]
PHRASES = ["harbour master", "minister", "keeper", "keys", "inspector", "chair", "secretary", "envoy", "the minister",
           "\u0130nspector", "ſecretary", "master said the harbour"]


@pytest.mark.parametrize("text", TEXTS)
def test_role_phrases_are_found_where_the_pattern_found_them(text: str) -> None:
    after_the = people._after_the(text)
    for phrase in PHRASES:
        want = [m.span() for m in re.finditer(r"\b[Tt]he (?i:" + re.escape(phrase) + r")\b(?!\s+[A-Z])", text)]
        assert people._the_phrase(text, phrase, after_the) == want, phrase


@pytest.mark.parametrize("role, side", [
    ("a China scholar with the Eastbridge Institute", "China"), ("chief Kestria correspondent", "Kestria"),
    ("a NorthChina scholar", "China"), ("China", "China"), ("a China-watcher", "China"),
    ("an Arctic  policy   experts panel", "Arctic"), ("the Arctic, an expert", "Arctic"),
])
def test_field_of_matches_the_pattern(role: str, side: str) -> None:
    want = re.search(r"\b" + re.escape(side) + r"\s+(?:[a-z-]+\s+)?(?:scholar|expert|analyst|specialist|watcher|"
                     r"correspondent|editor|reporter|researcher|historian|economist)s?\b", role)
    assert people._field_of(side, role) == bool(want)


@pytest.mark.parametrize("text", ["Health Secretary", "health secretary", "HEALTH minister", "Healt",
                                  "\u212aent police", "Kent police", "\u0130stanbul office", "istanbul office", ""])
@pytest.mark.parametrize("prefix", ["Health", "Kent", "kent", "Istanbul", "\u0130stanbul", "ıstanbul"])
def test_opens_with_matches_the_pattern(text: str, prefix: str) -> None:
    assert positions._opens_with(text, prefix) == bool(re.match(re.escape(prefix), text, re.IGNORECASE))


@pytest.mark.parametrize("evidence", [
    "the reading campaign will reach its third year", "The Campaign  Will open", "a campaign-will be",
    "campaign will campaign will", "the \u212aampaign will go", "“campaign” will", "recampaign will",
    "the campaign\u2019s will", "campaign\nwill", "CAMPAIGN WILL",
])
@pytest.mark.parametrize("words", [["campaign", "will"], ["campaign"], ["will"], ["\u0130stanbul", "will"]])
def test_loose_words_match_the_pattern(evidence: str, words: list[str]) -> None:
    pattern = r"(?<![\w’'-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w’'-])"
    want = [m.span() for m in re.finditer(pattern, evidence, re.IGNORECASE)]
    assert questions._loose_words(words, evidence) == want


@pytest.mark.parametrize("text", ["the former mayor, 61, was", "in 1999, 61, and", ", 61, first", "x_, 61,",
                                  "Ana , 61, said", "é, 61, é", "ages 6, 61, 610"])
def test_apposition_matches_the_pattern(text: str) -> None:
    assert questions._in_apposition("61", text) == bool(re.search(r"\w, " + re.escape("61") + r",", text))


def test_a_draft_uses_fewer_patterns_than_re_keeps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2,000-word article (the test articles' bodies, as benchmarks/bench_generate.py builds it): the patterns
    its draft looks up are fewer than re's cache holds, so a second draft compiles none again. On the old code
    they were about 600, more than the 512 kept (oldest dropped first), and every draft compiled them all."""
    bodies: list[str] = []
    for path in sorted(ARTICLES.glob("*.txt")):
        bodies.append(path.read_text(encoding="utf-8").split("\n", 2)[2].strip())
        if sum(len(b.split()) for b in bodies) >= 2000:
            break
    text = "A long story\n\n" + "\n\n".join(bodies) + "\n"
    used: set[tuple[str, int]] = set()
    real = re._compile

    def noting(pattern, flags):  # type: ignore[no-untyped-def]
        if isinstance(pattern, str):
            used.add((pattern, int(flags)))
        return real(pattern, flags)

    monkeypatch.setattr(re, "_compile", noting)
    generate_bank(text)
    assert len(used) < 500 <= re._MAXCACHE, f"{len(used)} patterns in one draft"
