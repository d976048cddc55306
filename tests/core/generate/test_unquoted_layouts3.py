"""Magazine interviews whose answers carry no quote marks and whose layout the guest's cast had to be read from
(issue 14): a headline quoting the guest, then her name "on" a topic, over a body that names her in full and never
by the surname (her answers say "I"); an apposition giving her age; "Read more:" and "Photo:" lines between the
turns; the interviewer's statements among the questions; a question quoting a third party; the closing "edited
for clarity" note; a plan set out as "What we propose is …"; a date the guest denies ("is not closing in May");
bodies named after "the". Invented interviews, one layout each, as (title, body, guest)."""

from tests.core.generate.conftest import article, guest_answers, story_facts


# 1. a headline quoting the guest, then her role and name "on" a topic; plain questions; the guest named in full
# three times and never by the surname; a byline and a caption line
HEADLINE_GUEST = (
    "\"Bees don't read the calendar\": beekeeper Tamsin Orrell on the worst spring in forty years",
    "A cold April killed a third of the hives in the Carrow valley. We asked the woman who keeps more of them than "
    "anyone else how the valley's honey will survive.\n\n"
    "Words by Piers Agnew\n\n"
    "Tamsin Orrell keeps 240 hives on the slopes above Dunmarsh and has sold honey at the town's Saturday market "
    "since 1987. This year she lost 80 colonies in a fortnight. We met her in her extracting shed.\n\n"
    "How bad was April?\n\n"
    "The worst I have known. We had three nights of hard frost after the blossom opened, and the bees had nothing "
    "to eat. I lost eighty colonies in two weeks, which is more than I lost in the previous ten years together.\n\n"
    "Could anything have saved them?\n\n"
    "Feeding them sugar earlier would have saved some. I waited because the forecast said the cold would pass, and "
    "I will not make that mistake again.\n\n"
    "What are you asking the council for?\n\n"
    "A hardship grant for the valley's keepers, like the one the farmers got after the floods. Twelve of us have "
    "written to the council, and we want an answer before the summer recess.\n\n"
    "Who buys most of your honey?\n\n"
    "The bakeries in Dunmarsh and Carrow take about half of it for their honey cakes. The rest goes to the market "
    "and to a shop in the city that has stocked my jars for twenty years.\n\n"
    "How long does a colony take to recover?\n\n"
    "Two seasons at the least. A new queen needs a summer to build her numbers, and I will buy forty packages of "
    "bees from a breeder in the south to fill the empty hives.\n\n"
    "Will there be honey this year?\n\n"
    "Some, but not at the market before August. I would rather sell none than sell honey I have had to feed "
    "with sugar.\n\n"
    "Picture: Tamsin Orrell at her hives above Dunmarsh.\n\n"
    "Tamsin Orrell will speak at the Carrow Show on July 12.",
    "Tamsin Orrell",
)

# 2. an apposition giving the guest's age; the introduction says he spoke to the paper; plain questions put to you
AGED_GUEST = (
    "The welder who built a lifeboat station",
    "In 1998 Oswin Barrack, then a 29-year-old welder at the Pellow yard, persuaded the village of Saltcombe to "
    "build its own lifeboat station. The station opens its new boathouse next month, and Oswin Barrack spoke to us "
    "about the money, the sea and the crew.\n\n"
    "How did you talk a village into it?\n\n"
    "I knocked on every door in Saltcombe, all 312 of them. Most people had lost someone to the sea or knew "
    "someone who had, so I rarely had to explain why.\n\n"
    "What did the new boathouse cost?\n\n"
    "Just under 900,000 pounds. We raised two thirds of it ourselves and the rest came from the coastal fund.\n\n"
    "Why do you still go out on the boat at 57?\n\n"
    "Because the crew is short, and I can still steer in a swell better than most of the young ones. I will stop "
    "when the coxswain tells me to.\n\n"
    "What worries you most?\n\n"
    "Recruiting. We need eight more volunteers before the winter, and the young people of Saltcombe mostly work "
    "in the city now.\n\n"
    "Oswin Barrack opens the boathouse on June 6.",
    "Oswin Barrack",
)

# 3. "Read more:" and "Photo:" lines between the turns, a title naming the guest on a list of topics
PAGE_LINES = (
    "Harbour pilot Ines Valcourt on tides, tankers and her last season",
    "Ines Valcourt has guided ships into the port of Marrow Sound for twenty-six years. She retires in October. "
    "She talked to our shipping editor, Callum Reith.\n\n"
    "Photo: Ines Valcourt on the pilot launch at Marrow Sound.\n\n"
    "What is the hardest ship to bring in?\n\n"
    "A light tanker in a westerly gale. It sits high in the water and the wind pushes it like a sail. I have "
    "turned back twice in my career, both times with a tanker.\n\n"
    "Read more: The port's new deep-water berth opens next year\n\n"
    "Has the job changed since you started?\n\n"
    "Completely. The ships are three times the size, and we board them by helicopter when the sea is too rough "
    "for the launch. The tides have not changed at all.\n\n"
    "Read more: Why pilots are in short supply\n\n"
    "What will you do in retirement?\n\n"
    "I am going to sail my own small boat to the islands in the north, slowly, with nobody telling me where to "
    "berth.\n\n"
    "This interview has been edited for length.\n\n"
    "Ines Valcourt will give a talk on the history of the pilot service at the Marrow Sound library on October 3. "
    "Tickets from our website.",
    "Ines Valcourt",
)

