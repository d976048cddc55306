"""Issue 14 (key upcoming dates): the story's own upcoming date is asked even when its event is told with the body's
"its" ("… when its winter timetable starts on 2 November"), naming the body the sentence opens with; the day the news
was confirmed and the day reporters found passengers at the pier are not asked beside it. Written for the tests."""

from studyapp.core.generate.pipeline import generate_bank

ARTICLE = """Harbourline Ferries to drop 12 weekly sailings from November

By Nia Rowntree, Transport Reporter

Harbourline Ferries will drop 12 sailings a week on its Kessock and Ardmore routes when its winter timetable starts on 2 November, the company confirmed yesterday.

The company's operations director, Ewan Tulloch, said a shortage of deckhands had left it no choice. "We would rather sail fewer crossings reliably than cancel them at the last minute," he said.

The Island Travellers' Forum, which represents about 900 regular passengers, said the cuts would leave islanders without an evening crossing.

Passengers at Kessock pier yesterday were furious.

Retired teacher Morag Beaton, 71, said: "The last boat is how I get home from the hospital. Without it I am stuck on the mainland."
"""


def test_the_upcoming_date_told_with_its_is_asked_of_the_body():
    bank, _ = generate_bank(ARTICLE, published="2026-09-17")
    dates = [q for q in bank["questions"] if q.get("topic") == "dates"]
    assert any("Harbourline Ferries’ winter timetable" in q["prompt"] and q["answer"] in ("2026-11-02", "2 November 2026")
               for q in dates), [q["prompt"] for q in dates]
    assert not any("confirmed" in q["prompt"] or "furious" in q["prompt"] for q in dates)
