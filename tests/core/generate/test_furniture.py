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
