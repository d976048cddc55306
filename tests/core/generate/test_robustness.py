"""Any text either becomes a valid bank or a clear GenerateError: never a crash, never an invalid bank."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.generate.pipeline import bank_toml, generate_bank
from studyapp.core.loader import parse_bank
from studyapp.errors import GenerateError

PIECES = ['"', "“", "”", "‘", "’", "'", ":", ",", ".", "\n\n", "\n", " said ", ", he said. ", "Mr Lind", " - ",
          "Union leader Maria Okafor", "Tomas Lind", " wants ", " on Friday", " in 2019", "We will strike",
          " according to ", "The Harbour Workers Union", " Thursday", " last month", "?", "(", ")", " "]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=30), body=texts, published=st.sampled_from([None, "2023-03-08"]))
def test_any_text_gives_a_valid_bank_or_a_clear_error(tmp_path_factory, title, body, published):
    text = f"{title}\n\n{body}"
    try:
        bank, facts = generate_bank(text, published=published)
    except GenerateError as exc:
        assert str(exc)
        return
    folder = Path(tmp_path_factory.mktemp("bank"))
    (folder / "sources").mkdir()
    (folder / "sources" / "article.txt").write_text(text, encoding="utf-8")
    path = folder / "bank.toml"
    path.write_text(bank_toml(bank), encoding="utf-8")
    parse_bank(path.read_bytes(), path)  # raises BankError if the bank were invalid
    assert set(facts) >= {"quotes", "demands", "dates", "people"}
