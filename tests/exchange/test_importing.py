"""Importing banks of every format into a real progress database, and updating them in place."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from studyapp.core.bank import Bank
from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.errors import BankError
from studyapp.exchange.csv_format import write_csv
from studyapp.exchange.gift_format import write_gift
from studyapp.exchange.import_summary import terminal_lines
from studyapp.exchange.importing import import_path
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress


@pytest.fixture
def progress(data_dir, now):
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        yield p


def _v2(bank: Bank) -> Bank:
    """Version 2: q-tf reworded, q-flash removed, q-new added."""
    questions = []
    for q in bank.questions:
        if q.id == "q-flash":
            continue
        if q.id == "q-tf":
            q = q.model_copy(update={"prompt": "Bob Jones said the plan was cheap."})
        questions.append(q)
    new = bank.question("q-choice").model_copy(update={"id": "q-new", "prompt": "What is Bob Jones's office?",
                                                       "answer": "Councillor"})
    data = bank.model_dump()
    data["bank"]["version"] = 2
    data["questions"] = [q.model_dump() for q in [*questions, new]]
    return Bank.model_validate(data)


def _answer(progress, key, when, rating=Rating.GOOD):
    before = progress.card_state(key)
    after, _ = Scheduler(fuzz=False).review(before, rating, when)
    progress.record_review(ReviewRecord(key, when, rating, before, after, answer="x", correct=True))
    return after


def test_an_update_keeps_progress(progress, mini_bank_path, tmp_path, now):
    bank = load_bank(mini_bank_path).bank
    path = tmp_path / "mini.csv"
    write_csv(bank, path)
    [first] = import_path(progress, path, now)
    assert first.ok and first.report.status == "installed" and len(first.report.added) == 8

    key = CardKey("mini", "q-choice")
    after_first = _answer(progress, key, now)

    write_csv(_v2(bank), path)  # the teacher edits the same file
    later = now + timedelta(hours=1)
    [update] = import_path(progress, path, later)
    report = update.report
    assert (report.status, report.previous_version, report.version) == ("updated", 1, 2)
    assert report.added == ("q-new",) and report.changed == ("q-tf",) and report.retired == ("q-flash",)
    assert set(report.unchanged) == {"q-quote", "q-choice", "q-typed", "q-date", "q-order", "q-match"}
    assert terminal_lines(update) == [
        "A small bank for tests (mini): Updated to version 2: 1 added, 1 changed, 6 unchanged, 1 retired.",
        "  Added: q-new",
        "  Changed (progress kept, marked as changed): q-tf",
        "  Retired (history kept): q-flash"]

    assert progress.card_state(key) == after_first  # the schedule is intact
    after_second = _answer(progress, key, after_first.due)
    history = progress.reviews(key)
    assert len(history) == 2 and history[1].before == after_first  # answered again from where it was
    assert history[1].after == after_second and after_second.due > after_first.due
    new_keys = {c.key.question_id for c in progress.new_cards(["mini"], 100)}
    assert "q-new" in new_keys and "q-flash" not in new_keys and "q-choice" not in new_keys

    loaded, problems = progress.load_banks()  # the stored copy is TOML the app loads on its next start
    assert problems == [] and loaded["mini"].bank.questions == _v2(bank).questions


def test_same_version_is_a_no_op_and_older_is_refused(progress, mini_bank_path, tmp_path, now):
    bank = load_bank(mini_bank_path).bank
    v2 = tmp_path / "v2.csv"
    write_csv(_v2(bank), v2)
    assert import_path(progress, v2, now)[0].report.status == "installed"
    [again] = import_path(progress, v2, now)
    assert terminal_lines(again) == [
        "A small bank for tests (mini): Already up to date: version 2 is installed; nothing changed."]
    edited = _v2(bank)
    edited = edited.model_copy(update={"questions": edited.questions[:-1]})
    write_csv(edited, v2)
    [same] = import_path(progress, v2, now)
    dropped = _v2(bank).questions[-1].id
    assert terminal_lines(same) == [
        "A small bank for tests (mini): Not updated: this file differs in 1 question but is still version 2. "
        "Raise [bank] version to 3 to update.",
        f"  Differs from the installed version (not applied): {dropped}"]
    v1 = tmp_path / "v1.csv"
    write_csv(bank, v1)
    [old] = import_path(progress, v1, now)
    assert not old.ok
    assert old.refused == (f"{v1}: bank 'mini' is version 1, but version 2 is already installed; install version 2 "
                           "or newer (raise [bank] version when you change a bank)")


def test_a_folder_of_mixed_formats(progress, mini_bank_path, tmp_path, now):
    folder = tmp_path / "banks"
    folder.mkdir()
    bank = load_bank(mini_bank_path).bank
    other = bank.model_copy(update={"bank": bank.bank.model_copy(update={"id": "mini-gift"})})
    write_gift(other, folder / "b.gift")
    (folder / "c.csv").write_text("id,type\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a bank", encoding="utf-8")
    import shutil

    shutil.copy(mini_bank_path, folder / "a.toml")
    (folder / "sources").mkdir()
    shutil.copy(mini_bank_path.parent / "sources" / "mini.txt", folder / "sources" / "mini.txt")
    outcomes = import_path(progress, folder, now)
    assert [o.path.name for o in outcomes] == ["a.toml", "b.gift", "c.csv"]
    assert [o.ok for o in outcomes] == [True, True, False]
    assert outcomes[1].warnings == []  # the file is read as it is; what the export lost was reported then
    assert outcomes[2].error.startswith(f"{folder / 'c.csv'}:1: topic: required column is missing")
    assert {b.id for b in progress.banks()} == {"mini", "mini-gift"}


def test_an_empty_folder_is_an_error(tmp_path, progress, now):
    with pytest.raises(BankError) as exc:
        import_path(progress, tmp_path, now)
    assert str(exc.value) == f"{tmp_path}: folder: holds no bank files (.toml, .csv, .gift)"


def test_a_symlink_in_an_imported_folder_is_refused_without_printing_its_target(progress, mini_bank_path,
                                                                                  tmp_path, now):
    private = tmp_path / "private.txt"
    private.write_text("SECRET-TOKEN,hunter2\n", encoding="utf-8")
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "evil.csv").symlink_to(private)
    [outcome] = import_path(progress, folder, now)
    assert outcome.error == (f"{folder / 'evil.csv'}: file: is a symbolic link; only regular files in the folder "
                             "are read (copy the file itself into the folder instead)")
    assert "SECRET" not in outcome.error and progress.banks() == []


def _other_bank(bank: Bank, title: str, source_title: str, version: int = 5) -> Bank:
    """Another bank that uses `bank`'s id, with one question of its own."""
    data = bank.model_dump()
    data["bank"].update(version=version, title=title)
    data["bank"]["source"].update(title=source_title, file=None)
    data["questions"] = [bank.question("q-choice").model_copy(update={"id": "fun-1"}).model_dump()]
    return Bank.model_validate(data)


