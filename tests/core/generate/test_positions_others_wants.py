"""Inside a quotation, what 'people', 'they' or 'everyone' want is not the speaker's position: the lead's reading of
an invented interview found "True or false: <the maker> wants everything quickly now." (she was criticising it).

Every sentence here is invented for the test.
"""

from tests.core.generate.conftest import article
from studyapp.core.generate.pipeline import generate_bank


def demands_of(body: str) -> list[tuple[str, str]]:
    facts = generate_bank(article(body), published="2025-05-06")[1]
    return [(d["side"], d["demand"]) for d in facts["demands"]]


BODY = (
    "Idris Varga-Holm has made barrels in the port of Selby Reach for twenty years.\n\n"
    "\"People want everything delivered tomorrow, but oak takes its own time,\" he said. \"They want cheap barrels "
    "and good wine, and you cannot have both.\"\n\n"
    "Varga-Holm wants the harbour board to cut the rent on the old cooperage by half. \"We want a rent we can pay,\" "
    "he said.")


def test_what_people_or_they_want_in_a_quotation_is_not_the_speakers():
    found = demands_of(BODY)
    assert not [d for s, d in found if "delivered tomorrow" in d or "cheap barrels" in d]


def test_what_the_speaker_and_we_want_stays_the_speakers():
    found = demands_of(BODY)
    assert ("Idris Varga-Holm", "the harbour board to cut the rent on the old cooperage by half") in found
    assert [d for s, d in found if s == "Idris Varga-Holm" and "rent we can pay" in d]
