import pytest

from studyapp.core.generate.furniture import is_furniture
from studyapp.core.generate.text import parse_article


@pytest.mark.parametrize("line", [
    "Please use Chrome browser for a more accessible video player",
    "Source Article",
    "Picture taken March 3, 2023.",
    "Island Photo Agency/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
    "REUTERS/Jane Photographer",
    "By Sam Webb",
    "By Ada Quarrie | Tollbridge Ledger",  # a byline with the paper after a bar or a dash
    "by Ada Quarrie • Tollbridge Ledger",
    "Media playback is unsupported on your device",
    "Image: Reuters",
])
def test_page_furniture_is_recognised(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Passengers board the morning ferry at Northland harbour, 3 March 2023.",
    "The ferry has run every day since 1998",
    "By the end of the week the talks had failed.",
    "NATO allies met in Brussels.",
    "Image: The two ministers met in Geneva on Friday 21 January 2022",
])
def test_story_sentences_and_captions_are_kept(line):
    assert not is_furniture(line)


def test_caption_keeps_its_fact_while_the_credit_is_dropped(ferry_text):
    a = parse_article(ferry_text)
    kept = [s.text for s in a.sentences if not s.furniture]
    dropped = [s.text for s in a.sentences if s.furniture]
    assert "Passengers board the morning ferry at Northland harbour, 3 March 2023." in kept
    assert any("via REUTERS" in s for s in dropped)
    assert "Source Article" in dropped
    assert not any("Chrome" in s for s in kept)


CAPTIONED = """Ferry talks resume

The ferry operator and the crew union will meet again on Monday, the union said.

Deckhands tie up the morning ferry at Northland harbour, Westport March 3, 2023. Island Photo Agency/Handout via REUTERS
The crew union has warned of more stoppages

Please use Chrome browser for a more accessible video player

Union leader Mara Quinn said that the crew will strike again if pay is cut

Harbour staff gather outside the terminal in Westport on Friday. (Tom Reed/The Westport Bugle)

The operator said on Friday that it had offered a 4% rise.
"""


def test_picture_and_video_captions_are_found_and_story_lines_are_not():
    from studyapp.core.generate.furniture import captions

    found = captions(CAPTIONED)
    assert any(c.startswith("Deckhands tie up") for c in found)  # a credit and a dateline
    assert "The crew union has warned of more stoppages" in found  # the picture's title line under it
    assert "Union leader Mara Quinn said that the crew will strike again if pay is cut" in found  # under a video
    assert any(c.startswith("Harbour staff gather") for c in found)  # a credit in brackets
    assert not any("will meet again" in c or "offered a 4% rise" in c for c in found)


def test_no_question_is_asked_from_a_caption():
    from studyapp.core.generate.pipeline import generate_bank

    text = CAPTIONED + ("\nThe operator's chief, Dan Holt, said on Saturday that the offer was final.\n"
                        "Mara Quinn said on Sunday that the crew would not accept it.\n")
    bank, _ = generate_bank(text, published="2023-03-06")
    sources = " ".join(q.get("source", "") + " ".join(q.get("items", [])) for q in bank["questions"])
    assert "Deckhands" not in sources and "Harbour staff gather" not in sources
    assert "strike again if pay is cut" not in sources


CREDITED_BODY = """Port talks stall as both sides dig in

Ministers from Varnland and Ostmark met in Calder on Monday to settle a row over fishing quotas.

Fishermen unload crates near the offices of the Coast Guard Agency in Calder, Varnland March 2, 2023. Calder Photo Service/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.

Varnland said it wants the quotas cut by a third before the summer.
Ostmark said it refuses to reduce the catch of its northern fleet.
The Fisheries Council said that the quotas must be agreed by June.
The Harbour Board said that a deal would protect jobs on both coasts.
"""


def test_an_organisation_named_only_in_a_picture_caption_is_never_offered_as_a_side():
    """A body a picture's caption mentions ("near the offices of the … Agency") is no party to the story:
    offered beside the real sides, it is an option a student cannot weigh (readers found one in a bank)."""
    from studyapp.core.generate.pipeline import generate_bank

    bank, _ = generate_bank(CREDITED_BODY, published="2023-03-06")
    options = [c for q in bank["questions"] for c in q.get("choices", []) + q.get("distractors", [])]
    assert any(o in ("Varnland", "Ostmark") for o in options)  # the sides are offered
    assert not any("Coast Guard" in o for o in options)
