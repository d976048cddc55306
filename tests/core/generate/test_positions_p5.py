"""Positions in styles the other test articles lack (wire copy, a trial, a match report, a health study, Indian-English
politics, a tabloid piece): cues these styles use for a side's position, narrative verbs that only sound like one,
and sides that are no party (a photo caption's "<Place> <Month>", a union's general secretary as a government).
Every article here is written for its test."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def positions(body: str) -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]


def test_a_photo_captions_place_and_month_is_never_a_side():
    body = ("The Tarrow Fishers Guild demanded a ban on trawling inside the bay. The Castrania government rejected the "
            "ban, saying it would cost jobs. Fishermen mend nets on the quay at Vell, Castrania March 3, 2026. "
            "REUTERS/Ola Brisk\n\n"
            'The Marine Council said it would review the quotas. "We want a fair share of the catch," said guild '
            "chairman Ivo Pell. The government offered to fund new nets.")
    bank, facts = generate_bank(article(body))
    offered = [c for q in bank["questions"] for c in q.get("choices", [])] + facts["sides"]
    assert offered and not any(c.endswith("March") for c in offered)
