"""A folder's files read by worker processes while the store installs: the same library, the same
messages, whatever the workers do."""

from __future__ import annotations

import gc
import os
import re
import sqlite3
import sys
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.exchange.importing import _files, _read, import_path
from studyapp.exchange.read_ahead import PreparedRead, prepared, read_ahead
from studyapp.exchange.registry import Read
from studyapp.paths import AppDirs
from studyapp.storage.bank_shelf import question_json
from studyapp.storage.progress import open_progress

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


def _folder(mini_bank_path: Path, folder: Path, ids: list[str]) -> Path:
    from tests.storage.conftest import make_variant

    for n, bank_id in enumerate(ids):
        make_variant(mini_bank_path, folder, 1, {'id = "mini"': f'id = "{bank_id}"'}).rename(folder / f"{n:02d}.toml")
    return folder


def _library(data_dir: Path) -> tuple[list, dict[str, bytes]]:
    """The rows an import wrote and every file of the store's bank copies, paths made relative (each
    cache's stamp of its copy's time left out: the copies were written at different moments)."""
    with closing(sqlite3.connect(AppDirs.under(data_dir).database)) as db:
        rows = db.execute("SELECT bank_id, question_id, qtype, topic, position, content_hash, retired "
                          "FROM question ORDER BY bank_id, position").fetchall()
    banks = data_dir / "banks"
    files = {str(p.relative_to(banks)): p.read_bytes() for p in sorted(banks.rglob("*")) if p.is_file()}
    return rows, {name: re.sub(rb'"mtime_ns": \d+', b"", data) for name, data in files.items()}


def _import(data_dir: Path, folder: Path, now, workers: int):
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as progress:
        outcomes = import_path(progress, folder, now, workers=workers)
    return outcomes, _library(data_dir)


@linux_only
def test_a_folder_read_by_workers_installs_what_reading_it_here_installs(mini_bank_path, tmp_path, now):
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta", "gamma", "delta", "eps"])
    here, here_library = _import(tmp_path / "here", folder, now, workers=0)
    for workers in (1, 2):
        ahead, ahead_library = _import(tmp_path / f"w{workers}", folder, now, workers=workers)
        assert ahead == here and all(o.ok for o in ahead)
        assert ahead_library == here_library  # the same content hashes, copies and caches, byte for byte


@linux_only
def test_updates_refusals_and_same_versions_read_by_a_worker_end_as_when_read_here(mini_bank_path, tmp_path, now):
    """Over an installed library: a new version (a question changed, one dropped), a bank that is
    another's id, an older version, the same version with an edit, and a new bank."""
    from tests.storage.conftest import make_variant

    installed = _folder(mini_bank_path, tmp_path / "v1", ["alpha", "beta", "gamma", "delta"])
    folder = tmp_path / "in"
    variants = [
        ("alpha", 2, {"The mayor promised the bridge.": "The mayor promised a bridge."}, ("q-flash",)),
        ("beta", 2, {"A small bank for tests": "Another bank", "Mini article": "Another article"}, ()),
        ("gamma", 1, {"She is introduced as the mayor.": "She is named as the mayor."}, ()),
        ("eps", 1, {}, ()),
    ]
    for n, (bank_id, version, replace, drop) in enumerate(variants):
        make_variant(mini_bank_path, folder, version, {'id = "mini"': f'id = "{bank_id}"', **replace},
                     drop).rename(folder / f"{n:02d}.toml")
    make_variant(mini_bank_path, folder, 1, {'id = "mini"': 'id = "delta"'}).rename(folder / "04.toml")
    make_variant(mini_bank_path, tmp_path / "v3", 3, {'id = "mini"': 'id = "delta"'})
    results = []
    for workers in (0, 1):
        data = tmp_path / f"w{workers}"
        _import(data, installed, now, workers=0)
        _import(data, tmp_path / "v3", now, workers=0)  # delta is at version 3: the folder's is older
        results.append(_import(data, folder, now, workers=workers))
    (here, here_library), (ahead, ahead_library) = results
    assert ahead == here and ahead_library == here_library
    assert [(o.ok, bool(o.refused), o.report.status if o.report else None) for o in ahead] == [
        (True, False, "updated"), (False, True, None), (True, False, "unchanged"), (True, False, "installed"),
        (False, True, None)]
    assert ahead[0].report.changed and ahead[0].report.retired == ("q-flash",)
    assert ahead[1].takeover is not None and ahead[2].report.ignored


