"""`studyapp generate ARTICLE -o BANK.toml [--facts FACTS.json] [--published YYYY-MM-DD]`.

Writes the bank, the article beside it as sources/<bank name>.txt (so `validate` can check every
question's source), and optionally the extracted facts for review or scoring.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from studyapp.core.generate.pipeline import read_article, write_bank
from studyapp.errors import GenerateError


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
    print(f"wrote {path} ({len(facts['quotes'])} quotes, {len(facts['demands'])} positions, "
          f"{len(facts['dates'])} dates)")
    return 0
