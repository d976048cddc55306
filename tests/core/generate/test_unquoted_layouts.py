"""Interview layouts whose answers carry no quote marks (issue 14): each guest answer is the guest's quotation, no
question is anyone's. Invented interviews, one layout each, plus an ordinary report with a rhetorical question."""

from tests.core.generate.conftest import quotes_of

BOLD_QUESTIONS = (
    "Orla Brannigan runs the only lending library for tools in the county, a converted dairy on the edge of "
    "Pellstow. Our reporter Dev Aster spoke to Brannigan about drills, ladders and the neighbours who never bring "
    "them back.\n\n"
    "**How did a library of tools begin?**\n\n"
    "With a borrowed hedge trimmer that nobody on my street wanted to buy for one afternoon a year. I counted "
    "eleven of them in eleven sheds and thought that was a silly way to live.\n\n"
    "**What do people borrow most?**\n\n"
    "Wallpaper steamers in spring and pressure washers the week before a wedding. We keep three of each now and "
    "still run out.\n\n"
    "**Do the tools come back?**\n\n"
    "Almost always. The ones that go missing tend to return with a note and a tin of biscuits, which I count as "
    "interest on the loan.\n\n"
    "**Who uses the library?**\n\n"
    "Students furnishing their first flat, retired couples who sold their sheds when they downsized, and a "
    "surprising number of theatre crews building scenery on a budget of almost nothing.\n\n"
    "**Has anything ever been returned broken?**\n\n"
    "A chainsaw, once, in two pieces and a carrier bag. The borrower paid for the repair without being asked, and "
    "now he volunteers here on Saturday mornings sharpening blades.\n\n"
    "**How is it paid for?**\n\n"
    "Members give ten pounds a year, or nothing if they cannot afford it, and a hardware shop in town sends us its "
    "ex-display stock each January. A grant from a housing trust covers the rent on the dairy until next "
    "autumn, and after that I honestly do not know.\n\n"
    "**What would you change if the council paid for it?**\n\n"
    "A proper workshop with a bench and somebody to show teenagers how to fix a puncture. Lending a spanner is "
    "useful, but teaching somebody to use it lasts longer.\n\n"
    "The library opens on Tuesdays and Saturdays."
)

ITALIC_EDITED = (
    "Senna Okwuosa became the youngest head teacher in the district this term, taking over a school of four hundred "
    "pupils in Dunmere. Her answers below were condensed and edited for clarity.\n\n"
    "*Why did you want the job so early?*\n\n"
    "Because I kept arguing with the people who had it. At some point you either stop complaining or you apply.\n\n"
    "*What was the first thing you changed?*\n\n"
    "The lunch queue. Pupils were waiting twenty minutes for food and then had ten minutes to eat it, so we "
    "staggered the breaks by year group.\n\n"
    "Nobody writes songs about lunch queues, but the afternoon lessons got calmer within a fortnight.\n\n"
    "*Are parents on your side?*\n\n"
    "Most of them, once they saw the homework timetable. A few still ring me at weekends, which I am trying to "
    "discourage politely.\n\n"
    "*What do the pupils call you?*\n\n"
    "Miss, mostly, and occasionally something less polite when I confiscate a phone. I was a pupil here myself "
    "twenty years ago, so I have heard every nickname there is.\n\n"
    "*Is the budget enough?*\n\n"
    "No school budget is enough. We share a minibus with the primary next door and borrow their hall for concerts, "
    "and they borrow our playing field in return.\n\n"
    "*What surprised you most in the first term?*\n\n"
    "How much of the work takes place in the car park at half past eight. A parent who would never book a meeting will "
    "tell you everything while their child hunts for a missing shoe, and I have solved more problems there than "
    "in my office.\n\n"
    "*Where do you see the school in five years?*\n\n"
    "With a working science block and a waiting list. We have one of those already and not the other."
)

INITIALS = (
    "The marine biologist Maren Kjeldsen has spent six winters counting seals on the islands off Ardloch. Jonah "
    "Ruddle asked her about the work.\n\n"
    "JR: What does a seal count actually involve?\n\n"
    "MK: A small boat, a long lens and a lot of patience. We photograph every haul-out site from the same angle and "
    "count heads on a laptop in the evening.\n\n"
    "JR: Have the numbers changed since you started?\n\n"
    "MK: The grey seals have roughly doubled on the outer islands. The common seals are flat, which worries me more "
    "than a fall would.\n\n"
    "JR: How do you tell one seal from another?\n\n"
    "MK: By the pattern of spots on the neck, which stays the same for life. We have a catalogue of nearly nine "
    "hundred faces now, each with a number and, for the regulars, a nickname.\n\n"
    "JR: Do visitors disturb the colonies?\n\n"
    "MK: Kayakers sometimes paddle too close without meaning any harm. A startled mother can abandon a pup, so we "
    "put up signs on the slipways asking people to keep a hundred metres away.\n\n"
    "JR: What keeps you going through a cold season?\n\n"
    "MK: Flasks of soup and the moment in March when the first pups of the year start swimming on their own. I "
    "have watched it six times and it has not become ordinary yet.\n\n"
    "JR: Why would a flat number be a worry?\n\n"
    "MK: Because the food has moved and they have not followed it yet. A colony can look steady for years and then "
    "drop all at once.\n\n"
    "JR: What would help them most?\n\n"
    "MK: Fewer nets left in the shallows over winter. That one change would save more pups than any other measure "
    "I can think of."
)

