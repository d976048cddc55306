"""Scheduling fitted to the student: personal FSRS parameters from their own review history.

`fsrs-rs-python` is the optimiser Anki itself runs (fsrs-rs, on the burn framework rather than
PyTorch): a 0.6 MB wheel, 1.5 MB installed, no other dependencies. It is imported inside the
functions so the rest of the app never pays for it, and a missing install becomes a clear
`OptimiserMissingError` instead of an ImportError.

The history is turned into FSRS items the way fsrs-rs' own example does: each question's answers
grouped by study day (delta_t = whole days since the previous answer, 0 within a day), one item
per answer given on a later day, each carrying all the answers before it. Questions whose first
logged answer was not on a new card are left out (their start is unknown).

    histories = histories_from_events(review_events, day_hour=4)
    result = optimise(histories)          # -> OptimiseResult: parameters, log loss before and after
    workload(result.parameters, [0.8, 0.85, 0.9, 0.95], deck_size=200, new_per_day=20)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from studyapp.core.card import Stage
from studyapp.core.insight import ReviewEvent, study_day
from studyapp.errors import StudyAppError

MIN_REVIEWS = 400  # fewer answers than this and the fit mostly learns noise (Anki asks for ~400 too)
SIM_DAYS = 365

History = Sequence[tuple[date, int]]  # one question: (study day, rating) oldest first


class OptimiserError(StudyAppError):
    """The schedule cannot be fitted yet (too little history)."""


class OptimiserMissingError(StudyAppError):
    """fsrs-rs-python is not installed."""


def _fsrs_rs():
    try:
        import fsrs_rs_python
    except ImportError:
        raise OptimiserMissingError(
            "fitting the schedule needs the fsrs-rs-python package; install it with "
            "`pip install fsrs-rs-python` (about 2 MB) and try again") from None
    return fsrs_rs_python


def default_parameters() -> tuple[float, ...]:
    """The FSRS-6 defaults the scheduler uses until the student's own are applied."""
    import fsrs

    return tuple(float(x) for x in fsrs.Scheduler().parameters)


def histories_from_events(events: Iterable[ReviewEvent], day_hour: int, tz: tzinfo | None = None) -> list[list[tuple[date, int]]]:
    """Group answers by question, as (study day, rating), keeping questions first answered when new."""
    by_question: dict[tuple[str, str], list[ReviewEvent]] = {}
    for e in events:
        by_question.setdefault((e.bank_id, e.question_id), []).append(e)
    out = []
    for evs in by_question.values():
        evs.sort(key=lambda e: e.reviewed_at)
        if evs[0].stage_before != Stage.NEW:
            continue
        out.append([(study_day(e.reviewed_at, day_hour, tz), e.rating) for e in evs])
    return out


def items_from_histories(histories: Iterable[History]) -> list:
    """fsrs-rs training items (see the module docstring), ordered by the day of their last answer."""
    fsrs_rs = _fsrs_rs()
    dated = []
    for history in histories:
        if not history:
            continue
        reviews = []
        last = history[0][0]
        for day, rating in history:
            delta = (day - last).days
            reviews.append(fsrs_rs.FSRSReview(int(rating), delta))
            if delta > 0:
                item = fsrs_rs.FSRSItem(reviews)
                if item.long_term_review_cnt() > 0:
                    dated.append((day, item))
            last = day
    dated.sort(key=lambda x: x[0])
    return [item for _, item in dated]


@dataclass(frozen=True)
class OptimiseResult:
    """Personal parameters and how well each set predicts the history (lower log loss is better)."""

    parameters: tuple[float, ...]
    defaults: tuple[float, ...]
    log_loss_before: float
    log_loss_after: float
    rmse_before: float
    rmse_after: float
    reviews: int
    items: int

    @property
    def improvement(self) -> float:
        """Relative reduction of log loss: 0.1 = the personal parameters' loss is 10% lower."""
        return (self.log_loss_before - self.log_loss_after) / self.log_loss_before if self.log_loss_before else 0.0

    @property
    def better(self) -> bool:
        return self.log_loss_after < self.log_loss_before


def evaluate(parameters: Sequence[float], items: Sequence) -> tuple[float, float]:
    """(log loss, RMSE over bins) of `parameters` predicting the items' last answers."""
    fsrs_rs = _fsrs_rs()
    ev = fsrs_rs.FSRS(list(parameters)).evaluate(list(items))
    return float(ev.log_loss), float(ev.rmse_bins)


