"""Interviews in the layouts readers met, where each of the guest's answers is the guest's quotation and the bank
asks them ("Asked “…”, what did X answer?"), never the interviewer's questions as anyone's words (issue 14). Each
layout is an invented interview: "Q." / "A." turns with full stops; plain question paragraphs with no marker after
an introduction naming the guest once; the interviewer's and the guest's surnames before each turn; initials; bold
questions. Every sentence here is invented for the test.
"""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article, quotes_of

Q_DOT = (
    "Agnes Tolliver has kept bees on the slopes above Harrowfield since 1986, and last year her hives were the only "
    "ones in the valley to survive a wet spring. She sat down with the Gazette to talk about mites and honey.\n\n"
    "Q. How did you start keeping bees?\n\n"
    "A. By accident. A swarm landed in my apple tree the week we moved in, and an old neighbour showed me what to "
    "do with a cardboard box.\n\n"
    "Q. Why did your hives survive when others failed?\n\n"
    "A. Luck, mostly, and a bit of stubbornness. I feed them in April whatever the weather does.\n\n"
    "Q. What do you say to people who blame the new spraying rules?\n\n"
    "A. I think the spraying matters, but it is not the whole story. Wet springs starve a colony faster.\n\n"
    "Q. What would you tell a beginner?\n\n"
    "A. Join a club before you buy a hive. Every mistake I made somebody there could have warned me about.\n\n"
    "The Harrowfield Beekeepers' Association meets on the first Monday of each month.")

PLAIN = (
    "For twenty-two years Rufus Penhallow has lived alone at the Carrick Point light, three miles off the coast of "
    "Venmouth. The harbour board wants to automate the light next spring. We asked him what happens then.\n\n"
    "What is a normal day at the light?\n\n"
    "There is no normal day. I check the lamp at dawn, write the weather log, and mend what the sea broke.\n\n"
    "Do you get lonely out there?\n\n"
    "Less than people think. The supply boat comes on Thursdays, and I talk to the skipper whether he likes it or "
    "not.\n\n"
    "What will you do when the light is automated?\n\n"
    "I will argue with the harbour board until they let me stay as caretaker of the tower.\n\n"
    "Has that happened?\n\n"
    "Three times in the last decade, and I still get a Christmas card from one of the families.\n\n"
    "What would you miss most on the mainland?\n\n"
    "The quiet. On shore everybody wants to tell you something, and nobody listens to the wind.\n\n"
    "The harbour board will decide on the caretaker post at its meeting on 19 May.")

SURNAMES = (
    "Dalia Ferreira-Holt cooks for 900 pupils a day at Wexbridge Academy. Our food writer Owen Larkspur met her in "
    "the school kitchen.\n\n"
    "Larkspur: When did you decide school food could be better?\n\n"
    "Ferreira-Holt: The day I watched a boy throw a whole tray of grey pasta in the bin and eat crisps instead.\n\n"
    "Larkspur: What did the first menu look like?\n\n"
    "Ferreira-Holt: Soup, bread we bake ourselves, and one hot dish that changes every day of the week.\n\n"
    "Larkspur: How do you keep it within budget?\n\n"
    "Ferreira-Holt: We buy whole vegetables from two farms up the road and do the chopping ourselves.\n\n"
    "Larkspur: What do the pupils ask for most?\n\n"
    "Ferreira-Holt: Curry on Fridays, without question. If I ever take it off there will be a petition.")

BOLD = (
    "Marguerite Ashdown, 78, has made more than 300 quilts since she started in 1976, and one of them hangs in the "
    "Dunvale textile museum. She talked to us at her kitchen table.\n\n"
    "**What got you started?**\n\n"
    "My mother left a box of scraps when she died, and I could not bear to throw them away.\n\n"
    "**How long does one take?**\n\n"
    "A small one takes three months of evenings. The museum quilt took two years.\n\n"
    "**Do young people still quilt?**\n\n"
    "More than you would think. The group I run at the library has eleven members under thirty.\n\n"
    "**What is the secret?**\n\n"
    "Patience and a sharp pair of scissors. Everything else you can borrow from a friend.")

