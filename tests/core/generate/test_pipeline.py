"""The whole pipeline on the seed article, the written bank, determinism, and the command."""

from __future__ import annotations

import json
import sys

import pytest

from studyapp.cli import main
from studyapp.core.generate import extract_facts, generate_bank, read_article, write_bank
from studyapp.core.generate.webpage import html_to_text
from studyapp.core.loader import load_bank
from studyapp.errors import GenerateError

from tests.core.generate.conftest import ARTICLES, SEED


def test_seed_article_quotes_with_their_speakers(seed_text):
    quotes = {q["quote"]: q["speaker"] for q in extract_facts(seed_text, published="2022-01-21")["quotes"]}
    assert quotes == {
        "Russia will pay a heavy price": "Joe Biden",
        "These are difficult issues we are facing and resolving them won’t happen quickly.": "Antony Blinken",
    }


def test_seed_article_demands_of_both_sides(seed_text):
    demands = extract_facts(seed_text, published="2022-01-21")["demands"]
    by_side: dict[str, list[str]] = {}
    for d in demands:
        by_side.setdefault(d["side"].split(" (")[0], []).append(d["evidence"])
    assert "America is prepared to talk about transparency" in " ".join(by_side["United States"])
    russia = " ".join(by_side["Russia"])
    assert "The Russians want to see written responses to their demands." in russia
    assert "Russia’s core demand" in russia
    assert "won’t budge" in " ".join(by_side["NATO"])


def test_seed_article_dated_events(seed_text):
    dates = extract_facts(seed_text, published="2022-01-21")["dates"]
    got = {(d["date"], d["as_written"]) for d in dates}
    assert {("2022-01-20", "On Thursday"), ("2022-01-21", "on Friday"), ("2022-01-18", "January 18, 2022"),
            ("2015", "2015"), ("2022-01-20", "January 20, 2022"), ("2022-02", "mid-February")} <= got
    assert not any("Picture taken" in d["evidence"] or "REUTERS" in d["evidence"] for d in dates)


def test_facts_have_the_annotation_shape(seed_text):
    facts = extract_facts(seed_text)
    assert {"quotes", "demands", "dates", "people", "reported"} <= set(facts)
    assert all({"speaker", "quote"} <= set(q) for q in facts["quotes"])
    assert all({"side", "demand", "evidence"} <= set(d) for d in facts["demands"])
    assert all({"date", "event", "evidence"} <= set(d) for d in facts["dates"])
    assert all({"name", "role", "aliases"} <= set(p) for p in facts["people"])
    assert all({"speaker", "claim", "evidence"} <= set(r) for r in facts["reported"])


def test_written_bank_validates_with_its_source(tmp_path, seed_text):
    path, facts = write_bank(seed_text, tmp_path / "geneva.toml", published="2022-01-21", title="Geneva talks")
    loaded = load_bank(path)
    assert (tmp_path / "sources" / "geneva.txt").read_text(encoding="utf-8") == seed_text
    assert loaded.bank.bank.id == "geneva"
    assert loaded.bank.bank.title == "Geneva talks"
    assert str(loaded.bank.bank.source.published) == "2022-01-21"
    types = {q.type for q in loaded.bank.questions}
    # no "match" here: the seed's positions are each asked on their own, and a match repeating them is not kept;
    # no "order": the story dates two events (the experts' February is a forecast, the rest are captions' dates)
    assert {"quote", "choice", "date", "typed"} <= types
    speakers = {q.speaker for q in loaded.bank.questions if q.type == "quote"}
    assert speakers == {"Joe Biden", "Antony Blinken"}


def test_same_input_same_bytes(tmp_path, seed_text):
    a, _ = write_bank(seed_text, tmp_path / "a" / "bank.toml", published="2022-01-21")
    b, _ = write_bank(seed_text, tmp_path / "b" / "bank.toml", published="2022-01-21")
    assert a.read_bytes() == b.read_bytes()
    assert generate_bank(seed_text) == generate_bank(seed_text)


def test_generate_command_writes_bank_and_facts(tmp_path, capsys):
    out, facts = tmp_path / "out" / "harbour.toml", tmp_path / "facts.json"
    assert main(["generate", str(ARTICLES / "harbour-strike.txt"), "-o", str(out), "--facts", str(facts),
                 "--published", "2023-03-08", "--id", "harbour-strike"]) == 0
    data = json.loads(facts.read_text(encoding="utf-8"))
    written = len(load_bank(out).bank.questions)
    # the message counts the questions the bank holds, not the facts found (a teacher read one as the other)
    assert f"wrote {out}: {written} questions (from {len(data['quotes'])} quotations" in capsys.readouterr().out
    assert ("David Ross", "The strike will go on until the offer changes.") in [
        (q["speaker"], q["quote"]) for q in data["quotes"]]
    assert main(["validate", str(out)]) == 0
    assert load_bank(out).bank.bank.id == "harbour-strike"


@pytest.mark.parametrize("args, message", [
    (["missing.txt"], "no such file"),
    ([str(ARTICLES / "harbour-strike.txt"), "--published", "8 March"], "YYYY-MM-DD"),
    ([str(ARTICLES / "harbour-strike.txt"), "--id", "Harbour Strike"], "lowercase letters"),
])
def test_generate_command_errors_are_messages(tmp_path, capsys, args, message):
    argv = ["generate", *args, "-o", str(tmp_path / "b.toml")]
    if args[0] == "missing.txt":
        argv[1] = str(tmp_path / "missing.txt")
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_an_article_with_nothing_to_ask_is_refused():
    with pytest.raises(GenerateError, match="no questions"):
        generate_bank("Weather\n\nIt rained.\n")


def test_a_saved_web_page_is_read_for_its_main_text(tmp_path):
    text = read_article(ARTICLES / "library-closure.html")
    assert text.startswith("Village library saved by late offer\n\n")
    assert "Home" not in text and "All rights reserved" not in text
    path, facts = write_bank(text, tmp_path / "library.toml")
    assert ("Hannah Greer", "This is the best possible outcome for the village and for everyone who uses the "
            "library.") in [(q["speaker"], q["quote"]) for q in facts["quotes"]]
    assert "Sam Webb" not in [p["name"] for p in facts["people"]]  # the byline is page furniture
    load_bank(path)


def test_without_the_extra_a_web_page_gets_a_clear_message(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(GenerateError, match=r"studyapp\[generate\]"):
        html_to_text("<html><body><p>Hello</p></body></html>")


def test_seed_copy_in_the_repository_is_the_article():
    assert SEED.read_text(encoding="utf-8").startswith("Russia-Ukraine tensions")


def test_the_seed_bank_asks_about_nine_in_ten_of_the_annotated_facts(seed_text):
    """The issue's bar: quotes, reported claims, each side's demands and the dated events of the seed's
    annotation each have a question (tests/data/geneva-2022-facts.json is the shared annotation)."""
    from studyapp.core.generate.coverage import coverage

    facts = json.loads((ARTICLES.parent / "geneva-2022-facts.json").read_text(encoding="utf-8"))
    bank, _ = generate_bank(seed_text, published="2022-01-21")
    hit, total, missed = coverage(facts, bank["questions"], seed_text)
    # 18 of the 19 story facts (the annotation's 24 less the five from picture and video captions): the one left
    # is "to get this settled …" (asked, it would leave "this" unresolved); the sanctions' kind is asked on its
    # describing words. The bar is nine in ten.
    assert total == 19 and hit >= 18, missed
