"""The composition root's plumbing: open the ledger on the configured store, and turn every
expected failure into a Dutch message on stderr with exit code 1 or 2."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import psycopg
import typer
from eventsourcing.persistence import PersistenceError

from cli import output
from cli.moments import CliFout
from ledger.application import Ledger
from ledger.errors import LedgerError, OngeldigeInvoer
from ledger.storage import env_from_url, store_kind

#: How long to wait for PostgreSQL before saying it cannot be reached (seconds).
CONNECT_TIMEOUT = "5"


def masked(url: str) -> str:
    """The store URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def ledger_env(url: str) -> dict[str, str]:
    """The `eventsourcing` environment for `url`, with a short connect timeout."""
    env = env_from_url(url)
    if "POSTGRES_CONNECT_TIMEOUT" not in os.environ:
        env["POSTGRES_CONNECT_TIMEOUT"] = CONNECT_TIMEOUT
    return env


@contextmanager
def open_ledger(url: str) -> Iterator[Ledger]:
    """The ledger on the store of `url`, closed afterwards; store failures become CliFout."""
    with store_errors(url):
        ledger = Ledger(ledger_env(url))
    try:
        with store_errors(url):
            yield ledger
    finally:
        ledger.close()


@contextmanager
def store_errors(url: str) -> Iterator[None]:
    try:
        yield
    except (PersistenceError, psycopg.Error, sqlite3.Error) as error:
        detail = str(error).strip()
        password = urlsplit(url).password
        if password:
            detail = detail.replace(password, "***")
        soort = "PostgreSQL" if store_kind(url) == "postgresql" else "SQLite"
        raise CliFout(
            f"De {soort}-database {masked(url)} is niet bereikbaar of weigert de opdracht "
            f"(melding van de database: {detail or type(error).__name__}). Controleer "
            "VT_LEDGER_DATABASE_URL en of de database draait.",
            code=1,
        ) from None


@contextmanager
def dutch_errors() -> Iterator[None]:
    """Every expected failure ends as a Dutch message on stderr and exit code 1 or 2."""
    try:
        yield
    except CliFout as fout:
        fail(fout.bericht, fout.code)
    except OngeldigeInvoer as fout:
        fail(fout.bericht, 2)
    except LedgerError as fout:
        fail(str(fout), 1)  # a ProtocolViolation names its rule first


def fail(bericht: str, code: int) -> None:
    output.stderr_console().print(f"Fout: {bericht}", style="red", markup=False)
    raise typer.Exit(code)
