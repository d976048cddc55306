"""Names in Indian-English copy (tests/data/invented6): honorifics written with a full stop ("Smt.", "Dr.") and an
initial before a surname ("Dr. R. Subramani"). Articles written for these tests; every name is invented."""

from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article, quotes_of


def test_a_dotted_honorific_after_a_title_opens_the_name_not_a_person_of_its_own():
    body = ('Leader of the Opposition Smt. Meera Kale-Desai said the hike would hurt students. "We will fight this '
            'decision in the House and on the streets," she said.\n\n'
            'Chief Minister Shri Anand Pawar defended the decision. "The network cannot run on old fares," he said.\n\n'
            '"If the government does not listen in the House, it will listen outside," Smt. Kale-Desai said.')
    names = [p.name for p in extract(article(body)).cast.people]
    assert "Meera Kale-Desai" in names and not any("Smt" in n or "Opposition" in n for n in names)
    assert [s for s, _, _ in quotes_of(body)] == ["Meera Kale-Desai", "Anand Pawar", "Meera Kale-Desai"]


def test_an_initial_before_a_surname_is_part_of_the_name():
    body = ('Metro Managing Director Dr. R. Subramani said ridership had dipped. "Commuters always come back '
            'within two months," Dr. Subramani said.')
    ex = extract(article(body))
    person = next(p for p in ex.cast.people if p.name.endswith("Subramani"))
    assert person.name.split()[0] == "R." and "Director" not in " ".join(person.aliases)
    assert [s for s, _, _ in quotes_of(body)] == [person.name]
