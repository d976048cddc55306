"""More interview layouts whose answers carry no quote marks (issue 14): labels naming the interviewer, the outlet,
the guest's role or first name; "Q." / "A." labels on a line of their own and lower-case ones; questions that quote a
third party; an answer quoting someone in marks; a guest only the title names; an interview after a news report;
requests ("Tell us about …") among the questions. Invented interviews, one layout each, as (title, body, guest), and
three reports (an FAQ box, rhetorical questions, a council report with subheadings) that must stay without one."""

from tests.core.generate.conftest import article, guest_answers, story_facts


# 1. questions labelled with the interviewer's full name, answers with the guest's full name
NAMED_LABELS = (
    "The ferryman who wants a bridge",
    "For thirty-one years Halvard Strom has carried cars across the Lowen estuary on a flat-bottomed ferry. This "
    "summer he will hand the wheel to his daughter. Our reporter Anna Kell went out with him on the early crossing.\n\n"
    "Anna Kell: How many crossings have you made?\n\n"
    "Halvard Strom: Somewhere past ninety thousand, if my logbooks are right. I stopped counting properly after the "
    "first ten years, when the numbers began to frighten me.\n\n"
    "Anna Kell: Why do you want a bridge built, when it would end your trade?\n\n"
    "Halvard Strom: Because the ferry stops every time the wind turns east, and the nurses on the far bank lose a "
    "day's pay each time. A bridge would serve them better than I ever can.\n\n"
    "Anna Kell: What will your daughter change?\n\n"
    "Halvard Strom: The timetable, straight away. She wants a crossing every twenty minutes at rush hour, and she "
    "is right, although I never had the crew for it.\n\n"
    "Anna Kell: What will you miss?\n\n"
    "Halvard Strom: The herons on the mud at low tide, and the regulars who bring me coffee in winter. I will not "
    "miss the diesel or the paperwork.\n\n"
    "Anna Kell: When do you hand over?\n\n"
    "Halvard Strom: On the first of August, after the regatta. I have promised my wife a holiday somewhere with no "
    "water at all.",
    "Halvard Strom",
)

# 2. questions labelled with the outlet's name, answers with a role label; guest named with that role in the intro
ROLE_LABELS = (
    "Fenbrook Water answers its critics",
    "Fenbrook Water imposed a hosepipe ban on its 400,000 customers last week, the first in eleven years. The "
    "Courier put readers' questions to the company's chief executive, Marisol Dunleavy.\n\n"
    "The Courier: Why was the ban needed now?\n\n"
    "Chief executive: Our reservoirs fell below half full in the first week of June, which has never happened "
    "before so early in the year. We had to act before the holidays.\n\n"
    "The Courier: How long will it last?\n\n"
    "Chief executive: Until the reservoirs are back above seventy per cent. On current forecasts I expect to lift "
    "it in late October.\n\n"
    "The Courier: Customers point out that the company loses a fifth of its water through leaks. Why should they "
    "save water you waste?\n\n"
    "Chief executive: That is a fair challenge. We will spend forty million pounds on mains repairs this year, "
    "twice last year's sum, and I will publish the leak figures every month.\n\n"
    "The Courier: Will bills rise?\n\n"
    "Chief executive: Not because of the ban. The regulator sets our prices, and we have asked for no increase "
    "beyond inflation next April.",
    "Marisol Dunleavy",
)

