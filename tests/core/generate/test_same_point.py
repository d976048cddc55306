"""One question per point: a speaker's paraphrase beside their quotation, a statement restating a who-said, a cloze
beside the statement of its sentence, a speaker's third question on one passage (issue 14, point 6)."""

from datetime import date

from studyapp.core.generate.checks import CheckContext
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import Candidate
from studyapp.core.generate.rank import point, same_point, select, stem

from tests.core.generate.conftest import article

PEOPLE = ["Ruth Adair", "Colm Hesketh", "Ines Varga", "Piet Ralston"]
SIDES = ["Marrow County Council", "Ferry Workers Union", "Ness Harbour Trust"]

FERRY = article("\n\n".join([
    'Marrow County Council will cut the ferry subsidy by a third from April, it said on Monday.',
    'Council leader Ruth Adair defended the cut at a packed meeting. "Our choices mean more nurses, more '
    'buses and more care workers," she said. "Nobody likes paying more for the crossing."',
    'Union organiser Colm Hesketh said crews would strike for two days if the timetable was reduced. He '
    'said ferry crews had waited three years for a pay rise. He said members had backed action by four '
    'votes to one.',
    'The council leader has said that the savings will pay for more buses and nurses.',
    'Ness Harbour Trust, which owns the slipway, wants the council to repair the ramp before the summer.',
    'Ines Varga, who runs a cafe by the pier, said she feared the cut would empty the village in winter.',
    'Ferry Workers Union wants a guarantee of no job losses, and Piet Ralston said the crews were ready '
    'to talk.',
]), "Ferry subsidy cut by a third")


def _context() -> CheckContext:
    return CheckContext(FERRY, people=[{"name": n} for n in PEOPLE], persons=set(PEOPLE), sides=SIDES)


def _said(qid: str, speaker: str, text: str, source: str, fact: str, reported: bool = True,
          priority: float = 0.85) -> Candidate:
    q = {"id": qid, "type": "quote", "topic": "who-said-what", "quote": text, "speaker": speaker,
         "distractors": [p for p in PEOPLE if p != speaker][:3], "source": source, "explanation": "x"}
    if reported:
        q["reported"] = True
    return Candidate(q, fact, priority)


def _kept(candidates: list[Candidate]) -> list[str]:
    kept, _ = select(candidates, _context(), 2000)
    return [q["id"] for q in kept]


QUOTE = _said("quote", "Ruth Adair", "Our choices mean more nurses, more buses and more care workers",
              "\"Our choices mean more nurses, more buses and more care workers,\" she said.", "s:1", reported=False,
              priority=1.0)


def test_a_paraphrase_of_a_speakers_quotation_is_not_asked_again():
    paraphrase = _said("paraphrase", "Ruth Adair", "the savings will pay for more buses and nurses",
                       "The council leader has said that the savings will pay for more buses and nurses.", "c:1")
    assert _kept([QUOTE, paraphrase]) == ["quote"]


def test_two_points_of_one_speaker_are_both_asked():
    other = _said("strike", "Colm Hesketh", "crews would strike for two days if the timetable was reduced",
                  "Union organiser Colm Hesketh said crews would strike for two days if the timetable was reduced.",
                  "c:2")
    letter = _said("letter", "Colm Hesketh", "ferry crews had waited three years for a pay rise",
                   "He said ferry crews had waited three years for a pay rise.", "c:3")
    assert sorted(_kept([QUOTE, other, letter])) == ["letter", "quote", "strike"]


def test_a_statement_restating_a_who_said_on_its_sentence_is_not_asked_again():
    source = "Ness Harbour Trust, which owns the slipway, wants the council to repair the ramp before the summer."
    side = Candidate({"id": "side", "type": "choice", "topic": "who-said-what",
                      "prompt": "Which side said that the council should repair the ramp before the summer?",
                      "choices": sorted(SIDES), "answer": "Ness Harbour Trust", "source": source,
                      "explanation": "x"}, "claim:4", 0.9)
    statement = Candidate({"id": "tf", "type": "choice", "topic": "demands",
                           "prompt": "True or false: Ness Harbour Trust wants the council to repair the ramp before "
                                     "the summer.", "choices": ["True", "False"], "answer": "True",
                           "source": source, "explanation": "x"}, "demand:4", 0.8)
    assert _kept([side, statement]) == ["side"]


def test_a_name_cloze_beside_the_statement_of_its_sentence_is_not_asked():
    source = ("Ferry Workers Union wants a guarantee of no job losses, and Piet Ralston said the crews were ready "
              "to talk.")
    statement = Candidate({"id": "tf", "type": "choice", "topic": "demands",
                           "prompt": "True or false: Ferry Workers Union wants a guarantee of no job losses.",
                           "choices": ["True", "False"], "answer": "True", "source": source, "explanation": "x"},
                          "demand:5", 0.8)
    cloze = Candidate({"id": "name-x", "type": "typed", "topic": "context",
                       "prompt": "{{Ferry Workers Union}} wants a guarantee of no job losses, and Piet Ralston "
                                 "said the crews were ready to talk.", "answer": "Ferry Workers Union", "accept": [],
                       "source": source, "explanation": "x"}, "name:5", 0.7)
    assert _kept([statement, cloze]) == ["tf"]


def test_a_speaker_is_asked_at_most_twice_about_one_passage():
    strike = _said("strike", "Colm Hesketh", "crews would strike for two days if the timetable was reduced",
                   "Union organiser Colm Hesketh said crews would strike for two days if the timetable was reduced.",
                   "c:2")
    letter = _said("letter", "Colm Hesketh", "ferry crews had waited three years for a pay rise",
                   "He said ferry crews had waited three years for a pay rise.", "c:3")
    third = _said("third", "Colm Hesketh", "members had backed action by four votes to one",
                  "He said members had backed action by four votes to one.", "c:6")
    assert len([k for k in _kept([strike, letter, third]) if k in ("strike", "letter", "third")]) == 2


def test_a_point_is_its_content_words_without_names_numbers_or_frame():
    q = {"type": "quote", "quote": "Ruth Adair said 300 nurses were hired in Marrow last year"}
    assert point(q, frozenset({"ruth", "adair"})) == frozenset({stem("nurses"), stem("hired")})
    assert stem("teachers") == stem("teacher") and stem("funding") == stem("funds")
    assert same_point(frozenset({"a", "b", "c"}), frozenset({"a", "b", "d", "e"}), 0.6, 2)
    assert not same_point(frozenset({"a", "b", "c"}), frozenset({"a", "x", "y"}), 0.4, 2)


def test_a_bank_asks_the_leaders_point_once():
    bank, _ = generate_bank(FERRY, published=date(2025, 3, 10))
    adair = [q for q in bank["questions"] if q.get("speaker") == "Ruth Adair" or q.get("answer") == "Ruth Adair"]
    points = [q.get("quote", "") + q.get("prompt", "") for q in adair]
    assert sum("nurses" in p for p in points) <= 1, points


def test_a_cloze_that_names_the_answer_of_a_who_question_on_its_sentence_is_not_asked():
    source = "Ines Varga, who runs a cafe by the pier, said she feared the cut would empty the village in winter."
    said = _said("said", "Ines Varga", "they feared the cut would empty the village in winter", source, "c:7")
    cloze = Candidate({"id": "number-x", "type": "typed", "topic": "context",
                       "prompt": "Ines Varga, who runs a cafe by the pier, said she feared the cut would empty the "
                                 "{{village}} in winter.", "answer": "village", "accept": [], "source": source,
                       "explanation": "x"}, "figure:7", 0.7)
    assert _kept([said, cloze]) == ["said"]
