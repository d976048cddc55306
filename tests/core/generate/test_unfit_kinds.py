"""Kinds of question readers still found unfit to hand out, each on a small invented article: page furniture
asked as a fact, referents a student cannot place, a second question on one fact, roles that name nothing, and
false "X said that …" statements a student could not call false."""

import pytest

from studyapp.core.generate.furniture import is_furniture
from studyapp.core.generate.pipeline import generate_bank


def _bank(text: str, published: str | None = "2024-05-20") -> list[dict]:
    bank, _ = generate_bank(text, published=published)
    return bank["questions"]


def _seen(q: dict) -> str:
    return " ".join([q.get("prompt", ""), q.get("quote", ""), str(q.get("answer", "")), *q.get("items", []),
                     *[str(c) for c in q.get("choices", [])]])


@pytest.mark.parametrize("line", [
    "Editor's note: This article has been revised at 4:30 p.m. to add comments from the harbour master.",
    "Editors' Note: An earlier headline misstated the size of the fleet.",
    "This article was amended on 3 May 2024 to correct the spelling of a name.",
    "This story has been updated with a statement from the council.",
    "Correction: A previous version of this story gave the wrong date for the vote.",
    "An earlier version of this article said the ferry sank.",
    "Related: Harbour workers vote to strike over pay",
    "Sign up for our free morning newsletter to get the news first.",
    "Tomas Keller contributed reporting.",
    "Reporting by Ana Ilves; editing by Rob Darling",
])
def test_notes_about_the_article_are_page_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The story was updated by the council's own newspaper, the mayor said.",
    "Three donors contributed to the fund last year.",
    "The correction came too late for the ferry operators.",
])
def test_story_sentences_about_updates_and_corrections_are_kept(line):
    assert not is_furniture(line)


UPDATED = """Harbour board picks three firms to rebuild the north pier

The Calder Harbour Board on Monday picked three firms to rebuild the north pier, which storms wrecked in March.
"We want the pier open before the autumn fishing season," said Ilse Varran, the board's chair.
The three firms will share contracts worth £12 million, the board said.
Fishermen have used a temporary jetty since the storms closed the pier on 14 March.
Editor's note: The piece was revised at 6:15 p.m. to add details from the board's press call.
"""


def test_no_question_is_asked_from_an_editors_note():
    qs = _bank(UPDATED)
    assert qs
    assert not any("Editor" in _seen(q) or "6:15" in q.get("source", "") or "updated at" in _seen(q) for q in qs)


CLOCK = """Harbour board picks three firms to rebuild the north pier

The Calder Harbour Board on Monday picked three firms to rebuild the north pier, which storms wrecked in March.
"We want the pier open before the autumn fishing season," said Ilse Varran, the board's chair.
Fishermen have used a temporary jetty since the storms closed the pier.
The board's meeting ended at 5:45 p.m. after members argued over the cost of the work.
"""


def test_a_cloze_never_blanks_part_of_a_clock_time():
    qs = _bank(CLOCK)
    assert not any("5:{{" in q.get("prompt", "") or "}}:45" in q.get("prompt", "") for q in qs)


def _typed(prompt: str) -> dict:
    return {"id": "number-x", "type": "typed", "topic": "context", "prompt": prompt, "source": prompt.replace("{{", "").replace("}}", "")}


@pytest.mark.parametrize("prompt", [
    "These {{12}} had until June to send plans to the Calder Harbour Board, which picks two in the autumn.",
    "Of the firms, the {{12}} were told to send their plans to the board by June this year.",
    "\"I still speak to {{Marta Quill}} every week - she has always said she wants me back.\"",
    "\"That's kind, but we have never met them, so we can't say they want us {{100%}}.\"",
    "The board's meeting ended at 5:{{45}} p.m. after members argued over the cost of the work.",
])
def test_a_cloze_a_student_cannot_reason_about_fails_the_complete_check(prompt):
    from studyapp.core.generate.checks import CheckContext, review_question

    review = review_question(_typed(prompt), CheckContext(prompt))
    assert "complete" in [c.name for c in review.failed]