# 3. "Q." / "A." labels in bold, on a line of their own above each turn
LABELS_ALONE = (
    "Six questions for the new harbour master",
    "Petra Lindqvist took over as harbour master of Skerrow in March after twenty years as a pilot. She talked to "
    "us about dredging, fees and the cruise ships.\n\n"
    "**Q.**\n\n"
    "What is the first problem on your desk?\n\n"
    "**A.**\n\n"
    "Silt. The main channel has lost almost a metre of depth since the last dredge, and the bigger trawlers now wait "
    "for high tide to come in.\n\n"
    "**Q.**\n\n"
    "When will the dredging start?\n\n"
    "**A.**\n\n"
    "In September, once the terns have left the sandbank. The contract is signed and the barge is booked for six "
    "weeks.\n\n"
    "**Q.**\n\n"
    "Will mooring fees go up?\n\n"
    "**A.**\n\n"
    "By three per cent from January, which is below inflation. I would rather raise them a little every year than a "
    "lot once a decade.\n\n"
    "**Q.**\n\n"
    "Do you want more cruise ships?\n\n"
    "**A.**\n\n"
    "Two a month is the most the town can take without the streets filling up. I have told the operators that "
    "plainly.",
    "Petra Lindqvist",
)

# 4. lower-case "q:" / "a:" labels
LOWER_LABELS = (
    "Ten minutes with a beekeeper",
    "Osric Pellow keeps forty hives on the moor above Garrowby and sells his honey at the Saturday market. We asked "
    "him about the wet spring.\n\n"
    "q: How did the bees get through the rain?\n\n"
    "a: Badly at first. Three colonies starved in April because the foragers could not get out, and I fed the rest "
    "with sugar syrup for a fortnight.\n\n"
    "q: Will there be honey this year?\n\n"
    "a: Less than usual, perhaps half a normal crop. The heather flowers late, so August still decides everything.\n\n"
    "q: Are prices going up?\n\n"
    "a: By a pound a jar, and I am sorry about it. Sugar and glass both cost more than they did last year.\n\n"
    "q: What would help beekeepers most?\n\n"
    "a: Farmers leaving the field margins uncut until July. That one change feeds more bees than anything I can do.",
    "Osric Pellow",
)

# 5. questions with a lead-in sentence quoting a third party; an answer quoting someone in marks
QUOTED_IN_QUESTIONS = (
    "The rail boss on fares, strikes and the new timetable",
    "Delphine Marchbank has run Westway Rail for two years. She spoke to the Gazette as the new timetable began.\n\n"
    "Q: Passenger groups say “the new timetable is a step backwards”. Are they wrong?\n\n"
    "A: They are right about the evening trains, and we will add two more from December. The morning service is "
    "faster than it has been for a decade.\n\n"
    "Q: The drivers' union calls your pay offer “an insult”. Will there be strikes?\n\n"
    "A: I hope not. Our offer is the best in the industry this year, and I have asked the union back to talks next "
    "week.\n\n"
    "Q: Fares rise again in January. Why?\n\n"
    "A: Because the government sets the cap and we are below it. My own advice to regular travellers is to buy the "
    "season ticket before the rise.\n\n"
    "Q: How many people use the line each day?\n\n"
    "A: About forty thousand on a weekday, twice the number when I arrived. Most of the growth is commuters "
    "travelling two or three days a week.\n\n"
    "Q: When will the new trains arrive?\n\n"
    "A: The first six come into service in March, and the rest by the end of next year. Each one seats a hundred "
    "more passengers than the trains it replaces.\n\n"
    "Q: What did the minister tell you?\n\n"
    "A: He told me “fix the evening trains first”, and that is what we are doing. Everything else can wait until "
    "spring.",
    "Delphine Marchbank",
)

# 6. the guest named only in the title by role and name; intro names her role only; answers by first name
TITLE_ONLY = (
    "Water boss Imogen Tarrant: “We should have acted sooner”",
    "We talk to Fenbrook Water's chief executive about the hosepipe ban, the leaks and the summer ahead.\n\n"
    "Fenbrook: When did you know a ban was coming?\n\n"
    "Imogen: In May, when the rainfall figures showed a third of the normal rain. We held off for three weeks hoping for "
    "a wet June, and that was a mistake.\n\n"
    "Fenbrook: How much water does the ban save?\n\n"
    "Imogen: About twelve per cent so far, which is more than we expected. Most customers have been very good about "
    "it.\n\n"
    "Fenbrook: What about the leaks?\n\n"
    "Imogen: We fix about two hundred a week now. I want every reported leak repaired within five days by next "
    "spring.\n\n"
    "Fenbrook: When will the ban end?\n\n"
    "Imogen: Not before the end of September. I would rather keep it a little too long than lift it and bring it "
    "back.",
    "Imogen Tarrant",
)

