"""Which calls change progress, and what an operation reports it changed.

Every change to the progress file (an answer, an undo, an exam, an import, removing a bank,
restoring a backup, suspend/bury/flag, the bank editor's install) runs on the window's one
`workers.Writer`; reads run wherever they are asked. Two ways in:

    store = on_writer(progress, writer, PROGRESS_WRITES)   # the session's store: writes wait
    marks = on_writer(progress.marks, writer, MARK_WRITES)
    writer.run(op, on_done, on_error)                      # imports, removal, restore: queued
    sync(progress, ..., write=writer.call)                 # the class sync: network on its own thread,
                                                           # each local write waits its turn here

Browse's search-text cache (`BrowseQuery.make_text` / `write_text`), derived from the banks, takes
4-11 s at 100,000 questions, mostly reading banks: it is made on `Background` and written on the
writer in chunks of 2,000 rows, so an answer given meanwhile waits for one chunk at most.

An operation that changed something the window shows reports it as an `OpChanges` (Anki's
`OpChanges`) through `Writer.report` (or `Writer.run(..., changes=)`); `Writer.changed`'s
listeners redraw only that. A sitting re-reads its day's numbers after someone else's reviews or
banks changed, never after its own answer: the review it recorded already says what changed
(`core.session`'s day tally).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The Progress methods that write (core.session.StudyStore's writes, and the library's).
PROGRESS_WRITES = frozenset({
    "record_review", "undo_review", "reset_cards", "start_exam", "record_exam_answer", "finish_exam",
    "install_bank", "install_banks", "remove_bank",
})
# storage.marks.Marks: the toggles read and write in one operation, so no other write slips between.
MARK_WRITES = frozenset({
    "suspend", "unsuspend", "toggle_suspend", "bury", "unbury", "flag", "toggle_flag", "restore",
})


@dataclass(frozen=True)
class OpChanges:
    """What one operation changed, so the window redraws that and nothing else.

    `reviews`: the review log or card schedules (answers, undo, a sync's pulled reviews);
    `banks`: banks installed, updated or removed; `marks`: suspended, buried or flagged questions;
    `store`: the whole file (opened, restored). A sitting's own answers are not reported: it has
    counted them already (Anki's `initiator`, which skips the redraw its own change made)."""

    reviews: bool = False
    banks: bool = False
    marks: bool = False
    store: bool = False

    @property
    def anything(self) -> bool:
        return self.reviews or self.banks or self.marks or self.store

    @property
    def schedule(self) -> bool:
        """Cards' states or which cards exist changed: a sitting's numbers are out of date."""
        return self.reviews or self.banks or self.store


class OnWriter:
    """`target` with its write methods run on the writer (waiting for the commit); reads pass through."""

    def __init__(self, target: Any, call: Callable[[Callable[[], Any]], Any], writes: frozenset[str]):
        self._target, self._call, self._writes = target, call, writes

    @property
    def target(self) -> Any:
        return self._target

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if name not in self._writes:
            return attr

        def on_writer(*args: Any, **kwargs: Any) -> Any:
            return self._call(lambda: attr(*args, **kwargs))

        on_writer.__name__ = name
        return on_writer


def on_writer(target: Any, writer, writes: frozenset[str]) -> OnWriter:
    """`target` whose writes go through `writer.call`; see `OnWriter`."""
    return OnWriter(target, writer.call, writes)


__all__ = ["MARK_WRITES", "OnWriter", "OpChanges", "PROGRESS_WRITES", "on_writer"]
