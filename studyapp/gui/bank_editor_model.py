"""The bank editor's state without Qt: a whole bank as the plain dict its TOML holds, the article, and
what the loader says of each question, so the dialog only draws and tests call plain functions.

Every problem comes from the real loader (`core.loader.parse_bank`), so the editor says exactly what
`studyapp validate` would, source sentences included: the article is written once into a private
folder and the bank is parsed as if it lay beside it. An edit re-checks the edited question with the
bank's header and people (cheap at every keystroke); adding, removing, moving, renaming a question or
changing the header, people or article re-checks the whole bank (duplicate ids, speakers).

    model = BankEditorModel.of_installed(loaded)      # or BankEditorModel.empty()
    model.edit(i, {"answer": "Mayor"}); model.problems[i]; model.add("choice"); model.move(i, -1)
    bank = model.validated(version=loaded.bank.bank.version + 1)  # a Bank, or BankError
    model.changed_ids(bank)                           # installed questions whose content changed
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
import weakref
from datetime import date
from pathlib import Path

from studyapp.core.bank import QUESTION_TYPES, Bank, bank_model
from studyapp.core.question_types import QuestionType
from studyapp.core.question_types.base import Template
from studyapp.core.loader import LoadedBank, inside_folder
from studyapp.errors import BankError, Problem
from studyapp.gui.draft_model import apply_edits, loader_problems

ARTICLE_FILE = "sources/article.txt"  # where a new bank's article is checked (saved as sources/<name>.txt)
_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")  # a bank id the loader accepts is a safe file name


def bank_dict(bank: Bank) -> dict:
    """A Bank as the dict its TOML file holds (defaults left out, as `toml_export` writes it)."""
    return bank.model_dump(mode="python", exclude_none=True, exclude_defaults=True)


def blank_bank() -> dict:
    return {"bank": {"id": "", "version": 1, "title": "", "source": {"title": ""}}, "people": [], "questions": []}


def new_types() -> tuple[tuple[str, str], ...]:
    """The kinds a teacher can add, as (kind, label): every registered type's templates (a true/false
    question is a choice of True and False)."""
    return tuple((t.kind, t.label) for spec in QUESTION_TYPES.specs() for t in spec.templates())


NEW_TYPES = new_types()  # the built-in ones, as the bank editor's menu lists them


def _template(kind: str) -> tuple[QuestionType, Template]:
    return next((spec, t) for spec in QUESTION_TYPES.specs() for t in spec.templates() if t.kind == kind)


def new_question(kind: str, qid: str) -> dict:
    """An empty question of a type, its required fields blank so the loader names each one to fill."""
    spec, template = _template(kind)
    base = {"id": qid, "type": spec.name, "topic": spec.default_topic}
    return {**base, **copy.deepcopy(template.fields), "explanation": "", "source": ""}


def retyped(q: dict, kind: str) -> dict:
    """The question as another type: what every type has (id, topic, explanation, source, tags) and the
    prompt are kept, the new type's own fields start empty for the loader to ask for."""
    if kind == q.get("type"):
        return q
    new = new_question(kind, q.get("id", ""))
    new.update({f: copy.deepcopy(q[f]) for f in ("topic", "explanation", "source", "tags") if f in q})
    if q.get("prompt") and "prompt" not in _template(kind)[0].optional_fields:  # a quote's asks something else
        new["prompt"] = q["prompt"]
    return new


def people_lines(people: list[dict]) -> str:
    """People as the editor shows them: `Name | role | side | alias, alias`, one a line."""
    out = []
    for p in people:
        parts = [p.get("name", ""), p.get("role", ""), p.get("side", ""), ", ".join(p.get("aliases", []))]
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
        out.append(" | ".join(parts))
    return "\n".join(out)


def parse_people(text: str) -> list[dict]:
    """The people box back as [[people]] tables; blank lines skipped, empty parts left out."""
    people = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, role, side, aliases = (line.split("|") + ["", "", ""])[:4]
        person: dict = {"name": name.strip()}
        if role.strip():
            person["role"] = role.strip()
        if side.strip():
            person["side"] = side.strip()
        names = [a.strip() for a in aliases.split(",") if a.strip()]
        if names:
            person["aliases"] = names
        people.append(person)
    return people


