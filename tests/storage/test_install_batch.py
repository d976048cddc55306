"""A batch's new banks get their cards and kept figures at its commit (`BankInstalls._settle`): the
same rows and figures as one bank at a time, and the trigger that counts every other card insert
is there again, unchanged, whatever the batch did."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from contextlib import closing

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Rating
from studyapp.errors import BankVersionError
from tests.helpers.reviews import answer_timed
from tests.storage.conftest import make_variant
from tests.storage.test_bank_figures import agree

TRIGGER = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'bank_figure_card_added'"


def _trigger(dirs) -> str | None:
    with closing(sqlite3.connect(dirs.database)) as db:
        found = db.execute(TRIGGER).fetchone()
    return found and found[0]


def _cards(dirs) -> list:
    with closing(sqlite3.connect(dirs.database)) as db:
        return db.execute("SELECT question.bank_id, question.question_id, card.stage, card.reps, card.retired "
                          "FROM card JOIN question ON question.id = card.question "
                          "ORDER BY question.bank_id, question.position").fetchall()


def _variant(mini_bank_path, folder, bank_id, version=1, drop=()):
    return load_bank(make_variant(mini_bank_path, folder / bank_id, version, {'id = "mini"': f'id = "{bank_id}"'},
                                  drop))


def test_a_batch_of_new_banks_and_an_update_keeps_its_figures_and_the_trigger(progress, dirs, mini_bank_path,
                                                                               tmp_path, now):
    trigger = _trigger(dirs)
    assert trigger
    progress.install_bank(_variant(mini_bank_path, tmp_path / "v1", "old", drop=("q-flash",)), now)
    answer_timed(progress, "q-quote", Rating.GOOD, now, bank_id="old")
    with progress.installing(now) as batch:
        for bank_id in ("alpha", "beta"):
            batch.install(_variant(mini_bank_path, tmp_path / "v1", bank_id))
        batch.install(_variant(mini_bank_path, tmp_path / "v2", "old", version=2))  # a question added
        with pytest.raises(BankVersionError):  # refused inside the batch: undone alone
            batch.install(_variant(mini_bank_path, tmp_path / "v0", "old", version=1))
        batch.install(_variant(mini_bank_path, tmp_path / "v1", "gamma", drop=("q-tf",)))
    kept = {f.bank_id: (f.live, f.unseen) for f in agree(progress, now)}
    assert kept == {"alpha": (8, 8), "beta": (8, 8), "gamma": (7, 7), "old": (8, 7)}
    assert _trigger(dirs) == trigger
    cards = _cards(dirs)
    assert len(cards) == 31 and all(retired == 0 for *_, retired in cards)
    assert progress.card_state(CardKey("old", "q-quote")).reps == 1
    # the trigger counts later inserts as before: a bank installed alone
    progress.install_bank(_variant(mini_bank_path, tmp_path / "v1", "delta"), now)
    assert {f.bank_id: f.live for f in agree(progress, now)}["delta"] == 8


def test_a_batch_rolled_back_leaves_no_cards_and_the_trigger(progress, dirs, mini_bank_path, tmp_path, now):
    trigger = _trigger(dirs)
    with pytest.raises(RuntimeError):
        with progress.installing(now) as batch:
            batch.install(_variant(mini_bank_path, tmp_path / "v1", "alpha"))
            batch.commit()  # alpha is committed with its cards
            batch.install(_variant(mini_bank_path, tmp_path / "v1", "beta"))
            raise RuntimeError("stopped")
    assert _trigger(dirs) == trigger
    assert {f.bank_id: (f.live, f.unseen) for f in agree(progress, now)} == {"alpha": (8, 8)}
    assert {bank_id for bank_id, *_ in _cards(dirs)} == {"alpha"}


def test_cards_made_and_copies_synced_while_the_batch_goes_on_end_as_at_its_commit(progress, dirs, mini_bank_path,
                                                                                  tmp_path, now):
    """A batch makes its new banks' cards every `settle_at` questions and starts its copies' syncs every
    `sync_ahead` paths: the library is the one a batch made all at its commit makes, a refused bank's
    copy among them."""
    trigger = _trigger(dirs)
    progress.install_bank(_variant(mini_bank_path, tmp_path / "v2", "old", version=2), now)
    with progress.installing(now) as batch:
        batch.settle_at, batch.sync_ahead = 8, 1
        for n, bank_id in enumerate(("alpha", "beta", "gamma", "delta")):
            batch.install(_variant(mini_bank_path, tmp_path / "v1", bank_id, drop=("q-tf",) if n % 2 else ()))
            if n == 1:
                with pytest.raises(BankVersionError):
                    batch.install(_variant(mini_bank_path, tmp_path / "v1", "old"))
    assert _trigger(dirs) == trigger
    kept = {f.bank_id: (f.live, f.unseen) for f in agree(progress, now)}
    assert kept == {"alpha": (8, 8), "beta": (7, 7), "gamma": (8, 8), "delta": (7, 7), "old": (8, 8)}
    assert len(_cards(dirs)) == 38
    loaded, problems = progress.load_banks()
    assert problems == [] and sorted(loaded) == ["alpha", "beta", "delta", "gamma", "old"]
    assert all(b.stored_path.is_file() for b in progress.banks())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a procfs file stands for one that cannot be synced")
def test_syncs_started_ahead_report_what_could_not_be_synced(tmp_path):
    from studyapp.storage.durable import SyncsAhead

    kept = tmp_path / "kept.toml"
    kept.write_text("x", encoding="utf-8")
    syncs = SyncsAhead()
    try:
        syncs.submit([kept, tmp_path, tmp_path / "dropped-since", Path("/proc/self/status")])  # procfs: no fsync
        failed = syncs.failures()
    finally:
        syncs.close()
    assert list(failed) == [Path("/proc/self/status")]  # a path gone by then is not a failure
