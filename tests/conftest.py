"""Store fixtures: every behaviour test runs on SQLite and on PostgreSQL.

`database_url` is parametrized over both stores. SQLite gets a fresh file per test;
PostgreSQL gets a fresh schema per test in the server named by VT_LEDGER_TEST_POSTGRES_URL,
which `make test` starts. VT_LEDGER_TEST_STORES (comma list, default "sqlite,postgresql")
deselects the other stores at collection time, e.g. VT_LEDGER_TEST_STORES=sqlite for a quick
local run without PostgreSQL.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from ledger.storage import env_from_url

STORES = ("sqlite", "postgresql")
STORES_VARIABLE = "VT_LEDGER_TEST_STORES"
POSTGRES_URL_VARIABLE = "VT_LEDGER_TEST_POSTGRES_URL"
_selected = pytest.StashKey[set[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds rather than milliseconds")
    config.stash[_selected] = selected_stores()


def selected_stores() -> set[str]:
    raw = os.environ.get(STORES_VARIABLE, ",".join(STORES))
    chosen = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = chosen - set(STORES)
    if unknown or not chosen:
        raise pytest.UsageError(
            f"{STORES_VARIABLE}={raw!r}: choose from {', '.join(STORES)} (comma-separated)."
        )
    return chosen


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    stores = config.stash[_selected]
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        params = callspec.params if callspec else {}
        store = params.get("database_url", params.get("postgres_env"))
        (drop if store is not None and store not in stores else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(params=STORES, ids=STORES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store URL for an empty ledger; the store is gone after the test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path.resolve() / 'ledger.db'}"
        return
    yield from _postgres_schema_url()


def _postgres_schema_url() -> Iterator[str]:
    server_url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not server_url:
        pytest.fail(
            f"{POSTGRES_URL_VARIABLE} is not set, so the PostgreSQL half of this test cannot run. "
            f"Run the suite with `make test` (it starts a private PostgreSQL server), or set "
            f"{STORES_VARIABLE}=sqlite to run only the SQLite half locally.",
            pytrace=False,
        )
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    separator = "&" if "?" in server_url else "?"
    try:
        yield f"{server_url}{separator}schema={schema}"
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            # An application still holding a pool is not a reason to hang the suite.
            conn.execute("SET lock_timeout = '10s'")
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture(params=["postgresql"], ids=["postgresql"])
def postgres_env() -> Iterator[dict[str, str]]:
    """A PostgreSQL-only test (e.g. the library's LISTEN/NOTIFY runner): a fresh schema."""
    for url in _postgres_schema_url():
        yield env_from_url(url)


@pytest.fixture
def ledger_env(database_url: str) -> dict[str, str]:
    """The `eventsourcing` environment for that store: pass it as `Application(env=...)`."""
    return env_from_url(database_url)


# -- the ledger under test -----------------------------------------------------------------

from faker import Faker  # noqa: E402

from ledger.application import Ledger  # noqa: E402
from tests.builders import Casusbouwer, Klok  # noqa: E402


@pytest.fixture
def klok() -> Klok:
    return Klok()


@pytest.fixture
def faker() -> Faker:
    fake = Faker("nl_NL")
    fake.seed_instance(20250303)
    return fake


@pytest.fixture
def ledger(ledger_env: dict[str, str], klok: Klok) -> Iterator[Ledger]:
    """An empty ledger on the store of this test run (SQLite or PostgreSQL)."""
    app = Ledger(ledger_env, clock=klok)
    yield app
    app.close()


@pytest.fixture
def casus(ledger: Ledger, klok: Klok, faker: Faker) -> Casusbouwer:
    return Casusbouwer(ledger, klok, faker)


def stored_event_count(app: Ledger) -> int:
    """How many events the store holds (to show that a refused command stored nothing)."""
    return app.recorder.max_notification_id() or 0
