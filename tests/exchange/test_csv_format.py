"""CSV banks as teachers save them from LibreOffice or Excel, and the exact messages for broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.errors import BankError
from studyapp.exchange.csv_format import COLUMNS, read_csv, write_csv

DATA = Path(__file__).parent / "data"


def _write(tmp_path: Path, text: str, name: str = "bank.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(BankError) as exc:
        read_csv(path)
    return [str(p) for p in exc.value.problems]


def test_semicolons_bom_line_breaks_and_metadata_in_two_cells(tmp_path):
    text = (DATA / "spreadsheet-semicolons.csv").read_text(encoding="utf-8")
    path = _write(tmp_path, text, "geneva.csv", bom=True)
    bank = read_csv(path).bank
    assert bank.bank.id == "geneva"  # from the file name
    assert bank.bank.title == "Geneva in brief"  # `# title` in A1, the value in B1
    assert bank.bank.source.title == "Top diplomats meet in Geneva"
    assert bank.bank.source.file is None
    assert [p.name for p in bank.people] == ["Antony Blinken", "Sergei Lavrov"]  # from the speakers
    q2 = bank.question("q2")
    assert q2.choices == ["Geneva", "Vienna", "Paris"]
    assert q2.explanation == "Both said so;\non two lines"
    assert bank.question("q1").source == 'Mr Blinken said: "These are difficult issues."'


def test_crlf_commas_and_every_type(tmp_path, mini_bank_path):
    bank = load_bank(mini_bank_path).bank
    out = tmp_path / "mini.csv"
    assert write_csv(bank, out) == []
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf# id: mini\r\n")
    back = read_csv(out).bank
    assert back.questions == bank.questions
    assert back.people == bank.people
    assert back.bank.model_copy(update={"source": bank.bank.source}) == bank.bank
    assert back.bank.source.file is None


def test_escaped_separators_in_list_cells(tmp_path):
    path = _write(tmp_path, "# source.title: S\n"
                            "id,type,topic,prompt,pairs,explanation,source\n"
                            r"q1,match,demands,P,a\=1=b\|2|c=d,E,S" "\n")
    assert read_csv(path).bank.questions[0].pairs == [["a=1", "b|2"], ["c", "d"]]


def test_header_problems_stop_reading(tmp_path):
    path = _write(tmp_path, "# title: T\nid,type,topic,prompt,answer,colour,explanation\nq1,flash,context,P,A,red,E\n")
    assert _problems(path) == [
        f"{path}:2: colour: unknown column; use one of {', '.join(COLUMNS)}",
        f"{path}:2: source: required column is missing from the header row",
    ]


def test_row_problems_name_row_and_column(tmp_path):
    path = _write(tmp_path, "# title: T\n# source.title: S\n"
                            "id,type,topic,prompt,answer,choices,items,explanation,source\n"
                            "q1,choice,context,P,Rome,Geneva|Vienna,,E,\n"
                            "q2,riddle,context,P,A,,,E,S\n"
                            "q3,flash,context,P,A,,x|y,E,S\n")
    assert _problems(path) == [
        f"{path}:4: answer: 'Rome' is not among the choices",
        f"{path}:4: source: required: a verbatim excerpt of the article the answer comes from",
        f"{path}:5: type: unknown question type 'riddle'; use one of quote, choice, typed, date, order, match, flash",
        f"{path}:6: items: is not used by a flash question; leave it empty",
    ]


def test_rows_are_counted_as_a_spreadsheet_counts_them(tmp_path):
    path = _write(tmp_path, '# source.title: S\nid,type,topic,prompt,answer,explanation,source\n'
                            'q1,flash,context,"two\nlines",A,E,S\n'
                            '\n'
                            'q2,date,dates,When?,21/01/2022,E,S\n')
    assert _problems(path) == [
        f"{path}:5: answer: '21/01/2022' is not a date written as YYYY-MM-DD, YYYY-MM or YYYY",
    ]


def test_bank_metadata_problems(tmp_path):
    path = _write(tmp_path, "# title: T\n# titel: oops\nid,type,topic,prompt,answer,explanation,source\n"
                            "q1,flash,context,P,A,E,S\n")
    assert _problems(path) == [
        f"{path}: # source.title: required: add a row `# source.title: the article's title` above the header",
        f"{path}:2: # titel: unknown bank field 'titel'; use one of id, version, title, language, description, "
        "sides, source.title, source.publisher, source.published, source.url, person",
    ]
    path = _write(tmp_path, "# title: T\nid,type,topic,prompt,answer,explanation,source\nq1,flash,context,P,A,E,S\n")
    assert _problems(path) == [
        f"{path}: # source.title: required: add a row `# source.title: the article's title` above the header",
    ]
    path = _write(tmp_path, "# version: two\n# source.title: S\nid,type,topic,prompt,answer,explanation,source\n"
                            "q1,flash,context,P,A,E,S\n")
    assert _problems(path) == [
        f"{path}:1: # version: Input should be a valid integer, unable to parse string as an integer",
    ]


def test_speakers_must_be_among_given_people(tmp_path):
    path = _write(tmp_path, "# source.title: S\n# person: Alice|Mayor\n# person: Carol\n"
                            "id,type,topic,speaker,quote,explanation,source\n"
                            "q1,quote,who-said-what,Bob,Hi,E,S\n")
    assert _problems(path) == [
        f"{path}:5: speaker: 'Bob' is not among the [[people]]; add them or fix the name",
    ]


def test_ids_a_spreadsheet_user_might_type(tmp_path):
    path = _write(tmp_path, "# id: My Bank\n# source.title: S\nid,type,topic,prompt,answer,explanation,source\n"
                            "Q 1,flash,context,P,A,E,S\n")
    assert _problems(path) == [
        f"{path}:1: # id: 'My Bank' is not a valid id; use lowercase letters, digits, '.', '_' or '-' (at most 80), "
        "starting with a letter or digit",
        f"{path}:4: id: 'Q 1' is not a valid id; use lowercase letters, digits, '.', '_' or '-' (at most 80), "
        "starting with a letter or digit",
    ]


def test_duplicate_ids_and_empty_banks(tmp_path):
    path = _write(tmp_path, "# source.title: S\nid,type,topic,prompt,answer,explanation,source\n"
                            "q1,flash,context,P,A,E,S\nq1,flash,context,P2,A,E,S\n")
    assert _problems(path) == [f"{path}:4: id: duplicate question id 'q1'"]
    path = _write(tmp_path, "# source.title: S\nid,type,topic,prompt,answer,explanation,source\n")
    assert _problems(path) == [f"{path}:2: questions: no question rows below the header; add one row per question"]


def test_files_that_are_not_csv_text(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"id,type\nq\xe9,flash\n")
    assert _problems(path) == [f"{path}:2: file: is not UTF-8 text; save it as “CSV UTF-8” (Excel) or choose "
                               "the UTF-8 character set (LibreOffice)"]
    assert _problems(tmp_path / "missing.csv") == [f"{tmp_path / 'missing.csv'}: file: no such file; check the path"]
    path = _write(tmp_path, "just some words\nand more\n")
    assert _problems(path) == [
        f"{path}:1: just some words: unknown column; use one of {', '.join(COLUMNS)}",
        *(f"{path}:1: {c}: required column is missing from the header row"
          for c in ("id", "type", "topic", "explanation", "source")),
    ]


@pytest.mark.parametrize("case", ["missing", "folder", "too big"])
def test_file_checks_match_the_toml_reader_word_for_word(tmp_path, case):
    """CSV, GIFT and TOML banks share one reader of the file's bytes, so their refusals read alike."""
    from studyapp.core.loader import MAX_BANK_BYTES
    from studyapp.exchange.gift_format import read_gift

    messages = []
    for suffix, read in ((".toml", load_bank), (".csv", read_csv), (".gift", read_gift)):
        path = tmp_path / f"bank{suffix}"
        if case == "folder":
            path.mkdir()
        elif case == "too big":
            path.write_bytes(b"#" * (MAX_BANK_BYTES + 1))
        with pytest.raises(BankError) as exc:
            read(path)
        messages.append(str(exc.value).replace(str(path), "<path>"))
    assert len(set(messages)) == 1, messages
    assert {"missing": "no such file", "folder": "is a folder", "too big": "a bank may be at most"}[case] in messages[0]