# 7. an interview after a few paragraphs of news report with quotations
REPORT_THEN_QA = (
    "Mayor defends library closures",
    "The mayor of Dunmore, Cormac Ashby, defended plans to close three branch libraries on Tuesday as campaigners "
    "gathered outside the town hall.\n\n"
    "“These buildings are empty most afternoons,” said Ashby, who was elected last May. “We can do more with the "
    "money elsewhere.”\n\n"
    "Campaigners disagreed. “Closing them will hurt the poorest families,” said Rhona Fallis, who leads the Save "
    "Our Libraries group.\n\n"
    "After the meeting Ashby answered our questions.\n\n"
    "Q: Which libraries will close?\n\n"
    "A: The branches at Kelso Road, Milltown and the harbour. The central library will open longer hours to make up "
    "for them.\n\n"
    "Q: How much will the council save?\n\n"
    "A: About nine hundred thousand pounds a year. Every penny goes into the mobile library and the school book "
    "scheme.\n\n"
    "Q: Will you consult residents first?\n\n"
    "A: Yes, for twelve weeks from the first of June. I will read every response myself.\n\n"
    "Q: Could the plans change?\n\n"
    "A: If someone shows me a cheaper way to keep the doors open, I will take it. Nobody has done so yet.",
    "Cormac Ashby",
)

# 8. bold questions among bold statements ("Tell us about …")
STATEMENT_TURNS = (
    "In conversation: the last lighthouse keeper",
    "Bryony Calder kept the light on Gannet Rock for nineteen years before it was automated. She spoke to us at "
    "her cottage in Portlaw.\n\n"
    "**Tell us about your first night on the rock.**\n\n"
    "I did not sleep at all. The wind screamed through the gallery rails and I kept climbing the stairs to check the "
    "lamp was still turning.\n\n"
    "**What did you do all day?**\n\n"
    "Painted, mostly. Salt eats everything, so there was always a railing or a door that needed another coat.\n\n"
    "**Describe the day the keepers left.**\n\n"
    "We locked the door at noon and a helicopter took us off. I cried the whole way to the mainland and I am not "
    "ashamed of it.\n\n"
    "**Would you go back?**\n\n"
    "Tomorrow, if they let me. I miss the quiet of the rock every single day.\n\n"
    "**Tell us about the book.**\n\n"
    "It is my diaries from those years, with the weather and the ships I saw each day. It comes out in the spring.",
    "Bryony Calder",
)

# 9. answers labelled with the guest's first name, questions with the outlet's short name; multi-paragraph answers
FIRST_NAME = (
    "Ansel Varga on climbing, fear and the north face",
    "Ansel Varga, 34, became the first climber to finish the north face of the Kessel alone in winter. He talked to "
    "Summit Weekly about the climb.\n\n"
    "Summit: Why go alone?\n\n"
    "Ansel: Because a partner changes how you judge risk. Alone, every decision is mine and so is every mistake.\n\n"
    "I had tried it with a partner twice, and both times we turned back at the same ledge.\n\n"
    "Summit: What was the hardest moment?\n\n"
    "Ansel: The second night, when a block of ice broke off above me and missed my tent by a metre. I did not sleep "
    "after that.\n\n"
    "Summit: Did you think of turning back?\n\n"
    "Ansel: Every hour. What kept me going was knowing the descent would be worse than the summit.\n\n"
    "Summit: What next?\n\n"
    "Ansel: A rest, then the east ridge in March with two friends. I have promised my mother I will not go alone "
    "again.",
    "Ansel Varga",
)

