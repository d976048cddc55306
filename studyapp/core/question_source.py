"""Where a study session and the window get banks' questions: one typed interface.

The installed banks are read through `storage.bank_shelf.BankShelf`, which builds a question only
when it is asked for (a large library is never parsed whole); banks already in memory (a test, the
selftest, a bank just loaded from a file) are wrapped in `BanksInMemory`. Both are a
`QuestionSource`, so no caller has to find out which kind of mapping it holds.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterator, Mapping
from typing import Any

from studyapp.core.bank import Bank
from studyapp.core.records import CardKey


class QuestionSource(Mapping[str, Bank]):
    """Banks by id (the whole validated `Bank` on `[bank_id]`) that also hand out single questions."""

    @abstractmethod
    def header(self, bank_id: str) -> Bank:
        """The bank's info and people, perhaps without its questions: enough to show and grade one."""

    @abstractmethod
    def question(self, key: CardKey) -> Any:
        """The question model, or None when the bank has no such question."""

    @abstractmethod
    def question_ids(self, bank_id: str) -> list[str]:
        """The bank's question ids in bank order (KeyError for a bank that cannot be read)."""

    def has_question(self, key: CardKey) -> bool:
        return self.question(key) is not None


class BanksInMemory(QuestionSource):
    """Banks already loaded, as a QuestionSource (questions found by id, indexed on first use)."""

    def __init__(self, banks: Mapping[str, Bank]):
        self._banks = dict(banks)
        self._by_id: dict[str, dict[str, Any]] = {}

    def __getitem__(self, bank_id: str) -> Bank:
        return self._banks[bank_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._banks)

    def __len__(self) -> int:
        return len(self._banks)

    def header(self, bank_id: str) -> Bank:
        return self._banks[bank_id]

    def question(self, key: CardKey) -> Any:
        by_id = self._by_id.get(key.bank_id)
        if by_id is None:
            bank = self._banks.get(key.bank_id)
            by_id = self._by_id[key.bank_id] = {q.id: q for q in bank.questions} if bank is not None else {}
        return by_id.get(key.question_id)

    def question_ids(self, bank_id: str) -> list[str]:
        return [q.id for q in self._banks[bank_id].questions]


def question_source(banks: Mapping[str, Bank]) -> QuestionSource:
    """`banks` as a QuestionSource: a shelf as it is (copying it would read every bank), a plain
    mapping wrapped."""
    return banks if isinstance(banks, QuestionSource) else BanksInMemory(banks)


__all__ = ["BanksInMemory", "QuestionSource", "question_source"]
