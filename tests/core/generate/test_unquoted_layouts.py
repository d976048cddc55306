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


# Round 11: eight magazine layouts, one each (invented). The title is part of the layout: (title, body).
STANDFIRST = (
    "The beekeeper Wenna Corrigal on swarms, stings and her first honey show",
    (
        "Wenna Corrigal keeps forty hives on the moor above Tallow Cross and won the county honey show in "
        "September.\n\n"
        "**How did you start with bees?**\n\n"
        "My grandfather left me two hives and a veil that did not fit. I read every book in the library and "
        "still got stung on the first morning.\n\n"
        "**Are the bees in trouble?**\n\n"
        "Some winters are cruel. I lost a third of my colonies in the wet February two years ago, and I blame"
        " the damp more than any disease.\n\n"
        "**What makes a prize honey?**\n\n"
        "Patience at the extractor and a clean jar. The judges hold every jar up to the window, so a single "
        "speck of wax costs you points.\n\n"
        "**What should the council do?**\n\n"
        "Stop mowing the verges in June. Our bees need the clover far more than the drivers need a tidy edge."
    ),
)

BOLD_NOQ = (
    "Former councillor Petra Vandeleur looks back",
    (
        "Petra Vandeleur sat on Harrowgate council for sixteen years before resigning from the Civic Alliance"
        " in May. She spoke to Tomas Birk about the split.\n\n"
        "**On leaving the party.**\n\n"
        "It was the hardest letter I have written. I joined the Civic Alliance at nineteen and I still agree "
        "with most of what it says about housing.\n\n"
        "**On the new bypass.**\n\n"
        "I voted against it twice and I would vote against it again. The money should go on buses that run "
        "after seven in the evening.\n\n"
        "**On what comes next.**\n\n"
        "I will stand as an independent in the spring. My neighbours can judge me on my record rather than on"
        " a rosette."
    ),
)

SURNAME_CAPS = (
    "The lighthouse restorer",
    (
        "Aurelio Fenwick has spent three years restoring the lighthouse at Sheen Point, which reopens to "
        "visitors on Saturday. Our correspondent Lise Marant asked him about the work.\n\n"
        "Q: Why save a lighthouse nobody needs?\n\n"
        "FENWICK: Because the ships still look for it. The light is automatic now, but every fisherman here "
        "steers by the tower in daylight.\n\n"
        "Q: What was the hardest part?\n\n"
        "FENWICK: The lantern glass. We had to send each pane to a workshop in the north and wait eleven "
        "months for it to come back.\n\n"
        "Q: Who paid?\n\n"
        "FENWICK: A lottery grant, two hundred local donors and my own savings. I want the trust to open a "
        "cafe so the tower pays for itself."
    ),
)

QA_TITLE = (
    "Q&A: the ferry captain who refused to sail",
    (
        "Captain Ruth Okonedo kept the Island Rose in port during last month's storm against the orders of "
        "her operator, Solway Ferries.\n\n"
        "Why did you refuse?\n\n"
        "The forecast was worse than the company admitted. I have twenty years on this crossing and I would "
        "not put passengers through that sea.\n\n"
        "Were you disciplined?\n\n"
        "I was suspended for a week and then reinstated. I think the company knew I was right the moment the "
        "harbour wall flooded.\n\n"
        "What do you want from the operator now?\n\n"
        "I want a written rule that the captain decides, not the timetable. My crew backs me and so does the "
        "union."
    ),
)

IN_CONVERSATION = (
    "In conversation: the choir leader Hal Demetriou",
    (
        "Hal Demetriou has led the Millbeck community choir since it began in a church hall with eight "
        "members. It now has one hundred and twenty.\n\n"
        "How did the choir grow so fast?\n\n"
        "I never held auditions. Anybody who turns up on a Tuesday sings, and people bring their friends.\n\n"
        "What is the hardest song you have taught?\n\n"
        "A lullaby in Georgian with seven parts. It took us four months and I still hear it in my sleep.\n\n"
        "What happens next?\n\n"
        "We sing at the regional festival in June. I would like us to record an album before I retire."
    ),
)