# 10. bold name labels ("**Maud Ferrers:**") with plain bold interviewer initials
BOLD_NAMES = (
    "The baker who beat the supermarkets",
    "Maud Ferrers opened her bakery on Tanner Street in Holloway Cross with one oven and a loan from her uncle. Ten "
    "years on she supplies forty cafes. Our food writer, Lionel Pask, asked her how.\n\n"
    "**Lionel Pask:** How did you win the cafes over?\n\n"
    "**Maud Ferrers:** By turning up at six in the morning with bread still warm and leaving it free for a week. "
    "After that they rang me.\n\n"
    "**Lionel Pask:** What does a loaf cost you to make?\n\n"
    "**Maud Ferrers:** About ninety pence, and flour is half of that now. Two years ago it was a third.\n\n"
    "**Lionel Pask:** Will you open a second shop?\n\n"
    "**Maud Ferrers:** Next spring, in the old post office on Mill Lane. I signed the lease on Friday.\n\n"
    "**Lionel Pask:** What would you tell someone starting out?\n\n"
    "**Maud Ferrers:** Bake less than you think you can sell. Waste killed more bakeries I know than rent ever did.",
    "Maud Ferrers",
)

# 11. the guest named only by role in the intro and by name in a label
ROLE_INTRO_NAME_LABEL = (
    "The head of the ambulance service answers readers",
    "Ambulance waiting times in the county have doubled in two years. We put your questions to the head of the "
    "Northmoor Ambulance Service.\n\n"
    "Q: Why are ambulances so slow?\n\n"
    "Gideon Ferraby: Because crews wait outside hospitals for hours to hand patients over. Last month we lost eleven "
    "thousand crew hours that way.\n\n"
    "Q: What are you doing about it?\n\n"
    "Gideon Ferraby: We have hired sixty more paramedics, and from October a nurse will sit in our control room to "
    "send the less urgent calls elsewhere.\n\n"
    "Q: Will rural areas be better served?\n\n"
    "Gideon Ferraby: Yes. Two new stations open in the spring, at Eskdale and Farrow Bridge, and I expect response "
    "times there to fall by a third.\n\n"
    "Q: Is the service short of money?\n\n"
    "Gideon Ferraby: Every service is. I have asked the health board for another four million pounds next year.",
    "Gideon Ferraby",
)

# 12. "Question:" / "Answer:" labels with a statement question and the guest named in the standfirst as "Role Name"
STANDFIRST_ROLE_NAME = (
    "Fire chief Nadia Orlov on the moorland blazes",
    "Three moorland fires have burned over four thousand hectares this summer.\n\n"
    "Question: Tell us about the fire at Crowhill.\n\n"
    "Answer: It started from a disposable barbecue on the Saturday and burned for six days. We had ninety "
    "firefighters on the moor at its height.\n\n"
    "Question: Are barbecues the main cause?\n\n"
    "Answer: Disposable barbecues started most of the fires we saw this summer. I want the council to ban them on "
    "open moorland from April to September.\n\n"
    "Question: Do you have enough crews?\n\n"
    "Answer: We have enough for one large fire but never for three at once. We borrowed crews from two "
    "neighbouring services and I am grateful to them.\n\n"
    "Question: What should walkers do?\n\n"
    "Answer: Take their litter home and call us the moment they see smoke. Ten minutes can decide whether a fire "
    "stays small.",
    "Nadia Orlov",
)

