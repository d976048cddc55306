"""`studyapp show BANK [--json]`: the bank as the student sees it (contract: DESIGN §2)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from studyapp.core.bank import answer_of, answer_text, choices_of, prompt_of
from studyapp.core.loader import load_bank
from studyapp.core.printable import for_terminal as safe
from studyapp.core.printable import json_for_terminal


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", type=Path, metavar="BANK", help="a bank file (.toml)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def bank_as_dict(loaded) -> dict:
    bank = loaded.bank
    return {
        "id": bank.bank.id,
        "title": bank.bank.title,
        "version": bank.bank.version,
        "questions": [
            {
                "id": q.id,
                "type": q.type,
                "topic": q.topic,
                "prompt": prompt_of(bank, q),
                "answer": answer_of(bank, q),
                "choices": choices_of(bank, q),
                "source": q.source,
            }
            for q in bank.questions
        ],
    }


def run(args: argparse.Namespace) -> int:
    loaded = load_bank(args.path)
    data = bank_as_dict(loaded)
    if args.json:
        print(json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2)))
        return 0
    # Bank text goes through safe(): a bank's ESC or bidi characters must not reach the terminal.
    print(f"{safe(data['title'])} (id {data['id']}, version {data['version']}, {len(data['questions'])} questions)")
    for n, (q, question) in enumerate(zip(data["questions"], loaded.bank.questions), 1):
        print(f"\n{n}. [{q['type']}, {q['topic']}] {safe(q['prompt'])}")
        for c in q["choices"]:
            print(f"   - {safe(c)}")
        print(f"   Answer: {safe(answer_text(loaded.bank, question))}")
    return 0
