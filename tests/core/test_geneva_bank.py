"""The bundled Geneva bank: it loads, uses every question type, and teaches every fact in the facts file.

The facts file (a copy of the one the generator is checked against) lists the article's direct
quotations, reported claims, demands by side and dated events. Each test below looks each fact up in
the bank, so dropping or garbling a question about any of them makes a test fail by name.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from studyapp.core.bank import (
    QUESTION_TYPES,
    ChoiceQuestion,
    DateQuestion,
    MatchQuestion,
    QuoteQuestion,
    TypedQuestion,
)
from studyapp.core.loader import LoadedBank, load_bank, normalise_space
from tests.conftest import DATA, GENEVA

FACTS = json.loads((DATA / "geneva-2022-facts.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded() -> LoadedBank:
    return load_bank(GENEVA)


def norm(text: str) -> str:
    """Compare text as a reader would: spacing and straight/curly apostrophes do not matter."""
    return normalise_space(text).replace("’", "'").replace("‘", "'").casefold()


def sources_containing(loaded: LoadedBank, evidence: str) -> list:
    return [q for q in loaded.bank.questions if norm(evidence) in norm(q.source)]


def names(q) -> set[str]:
    """Who or what the question's answer names: a speaker, a single answer, or a match's right items."""
    if isinstance(q, QuoteQuestion):
        return {norm(q.speaker)}
    if isinstance(q, ChoiceQuestion):
        return {norm(q.answer)}
    if isinstance(q, TypedQuestion):
        return {norm(q.expected)}
    if isinstance(q, MatchQuestion):
        return {norm(right) for _, right in q.pairs}
    return set()


def test_bank_identity_and_source(loaded):
    info = loaded.bank.bank
    assert info.id == "geneva-talks-2022"
    assert info.version >= 1
    assert info.title == "US–Russia talks in Geneva, January 2022"
    assert info.language == "en"
    assert {"United States", "Russia", "NATO"} <= set(info.sides)
    assert info.source.publisher == "Sky News"
    assert info.source.published.isoformat() == FACTS["published"]
    assert info.source.title == FACTS["title"]
    assert loaded.article == (GENEVA.parent / "sources" / "geneva-2022.txt").read_text(encoding="utf-8")


def test_people_match_the_facts_file(loaded):
    for fact in FACTS["people"]:
        person = loaded.bank.person(fact["name"])
        assert person is not None, f"{fact['name']} is missing from [[people]]"
        assert person.role == fact["role"]
        assert set(fact["aliases"]) <= set(person.aliases), fact["name"]
        assert person.side, f"{fact['name']} has no side"


def test_has_at_least_40_questions(loaded):
    assert len(loaded.bank.questions) >= 40


def test_every_question_type_and_variant_is_used(loaded):
    qs = loaded.bank.questions
    assert {q.type for q in qs} == set(QUESTION_TYPES)
    choices = [q for q in qs if isinstance(q, ChoiceQuestion)]
    assert any(q.true_false for q in choices), "no true/false question"
    assert any(not q.true_false for q in choices), "no ordinary choice question"
    typed = [q for q in qs if isinstance(q, TypedQuestion)]
    assert any(q.is_cloze for q in typed), "no cloze"
    assert any(not q.is_cloze for q in typed), "no plain typed question"
    precisions = {q.resolved_precision for q in qs if isinstance(q, DateQuestion)}
    assert precisions == {"day", "month", "year"}


def test_every_topic_is_used(loaded):
    assert {q.topic for q in loaded.bank.questions} == {"who-said-what", "demands", "dates", "context"}


def test_every_source_is_verbatim_from_the_article(loaded):
    # The loader checks this too; asserting it here keeps the promise even if the loader changes.
    article = normalise_space(loaded.article)
    missing = [q.id for q in loaded.bank.questions if normalise_space(q.source) not in article]
    assert missing == []


def test_direct_quotations_are_verbatim_and_reported_claims_are_not_shown_as_quotes(loaded):
    article = normalise_space(loaded.article)
    for q in loaded.bank.questions:
        if not isinstance(q, QuoteQuestion):
            continue
        if q.id.startswith("quote-"):
            assert f"“{normalise_space(q.quote)}" in article, f"{q.id}: not a direct quotation in the article"
        else:
            # Reported speech has no words to put in quotation marks, so it must bring its own prompt.
            assert q.id.startswith("reported-") and q.prompt, q.id


def fact(kind: str, words: str) -> dict:
    """The one fact of a kind whose evidence (or quote) contains `words`."""
    (found,) = [f for f in FACTS[kind] if words in f.get("evidence", f.get("quote", ""))]
    return found


def quote_hits(loaded: LoadedBank, fact: dict) -> list:
    return [q for q in loaded.bank.questions
            if isinstance(q, QuoteQuestion) and norm(q.quote) == norm(fact["quote"])
            and q.speaker == fact["speaker"] and norm(fact["quote"]) in norm(q.source)]


def reported_hits(loaded: LoadedBank, fact: dict) -> list:
    return [q for q in sources_containing(loaded, fact["evidence"]) if norm(fact["speaker"]) in names(q)]


def demand_hits(loaded: LoadedBank, fact: dict) -> list:
    return [q for q in sources_containing(loaded, fact["evidence"]) if norm(fact["side"]) in names(q)]


def date_hits(loaded: LoadedBank, fact: dict) -> list:
    return [q for q in sources_containing(loaded, fact["evidence"])
            if isinstance(q, DateQuestion) and q.answer == fact["date"]]


@pytest.mark.parametrize("fact", FACTS["quotes"], ids=lambda f: f["speaker"])
def test_each_direct_quote_is_asked_with_its_speaker(loaded, fact):
    hits = quote_hits(loaded, fact)
    assert hits, f"no quote question for “{fact['quote']}” by {fact['speaker']}"
    assert all(q.topic == "who-said-what" for q in hits)


@pytest.mark.parametrize("fact", FACTS["reported"], ids=lambda f: f"{f['speaker']}: {f['claim']}")
def test_each_reported_claim_is_asked_with_its_speaker(loaded, fact):
    hits = reported_hits(loaded, fact)
    assert hits, f"no question on {fact['evidence']!r} that names {fact['speaker']}"
    assert any(q.topic == "who-said-what" for q in hits)


@pytest.mark.parametrize("fact", FACTS["demands"], ids=lambda f: f"{f['side']}: {f['demand']}")
def test_each_demand_is_asked_with_its_side(loaded, fact):
    hits = demand_hits(loaded, fact)
    assert hits, f"no question on {fact['evidence']!r} whose answer names {fact['side']}"
    assert any(q.topic == "demands" for q in hits)


# A photo caption's dateline ("Kyiv, Ukraine January 20, 2022") says when a picture was taken: page
# furniture, not a fact of the story. The events the article itself dates are asked as dates.
MONTH_NAMES = ("January February March April May June July August September October November December").split()
DATELINE = re.compile(rf"\b({'|'.join(MONTH_NAMES)}) (\d{{1,2}}), (\d{{4}})\b")
BODY_DATES = {"2022-01-20": "date-biden-heavy-price", "2022-01-21": "date-geneva-talks", "2015":
              "date-donetsk-airport-battle", "2022-02": "date-mid-february-ground"}


@pytest.mark.parametrize("fact", [f for f in FACTS["dates"] if not DATELINE.search(f["evidence"])],
                         ids=lambda f: f"{f['date']}: {f['event']}")
def test_each_dated_event_of_the_story_is_asked_as_a_date(loaded, fact):
    q = loaded.bank.question(BODY_DATES[fact["date"]])
    assert isinstance(q, DateQuestion) and q.answer == fact["date"] and q.topic == "dates"


def test_no_date_question_asks_when_a_photo_was_taken(loaded):
    # Issue 20: the Boryspil delivery, the Kyiv ceremony and the Task Force meeting were asked by
    # their captions' datelines.
    # (The Donetsk battle "this day in 2015" is history the caption records, not the photo's date.)
    from_captions = []
    for q in loaded.bank.questions:
        if isinstance(q, DateQuestion):
            datelines = {f"{y}-{MONTH_NAMES.index(m) + 1:02d}-{int(d):02d}" for m, d, y in DATELINE.findall(q.source)}
            if q.answer in datelines:
                from_captions.append(q.id)
        elif q.type == "order":
            if DATELINE.search(q.source) or "ATTENTION EDITORS" in q.source:
                from_captions.append(q.id)
    assert from_captions == []


def test_date_questions_have_different_answers(loaded):
    # Four questions answered "20 January 2022" taught one date four times and made it a safe guess.
    answers = [q.answer for q in loaded.bank.questions if isinstance(q, DateQuestion)]
    assert len(answers) == len(set(answers)), sorted(answers)


def without_question(tmp_path: Path, qid: str) -> LoadedBank:
    """A copy of the bank, beside a copy of its article, with one question cut out."""
    head, *blocks = GENEVA.read_text(encoding="utf-8").split("\n[[questions]]\n")
    kept = [b for b in blocks if f'\nid = "{qid}"\n' not in f"\n{b}"]
    assert len(kept) == len(blocks) - 1, f"{qid} is not in the bank"
    (tmp_path / "sources").mkdir()
    shutil.copy(GENEVA.parent / "sources" / "geneva-2022.txt", tmp_path / "sources")
    path = tmp_path / GENEVA.name
    path.write_text("\n[[questions]]\n".join([head, *kept]), encoding="utf-8")
    return load_bank(path)


@pytest.mark.parametrize("qid, check, fact", [
    ("quote-biden-heavy-price", quote_hits, fact("quotes", "heavy price")),
    ("reported-blinken-talks-likely-fail", reported_hits, fact("reported", "likely fail")),
    ("reported-foreign-ministry-written-responses", reported_hits, fact("reported", "each proposal")),
    ("match-open-door", demand_hits, fact("demands", "won’t budge")),
    ("demand-russia-security-guarantees", demand_hits, fact("demands", "sweeping security")),
    ("date-mid-february-ground", date_hits, fact("dates", "mid-February")),
    ("date-donetsk-airport-battle", date_hits, fact("dates", "in 2015")),
], ids=lambda v: v if isinstance(v, str) else "")
def test_coverage_checks_notice_a_dropped_question(tmp_path, qid, check, fact):
    # The coverage tests above are only worth having if cutting the one question on a fact fails them.
    full = load_bank(GENEVA)
    assert check(full, fact)
    assert check(without_question(tmp_path, qid), fact) == []


def test_every_side_with_a_demand_is_a_bank_side(loaded):
    assert {f["side"] for f in FACTS["demands"]} <= set(loaded.bank.bank.sides)




@pytest.mark.parametrize("qid, answer", [
    ("choice-why-mid-february", "The ground will be too soft for Russian heavy armour to move"),
    ("typed-us-bigger-threat", "China"),
    ("cloze-taiwan", "Taiwan"),
    ("choice-carrot-stick-stick", "The threat of sanctions"),
    ("flash-carrot", "Talks on issues Russia wants aired"),
    ("choice-obama-pivot", "Barack Obama"),
    ("typed-talks-city", "Geneva"),
    ("choice-role-blinken", "US Secretary of State"),
    ("typed-role-lavrov", "Sergei Lavrov"),
    ("choice-role-xi", "Chinese President"),
])
def test_context_questions_are_present(loaded, qid, answer):
    q = loaded.bank.question(qid)
    assert q is not None, f"{qid} is missing"
    assert q.topic == "context"
    shown = q.expected if isinstance(q, TypedQuestion) else q.answer
    assert shown.startswith(answer)


def test_choices_and_quote_options_are_sensible(loaded):
    bank = loaded.bank
    for q in bank.questions:
        if isinstance(q, QuoteQuestion):
            options = bank.quote_choices(q)
            assert len(options) == 4, q.id
            assert q.speaker in options
        if isinstance(q, ChoiceQuestion) and not q.true_false:
            assert 3 <= len(q.choices) <= 5, q.id
        if isinstance(q, TypedQuestion):
            assert norm(q.expected) not in {norm(a) for a in q.accept}, f"{q.id}: accept repeats the answer"


def test_right_answers_are_not_always_in_the_same_place(loaded):
    positions = {q.choices.index(q.answer) for q in loaded.bank.questions
                 if isinstance(q, ChoiceQuestion) and not q.true_false}
    assert len(positions) >= 3


def test_ids_are_descriptive_and_prefixed_by_kind(loaded):
    prefixes = ("quote-", "reported-", "demand-", "date-", "choice-", "tf-", "typed-", "cloze-",
                "order-", "match-", "flash-")
    assert all(q.id.startswith(prefixes) for q in loaded.bank.questions)



def test_the_teachers_guide_examples_are_a_valid_bank(tmp_path):
    # questions/README.md shows a snippet of every field and type; together they must load, so
    # the guide cannot drift from the format. Only the order example elides its long source.
    guide = (GENEVA.parent / "README.md").read_text(encoding="utf-8")
    snippets = [b for b in re.findall(r"```toml\n(.*?)```", guide, re.S)
                if not b.startswith("#:schema") and 'source = "…"' not in b]
    types = {m for b in snippets for m in re.findall(r'^type = "(\w+)"', b, re.M)}
    assert types == set(QUESTION_TYPES) - {"order"}
    (tmp_path / "sources").mkdir()
    shutil.copy(GENEVA.parent / "sources" / "geneva-2022.txt", tmp_path / "sources")
    path = tmp_path / "guide.toml"
    path.write_text("\n".join(snippets), encoding="utf-8")
    assert len(load_bank(path).bank.questions) == len(re.findall(r"^\[\[questions\]\]", "\n".join(snippets), re.M))


def kind_and_side(bank, option: str) -> tuple[str, str]:
    """A person with their side, or a body (a state, an alliance, a ministry) standing for itself."""
    person = bank.person(option)
    if person is None:
        return "body", option
    return ("body" if person.role.startswith("the ") else "person"), person.side


def test_who_said_it_options_never_single_out_the_key(loaded):
    # Issue 20: "Russia" among three Western options, and Russia's foreign ministry as the only
    # Russian option, were answered by elimination. The key's kind (person or body) is shared by
    # another option, and when people are offered another option comes from the key's side.
    bank = loaded.bank
    odd = []
    for q in bank.questions:
        if not isinstance(q, QuoteQuestion):
            continue
        options = [kind_and_side(bank, o) for o in bank.quote_choices(q)]
        key_kind, key_side = kind_and_side(bank, q.speaker)
        if [k for k, _ in options].count(key_kind) < 2:
            odd.append((q.id, "kind"))
        if any(k == "person" for k, _ in options) and [s for _, s in options].count(key_side) < 2:
            odd.append((q.id, "side"))
    assert odd == []


def test_every_match_has_as_many_choices_as_rows(loaded):
    short = [q.id for q in loaded.bank.questions
             if isinstance(q, MatchQuestion) and len({right for _, right in q.pairs}) != len(q.pairs)]
    assert short == []


US_PRESIDENTS = {"Joe Biden", "Donald Trump", "Barack Obama", "George W. Bush", "Bill Clinton"}


def test_a_which_president_question_offers_only_presidents(loaded):
    asked = [q for q in loaded.bank.questions
             if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Which US president")]
    assert asked
    for q in asked:
        assert set(q.choices) <= US_PRESIDENTS, q.id


def test_the_open_door_match_and_written_responses_read_as_issue_20_asks(loaded):
    match = loaded.bank.question("match-open-door")
    assert {right for _, right in match.pairs} == {"Russia", "NATO", "Ukraine and Georgia"}
    written = loaded.bank.question("reported-foreign-ministry-written-responses")
    sides = [kind_and_side(loaded.bank, o)[1] for o in loaded.bank.quote_choices(written)]
    assert sides.count("Russia") == 2


def test_the_bank_was_raised_past_the_version_students_have(loaded):
    old = load_bank_text(DATA / "banks" / "geneva-v1" / GENEVA.name)
    assert loaded.bank.bank.version > old["bank"]["version"]


def load_bank_text(path: Path) -> dict:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_updating_the_bundled_bank_keeps_progress_on_unchanged_questions(tmp_path, now):
    # The real update path: a student studied version 1 (the copy in tests/data), then the app
    # starts with the bundled bank of today and updates it.
    from datetime import timedelta

    from studyapp.core.records import CardKey, ReviewRecord
    from studyapp.core.scheduling import Rating, Scheduler
    from studyapp.paths import AppDirs
    from studyapp.storage.progress import open_progress

    old_dir = tmp_path / "v1"
    (old_dir / "sources").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "geneva-v1" / GENEVA.name, old_dir)
    shutil.copy(GENEVA.parent / "sources" / "geneva-2022.txt", old_dir / "sources")
    dirs = AppDirs.under(tmp_path / "data")
    kept, dropped, changed = "cloze-taiwan", "date-kyiv-memorial", "match-open-door"
    scheduler = Scheduler(fuzz=False)
    with open_progress(dirs, now, [old_dir / GENEVA.name]) as progress:
        for qid in (kept, dropped, changed):
            key = CardKey("geneva-talks-2022", qid)
            before = progress.card_state(key)
            after, _ = scheduler.review(before, Rating.GOOD, now)
            progress.record_review(ReviewRecord(key, now, Rating.GOOD, before, after, "x", True, 1.0))
        states = {qid: progress.card_state(CardKey("geneva-talks-2022", qid)) for qid in (kept, changed)}
    with open_progress(dirs, now + timedelta(days=1)) as progress:
        assert progress.sync_problems == []
        (bank,) = [b for b in progress.banks() if b.id == "geneva-talks-2022"]
        assert bank.version == load_bank(GENEVA).bank.bank.version
        live = {k.question_id for k in progress.questions(["geneva-talks-2022"])}
        assert kept in live and changed in live and dropped not in live
        assert progress.card_state(CardKey("geneva-talks-2022", kept)) == states[kept]
        assert progress.card_state(CardKey("geneva-talks-2022", changed)) == states[changed]
        assert len(progress.reviews(CardKey("geneva-talks-2022", dropped))) == 1  # history kept


def test_no_explanation_or_flash_answer_fills_in_a_cloze_it_is_not_buried_with(loaded):
    # Issue 20: "an explanation answers the very next question". Siblings (core.siblings) are never
    # shown on the same day, so only the others matter.
    from studyapp.core.siblings import marks

    clozes = [q for q in loaded.bank.questions if isinstance(q, TypedQuestion) and q.is_cloze]
    leaks = []
    for cloze in clozes:
        for q in loaded.bank.questions:
            if q is cloze or marks(q) & marks(cloze):
                continue
            shown = q.explanation + " " + (q.answer if q.type == "flash" else "")
            if re.search(rf"\b{re.escape(cloze.expected)}\b", shown, re.I):
                leaks.append((cloze.id, q.id))
    assert leaks == []