NEGATIVES = {
    "faq": (
        "Hosepipe ban: your questions answered",
        "Fenbrook Water's hosepipe ban begins on Friday. Here is what customers need to know.\n\n"
        "**When does the ban start?**\n\n"
        "The ban begins at midnight on Friday and covers every household supplied by the company.\n\n"
        "**Can I wash my car?**\n\n"
        "Only with a bucket. Car washes that recycle their water may stay open.\n\n"
        "**What happens if I break the ban?**\n\n"
        "Customers who ignore it can be fined up to one thousand pounds, although the company says it will warn "
        "people first.\n\n"
        "**How long will it last?**\n\n"
        "The company expects the ban to stay in place until the autumn.",
    ),
    "rhetorical": (
        "Is the bypass worth it?",
        "The county council approved the Wrenford bypass on Thursday after a four-hour debate.\n\n"
        "Is a road the answer to the town's traffic? Councillor Joan Pettigrew thinks so. She said the bypass would "
        "take four thousand lorries a day out of the high street.\n\n"
        "Opponents are not convinced. Who will pay when the costs rise? The Green group on the council says the "
        "price has already doubled since the plan was first drawn up.\n\n"
        "Why now? The government grant that pays for most of the road must be spent by 2028.\n\n"
        "Work is due to begin next spring.",
    ),
    "council": (
        "Council sets its budget",
        "Harrowgate council agreed its budget for next year on Wednesday, with council tax rising by 4.9 per cent.\n\n"
        "**Libraries**\n\n"
        "Two branch libraries will move into community centres. The council's leader, Amrit Sandhu, said no branch "
        "would close.\n\n"
        "**Roads**\n\n"
        "An extra two million pounds will go on potholes. The opposition said the sum was too small.\n\n"
        "**Social care**\n\n"
        "Care spending rises by eight per cent, the largest increase in the budget.\n\n"
        "**What happens next?**\n\n"
        "The budget goes to a final vote in March.",
    ),
}


# 13. only the questions labelled ("Q: …"), the answers plain paragraphs under them
Q_ONLY = (
    "Meet the new head of the lifeboat station",
    "Morwenna Tiller took charge of the Porthcarrow lifeboat station in January, the first volunteer in its history "
    "to rise from the shore crew. We caught up with her after a night exercise.\n\n"
    "Q: How did you first get involved?\n\n"
    "I was seventeen and washing the boat for pocket money. The coxswain handed me a radio one evening and told me to "
    "listen, and I never really stopped.\n\n"
    "Q: How many call-outs does the station answer?\n\n"
    "About sixty a year, most of them in the summer. Paddleboarders blown offshore are the commonest now, far more "
    "than fishing boats.\n\n"
    "Q: What do you need most?\n\n"
    "Volunteers who can come at two in the morning on a weekday. We have plenty for weekends and hardly enough for "
    "the nights.\n\n"
    "Q: Is the new boat worth the money?\n\n"
    "Every penny. It reaches the headland in half the time the old one took, and those minutes are the difference "
    "between a rescue and a recovery.",
    "Morwenna Tiller",
)

# 14. answers labelled with the guest's surname, questions by a caught-up-with interviewer; two people in the intro
MET_TWO_NAMES = (
    "A chat with the town's oldest shopkeeper",
    "Edwin Marlow has sold hats on Bridge Street in Castleford for sixty years. His granddaughter, Sadie Marlow, now "
    "runs the accounts. We met the shopkeeper on his ninetieth birthday.\n\n"
    "Q: What has changed most in sixty years?\n\n"
    "A: Nobody wears a hat to church any more. I sell more sun hats to tourists in a month than I once sold bowlers "
    "in a year.\n\n"
    "Q: Why have you never retired?\n\n"
    "A: Because the shop is warmer than my house and the customers are better company than the television.\n\n"
    "Q: Who will take over?\n\n"
    "A: My granddaughter, if she wants it. She has better ideas than I ever had, and she understands the computer.\n\n"
    "Q: What is your best-selling hat?\n\n"
    "A: A tweed cap that costs forty pounds. I have sold the same design since 1971 and never changed the pattern.",
    "Edwin Marlow",
)

