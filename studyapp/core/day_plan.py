"""The study day's plan: which questions are left today, decided once for the library and the session.

"Left today" means, for a set of banks and one study day: the learning questions due before the
day ends, the reviews due before the day ends (up to `reviews_per_day` less those done today) and
the new questions still to introduce (up to `new_per_day` less those started today), with siblings
buried (see `core.siblings`): a question that shares a sentence, a quote or a prompt with one
already seen today, or with one planned before it, waits for another day. The study screen's
counts come from this plan and the library's from `count_day`, which takes the same steps (the
same helpers, in the same order) over question keys instead of `DueCard`s, so they agree; both
are shown by `DayCounts.text`. As the student answers, new questions become learning ones and
learning ones graduate, so the parts move even when the total does not.

New questions come "mixed" (the default: round robin over each bank's topics and over the banks,
each topic in bank order) or in bank order (`Settings.new_order`).

    plan = plan_day(store, marks_of, bank_ids, settings, start, end)
    plan.counts.text   # "12 new · 3 learning · 5 to review"
    count_day(bank_day, marks_of, settings, usable)   # the same DayCounts for one bank, or None: read more
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice, zip_longest
from typing import Any, Protocol, TypeVar

from studyapp.core.records import CardKey, DueCard
from studyapp.core.siblings import Marks, one_per_group
from studyapp.core.scheduling import Stage

T = TypeVar("T")

# New and review candidates read beyond the limit, so that burying a few siblings still fills it.
SPARE = 20


class PlanStore(Protocol):
    def learning_cards(self, bank_ids: Sequence[str], until: datetime) -> list[DueCard]: ...
    def due_reviews(self, bank_ids: Sequence[str], before: datetime, limit: int) -> list[DueCard]: ...
    def new_cards(self, bank_ids: Sequence[str], limit: int) -> list[DueCard]: ...
    def new_cards_by_topic(self, bank_ids: Sequence[str], per_topic: int) -> list[tuple[DueCard, str]]: ...
    def reviewed_since(self, bank_ids: Sequence[str], since: datetime,
                       until: datetime | None = None) -> set[CardKey]: ...
    def count_reviews_since(self, bank_ids: Sequence[str], since: datetime,
                            stages: Sequence[int] | None = None, until: datetime | None = None) -> int: ...


@dataclass(frozen=True)
class DayCounts:
    """How many questions are left today, by kind: one definition for every screen."""

    new: int = 0
    learning: int = 0
    review: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review

    @property
    def text(self) -> str:
        return f"{self.new} new · {self.learning} learning · {self.review} to review"

    @property
    def spoken(self) -> str:
        """For screen readers: the same numbers without the dots."""
        return f"{self.new} new, {self.learning} learning, {self.review} to review"


@dataclass
class DayPlan:
    """`reviews` and `news` in the order to show them (before interleaving); `learning`: the
    learning questions that may be shown today; `reviewed`: questions already answered today."""

    reviews: list[DueCard] = field(default_factory=list)
    news: list[DueCard] = field(default_factory=list)
    learning: list[DueCard] = field(default_factory=list)
    reviewed: set[CardKey] = field(default_factory=set)
    buried: list[CardKey] = field(default_factory=list)

    @property
    def allowed_learning(self) -> set[CardKey]:
        return {c.key for c in self.learning}

    @property
    def counts(self) -> DayCounts:
        return DayCounts(len(self.news), len(self.learning), len(self.reviews))


def mixed(cards: Iterable[tuple[Any, str]], limit: int | None = None,
          bank_of: Callable[[Any], str] = lambda c: c.key.bank_id) -> list:
    """Round robin over (bank, topic): the first of each topic of each bank, then the second, ...

    Topics take turns in the order they first appear in their bank, and the banks take turns
    within each round, so the first twenty new questions cover every topic of every bank. `cards`
    come in bank order with their topics (`DueCard`s, or anything `bank_of` tells the bank of);
    `limit` stops the order there."""
    runs: dict[tuple[str, str], list] = {}
    topic_rank: dict[str, dict[str, int]] = {}
    bank_rank: dict[str, int] = {}
    for card, topic in cards:
        bt = (bank_of(card), topic)
        run = runs.get(bt)
        if run is None:  # the first of its topic in its bank: the topic's (and maybe the bank's) turn
            run = runs[bt] = []
            bank_rank.setdefault(bt[0], len(bank_rank))
            ranks = topic_rank.setdefault(bt[0], {})
            ranks[topic] = len(ranks)
        run.append(card)
    order = sorted(runs, key=lambda bt: (topic_rank[bt[0]][bt[1]], bank_rank[bt[0]]))
    out: list = []
    total = sum(len(r) for r in runs.values())  # once, not per round: the library calls this for every bank
    if limit is not None:
        total = min(total, max(0, limit))
    depth = 0
    while len(out) < total:
        for bt in order:
            if depth < len(runs[bt]):
                out.append(runs[bt][depth])
        depth += 1
    return out if len(out) == total else out[:total]


_GAP = object()  # where a topic's run has ended, in `mixed_topics`' interleaving


def mixed_topics(items: Iterable[tuple[T, str]], limit: int) -> tuple[list[T], int]:
    """`mixed(items, limit, bank_of=...)` for one bank's items, and how many items there were.

    The library orders every bank's unseen questions on each refresh (40,000 at 1,000 banks): one
    bank needs no turns between banks, so the topics' runs are interleaved by `zip_longest` and cut
    by `islice` instead of a Python loop over the rounds (a third of `mixed`'s time)."""
    runs: defaultdict[str, list[T]] = defaultdict(list)
    for item, topic in items:
        runs[topic].append(item)
    rounds = chain.from_iterable(zip_longest(*runs.values(), fillvalue=_GAP))
    return list(islice((i for i in rounds if i is not _GAP), max(0, limit))), sum(map(len, runs.values()))


def _no_marks(key: CardKey) -> Marks:
    return frozenset()


def _limits(settings: Any, reviews_done: int, new_done: int) -> tuple[int, int]:
    """(reviews, new questions) still allowed today under the daily limits."""
    return max(0, settings.reviews_per_day - reviews_done), max(0, settings.new_per_day - new_done)


def _marks_of_all(items: Iterable[T], key: Callable[[T], CardKey], marks_of: Callable[[CardKey], Marks]) -> set[str]:
    out: set[str] = set()
    for item in items:
        out |= marks_of(key(item))
    return out


def _learning_part(learning_all: list[T], reviewed: Collection[CardKey], key: Callable[[T], CardKey],
                   marks_of: Callable[[CardKey], Marks], taken: set[str]) -> tuple[list[T], list[T], list[T]]:
    """(active, waiting, buried) of the learning questions, in their order; `taken` gains the waiting
    ones' marks. Learning questions answered today go on; one from an earlier day waits if a
    sibling was seen."""
    active = [c for c in learning_all if key(c) in reviewed]
    waiting, buried = one_per_group([c for c in learning_all if key(c) not in reviewed],
                                    lambda c: marks_of(key(c)), taken)
    taken |= _marks_of_all(waiting, key, marks_of)
    return active, waiting, buried


def _review_part(due: list[T], key: Callable[[T], CardKey], marks_of: Callable[[CardKey], Marks],
                 taken: set[str], review_limit: int) -> tuple[list[T], list[T]]:
    """(kept, buried) of the due reviews read (the first `review_limit + SPARE`, already filtered);
    `taken` gains the kept ones' marks."""
    reviews, buried = one_per_group(due, lambda c: marks_of(key(c)), taken, review_limit)
    taken |= _marks_of_all(reviews, key, marks_of)
    return reviews, buried


def plan_day(store: PlanStore, marks_of: Callable[[CardKey], Marks], bank_ids: Sequence[str], settings: Any,
             start: datetime, end: datetime, known: Callable[[CardKey], bool] = lambda k: True,
             excluded: Collection[CardKey] = ()) -> DayPlan:
    """The day's plan for `bank_ids` (see the module docstring). `known` drops questions no longer
    in their bank; `excluded` drops questions the student set aside (suspended, buried by hand)."""
    if not bank_ids:
        return DayPlan()
    if not getattr(settings, "bury_siblings", True):
        marks_of = _no_marks  # the session still keeps siblings from coming back to back

    def usable(k: CardKey) -> bool:
        return k not in excluded and known(k)

    def key(c: DueCard) -> CardKey:
        return c.key

    reviewed = {k for k in store.reviewed_since(bank_ids, start, end) if usable(k)}
    taken = _marks_of_all(reviewed, lambda k: k, marks_of)
    learning_all = [c for c in store.learning_cards(bank_ids, end) if usable(c.key)]
    active, waiting, buried = _learning_part(learning_all, reviewed, key, marks_of, taken)
    learning = sorted(active + waiting, key=lambda c: (c.state.due or start, c.key.bank_id, c.key.question_id))

    review_limit, new_limit = _limits(settings, store.count_reviews_since(bank_ids, start, [Stage.REVIEW], until=end),
                                      store.count_reviews_since(bank_ids, start, [Stage.NEW], until=end))
    due = [c for c in store.due_reviews(bank_ids, end, review_limit + SPARE if review_limit else 0)
           if usable(c.key) and c.key not in reviewed]
    reviews, buried_reviews = _review_part(due, key, marks_of, taken, review_limit)

    news: list[DueCard] = []
    buried_news: list[DueCard] = []
    # Read a few candidates of each (bank, topic), enough for the limit when they take turns; read
    # more only if burying siblings left the day short and some topic had more to give. Each read is
    # a prefix of the next (the round robin goes depth by depth), so the news are always the first
    # `new_limit` of the whole order that bury no sibling: what `count_day` counts.
    want = -(-(new_limit + SPARE) // len(bank_ids))
    while new_limit:
        if getattr(settings, "new_order", "mixed") == "mixed":
            read = store.new_cards_by_topic(bank_ids, want)
            runs: dict[tuple[str, str], int] = {}
            for c, t in read:
                runs[(c.key.bank_id, t)] = runs.get((c.key.bank_id, t), 0) + 1
            more = any(n >= want for n in runs.values())
            candidates = mixed(read)
        else:
            candidates = store.new_cards(bank_ids, want * len(bank_ids))
            more = len(candidates) >= want * len(bank_ids)
        candidates = [c for c in candidates if usable(c.key) and c.key not in reviewed]
        news, buried_news = one_per_group(candidates, lambda c: marks_of(c.key), taken, new_limit)
        if len(news) >= new_limit or not more:
            break
        want *= 4
    return DayPlan(reviews, news, learning, reviewed,
                   [c.key for c in (*buried, *buried_reviews, *buried_news)])


@dataclass(frozen=True)
class BankDay:
    """One bank's day as question keys in the orders the plan reads them, for counting what is left
    without a `DueCard` per candidate (the library counts every bank on each refresh).

    `reviewed`: answered today (the day's start to its end); `learning`: learning questions due by the
    day's end, in `PlanStore.learning_cards`' order; `due`: review questions due before the day's end,
    most overdue first, at least the first `reviews_per_day + SPARE` of them; `new`: unseen questions
    in the order the settings use (`mixed`'s round robin of the bank's topics, or bank order), the whole
    of them when `new_complete`, else a prefix; `reviews_done`, `new_done`: today's answers to
    questions that were reviews, new."""

    reviewed: Collection[CardKey] = ()
    learning: Sequence[CardKey] = ()
    due: Sequence[CardKey] = ()
    new: Sequence[CardKey] = ()
    new_complete: bool = True
    reviews_done: int = 0
    new_done: int = 0


def count_day(day: BankDay, marks_of: Callable[[CardKey], Marks] | None, settings: Any,
              usable: Callable[[CardKey], bool] = lambda k: True) -> DayCounts | None:
    """`plan_day(...).counts` for the one bank `day` describes, from its keys: the same steps in the
    same order (learning, reviews, then new questions, each burying the siblings of what came
    before). None when `day.new` is a prefix too short to decide (siblings or set-aside questions
    used it up): then read the bank's whole order, or plan it with `plan_day`.

    `marks_of` may give a question only the marks it shares with another question of its bank:
    within one bank no other mark can meet another question's; None when no question of the bank
    shares one (then nothing is buried, and the new questions are counted in whatever order they
    come: the library reads such a bank's unseen questions without ordering them)."""
    plain = marks_of is None or not getattr(settings, "bury_siblings", True)
    if plain:
        marks_of = _no_marks

    def key(k: CardKey) -> CardKey:
        return k

    reviewed = {k for k in day.reviewed if usable(k)}
    taken = _marks_of_all(reviewed, key, marks_of)
    active, waiting, _ = _learning_part([k for k in day.learning if usable(k)], reviewed, key, marks_of, taken)
    review_limit, new_limit = _limits(settings, day.reviews_done, day.new_done)
    due = [k for k in day.due[:review_limit + SPARE] if usable(k) and k not in reviewed] if review_limit else []
    reviews, _ = _review_part(due, key, marks_of, taken, review_limit)
    news: list[CardKey] = []
    if new_limit:
        fresh = (k for k in day.new if usable(k) and k not in reviewed)
        if plain:  # what `one_per_group` keeps when no question has a mark: the first `new_limit`
            news = list(islice(fresh, new_limit))
        else:
            news, _ = one_per_group(fresh, marks_of, taken, new_limit)
        if len(news) < new_limit and not day.new_complete:
            return None
    return DayCounts(len(news), len(active) + len(waiting), len(reviews))


__all__ = ["BankDay", "DayCounts", "DayPlan", "PlanStore", "count_day", "mixed", "mixed_topics", "plan_day"]
