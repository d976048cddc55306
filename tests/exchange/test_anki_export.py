"""The .apkg opened as Anki stores it (a zip holding an SQLite collection).

The `anki` package could open it too, but it is 31 MB of AGPL code with protobuf and a Rust
backend; the file format is plain enough to check with zipfile and sqlite3.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile

from studyapp.core.loader import load_bank
from studyapp.exchange.anki_export import stable_id, write_apkg


def _collection(apkg, tmp_path):
    with zipfile.ZipFile(apkg) as z:
        assert "collection.anki2" in z.namelist()
        (tmp_path / "c.anki2").write_bytes(z.read("collection.anki2"))
    return sqlite3.connect(tmp_path / "c.anki2")


def test_one_note_per_question_with_fields_and_topic_tags(mini_bank_path, tmp_path):
    bank = load_bank(mini_bank_path).bank
    out = tmp_path / "mini.apkg"
    assert write_apkg(bank, out) == []
    db = _collection(out, tmp_path)
    notes = {flds.split("\x1f")[-1]: (tags.split(), flds.split("\x1f"))
             for tags, flds in db.execute("select tags, flds from notes")}
    assert set(notes) == {q.id for q in bank.questions}
    tags, fields = notes["q-choice"]
    assert tags == ["context"]
    assert fields == ["What is Alice Smith&#x27;s office?",
                      "<ul><li>Mayor</li><li>Councillor</li><li>Governor</li></ul>",
                      "Mayor", "She is introduced as the mayor.", "Alice Smith, the mayor, said", "q-choice"]
    assert notes["q-typed"][1][0] == "The mayor promised to build the _____ by 2024."
    assert notes["q-typed"][1][2] == "bridge"
    assert notes["q-match"][1][2] == "Build the bridge → Alice Smith<br>The plan costs too much → Bob Jones"
    assert notes["q-quote"][0] == ["who-said-what"]
    assert db.execute("select count(*) from cards").fetchone()[0] == len(bank.questions)


def test_deck_and_model_ids_come_from_the_bank_id(mini_bank_path, tmp_path):
    bank = load_bank(mini_bank_path).bank
    write_apkg(bank, tmp_path / "a.apkg")
    write_apkg(bank, tmp_path / "b.apkg")
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a = _collection(tmp_path / "a.apkg", tmp_path / "x")
    decks = json.loads(a.execute("select decks from col").fetchone()[0])
    models = json.loads(a.execute("select models from col").fetchone()[0])
    assert str(stable_id("deck", "mini")) in decks
    assert decks[str(stable_id("deck", "mini"))]["name"] == "A small bank for tests"
    assert list(models) == [str(stable_id("model", "mini"))]
    guids_a = sorted(r[0] for r in a.execute("select guid from notes"))
    b = _collection(tmp_path / "b.apkg", tmp_path / "y")
    assert sorted(r[0] for r in b.execute("select guid from notes")) == guids_a
    assert stable_id("deck", "mini") != stable_id("deck", "other")
    assert 1 << 30 <= stable_id("deck", "mini") < 1 << 31


def test_anki_media_latex_and_template_syntax_from_a_bank_is_inert(mini_bank_path, tmp_path):
    """`[sound:…]` in a field makes Anki play (and fetch) a media file; `[latex]` runs LaTeX; `{{` is template syntax."""
    import re

    bank = load_bank(mini_bank_path).bank
    hostile = "Listen [sound:../../evil.mp3] [latex]\\input{/etc/passwd}[/latex] [$]x[/$] {{c1::gap}} {{FrontSide}}"
    questions = [q.model_copy(update={"explanation": hostile, "source": hostile}) for q in bank.questions]
    info = bank.bank.model_copy(update={"title": "Fun::Quiz", "description": "[sound:x.mp3]"})
    bank = bank.model_copy(update={"bank": info, "questions": questions})
    write_apkg(bank, tmp_path / "h.apkg")
    db = _collection(tmp_path / "h.apkg", tmp_path)
    fields = [f for (flds,) in db.execute("select flds from notes") for f in flds.split("\x1f")]
    for field in fields:
        assert not re.search(r"\[sound:|\[latex\]|\[\$\]|\{\{", field), field
    assert any("&#91;sound:../../evil.mp3&#93;" in f for f in fields)
    decks = json.loads(db.execute("select decks from col").fetchone()[0])
    assert decks[str(stable_id("deck", "mini"))]["name"] == "Fun: :Quiz"
    assert "[sound:" not in decks[str(stable_id("deck", "mini"))]["desc"]
