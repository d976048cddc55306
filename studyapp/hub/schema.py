"""The hub's tables, roles and row-level security, as frozen SQL run by `studyapp class init`.

Everything lives in the `hub` schema of the class's database:

- `hub.bank`     each published version of each bank: the TOML file and its article as text,
                 and whether the teacher retired the bank (the latest version's flag counts).
- `hub.student`  the login role made for each student, with the name the teacher typed.
- `hub.review`   every student's review log, append-only, keyed by the review's uuid so a push
                 repeated after a crash inserts nothing twice (`ON CONFLICT DO NOTHING`). The
                 state after each review is kept whole (JSON, for replay on the student's other
                 computers) and as three typed columns the teacher's report reads from an index.

PostgreSQL itself decides who reads what. Two group roles per class database:
`<db>_teacher` may do everything; `<db>_student` may read the banks and read and insert only
the review rows whose `student` column is its own login (`current_user`, the column's default).
Students are given no right on `hub.student` or on writing banks, so a student's app cannot
read the class list, publish, or see a classmate's answers whatever it sends. Roles are
cluster-wide in PostgreSQL, hence the database name in them.
"""

from __future__ import annotations

import re

from sqlalchemy import Boolean, Column, DateTime, Float, Integer, MetaData, SmallInteger, Table, Text, Uuid

SCHEMA = "hub"
metadata = MetaData(schema=SCHEMA)  # its own MetaData: never mixed into the local SQLite tables

bank_table = Table(
    "bank", metadata,
    Column("bank_id", Text, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("article_path", Text),
    Column("article", Text),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("retired", Boolean, nullable=False),
)

review_table = Table(
    "review", metadata,
    Column("uid", Uuid, primary_key=True),
    Column("student", Text, nullable=False),
    Column("bank_id", Text, nullable=False),
    Column("question_id", Text, nullable=False),
    Column("topic", Text, nullable=False),
    Column("reviewed_at", DateTime(timezone=True), nullable=False),
    Column("rating", SmallInteger, nullable=False),
    Column("correct", Boolean),
    Column("score", Float),
    Column("answer", Text, nullable=False),
    Column("duration_ms", Integer),
    Column("stage_before", SmallInteger, nullable=False),
    Column("state_before", Text, nullable=False),
    Column("state_after", Text, nullable=False),
    Column("stage_after", SmallInteger),
    Column("stability", Float),
    Column("last_review", DateTime(timezone=True)),
    Column("pushed_at", DateTime(timezone=True), nullable=False),
)


def group_roles(database: str) -> tuple[str, str]:
    """(teacher role, student role) for a class database."""
    base = _slug(database)[:40]
    return f"{base}_teacher", f"{base}_student"


def student_role(database: str, name: str) -> str:
    """The login role for a student: `<db>_s_<name>`, lower-case letters, digits and underscores."""
    slug = _slug(name)
    if not slug:
        raise ValueError(name)
    return f"{_slug(database)[:30]}_s_{slug}"[:63]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


# {teacher} and {student} are the group roles, quoted as identifiers by the caller.
TABLES = (
    f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
    f"""CREATE TABLE IF NOT EXISTS {SCHEMA}.bank (
        bank_id text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL,
        file_name text NOT NULL,
        content text NOT NULL,
        article_path text,
        article text,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL DEFAULT current_user,
        retired boolean NOT NULL DEFAULT false,
        PRIMARY KEY (bank_id, version))""",
    f"""CREATE TABLE IF NOT EXISTS {SCHEMA}.student (
        role text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        added_at timestamptz NOT NULL DEFAULT now())""",
    f"""CREATE TABLE IF NOT EXISTS {SCHEMA}.review (
        uid uuid PRIMARY KEY,
        student text NOT NULL DEFAULT current_user,
        bank_id text NOT NULL,
        question_id text NOT NULL,
        topic text NOT NULL,
        reviewed_at timestamptz NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
        correct boolean,
        score double precision,
        answer text NOT NULL DEFAULT '',
        duration_ms integer,
        stage_before smallint NOT NULL,
        state_before text NOT NULL,
        state_after text NOT NULL,
        stage_after smallint,
        stability double precision,
        last_review timestamptz,
        pushed_at timestamptz NOT NULL DEFAULT now())""",
    # A student's pull (own rows pushed lately) and the report's per-student and latest-answer reads.
    f"CREATE INDEX IF NOT EXISTS review_student_pushed ON {SCHEMA}.review (student, pushed_at)",
    # The report's latest answer per (student, question), read from this index alone (no sort, no heap).
    f"CREATE INDEX IF NOT EXISTS review_latest ON {SCHEMA}.review "
    "(student, bank_id, question_id, reviewed_at DESC, uid DESC) "
    "INCLUDE (rating, topic, stage_after, stability, last_review)",
)

POLICIES = (
    f"GRANT USAGE ON SCHEMA {SCHEMA} TO {{teacher}}, {{student}}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {SCHEMA} TO {{teacher}}",
    f"GRANT SELECT ON {SCHEMA}.bank TO {{student}}",
    f"GRANT SELECT, INSERT ON {SCHEMA}.review TO {{student}}",
    f"ALTER TABLE {SCHEMA}.review ENABLE ROW LEVEL SECURITY",
    f"DROP POLICY IF EXISTS teacher_all ON {SCHEMA}.review",
    f"CREATE POLICY teacher_all ON {SCHEMA}.review FOR ALL TO {{teacher}} USING (true) WITH CHECK (true)",
    f"DROP POLICY IF EXISTS student_reads_own ON {SCHEMA}.review",
    f"CREATE POLICY student_reads_own ON {SCHEMA}.review FOR SELECT TO {{student}} USING (student = current_user)",
    f"DROP POLICY IF EXISTS student_adds_own ON {SCHEMA}.review",
    f"CREATE POLICY student_adds_own ON {SCHEMA}.review FOR INSERT TO {{student}} "
    "WITH CHECK (student = current_user)",
)