def test_another_bank_cannot_take_over_an_installed_id_without_replace(progress, mini_bank_path, tmp_path, now):
    import_path(progress, mini_bank_path, now)
    bank = load_bank(mini_bank_path).bank
    fun = tmp_path / "fun.csv"
    write_csv(_other_bank(bank, "Fun quiz", "Trivia night"), fun)
    [refused] = import_path(progress, fun, now)
    assert refused.takeover is not None and refused.refused == (
        f"{fun}: bank 'mini' is “Fun quiz” (article “Trivia night”), but the installed bank with this id is “A small "
        "bank for tests” (article “Mini article”); installing it would replace that bank and retire 8 of its 8 "
        "questions. Give the new bank its own [bank] id, or, if it really is a new version of “A small bank for "
        "tests”, import it with --replace")
    [installed] = progress.banks()
    assert (installed.title, installed.version, installed.questions) == ("A small bank for tests", 1, 8)

    [replaced] = import_path(progress, fun, now, replace=True)
    assert replaced.ok and replaced.report.status == "updated" and len(replaced.report.retired) == 8


def test_a_new_version_may_change_the_title_or_the_article_but_not_both(progress, mini_bank_path, tmp_path, now):
    """'The same bank': same id and the same title or the same article (source title or URL)."""
    import_path(progress, mini_bank_path, now)
    bank = load_bank(mini_bank_path).bank
    retitled = tmp_path / "retitled.csv"
    write_csv(_other_bank(bank, "A SMALL  bank for tests", "A different article", version=2), retitled)
    [ok] = import_path(progress, retitled, now)
    assert ok.ok and ok.report.status == "updated"
    moved = tmp_path / "moved.csv"
    write_csv(_other_bank(bank, "A renamed bank", "a different ARTICLE", version=3), moved)
    [ok] = import_path(progress, moved, now)
    assert ok.ok and ok.report.version == 3