@linux_only
def test_the_worker_hands_over_each_bank_with_its_canonical_question_json(mini_bank_path, tmp_path):
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta", "gamma"])
    files = _files([folder])
    reads = list(read_ahead(files, _read, workers=1))
    assert all(isinstance(r, PreparedRead) for r in reads)
    for (path, _), got in zip(files, reads):
        loaded = load_bank(path)
        bank, digest = loaded.bank, got.digest
        assert (digest.path, digest.info, digest.people, digest.article) == (path, bank.bank, tuple(bank.people),
                                                                             loaded.article)
        assert digest.keys == tuple((q.id, q.type, q.topic) for q in bank.questions)
        assert digest.lines == tuple(question_json(q) for q in bank.questions)


@linux_only
def test_a_bad_file_gets_the_message_it_gets_when_read_here(mini_bank_path, tmp_path, now):
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta", "gamma"])
    text = (folder / "01.toml").read_text(encoding="utf-8")
    (folder / "01.toml").write_text(text.replace('type = "choice"', 'type = "chioce"', 1), encoding="utf-8")
    (folder / "03.gift").write_text("::q1:: What is it? {=right ~wrong\n", encoding="utf-8")  # no closing brace
    here, _ = _import(tmp_path / "here", folder, now, workers=0)
    ahead, _ = _import(tmp_path / "ahead", folder, now, workers=1)
    assert [o.ok for o in ahead] == [True, False, True, False]
    assert [(o.error, o.warnings) for o in ahead] == [(o.error, o.warnings) for o in here]
    assert "chioce" in ahead[1].error and "01.toml" in ahead[1].error


@linux_only
def test_files_a_dead_worker_did_not_hand_over_are_read_here(mini_bank_path, tmp_path):
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta", "gamma", "delta"])
    files = _files([folder])
    def prepare(file: Path, in_folder: bool):
        if file.name == "02.toml":
            os._exit(3)  # the worker dies reading its third file
        return prepared(file, in_folder)

    reads = list(read_ahead(files, _read, workers=1, prepare=prepare))
    assert [(r.digest if isinstance(r, PreparedRead) else r.loaded).id for r in reads] == [
        "alpha", "beta", "gamma", "delta"]
    assert [type(r) for r in reads] == [PreparedRead, PreparedRead, Read, Read]


@linux_only
def test_the_stored_copy_is_the_file_as_it_was_validated(mini_bank_path, tmp_path, now):
    """A file changed between the worker's reading and the install: the store keeps what it checked."""
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta"])
    validated = (folder / "01.toml").read_bytes()
    reads = read_ahead(_files([folder]), _read, workers=1)
    with open_progress(AppDirs.under(tmp_path / "data"), now, bundled=[]) as progress:
        from studyapp.exchange.importing import install_reads

        def then_edited():  # each file edited once handed over, before it is installed
            for got in reads:
                assert isinstance(got, PreparedRead)
                got.digest.path.write_text("not a bank at all", encoding="utf-8")
                yield got
        outcomes = install_reads(progress, then_edited(), now)
        assert all(o.ok for o in outcomes)
        stored = {b.id: b.stored_path for b in progress.banks()}
    assert stored["beta"].read_bytes() == validated


@linux_only
def test_the_collector_is_on_again_after_an_import_even_a_failed_one(mini_bank_path, tmp_path, now):
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta"])
    with open_progress(AppDirs.under(tmp_path / "data"), now, bundled=[]) as progress:
        assert all(o.ok for o in import_path(progress, folder, now))
        assert gc.isenabled()
        with pytest.raises((TypeError, AttributeError)):  # no clock: an error out of the store's own code
            import_path(progress, _folder(mini_bank_path, tmp_path / "more", ["gamma", "delta"]), None)
        assert gc.isenabled()


