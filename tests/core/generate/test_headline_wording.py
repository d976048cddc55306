"""The headline's figure asked as a reader needs it (round 16's readers, after the headline questions landed): the
article's "the" a headline drops, the full name behind a headline's surname, the body's exact figure accepted where
the title rounds it, an adjective that goes with what is counted, and no label before a name. Invented stories."""

from datetime import date

from studyapp.core.generate.figures import _COUNTED, how_question, Figure
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article

CENSUS = ("Population of Merrow reaches 3.41 million", """
The census counted 3,408,900 people on 12 March, putting the population of Merrow above 3.4 million for the first time, the Merrow Statistics Office said on Thursday.

"The growth came almost entirely from people moving to the coast," said the chief statistician, Dr Ilse Varga.

The next release, on housing, is due on 9 December.
""", date(2027, 10, 1))

FINE = ("Torvik fined $38,000 for late withdrawal", """
The Harbour Open has handed world No. 9 Lena Torvik a $38,000 penalty for pulling out of the tournament less than a day before her first match.

Torvik withdrew with a wrist injury on Sunday evening. Tournament director Paul Brenner said the rules were clear. "Every player knows the notice period," Brenner said.

The Professional Players' Association said it would appeal. "Fining an injured player sends the wrong message," said its chief executive, Dana Ruiz.
""", date(2027, 1, 4))

PASSIVE = ("Torvik fined $38,000 for late withdrawal from Harbour Open", """
Tennis player Lena Torvik has been fined $38,000 by the Harbour Open for withdrawing from the tournament less than a day before her first match, organisers said on Tuesday.

Torvik, the world No. 9, pulled out with a wrist injury on Sunday evening. Tournament director Paul Brenner said the rules were clear. "Every player knows the notice period," Brenner said.
""", date(2027, 1, 4))


def _questions(story):
    title, body, published = story
    bank, _ = generate_bank(article(body, title), published=published)
    return bank["questions"]


def test_a_headlines_common_noun_gets_the_article_back_and_the_exact_figure_is_accepted():
    asked = [q for q in _questions(CENSUS) if q.get("answer") == "3.41 million"]
    assert [q["prompt"] for q in asked] == ["What total has the population of Merrow reached?"]
    assert "3,408,900" in asked[0]["accept"]  # the body's count, which the title rounds


def test_the_exact_figure_is_accepted_where_no_noun_follows_it():
    story = (CENSUS[0], CENSUS[1].replace(
        "The census counted 3,408,900 people on 12 March, putting the population of Merrow above 3.4 million for the "
        "first time", "The population of Merrow stood at 3,408,900 on census day, up 4.2 per cent in ten years"), CENSUS[2])
    asked = [q for q in _questions(story) if q.get("answer") == "3.41 million"]
    assert asked and "3,408,900" in asked[0]["accept"]


def test_a_headlines_surname_is_asked_by_the_full_name():
    prompts = [q.get("prompt") for q in _questions(FINE) if q.get("answer") == "$38,000"]
    assert prompts == ["How much was Lena Torvik fined?"]


def test_a_label_before_a_name_is_left_out_of_a_fine_question():
    prompts = [q.get("prompt") for q in _questions(PASSIVE) if q.get("answer") == "$38,000"]
    assert prompts == ["How much has Lena Torvik been fined by the Harbour Open?"]


def test_an_adjective_before_a_count_goes_with_what_is_counted():
    text = "The Treasury expects the increase to raise an additional 14.2 billion marks in its first full year"
    at = text.index("14.2")
    fig = Figure("count", "14.2 billion", "marks", False, at, at + len("14.2 billion marks"))
    assert how_question(text, fig) == \
        "How many additional marks does the Treasury expect the increase to raise in its first full year?"
    money = text.replace("14.2 billion marks", "£14.2 billion")
    at = money.index("£")
    assert how_question(money, Figure("money", "£14.2 billion", "", False, at, at + len("£14.2 billion"))) is None


def test_a_word_ending_in_us_or_a_function_word_is_not_what_a_count_counts():
    assert _COUNTED.match(" people on census night").group(1) == "people"
    assert _COUNTED.match(" people this year").group(1) == "people"
    assert _COUNTED.match(" bonus payments").group(1) == "bonus payments"
def test_a_bare_surname_in_a_clozes_sentence_is_given_whole_but_not_in_its_gap():
    from studyapp.core.generate.questions import _WholeNames
    people = [{"name": "Ines Dravec", "role": "tennis player"}, {"name": "Paul Brenner", "role": "tournament director"}]
    whole = _WholeNames(people, ())
    cloze = {"type": "typed", "prompt": "Brenner said Dravec had been fined {{$45,000}} under the rules.",
             "answer": "$45,000"}
    assert whole(cloze)["prompt"] == "Paul Brenner said Ines Dravec had been fined {{$45,000}} under the rules."
    gap = {"type": "typed", "prompt": "The tournament fined {{Dravec}} after Brenner's ruling.", "answer": "Dravec"}
    assert whole(gap)["prompt"] == "The tournament fined {{Dravec}} after Paul Brenner's ruling."
    quoted = {"type": "typed", "prompt": "“Dravec knew the rules,” Brenner said of the {{$45,000}} fine.",
              "answer": "$45,000"}
    assert whole(quoted)["prompt"] == "“Dravec knew the rules,” Paul Brenner said of the {{$45,000}} fine."


def test_a_surname_used_as_a_modifier_is_left_as_written():
    from studyapp.core.generate.questions import _WholeNames
    whole = _WholeNames([{"name": "Joe Biden", "role": "President"}], ())
    cloze = {"type": "typed", "prompt": "The sanctions the Biden administration hopes for are largely {{financial}}.",
             "answer": "financial"}
    assert whole(cloze)["prompt"] == cloze["prompt"]
