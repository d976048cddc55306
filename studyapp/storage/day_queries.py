"""The two reads the day's plan needs beyond the queue queries (`core.day_plan`), as plain SQL.

`Progress.reviewed_since` and `Progress.new_cards_by_topic` call these; they live here so the
planning reads stay together and `progress.py` only forwards to them. `PlanReads` reads the same
for every bank of the library at once (`Progress.plan_reads`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from itertools import groupby
from operator import itemgetter

from sqlalchemy.engine import Engine

from studyapp.core.card import Stage
from studyapp.core.day_plan import BankDay, mixed_topics
from studyapp.core.records import CardKey, DueCard
from studyapp.storage.card_rows import CARD_JOIN, STATE_COLUMNS, in_list, state_from_row
from studyapp.core.utc_text import utc_ms, utc_text

_REVIEWED = ("SELECT DISTINCT question.bank_id, question.question_id FROM review "
             "JOIN question ON question.id = review.question "
             "WHERE review.reviewed_at >= ? AND review.reviewed_at < ? AND review.bank_id IN ({})")
_END_OF_TIME = 2**62  # milliseconds above every stored review time (core.utc_text.utc_ms)

# Each (bank, topic)'s first unseen questions in bank order. The window runs over one bank's new
# cards (a walk of ix_card_queue joined to their questions): 60 ms at 100,000 new questions.
_NEW_BY_TOPIC = ("SELECT question FROM (SELECT card.question AS question, question.position AS pos, ROW_NUMBER() "
                 "OVER (PARTITION BY question.topic ORDER BY question.position, card.question) AS n "
                 "FROM card JOIN question ON question.id = card.question "
                 f"WHERE card.bank_id = ? AND card.retired = 0 AND card.stage = {Stage.NEW:d}) "
                 "WHERE n <= ? ORDER BY pos, question")


def reviewed_since(engine: Engine, bank_ids: Sequence[str], since: datetime,
                   until: datetime | None = None) -> set[CardKey]:
    """Every question of these banks reviewed at or after `since` and before `until` (today's, for
    burying siblings). With `until` the day's end, an answer dated after it (made while the clock was
    ahead) is not one of today's, as in `Progress.count_reviews_since`."""
    end = utc_ms(until) if until is not None else _END_OF_TIME
    ids = list(dict.fromkeys(bank_ids))
    out: set[CardKey] = set()
    with engine.connect() as conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for bank_id, question_id in conn.exec_driver_sql(_REVIEWED.format(", ".join("?" * len(chunk))),
                                                             (utc_ms(since), end, *chunk)):
                out.add(CardKey(bank_id, question_id))
    return out


def new_cards_by_topic(engine: Engine, bank_ids: Sequence[str], per_topic: int) -> list[tuple[DueCard, str]]:
    """Up to `per_topic` unseen questions of each topic of each bank, with their topic: bank by
    bank, each in bank order."""
    if per_topic <= 0:
        return []
    out: list[tuple[DueCard, str]] = []
    with engine.connect() as conn:
        for bank_id in dict.fromkeys(bank_ids):
            chosen = [r[0] for r in conn.exec_driver_sql(_NEW_BY_TOPIC, (bank_id, int(per_topic)))]
            rows = {}
            for i in range(0, len(chosen), 500):
                part = chosen[i:i + 500]
                for r in conn.exec_driver_sql(_NEW_BY_PK.format(in_list(len(part))), tuple(part)):
                    rows[r[0]] = r
            ordered = [rows[pk] for pk in chosen if pk in rows]
            out += [(DueCard(CardKey(r[1], r[2]), state_from_row(r[4:])), r[3]) for r in ordered]
    return out


# The cards `_NEW_BY_TOPIC` chose, with their keys and topics.
_NEW_BY_PK = (f"SELECT card.question, question.bank_id, question.question_id, question.topic, {STATE_COLUMNS} "
              f"{CARD_JOIN} WHERE card.question IN ({{}})")

# The grouped reads of `PlanReads`: one statement per kind over every bank, each bank's run cut at
# the same place and in the same order as the per-bank statements above and in `Progress._cards`.
_DUE_BY_BANK = ("SELECT bank_id, question_id, stage, step, stability, difficulty, due, last_review, reps, lapses "
                "FROM (SELECT card.bank_id, question.question_id, " + STATE_COLUMNS + ", ROW_NUMBER() OVER "
                "(PARTITION BY card.bank_id ORDER BY card.due, card.scheduled_days, card.question) AS n "
                "FROM card JOIN question ON question.id = card.question "
                "WHERE card.retired = 0 AND card.stage = ? {}) WHERE n <= ? ORDER BY bank_id, n")
