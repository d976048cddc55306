"""The review step's state without Qt: a draft, the teacher's edits per question, and for each
question its loader problems and its checks, so the dialog only draws and tests call plain functions.

Edits are stored as the fields that differ from the draft, per question id, and applied on save the
same way for every field; a question the teacher did not touch is saved byte for byte as
`studyapp generate` wrote it.

    model = DraftModel(draft)
    model.edit(qid, {"answer": "Southport"})
    model.problems[qid], model.reviews[qid].passed, model.edited_bank(kept_ids)
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.bank import QUESTION_TYPES
from studyapp.core.generate.checks import CheckContext, Review, bank_context, review_bank, review_question
from studyapp.errors import BankError

LISTS = {"distractors", "choices", "accept", "items", "tags"}


def fields_of(kind: str | None) -> tuple[str, ...]:
    """The fields a teacher edits in a question of this type (id, type and source stay as drafted)."""
    return QUESTION_TYPES[kind].editor_fields if kind in QUESTION_TYPES else ()


def options_field(kind: str | None) -> str | None:
    """What the "options" editor holds for this type (choices, distractors, items, pairs), if anything."""
    return QUESTION_TYPES[kind].options_field if kind in QUESTION_TYPES else None


def key_field(kind: str | None) -> str | None:
    """The field holding the right answer a single line gives (speaker, answer); None for order and match."""
    return QUESTION_TYPES[kind].key_field if kind in QUESTION_TYPES else None


def is_optional(kind: str | None, field: str) -> bool:
    """Left empty, an optional field is dropped, so the bank's default applies (as the guide says)."""
    return field == "tags" or (kind in QUESTION_TYPES and field in QUESTION_TYPES[kind].optional_fields)
GAP = re.compile(r"\{\{(.*?)\}\}")  # like bank.CLOZE, but an emptied gap still counts as the gap


@dataclass
class Draft:
    """The generator's output kept as the dict it writes, so saving is exactly `studyapp generate`'s."""

    article: str
    bank: dict

    @property
    def questions(self) -> list[dict]:
        return self.bank["questions"]


# -- fields ----------------------------------------------------------------------------------------

def empty_of(field: str):
    if field in LISTS or field == "pairs":
        return []
    return False if field == "reported" else ""


def value_of(q: dict, field: str):
    return q.get(field, empty_of(field))


def apply_edits(question: dict, fields: dict) -> dict:
    """The question with `fields` set; empty optional fields removed, text stripped as the loader would."""
    q = copy.deepcopy(question)
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
        if is_optional(q["type"], name) and value in ("", [], False):
            q.pop(name, None)
        else:
            q[name] = copy.deepcopy(value)
    return q


def changed_fields(original: dict, edited: dict) -> dict:
    """The fields of `edited` that differ from `original`: what is kept as the teacher's edit."""
    return {f: value_of(edited, f) for f in fields_of(original.get("type"))
            if value_of(edited, f) != value_of(original, f)}


def key_of(q: dict) -> str | None:
    """The right answer a single line holds: the speaker, the answer, or a cloze's gap; None for order
    and match, whose items or pairs are the answer."""
    if is_cloze(q):
        return GAP.search(q["prompt"]).group(1).strip()
    field = key_field(q.get("type"))
    return None if field is None else q.get(field, "")


def is_cloze(q: dict) -> bool:
    return q.get("type") == "typed" and GAP.search(q.get("prompt", "")) is not None


def with_key(q: dict, key: str) -> dict:
    """The fields that set `key` as the answer (for a cloze, the gap in the prompt)."""
    key = key.strip()
    kind = q.get("type")
    if is_cloze(q):
        fields = {"prompt": GAP.sub(lambda _m: "{{" + key + "}}", q["prompt"], count=1)}
        if q.get("answer"):
            fields["answer"] = key  # given both ways, both must agree
        return fields
    if kind == "date":
        return {"answer": key, **_following_precision(q, key)}
    return {key_field(kind) or "answer": key}


def _following_precision(q: dict, answer: str) -> dict:
    """A given precision must be the answer's form (the loader refuses "1998-02" with "year"), so it
    follows the answer once the answer is a date again; half typed, the loader says what is wrong."""
    from studyapp.core.bank import DATE_FORMS

    form = next((p for p, rx in DATE_FORMS.items() if rx.match(answer)), None)
    return {"precision": form} if q.get("precision") and form else {}


def lines_of(value: list) -> str:
    """A list field as the editor shows it: one option a line, a pair as `left -> right`."""
    return "\n".join(f"{p[0]} -> {p[1]}" if isinstance(p, list) and len(p) == 2 else
                     " -> ".join(map(str, p)) if isinstance(p, list) else str(p) for p in value)


def parse_lines(field: str, text: str) -> list:
    """The editor's lines back as the field's list; blank lines are skipped. A pair line without an
    arrow stays a one-item pair so the loader says what is missing."""
    out: list = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if field == "pairs":
            left, arrow, right = line.replace("→", "->").rpartition("->")
            out.append([left.strip(), right.strip()] if arrow else [line])
        else:
            out.append(line)
    return out


# -- judging ---------------------------------------------------------------------------------------

