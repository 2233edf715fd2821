"""Een oefenopslag: een opslag met alleen gesimuleerde gebeurtenissen, en als zodanig gemarkeerd.

Simulated data never mixes with a real ledger. Two marks, both in the store itself:

- the table `oefenopslag` (in the SQLite file, or the PostgreSQL schema): written before the
  first simulated event, one row per simulation run with its seed, regions, the range of
  notification ids it wrote and its manifest. Anyone can see a store is practice data by this
  table alone (`is_oefenopslag`).
- every simulated event: its idempotency key starts with `sim:` (and its actor with `sim.`), so
  each event says it is practice data, also in an export or a copy of the log.

`open_oefenopslag` is what `vt-ledger simulate` calls before it writes anything. It marks an
empty store, and refuses a store that holds events but no mark (a real ledger), a marked store
with events after the last run that are not simulated (real work typed into a practice store),
and a second run with a seed and region that store already holds (same keys, so the two runs
would write into each other's casussen).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ledger.errors import LedgerError
from projections.views import ViewDatabase
from simulator.dossier import SIM_PREFIX

TABEL = "oefenopslag"


class OefenopslagFout(LedgerError):
    """This store cannot take simulated data; nothing was written."""


def is_gesimuleerd(event: Any) -> bool:
    envelope = getattr(event, "envelope", None)
    sleutel = getattr(envelope, "idempotency_key", None) or ""
    return sleutel.startswith(SIM_PREFIX)


def is_oefenopslag(env: dict[str, str]) -> bool:
    db = ViewDatabase(env)
    try:
        return db.has_table(TABEL)
    finally:
        db.close()


def eerste_echte(ledger: Any, na: int = 0) -> int | None:
    """The notification id of the first event after `na` that the simulator did not write."""
    start = na + 1
    while True:
        batch = ledger.recorder.select_notifications(start=start, limit=1000)
        for notificatie in batch:
            if not is_gesimuleerd(ledger.mapper.to_domain_event(notificatie)):
                return notificatie.id
        if len(batch) < 1000:
            return None
        start = batch[-1].id + 1


def open_oefenopslag(
    ledger: Any,
    env: dict[str, str],
    seed: int,
    regios: Iterable[str],
) -> int:
    """Check the store (marking it on first use) and return the number of the next run."""
    db = ViewDatabase(env)
    try:
        laatste = ledger.recorder.max_notification_id() or 0
        if not db.has_table(TABEL):
            if laatste:
                raise OefenopslagFout(
                    f"Deze opslag bevat al {laatste} gebeurtenissen en is geen oefenopslag. "
                    "Gesimuleerde gegevens komen nooit in een echte ledger: kies met --database "
                    "een nieuwe, lege opslag."
                )
            _maak_tabel(db)
            return 1
        runs = db.query(f"SELECT run, laatste_gebeurtenis, manifest FROM {TABEL} ORDER BY run")
        tot = max((int(r[1]) for r in runs), default=0)
        vreemd = eerste_echte(ledger, na=tot)
        if vreemd is not None:
            raise OefenopslagFout(
                f"Deze oefenopslag bevat gebeurtenissen die niet uit de simulator komen (vanaf "
                f"gebeurtenis {vreemd}); er wordt niets meer aan toegevoegd. Kies met --database "
                "een nieuwe, lege opslag."
            )
        gekozen = set(regios)
        for run, _, manifest in runs:
            eerder = json.loads(manifest)
            dubbel = sorted(gekozen & set(eerder["regios"]))
            if eerder["seed"] == seed and dubbel:
                raise OefenopslagFout(
                    f"Deze oefenopslag bevat al simulatie {run} met seed {seed} voor "
                    f"{', '.join(dubbel)}; dezelfde seed zou dezelfde kenmerken geven. Kies een "
                    "andere seed of een nieuwe opslag."
                )
        return max((int(r[0]) for r in runs), default=0) + 1
    finally:
        db.close()


def _maak_tabel(db: ViewDatabase) -> None:
    with db.transaction() as cur:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {TABEL} ("
            "run INTEGER PRIMARY KEY, eerste_gebeurtenis INTEGER NOT NULL, "
            "laatste_gebeurtenis INTEGER NOT NULL, manifest TEXT NOT NULL)"
        )


def leg_run_vast(
    env: dict[str, str], run: int, eerste: int, laatste: int, manifest: dict[str, Any]
) -> None:
    """Record a finished run (its events are notifications `eerste` to `laatste`)."""
    db = ViewDatabase(env)
    try:
        with db.transaction() as cur:
            cur.execute(
                f"INSERT INTO {TABEL} VALUES (?, ?, ?, ?)",
                (run, eerste, laatste, json.dumps(manifest, ensure_ascii=False)),
            )
    finally:
        db.close()


def runs(env: dict[str, str]) -> list[dict[str, Any]]:
    """The manifests of the runs in this practice store, oldest first."""
    db = ViewDatabase(env)
    try:
        if not db.has_table(TABEL):
            return []
        return [json.loads(r[0]) for r in db.query(f"SELECT manifest FROM {TABEL} ORDER BY run")]
    finally:
        db.close()