@pytest.mark.parametrize("prompt", [
    "The {{14}} firms now on the harbour board's list can bid for repair work this year.",
    "\"The pier will open before the autumn, I promise,\" said {{Ilse Varran}}, the board's chair.",
])
def test_a_cloze_with_its_noun_or_its_speaker_passes(prompt):
    from studyapp.core.generate.checks import CheckContext, review_question

    review = review_question(_typed(prompt), CheckContext(prompt))
    assert "complete" not in [c.name for c in review.failed], review.failed


@pytest.mark.parametrize("prompt", [
    "The two clubs made headlines for a different reason on Friday: the league moved their Week {{9}} game.",
    "The league moved the clubs' Week {{9}} game in Carrow from an evening slot to an early afternoon one.",
])
def test_a_cloze_on_a_label_or_a_loose_comparison_fails(prompt):
    from studyapp.core.generate.checks import CheckContext, review_question

    review = review_question(_typed(prompt), CheckContext(prompt))
    assert "complete" in [c.name for c in review.failed]


def test_a_date_question_about_a_different_reason_fails():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "date-x", "type": "date", "topic": "dates", "precision": "day", "answer": "2024-05-20",
         "prompt": "On what date did the two clubs make headlines for a different reason?",
         "source": "The two clubs made headlines for a different reason on Friday."}
    assert "complete" in [c.name for c in review_question(q, CheckContext(q["source"])).failed]


AGENCY = """Space office hires two firms to build a lunar relay

The KSRO on Monday chose Orbitane and Pellix Labs to build a radio relay that will orbit the moon.
"Both firms bring new ideas to a hard problem," said Dana Morrow, the KSRO's director of science.

The KSRO is also looking to private firms to build a crewed lander. In March, the agency picked six firms to study and test lander designs.

"We will spend the money with care," said Hugo Brandt, the KSRO's finance chief.
"""


def test_the_agency_in_a_question_is_the_body_the_sentence_before_is_about():
    qs = _bank(AGENCY, "2025-06-16")
    seen = " ".join(_seen(q) for q in qs)
    assert "the agency" not in seen.replace("The agency", "the agency")
    assert "did KSRO pick six firms" in seen


GROUP_MEMBER = """Nurses offer to staff a winter clinic for free

A group of nurses is urging the county to let it run a free winter clinic at the Dorran shelter.

The nurses, members of a new group Care Without Walls, gave the county until Friday to answer their offer.

"This is how outbreaks start," Petra Lind, a founder of the group and co-author of the letter, told the Dorran Herald. "Every winter the shelter fills up and people get sick."

County officials said they were studying the offer and would reply next week.
"""


def test_a_role_that_names_neither_its_group_nor_its_letter_is_not_asked():
    qs = _bank(GROUP_MEMBER, "2025-11-10")
    for q in qs:
        if q["type"] == "flash" or q.get("topic") == "context":
            assert "the group" not in _seen(q) and "the letter" not in _seen(q), q


@pytest.mark.parametrize("claim, fit", [
    ("it is cheap and costs less than a week in hospital for the staff and the families", False),
    ("it was cheaper than the care the shelter pays for each winter", False),
    ("it is time to open the clinic before the first cold spell arrives", True),
    ("it would be a mistake to wait until the shelter is full", True),
])
def test_who_said_that_it_needs_the_it_named(claim, fit):
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "said-x", "type": "quote", "topic": "who-said-what", "reported": True, "quote": claim,
         "speaker": "Petra Lind", "distractors": ["Omar Feld", "Rosa Tamm"], "source": f"Petra Lind said {claim}."}
    ctx = CheckContext(q["source"], persons={"Petra Lind", "Omar Feld", "Rosa Tamm"})
    assert ("complete" not in [c.name for c in review_question(q, ctx).failed]) is fit


