"""A throwaway PostgreSQL cluster for the hub tests: initdb in a temporary folder, a free port.

The server binaries are looked for in Debian's /usr/lib/postgresql/<version>/bin, then on PATH;
without them the hub tests skip, saying so. initdb refuses to run as root, so as root (CI) the
cluster is made and run as the `postgres` user (Debian's package creates it), or `nobody`.
Local connections are trusted (the test's own superuser work); TCP connections need a password,
so students log in with the password in their join code as they would at a school.
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "hubtest_admin"
SUPERPASS = "admin-secret"


def find_bin() -> Path | None:
    """STUDYAPP_PG_BIN names the server's bin folder (an empty or wrong one: no server)."""
    chosen = os.environ.get("STUDYAPP_PG_BIN")
    if chosen is not None:
        return Path(chosen) if chosen and (Path(chosen) / "pg_ctl").is_file() else None
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if versions:
        return Path(versions[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found and shutil.which("initdb") else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One cluster; `start()`/`stop()` may be called again (a test takes the server away and back)."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.user = None
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                try:
                    self.user = pwd.getpwnam(name)
                    break
                except KeyError:
                    continue
            if self.user is None:
                raise RuntimeError("running as root and no postgres or nobody user to run PostgreSQL as")
        self.root = Path(tempfile.mkdtemp(prefix="studyapp-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.socket_dir.mkdir()
        self.log = self.root / "server.log"
        self.port = free_port()
        self._databases = 0
        if self.user is not None:
            for path in (self.root, self.socket_dir):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERPASS + "\n")
        if self.user is not None:
            os.chown(pwfile, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync")
        pwfile.unlink()

    def _cmd(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / tool), *args]
        if self.user is not None:
            runuser = shutil.which("runuser") or next(
                (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.path.exists(p)), None)
            if runuser is not None:
                cmd = [runuser, "-u", self.user.pw_name, "--", *cmd]
            else:  # util-linux without runuser: su does the same for a shell command
                cmd = ["su", self.user.pw_name, "-s", "/bin/sh", "-c", " ".join(shlex.quote(c) for c in cmd)]
        return cmd

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run(self._cmd(tool, *args), capture_output=True, text=True, cwd=self.root)
        if done.returncode:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}\n{done.stderr}")

    def start(self) -> None:
        opts = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        try:
            self.stop()
        except RuntimeError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def admin(self, statement: str | sql.Composed, dbname: str = "postgres") -> None:
        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname=dbname,
                             autocommit=True) as conn:
            conn.execute(statement)

    def url(self, user: str, password: str, database: str) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def new_class(self, password: str = "teacher-secret") -> tuple[str, str]:
        """A fresh database owned by a fresh teacher role that may create roles: (teacher URL, database)."""
        self._databases += 1
        database = f"class{self._databases}"
        teacher = f"teacher{self._databases}"
        self.admin(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
            sql.Identifier(teacher), sql.Literal(password)))
        self.admin(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(database), sql.Identifier(teacher)))
        self.admin(sql.SQL("REVOKE ALL ON SCHEMA public FROM PUBLIC"), dbname=database)
        return self.url(teacher, password, database), database
