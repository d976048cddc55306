"""How often a long draft looks up to see whether the teacher has cancelled.

The review dialog cancels by raising from the checkpoint it passes in, so Cancel can only stop the
work where the stages call it. Calling it once per stage (or every few hundred sentences) left a
2 MB article running for seconds after Esc; every loop that walks the article therefore reports the
work it has done (a sentence's characters, or one unit for a smaller step) to a `Pacer`, which calls
the checkpoint as soon as a bounded amount has piled up. The bound is in characters of article text
because that is what the stages' cost follows; one checkpoint call is cheap (an Event check and a
queued signal), so a few thousand of them on the largest article cost nothing a teacher sees.
"""

from __future__ import annotations

from collections.abc import Callable

# About 30 ms of the slowest stage's work on the development machine: Cancel stops well within a second.
CHARS_PER_CHECK = 4_000
# A unit of work that is not a sentence (a name, a draft question, a quotation) counts as this many characters.
UNIT = 100


class Pacer:
    """Counts the work a stage has done and calls `checkpoint()` once at most `budget` characters' worth
    has been done since the last call. A stage calls the pacer as it works: `pacer(len(sentence))` or
    `pacer()` for one smaller step. Without a checkpoint it only counts, so the stages need no `if`."""

    __slots__ = ("_checkpoint", "_budget", "_done", "calls")

    def __init__(self, checkpoint: Callable[[], None] | None = None, budget: int = CHARS_PER_CHECK) -> None:
        self._checkpoint = checkpoint
        self._budget = budget
        self._done = 0
        self.calls = 0

    def __call__(self, chars: int = UNIT) -> None:
        self._done += chars
        if self._done >= self._budget:
            self._done = 0
            if self._checkpoint is not None:
                self.calls += 1
                self._checkpoint()

    def now(self) -> None:
        """Call the checkpoint at once (between two stages), and start counting afresh."""
        self._done = 0
        if self._checkpoint is not None:
            self.calls += 1
            self._checkpoint()


def pacer(tick: Pacer | Callable[[], None] | None) -> Pacer:
    """A Pacer for a stage given one, a bare callable (called at most every CHARS_PER_CHECK) or nothing."""
    if isinstance(tick, Pacer):
        return tick
    return Pacer(tick)