OUTLET_LABELS = (
    "Tobias Wrenfield has repaired church organs for forty years and is retiring this month. He talked to the "
    "Courier about pipes, bellows and the one instrument he never managed to fix.\n\n"
    "Courier: How does anyone learn to mend an organ?\n\n"
    "Wrenfield: Slowly, and mostly by making mistakes in buildings that are freezing in January. I spent two years "
    "sweeping workshops before anyone let me near a reed.\n\n"
    "The first organ I tuned on my own was in a village chapel with a roof that leaked onto the keyboard, so I "
    "learned to work with a bucket beside me.\n\n"
    "Courier: Which repair are you proudest of?\n\n"
    "Wrenfield: A cathedral instrument that had been silent since the flood. It took eighteen months, and the first "
    "chord made the verger cry.\n\n"
    "Courier: And the one you could never fix?\n\n"
    "Wrenfield: A tiny chamber organ in a farmhouse. Every pipe was sound and every valve was clean, yet it wheezed "
    "on the low notes until the day the farm was sold.\n\n"
    "Courier: Has the work changed over the years?\n\n"
    "Wrenfield: Parishes have less money and more damp. I spend more time now writing reports for insurers than "
    "voicing pipes, which is not why anyone goes into this trade.\n\n"
    "Courier: Will you still play?\n\n"
    "Wrenfield: Badly, and only for my own amusement, on the little harmonium in my kitchen that nobody else is "
    "allowed to touch.\n\n"
    "Courier: What advice would you give a beginner?\n\n"
    "Wrenfield: Learn to listen before you learn to solder. Half the faults I have found were announced by a "
    "rattle or a sigh long before anything stopped working, and a good ear saves a parish a great deal of "
    "money.\n\n"
    "Courier: Who takes over your workshop?\n\n"
    "Wrenfield: My apprentice of nine years, who is far more patient than I ever was and better with computers."
)

QA_LINES = (
    "The cyclist Ilse Moravec won the mountain stage on Sunday after a crash on the first day left her with a "
    "bandaged wrist. She spoke to us at the team hotel.\n\n"
    "Q: How is the wrist?\n\n"
    "A: Sore, and strapped so tight I can barely bend it. The team doctor says nothing is broken, which is all I "
    "needed to hear.\n\n"
    "Q: When did you decide to attack on the final climb?\n\n"
    "A: About four kilometres from the top, when I saw two of the favourites reach for their bottles at the same "
    "moment.\n\n"
    "I knew they were suffering more than they were letting on, and my legs still felt light.\n\n"
    "Q: Can you hold the lead until the finish?\n\n"
    "A: The time trial on Thursday will decide it. I lost a minute in the last one and have been practising on the "
    "flat roads near home ever since.\n\n"
    "Q: Did the crash scare you?\n\n"
    "A: For about ten seconds, while I lay on the tarmac checking that everything moved. After that I was mostly "
    "angry that I had lost my place in the bunch.\n\n"
    "Q: Who has helped you most this week?\n\n"
    "A: My mechanic, who rebuilt the bike overnight after the crash, and a soigneur who has been icing my wrist "
    "every evening while telling me terrible jokes.\n\n"
    "Q: Does the wrist change how you ride?\n\n"
    "A: On the descents, yes. I cannot brake as hard with my left hand, so I take the corners wider and lose a few "
    "seconds that I then have to win back on the climbs, which suits me anyway.\n\n"
    "Q: What will you do first when the race ends?\n\n"
    "A: Sleep for two days and then eat whatever my grandmother cooks without asking what is in it."
)

RHETORICAL = (
    "The town council of Brackley Vale voted on Monday to close the swimming pool on Ferris Road for eight months "
    "of repairs. Councillor Hanne Lisgard, who chairs the leisure committee, said the roof could no longer be "
    "patched.\n\n"
    "The pool, built in the nineteen-seventies, has lost swimmers steadily as its changing rooms aged, and the "
    "committee found last year that rain was reaching the electrics above the learner pool. Lisgard told the "
    "Gazette that closing now was cheaper than an emergency shutdown later.\n\n"
    "Where will the swimming clubs train?\n\n"
    "The council has booked lanes at a pool in the next town and will run a bus on weekday evenings, according to "
    "the committee's report.\n\n"
    "Parents at the meeting asked for the bus to run at weekends too, when most children have lessons. The "
    "committee agreed to look at the timetable again in the spring once the contractor has started work.\n\n"
    "A petition against the closure, signed by about six hundred residents, was handed in before the vote. Its "
    "organisers accepted that the roof needed replacing but asked for the work to be split into two shorter "
    "phases.\n\n"
    "Swimming clubs in the area said they would share the borrowed lanes between them. Their coaches expect "
    "fewer galas this season and have asked the county association to move two junior events to the autumn.\n\n"
    "Lisgard said the repairs would cost about two million pounds and that the pool should reopen before the "
    "summer holidays."
)


