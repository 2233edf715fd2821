"""Catch-up rate of the read models against a raw read of the notification log, same run.

    scripts/with-postgres.sh .venv/bin/python -m bench.catchup --events 100000

For each store (a fresh SQLite file, a fresh PostgreSQL schema in the server named by
VT_LEDGER_TEST_POSTGRES_URL): fill the ledger with a busy period of interleaved cases through
the ledger's own commands until it holds at least --events events, then measure
  - raw: reading the whole notification log in batches and decoding every event;
  - each read model, and all of them, caught up from zero (the batching follower);
and print events/s and the ratio to the raw rate. Peak RSS is reported at the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import secrets
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from faker import Faker
from psycopg import sql
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from ledger.application import Ledger
from ledger.storage import env_from_url
from projections.catalogus import LEESMODELLEN, Leesmodellen
from tests.builders import Klok
from tests.drukte import drukte

BATCH = 500


@contextmanager
def store(kind: str) -> Iterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.db'}"
        return
    server = os.environ.get("VT_LEDGER_TEST_POSTGRES_URL")
    if not server:
        sys.exit("VT_LEDGER_TEST_POSTGRES_URL is not set: run under scripts/with-postgres.sh")
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        yield f"{server}{'&' if '?' in server else '?'}schema={schema}"
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def fill(ledger: Ledger, klok: Klok, events: int, console: Console) -> int:
    faker = Faker("nl_NL")
    faker.seed_instance(2023)
    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        taak = progress.add_task("vullen", total=events)
        seed, stored = 0, 0
        while stored < events:
            seed += 1
            stored = drukte(ledger, klok, faker, casussen=100, seed=seed)
            progress.update(taak, completed=min(stored, events))
    return stored


def raw_read(ledger: Ledger) -> float:
    start, begin = 1, time.perf_counter()
    while True:
        batch = ledger.recorder.select_notifications(start=start, limit=BATCH)
        if not batch:
            return time.perf_counter() - begin
        for n in batch:
            ledger.mapper.to_domain_event(n)
        start = batch[-1].id + 1


def measure(kind: str, events: int, console: Console) -> list[tuple[str, int, float]]:
    rows: list[tuple[str, int, float]] = []
    with store(kind) as url:
        env = env_from_url(url)
        klok = Klok()
        ledger = Ledger(env, clock=klok)
        try:
            begin = time.perf_counter()
            total = fill(ledger, klok, events, console)
            console.print(f"{kind}: {total} events recorded in {time.perf_counter() - begin:.0f} s")
            rows.append(("raw read + decode", total, raw_read(ledger)))
            for naam in LEESMODELLEN:
                modellen = Leesmodellen(ledger, env)
                begin = time.perf_counter()
                modellen.bijwerken([naam])
                rows.append((naam, total, time.perf_counter() - begin))
                modellen.close()
            modellen = Leesmodellen(ledger, env)
            begin = time.perf_counter()
            modellen.herbouw(list(LEESMODELLEN))
            rows.append(("all read models, one pass", total, time.perf_counter() - begin))
            modellen.close()
        finally:
            ledger.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--stores", default="sqlite,postgresql")
    args = parser.parse_args()
    console = Console(stderr=True)
    out = Console()
    for kind in args.stores.split(","):
        rows = measure(kind, args.events, console)
        raw_rate = rows[0][1] / rows[0][2]
        table = Table(title=f"catch-up on {kind}", title_justify="left")
        for col in ("what", "events", "seconds", "events/s", "× raw"):
            table.add_column(col, justify="left" if col == "what" else "right")
        for what, n, seconds in rows:
            rate = n / seconds
            table.add_row(what, str(n), f"{seconds:.2f}", f"{rate:,.0f}", f"{rate / raw_rate:.2f}")
        out.print(table)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