OWN_WORDS = (
    "The last tram driver",
    (
        "Imelda Straker drove the number 4 tram in Carrowdale for thirty-one years until the line closed on "
        "Friday.\n\n"
        "Imelda Straker, in her own words\n\n"
        "I started in the winter the depot got heating. Before that we wore two coats and fingerless gloves "
        "and still could not feel the brake.\n\n"
        "The passengers were the best part of the job. I knew which stop each regular wanted and I waited for"
        " the ones who ran.\n\n"
        "I think closing the line is a mistake. The buses take twice as long up the hill, and the old people "
        "will stop going into town."
    ),
)

DASHES = (
    "A potter's life",
    (
        "Tobiah Lunde throws two hundred pots a week in a barn near Esk Hollow and sells every one of them at"
        " the Saturday market. He spoke to the Herald about clay, kilns and prices.\n\n"
        "**Where does your clay come from?**\n\n"
        "– From a riverbank two miles from here. I dig it myself every autumn and leave it to weather over "
        "the winter.\n\n"
        "**Why are your prices so low?**\n\n"
        "– Because I want people to use the pots, not keep them in a cabinet. A mug should be drunk from "
        "every morning.\n\n"
        "**What would you change about the market?**\n\n"
        "– I would like a roof over the stalls. We lose half the customers whenever it rains."
    ),
)

COLON_INTRO = (
    "The new head of the Wendle lifeboat",
    (
        "Marisol Achebe took charge of the Wendle lifeboat station this spring, the first woman to lead it in"
        " its ninety years. We asked her about the season ahead:\n\n"
        "What worries you most this summer?\n\n"
        "Paddleboards. We had thirty call-outs for them last year and most of the people we rescued had no "
        "idea about the tide.\n\n"
        "Do you have enough volunteers?\n\n"
        "We need six more crew, ideally people who live within five minutes of the station. I train new "
        "volunteers on Wednesday evenings.\n\n"
        "What would you ask of visitors?\n\n"
        "Check the tide times before you set off and carry a phone in a waterproof pouch. That alone would "
        "halve our call-outs."
    ),
)

def _titled(story: tuple[str, str], who: str) -> list[str]:
    from tests.core.generate.conftest import article
    from studyapp.core.generate.facts import extract

    title, body = story
    got = [(q["speaker"], q["quote"]) for q in extract(article(body, title)).facts()["quotes"]]
    assert {s for s, _ in got} == {who}  # the interviewer is quoted nowhere
    assert not any(q.rstrip("*_ ").endswith("?") for _, q in got)  # no question is anyone's
    return [q for _, q in got]


def test_a_title_naming_the_guest_on_a_list_of_topics_says_the_story_is_an_interview():
    said = _titled(STANDFIRST, "Wenna Corrigal")
    assert any(q.startswith("My grandfather left me two hives") for q in said)
    assert any(q.startswith("Stop mowing the verges in June") for q in said)


def test_bold_topics_without_a_question_mark_are_the_turns_and_the_one_spoken_to_is_the_asker():
    said = _titled(BOLD_NOQ, "Petra Vandeleur")
    assert any(q.startswith("It was the hardest letter") for q in said)
    assert any(q.startswith("I will stand as an independent") for q in said)


def test_answers_labelled_with_the_guests_surname_in_capitals():
    said = _titled(SURNAME_CAPS, "Aurelio Fenwick")
    assert any(q.startswith("Because the ships still look for it") for q in said)


def test_q_and_a_in_the_title_makes_plain_questions_turns_and_the_sentences_subject_the_guest():
    said = _titled(QA_TITLE, "Ruth Okonedo")
    assert any(q.startswith("I want a written rule") for q in said)


