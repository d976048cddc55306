"""The generator's API: article text in, bank (dict or TOML) and facts out; or both written to a folder.

Deterministic: the same text and options give the same bytes, so a teacher can regenerate a
bank and diff it. The bank is checked with the real loader before it is reported as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import tomli_w

from studyapp.core.generate.facts import STAGES, extract
from studyapp.core.generate.checks import CheckContext
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.sides import not_a_side
from studyapp.core.generate.people import bracketed_names, lay_role
from studyapp.core.generate.questions import build_people, draft_candidates, slug
from studyapp.core.generate.figures import as_typed
from studyapp.core.generate.rank import select
from studyapp.core.safe_read import ReadRefused, binary_kind, read_limited, save_as_text_hint
from studyapp.errors import BankError, GenerateError

MAX_ARTICLE_BYTES = 2 * 1024 * 1024


def _published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise GenerateError(f"published date {value!r} is not a date written as YYYY-MM-DD") from None


def read_article(path: Path | str) -> str:
    """The article's text from a .txt file, or the main text of a saved .html page."""
    path = Path(path)
    try:  # the one reader of untrusted files: no FIFO, device or oversized file (core/safe_read)
        data = read_limited(path, MAX_ARTICLE_BYTES, what="an article")
    except ReadRefused as exc:
        raise GenerateError(str(exc)) from None
    if binary_kind(data):
        raise GenerateError(f"{path}: {save_as_text_hint(binary_kind(data))}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GenerateError(f"{path}: is not UTF-8 text; save it as UTF-8") from None
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(?:!doctype html|html)", text, re.IGNORECASE):
        from studyapp.core.generate.webpage import html_to_text

        text = html_to_text(text, str(path))
    if not text.strip():
        raise GenerateError(f"{path}: is empty; it should hold a title line, a blank line and the article")
    return text


def extract_facts(article_text: str, *, published: date | str | None = None) -> dict:
    """The facts (quotes, reported speech, demands, dates, people, sides) as a JSON-ready dict."""
    return extract(article_text, _published(published)).facts()


def generate_bank(article_text: str, *, published: date | str | None = None, title: str | None = None,
                  bank_id: str | None = None, source_file: str = "sources/article.txt",
                  checkpoint: Callable[[int, str], None] | None = None) -> tuple[dict, dict]:
    """(bank as a dict ready for TOML, facts). `source_file` is where the article will sit beside the bank;
    `checkpoint` is called as each stage starts and every few thousand characters' worth of work inside it
    (see `facts.extract` and pacing.py): raise GenerateCancelled from it to stop."""
    pub = _published(published)
    if bank_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,79}", bank_id):
        raise GenerateError(f"bank id {bank_id!r} is not valid; use lowercase letters, digits, '.', '_' or '-' "
                            "(at most 80), starting with a letter or digit")
    ex = extract(article_text, pub, checkpoint)
    if checkpoint:
        checkpoint(len(STAGES), "Writing questions")
    if not ex.article.sentences:
        raise GenerateError("the article has no text after its title line; give a title line, a blank line "
                            "and the body")
    people = build_people(ex)
    sides = [s[:500] for s in ex.sides()]
    pace = Pacer((lambda: checkpoint(len(STAGES), "Writing questions")) if checkpoint else None)
    text = ex.article.title + "\n" + ex.article.body
    context = CheckContext(text, people=people, sides=sides,
                           persons={p.name for p in ex.cast.people if p.kind == "person"})
    context.haystack(pace)  # read now, paced: a long article's Cancel is heard
    context.captions(pace)
    context.headlines(pace)
    questions, reviews = select(draft_candidates(ex, people, pace), context, len(ex.article.body.split()), pace)
    questions = [as_typed(q) for q in questions]  # a figure with too few of the article's own to choose from
    if not questions:
        raise GenerateError("no questions could be made from this article: it has no attributed quotes, "
                            "positions or dates the generator recognises")
    name = (title or ex.article.title or "Generated bank").strip()[:500]
    source = {"title": (ex.article.title or name)[:4000]}
    if pub:
        source["published"] = pub
    source["file"] = source_file
    info = {"id": bank_id or slug(name, 60), "version": 1, "title": name, "language": "en",
            "description": "Generated from the article by `studyapp generate`; check it before studying."}
    why = {}
    for s in sides:  # (each side's name is looked up in the article: a long article's Cancel is heard)
        pace(500)
        why[s] = not_a_side(s, text, context.persons, set(sides))
    bodies = sum(w == "" for w in why.values())  # a person is a side only where people, not organisations, hold
    listed = [s for s in sides if why[s] == "" or why[s] == "a person" and  # the positions (a quoted employee or
              bodies < sum(w == "a person" for w in why.values())]  # a body's director is none beside the bodies)
    # nor a resident, a pensioner or a groundsman who only tells what happened to them ("says that"), beside others
    roles = {p.name: p.role for p in ex.cast.people if p.kind == "person"}
    stances: dict[str, set[str]] = {}
    for p in ex.positions:
        stances.setdefault(p.side.split(" (")[0], set()).add(p.stance)
    plain = [s for s in listed if why[s] == "a person" and lay_role(roles.get(s, "")) and
             stances.get(s, set()) <= {"says that"}]
    if len(listed) - len(plain) >= 2:
        listed = [s for s in listed if s not in plain]
    if listed:  # (the bank's own list of who holds positions: no dateline, title fragment or place among them)
        letters = bracketed_names(ex.article.body)  # "NDMA" beside "National Disaster Management Agency": one side
        info["sides"] = list(dict.fromkeys(letters.get(s, s) for s in listed))
    info["source"] = source
    bank = {"bank": info, "people": people, "questions": questions}
    pace.now()
    facts = ex.facts()
    facts["questions"] = [{"id": qid, "score": r.score, "checks": [c.name for c in r.checks if c.ok]}
                          for qid, r in reviews.items()]
    return bank, facts


def bank_toml(bank: dict) -> str:
    return tomli_w.dumps(bank, multiline_strings=False)


def write_bank(article_text: str, bank_path: Path | str, *, published: date | str | None = None,
               title: str | None = None, bank_id: str | None = None) -> tuple[Path, dict]:
    """Write BANK.toml and sources/<name>.txt beside it; return (bank path, facts). Checked with load_bank."""
    from studyapp.core.loader import load_bank

    bank_path = Path(bank_path)
    rel = f"sources/{bank_path.stem}.txt"
    bank, facts = generate_bank(article_text, published=published, title=title,
                                bank_id=bank_id or slug(bank_path.stem, 60), source_file=rel)
    try:
        (bank_path.parent / "sources").mkdir(parents=True, exist_ok=True)
        text = article_text.replace("\r\n", "\n")
        (bank_path.parent / rel).write_text(text, encoding="utf-8", newline="\n")
        bank_path.write_text(bank_toml(bank), encoding="utf-8", newline="\n")
    except OSError as exc:
        raise GenerateError(f"{bank_path}: cannot be written ({exc.strerror}); choose another folder") from None
    try:
        load_bank(bank_path)
    except BankError as exc:  # a generator bug; say so plainly rather than leave a broken bank unexplained
        raise GenerateError(f"the generated bank did not pass validation (please report this):\n{exc}") from None
    return bank_path, facts
