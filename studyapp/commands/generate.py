"""`studyapp generate ARTICLE -o BANK.toml [--facts FACTS.json] [--published YYYY-MM-DD]`.

Writes the bank, the article beside it as sources/<bank name>.txt (so `validate` can check every
question's source), and optionally the extracted facts for review or scoring.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from studyapp.core.generate.pipeline import read_article, write_bank
from studyapp.core.printable import for_terminal
from studyapp.errors import GenerateError


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=Path, metavar="ARTICLE",
                   help="the article: plain text (title line, blank line, body) or a saved .html page")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="BANK.toml", help="the bank to write")
    p.add_argument("--facts", type=Path, metavar="FACTS.json", help="also write the extracted facts as JSON")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date; weekdays and 'last month' are resolved against it")
    p.add_argument("--title", help="the bank's title (default: the article's title)")
    p.add_argument("--id", dest="bank_id", help="the bank's id (default: from the output file name)")


def run(args: argparse.Namespace) -> int:
    text = read_article(args.article)
    path, facts = write_bank(text, args.output, published=args.published, title=args.title, bank_id=args.bank_id)
    if args.facts:
        try:
            args.facts.parent.mkdir(parents=True, exist_ok=True)
            args.facts.write_text(json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise GenerateError(f"{args.facts}: cannot be written ({exc.strerror})") from None
    # what a teacher gets first (the questions written), then what they were drawn from (the facts found)
    print(f"wrote {for_terminal(str(path))}: {_count(len(facts['questions']), 'question')} "
          f"(from {_count(len(facts['quotes']), 'quotation')}, {_count(len(facts['demands']), 'position')} and "
          f"{_count(len(facts['dates']), 'date')} found in the article)")
    return 0