# a report ending with a box of "Q:" questions answered in the report's own voice, after a quoted official
FAQ_Q_LABELS = (
    "Hosepipe ban starts on Friday",
    "Fenbrook Water will ban hosepipes from Friday. Its operations director, Colm Reddan, said the reservoirs were "
    "lower than at any time since 1995.\n\n"
    "Q: Who does the ban cover?\n\n"
    "Every household and business supplied by the company, in the county and the two towns beyond it.\n\n"
    "Q: Can cars be washed?\n\n"
    "Only with a bucket. Car washes that recycle their water may stay open.\n\n"
    "Q: What is the fine?\n\n"
    "Up to one thousand pounds, although the company says it will send a warning letter first.",
)

# 15. questions labelled with the outlet in bold, the answers plain under them
OUTLET_Q_ONLY = (
    "Ten questions for the festival director",
    "Ines Carrow has run the Harlowe Folk Festival for eight years. Ahead of this year's event she talked to the "
    "Gazette about money, mud and the headline act.\n\n"
    "**Gazette:** Why move the festival to September?\n\n"
    "Because August kept flooding. We lost two days to the river in three of the last five years, and the insurers "
    "lost patience with us.\n\n"
    "**Gazette:** Will tickets cost more?\n\n"
    "A weekend pass goes up by five pounds, to ninety. I held the price for three years and I cannot hold it any "
    "longer.\n\n"
    "**Gazette:** Who is headlining?\n\n"
    "A fiddle band from the islands that I have been chasing for a decade. I will say no more until the first of "
    "June.\n\n"
    "**Gazette:** What keeps you doing it?\n\n"
    "The Sunday evening, when the whole field sings the last song together. I have never found that anywhere else.",
    "Ines Carrow",
)
NEGATIVES["faq_q_labels"] = FAQ_Q_LABELS

# 16. plain questions, most not put to "you", answers opening "We" / "My", one answer itself a question
PLAIN_PLAIN = (
    "Harbour dredging: the engineer's view",
    "Rosalind Achterberg has overseen the dredging of Kelvedon harbour since the spring. She spoke to the Post as "
    "the barges left.\n\n"
    "What went wrong with the first survey?\n\n"
    "Nothing went wrong with it. It was simply ten years old, and the sandbanks had moved twice since.\n\n"
    "How much silt came out?\n\n"
    "Ninety thousand tonnes, which is about a third more than the contract allowed for. We spread most of it on "
    "the salt marsh at Harrow Spit.\n\n"
    "Will the harbour need dredging again soon?\n\n"
    "Who can say for certain?\n\n"
    "My guess is five years, if the winters are mild. A big storm could undo half the work in a week.\n\n"
    "What happens to the marsh now?\n\n"
    "We plant it with cordgrass in April. Within three summers the birds should be back in greater numbers than "
    "before the work began.",
    "Rosalind Achterberg",
)

# an explainer whose introduction quotes an official to a paper, with plain questions answered in its own voice
EXPLAINER = (
    "The bypass: what we know",
    "Work on the Wrenford bypass starts in May. The council's highways chief, Oona Pelham, told the Post the road "
    "would open in two years.\n\n"
    "Why is the road needed?\n\n"
    "Lorries bound for the port now pass the primary school on the high street, about four thousand a day.\n\n"
    "Who is paying for it?\n\n"
    "The government grant covers most of the cost, and the county council pays the rest from its roads budget.\n\n"
    "Will any homes be demolished?\n\n"
    "Two farm cottages on the Mill Lane side stand on the route, and their owners have agreed to sell.\n\n"
    "What happens to the old road?\n\n"
    "It becomes a quiet street with a lower speed limit and a cycle lane along the river side.",
)
NEGATIVES["explainer"] = EXPLAINER



def _bank_prompts(story: tuple) -> list[str]:
    from studyapp.core.generate.pipeline import generate_bank

    bank, _facts = generate_bank(article(story[1], story[0]), published="2026-05-04")
    return [q["prompt"] for q in bank["questions"]]


