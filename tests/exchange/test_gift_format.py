"""GIFT files as Moodle writes them, what GIFT cannot hold, and the exact messages for broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.errors import BankError
from studyapp.exchange.gift_format import bank_to_gift, escape, read_gift, unescape

DATA = Path(__file__).parent / "data"


def _write(tmp_path: Path, text: str, name: str = "bank.gift") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(BankError) as exc:
        read_gift(path)
    return [str(p) for p in exc.value.problems]


def test_a_moodle_style_file(tmp_path):
    path = DATA / "moodle.gift"
    read = read_gift(path)
    bank = read.loaded.bank
    assert bank.bank.id == "moodle" and bank.bank.title == "Geneva quiz"
    by_id = {q.id: q for q in bank.questions}
    assert list(by_id) == ["when", "where", "city", "tf-breakthrough", "sides", "escapes"]
    assert (by_id["when"].type, by_id["when"].answer, by_id["when"].topic) == ("date", "2022", "dates")
    where = by_id["where"]
    assert (where.type, where.choices, where.answer) == ("choice", ["Geneva", "Vienna", "Lausanne"], "Geneva")
    assert where.topic == "context" and where.explanation == "They met in Geneva."
    city = by_id["city"]
    assert (city.type, city.prompt, city.accept) == ("typed", "The talks were held in {{Geneva}} on the lake.",
                                                     ["Genf"])
    tf = by_id["tf-breakthrough"]
    assert (tf.choices, tf.answer, tf.explanation) == (["True", "False"], "False", "Lavrov said so.")
    assert by_id["sides"].pairs == [["Blinken", "United States"], ["Lavrov", "Russia"], ["Ryabkov", "Russia"]]
    esc = by_id["escapes"]
    assert esc.prompt == "What do {curly} and ~ and = and # and : show?"
    assert esc.answer == "all specials {}~=#:"
    assert esc.source == "It costs 2\\3 of the \n budget."
    assert read.warnings == [
        f"{path}:10: category 'Geography' is not a studyapp topic (who-said-what, demands, dates, context); "
        "its questions are filed under 'context'",
        f"{path}:13: question 'Where': partial credit and per-answer feedback is not kept",
        f"{path}:25: question 'TF: breakthrough': per-answer feedback is not kept",
        f"{path}:35: question 'Essay': essay questions have no studyapp form; left out",
    ]


def test_escape_is_undone_by_unescape():
    text = "a~b=c#d{e}f:g\\h\ni"
    assert escape(text) == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"
    assert unescape(escape(text)) == text


def test_export_reports_what_gift_cannot_hold(mini_bank_path):
    bank = load_bank(mini_bank_path).bank
    text, warnings = bank_to_gift(bank)
    assert warnings == [
        "q-quote: a quote question is exported as multiple choice; it comes back as a choice question",
        "q-date: a date to the day has no GIFT form; exported as a short answer ('3 March 2023' or '2023-03-03'), "
        "it comes back as a typed question",
        "q-order: order questions have no GIFT form; left out",
        "q-match: Moodle needs at least three pairs to import a matching question",
        "q-flash: flash questions have no GIFT form; left out",
    ]
    assert "::q-tf::Bob Jones thought the plan was cheap. {F ####He said it was too expensive.}" in text
    assert "::q-typed::The mayor promised to build the {=bridge =a bridge ####A bridge.} by 2024." in text
    assert "$CATEGORY: $course$/dates" in text
    assert "q-order" not in text and "q-flash" not in text


def test_broken_files(tmp_path):
    path = _write(tmp_path, "// source.title: S\n\n// source: x\n::a:: No answers here\n\n"
                            "// source: x\n::b:: Unclosed {=yes\n\n"
                            "// source: x\n::c:: Answers without marks {yes no}\n")
    assert _problems(path) == [
        f"{path}:4: question: question 'a': no answer block `{{...}}`; a GIFT question needs one",
        f"{path}:7: question: question 'b': the answer block `{{` is not closed with `}}`",
        f"{path}:10: question: question 'c': answers must start with = (right) or ~ (wrong)",
    ]


def test_source_and_explanation_are_required(tmp_path):
    path = _write(tmp_path, "// source.title: S\n\n::a:: Where? {=Geneva ~Vienna ####Geneva.}\n\n"
                            "// source: They met in Geneva.\n::b:: Where? {=Geneva ~Vienna}\n")
    assert _problems(path) == [
        f"{path}:3: source: required: add a line `// source: the article's words` above the question",
        f"{path}:6: explanation: required: add general feedback `####why the answer is right` inside the braces",
    ]
    path = _write(tmp_path, "// source: x\n::a:: Where? {=Geneva ~Vienna ####Geneva.}\n")
    assert _problems(path) == [
        f"{path}: # source.title: required: add a line `// source.title: the article's title` at the top of the file",
    ]


def test_nothing_usable(tmp_path):
    path = _write(tmp_path, "// source.title: S\n\n::e:: Discuss. {}\n")
    assert _problems(path) == [f"{path}: questions: no questions the app can use; see the warnings: "
                               "List should have at least 1 item after validation, not 0"]


def test_moodle_html_questions_keep_their_words(tmp_path):
    path = _write(tmp_path, "// source.title: S\n\n// source: x\n"
                            "::Q1::[html]<p>Where did <b>Blinken</b> &amp; Lavrov meet?</p>{=Geneva ~Vienna "
                            "####<p>In Geneva.</p>}\n")
    q = read_gift(path).loaded.bank.questions[0]
    assert (q.prompt, q.choices, q.explanation) == ("Where did Blinken & Lavrov meet?", ["Geneva", "Vienna"],
                                                    "In Geneva.")


def test_an_option_that_looks_like_a_weight_survives_a_round_trip():
    """Found by Hypothesis: `~%0%1` was read back as a 0% weight on the answer "1"."""
    from studyapp.core.bank import Bank
    from studyapp.exchange.gift_format import parse_gift

    bank = Bank.model_validate({
        "bank": {"id": "w", "version": 1, "title": "Weights", "source": {"title": "t"}},
        "questions": [{"id": "q0", "type": "choice", "topic": "context", "prompt": "Which?", "explanation": "e",
                       "source": "s", "choices": ["50%", "%0%1", "%100%"], "answer": "%100%"}],
    })
    text, warnings = bank_to_gift(bank)
    assert "~%0%%0%1" in text and "=%100%%100%" in text
    read = parse_gift(text, Path("w.gift"))
    assert read.warnings == []
    assert read.loaded.bank.questions == bank.questions


def test_arrows_and_every_line_break_survive_export_and_import(mini_bank_path):
    """`->` in a choice was read back as a matching pair; CR, VT, FF, NEL and U+2028/2029 became spaces
    (or split the question); a line break in `source` or `tags` leaked into the next question."""
    from studyapp.exchange.gift_format import parse_gift

    bank = load_bank(mini_bank_path).bank
    breaks = "a\rb\x0bc\x0cd\x85e\u2028f\u2029g"
    changed = []
    for q in bank.questions:
        if q.type == "choice" and q.choices != ["True", "False"]:
            q = q.model_copy(update={"choices": ["x -> y", *q.choices[1:]], "answer": "x -> y", "prompt": breaks,
                                     "source": "line one\nline two\r\nthree\u2028four", "tags": ["t\nu", "v\rw"]})
        elif q.type == "match":
            q = q.model_copy(update={"pairs": [["left -> arrow", "right -> arrow"], *q.pairs[1:]]})
        changed.append(q)
    bank = bank.model_copy(update={"questions": changed})
    text, warnings = bank_to_gift(bank)
    back = {q.id: q for q in parse_gift(text, Path("b.gift")).loaded.bank.questions}
    for q in changed:
        if q.type in ("choice", "match"):
            assert back[q.id] == q
    assert "-\\>" in text and not [w for w in warnings if "->" in w]
    assert escape("a->b") == "a-\\>b" and unescape("a-\\>b") == "a->b"