def published_value(text: str) -> date | str | None:
    """A typed publication date: a date when it is one, else the text (the loader says what is wrong)."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


class BankEditorModel:
    """A bank being written or edited: the bank dict, the article, and each question's problems."""

    def __init__(self, bank: dict, article: str = "", original: Bank | None = None):
        self.bank = copy.deepcopy(bank)
        self.bank.setdefault("people", [])
        self.bank.setdefault("questions", [])
        self.article = article
        self.original = original
        self._hashes = {q.id: q.content_hash() for q in original.questions} if original is not None else {}
        named = self.bank["bank"].get("source", {}).get("file")
        # An installed bank keeps its article's name; a new one is named for its id until saved.
        self._named_file = named if named and inside_folder(Path("/nowhere"), named) is not None else None
        self._folder = Path(tempfile.mkdtemp(prefix="studyapp-editor-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._folder, True)
        self._written: tuple[str, str] | None = None  # (file, text) of the article in the private folder
        self.problems: list[list[str]] = []
        self.bank_problems: list[str] = []
        self._saved = self._snapshot()
        self.revalidate()

    @classmethod
    def of_installed(cls, loaded: LoadedBank) -> BankEditorModel:
        return cls(bank_dict(loaded.bank), loaded.article, loaded.bank)

    @classmethod
    def empty(cls) -> BankEditorModel:
        return cls(blank_bank())

    def close(self) -> None:
        """Remove the private folder the article is checked in (also done when the model is collected)."""
        self._cleanup()

    # -- reading --------------------------------------------------------------------------------

    @property
    def questions(self) -> list[dict]:
        return self.bank["questions"]

    @property
    def info(self) -> dict:
        return self.bank["bank"]

    def ids(self) -> list[str]:
        return [q.get("id", "") for q in self.questions]

    def index_of(self, qid: str) -> int | None:
        return next((i for i, q in enumerate(self.questions) if q.get("id") == qid), None)

    def people_names(self) -> list[str]:
        return [p.get("name", "") for p in self.bank["people"] if p.get("name")]

    def unsaved(self) -> bool:
        return self._snapshot() != self._saved

    def mark_saved(self) -> None:
        self._saved = self._snapshot()

    def blocking(self) -> list[str]:
        """Every problem that stops a save, as `field: message` lines (bank-level ones first)."""
        out = list(self.bank_problems)
        for q, found in zip(self.questions, self.problems):
            out.extend(f"{q.get('id') or 'a new question'}: {line}" for line in found)
        return out

    # -- editing --------------------------------------------------------------------------------

    def edit(self, index: int, fields: dict) -> None:
        """Set fields of one question and judge it again (the whole bank when its id changed)."""
        before = self.questions[index]
        fields = dict(fields)
        kind = fields.pop("type", before.get("type"))
        self.questions[index] = apply_edits(retyped(before, kind), fields)
        if self.questions[index].get("id") != before.get("id"):
            self.revalidate()
        else:
            self._recheck([index])

    def set_info(self, field: str, value) -> None:
        """A [bank] field (title, id, description, language, sides); an empty optional one is left out."""
        self._set(self.info, field, value, required=field in ("id", "title"))
        if field == "id" and not self._named_file:
            self.revalidate()  # a new bank's article is named for its id, and the messages with it
        else:
            self._recheck([])

    def set_source(self, field: str, value) -> None:
        """A [bank.source] field (title, publisher, published, url)."""
        self._set(self.info.setdefault("source", {}), field, value, required=field == "title")
        self._recheck([])

    def set_people(self, people: list[dict]) -> None:
        """The people; only quotes (speakers, distractors) depend on them, so only they are judged again."""
        self.bank["people"] = people
        self._recheck([i for i, q in enumerate(self.questions) if q.get("type") == "quote"])

    def set_article(self, text: str) -> None:
        self.article = text
        self.revalidate()

    def add(self, kind: str, after: int | None = None) -> int:
        """A new empty question of `kind` after `after` (or at the end); its index. Its id is new, so it
        alone is judged."""
        taken = set(self.ids())
        base = "question" if kind == "truefalse" else kind
        n = len(self.questions) + 1
        while f"{base}-{n}" in taken:
            n += 1
        at = len(self.questions) if after is None else after + 1
        self.questions.insert(at, new_question(kind, f"{base}-{n}"))
        self.problems.insert(at, [])
        self._recheck([at])
        return at

    def remove(self, index: int) -> None:
        del self.questions[index]
        del self.problems[index]
        self._recheck_troubled()

    def move(self, index: int, delta: int) -> int:
        """Move a question up (-1) or down (+1); its new index."""
        to = max(0, min(len(self.questions) - 1, index + delta))
        if to != index:
            self.questions.insert(to, self.questions.pop(index))
            self.problems.insert(to, self.problems.pop(index))
            self._recheck_troubled()
        return to

    def _recheck_troubled(self) -> None:
        """After a remove or a move only questions with problems can read differently (a duplicate id is
        reported on its second use); the whole bank when one of them is a duplicate, else just them."""
        troubled = [i for i, found in enumerate(self.problems) if found]
        if any("duplicate question id" in line for i in troubled for line in self.problems[i]):
            self.revalidate()
        else:
            self._recheck(troubled)

    # -- judging --------------------------------------------------------------------------------

    def revalidate(self) -> None:
        """Judge every question and the bank (1,000 questions take about half a second)."""
        per, rest = loader_problems(self._checkable(self.questions), self._bank_path())
        self.problems = [per.get(i, []) for i in range(len(self.questions))]
        self._set_bank_problems(rest)

    def _recheck(self, indices: list[int]) -> None:
        """Judge these questions (none: the bank's own fields) with the bank's header and people; the
        other questions keep what was said of them."""
        per, rest = loader_problems(self._checkable([self.questions[i] for i in indices]), self._bank_path())
        for k, i in enumerate(indices):
            self.problems[i] = per.get(k, [])
        if not indices and self.questions:  # judged without questions: "at least 1 item" is not true
            rest = [line for line in rest if not line.startswith("questions: ")]
        self._set_bank_problems(rest)

    def _set_bank_problems(self, rest: list[str]) -> None:
        self.bank_problems = [f"article: {line.removeprefix('bank.source.file: ')}"
                              if line.startswith("bank.source.file: ") else line for line in rest]

    def _checkable(self, questions: list[dict]) -> dict:
        bank = {"bank": copy.deepcopy(self.info), "people": self.bank["people"], "questions": questions}
        source = bank["bank"].setdefault("source", {})
        if self.article.strip():
            source["file"] = self.article_file
        else:
            source.pop("file", None)
        return bank

    @property
    def article_file(self) -> str:
        """The article's path beside the bank, as the loader's messages name it."""
        if self._named_file:
            return self._named_file
        bank_id = str(self.info.get("id", ""))
        return f"sources/{bank_id}.txt" if _SLUG.fullmatch(bank_id) else ARTICLE_FILE

    def _bank_path(self) -> Path:
        """The private folder's bank path, with the article written beside it when it changed."""
        if self.article.strip() and (self.article_file, self.article) != self._written:
            target = self._folder / self.article_file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(self.article, encoding="utf-8")
            self._written = (self.article_file, self.article)
        return self._folder / "bank.toml"

    # -- saving ---------------------------------------------------------------------------------

    def validated(self, version: int | None = None, article_file: str | None = None) -> Bank:
        """The bank as a Bank, at `version` and naming `article_file` (when there is an article);
        BankError with every problem (as `studyapp validate` words them) when it is not valid yet."""
        self.revalidate()
        lines = self.blocking()
        if lines:
            raise BankError([Problem("the edited bank", None, line.partition(": ")[0], line.partition(": ")[2])
                             for line in lines])
        data = self._checkable(self.questions)
        if version is not None:
            data["bank"]["version"] = version
        if "file" in data["bank"]["source"]:
            data["bank"]["source"]["file"] = article_file or self.article_file
        return bank_model().model_validate(data)

    def changed_ids(self, bank: Bank) -> list[str]:
        """Installed questions (same id) whose content the edit changed: the ones whose schedule may no
        longer fit them."""
        return [q.id for q in bank.questions if q.id in self._hashes and q.content_hash() != self._hashes[q.id]]

    def _snapshot(self) -> str:
        return json.dumps([self.bank, self.article], sort_keys=True, default=str)

    @staticmethod
    def _set(table: dict, field: str, value, required: bool) -> None:
        if isinstance(value, str):
            value = value.strip()
        if value in ("", None, []) and not required:
            table.pop(field, None)
        else:
            table[field] = value
