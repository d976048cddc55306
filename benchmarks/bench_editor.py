"""Bank editor benchmark: how long the editor takes to open a large bank and to answer a keystroke.

    python benchmarks/bench_editor.py                    # a 1,000-question bank (the Geneva bank's questions repeated)
    python benchmarks/bench_editor.py --questions 10000  # the largest bank the format allows
    python benchmarks/bench_editor.py --json out.json

Every problem the editor shows comes from the real loader, so each edit parses bank text: an edit of one
question judges that question with the bank's header and people, a change of the header only the header, of
the people only the quotes; the whole bank is judged on opening, when the article changes and before saving.
Timed through the real dialog (Qt offscreen): opening it; a keystroke in a question's prompt, in the bank's
title and in the people; adding, moving and removing a question; the check before a save. Medians of
`--repeats` keystrokes. Numbers are printed, never asserted (tests/benchmarks/test_bench_editor.py only
checks that it runs on a small bank).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, repeats: int) -> float:
    times = []
    for k in range(repeats):
        start = time.perf_counter()
        fn(k)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from studyapp.core.loader import load_bank
    from studyapp.gui.bank_editor import BankEditorDialog
    from studyapp.gui.bank_editor_model import BankEditorModel, bank_dict
    from studyapp.paths import bundled_banks

    app = QApplication.instance() or QApplication([])
    loaded = load_bank(bundled_banks()[0])
    bank = bank_dict(loaded.bank)
    pool = bank["questions"]
    bank["questions"] = []
    for i in range(args.questions):
        q = copy.deepcopy(pool[i % len(pool)])
        q["id"] = f"{q['id']}-{i}"
        bank["questions"].append(q)

    results: dict[str, float] = {}
    start = time.perf_counter()
    model = BankEditorModel(bank, loaded.article, None)
    dialog = BankEditorDialog(model, installed_version=1, edited_folder=None)
    results["open"] = time.perf_counter() - start
    middle = args.questions // 2
    dialog.list.setCurrentRow(middle)
    results["keystroke in a prompt"] = timed(
        lambda k: dialog.editor.prompt.setPlainText(f"Which side asked for item {k}?"), args.repeats)
    results["keystroke in the title"] = timed(lambda k: dialog.title.setText(f"Title {k}"), args.repeats)
    people = dialog.people.toPlainText()
    results["keystroke in the people"] = timed(lambda k: dialog.people.setPlainText(people + " " * (k % 2)),
                                               args.repeats)
    results["add a question"] = timed(lambda k: dialog.add_question("flash"), args.repeats)
    results["move a question"] = timed(lambda k: dialog.move_question(1 if k % 2 else -1), args.repeats)
    results["remove a question"] = timed(lambda k: dialog.remove_question(), args.repeats)
    start = time.perf_counter()
    model.revalidate()
    results["check before saving (whole bank)"] = time.perf_counter() - start
    model.close()
    dialog.deleteLater()
    app.processEvents()

    print(f"bank editor, {args.questions:,} questions, medians of {args.repeats}:")
    for name, seconds in results.items():
        print(f"  {name:<34} {seconds * 1000:9.1f} ms")
    if args.json:
        args.json.write_text(json.dumps({"questions": args.questions, "seconds": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