SWITCH = ("Ringtone sellers face new rules\n\nMr Tarrow said that the switch to monthly plans took place within a "
          "month, late in 2021. Sellers who break the rules can be cut off, said Mina Ost, the forum's head. "
          "Vell Mobile has cut off six sellers, said Mr Tarrow, who runs partner services at Vell Mobile.")
SWITCH_SOURCE = "Mr Tarrow said that the switch to monthly plans took place within a month, late in 2021."


def test_a_statement_that_reads_out_a_date_asked_on_its_sentence_is_not_asked_beside_it():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    when = Candidate({"id": "date-switch", "type": "date", "topic": "dates", "precision": "year", "answer": "2021",
                      "prompt": "In what year did the switch to monthly plans take place?",
                      "source": SWITCH_SOURCE, "explanation": "x"}, "date:switch:2021", 0.9)
    said = Candidate({"id": "tf-said-switch", "type": "choice", "topic": "who-said-what",
                      "prompt": "True or false: Lev Tarrow said that the switch to monthly plans took place within a "
                                "month, late in 2021.", "choices": ["True", "False"], "answer": "True",
                      "source": SWITCH_SOURCE, "explanation": "x"}, "claim:switch", 0.5)
    ctx = CheckContext(SWITCH, people=[{"name": "Lev Tarrow", "role": "head of partner services"},
                                       {"name": "Mina Ost", "role": "the forum's head"}],
                       persons={"Lev Tarrow", "Mina Ost"})
    kept, _ = select([when, said], ctx, 400)
    assert [q["id"] for q in kept] == ["date-switch"]


def test_a_cloze_whose_answer_another_question_reads_out_fails_worth():
    from studyapp.core.generate.checks import CheckContext, review_question

    cloze = _typed("Those firms had until June to send plans, and the board will pick {{two}} of them in the autumn.")
    other = {"id": "date-x", "type": "date", "topic": "dates", "precision": "month", "answer": "2025-03",
             "prompt": "In what month did the board pick two of the firms to rebuild the pier?", "source": "x"}
    review = review_question(cloze, CheckContext("x", others=[other]))
    assert "worth" in [c.name for c in review.failed]
    assert "worth" not in [c.name for c in review_question(cloze, CheckContext("x")).failed]


BISTRO = """Chef Rena Vost loses fight over late-night bistro

Celebrity chef Rena Vost has lost her fight to keep her bistro open until 2am, after Marlow council refused her licence on Tuesday.
Councillor Tom Garrick, who chairs the licensing board, said the chef had only herself to blame.
Dr Ilona Barsk, a sleep expert at Kettering College, said her own team had measured the noise outside the bistro for a month.
Neighbour Paul Odell said residents had complained about the noise for two years.
The council's chief executive, Mara Fenn, said the board had kept strictly to its rules.
The council's finance chief, Owen Tralee, said an appeal would cost the town £40,000.
Mr Garrick said he would not reopen the case. Ms Barsk said she would publish the figures in June.
Mr Odell said he was relieved. Ms Fenn said she would meet the neighbours. Mr Tralee said he expected no appeal.
Mayor Alba Ruiz said the licence had been refused by the book. Police Inspector Karl Voss said officers had been
called to the street twice. The bistro was designed by the architect Lena Moss, who also built the town library.
"""


def _wrong_speakers(text: str):
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import WrongSpeakers, _distractors, build_people

    ex = extract(text, None)
    people = build_people(ex)
    return WrongSpeakers(ex, people, _distractors(ex, people).pools["person"]), {p["name"] for p in people}


