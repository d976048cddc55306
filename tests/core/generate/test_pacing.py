"""Cancel stops a long draft promptly: every loop of every stage reports its work to the checkpoint.

Measured without clocks: cProfile counts the calls the generator's own code makes (to its functions,
to the regular expressions, to builtins) between two checkpoint calls. That count is the work a
Cancel can wait for, and it must stay bounded however long the article is.
"""

from __future__ import annotations

import cProfile

import pytest

from studyapp.core.generate.facts import STAGES
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.people import find_cast
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.pronouns import sexes
from studyapp.core.generate.referents import Referents
from studyapp.core.generate.text import parse_article
from studyapp.errors import GenerateCancelled
from tests.core.generate.conftest import ARTICLES

# The most work (calls made by the generator's code) allowed between two checkpoints. The drafting before
# this pacing did 100,000 to 300,000 such calls in one stretch on the article below, and many times more on
# a 2 MB one; with it the longest stretch is under 30,000 whatever the length.
MAX_WORK = 40_000


def long_article(words: int) -> str:
    """The test articles' bodies repeated up to `words` words (as the benchmark builds its 2 MB article)."""
    bodies = [p.read_text(encoding="utf-8").split("\n", 2)[2].strip() for p in sorted(ARTICLES.glob("*.txt"))]
    out: list[str] = []
    n = 0
    while n < words:
        for body in bodies:
            out.append(body)
            n += len(body.split())
            if n >= words:
                break
    return "A long story\n\n" + "\n\n".join(out) + "\n"


def test_pacer_calls_the_checkpoint_once_per_budget():
    calls = []
    pace = Pacer(lambda: calls.append(1), budget=1000)
    for _ in range(25):
        pace(100)
    assert len(calls) == 2  # 2,500 characters' work: after 1,000 and after 2,000
    pace.now()
    assert len(calls) == 3 and pace.calls == 3
    Pacer()(10_000)  # without a checkpoint it only counts


class WorkMeter:
    """A checkpoint that records, per stage, the calls the generator's code made since the last checkpoint."""

    def __init__(self) -> None:
        self.profile = cProfile.Profile()
        self.stretches: list[tuple[str, int]] = []

    def work(self) -> int:
        self.profile.disable()
        n = sum(sum(sub.callcount for sub in (e.calls or [])) for e in self.profile.getstats()
                if not isinstance(e.code, str) and "studyapp" in e.code.co_filename)
        self.profile.clear()
        return n

    def __call__(self, _number: int, name: str) -> None:
        self.stretches.append((name, self.work()))
        self.profile.enable()

    def run(self, text: str) -> None:
        self.profile.enable()
        generate_bank(text, checkpoint=self)
        self.stretches.append(("end", self.work()))


def test_work_between_two_checkpoints_is_bounded_in_every_stage():
    text = long_article(8000)
    generate_bank(long_article(600))  # warm: the patterns compiled once, as in the app's second draft
    meter = WorkMeter()
    meter.run(text)
    worst = max(meter.stretches, key=lambda s: s[1])
    assert worst[1] <= MAX_WORK, f"{worst[1]:,} calls before a checkpoint in '{worst[0]}'"
    per_stage = {name: sum(1 for n, _ in meter.stretches if n == name) for name, _ in meter.stretches}
    for name in (*STAGES, "Writing questions"):
        assert per_stage.get(name, 0) >= 3, f"'{name}' reached the checkpoint only {per_stage.get(name, 0)} times"


@pytest.mark.parametrize("stage", range(len(STAGES) + 1))
def test_a_cancel_inside_any_stage_stops_the_draft_there(stage):
    text = long_article(3000)
    seen: list[int] = []

    def checkpoint(number: int, _name: str) -> None:
        seen.append(number)
        if number == stage and seen.count(stage) == 3:  # inside the stage, not at its start
            raise GenerateCancelled("cancelled")

    with pytest.raises(GenerateCancelled):
        generate_bank(text, checkpoint=checkpoint)
    assert max(seen) == stage  # nothing after the stage it was cancelled in ran


def test_the_referents_and_the_speakers_sexes_report_what_they_read():
    # each read a 2 MB article's names and sentences for about a second without a checkpoint
    text = long_article(3000)
    article = parse_article(text)
    cast = find_cast(article)
    heard: list[int] = []
    Referents(article, cast, pace=heard.append)
    assert sum(heard) >= sum(len(s.text) for s in article.sentences)
    heard.clear()
    persons = [{"name": p.name} for p in cast.people if p.kind == "person"]
    sexes(article.body, persons, heard.append)
    assert len(heard) >= len([m for m in cast.mentions if m.kind == "person" and m.text in {p["name"] for p in persons}])