def test_questions_labelled_with_the_interviewers_name_and_answers_with_the_guests_full_name():
    facts = story_facts(NAMED_LABELS)
    assert {q["speaker"] for q in facts["quotes"]} == {"Halvard Strom"}  # the interviewer is quoted nowhere
    said = guest_answers(NAMED_LABELS)
    assert len(said) == 5 and said[0].startswith("Somewhere past ninety thousand")
    assert "Asked “What will you miss?”, what did Halvard Strom answer?" in _bank_prompts(NAMED_LABELS)


def test_questions_labelled_with_the_outlet_and_answers_with_the_guests_role():
    said = guest_answers(ROLE_LABELS)
    assert len(said) == 4 and said[0].startswith("Our reservoirs fell below half full")
    assert not any("Courier" in q for q in said)
    prompts = _bank_prompts(ROLE_LABELS)
    assert "Asked “Why was the ban needed now?”, what did Marisol Dunleavy answer?" in prompts
    # "Will bills rise?" is answered "Not because of the ban …", the one answer that fits a yes-or-no question
    assert not any("Will bills rise?" in p for p in prompts)


def test_bold_q_and_a_labels_on_a_line_of_their_own_above_each_turn():
    said = guest_answers(LABELS_ALONE)
    assert len(said) == 4 and said[0].startswith("Silt.") and said[-1].startswith("Two a month")
    assert not any("**" in q for q in said)


def test_lower_case_q_and_a_labels():
    said = guest_answers(LOWER_LABELS)
    assert len(said) == 4 and said[1].startswith("Less than usual")
    assert "Asked “Are prices going up?”, what did Osric Pellow answer?" in _bank_prompts(LOWER_LABELS)


def test_a_quotation_inside_a_question_is_the_third_partys_and_one_inside_an_answer_not_the_guests():
    facts = story_facts(QUOTED_IN_QUESTIONS)
    by = {q["quote"].rstrip(",."): q["speaker"] for q in facts["quotes"]}
    assert by["the new timetable is a step backwards"] == "Passenger groups"  # not "Q: Passenger groups"
    assert by["fix the evening trains first"] != "Delphine Marchbank"  # the minister's words she reports
    said = guest_answers(QUOTED_IN_QUESTIONS)
    assert "Everything else can wait until spring." in said  # her own words after the minister's
    assert any(q.startswith("They are right about the evening trains") for q in said)
    prompts = _bank_prompts(QUOTED_IN_QUESTIONS)
    assert not any("minister" in p for p in prompts)  # the answer's opening is the minister's words, not hers


def test_a_guest_only_the_title_names_with_her_role_and_her_first_name_on_the_answers():
    facts = story_facts(TITLE_ONLY)
    assert {q["speaker"] for q in facts["quotes"]} == {"Imogen Tarrant"}
    assert len(guest_answers(TITLE_ONLY)) == 4
    assert [p["role"] for p in facts["people"] if p["name"] == "Imogen Tarrant"] == ["water boss"]
    assert "Asked “How much water does the ban save?”, what did Imogen Tarrant answer?" in _bank_prompts(TITLE_ONLY)


def test_an_interview_after_a_news_report_with_quotations():
    facts = story_facts(REPORT_THEN_QA)
    by = {q["quote"]: q["speaker"] for q in facts["quotes"]}
    assert by["Closing them will hurt the poorest families,"] == "Rhona Fallis"
    said = guest_answers(REPORT_THEN_QA)
    assert any(q.startswith("The branches at Kelso Road") for q in said)
    assert any(q.startswith("If someone shows me a cheaper way") for q in said)


def test_requests_in_bold_among_the_bold_questions_are_turns_not_answers():
    said = guest_answers(STATEMENT_TURNS)
    assert len(said) == 5 and said[0].startswith("I did not sleep at all")
    assert not any(q.startswith(("**", "Tell us", "Describe")) for q in said)
    prompts = _bank_prompts(STATEMENT_TURNS)
    assert "Asked about the book, what did Bryony Calder answer?" in prompts
    assert "Asked to describe the day the keepers left, what did Bryony Calder answer?" in prompts


