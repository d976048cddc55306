"""A member's "Hon." and the West African honorifics ("Alhaji", "Mallam", "Engr.") are not part of a name: the
quote goes to the person's own name, and "Alhaji Y" later is the same person. Invented names and text."""
from datetime import date

from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article

PUBLISHED = date(2025, 5, 14)
LEVY = """
The county assembly on Wednesday approved a levy on industrial water users after a long debate.

Hon. Njeri Wambui-Karanja, who chairs the assembly's water committee, said the levy would pay for new mains. "We lose a third of our clean water to leaks," she told members.

Alhaji Sani Garba Tukur, a businessman who owns a soap factory, said the levy would cost jobs. "You cannot tax the last factories that still hire school leavers," Alhaji Tukur said.
"""


def test_honorifics_are_not_part_of_the_speakers_name():
    _, facts = generate_bank(article(LEVY, "Assembly approves water levy"), published=PUBLISHED)
    speakers = {q["quote"][:20]: q["speaker"] for q in facts["quotes"]}
    assert speakers["We lose a third of o"] == "Njeri Wambui-Karanja"
    assert speakers["You cannot tax the l"] == "Sani Garba Tukur"