# 4. the interviewer's statements among the questions: one put to "you", one short and in no one's first person
STATEMENT_TURNS = (
    "\"A library is a public living room\": Yusuf Halberd on his plan for the Brackwater libraries",
    "The new head of Brackwater's libraries wants every branch open on Sundays by next spring. Interview by Nell "
    "Ashdown.\n\n"
    "Yusuf Halberd took charge of the town's nine libraries in January, after six years running the mobile "
    "library service in the hill villages.\n\n"
    "Why Sundays?\n\n"
    "Because that is the day families have time. We counted the people who tried the doors of the central library "
    "on Sundays in March, and there were more than four hundred of them.\n\n"
    "The council says it cannot afford the extra staff.\n\n"
    "I have costed it at 140,000 pounds a year, which is less than the council spends on the car park at the town "
    "hall. I will put that figure to the finance committee in June.\n\n"
    "You closed two reading rooms last month.\n\n"
    "I did, and I would do it again. They were empty on most days, and the rent on them will pay for the Sunday "
    "staff at three branches.\n\n"
    "How will you bring in readers who have never used a library?\n\n"
    "By going to them first. I want the mobile library to park outside the two secondary schools every Friday, and every "
    "child who borrows a book there gets a card for the town's pool.\n\n"
    "What comes next?\n\n"
    "A lending shelf of tools in every branch by the autumn, starting with ladders and drills. People have been "
    "asking me for it for years.",
    "Yusuf Halberd",
)

# 5. a question quoting a third party, answered by the guest; a closing "condensed for clarity" note; a plan set
# out as "What we propose is …"
QUOTE_IN_QUESTION = (
    "\"We are not closing the ward, we are moving it\": Dr Amara Fenwick on the Linley maternity unit",
    "Interview by Rosa Quill | The Linley Courier\n\n"
    "Dr Amara Fenwick, the medical director of Linley General Hospital, has spent a month defending the plan to "
    "move the town's maternity unit to Harwood. She answered our questions in her office.\n\n"
    "The campaign group Keep Linley Born called the move \"a betrayal of every family in the town\". What do you say "
    "to them?\n\n"
    "I understand the anger, and I have met the campaigners twice. But the unit delivered 610 babies last year, "
    "and the national guidance is that a unit needs at least 1,000 to keep its skills.\n\n"
    "What happens to the building in Linley?\n\n"
    "What we propose is a midwife-led birth centre for women with low-risk pregnancies, open around the clock, "
    "with an ambulance on standby for a transfer.\n\n"
    "When does the unit move?\n\n"
    "Not before the new wing at Harwood is finished, which the builders tell me will be in March next year. I "
    "have promised the campaigners that we will publish the transfer times every month.\n\n"
    "This interview has been condensed for clarity.",
    "Amara Fenwick",
)

# 6. a date the guest denies, bodies named after "the", and a museum "of" a subject, none of them a person
DENIED_DATE = (
    "\"The organ stays\": Ruth Castellane on the future of the Aldmoor Playhouse",
    "The Aldmoor Playhouse has lost its grant from the Verrin Trust, and rumours say the theatre will close. We "
    "spoke to its director, Ruth Castellane, who came to Aldmoor from the Selwick Museum of Childhood three years "
    "ago.\n\n"
    "Is the Playhouse closing?\n\n"
    "No. The Playhouse is not closing in May, whatever you have read. We have enough money to run until the end of "
    "the year, and I am talking to the Orlan Collection about a loan of 200,000 pounds.\n\n"
    "Why did the grant stop?\n\n"
    "The trust changed its rules in January and now funds only new buildings. I think that is a mistake, and I have "
    "told its chair so.\n\n"
    "Will you sell the cinema organ?\n\n"
    "Never. The organ was installed in 1931 and it is the last one working in the county. We will hold a fundraising "
    "concert on it on September 14.\n\n"
    "What would success look like?\n\n"
    "A full house on a wet Tuesday in February. If we can do that, we can survive anything.",
    "Ruth Castellane",
)

LAYOUTS = {"headline": HEADLINE_GUEST, "aged": AGED_GUEST, "page_lines": PAGE_LINES, "statements": STATEMENT_TURNS,
           "quoted": QUOTE_IN_QUESTION, "denied": DENIED_DATE}



def _bank(story: tuple) -> dict:
    from studyapp.core.generate.pipeline import generate_bank

    bank, _facts = generate_bank(article(story[1], story[0]), published="2026-05-04")
    return bank