def test_in_conversation_in_the_title_with_questions_not_all_put_to_you():
    said = _titled(IN_CONVERSATION, "Hal Demetriou")
    assert any(q.startswith("I never held auditions") for q in said)
    assert any(q.startswith("We sing at the regional festival") for q in said)


def test_a_heading_in_her_own_words_gives_her_the_first_person_paragraphs_after_it():
    said = _titled(OWN_WORDS, "Imelda Straker")
    assert any(q.startswith("I think closing the line is a mistake") for q in said)
    assert len(said) == 3


def test_answers_opening_with_a_dash_are_quoted_without_it():
    said = _titled(DASHES, "Tobiah Lunde")
    assert any(q.startswith("From a riverbank two miles") for q in said)
    assert not any(q[:1] in "–—-" for q in said)


def test_an_introduction_ending_with_a_colon_before_plain_questions():
    said = _titled(COLON_INTRO, "Marisol Achebe")
    assert any(q.startswith("Paddleboards.") for q in said)


def test_a_reports_bold_subheadings_on_a_topic_make_no_transcript():
    body = (
        "The Harrowgate council approved its budget on Tuesday after a four-hour meeting. Councillor Petra "
        "Vandeleur spoke to reporters afterwards.\n\n"
        "**On the bypass.**\n\n"
        "The council will spend twelve million pounds on the new road, which opens in two years.\n\n"
        "**On buses.**\n\n"
        "Evening services will be cut on three routes, the transport committee said.\n\n"
        "**On schools.**\n\n"
        "Two primary schools will share a head teacher from September."
    )
    from tests.core.generate.conftest import quotes_of

    assert not any(q.startswith(("The council will spend", "Evening services", "Two primary")) for _, q, _ in
                   quotes_of(body))


def test_a_title_on_topics_with_one_rhetorical_question_in_a_report_makes_no_transcript():
    from tests.core.generate.conftest import article
    from studyapp.core.generate.facts import extract

    got = extract(article(RHETORICAL, "The council on pools, buses and repairs")).facts()["quotes"]
    assert not any(q["quote"].startswith("The council has booked lanes") for q in got)


def _bank_prompts(story: tuple[str, str]) -> list[str]:
    from tests.core.generate.conftest import article
    from studyapp.core.generate.pipeline import generate_bank

    bank, _facts = generate_bank(article(story[1], story[0]), published="2026-05-04")
    return [q["prompt"] for q in bank["questions"]]


def test_the_bank_asks_the_guests_answers_by_the_questions_of_a_title_on_topics():
    prompts = _bank_prompts(STANDFIRST)
    assert "Asked “How did you start with bees?”, what did Wenna Corrigal answer?" in prompts


def test_the_bank_asks_an_answer_to_a_topic_turn_as_asked_about_the_topic():
    prompts = _bank_prompts(BOLD_NOQ)
    assert "Asked about leaving the party, what did Petra Vandeleur answer?" in prompts
    assert not any("Tomas Birk" in p for p in prompts)


# More layouts: every turn set off by a dash, topics as plain paragraphs, the standfirst as the first paragraph,
# a Q&A title with the answers labelled by initials; and a report whose title lists topics (no interview).
DASH_BOTH = (
    "A potter's life",
    (
        "Tobiah Lunde throws two hundred pots a week in a barn near Esk Hollow. He spoke to the Herald about "
        "clay and prices.\n\n"
        "– Where does your clay come from?\n\n"
        "– From a riverbank two miles from here. I dig it myself every autumn and leave it to weather over "
        "the winter.\n\n"
        "– Why are your prices so low?\n\n"
        "– Because I want people to use the pots, not keep them in a cabinet. A mug should be drunk from "
        "every morning.\n\n"
        "– What would you change about the market?\n\n"
        "– A roof over the stalls would be my first wish. We lose half the customers whenever it rains."
    ),
)

