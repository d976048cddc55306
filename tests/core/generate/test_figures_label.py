"""A capitalised noun just before a number makes it a label, not a quantity (issue 14, round 11: a blind reader
found a category label's digit asked as a figure). Invented sentences."""

from studyapp.core.generate.figures import figures_in


def counts(text: str) -> list[tuple[str, str]]:
    return [(f.value, f.counted) for f in figures_in(text)]


def test_a_labels_number_is_no_figure():
    assert counts("Year 9 pupils at Lowfield Academy sat the new tests.") == []
    assert counts("The Category 4 storm destroyed 30 homes in Orrin.") == [("30", "homes")]


def test_a_capitalised_word_that_counts_keeps_its_figure():
    assert counts("Some 40 pupils walked out.") == [("40", "pupils")]
    assert counts("Another 200 jobs will go, Lowfield Council said.") == [("200", "jobs")]
    assert counts("Lowfield Council employs 300 staff.") == [("300", "staff")]