_NEW_BY_BANK_TOPIC = ("SELECT bank_id, question_id, topic, stage, step, stability, difficulty, due, last_review, reps, "
                      "lapses FROM (SELECT card.bank_id, question.question_id, question.topic, "
                      "question.position AS pos, card.question AS pk, " + STATE_COLUMNS + ", ROW_NUMBER() OVER (PARTITION BY card.bank_id, "
                      "question.topic ORDER BY question.position, card.question) AS n "
                      "FROM card JOIN question ON question.id = card.question "
                      f"WHERE card.retired = 0 AND card.stage = {Stage.NEW:d}) "
                      "WHERE n <= ? ORDER BY bank_id, pos, pk")
_DONE_TODAY = ("SELECT bank_id, stage_before, count(*) FROM review WHERE reviewed_at >= ? AND reviewed_at < ? "
               "GROUP BY bank_id, stage_before")

# `BankDay`'s reads: keys only, in the plan's orders. Due reviews (the stage and `{}` say which: REVIEW,
# due before the day's end, maybe only some banks) in `Progress._cards`' order, each bank's run cut at `n`.
_KEYS_BY_BANK = ("SELECT bank_id, question_id FROM (SELECT card.bank_id, question.question_id, ROW_NUMBER() OVER "
                 "(PARTITION BY card.bank_id ORDER BY card.due, card.scheduled_days, card.question) AS n "
                 "FROM card JOIN question ON question.id = card.question "
                 "WHERE card.retired = 0 AND card.stage = ? {}) WHERE n <= ? ORDER BY bank_id, n")
# Every unseen question with its topic, bank after bank, each in bank order (for `core.day_plan.mixed_topics`,
# cut in Python: ~3 times cheaper than the same order and cut as window functions at 40,000 rows); or
# in `Progress._cards`' order (bank order: due and days are the same for unseen questions, then the id).
_NEW_IN_BANK_ORDER = ("SELECT card.bank_id, question.question_id, question.topic "
                      "FROM card JOIN question ON question.id = card.question "
                      f"WHERE card.retired = 0 AND card.stage = {Stage.NEW:d} {{}} ")
# The same rows for banks whose unseen questions may come in any order: bank after bank as
# ix_card_queue gives them, with no sort and no topic.
_NEW_ANY_ORDER = ("SELECT card.bank_id, question.question_id, NULL FROM card JOIN question ON question.id = card.question "
                  f"WHERE card.retired = 0 AND card.stage = {Stage.NEW:d} {{}} ORDER BY card.bank_id")
_BY_POSITION = "ORDER BY card.bank_id, question.position, card.question"
_BY_QUEUE = "ORDER BY card.bank_id, card.due, card.scheduled_days, card.question"


class _BankKeys(Sequence[CardKey]):
    """One bank's question ids as `CardKey`s made as they are walked: a count looks at the first
    twenty or so of the forty read ahead for each bank."""

    __slots__ = ("bank_id", "ids")

    def __init__(self, bank_id: str, ids: list[str]) -> None:
        self.bank_id, self.ids = bank_id, ids

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [CardKey(self.bank_id, q) for q in self.ids[i]]
        return CardKey(self.bank_id, self.ids[i])

    def __iter__(self):
        bank_id = self.bank_id
        return (CardKey(bank_id, q) for q in self.ids)