PLAIN_TOPIC = (
    "Former councillor Petra Vandeleur looks back",
    (
        "Petra Vandeleur sat on Harrowgate council for sixteen years before resigning from the Civic Alliance"
        " in May. She spoke to Tomas Birk about the split.\n\n"
        "On leaving the party.\n\n"
        "It was the hardest letter I have written. I joined the Civic Alliance at nineteen and I still agree "
        "with most of what it says about housing.\n\n"
        "On the new bypass.\n\n"
        "I voted against it twice and I would vote against it again. The money should go on buses that run "
        "after seven in the evening.\n\n"
        "On what comes next.\n\n"
        "I will stand as an independent in the spring. My neighbours can judge me on my record rather than on"
        " a rosette."
    ),
)

STANDFIRST_PAR = (
    "Grief, gardens and a new book",
    (
        "The novelist on grief, gardens and her new book\n\n"
        "Delphine Arkwright has written nine novels, most of them at a kitchen table in Cresswold. Her tenth,"
        " The Walled Garden, is published on Thursday.\n\n"
        "**Why a garden?**\n\n"
        "Because my mother kept one for fifty years and I inherited it without knowing the name of a single "
        "plant. Writing the book was how I learned them.\n\n"
        "**Is the book about her?**\n\n"
        "Partly. The mother in the novel is crueller than mine ever was, and far better at pruning roses.\n\n"
        "**What are you writing next?**\n\n"
        "A short book about a ferry crossing. I have promised my publisher it will be funny this time."
    ),
)

INITIALS_QA = (
    "Q&A: Jory Pell on the lifeboat",
    (
        "Jory Pell has been coxswain of the Carrack Sound lifeboat for twelve years.\n\n"
        "**How many launches this year?**\n\n"
        "JP: Forty-one so far, which is more than the whole of last year. Most of them were for walkers cut "
        "off by the tide.\n\n"
        "**Is the boat up to it?**\n\n"
        "JP: She is twenty years old and the engines are tired. We have asked the institution for a "
        "replacement by next summer.\n\n"
        "**What keeps the crew together?**\n\n"
        "JP: Tea, mostly, and a shared dislike of paperwork. We train every Thursday evening whatever the "
        "weather."
    ),
)

REPORT_TITLE = (
    "Council on pools, buses and the budget",
    (
        "The Brackley Vale council approved its budget on Monday. Councillor Hanne Lisgard said the pool "
        "would close for repairs.\n\n"
        "Where will the swimmers go?\n\n"
        "The council has booked lanes at a pool in the next town and will run a bus on weekday evenings.\n\n"
        "What about the buses?\n\n"
        "Evening services will be cut on three routes, the transport committee said.\n\n"
        "Who pays?\n\n"
        "The county will meet half the cost, according to the committee's report."
    ),
)


def test_every_turn_set_off_by_a_dash_questions_and_answers_alike():
    said = _titled(DASH_BOTH, "Tobiah Lunde")
    assert any(q.startswith("From a riverbank two miles") for q in said)
    assert "Asked “Where does your clay come from?”, what did Tobiah Lunde answer?" in _bank_prompts(DASH_BOTH)


def test_topics_as_plain_paragraphs_are_the_turns():
    said = _titled(PLAIN_TOPIC, "Petra Vandeleur")
    assert len(said) == 3


def test_a_standfirst_paragraph_naming_no_one_on_a_list_of_topics():
    said = _titled(STANDFIRST_PAR, "Delphine Arkwright")
    assert any(q.startswith("Because my mother kept one") for q in said)


def test_a_q_and_a_title_with_bold_questions_and_the_answers_labelled_by_initials():
    said = _titled(INITIALS_QA, "Jory Pell")
    assert any(q.startswith("Tea, mostly") for q in said)


def test_a_reports_title_listing_topics_with_plain_questions_makes_no_transcript():
    from tests.core.generate.conftest import article
    from studyapp.core.generate.facts import extract

    got = extract(article(REPORT_TITLE[1], REPORT_TITLE[0])).facts()["quotes"]
    assert not any(q["quote"].startswith(("The council has booked", "Evening services", "The county will"))
                   for q in got)
