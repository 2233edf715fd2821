"""Duurzame view-tabellen in dezelfde database als het casusregister.

One small connection type per store, so a read model writes plain SQL with `?` placeholders
and runs unchanged on SQLite (the ledger's file) and PostgreSQL (the ledger's schema). The
store comes from the same `eventsourcing` settings the ledger uses (`env_from_url`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg


def tijd_tekst(moment: datetime) -> str:
    """One fixed-width UTC text on both stores, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class ViewCursor:
    """A cursor inside one transaction; `?` placeholders on both stores."""

    def __init__(self, raw: Any, postgres: bool) -> None:
        self._raw = raw
        self.postgres = postgres

    def execute(self, statement: str, params: Sequence[Any] = ()) -> ViewCursor:
        if self.postgres:
            statement = statement.replace("?", "%s")
        self._raw.execute(statement, tuple(params))
        return self

    def fetchall(self) -> list[tuple]:
        return [tuple(row) for row in self._raw.fetchall()]

    def fetchone(self) -> tuple | None:
        row = self._raw.fetchone()
        return None if row is None else tuple(row)

    @property
    def rowcount(self) -> int:
        """Rows the last statement changed."""
        return self._raw.rowcount


class ViewDatabase:
    """One connection to the ledger's store for view tables (not thread-safe: one per thread)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.postgres = env.get("PERSISTENCE_MODULE") == "eventsourcing.postgres"
        if self.postgres:
            schema = env.get("POSTGRES_SCHEMA") or "public"
            self._conn: Any = psycopg.connect(
                dbname=env["POSTGRES_DBNAME"],
                host=env.get("POSTGRES_HOST", "localhost"),
                port=env.get("POSTGRES_PORT", "5432"),
                user=env.get("POSTGRES_USER") or None,
                password=env.get("POSTGRES_PASSWORD") or None,
                options=f"-c search_path={schema}",
                autocommit=True,
            )
        else:
            timeout = float(env.get("SQLITE_LOCK_TIMEOUT", "30"))
            # check_same_thread off: a follower may be built in one thread and run in
            # another; it is still used by one thread at a time.
            self._conn = sqlite3.connect(
                env["SQLITE_DBNAME"],
                timeout=timeout,
                isolation_level=None,
                check_same_thread=False,
            )

    @contextmanager
    def transaction(self) -> Iterator[ViewCursor]:
        """Everything inside commits together, or not at all."""
        if self.postgres:
            with self._conn.transaction(), self._conn.cursor() as raw:
                yield ViewCursor(raw, postgres=True)
            return
        raw = self._conn.cursor()
        # IMMEDIATE: take the write lock up front, so two writers serialise instead of
        # failing on a lock upgrade halfway through a batch.
        raw.execute("BEGIN IMMEDIATE")
        try:
            yield ViewCursor(raw, postgres=False)
        except BaseException:
            self._conn.rollback()
            raise
        else:
            self._conn.commit()
        finally:
            raw.close()

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple]:
        """A read outside a write transaction."""
        if self.postgres:
            with self._conn.cursor() as raw:
                return ViewCursor(raw, postgres=True).execute(statement, params).fetchall()
        raw = self._conn.cursor()
        try:
            return ViewCursor(raw, postgres=False).execute(statement, params).fetchall()
        finally:
            raw.close()

    def has_table(self, name: str) -> bool:
        """Whether the table exists (in the ledger's schema on PostgreSQL)."""
        if self.postgres:
            rows = self.query("SELECT to_regclass(?) IS NOT NULL", (name,))
        else:
            rows = self.query(
                "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            )
        return bool(rows[0][0])

    def close(self) -> None:
        self._conn.close()