class PlanReads:
    """The day plan's reads for many banks at once, for the library's "left today" of each bank.

    `days` reads what `core.day_plan.count_day` needs to count every bank's day: question keys only,
    one grouped statement per kind over all banks, each bank's run cut at what the settings' limits
    can ask for (a `DueCard` per candidate was most of the library's refresh at 1,000 banks).

    It is also a `PlanStore` for `plan_day` bank by bank: asked bank by bank, `Progress` takes
    ~17 ms a bank; this reads each kind once for every bank (the first time it is asked) and answers
    from memory. A question it did not read ahead (several banks, another day, more new questions
    than the limit plus spare after burying) goes to `store`.
    """

    def __init__(self, store, engine: Engine, bank_ids: Sequence[str], start: datetime, end: datetime,
                 reviews_per_day: int, new_per_day: int, spare: int, new_order: str = "mixed") -> None:
        self.store, self.engine, self.start, self.end = store, engine, start, end
        self.bank_ids = list(dict.fromkeys(bank_ids))
        self.review_cap = max(0, reviews_per_day) + spare
        self.new_cap = max(0, new_per_day) + spare
        self.new_order = new_order
        self._loaded = False

    def days(self, bank_ids: Sequence[str] | None = None, whole_new: bool = False,
             by_id: bool = False, any_order: Collection[str] = ()) -> dict[str, BankDay]:
        """A `BankDay` for each bank (all of this read's by default). Each bank's unseen questions are
        cut at the new limit plus spare unless `whole_new` (for the few banks whose count needed more).
        `by_id`: each bank's day as its question ids (plain strings) instead of `CardKey`s, for a count
        bank by bank that needs no key object per question (`core.day_plan.count_day` takes either).
        `any_order`: banks whose count does not depend on the order of their unseen questions (none of
        them buries another: `count_day(..., marks_of=None)`): all of them, complete, in no set order.
        When every bank is one, the statement skips the topics and the sort by position (most of a
        library's unseen questions, each put in order and through the round robin for nothing)."""
        banks = self.bank_ids if bank_ids is None else list(dict.fromkeys(bank_ids))
        wanted = set(banks)
        reviewed: dict[str, list[CardKey]] = {b: [] for b in banks}
        learning: dict[str, list[CardKey]] = {b: [] for b in banks}
        due: dict[str, list[str]] = {b: [] for b in banks}
        new: dict[str, list[str]] = {b: [] for b in banks}
        done: dict[tuple[str, int], int] = {}
        if not banks:
            return {}
        for key in reviewed_since(self.engine, banks, self.start, self.end):
            reviewed[key.bank_id].append(key)
        for c in self.store.learning_cards(banks, self.end):
            learning[c.key.bank_id].append(c.key)
        # Narrowed to the banks asked for when they are a few (the whole-order reread); otherwise every
        # bank is read and the others skipped, which is cheaper than an IN list of a thousand.
        narrow = len(banks) <= 500 and bank_ids is not None
        only = f"AND card.bank_id IN ({in_list(len(banks))})" if narrow else ""
        only_args = tuple(banks) if narrow else ()
        new_cap = 2**62 if whole_new else self.new_cap
        mixing = self.new_order == "mixed"
        any_order = wanted.intersection(any_order)
        ordered = len(any_order) < len(wanted)
        complete: dict[str, bool] = {}
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection  # plain rows: SQLAlchemy's per-row fetch costs more
            for bank_id, stage, n in raw.execute(_DONE_TODAY, (utc_ms(self.start), utc_ms(self.end))):
                done[(bank_id, int(stage))] = int(n)
            for bank_id, question_id in raw.execute(_KEYS_BY_BANK.format("AND card.due < ? " + only),
                                                    (int(Stage.REVIEW), utc_text(self.end), *only_args,
                                                     self.review_cap)):
                if bank_id in wanted:
                    due[bank_id].append(question_id)
            # Cut bank by bank as the rows come (they come bank after bank): no list of 40,000 pairs kept.
            statement = _NEW_IN_BANK_ORDER.format(only) + (_BY_POSITION if mixing else _BY_QUEUE) if ordered else \
                _NEW_ANY_ORDER.format(only)
            unseen = raw.execute(statement, only_args)
            for bank_id, run in groupby(unseen, itemgetter(0)):
                if bank_id not in wanted:
                    continue
                if bank_id in any_order:
                    new[bank_id] = [q for _, q, _ in run]
                    continue  # complete
                if mixing:
                    new[bank_id], total = mixed_topics(((q, t) for _, q, t in run), new_cap)
                else:
                    ids = [q for _, q, _ in run]
                    new[bank_id], total = ids[:new_cap], len(ids)
                complete[bank_id] = total <= new_cap
        if by_id:
            return {b: BankDay([k.question_id for k in reviewed[b]], [k.question_id for k in learning[b]], due[b],
                               new[b], complete.get(b, True), done.get((b, int(Stage.REVIEW)), 0),
                               done.get((b, int(Stage.NEW)), 0)) for b in banks}
        return {b: BankDay(reviewed[b], learning[b], _BankKeys(b, due[b]), _BankKeys(b, new[b]), complete.get(b, True),
                           done.get((b, int(Stage.REVIEW)), 0), done.get((b, int(Stage.NEW)), 0)) for b in banks}

    def _load(self) -> None:
        """The `PlanStore` side's reads, made once, the first time `plan_day` asks."""
        if self._loaded:
            return
        self._loaded = True
        store, engine, start, end = self.store, self.engine, self.start, self.end
        states: dict[tuple, object] = {}

        def state(raw) -> object:  # unseen questions all share one state: parse each distinct one once
            raw = tuple(raw)
            found = states.get(raw)
            if found is None:
                found = states[raw] = state_from_row(raw)
            return found

        banks = set(self.bank_ids)
        self.reviewed: dict[str, set[CardKey]] = {b: set() for b in banks}
        for key in reviewed_since(engine, list(banks), start, end):
            self.reviewed[key.bank_id].add(key)
        self.learning: dict[str, list[DueCard]] = {b: [] for b in banks}
        for c in store.learning_cards(list(banks), end):
            self.learning[c.key.bank_id].append(c)
        self.done: dict[tuple[str, int], int] = {}
        self.due: dict[str, list[DueCard]] = {b: [] for b in banks}
        self.new: dict[str, list[DueCard]] = {b: [] for b in banks}
        self.new_topic: dict[str, list[tuple[DueCard, str, int]]] = {b: [] for b in banks}
        with engine.connect() as conn:
            # The same statements on the DB-API connection: SQLAlchemy's per-row fetch was ~0.25 s of
            # the ~45,000 rows read at 1,000 banks.
            raw = conn.connection.driver_connection
            for bank_id, stage, n in raw.execute(_DONE_TODAY, (utc_ms(start), utc_ms(end))):
                self.done[(bank_id, int(stage))] = int(n)
            for r in raw.execute(_DUE_BY_BANK.format("AND card.due < ?"),
                                 (int(Stage.REVIEW), utc_text(end), self.review_cap)):
                if r[0] in banks:
                    self.due[r[0]].append(DueCard(CardKey(r[0], r[1]), state(r[2:])))
            # Only the order the settings use is read ahead; the other goes to `store`.
            by_bank = self.new_order != "mixed"
            for r in raw.execute(_DUE_BY_BANK.format(""), (int(Stage.NEW), self.new_cap)) if by_bank else ():
                if r[0] in banks:
                    self.new[r[0]].append(DueCard(CardKey(r[0], r[1]), state(r[2:])))
            rank: dict[tuple[str, str], int] = {}
            for r in () if by_bank else raw.execute(_NEW_BY_BANK_TOPIC, (self.new_cap,)):
                if r[0] in banks:
                    n = rank[(r[0], r[2])] = rank.get((r[0], r[2]), 0) + 1
                    self.new_topic[r[0]].append((DueCard(CardKey(r[0], r[1]), state(r[3:])), r[2], n))

    def _one(self, bank_ids: Sequence[str], table: str) -> str | None:
        self._load()
        table = getattr(self, table)
        ids = list(dict.fromkeys(bank_ids))
        return ids[0] if len(ids) == 1 and ids[0] in table else None

    def reviewed_since(self, bank_ids: Sequence[str], since: datetime,
                       until: datetime | None = None) -> set[CardKey]:
        bank = self._one(bank_ids, "reviewed")
        if bank is None or since != self.start or until != self.end:
            return self.store.reviewed_since(bank_ids, since, until)
        return set(self.reviewed[bank])

    def learning_cards(self, bank_ids: Sequence[str], until: datetime) -> list[DueCard]:
        bank = self._one(bank_ids, "learning")
        if bank is None or until != self.end:
            return self.store.learning_cards(bank_ids, until)
        return list(self.learning[bank])

    def count_reviews_since(self, bank_ids: Sequence[str], since: datetime,
                            stages: Sequence[int] | None = None, until: datetime | None = None) -> int:
        bank = self._one(bank_ids, "reviewed")
        if bank is None or stages is None or since != self.start or until != self.end:
            return self.store.count_reviews_since(bank_ids, since, stages, until)
        return sum(self.done.get((bank, int(s)), 0) for s in set(stages))

    def due_reviews(self, bank_ids: Sequence[str], before: datetime, limit: int) -> list[DueCard]:
        bank = self._one(bank_ids, "due")
        if bank is None or before != self.end or limit > self.review_cap:
            return self.store.due_reviews(bank_ids, before, limit)
        return self.due[bank][:max(0, limit)]

    def new_cards(self, bank_ids: Sequence[str], limit: int) -> list[DueCard]:
        bank = self._one(bank_ids, "new")
        if bank is None or limit > self.new_cap or self.new_order == "mixed":
            return self.store.new_cards(bank_ids, limit)
        return self.new[bank][:max(0, limit)]

    def new_cards_by_topic(self, bank_ids: Sequence[str], per_topic: int) -> list[tuple[DueCard, str]]:
        bank = self._one(bank_ids, "new_topic")
        if bank is None or per_topic > self.new_cap or self.new_order != "mixed":
            return self.store.new_cards_by_topic(bank_ids, per_topic)
        return [(c, t) for c, t, n in self.new_topic[bank] if n <= per_topic]


__all__ = ["PlanReads", "new_cards_by_topic", "reviewed_since"]