def test_answers_labelled_with_the_guests_first_name_and_one_running_over_two_paragraphs():
    said = guest_answers(FIRST_NAME)
    assert len(said) == 5 and said[1].startswith("I had tried it with a partner twice")


def test_answers_labelled_with_a_full_name_in_bold_after_a_writers_bold_name():
    facts = story_facts(BOLD_NAMES)
    assert {q["speaker"] for q in facts["quotes"]} == {"Maud Ferrers"}
    assert len(guest_answers(BOLD_NAMES)) == 4


def test_a_guest_the_introduction_names_by_role_and_only_the_labels_by_name():
    facts = story_facts(ROLE_INTRO_NAME_LABEL)
    assert [p["role"] for p in facts["people"] if p["name"] == "Gideon Ferraby"] == [
        "head of the Northmoor Ambulance Service"]
    said = guest_answers(ROLE_INTRO_NAME_LABEL)
    assert len(said) == 4 and said[0].startswith("Because crews wait outside hospitals")


def test_question_and_answer_labels_with_a_request_turn_and_the_guest_in_the_title_by_role_and_name():
    facts = story_facts(STANDFIRST_ROLE_NAME)
    assert [p["role"] for p in facts["people"] if p["name"] == "Nadia Orlov"] == ["fire chief"]
    said = guest_answers(STANDFIRST_ROLE_NAME)
    assert len(said) == 4 and said[0].startswith("It started from a disposable barbecue")
    assert "Asked about the fire at Crowhill, what did Nadia Orlov answer?" in _bank_prompts(STANDFIRST_ROLE_NAME)


def test_an_faq_box_rhetorical_questions_and_a_council_reports_subheadings_make_no_transcript():
    for title, body in NEGATIVES.values():
        from studyapp.core.generate.facts import extract

        facts = extract(article(body, title)).facts()
        assert not facts["quotes"], title
        assert not any(p["name"] in title for p in facts["people"])  # no one joins the cast from the title


def test_only_the_questions_labelled_and_the_plain_paragraph_under_each_is_the_answer():
    said = guest_answers(Q_ONLY)
    assert len(said) == 4 and said[0].startswith("I was seventeen")
    assert "Asked “What do you need most?”, what did Morwenna Tiller answer?" in _bank_prompts(Q_ONLY)


def test_the_outlets_label_on_the_questions_alone_and_plain_answers():
    facts = story_facts(OUTLET_Q_ONLY)
    assert {q["speaker"] for q in facts["quotes"]} == {"Ines Carrow"}
    said = guest_answers(OUTLET_Q_ONLY)
    assert len(said) == 4 and said[1].startswith("A weekend pass goes up")
    assert "Asked “Who is headlining?”, what did Ines Carrow answer?" in _bank_prompts(OUTLET_Q_ONLY)


def test_a_and_q_labels_with_two_people_in_the_introduction_go_to_the_one_it_is_about():
    said = guest_answers(MET_TWO_NAMES)
    assert len(said) == 4 and said[0].startswith("Nobody wears a hat")


def test_plain_questions_not_put_to_you_after_an_introduction_saying_she_spoke_to_the_paper():
    facts = story_facts(PLAIN_PLAIN)
    said = [q["quote"] for q in facts["quotes"] if q["speaker"] == "Rosalind Achterberg"]
    assert {q["speaker"] for q in facts["quotes"]} == {"Rosalind Achterberg"}
    assert said[0].startswith("Nothing went wrong with it")
    # (her answer that is itself a question, and the paragraph after it, are still her answer)
    assert any(q.startswith("My guess is five years") for q in said)
    assert not any(q.startswith(("What went wrong", "How much silt", "Will the harbour", "What happens")) for q in said)

