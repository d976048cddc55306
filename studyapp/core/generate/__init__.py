"""Article -> facts -> question bank, in small Qt-free stages.

Each stage is a module with one job (text, furniture, people, quotes, speech, positions, dates,
questions) so it can be tested on a few lines of text. `pipeline` joins them and is the API the
CLI and the GUI call: `extract_facts`, `generate_bank`, `bank_toml`, `write_bank`, `read_article`.
"""

from studyapp.core.generate.pipeline import bank_toml, extract_facts, generate_bank, read_article, write_bank

__all__ = ["bank_toml", "extract_facts", "generate_bank", "read_article", "write_bank"]
