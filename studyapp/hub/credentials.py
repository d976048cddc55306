"""Where the hub is and how to log in: kept in `<config>/class.json`, readable by its owner only.

A join code carries the same fields for a student, base64-encoded so the password does not sit
in the clear in an e-mail or on a board (it is a convenience, not encryption: treat a join code
like a password). `sslmode` is libpq's: `prefer` (TLS when the server offers it) by default,
`require` refuses a connection without TLS.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from studyapp.hub.errors import HubError, HubPermissionError, NotJoined

CONFIG_NAME = "class.json"
CODE_PREFIX = "studyapp-class:"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
ROLES = ("teacher", "student")


@dataclass(frozen=True)
class HubCredentials:
    """One login to one hub. `role` says which side of the class this data folder is on."""

    role: str
    database: str
    user: str
    password: str | None = None
    host: str | None = None
    port: int | None = None
    sslmode: str = "prefer"
    name: str = ""  # the student's name as the teacher typed it

    def url(self, *, connect_timeout: int = 10) -> URL:
        query = {"sslmode": self.sslmode, "connect_timeout": str(connect_timeout),
                 "application_name": "studyapp"}
        host = self.host
        if host and host.startswith("/"):  # a unix socket folder: libpq takes it as host=
            query["host"], host = host, None
        return URL.create("postgresql+psycopg", username=self.user, password=self.password, host=host,
                          port=self.port, database=self.database, query=query)

    def where(self) -> str:
        """The server and database, without the password, for messages."""
        host = self.host or "localhost"
        return f"{host}{':' + str(self.port) if self.port else ''}/{self.database} as {self.user}"

    @classmethod
    def from_url(cls, text: str, role: str, sslmode: str | None = None) -> "HubCredentials":
        try:
            url = make_url(text.strip())
        except ArgumentError:
            raise HubError(f"{text!r} is not a database URL; give one like "
                           "postgresql://teacher:PASSWORD@school-server:5432/class_7b") from None
        if url.get_backend_name() not in ("postgresql", "postgres"):
            raise HubError(f"{url.render_as_string(hide_password=True)}: the class hub is a PostgreSQL database; "
                           "give a postgresql:// URL")
        if not url.database or not url.username:
            raise HubError(f"{url.render_as_string(hide_password=True)}: the URL needs a user and a database name, "
                           "as in postgresql://teacher:PASSWORD@host:5432/class_7b")
        host = url.host or url.query.get("host")
        if isinstance(host, tuple):
            host = host[0]
        mode = sslmode or url.query.get("sslmode") or "prefer"
        if isinstance(mode, tuple):
            mode = mode[0]
        check_sslmode(mode)
        return cls(role=role, database=url.database, user=url.username, password=url.password, host=host,
                   port=url.port, sslmode=mode)

    # -- join codes ---------------------------------------------------------------------------

    def join_code(self) -> str:
        fields = {"d": self.database, "u": self.user, "p": self.password, "h": self.host, "o": self.port,
                  "s": self.sslmode, "n": self.name}
        raw = json.dumps({k: v for k, v in fields.items() if v not in (None, "")}, separators=(",", ":"))
        return CODE_PREFIX + base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def from_join_code(cls, code: str) -> "HubCredentials":
        code = code.strip()
        body = code[len(CODE_PREFIX):] if code.startswith(CODE_PREFIX) else code
        try:
            fields = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            return cls(role="student", database=fields["d"], user=fields["u"], password=fields.get("p"),
                       host=fields.get("h"), port=fields.get("o"), sslmode=fields.get("s", "prefer"),
                       name=fields.get("n", ""))
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise HubError("this join code is not one studyapp made (it should start with "
                           f"{CODE_PREFIX!r}); copy the whole last line `studyapp class add-student` printed") from None


def check_sslmode(mode: str) -> str:
    if mode not in SSL_MODES:
        raise HubError(f"sslmode {mode!r} is not one of {', '.join(SSL_MODES)} (prefer: TLS when the server "
                       "offers it; require: never without TLS)")
    return mode


def config_path(config_dir: Path) -> Path:
    return Path(config_dir) / CONFIG_NAME


def save(creds: HubCredentials, config_dir: Path) -> Path:
    """Written to a 0600 temporary file and renamed over, so the password is never group-readable,
    not even for a moment, and a crash leaves the old file or the new one."""
    path = config_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".class-", dir=path.parent)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(creds), fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(config_dir: Path, *, role: str | None = None) -> HubCredentials:
    path = config_path(config_dir)
    if not path.is_file():
        if role == "teacher":
            raise NotJoined(f"{path}: no class hub is set up in this data folder; run "
                            "`studyapp class init postgresql://USER:PASSWORD@HOST/DATABASE` first")
        raise NotJoined(f"{path}: this data folder has not joined a class; run `studyapp class join CODE` "
                        "with the code your teacher gave you")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        creds = HubCredentials(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise HubError(f"{path}: the class settings cannot be read ({exc}); join the class again") from None
    if role is not None and creds.role != role:
        if role == "teacher":
            raise HubPermissionError(f"{path}: this data folder joined the class as student {creds.user!r}; "
                                     "a teacher's command needs the folder where `studyapp class init` was run")
        raise HubPermissionError(f"{path}: this data folder is the teacher's; students sync their own folders")
    return creds


def with_sslmode(creds: HubCredentials, sslmode: str | None) -> HubCredentials:
    return creds if sslmode is None else replace(creds, sslmode=check_sslmode(sslmode))
