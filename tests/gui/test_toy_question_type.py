"""A question type added in one module (tests/helpers/toy_question.py) plus its widget, registered
through the public API only: studied in the real window, exported to CSV and read back, printed
(the PDF quiz's pages and `studyapp show`). Issue 15's bar for 'one place per question type'."""

from __future__ import annotations

import csv
import io

import pytest

from studyapp.cli import main
from studyapp.core.loader import load_bank
from studyapp.core.question_types import QUESTION_TYPES
from studyapp.core.records import CardKey
from studyapp.core.session import SessionState
from studyapp.exchange.csv_format import bank_to_csv, parse_csv
from studyapp.exchange.gift_format import bank_to_gift
from studyapp.exchange.pdf_quiz import quiz_html
from studyapp.gui.question_widgets import registered_widget
from tests.gui.helpers import answer_right
from tests.helpers.toy_question import COUNT, TOY_BANK, CountWidget


@pytest.fixture
def toy_path(tmp_path):
    with QUESTION_TYPES.registered(COUNT), registered_widget("count", CountWidget):
        path = tmp_path / "toy.toml"
        path.write_text(TOY_BANK, encoding="utf-8")
        yield path
    assert "count" not in QUESTION_TYPES  # gone again for every other test


def test_the_toy_type_is_studied_in_the_real_window(make_window, toy_path, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([toy_path])
    window.start_study("toy")
    view = window.study_view
    assert isinstance(view.question_widget, CountWidget)
    assert view.question_text.text() == "How many bridges does the plan build?"
    assert "Give the number" in view.topic.text()
    answer_right(qtbot, window)
    assert "Right" in view.feedback.verdict.text()
    assert "3" in view.feedback.answer.text()
    qtbot.keyClick(view.feedback, "4")
    assert window.study.session.state != SessionState.ASKING
    [review] = window.library.progress.reviews(CardKey("toy", "q-bridges"))
    assert review.correct is True and review.answer == "3"


def test_the_toy_type_goes_to_csv_and_back(toy_path, tmp_path):
    bank = load_bank(toy_path).bank
    text = bank_to_csv(bank)
    header, row = list(csv.reader(io.StringIO(text)))[-2:]
    cells = dict(zip(header, row))
    assert cells["type"] == "count" and cells["answer"] == "3" and cells["choices"] == ""
    again = parse_csv(text.encode("utf-8"), tmp_path / "toy.csv").bank
    assert again.questions == bank.questions
    assert bank_to_gift(bank)[1] == ["q-bridges: count questions have no GIFT form; left out"]


def test_the_toy_type_is_printed(toy_path, capsys):
    bank = load_bank(toy_path).bank
    page = quiz_html(bank)
    assert "How many bridges does the plan build?" in page and "<b>3</b>" in page
    assert main(["show", str(toy_path)]) == 0
    out = capsys.readouterr().out
    assert "[count, context] How many bridges does the plan build?" in out and "Answer: 3" in out


def test_every_type_has_a_widget_and_a_widget_needs_its_type():
    from studyapp.gui.question_widgets import WIDGETS, register_widget

    assert set(QUESTION_TYPES) <= set(WIDGETS)
    with pytest.raises(ValueError, match="register the question type 'count' in QUESTION_TYPES before its widget"):
        register_widget("count", CountWidget)
