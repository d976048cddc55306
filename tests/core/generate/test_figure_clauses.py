"""A figure is asked from its own clause: the verb of a relative clause it sits in ("the union, which represents
about 30,000 nurses") and not the coordinated object after it ("a 9% pay rise and a 30-minute break"). Sentences
written for the tests."""

from studyapp.core.generate.figures import figures_in, how_question


def asked(sentence: str) -> list[str | None]:
    return [how_question(sentence, f) for f in figures_in(sentence)]


def test_a_figure_in_a_relative_clause_is_asked_of_the_named_subject():
    assert asked("The march was organised by the Corland Nurses Union, which represents about 30,000 nurses.") == [
        "About how many nurses does the Corland Nurses Union represent?"]


def test_a_share_is_asked_without_the_coordinated_object_after_it():
    assert asked("The union is demanding a 9% pay rise and a guaranteed rest break on every shift.") == [
        "How big a pay rise is the union demanding?"]


def test_a_rate_stays_with_the_sum_it_measures():
    assert asked("The bakery's savings would reach $40 million a year by 2025.") == [
        "How much a year would the bakery's savings reach by 2025?"]
