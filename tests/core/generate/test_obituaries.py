"""Obituaries, profiles and features (issue 14): the life's key facts are asked, and asked right — the death and the
birth as the subject's own dated events, a pronoun subject named as the person the story is about, no "later" in a
date prompt, and a role read from a relative clause or a relation ("her former colleague")."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

# Invented articles: fictional people, places and bodies.
SCIENTIST = """Marten Oskarsson, physicist who mapped the ice under Vellmark, dies at 91

By Petra Lindqvist

Thursday 12 February 2026

Marten Oskarsson, the physicist whose radar surveys showed how fast the Vellmark ice sheet was thinning, has died \
in Harrowgate. He was 91.

His son said he died at home on Sunday after a long illness.

Born in Eskholm in 1934, he studied physics at the University of Drammel before joining the Polar Survey Institute.

In 1961 he led the first winter expedition across the ice sheet. He married the botanist Lise Varga in 1963.

"He never trusted a number he had not measured twice," said his former student Professor Ayla Brennick, who now \
heads the Institute for Cold Regions.

Oskarsson later became director of the institute and was awarded the Caldwell Medal in 1988.

He retired in 1999 but kept writing papers until 2017.

He is survived by his wife and three grandchildren.
"""

PLAYER = """The quiet captain: how Rosa Delmonte changed Port Aldis rugby

By Kieran Walsh

Saturday 4 April 2026

Rosa Delmonte is the most capped player in the history of the Port Aldis Harriers, and next month she will play \
her last home game.

Born in Calvera in 1991, she moved to Port Aldis with her parents as a child and first picked up a ball at the age \
of nine.

In 2010 she joined the Harriers' women's side. She then captained the team to three national titles.

"She leads by doing, never by shouting," said her longtime coach Fergus Doyle.

Delmonte eventually won her first international cap in 2014, against Lenholm.

Tom Quayle, who now chairs the Port Aldis Harriers, said the club would retire her number.

"There will never be another like her," Quayle said.

Delmonte said she would stay at the club as a youth coach.
"""

SHOPKEEPER = """After 46 years behind the counter, Whitby Lane's grocer closes his doors

By Anna Pryce

Monday 16 March 2026

Harold Penhallow opened his grocery on Whitby Lane in Corrisford in 1980. On Saturday he will close it for the \
last time.

Born in a flat above the shop next door in 1952, he worked for his uncle before buying the business.

He married Joan Tregear in 1976 and they ran the shop together until she died in 2011.

"He knows what every family on the street buys," said his neighbour Wendy Asante.

Penhallow later added a post office counter in 1994.

Penhallow said he would spend his retirement fishing.
"""

CHEMIST = """Edda Morlaine, chemist who cleaned the Sallow river, dies aged 87

Friday 6 March 2026

Edda Morlaine, the chemist whose tests closed two tanneries on the Sallow, has died at her home in Penwick. She \
was 87.

Her family said she died peacefully on Tuesday after a short illness.

Born Edda Louisa Brandt in Ostrava Nova in 1938, she moved to Penwick at 19, where she met her husband, the \
surveyor Paul Ostrander. They married in 1960.

In 1967 she joined the Sallow Water Board as its first woman chemist.

"She was told to keep quiet," said her former colleague Dr Ilse Varan. "She wrote to every councillor instead."

Morlaine later led the river's clean-up and was made a fellow of the Penwick Academy in 1991.