# A report with three plain question paragraphs of its own (a council's, not put to anyone): no interview
REPORT = (
    "The county council of Marlow Fen met on Tuesday to decide the future of its three mobile libraries, which "
    "cost about two hundred thousand pounds a year to run. Councillor Brede Saltash said savings had to be found.\n\n"
    "What would replace the vans?\n\n"
    "Officers proposed a book-delivery service run by volunteers, which would visit each village once a fortnight.\n\n"
    "Which villages would lose out?\n\n"
    "The report listed eleven villages more than five miles from a branch library, most of them on the fen edge.\n\n"
    "How much would be saved?\n\n"
    "About ninety thousand pounds in the first year, according to the council's own figures.\n\n"
    "Saltash told the meeting that the vans were loved but old, and a final decision is due in June.")


def _speakers(body: str) -> set[str]:
    return {s for s, _, _ in quotes_of(body)}


def _asked(body: str) -> list[dict]:
    bank, _ = generate_bank(article(body, "An interview"), published=date(2026, 5, 4))
    return [q for q in bank["questions"] if q.get("prompt", "").startswith("Asked “")]


def test_q_dot_and_a_dot_turns_are_the_guests_answers():
    got = quotes_of(Q_DOT)
    assert {s for s, _, _ in got} == {"Agnes Tolliver"}
    assert any(q.startswith("By accident.") for _, q, _ in got)
    assert any(q.startswith("Join a club before you buy a hive") for _, q, _ in got)
    assert not any(q.rstrip().endswith("?") for _, q, _ in got)


def test_plain_question_paragraphs_put_to_you_and_answered_in_the_first_person_are_an_interview():
    got = quotes_of(PLAIN)
    assert {s for s, _, _ in got} == {"Rufus Penhallow"}  # not the place the introduction also names
    assert any(q.startswith("I will argue with the harbour board") for _, q, _ in got)
    assert not any("19 May" in q for _, q, _ in got)  # the report's closing line is no answer


def test_plain_questions_of_a_report_are_no_interview():
    got = quotes_of(REPORT)
    assert not any(q.startswith(("Officers proposed", "The report listed", "About ninety")) for _, q, _ in got)


def test_the_interviewers_label_and_bold_marks_are_no_part_of_the_asked_question():
    for body, who in ((SURNAMES, "Dalia Ferreira-Holt"), (BOLD, "Marguerite Ashdown"), (Q_DOT, "Agnes Tolliver")):
        asked = _asked(body)
        assert len(asked) >= 3, body[:40]
        assert all(q["prompt"].endswith(f"what did {who} answer?") for q in asked)
        assert not any(x in q["prompt"] for q in asked for x in ("Larkspur:", "**", "Q.", "Q:"))


def test_a_short_answer_is_asked_with_the_sentence_after_it():
    answers = {q["answer"] for q in _asked(Q_DOT)}
    assert any(a.startswith("“By accident. A swarm landed in my apple tree") for a in answers)


def test_a_question_that_points_back_at_an_earlier_turn_is_not_asked():
    prompts = [q["prompt"] for q in _asked(PLAIN)]
    assert any("What will you do when the light is automated?" in p for p in prompts)
    assert not any("Has that happened?" in p for p in prompts)


def test_bold_labels_and_dashed_labels_are_no_part_of_the_answer():
    bold = Q_DOT.replace("Q. ", "**Q:** ").replace("A. ", "**A:** ")
    dashed = Q_DOT.replace("Q. ", "Q – ").replace("A. ", "A – ")
    for body in (bold, dashed):
        got = quotes_of(body)
        assert {s for s, _, _ in got} == {"Agnes Tolliver"}
        assert any(q.startswith("By accident.") for _, q, _ in got), got
        assert not any(q.startswith(("**", "A –")) for _, q, _ in got)
        assert not any("**" in q["prompt"] or "Q –" in q["prompt"] for q in _asked(body))


def test_a_guests_did_not_expect_to_is_her_story_not_a_position():
    body = PLAIN.replace("There is no normal day. I check the lamp at dawn, write the weather log, and mend what the "
                         "sea broke.", "There is no normal day. I did not expect to spend so many hours mending "
                         "what the sea broke, although I have come to like it.")
    demands = extract(article(body, "An interview"), date(2026, 5, 4)).facts()["demands"]
    assert not any("expect" in d["stance"] for d in demands), demands
