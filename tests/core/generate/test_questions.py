from datetime import date

from studyapp.core.generate.pipeline import generate_bank


def questions_of(text: str, published: date | None = None) -> list[dict]:
    bank, _facts = generate_bank(text, published=published)
    return bank["questions"]


def test_who_said_it_uses_the_articles_other_speakers(harbour_text):
    qs = [q for q in questions_of(harbour_text) if q["type"] == "quote"]
    first = qs[0]
    assert first["speaker"] == "Maria Okafor"
    assert first["quote"].startswith("Our members keep this port running")
    assert set(first["distractors"]) <= {"Tomas Lind", "David Ross", "Easthaven Port Authority", "Priya Shah"}
    assert len(first["distractors"]) == 3
    assert first["source"].startswith("Union general secretary Maria Okafor said:")


def test_short_quotes_and_scare_quotes_make_no_question(harbour_text):
    quotes = [q["quote"] for q in questions_of(harbour_text) if q["type"] == "quote"]
    assert "ignored" not in quotes
    assert all(len(q.split()) >= 6 for q in quotes)


def test_which_side_hides_the_answer_and_offers_other_sides(ferry_text):
    qs = [q for q in questions_of(ferry_text, date(2023, 3, 8)) if q["topic"] == "demands" and q["type"] == "choice"]
    assert qs
    for q in qs:
        assert q["answer"] in q["choices"] and len(q["choices"]) >= 2
        assert q["answer"].lower() not in q["prompt"].lower()


def test_dates_timeline_in_time_order(ferry_text):
    qs = questions_of(ferry_text, date(2023, 3, 8))
    (order,) = [q for q in qs if q["type"] == "order"]
    assert order["items"][0].startswith("The ferry has run every day")  # 1998
    assert any(i.startswith("The winter timetable ends") for i in order["items"][-1:])  # April 2023
    dated = {q["answer"] for q in qs if q["type"] == "date"}
    assert {"2023-03-07", "2023-03-09", "2023-03-03", "1998", "2023-04"} <= dated
    when = [q for q in qs if q["type"] == "choice" and q["topic"] == "dates"]
    assert all(q["answer"] in q["choices"] and len(q["choices"]) >= 3 for q in when)


def test_a_single_date_is_not_put_in_order():
    text = "Talks end\n\nThe talks ended on 3 March 2023 after a long night.\n"
    assert not [q for q in questions_of(text) if q["type"] == "order"]


def test_cloze_on_names_and_numbers(harbour_text):
    typed = [q for q in questions_of(harbour_text) if q["type"] == "typed"]
    prompts = [q["prompt"] for q in typed]
    assert "Union spokesman {{David Ross}} stood with the pickets at the main gate." in prompts
    assert "The union insists it will not accept any offer below {{5%}}." in prompts
    assert all(q["source"] == q["prompt"].replace("{{", "").replace("}}", "") for q in typed)


def test_every_question_has_a_verbatim_source_and_an_explanation(harbour_text):
    body = " ".join(harbour_text.split())
    for q in questions_of(harbour_text):
        assert " ".join(q["source"].split()) in body
        assert q["explanation"]