def optimise(histories: Sequence[History], defaults: Sequence[float] | None = None,
             min_reviews: int = MIN_REVIEWS) -> OptimiseResult:
    """Fit FSRS parameters to the histories; raises OptimiserError when there are too few answers.

    Deterministic (fsrs-rs trains with a fixed seed). Takes seconds for tens of thousands of
    answers: run it off the GUI thread.
    """
    fsrs_rs = _fsrs_rs()
    reviews = sum(len(h) for h in histories)
    if reviews < min_reviews:
        raise OptimiserError(f"fitting the schedule needs at least {min_reviews} answers; there are {reviews} so far. "
                             "Keep studying and try again later.")
    items = items_from_histories(histories)
    if len(items) < 8:
        raise OptimiserError(f"fitting the schedule needs answers spread over several days; only {len(items)} "
                             "answers came after a day or more. Keep studying and try again later.")
    defaults = tuple(defaults) if defaults is not None else default_parameters()
    fitted = tuple(float(x) for x in fsrs_rs.FSRS(list(defaults)).compute_parameters(items))
    before = evaluate(defaults, items)
    after = evaluate(fitted, items)
    return OptimiseResult(fitted, defaults, before[0], after[0], before[1], after[1], reviews, len(items))


@dataclass(frozen=True)
class Workload:
    """What a desired retention costs: answers and minutes per day, and how much stays known."""

    desired_retention: float
    reviews_per_day: float
    minutes_per_day: float
    memorised: float  # expected number of questions remembered at the end


def workload(parameters: Sequence[float], retentions: Sequence[float], deck_size: int, new_per_day: int,
             days: int = SIM_DAYS, seed: int = 42) -> list[Workload]:
    """Simulate `days` of study at each desired retention with fsrs-rs' simulator (Anki's).

    Every question is introduced at `new_per_day`; the mean over the simulated days is reported.
    """
    fsrs_rs = _fsrs_rs()
    if deck_size <= 0:
        return [Workload(r, 0.0, 0.0, 0.0) for r in retentions]
    config = fsrs_rs.default_simulator_config()
    config.deck_size = deck_size
    config.learn_span = days
    config.learn_limit = max(1, new_per_day)
    out = []
    for r in retentions:
        res = fsrs_rs.simulate(list(parameters), float(r), config, seed)
        n = len(res.review_cnt_per_day) or 1
        out.append(Workload(float(r), sum(res.review_cnt_per_day) / n, sum(res.cost_per_day) / n / 60.0,
                            float(res.memorized_cnt_per_day[-1]) if res.memorized_cnt_per_day else 0.0))
    return out


RETENTIONS = (0.80, 0.85, 0.90, 0.95)


@dataclass(frozen=True)
class Outcome:
    """What the Optimise dialog shows: the fit (None when refused, with `message` saying why) and workloads."""

    result: OptimiseResult | None
    message: str
    workloads: list[Workload]

    @property
    def parameters(self) -> tuple[float, ...]:
        return self.result.parameters if self.result is not None else default_parameters()


def optimise_and_simulate(histories: Sequence[History], deck_size: int, new_per_day: int,
                          retentions: Sequence[float] = RETENTIONS, current: Sequence[float] | None = None,
                          days: int = SIM_DAYS) -> Outcome:
    """Fit if there is enough history, then simulate the workload with the best parameters known.

    `current` are the parameters in use (the defaults when None); the log loss "before" is theirs.
    """
    try:
        result = optimise(histories, current)
    except OptimiserError as exc:
        params = tuple(current) if current is not None else default_parameters()
        return Outcome(None, str(exc), workload(params, retentions, deck_size, new_per_day, days))
    if result.better:
        message = (f"Your parameters predict your {result.reviews} answers better: log loss {result.log_loss_after:.4f} "
                   f"instead of {result.log_loss_before:.4f} ({100 * result.improvement:.1f}% lower).")
        params = result.parameters
    else:
        message = (f"The parameters in use already predict your answers as well (log loss {result.log_loss_before:.4f}; "
                   f"fitted {result.log_loss_after:.4f}); there is nothing to gain yet.")
        params = result.defaults
    return Outcome(result, message, workload(params, retentions, deck_size, new_per_day, days))


def apply_parameters(settings, parameters: Sequence[float]):
    """Settings with the personal parameters in place (validated by fsrs-rs' own check first).
    """
    fsrs_rs = _fsrs_rs()
    checked = [float(x) for x in fsrs_rs.check_and_fill_parameters(list(parameters))]
    return settings.with_changes(fsrs_parameters=checked)


__all__ = ["MIN_REVIEWS", "Outcome", "OptimiseResult", "OptimiserError", "OptimiserMissingError", "RETENTIONS",
           "Workload", "apply_parameters", "default_parameters", "optimise_and_simulate", "evaluate", "histories_from_events", "items_from_histories", "optimise", "workload"]