def test_a_csv_import_is_installed_once_from_the_parsed_bank(progress, mini_bank_path, tmp_path, now):
    """No scratch TOML copied in: the store writes the bank's TOML into its own folder, and the
    installed bank remembers the teacher's file (it named a deleted scratch file before)."""
    bank = load_bank(mini_bank_path).bank
    path = tmp_path / "mini.csv"
    write_csv(bank, path)
    [outcome] = import_path(progress, path, now)
    assert outcome.ok and outcome.path == path
    [installed] = progress.banks()
    assert installed.source_path == path.resolve()
    stored = installed.stored_path
    assert stored.name == "mini.toml" and stored.is_relative_to(progress.banks_dir)
    assert load_bank(stored).bank.questions == bank.questions


def test_the_read_and_install_halves_give_what_one_import_gives(progress, mini_bank_path, tmp_path, now):
    """The window reads off its writer and installs on it; the outcomes are the CLI's."""
    from studyapp.exchange.importing import install_reads, read_paths

    broken = tmp_path / "broken.toml"
    broken.write_text("[bank]\n", encoding="utf-8")
    reads = read_paths([mini_bank_path, broken])
    outcomes = install_reads(progress, reads, now)
    assert [o.ok for o in outcomes] == [True, False]
    assert outcomes[0].headline == "Installed version 1: 8 questions."
    assert isinstance(outcomes[1].cause, BankError) and outcomes[1].error.startswith(str(broken))
    assert [o.headline for o in import_path(progress, mini_bank_path, now)] == [
        "Already up to date: version 1 is installed; nothing changed."]


def test_a_takeover_is_refused_by_reading_the_installed_bank_from_its_cache(progress, mini_bank_path, tmp_path,
                                                                          now):
    """check_not_taken reads the installed bank's title and ids through the shelf: with its stored
    file unreadable but its cache intact, the refusal still counts the questions it would retire."""
    import_path(progress, mini_bank_path, now)
    [installed] = progress.banks()
    fun = tmp_path / "fun.csv"
    write_csv(_other_bank(load_bank(mini_bank_path).bank, "Fun quiz", "Trivia night"), fun)
    stored = installed.stored_path
    size, stat = stored.stat().st_size, stored.stat()
    stored.write_bytes(b"#" * size)  # unreadable as a bank; same size and time, so its cache still holds
    os.utime(stored, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    [refused] = import_path(progress, fun, now)
    assert refused.takeover is not None and (refused.takeover.retired, refused.takeover.total) == (8, 8)
    assert [b.title for b in progress.banks()] == ["A small bank for tests"]


def _bank_file(mini_bank_path, folder, name, bank_id, version=1):
    """mini.toml under another id or version, with its article, as folder/name."""
    from tests.storage.conftest import make_variant

    make_variant(mini_bank_path, folder, version, {'id = "mini"': f'id = "{bank_id}"'}).rename(folder / name)


def test_a_refused_file_in_a_folder_leaves_the_others_of_its_batch_installed(progress, mini_bank_path, tmp_path,
                                                                             now):
    """The folder is one transaction; a file refused in the middle of it is undone alone."""
    folder = tmp_path / "banks"
    _bank_file(mini_bank_path, folder, "a.toml", "alpha")
    _bank_file(mini_bank_path, folder, "b.toml", "mini")
    _bank_file(mini_bank_path, folder, "c.toml", "gamma")
    _bank_file(mini_bank_path, tmp_path / "v2", "mini.toml", "mini", version=2)
    import_path(progress, tmp_path / "v2" / "mini.toml", now)
    outcomes = import_path(progress, folder, now)
    assert [(o.ok, bool(o.refused)) for o in outcomes] == [(True, False), (False, True), (True, False)]
    assert outcomes[1].refused.startswith(f"{folder / 'b.toml'}: bank 'mini' is version 1, but version 2")
    assert {b.id: b.version for b in progress.banks()} == {"alpha": 1, "gamma": 1, "mini": 2}
    assert sorted(p.name for p in progress.banks_dir.iterdir()) == ["alpha", "gamma", "mini"]
    assert sorted(p.name for p in (progress.banks_dir / "mini").iterdir()) == ["v2"]


def test_two_versions_of_a_bank_in_one_folder_install_in_order(progress, mini_bank_path, tmp_path, now):
    folder = tmp_path / "banks"
    _bank_file(mini_bank_path, folder, "a.toml", "mini")
    _bank_file(mini_bank_path, folder, "b.toml", "mini", version=2)
    first, second = import_path(progress, folder, now)
    assert (first.report.status, second.report.status, second.report.previous_version) == ("installed", "updated", 1)
    [bank] = progress.banks()
    assert bank.version == 2 and bank.stored_path.parent.name == "v2"
    assert sorted(p.name for p in (progress.banks_dir / "mini").iterdir()) == ["v2"]
