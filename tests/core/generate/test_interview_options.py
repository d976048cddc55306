"""Issue 14: a magazine interview whose guest is its only speaker is asked "Asked …, what did X answer?", with her
other answers as options. Her own words in their marks are hers, so an answer whose grammar a writer would not use
("… cost £2 million each and the crowds …") is no defect of the question; a question that leans on the answer before
it ("What are you doing about that?") is not asked, nor one whose answer alone fits its form or repeats its words. Written for the tests, in the layout of a weekly's interview: a
standfirst that "talks about", an "Interview by" line, plain questions, first-person answers with no marks."""

from studyapp.core.generate.pipeline import generate_bank

ARTICLE = """'A library should be loud on Saturdays': Petra Lindqvist on her first year at Castlemere

The new chief librarian of Castlemere Central Library talks about the reading-room rebuild, a quarrel over a lent map, and why she wants children in the stacks

Interview by Owen Arkwright
Bookshelf Monthly, 3 November 2026

Petra Lindqvist came to Castlemere Central Library last autumn after nine years at the Valborg city archive. Within weeks she had shut the reading room for a rebuild and stopped two touring shows. We spoke in her office.

You have been here a year. What surprised you most?

How many people come in only to get warm. I used to think that was a problem for the library. Now I think it is the reason the library exists.

The reading room has been shut since March. When does it open again?

The reading room opens again on 9 February 2027. We found damp under the floor in the summer, so the work took longer than we planned.

You stopped two touring shows. Was that about money?

Partly. Touring shows look good in a brochure, but they cost us £2 million each and the crowds they bring rarely come back.

What are you doing about that?

From January we will keep the doors open until nine on Thursdays for teenagers, with a programme their own panel chooses.

What did you bring with you from Valborg?

A rule about labels. In Valborg no label in a display case could run past sixty words, and people here laughed at me for it.

This interview has been edited for length.
"""


def test_the_guests_answers_are_asked_with_her_own_words_as_options():
    bank, _ = generate_bank(ARTICLE, published="2026-11-03")
    asked = [q for q in bank["questions"] if q.get("prompt", "").startswith("Asked ")]
    first = next(q for q in asked if "What surprised you most?" in q["prompt"])
    assert "Petra Lindqvist" in first["prompt"] and first["answer"].startswith("“How many people come in")
    # her sentence a writer would not print alone is still one of her answers among the options
    assert any("£2 million each and the crowds" in o for q in asked for o in q["choices"])
    prompts = [q["prompt"] for q in asked]
    assert not any("about that?”" in p for p in prompts)  # "What are you doing about that?": about what?
    # given away by its form or its words: "Was that about money?" → "Partly. …" (the one yes-or-no answer),
    # "What did you bring with you from Valborg?" → "… In Valborg no label …" (the one answer naming the place)
    assert not any("Was that about money?" in p or "from Valborg?" in p for p in prompts)


def test_an_answer_with_words_a_writer_could_not_use_alone_is_still_an_option():
    # "something" and "the same" in her own sentence are hers; a question of the writer's with them would not pass
    text = ARTICLE.replace("How many people come in only to get warm.",
                           "Something I had not expected: the same faces come in every morning to get warm.")
    bank, _ = generate_bank(text, published="2026-11-03")
    options = [o for q in bank["questions"] if q.get("prompt", "").startswith("Asked ") for o in q["choices"]]
    assert any(o.startswith("“Something I had not expected") for o in options)