Professor Joan Arkwright, who now chairs the Sallow River Trust, said Morlaine had changed the town.
"""


def _prompts(text: str, published: date) -> dict[str, str]:
    bank, _ = generate_bank(text, published=published)
    return {q.get("prompt", ""): str(q.get("answer", "")) for q in bank["questions"]}


def _events(text: str, published: date) -> list:
    return extract(text, published).dates


def test_the_death_in_a_reporting_frame_is_the_subjects_own_date():
    prompts = _prompts(CHEMIST, date(2026, 3, 6))
    died = [p for p, a in prompts.items() if p.startswith("On what date did Edda Morlaine die")]
    assert died and prompts[died[0]] == "2026-03-03"
    prompts = _prompts(SCIENTIST, date(2026, 2, 12))
    died = [p for p, a in prompts.items() if p.startswith("On what date did Marten Oskarsson die")]
    assert died and prompts[died[0]] == "2026-02-08"


def test_an_opening_born_phrase_dates_the_birth_and_is_no_name():
    for text, published, name, year in ((CHEMIST, date(2026, 3, 6), "Edda Morlaine", "1938"),
                                        (SCIENTIST, date(2026, 2, 12), "Marten Oskarsson", "1934"),
                                        (PLAYER, date(2026, 4, 4), "Rosa Delmonte", "1991"),
                                        (SHOPKEEPER, date(2026, 3, 16), "Harold Penhallow", "1952")):
        prompts = _prompts(text, published)
        assert prompts.get(f"In what year was {name} born?") == year, prompts
        assert not any("Born " in p for p in prompts)
    born = [d for d in _events(CHEMIST, date(2026, 3, 6)) if d.date == "1938"]
    assert born and born[0].event == "She was born"
    people = extract(CHEMIST, date(2026, 3, 6)).facts()["people"]
    assert not any(p["name"].startswith("Born") for p in people)


def test_a_fronted_date_with_a_pronoun_subject_names_the_person_the_story_is_about():
    prompts = _prompts(CHEMIST, date(2026, 3, 6))
    assert prompts.get("In what year did Edda Morlaine join the Sallow Water Board as its first woman chemist?") \
        == "1967"
    prompts = _prompts(SCIENTIST, date(2026, 2, 12))
    assert prompts.get("In what year did Marten Oskarsson lead the first winter expedition across the ice sheet?") \
        == "1961"
    prompts = _prompts(PLAYER, date(2026, 4, 4))
    assert prompts.get("In what year did Rosa Delmonte join the Harriers' women's side?") == "2010"


def test_later_and_then_are_not_in_a_date_prompt():
    prompts = _prompts(CHEMIST, date(2026, 3, 6))
    assert prompts.get("In what year was Edda Morlaine made a fellow of the Penwick Academy?") == "1991"
    assert not any(" later " in p or " then " in p for p in prompts)
    events = [d.event for d in _events(SHOPKEEPER, date(2026, 3, 16)) if d.date == "1994"]
    assert events == ["Penhallow added a post office counter"]


def test_a_relative_clause_and_a_relation_read_as_roles():
    people = {p["name"]: p["role"] for p in extract(CHEMIST, date(2026, 3, 6)).facts()["people"]}
    assert people["Joan Arkwright"] == "chair of the Sallow River Trust"
    assert people["Ilse Varan"] == "former colleague of Edda Morlaine"
    people = {p["name"]: p["role"] for p in extract(PLAYER, date(2026, 4, 4)).facts()["people"]}
    assert people["Tom Quayle"] == "chair of the Port Aldis Harriers"


def test_a_relation_with_no_owner_the_text_names_is_no_role():
    text = """Flood wall opens in Brackwater

Monday 2 March 2026

The new flood wall in Brackwater opened on Saturday after two years of work.

"It took far too long," said his former colleague Dan Orrin, a retired engineer.

Mayor Lena Cobb and council leader Sam Pike both attended the opening.
"""
    people = {p["name"]: p["role"] for p in extract(text, date(2026, 3, 2)).facts()["people"]}
    assert not people.get("Dan Orrin", "").startswith("former colleague")


def test_the_husband_set_off_with_a_description_is_a_man():
    from studyapp.core.generate.pronouns import sexes
    body = ("She met her husband, the engineer Paul Morlaine, at university. Later she moved north. "
            "Paul Morlaine stayed behind.")
    assert sexes(body, [{"name": "Paul Morlaine"}]).get("Paul Morlaine") == "m"


def test_the_dead_subject_is_not_offered_as_the_speaker_of_words_about_them():
    bank, _ = generate_bank(CHEMIST, published=date(2026, 3, 6))
    for q in bank["questions"]:
        if q.get("topic") == "who-said-what":
            assert "Edda Morlaine" not in q.get("distractors", []), q


def test_a_description_set_off_before_has_died_marks_the_person_dead():
    from studyapp.core.generate.questions import dead
    body = ("Edda Morlaine, the chemist whose tests closed two tanneries on the Sallow, has died at her home. "
            "Ilse Varan, a colleague, said she was brave.")
    people = [{"name": "Edda Morlaine"}, {"name": "Ilse Varan"}]
    assert dead(body, people, {"Ilse Varan"}) == {"Edda Morlaine"}
    assert dead("Edda Morlaine, the chemist, said the river had recovered.", people, set()) == set()


def test_they_married_names_the_subject_and_the_spouse_just_named():
    prompts = _prompts(CHEMIST, date(2026, 3, 6))
    assert prompts.get("In what year did Edda Morlaine marry Paul Ostrander?") == "1960"
    text = CHEMIST.replace("where she met her husband, the surveyor Paul Ostrander.",
                           "where she met the surveyor Paul Ostrander and his sister Ada Ostrander.")
    assert not any("marry" in p for p in _prompts(text, date(2026, 3, 6)))