@pytest.mark.parametrize("speaker, claim, never", [
    ("Tom Garrick", "the chef had only herself to blame", {"Rena Vost"}),  # whom the claim is about
    ("Ilona Barsk", "her own team had measured the noise outside the bistro for a month",
     {"Tom Garrick", "Paul Odell", "Owen Tralee", "Rena Vost"}),  # "her team" given to a man
    ("Mara Fenn", "the board had kept strictly to its rules", {"Owen Tralee", "Rena Vost", "Lena Moss"}),
    ("Alba Ruiz", "the licence had been refused by the book", {"Karl Voss", "Rena Vost", "Lena Moss"}),  # two offices
])
def test_a_false_said_that_never_names_someone_who_might_have_said_it(speaker, claim, never):
    wrongs, names = _wrong_speakers(BISTRO)
    assert {speaker, *never} <= names | {"Rena Vost"}
    picked = {wrongs.pick(speaker, claim, f"{speaker} said {claim}.", seed) for seed in range(12)}
    assert not picked & never, picked
    assert picked - {None}, "some wrong speaker is still offered"


def test_a_said_that_statement_whose_claim_is_only_a_name_fails():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "tf-said-x", "type": "choice", "topic": "who-said-what", "choices": ["True", "False"],
         "answer": "False", "prompt": "True or false: Ana Queluz said that Its farm minister, Tiago Ondarra.",
         "source": "Its farm minister, Tiago Ondarra, said on Monday that the quota was too small."}
    ctx = CheckContext(q["source"], persons={"Ana Queluz", "Tiago Ondarra"})
    assert "complete" in [c.name for c in review_question(q, ctx).failed]


@pytest.mark.parametrize("prompt", [
    "And they both grew tearful on the stage of the Harrow Hall, where Lena Crisp sang in 1990 and {{1994}}.",
    "Orbitane now supplies each Fortune {{500}} firm, and most banks use its tools, Ms Varran said.",
])
def test_a_cloze_leaning_on_the_sentence_before_or_blanking_a_name_number_fails(prompt):
    from studyapp.core.generate.checks import CheckContext, review_question

    assert "complete" in [c.name for c in review_question(_typed(prompt), CheckContext(prompt)).failed]


def test_a_cloze_whose_answer_the_bank_title_gives_fails_worth():
    from studyapp.core.generate.checks import CheckContext, review_question

    article = "Dana Morrow on the relay's first year\n\nThe science director, {{Dana Morrow}}, said on Monday the relay worked."
    cloze = {"id": "name-x", "type": "typed", "topic": "context", "accept": ["Morrow"],
             "prompt": "The science director, {{Dana Morrow}}, said on Monday that the relay had worked for a year.",
             "source": "The science director, Dana Morrow, said on Monday that the relay had worked for a year."}
    assert "worth" in [c.name for c in review_question(cloze, CheckContext(article)).failed]


def test_who_said_that_unless_it_needs_the_it_named():
    from studyapp.core.generate.checks import CheckContext, review_question

    claim = "unless it was back on the table the council would never agree a budget for the harbour"
    q = {"id": "said-x", "type": "quote", "topic": "who-said-what", "reported": True, "quote": claim,
         "speaker": "Petra Lind", "distractors": ["Omar Feld", "Rosa Tamm"], "source": f"Petra Lind said {claim}."}
    ctx = CheckContext(q["source"], persons={"Petra Lind", "Omar Feld", "Rosa Tamm"})
    assert "complete" in [c.name for c in review_question(q, ctx).failed]


def test_a_figure_question_and_a_reported_claim_reading_it_out_are_one_fact():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    source = "Ms Lind has said the board's plan would mean a 35% rise in harbour fees."
    article = "Harbour fees\n\n" + source + " Omar Feld and Rosa Tamm said the board had not asked them."
    claim = Candidate({"id": "said-lind", "type": "quote", "topic": "who-said-what", "reported": True,
                       "quote": "the board's plan would mean a 35% rise in harbour fees", "speaker": "Petra Lind",
                       "distractors": ["Omar Feld", "Rosa Tamm"], "source": source, "explanation": "x"},
                      "claim:lind", 0.85)
    figure = Candidate({"id": "how-lind", "type": "choice", "topic": "context",
                        "prompt": "According to Petra Lind, how big a rise in harbour fees would the board's plan mean?",
                        "choices": ["26%", "35%", "52%", "70%"], "answer": "35%", "source": source,
                        "explanation": "x"}, "figure:lind", 0.7)
    people = [{"name": n, "role": "member"} for n in ("Petra Lind", "Omar Feld", "Rosa Tamm")]
    kept, _ = select([claim, figure], CheckContext(article, people=people, persons={p["name"] for p in people}), 400)
    assert len(kept) == 1


