"""`studyapp schema`: the JSON Schema of the bank format, generated from the models.

Editors (VS Code's Even Better TOML, Taplo) check a bank against it while a teacher types.
"""

from __future__ import annotations

import argparse
import json

from studyapp.core.bank import Bank


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def bank_schema() -> dict:
    schema = Bank.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "studyapp question bank"
    return schema


def run(args: argparse.Namespace) -> int:
    print(json.dumps(bank_schema(), indent=2, ensure_ascii=False))
    return 0
