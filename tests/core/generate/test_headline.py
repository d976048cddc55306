"""A question never carries a headline's dropped article into what a student reads ("Which side backs rival plan?"),
while the same kind of phrase in a sentence of the story, and a standfirst phrase with its article, are asked (issue
14, point 1). Articles written for these tests; every name is invented."""

from datetime import date

import pytest

from studyapp.core.generate.headline import bare_phrase, headline_lines
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article


@pytest.mark.parametrize("phrase, bare", [
    ("rival plan", "rival plan"),
    ("new road junction by spring", "new road junction"),
    ("on new pay deal", "new pay deal"),
    ("the rival plan", ""),
    ("raising the retirement age", ""),
    ("tougher rules on noise", ""),  # a plural needs no article
    ("compensation", ""),  # one word may be a mass noun
    ("Kell County Council's plan", ""),  # a name
    ("that the door is still open", ""),
    ("guaranteed minimum prices", ""),
])
def test_a_headline_noun_phrase_is_one_without_its_article(phrase, bare):
    assert bare_phrase(phrase) == bare


def test_headline_lines_are_the_title_and_the_unpunctuated_lines():
    text = article("Growers back rival plan; packers promise new deal\n\nThe growers met on Monday.",
                   "Growers reject price cut")
    assert headline_lines(text) == {"Growers reject price cut", "Growers back rival plan; packers promise new deal"}


FERRY = article("\n\n".join([
    'Members of Tarrow Isles Council back rival plan; operator says losses leave no choice',
    'By Hannah Brodie, Transport Correspondent',
    'Tuesday 14 October 2025',
    'Islanders on the Tarrow Isles have rejected a new winter ferry timetable that cuts sailings to the '
    'mainland from six a day to three, as the operator insisted it had no choice after a year of losses.',
    'The Tarrow Isles Ferry Trust, which runs the route under contract, said the timetable would start on '
    '3 November and would save about £1.2 million a year.',
    'Its chief executive, Malcolm Bethune, said the cuts were painful but necessary. "We cannot keep '
    'sailing empty boats across the sound in January," he said. "Every empty crossing costs money we do '
    'not have."',
    'Bethune said the trust could not afford to keep six sailings a day through the winter.',
    'The Tarrow Isles Community Forum, which speaks for about 2,000 residents, wants the trust to keep at '
    'least four sailings a day and to publish its accounts. Its chair, Morag Lindsay, said the cuts would '
    'cut off older islanders from hospital appointments on the mainland.',
    '"People will miss cancer treatment because of this," Ms Lindsay said. "The trust has not told us how '
    'it worked out these figures."',
    'Lindsay said the forum would take its case to the Scottish Transport Board if the trust refused to '
    'meet residents.',
    "The council voted on Monday to back the forum's rival plan, which would keep four sailings and raise "
    'fares by 5 per cent. Councillor Roddy Fyfe said the council would ask the transport board to review '
    'the contract.',
    'The transport board said it would consider any request from the council "in the normal way" and '
    'expected to reply by the end of November.',
    'The trust will hold a public meeting in the village hall at Port Ellan on 21 October.',
]), 'Islanders reject ferry timetable as operator defends cuts')


def test_no_question_keeps_a_standfirst_phrase_without_its_article():
    bank, _ = generate_bank(FERRY, published=date(2025, 10, 14))
    shown = [" ".join(str(x) for x in (q.get("prompt", ""), q.get("quote", ""), *q.get("choices", [])))
             for q in bank["questions"]]
    assert not any(s in text for text in shown for s in ("side backs rival plan", "backs rival plan?",
                                                         "new winter timetable"))
    # the story's own sentences are still asked: the forum's demand and the company's claim for compensation
    assert any("keep at least four sailings a day" in text for text in shown)


def test_a_headlines_members_of_a_body_are_the_body():
    """"Members of Tarrow Isles Council back rival plan": the side is the council, never "Members of …"."""
    bank, _ = generate_bank(FERRY, published=date(2025, 10, 14))
    sides = {c for q in bank["questions"] if q.get("prompt", "").startswith("Which side") for c in q.get("choices", [])}
    assert "Tarrow Isles Council" in sides and not any(s.startswith("Members of") for s in sides), sides


NURSES = article("\n\n".join([
    "Members of the Allied Nurses Union back walkout after rejecting 3% offer",
    "Nurses at Kellingford's three hospitals have voted to strike after rejecting a 3% pay offer from the "
    "Kellingford Health Board, the Allied Nurses Union said on Monday.",
    "The union said 78% of members who voted backed a walkout. It wants a rise of 8% and a limit on agency shifts.",
    '"Our members have been patient for two years," said the union\'s regional secretary, Amara Quist.',
    'The health board said the demand was "simply unaffordable". Its chief executive, Douglas Ferrie, said: "We '
    'cannot pay money we do not have."',
    "The charity Patients Together urged both sides to return to talks. Its director, Helen Broadbent, said the "
    "charity was worried about the weeks ahead.",
    'Health minister Colin Mabry said he would not intervene in "a local dispute", but urged the board and the '
    "union to keep talking.",
]), "Nurses vote to strike as health board offer falls short")


def test_an_answer_that_opens_on_a_headlines_bare_noun_is_not_kept():
    """"back walkout after rejecting 3% offer" → "What does the union back? Walkout after …": the standfirst's
    noun without its article, as the answer a student learns."""
    bank, _ = generate_bank(NURSES, published=date(2026, 3, 3))
    assert not any(str(q.get("answer", "")).startswith("Walkout") for q in bank["questions"])


def test_a_body_named_for_the_union_keeps_its_article():
    """"urged the board and the union to keep talking" names both bodies, each with its "the"."""
    bank, _ = generate_bank(NURSES, published=date(2026, 3, 3))
    prompts = " ".join(q.get("prompt", "") for q in bank["questions"])
    assert "and Allied Nurses Union" not in prompts
    assert "the Allied Nurses Union to keep talking" in prompts, prompts
