"""A long source is cut to the sentences that hold the answer, without page furniture."""

from __future__ import annotations

from studyapp.gui.source_excerpt import excerpt

ORDER_SOURCE = (
    "Ukrainian service members unload anti-tank weapons supplied by Britain at the Boryspil airport outside Kyiv, "
    "Ukraine January 18, 2022. Picture taken January 18, 2022. Ukrainian Defence Ministry/Handout via REUTERS "
    "ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. The sanctions are largely financial and economic "
    "but critics say that is like bringing a knife to a gunfight. Please use Chrome browser for a more accessible "
    "video player Joe Biden said that Russia will be met with ‘severe’ economic response if it invades. People "
    "attend a ceremony in tribute to fallen defenders of Ukraine at a memorial in Kyiv, Ukraine January 20, 2022. "
    "Come mid-February some military experts say the ground will be too soft for the movement of Russian heavy "
    "armour.")


def test_each_item_of_an_order_answer_keeps_its_sentence_and_the_credits_go():
    answer = ("British anti-tank weapons are unloaded at Boryspil airport → A ceremony in Kyiv honours Ukraine’s "
              "fallen defenders → Military experts expect the ground to become too soft for Russian heavy armour")
    shown = excerpt(ORDER_SOURCE, answer)
    assert shown.shortened
    assert "Boryspil" in shown.text and "ceremony" in shown.text and "too soft" in shown.text
    for furniture in ("Picture taken", "REUTERS", "video player", "knife"):
        assert furniture not in shown.text


def test_a_short_clean_source_is_shown_whole():
    source = "Alice Smith, the mayor, said: “We will build the bridge by 2024.”"
    assert excerpt(source, "Alice Smith").text == source
    assert not excerpt(source, "Alice Smith").shortened


def test_a_short_source_still_loses_a_video_notice():
    source = "This video can not be played. Bob Jones said the plan was too expensive."
    shown = excerpt(source, "False", "He said it was too expensive.")
    assert shown.text == "Bob Jones said the plan was too expensive." and shown.shortened