def test_a_headline_quoting_the_guest_then_her_name_on_a_topic_makes_her_a_person_and_her_answers_hers():
    said = guest_answers(HEADLINE_GUEST)
    assert len(said) == 6 and said[0].startswith("The worst I have known")
    assert not any("Carrow Show" in q or "Picture" in q for q in said)  # the closing note and caption are no answer
    bank = _bank(HEADLINE_GUEST)
    assert any(p["name"] == "Tamsin Orrell" and p.get("role") == "beekeeper" for p in bank["people"])
    assert any("Tamsin Orrell" in q.get("prompt", "") and q["topic"] == "who-said-what" for q in bank["questions"])


def test_a_guest_whose_age_an_apposition_gives_is_a_person_never_a_body():
    said = guest_answers(AGED_GUEST)
    assert len(said) == 4 and said[0].startswith("I knocked on every door")
    assert any(p["name"] == "Oswin Barrack" for p in _bank(AGED_GUEST)["people"])


def test_read_more_and_photo_lines_between_the_turns_are_no_ones_words():
    said = guest_answers(PAGE_LINES)
    assert len(said) == 3 and said[1].startswith("Completely.")
    assert not any("Read more" in q or "deep-water berth" in q or "short supply" in q for q in said)


def test_the_interviewers_statements_are_not_the_guests_and_the_answers_after_them_are():
    said = guest_answers(STATEMENT_TURNS)
    assert not any(q.startswith(("The council says", "You closed")) for q in said)
    assert any(q.startswith("I have costed it at 140,000 pounds") for q in said)
    assert any(q.startswith("I did, and I would do it again") for q in said)
    assert len(said) == 5


def test_a_question_quoting_a_third_party_is_a_turn_and_the_closing_note_is_no_answer():
    facts = story_facts(QUOTE_IN_QUESTION)
    said = guest_answers(QUOTE_IN_QUESTION)
    assert any(q.startswith("I understand the anger") for q in said)  # the answer to the quoting question
    assert not any("condensed" in q for q in said)
    assert not any(q["quote"].startswith("a betrayal") and q["speaker"] == "Amara Fenwick" for q in facts["quotes"])


def test_a_plan_set_out_as_what_we_propose_is_asks_the_thing_proposed():
    bank = _bank(QUOTE_IN_QUESTION)
    keys = [str(q.get("answer", "")) for q in bank["questions"]] + [q.get("prompt", "") for q in bank["questions"]]
    assert not any(k.startswith("Is a midwife") or "proposes is" in k for k in keys)


def test_a_date_the_guest_denies_is_not_asked_and_bodies_after_the_are_no_people():
    bank = _bank(DENIED_DATE)
    prompts = [q.get("prompt", "") for q in bank["questions"]]
    assert not any("not closing" in p for p in prompts)
    names = {p["name"] for p in bank["people"] if p.get("role") != "organisation"}
    assert not names & {"Orlan Collection", "Selwick Museum"}
    facts = story_facts(DENIED_DATE)
    assert not {p["name"] for p in facts["people"] if p.get("kind", "person") == "person"} & {
        "Orlan Collection", "Selwick Museum"}
    said = guest_answers(DENIED_DATE)
    assert len(said) == 4 and said[0].startswith("No. The Playhouse is not closing")


def test_a_clause_saying_what_is_not_happening_has_no_date_to_ask():
    from studyapp.core.generate.realise import when_question

    assert when_question("The mural is not going to the council depot", "month", "ahead") is None
    assert when_question("The lifeboat crew isn't leaving the harbour", "day", "present") is None
    assert when_question("The mural is going to the council depot", "month", "ahead") == \
        "In what month is the mural going to the council depot?"


def test_an_interviews_byline_writer_is_no_person_of_the_story():
    for story, writer in ((HEADLINE_GUEST, "Piers Agnew"), (QUOTE_IN_QUESTION, "Rosa Quill")):
        assert not any(p["name"] == writer for p in story_facts(story)["people"])
        assert not any(writer in str(q) for q in _bank(story)["questions"])


def test_a_place_named_after_the_is_no_body_and_no_person():
    from studyapp.core.generate.facts import extract

    body = ("The developer Pardoe Homes wants to build 300 homes on the fields north of the Hollin Brook. Residents "
            "say the Hollin Brook floods most winters. The Pardoe Homes director, Ellis Varney, said the homes would "
            "stand well above the water.")
    ex = extract(article(body))
    assert "Hollin Brook" not in ex.sides()
    assert not any(p.name == "Hollin Brook" for p in ex.cast.people if p.kind == "person")


def test_after_an_interviews_closing_note_the_page_is_furniture_and_asks_no_date():
    prompts = [q.get("prompt", "") for q in _bank(PAGE_LINES)["questions"]]
    assert not any("talk" in p for p in prompts)
    assert not any("talk on the history" in q for q in guest_answers(PAGE_LINES))
