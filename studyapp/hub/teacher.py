"""The teacher's side: set up a hub, add students, publish and retire banks.

Each function takes the teacher's credentials and does one short transaction on the hub, so a
dropped connection leaves the hub as it was before the command.
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from psycopg import sql
from sqlalchemy import text

from studyapp.core.loader import LoadedBank
from studyapp.hub.connection import hub_engine, talking_to
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.errors import HubError, HubPermissionError
from studyapp.hub.schema import POLICIES, SCHEMA, TABLES, group_roles, student_role


def _run(conn, statement: str, **identifiers: str) -> None:
    """DDL with role names quoted by psycopg (roles cannot be bind parameters)."""
    raw = conn.connection.driver_connection
    composed = sql.SQL(statement).format(**{k: sql.Identifier(v) for k, v in identifiers.items()})
    conn.exec_driver_sql(composed.as_string(raw))


def init_hub(creds: HubCredentials) -> tuple[str, str]:
    """Create (or bring up to date) the schema, the two group roles and the policies; idempotent.

    The connecting role must be able to create roles (CREATEROLE) and tables in the database;
    it becomes a member of the teacher role. Returns (teacher role, student role).
    """
    teacher, student = group_roles(creds.database)
    engine = hub_engine(creds)
    try:
        with talking_to(creds, "set up the class hub"), engine.begin() as conn:
            can = conn.execute(text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"))
            if not can.scalar():
                raise HubPermissionError(
                    f"class hub {creds.where()}: this role may not create roles, which adding students needs; "
                    "ask the server's administrator to run ALTER ROLE ... CREATEROLE for it, or use a role that can")
            for role in (teacher, student):
                if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                    _run(conn, "CREATE ROLE {r} NOLOGIN", r=role)
            if not conn.execute(text("SELECT pg_has_role(current_user, :r, 'MEMBER')"), {"r": teacher}).scalar():
                _run(conn, "GRANT {t} TO CURRENT_USER", t=teacher)
            for statement in TABLES:
                conn.exec_driver_sql(statement)
            for statement in POLICIES:
                _run(conn, statement, teacher=teacher, student=student)
    finally:
        engine.dispose()
    return teacher, student


def add_student(creds: HubCredentials, name: str) -> HubCredentials:
    """Make a login role for the student with a fresh random password; its credentials, for a join code."""
    name = " ".join(name.split())
    try:
        role = student_role(creds.database, name)
    except ValueError:
        raise HubError(f"{name!r}: a student's name needs at least one letter or digit") from None
    _, group = group_roles(creds.database)
    password = secrets.token_urlsafe(18)
    engine = hub_engine(creds)
    try:
        with talking_to(creds, "add a student"), engine.begin() as conn:
            if conn.execute(text(f"SELECT 1 FROM {SCHEMA}.student WHERE role = :r OR name = :n"),
                            {"r": role, "n": name}).first():
                raise HubError(f"class hub {creds.where()}: a student {name!r} (role {role}) is already in the class; "
                               "give another name, e.g. with the initial of the family name")
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                raise HubError(f"class hub {creds.where()}: the server already has a role {role}; give another name")
            raw = conn.connection.driver_connection
            conn.exec_driver_sql(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(role), sql.Literal(password), sql.Identifier(group)).as_string(raw))
            conn.execute(text(f"INSERT INTO {SCHEMA}.student (role, name) VALUES (:r, :n)"), {"r": role, "n": name})
    finally:
        engine.dispose()
    return replace(creds, role="student", user=role, password=password, name=name)


@dataclass(frozen=True)
class Published:
    bank_id: str
    version: int
    status: str  # "published" | "unchanged" | "republished" (a retired bank brought back)


def publish(creds: HubCredentials, loaded: LoadedBank) -> Published:
    """Put a bank version on the hub for every student's next sync.

    The same version with the same content changes nothing; the same version with other content,
    or an older version than the one published, is refused (students key progress by version).
    """
    bank = loaded.bank.bank
    content, file_name = _bank_text(loaded)
    article_path = bank.source.file if bank.source is not None else None
    article = _article_text(loaded, article_path)
    engine = hub_engine(creds)
    try:
        with talking_to(creds, "publish a bank"), engine.begin() as conn:
            rows = conn.execute(text(f"SELECT version, content, retired FROM {SCHEMA}.bank WHERE bank_id = :b "
                                     "ORDER BY version DESC"), {"b": bank.id}).all()
            latest = rows[0] if rows else None
            same = next((r for r in rows if r.version == bank.version), None)
            if same is not None and same.content != content:
                raise HubError(f"{loaded.path}: version {bank.version} of bank {bank.id!r} is already published with "
                               f"other questions; raise [bank] version to {latest.version + 1} to publish the change")
            if latest is not None and bank.version < latest.version:
                raise HubError(f"{loaded.path}: bank {bank.id!r} version {bank.version} is older than the published "
                               f"version {latest.version}; publish version {latest.version + 1} or newer")
            if same is not None:
                if not latest.retired:
                    return Published(bank.id, bank.version, "unchanged")
                conn.execute(text(f"UPDATE {SCHEMA}.bank SET retired = false WHERE bank_id = :b"), {"b": bank.id})
                return Published(bank.id, bank.version, "republished")
            conn.execute(text(
                f"INSERT INTO {SCHEMA}.bank (bank_id, version, title, file_name, content, article_path, article) "
                "VALUES (:b, :v, :t, :f, :c, :ap, :a)"),
                {"b": bank.id, "v": bank.version, "t": bank.title, "f": file_name, "c": content,
                 "ap": article_path, "a": article})
    finally:
        engine.dispose()
    return Published(bank.id, bank.version, "published")


def retire(creds: HubCredentials, bank_id: str) -> int:
    """Stop handing a bank out: students' apps take it out of their library (their history is kept)."""
    engine = hub_engine(creds)
    try:
        with talking_to(creds, "retire a bank"), engine.begin() as conn:
            done = conn.execute(text(f"UPDATE {SCHEMA}.bank SET retired = true WHERE bank_id = :b"), {"b": bank_id})
            if not done.rowcount:
                known = conn.execute(text(f"SELECT DISTINCT bank_id FROM {SCHEMA}.bank ORDER BY 1")).scalars().all()
                raise HubError(f"class hub {creds.where()}: no bank {bank_id!r} is published "
                               f"(published: {', '.join(known) or 'none'})")
            return int(conn.execute(text(f"SELECT max(version) FROM {SCHEMA}.bank WHERE bank_id = :b"),
                                    {"b": bank_id}).scalar())
    finally:
        engine.dispose()


def _bank_text(loaded: LoadedBank) -> tuple[str, str]:
    """The bank as TOML text and its file name; a CSV or GIFT bank is converted as an import would."""
    if loaded.path.suffix.lower() == ".toml":
        return loaded.path.read_text(encoding="utf-8"), loaded.path.name
    from studyapp.exchange.toml_export import write_toml

    with tempfile.TemporaryDirectory(prefix="studyapp-publish-") as scratch:
        native = Path(scratch) / f"{loaded.id}.toml"
        write_toml(loaded.bank, native)
        return native.read_text(encoding="utf-8"), native.name


def _article_text(loaded: LoadedBank, article_path: str | None) -> str | None:
    if not article_path:
        return None
    file = loaded.path.parent / article_path
    if file.is_file():
        return file.read_text(encoding="utf-8")
    return loaded.article or None
