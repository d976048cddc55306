"""`studyapp class ...`: the class hub on PostgreSQL (docs/class-hub.md).

Teacher: `init URL`, `add-student NAME` (the join code is the last line), `publish BANK`,
`retire BANK_ID`, `report --to FILE.csv|.pdf`. Student: `join CODE`, `sync`. Each works on
the data folder given by --data-dir, where the hub's login is kept owner-only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from studyapp.commands import add_clock, now_of
from studyapp.errors import StudyAppError
from studyapp.hub.credentials import SSL_MODES

ACTIONS = {
    "init": "set up the class hub in a PostgreSQL database (teacher)",
    "add-student": "create a student's login; prints the join code on its last line (teacher)",
    "publish": "publish a bank file or installed bank to the class (teacher)",
    "retire": "stop handing a bank out to the class (teacher)",
    "report": "write the class report: per student and per question, as .csv or .pdf (teacher)",
    "join": "join a class with the code the teacher gave you (student)",
    "sync": "send your reviews to the class hub and receive new banks (student)",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text in ACTIONS.items():
        a = sub.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                       help="the data folder (default: the user's)")
        if name == "init":
            a.add_argument("url", metavar="URL", help="postgresql://TEACHER:PASSWORD@HOST:PORT/DATABASE")
        elif name == "add-student":
            a.add_argument("name", metavar="NAME", help="the student's name, as the report shows it")
        elif name == "publish":
            a.add_argument("bank", metavar="BANK.toml|BANK_ID", help="a bank file, or the id of an installed bank")
        elif name == "retire":
            a.add_argument("bank_id", metavar="BANK_ID")
        elif name == "report":
            a.add_argument("--to", required=True, type=Path, metavar="FILE", help="FILE.csv or FILE.pdf")
            a.add_argument("--replica", metavar="HOST[:PORT]", default=None,
                           help="read from a streaming replica of the hub instead of the primary server")
        elif name == "join":
            a.add_argument("code", metavar="CODE", help="the join code (the last line of `class add-student`)")
        if name in ("init", "join", "sync"):
            a.add_argument("--sslmode", choices=SSL_MODES, default=None,
                           help="TLS to the server: prefer (default: TLS when offered) or require; kept for later")
        if name == "sync":
            a.add_argument("--resend", action="store_true",
                           help="send every review again (after the teacher restored the hub from a backup)")
            a.add_argument("--batch", type=int, default=None, help=argparse.SUPPRESS)  # tests: many small pushes
        add_clock(a)


def run(args: argparse.Namespace) -> int:
    from studyapp.paths import AppDirs

    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StudyAppError("the class hub needs the PostgreSQL driver psycopg; install it with "
                            "pip install \"studyapp[hub]\"") from None
    dirs = AppDirs.resolve(args.data_dir)
    return _RUN[args.action](args, dirs)


def _init(args, dirs) -> int:
    from studyapp.hub import credentials
    from studyapp.hub.teacher import init_hub

    creds = credentials.HubCredentials.from_url(args.url, "teacher", args.sslmode)
    teacher, student = init_hub(creds)
    path = credentials.save(creds, dirs.config)
    print(f"class hub ready at {creds.where()} (roles {teacher}, {student}); its login is kept in {path}")
    print("next: studyapp class add-student NAME, then studyapp class publish BANK.toml")
    return 0


def _add_student(args, dirs) -> int:
    from studyapp.hub import credentials
    from studyapp.hub.teacher import add_student

    student = add_student(credentials.load(dirs.config, role="teacher"), args.name)
    print(f"added {student.name!r} as role {student.user}; give them this join code "
          "(it holds their password; `studyapp class join CODE` on their computer):")
    print(student.join_code())
    return 0


def _publish(args, dirs) -> int:
    from studyapp.commands.banks import find_bank
    from studyapp.hub import credentials
    from studyapp.hub.teacher import publish

    creds = credentials.load(dirs.config, role="teacher")
    read = find_bank(args.bank, args.data_dir)
    for warning in read.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    done = publish(creds, read.loaded)
    said = {"published": "published", "unchanged": "is already published", "republished": "published again"}
    print(f"bank {done.bank_id!r} version {done.version} {said[done.status]} to class {creds.database}; "
          "students receive it at their next sync")
    return 0


def _retire(args, dirs) -> int:
    from studyapp.hub import credentials
    from studyapp.hub.teacher import retire

    creds = credentials.load(dirs.config, role="teacher")
    version = retire(creds, args.bank_id)
    print(f"bank {args.bank_id!r} (version {version}) retired from class {creds.database}; students' apps take it "
          "out of their library at their next sync, keeping their history")
    return 0


def _report(args, dirs) -> int:
    from studyapp.core.scheduling import Scheduler
    from studyapp.hub import credentials
    from studyapp.hub.report import class_report, write_report
    from studyapp.settings import Settings

    creds = credentials.load(dirs.config, role="teacher")
    if args.replica:
        host, _, port = args.replica.rpartition(":") if args.replica.rpartition(":")[2].isdigit() \
            else (args.replica, "", "")
        creds = replace(creds, host=host, port=int(port) if port else creds.port)
    report = class_report(creds, Scheduler(Settings.load(dirs.settings_file), fuzz=False), now_of(args))
    write_report(report, args.to)
    print(f"wrote {args.to}: {len(report.students)} students, {len(report.questions)} questions answered")
    return 0


def _join(args, dirs) -> int:
    from studyapp.hub import credentials
    from studyapp.hub.connection import hub_engine, talking_to
    from studyapp.hub.errors import HubUnreachable

    creds = credentials.with_sslmode(credentials.HubCredentials.from_join_code(args.code), args.sslmode)
    engine = hub_engine(creds)
    reachable = True
    try:
        with talking_to(creds, "join the class"), engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM hub.bank").scalar()
    except HubUnreachable as exc:
        reachable = False
        print(f"studyapp: warning: {exc}", file=sys.stderr)
    finally:
        engine.dispose()
    path = credentials.save(creds, dirs.config)
    who = f" as {creds.name}" if creds.name else ""
    print(f"joined class {creds.database}{who}; the login is kept in {path} (readable by you only)")
    print("run `studyapp class sync` to receive the class's banks" if reachable
          else "the first sync happens when the class hub can be reached: `studyapp class sync`")
    return 0


def _sync(args, dirs) -> int:
    from studyapp.core.scheduling import Scheduler
    from studyapp.hub import credentials
    from studyapp.hub.errors import HubError
    from studyapp.hub.sync import sync
    from studyapp.settings import Settings
    from studyapp.commands import say_waiting
    from studyapp.errors import StorageError
    from studyapp.storage.app_lock import APP, AppLock
    from studyapp.storage.progress import open_progress

    creds = credentials.with_sslmode(credentials.load(dirs.config, role="student"), args.sslmode)
    if args.sslmode is not None:
        credentials.save(creds, dirs.config)
    now = now_of(args)
    scheduler = Scheduler(Settings.load(dirs.settings_file), fuzz=False)
    # A writer like any other: the store holds the folder as a command while open (waiting for
    # another command, saying so), and is refused at once while the app has it.
    try:
        progress = open_progress(dirs, now, on_wait=say_waiting)
    except StorageError:
        if AppLock(dirs.data).holder()[1] != APP:
            raise
        raise HubError(f"{dirs.data}: studyapp is open on this data folder, and it syncs with the class by "
                       "itself (File → Join class…); close it to sync from here") from None
    with progress:
        report = sync(progress, creds, scheduler, now, resend=args.resend,
                      **({"batch": args.batch} if args.batch else {}))
    for problem in report.problems:
        print(f"studyapp: warning: {problem}", file=sys.stderr)
    print(f"synced with class {creds.database}: {report.summary()}")
    return 0


_RUN = {"init": _init, "add-student": _add_student, "publish": _publish, "retire": _retire, "report": _report,
        "join": _join, "sync": _sync}
