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


def test_a_unions_general_secretary_speaks_for_the_union_not_a_government():
    body = ('The Harbour Pilots Union demanded a new rota on Monday. "The operator must restore the night allowance," '
            "said union general secretary Alma Voss. Deputy minister Ivo Brand said the government had no plans to "
            "step in.")
    got = positions(body)
    assert ("Harbour Pilots Union (Alma Voss)", "says that", "The operator must restore the night allowance") in got
    assert any(side == "Government (Ivo Brand)" for side, _, _ in got)


def test_not_wanting_to_be_out_here_or_defending_nothing_named_is_no_position():
    body = ('The Harbour Pilots Union demanded a new rota. "We do not want to be out here in the rain," said pilot '
            'Ken Ruddle. "No one could defend that, and we will not," chief executive Dora Finch said.')
    assert positions(body) == [("Harbour Pilots Union", "demands", "a new rota")]


def test_styles_of_stating_a_position_the_cue_list_lacked():
    body = ("Dr Ilse Varga, a chemist at the Norland Institute, urged caution. The Tenant Alliance pressed for a rent "
            "freeze. The licensing committee threw out the proposal. Martin Selby, 61, denies three counts of "
            "fraud. Transport Minister Anil Kaul, however, hinted that a rebate could be considered.")
    # (a chemist at an institute urges caution herself: an expert's view is not her institute's, issue 14 round 11)
    assert positions(body) == [("Ilse Varga", "urges", "caution"),
                               ("Tenant Alliance", "pushes for", "a rent freeze"),
                               ("Licensing committee", "rejects", "the proposal"),
                               ("Martin Selby", "denies", "three counts of fraud"),
                               ("Anil Kaul", "suggests that", "a rebate could be considered")]


def test_asking_another_side_for_something_is_a_position():
    body = "The Quarry Hauliers Guild said it would ask the regional council for emergency grants."
    assert positions(body) == [("Quarry Hauliers Guild", "asks", "the regional council for emergency grants")]


def test_protesting_at_a_place_says_where_not_what_against():
    body = ("Cyclists protested outside the Harbour Road depot. Farmers protested at the Assembly’s vote. Nurses "
            "protested against the pay cap.")
    assert positions(body) == [("Farmers", "protests against", "the Assembly’s vote"),
                               ("Nurses", "protests against", "the pay cap")]


def test_narrative_verbs_and_asides_that_only_sound_like_positions():
    body = ('"I lost my head out there and I should apologise to the linesman," said Crownfield boss Ed Marr. Marr refused to '
            'celebrate at the final whistle. "We cannot say from this trial that the drug works," said Dr Ava Lune. '
            '"The Crown must prove that the firm was careless," said defence barrister Tom Greer KC. I am told the '
            "accountants are still counting. The Crownfield club said seats for the replay would go on sale on "
            "Friday. Ivo Dane said the orchestra would announce its full spring season on May 2. Ivo Dane said the "
            "orchestra should play more new music.")
    assert positions(body) == [("Ivo Dane", "says that", "the orchestra should play more new music")]


def test_what_a_person_is_known_as_is_no_party():
    body = ('TELLY chef Rory Brannock has blasted the licensing board as "killjoys". Fellow TV chef Nina Sallow said: '
            '"The board should be ashamed."')
    assert ("Nina Sallow", "says that", "The board should be ashamed") in positions(body)
    assert not any(side.startswith(("TELLY", "Fellow")) for side, _, _ in positions(body))


def test_the_cm_is_the_chief_minister_the_article_names():
    body = ("Chief Minister Shri Vasant Pawle opened the session on Monday. Winding up the budget session, the CM "
            "said the fares should rise because the Metro had been losing money.")
    assert positions(body) == [("Vasant Pawle", "says that", "the fares should rise because the Metro had been losing "
                                                             "money")]


def test_what_we_have_offered_stands_and_what_we_wanted_is_a_story():
    body = ('"The old rota was a mess. We have offered a guaranteed bonus for the first year. We wanted to settle '
            'before Easter," chief executive Mara Lind told reporters on Thursday.')
    assert positions(body) == [("Mara Lind", "offers", "a guaranteed bonus for the first year")]


def test_a_judges_direction_to_the_jury_is_no_sides_position():
    body = ("Judge Petra Holm told the jurors they must reach their verdict on what they had heard in this room. The "
            "Harbour Guild told the company it must restore the allowance.")
    got = positions(body)
    assert not any("Petra Holm" in side for side, _, _ in got)
    assert any(demand == "it must restore the allowance" for _, _, demand in got)


def test_in_a_trial_the_prosecution_and_the_defence_state_their_case():
    body = ("Closing the case for the Crown, Nadia Frost KC said Holt had been warned at least twice that the "
            "loading bay was unsafe. Defence counsel Colm Reid KC told the jury that Holt had kept to every rule. "
            "Judge Petra Holm told the jurors they must reach their verdict on what they had heard in this room. Holt, "
            "52, denies one count of manslaughter. Ivo Sand said the depot had opened in 1990.")
    assert positions(body) == [
        ("Nadia Frost", "says that", "Holt had been warned at least twice that the loading bay was unsafe"),
        ("Colm Reid", "says that", "Holt had kept to every rule"),
        ("Holt", "denies", "one count of manslaughter")]