def test_a_csv_over_the_row_limit_says_so(tmp_path, mini_bank_path):
    from studyapp.core.limits import MAX_QUESTIONS
    from studyapp.exchange.csv_format import bank_to_csv

    lines = bank_to_csv(load_bank(mini_bank_path).bank).split("\r\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("id,"))
    row = lines[header + 1]
    rows = [f"q{i}" + row[row.index(","):] for i in range(MAX_QUESTIONS + 1)]
    path = _write(tmp_path, "\r\n".join(lines[: header + 1] + rows) + "\r\n")
    assert _problems(path) == [f"{path}:{header + 1}: questions: has 10,001 questions; a bank may hold at most "
                               "10,000: split it into several banks"]


def test_a_spreadsheet_saved_as_xlsx_is_named_with_how_to_save_csv(tmp_path):
    import zipfile

    path = tmp_path / "bank.csv"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert _problems(path) == [f"{path}: file: is an Excel workbook (.xlsx), not plain text; open it in your word "
                               "processor or spreadsheet and choose File › Save As › CSV UTF-8 (.csv)"]


FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "'=already quoted", "''=twice", "'Tis so",
            "plain"]


def test_exported_cells_never_start_a_formula_and_import_back_unchanged(tmp_path, mini_bank_path):
    """OWASP's CSV-injection rule: =, +, -, @, tab and CR at a cell's start get a leading '; import takes it off."""
    import csv

    bank = load_bank(mini_bank_path).bank
    questions = []
    for q, text in zip(bank.questions, FORMULAS):
        questions.append(q.model_copy(update={"explanation": text}))
    hostile = bank.model_copy(update={"questions": questions + bank.questions[len(questions):]})
    path = tmp_path / "b.csv"
    write_csv(hostile, path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells and "'Tis so" in cells and "'''=twice" in cells
    assert read_csv(path).bank.questions == hostile.questions  # (CSV keeps no article file)
