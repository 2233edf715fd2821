"""Which store the ledger uses, from one URL.

`VT_LEDGER_DATABASE_URL` picks the store for every command:

- `sqlite:///var/ledger.db` (relative path) or `sqlite:////abs/path/ledger.db` (the default);
- `postgresql://user:password@host:port/dbname`, optionally `?schema=name`.

The URL becomes the environment that `eventsourcing` reads (PERSISTENCE_MODULE and the
store's own settings). The composition roots (the CLI and the web app) call this; the
ledger itself never reads the process environment for its store.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from ledger.errors import OngeldigeInvoer

DATABASE_URL_VARIABLE = "VT_LEDGER_DATABASE_URL"
DEFAULT_DATABASE_URL = "sqlite:///var/ledger.db"


def database_url(environ: dict[str, str] | None = None) -> str:
    """The store URL from the environment, or the embedded default."""
    environ = os.environ if environ is None else environ
    return environ.get(DATABASE_URL_VARIABLE) or DEFAULT_DATABASE_URL


def env_from_url(url: str) -> dict[str, str]:
    """Translate a store URL into `eventsourcing` settings."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+", 1)[0]
    if scheme == "sqlite":
        # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy spells them.
        path = url.split("://", 1)[1]
        path = path[1:] if path.startswith("/") else path
        if not path:
            raise OngeldigeInvoer(f"De database-URL {url!r} noemt geen bestand.")
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": path,
            "SQLITE_LOCK_TIMEOUT": "30",
        }
    if scheme in ("postgresql", "postgres"):
        dbname = parts.path.lstrip("/")
        if not dbname:
            raise OngeldigeInvoer(f"De database-URL {url!r} noemt geen database.")
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": unquote(dbname),
            "POSTGRES_HOST": parts.hostname or "localhost",
            "POSTGRES_PORT": str(parts.port or 5432),
            "POSTGRES_USER": unquote(parts.username or ""),
            "POSTGRES_PASSWORD": unquote(parts.password or ""),
            "POSTGRES_LOCK_TIMEOUT": "10",
            "POSTGRES_POOL_SIZE": "5",
        }
        schema = parse_qs(parts.query).get("schema")
        if schema:
            env["POSTGRES_SCHEMA"] = schema[0]
        return env
    raise OngeldigeInvoer(
        f"Onbekende database-URL {url!r}: gebruik sqlite:///pad/naar/ledger.db "
        "of postgresql://gebruiker:wachtwoord@host:poort/database."
    )


def store_kind(url: str) -> str:
    """'sqlite' or 'postgresql', for messages and manifests."""
    return "postgresql" if url.startswith("postgres") else "sqlite"
