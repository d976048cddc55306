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