@pytest.mark.parametrize("claim, source", [
    ("the board will not scrap it", "The finance chief, Ole Brandt, said the board will not scrap it."),
    ("the freeze caused the delays, saying 900 nurses joined in the spring",
     "The minister, Ole Brandt, rejected claims that the freeze caused the delays, saying 900 nurses joined in the spring."),
])
def test_a_said_that_statement_of_a_denied_or_pronoun_claim_fails(claim, source):
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "tf-said-x", "type": "choice", "topic": "who-said-what", "choices": ["True", "False"],
         "answer": "True", "prompt": f"True or false: Ole Brandt said that {claim}.", "source": source}
    ctx = CheckContext(source, persons={"Ole Brandt", "Rosa Tamm"})
    assert "complete" in [c.name for c in review_question(q, ctx).failed]


def test_a_claim_whose_it_is_its_own_subject_stands_alone():
    from studyapp.core.generate.checks import CheckContext, review_question

    claim = "the levy was settled for good and nobody should reopen talks on it"
    q = {"id": "said-x", "type": "quote", "topic": "who-said-what", "reported": True, "quote": claim,
         "speaker": "Petra Lind", "distractors": ["Omar Feld", "Rosa Tamm"], "source": f"Petra Lind said {claim}."}
    ctx = CheckContext(q["source"], persons={"Petra Lind", "Omar Feld", "Rosa Tamm"})
    assert "complete" not in [c.name for c in review_question(q, ctx).failed]


def test_a_cloze_from_the_middle_of_a_long_quotation_fails():
    from studyapp.core.generate.checks import CheckContext, review_question

    prompt = "Without it we would pay {{9}} times as much as Ostmark for the same harbour."
    assert "complete" in [c.name for c in review_question(_typed(prompt), CheckContext(prompt)).failed]
    said = "The harbour board said we should expect {{9}} ships a day by the summer."
    assert "complete" not in [c.name for c in review_question(_typed(said), CheckContext(said)).failed]


def test_a_generic_plural_is_no_side():
    from studyapp.core.generate.checks import CheckContext, review_question

    side = {"id": "side-x", "type": "choice", "topic": "demands", "prompt": "Which side fears that firms will move staff abroad?",
            "choices": ["Critics", "Harbour Board", "Velland"], "answer": "Critics",
            "source": "Critics fear that firms will move staff abroad."}
    assert "names" in [c.name for c in review_question(side, CheckContext(side["source"])).failed]
    q = {"id": "tf-x", "type": "choice", "topic": "demands", "choices": ["True", "False"], "answer": "True",
         "prompt": "True or false: Companies compete to carry the agency's cargo to the moon.",
         "source": "Companies compete to carry the agency's cargo to the moon."}
    assert "names" in [c.name for c in review_question(q, CheckContext(q["source"])).failed]


@pytest.mark.parametrize("quote, fit", [
    ("I can sense him and his spirit whenever I walk in here", False),
    ("We want the pier open before the autumn fishing season starts", True),
    ("I told him the harbour board would never let his boats back in here", True),
])
def test_a_quotation_whose_point_is_only_pronouns_fails(quote, fit):
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "quote-x", "type": "quote", "topic": "who-said-what", "quote": quote, "speaker": "Petra Lind",
         "distractors": ["Omar Feld", "Rosa Tamm"], "source": f"“{quote},” said Petra Lind."}
    ctx = CheckContext(q["source"], persons={"Petra Lind", "Omar Feld", "Rosa Tamm"})
    assert ("complete" not in [c.name for c in review_question(q, ctx).failed]) is fit