@linux_only
def test_no_worker_is_forked_from_a_process_with_other_threads():
    """Checked in a fresh interpreter: pytest's own process runs helper threads. Once the other
    thread has ended, forking is safe again; but `join()` returns when the thread's Python code is
    done, a moment before the kernel takes the thread out of /proc/self/task (under load, long enough
    for a check right after `join()` to see two threads: a run of the whole suite once failed so).
    So the script waits, yielding, until the kernel has taken it out, and then asks."""
    script = ("import os, threading, time\nfrom studyapp.exchange.read_ahead import can_fork\n"
              "alone = can_fork()\nrelease = threading.Event()\nother = threading.Thread(target=release.wait)\n"
              "other.start()\nwith_other = can_fork()\nrelease.set()\nother.join()\n"
              "deadline = time.monotonic() + 60\n"
              "while len(os.listdir('/proc/self/task')) > 1 and time.monotonic() < deadline:\n"
              "    os.sched_yield()\n"
              "print(alone, with_other, can_fork())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False", "True"]  # a lock the other thread holds would be forked held


@linux_only
def test_the_command_line_imports_a_folder_through_a_worker(mini_bank_path, tmp_path):
    """The real entry point in a process of its own (one thread: the worker is forked): every bank
    installed, nothing on stderr, no process left behind."""
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta", "gamma"])
    script = ("import sys, multiprocessing\nfrom studyapp.cli import main\n"
              "code = main(sys.argv[1:])\nprint('children', len(multiprocessing.active_children()))\n"
              "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "data"), "import", str(folder),
                           "--now", "2022-01-21T12:00:00+00:00"], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[-1] == "children 0"
    with closing(sqlite3.connect(AppDirs.under(tmp_path / "data").database)) as db:
        installed = {bank_id for (bank_id,) in db.execute("SELECT id FROM bank")}
    assert installed >= {"alpha", "beta", "gamma"}  # beside the bundled bank


@linux_only
def test_the_worker_writes_each_copy_and_the_store_moves_it_into_place(mini_bank_path, tmp_path, now):
    """The worker stages each bank's copy in the store's banks folder, so the pipe carries neither the
    file's bytes nor its cache lines; the store renames the copy into place and points at it."""
    from studyapp.exchange.importing import install_reads
    from studyapp.exchange.read_ahead import preparing
    from studyapp.storage.bank_copies import staging

    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta", "gamma"])
    dirs = AppDirs.under(tmp_path / "data")
    with open_progress(dirs, now, bundled=[]) as progress, staging(progress.banks_dir) as stage:
        reads = list(read_ahead(_files([folder]), _read, workers=1, prepare=preparing(stage)))
        assert all(isinstance(r, PreparedRead) for r in reads)
        staged = [r.digest.staged.folder for r in reads]
        assert all(f.parent == stage and f.is_dir() for f in staged)
        assert all((r.digest.data, r.digest._lines) == (None, None) for r in reads)  # not sent through the pipe
        outcomes = install_reads(progress, reads, now)
        assert all(o.ok for o in outcomes)
        assert not any(f.exists() for f in staged)
        stored = {b.id: b.stored_path for b in progress.banks()}
        shelf = progress.bank_shelf()
        for n, bank_id in enumerate(["alpha", "beta", "gamma"]):
            assert stored[bank_id] == dirs.banks.resolve() / bank_id / "v1" / f"{n:02d}.toml"
            assert stored[bank_id].read_bytes() == (folder / f"{n:02d}.toml").read_bytes()
            assert shelf.question_ids(bank_id) == [q.id for q in load_bank(folder / f"{n:02d}.toml").bank.questions]
    assert not stage.exists()


@linux_only
def test_no_staging_folder_is_left_after_an_import_nor_one_a_killed_import_left(mini_bank_path, tmp_path, now):
    from studyapp.storage.bank_copies import STAGING_PREFIX

    dirs = AppDirs.under(tmp_path / "data")
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta"])
    _import(tmp_path / "data", folder, now, workers=1)
    # a killed import's staging folder (no such process), and the same folder again: both refused as same version
    left = dirs.banks / f"{STAGING_PREFIX}{2**22 + 7}-0a0b"
    (left / "1").mkdir(parents=True)
    (left / "1" / "bank.toml").write_text("x", encoding="utf-8")
    outcomes, _ = _import(tmp_path / "data", folder, now, workers=1)
    assert [o.report.status for o in outcomes] == ["unchanged", "unchanged"]
    assert sorted(p.name for p in dirs.banks.iterdir()) == ["alpha", "beta"]


