"""An interview written as the interviewer's bare questions, each followed by the guest's quoted answer: an
answer with no tag of its own is the guest's, not the last person the story named (the lead's reading of an
invented interview found the guest's closing answer given to a council officer quoted just before it).

Every sentence here is invented for the test.
"""

from tests.core.generate.conftest import quotes_of

INTERVIEW = (
    "Tomasz Okafor-Lund has repaired clocks in the market town of Rellby for forty years. We met him at his bench "
    "on Friday.\n\n"
    "How did you begin?\n\n"
    "\"My uncle left me a box of broken watches and no instructions,\" he said. \"I spent a winter taking them "
    "apart.\"\n\n"
    "The town council's heritage officer, Ines Falkner-Dube, said the workshop would be listed next year. \"It is "
    "part of the high street's story,\" she said.\n\n"
    "What happens to the workshop when you retire?\n\n"
    "\"My granddaughter has asked for the keys. She has better eyes than I ever had.\"\n\n"
    "Do you still enjoy it?\n\n"
    "\"Every single morning. A clock that starts again is the best sound I know.\"")


def test_an_untagged_answer_after_a_bare_question_is_the_guests():
    said = [(speaker, quote[:24]) for speaker, quote, _ in quotes_of(INTERVIEW)]
    assert [n for n, t in said if t.startswith("My granddaughter")] == ["Tomasz Okafor-Lund"]
    assert [n for n, t in said if t.startswith("Every single")] == ["Tomasz Okafor-Lund"]
    assert [n for n, t in said if t.startswith("It is part")] == ["Ines Falkner-Dube"]


QA_WITH_BYLINE = (
    "The chairman of Harrow Vale Rovers, Gideon Tarrant, talks to our sports editor about the takeover bid.\n\n"
    "Interview by Helen Quayle\n\n"
    "Q: The fans marched on Saturday. Did you hear them?\n\n"
    "A: I heard every word, and I would march too if I were them. But I will not sell this club to a fund.\n\n"
    "Q: Is the offer fair?\n\n"
    "A: It is not. The club is worth far more with the stadium plans, and the board said so on Tuesday.")


def test_the_a_turns_are_the_guest_the_standfirst_says_talks_not_the_bylines_interviewer():
    # "talks to our sports editor" (present tense) names the guest; "Interview by X" names the one asking
    assert {speaker for speaker, _, _ in quotes_of(QA_WITH_BYLINE)} == {"Gideon Tarrant"}
