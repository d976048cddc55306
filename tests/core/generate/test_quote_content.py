"""Quotations a student can place: "Who said" is asked of words that say something on their own, not of a line
whose subject is a pronoun the quotation never names or that is all pronouns and small words. Articles invented."""

from tests.core.generate.test_questions import candidates_of

TRIBUTE = """A tribute evening for Corwen Astley

Hundreds gathered in Tallowmere on Saturday to remember the bandleader Corwen Astley, who died in May.

His daughter, the singer Mirela Astley, spoke first. "Since he left us, you have all been so kind to him and his family," she said.

Harbour council leader Osric Venn said the town would name its new concert hall after the bandleader. "The new concert hall on Quay Street will carry the Astley name from next spring," Venn said.

Festival director Ines Marrow said the evening had raised money for the town's music school. "Every ticket sold tonight pays for a week of lessons at the Tallowmere music school," Marrow said.

"It was all there for us, and we knew it was," said the trumpeter Bram Oakes, who played with the band for years.

The drummer Kasia Brenn said they had been lifted for years by Astley's kindness to young players.
"""


def who_said(text: str) -> list[str]:
    return [q.get("quote") or q.get("prompt", "") for q in candidates_of(text)
            if q.get("type") == "quote" or "Who said" in (q.get("prompt") or "")]


def test_a_quotation_about_a_pronoun_it_never_names_is_not_asked_as_who_said():
    asked = " ".join(who_said(TRIBUTE))
    assert "concert hall on Quay Street" in asked  # says something of its own: asked
    assert "so kind to him" not in asked  # "he" is someone only the article names


def test_a_quotation_of_pronouns_and_small_words_is_not_asked_as_who_said():
    assert "all there for us" not in " ".join(who_said(TRIBUTE))


def test_a_name_owning_something_does_not_say_who_they_are():
    assert "lifted for years" not in " ".join(who_said(TRIBUTE))
