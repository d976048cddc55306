"""Whole invented articles in three house styles: every quotation and its speaker, in order."""

import pytest

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import ARTICLES

EXPECTED = {
    # American city-hall story: civic titles, 'said the chamber', '"…," she said, "…"'
    "q-tram-vote.txt": [
        ("Rosa Delgado", "This is the most"), ("Rosa Delgado", "Our children will"),
        ("Victor Hale", "a gold-plated toy"), ("Victor Hale", "The numbers simply"),
        ("Victor Hale", "We are borrowing"), ("Amina Yusuf", "We have been very"),
        ("Amina Yusuf", "If anything, these"), ("Lakeside Chamber of Commerce", "Businesses along the"),
        ("Gloria Tan", "Two years of digging"), ("Gloria Tan", "Nobody from the city"),
        ("Amina Yusuf", "We know construction"), ("Amina Yusuf", "and we will not"),
    ],
    # Election story: a quote over a paragraph break, two people with one surname, 'said its director, X'
    "q-water-race.txt": [
        ("Clara Voss", "We can argue about"), ("Clara Voss", "Every summer the south"),
        ("Hugo Brandt", "She wants to spend"), ("Hugo Brandt", "I want to fix the"), ("Hugo Brandt", "On day one."),
        ("Irene Falk", "Hugo Brandt has never"), ("the official", "The truth is somewhere"),
        ("Sophie Brandt", "the only candidate who"), ("Clara Voss", "Facts matter. Our plan"),
        ("Tomas Egede", "The lakes are not a"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_quote_and_speaker(name):
    facts = extract((ARTICLES / name).read_text(encoding="utf-8")).facts()
    got = [(q["speaker"], q["quote"]) for q in facts["quotes"]]
    want = EXPECTED[name]
    assert [s for s, _ in got] == [s for s, _ in want]
    assert all(quote.startswith(start) for (_, quote), (_, start) in zip(got, want))


def test_people_are_full_names_without_titles():
    facts = extract((ARTICLES / "q-tram-vote.txt").read_text(encoding="utf-8")).facts()
    assert [p["name"] for p in facts["people"]] == ["Rosa Delgado", "Victor Hale", "Amina Yusuf", "Martin Cole",
                                                    "Gloria Tan"]
    facts = extract((ARTICLES / "q-water-race.txt").read_text(encoding="utf-8")).facts()
    assert [p["name"] for p in facts["people"]] == ["Clara Voss", "Hugo Brandt", "Irene Falk", "Sophie Brandt",
                                                    "Tomas Egede"]