def _answers(body: str, who: str) -> tuple[list[str], list[str]]:
    got = quotes_of(body)
    assert {s for s, _, _ in got} == {who}  # the interviewer is quoted nowhere
    return [q for s, q, _ in got if s == who], [q for _, q, _ in got if q.rstrip("*_ ").endswith("?")]


def test_bold_questions_each_own_paragraph_and_the_answers_after_them_are_the_guests():
    said, asked = _answers(BOLD_QUESTIONS, "Orla Brannigan")
    assert asked == []
    assert any(q.startswith("With a borrowed hedge trimmer") for q in said)
    assert any(q.startswith("A proper workshop with a bench") for q in said)
    assert not any("Tuesdays and Saturdays" in q for q in said)


def test_italic_questions_after_an_edited_for_clarity_note_and_an_answer_over_two_paragraphs():
    said, asked = _answers(ITALIC_EDITED, "Senna Okwuosa")
    assert asked == []
    assert any(q.startswith("Because I kept arguing") for q in said)
    assert any(q.startswith("Nobody writes songs about lunch queues") for q in said)
    assert any(q.startswith("With a working science block") for q in said)


def test_initials_label_the_interviewers_and_the_guests_turns():
    said, asked = _answers(INITIALS, "Maren Kjeldsen")
    assert asked == []
    assert any(q.startswith("A small boat, a long lens") for q in said)
    assert any(q.startswith("Fewer nets left in the shallows") for q in said)


def test_the_outlets_name_labels_its_questions_and_an_answer_goes_on_in_a_second_paragraph():
    said, asked = _answers(OUTLET_LABELS, "Tobias Wrenfield")
    assert asked == []
    assert any(q.startswith("Slowly, and mostly by making mistakes") for q in said)
    assert any(q.startswith("The first organ I tuned on my own") for q in said)
    assert any(q.startswith("My apprentice of nine years") for q in said)


def test_an_answer_after_a_labels_runs_on_over_an_unlabelled_paragraph():
    said, asked = _answers(QA_LINES, "Ilse Moravec")
    assert asked == []
    assert any(q.startswith("Sore, and strapped so tight") for q in said)
    assert any(q.startswith("I knew they were suffering more") for q in said)


def test_a_rhetorical_question_paragraph_in_a_report_makes_no_transcript():
    got = quotes_of(RHETORICAL)
    assert not any(q.startswith("The council has booked lanes") for _, q, _ in got)
    assert not any(q.endswith("?") for _, q, _ in got)


def test_plain_question_paragraphs_in_a_report_that_quotes_an_interview_are_no_transcript():
    body = RHETORICAL.replace("Where will the swimming clubs train?", "Where will the swimming clubs train? And who "
                              "pays for the bus?").replace(
        "Parents at the meeting asked", "Will the pool reopen on time?\n\nParents at the meeting asked")
    got = quotes_of(body)
    assert not any(q.startswith(("The council has booked lanes", "Parents at the meeting")) for _, q, _ in got)


# A magazine's layout: a standfirst whose subject is the guest, described, and whose object is the byline's writer,
# the questions as plain paragraphs, and the book's details after the last answer.
MAGAZINE = (
    "The retired harbour pilot of Ostwick talks to Pia Lindqvist about forty years of bringing ships in.\n\n"
    "By Pia Lindqvist\n\n"
    "Gunnar Hale, 71, guided his last tanker into Ostwick in March. His memoir, Slack Water, is out next week.\n\n"
    "Your first ship nearly ran aground. Why tell that story first?\n\n"
    "Because I learned more that night than in the ten years after it. I trusted the chart and not my eyes, and I "
    "never did that again.\n\n"
    "Do you miss the work?\n\n"
    "I miss the dawn on the water. I do not miss the phone ringing at three in the morning with a fog warning.\n\n"
    "Are the new ships harder to bring in?\n\n"
    "They are longer and the harbour is not. My successors plan every turn on a simulator, which I envy.\n\n"
    "Slack Water by Gunnar Hale is published by Tidewrack Books, £16.99."
)


def test_the_guest_is_the_standfirsts_subject_when_its_object_is_the_bylines_writer():
    said, asked = _answers(MAGAZINE, "Gunnar Hale")
    assert asked == []
    assert any(q.startswith("Because I learned more that night") for q in said)
    assert any(q.startswith("They are longer and the harbour is not") for q in said)


def test_a_books_details_with_its_price_after_an_interview_are_page_furniture():
    from studyapp.core.generate.furniture import is_furniture

    assert is_furniture("Slack Water by Gunnar Hale is published by Tidewrack Books, £16.99.")
    assert not is_furniture("The report by the harbour board is published on Monday.")