@linux_only
def test_while_the_worker_is_behind_the_importing_process_reads_files_from_the_end(mini_bank_path, tmp_path, now):
    """The worker cannot hand over its second file until the importing process has read one itself
    (a pipe stands in for a slow worker): files are then read by both, each once, and installed in
    order as when read here."""
    from studyapp.exchange.importing import install_reads
    from studyapp.exchange.read_ahead import preparing
    from studyapp.storage.bank_copies import staging

    ids = ["alpha", "beta", "gamma", "delta", "eps", "zeta"]
    folder = _folder(mini_bank_path, tmp_path / "in", ids)
    _, here_library = _import(tmp_path / "here", folder, now, workers=0)
    me, log = os.getpid(), tmp_path / "prepared.log"
    gate_out, gate_in = os.pipe()
    dirs = AppDirs.under(tmp_path / "data")
    with open_progress(dirs, now, bundled=[]) as progress, staging(progress.banks_dir) as stage:
        staged = preparing(stage)

        def prepare(file: Path, in_folder: bool):
            if os.getpid() != me and file.name == "01.toml":
                os.read(gate_out, 1)  # the worker waits until this process has read a file
            got = staged(file, in_folder)
            with log.open("a", encoding="utf-8") as out:
                out.write(f"{'here' if os.getpid() == me else 'worker'} {file.name}\n")
            if os.getpid() == me:
                os.write(gate_in, b"x")
            return got

        reads = read_ahead(_files([folder]), _read, workers=1, prepare=prepare, share=True)
        with closing(reads):
            outcomes = install_reads(progress, reads, now)
    os.close(gate_out)
    os.close(gate_in)
    assert [o.bank_id for o in outcomes] == ids and all(o.ok for o in outcomes)
    assert _library(tmp_path / "data") == here_library
    done = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(name for _, name in done) == [f"{n:02d}.toml" for n in range(len(ids))]  # each file once
    by_here = [name for who, name in done if who == "here"]
    by_worker = [name for who, name in done if who == "worker"]
    assert by_here and by_here == sorted(by_here, reverse=True) and by_here[0] == "05.toml"  # from the end
    assert by_worker == [f"{n:02d}.toml" for n in range(len(by_worker))]  # from the start


@linux_only
def test_a_bank_twice_in_a_folder_read_by_a_worker_ends_as_when_read_here(mini_bank_path, tmp_path, now):
    """Version 1, another bank, version 2 and version 2 again of one bank: each later file's staged copy
    replaces or is dropped as when the store writes the copies itself."""
    from tests.storage.conftest import make_variant

    folder = tmp_path / "in"
    for n, (bank_id, version) in enumerate([("alpha", 1), ("beta", 1), ("alpha", 2), ("gamma", 1), ("alpha", 2)]):
        make_variant(mini_bank_path, folder, version, {'id = "mini"': f'id = "{bank_id}"'}).rename(
            folder / f"{n:02d}.toml")
    here, here_library = _import(tmp_path / "here", folder, now, workers=0)
    ahead, ahead_library = _import(tmp_path / "ahead", folder, now, workers=1)
    assert ahead == here and ahead_library == here_library
    assert [o.report.status for o in ahead] == ["installed", "installed", "updated", "installed", "unchanged"]
    assert sorted(p.name for p in (tmp_path / "ahead" / "banks" / "alpha").iterdir()) == ["v2"]


@linux_only
def test_a_staged_copy_for_a_bank_folder_on_another_file_system_is_copied_there(mini_bank_path, tmp_path, now):
    """A bank's folder in the data folder that links to another file system: the staged copy cannot be
    renamed there, so its files are copied, and the copy is whole."""
    import tempfile

    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs a second file system (/dev/shm)")
    folder = _folder(mini_bank_path, tmp_path / "in", ["alpha", "beta"])
    dirs = AppDirs.under(tmp_path / "data")
    with tempfile.TemporaryDirectory(dir=other) as elsewhere:
        dirs.banks.mkdir(parents=True)
        (dirs.banks / "beta").symlink_to(elsewhere, target_is_directory=True)
        outcomes, _ = _import(tmp_path / "data", folder, now, workers=1)
        assert all(o.ok for o in outcomes)
        with open_progress(dirs, now, bundled=[]) as progress:
            stored = {b.id: b.stored_path for b in progress.banks()}
            loaded, problems = progress.load_banks()
            assert problems == [] and sorted(loaded) == ["alpha", "beta"]
            assert progress.bank_shelf().question_ids("beta") == list(load_bank(folder / "01.toml").ids)
        assert stored["beta"].read_bytes() == (folder / "01.toml").read_bytes()
        assert (Path(elsewhere) / "v1" / "01.toml").is_file()