def test_a_false_statement_and_a_true_one_on_one_sides_point_are_asked_once():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    article = ("Grain talks\n\nVelland wants Ostmark to agree to large, fixed grain purchases. Ostmark balks at "
               "committing to a fixed amount of grain purchases within a set time.")
    wants = Candidate({"id": "tf-wants", "type": "choice", "topic": "demands", "choices": ["True", "False"],
                       "answer": "True", "prompt": "True or false: Velland wants Ostmark to agree to large, fixed grain purchases.",
                       "source": "Velland wants Ostmark to agree to large, fixed grain purchases.", "explanation": "x"},
                      "pos:wants", 0.8)
    balks = Candidate({"id": "tf-balks", "type": "choice", "topic": "demands", "choices": ["True", "False"],
                       "answer": "False", "prompt": "True or false: Velland balks at committing to a fixed amount of grain "
                                                    "purchases within a set time.",
                       "source": "Ostmark balks at committing to a fixed amount of grain purchases within a set time.",
                       "explanation": "x"}, "pos:balks", 0.7)
    kept, _ = select([wants, balks], CheckContext(article, sides=["Velland", "Ostmark"]), 400)
    assert [q["id"] for q in kept] == ["tf-wants"]


def test_a_lower_case_fragment_of_a_quotation_with_a_loose_pronoun_fails():
    from studyapp.core.generate.checks import CheckContext, review_question

    quote = "first hand their pride in the harbour and their care for it"
    q = {"id": "quote-x", "type": "quote", "topic": "who-said-what", "quote": quote, "speaker": "Petra Lind",
         "distractors": ["Omar Feld", "Rosa Tamm"], "source": f"Lind said she sees “{quote}.”"}
    ctx = CheckContext(q["source"], persons={"Petra Lind", "Omar Feld", "Rosa Tamm"})
    assert "complete" in [c.name for c in review_question(q, ctx).failed]


def test_a_false_statement_never_keeps_out_a_true_one_of_the_side_it_names():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    article = ("Flu clinic\n\nThe health office recommends that everyone over six months gets a flu shot by October. "
               "Nurses for Shelters offers to run the flu clinic at the shelter for free.")
    swapped = Candidate({"id": "tf-offers", "type": "choice", "topic": "demands", "choices": ["True", "False"],
                         "answer": "False", "prompt": "True or false: Kell Health Office offers to run the flu clinic at the shelter.",
                         "source": "Nurses for Shelters offers to run the flu clinic at the shelter for free.",
                         "explanation": "x"}, "pos:offers", 0.8)
    true = Candidate({"id": "tf-recommends", "type": "choice", "topic": "demands", "choices": ["True", "False"],
                      "answer": "True", "prompt": "True or false: Kell Health Office recommends that everyone over six "
                                                  "months gets a flu shot by October.",
                      "source": "The health office recommends that everyone over six months gets a flu shot by October.",
                      "explanation": "x"}, "pos:recommends", 0.7)
    kept, _ = select([swapped, true], CheckContext(article, sides=["Kell Health Office", "Nurses for Shelters"]), 400)
    assert {q["id"] for q in kept} == {"tf-offers", "tf-recommends"}


VICTIM = """Family wins fight for inquiry into harbour death

Judges in Carrow decided on Tuesday that Tomas Reiner's death in police custody must be looked at again.
"This is a great day for the family and for the law," said their lawyer, Hanna Voight.
Mr Reiner, 31, a ferry mechanic, was held after a fight on the quay in May.
"The earlier inquiry was not open and it was not quick," said Ruth Kessel of the group Fair Custody.
"We will read the ruling with care before we decide what to do," said police chief Arno Falk.
"""


def test_a_person_the_article_reports_dead_is_never_offered_as_a_speaker():
    qs = _bank(VICTIM, "2024-05-22")
    quotes = [q for q in qs if q["type"] == "quote"]
    assert quotes
    assert not any("Tomas Reiner" in q.get("distractors", []) for q in quotes)