def _checkable(bank: dict, questions: list[dict]) -> dict:
    """The bank header, people and `questions`, without the article file: sources are checked on save."""
    bank_info = copy.deepcopy(bank["bank"])
    bank_info.get("source", {}).pop("file", None)
    return {"bank": bank_info, "people": bank.get("people", []), "questions": questions}


def loader_problems(bank: dict, path: Path) -> tuple[dict[int, list[str]], list[str]]:
    """What the loader (and so `studyapp validate`) says of a bank dict read as if from `path`: per question
    index as 'field: message', and the problems outside any question as 'field: message'. Both the review
    step and the bank editor judge through this one function."""
    from studyapp.core.generate.pipeline import bank_toml
    from studyapp.core.loader import parse_bank

    per: dict[int, list[str]] = {}
    rest: list[str] = []
    try:
        parse_bank(bank_toml(bank).encode("utf-8"), path)
    except BankError as exc:
        for p in exc.problems:
            m = re.match(r"questions\[(\d+)\]\.?(.*)", p.field)
            if m and int(m.group(1)) < len(bank.get("questions", [])):
                per.setdefault(int(m.group(1)), []).append(f"{m.group(2) or 'question'}: {p.message}")
            else:
                rest.append(f"{p.field}: {p.message}")
    except (TypeError, ValueError) as exc:  # a value TOML cannot hold
        rest.append(str(exc))
    return per, rest


def bank_problems(bank: dict, questions: list[dict] | None = None) -> dict[str, list[str]]:
    """The loader's messages (as `studyapp validate` words them) per question id; a problem outside any
    question is listed under ""."""
    questions = bank["questions"] if questions is None else questions
    if not questions:
        return {}
    per, rest = loader_problems(_checkable(bank, questions), Path("draft.toml"))
    out: dict[str, list[str]] = {}
    for i, lines in per.items():
        out.setdefault(questions[i].get("id", ""), []).extend(lines)
    if rest:
        out.setdefault("", []).extend(rest)
    return out


def score_text(review: Review) -> str:
    """The Score column: '1.00 ✓', or '0.40 ✗ 2 checks'."""
    if review.passed:
        return f"{review.score:.2f} ✓"
    n = len(review.failed)
    return f"{review.score:.2f} ✗ {n} check{'s' if n != 1 else ''}"


def check_lines(review: Review) -> list[tuple[bool, str]]:
    """(passed, text) for each check, failed ones saying why."""
    return [(c.ok, f"✓ {c.label}" if c.ok else f"✗ {c.label}: {c.why}" if c.why else f"✗ {c.label}")
            for c in review.checks]


class DraftModel:
    """A draft under review: the edits, and each question's problems and review kept up to date."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.edits: dict[str, dict] = {}
        self._by_id = {q["id"]: q for q in draft.questions}
        self._haystack = CheckContext(draft.article).haystack()  # the article normalised once, not per keystroke
        self.reviews: dict[str, Review] = review_bank(draft.bank, draft.article, self._haystack)
        self.problems: dict[str, list[str]] = bank_problems(draft.bank)
        self._saved: tuple[list[str], dict[str, dict]] = (self.ids, {})  # as drafted: every question kept

    def mark_saved(self, kept: list[str]) -> None:
        """What was just written is no longer the teacher's work at risk."""
        self._saved = (list(kept), copy.deepcopy(self.edits))

    def unsaved(self, kept: list[str]) -> bool:
        """Whether closing would lose work: an edit or a tick that differs from the draft or the last save.
        An edit typed back to what was drafted drops out of `edits`, so it no longer counts."""
        return (list(kept), self.edits) != self._saved

    @property
    def ids(self) -> list[str]:
        return [q["id"] for q in self.draft.questions]

    def original(self, qid: str) -> dict:
        return self._by_id[qid]

    def question(self, qid: str) -> dict:
        """The question as it will be saved."""
        return apply_edits(self._by_id[qid], self.edits.get(qid, {}))

    def edit(self, qid: str, fields: dict) -> None:
        """Set fields of a question, then judge it again: the loader's problems and every check."""
        edited = apply_edits(self.question(qid), fields)
        changed = changed_fields(self._by_id[qid], edited)
        if changed:
            self.edits[qid] = changed
        else:
            self.edits.pop(qid, None)
        self.problems.pop(qid, None)
        found = bank_problems(self.draft.bank, [edited])
        if found.get(qid):
            self.problems[qid] = found[qid]
        others = [self.question(i) for i in self.ids if i != qid]
        self.reviews[qid] = review_question(edited, bank_context(self.draft.bank, self.draft.article, others,
                                                                 self._haystack))

    def edited_bank(self, kept: list[str] | None = None) -> dict:
        """The draft with the edits, only the `kept` question ids if given (in the draft's order)."""
        bank = copy.deepcopy(self.draft.bank)
        keep = set(self.ids if kept is None else kept)
        bank["questions"] = [self.question(i) for i in self.ids if i in keep]
        return bank

    def blocking(self, kept: list[str]) -> dict[str, list[str]]:
        """The problems that stop a save: those of kept questions."""
        return {qid: self.problems[qid] for qid in kept if self.problems.get(qid)}
