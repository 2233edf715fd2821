"""De leesmodellen bij naam: welke er zijn, welke tabellen nu gelden, hun stand, en opnieuw
opbouwen zonder dat een lezer een halve view ziet.

Each read model has a logical name ("regie") and a physical table prefix: the name itself
first, then "regie_g2", "regie_g3", … after each rebuild. The register table `leesmodellen`
says which prefix is active. A rebuild fills fresh tables under the next prefix from
notification 1, and then, in one transaction, points the register at them and drops the old
ones; readers and followers look the prefix up, so they move over at their next batch or
query. Because each prefix has its own tracking row, a rebuild never disturbs exactly-once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from threading import Event
from typing import Any

from projections import bibliotheek
from projections.beleidsinformatie import BeleidsinformatieView
from projections.caseload import CaseloadView
from projections.regie import RegieView
from projections.runner import DEFAULT_BATCH_SIZE, Follower, ReadModel
from projections.termijnen import TermijnenView
from projections.veiligheidshistorie import VeiligheidshistorieView
from projections.views import ViewDatabase

#: Every read model, by logical name, with the class that builds it on a connection.
LEESMODELLEN: dict[str, Callable[..., ReadModel]] = {
    "regie": RegieView,
    "caseload": CaseloadView,
    "termijnen": TermijnenView,
    "veiligheidshistorie": VeiligheidshistorieView,
    "beleidsinformatie": BeleidsinformatieView,
}

REGISTER = "leesmodellen"


class OnbekendLeesmodel(LookupError):
    """A name that is not in LEESMODELLEN."""

    def __init__(self, naam: str) -> None:
        super().__init__(
            f"Onbekend leesmodel {naam!r}; kies uit: {', '.join(sorted(LEESMODELLEN))}."
        )


def namen(gekozen: Iterable[str] | None = None) -> list[str]:
    """The chosen read model names (all when none), checked."""
    lijst = list(gekozen or LEESMODELLEN)
    for naam in lijst:
        if naam not in LEESMODELLEN:
            raise OnbekendLeesmodel(naam)
    return lijst


def _prefix(naam: str, generatie: int) -> str:
    return naam if generatie == 0 else f"{naam}_g{generatie}"


def _register(db: ViewDatabase) -> None:
    with db.transaction() as cur:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {REGISTER} ("
            "naam TEXT PRIMARY KEY, actief TEXT NOT NULL, generatie INTEGER NOT NULL)"
        )
        for naam in LEESMODELLEN:
            cur.execute(
                f"INSERT INTO {REGISTER} VALUES (?, ?, 0) ON CONFLICT (naam) DO NOTHING",
                (naam, naam),
            )


def actief(db: ViewDatabase, naam: str) -> tuple[str, int]:
    """The active table prefix of `naam` and its generation."""
    namen([naam])
    rows = db.query(f"SELECT actief, generatie FROM {REGISTER} WHERE naam = ?", (naam,))
    if not rows:
        _register(db)
        rows = db.query(f"SELECT actief, generatie FROM {REGISTER} WHERE naam = ?", (naam,))
    return rows[0][0], int(rows[0][1])


def open_view(db: ViewDatabase, naam: str) -> Any:
    """The read model `naam` on its active tables, for queries."""
    return LEESMODELLEN[naam](db, actief(db, naam)[0])


@dataclass
class Stand:
    """Where a read model stands against the log."""

    naam: str
    tabellen: str
    generatie: int
    positie: int
    laatste: int

    @property
    def achterstand(self) -> int:
        return max(self.laatste - self.positie, 0)


class LiveFollower:
    """A follower of one read model that moves to the new tables after a rebuild."""

    def __init__(
        self, source: Any, env: dict[str, str], naam: str, *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> None:
        self.source, self.env, self.naam, self.batch_size = source, env, naam, batch_size
        self._db = ViewDatabase(env)
        self.prefix, self.generatie = actief(self._db, naam)
        self.follower = self._follower()

    def _follower(self) -> Follower:
        return Follower(
            self.source,
            LEESMODELLEN[self.naam],
            self.env,
            naam=self.prefix,
            batch_size=self.batch_size,
        )

    def _volg_wissel(self) -> bool:
        prefix, generatie = actief(self._db, self.naam)
        if prefix == self.prefix:
            return False
        self.follower.close()
        self.prefix, self.generatie = prefix, generatie
        self.follower = self._follower()
        return True

    def run_once(self, limit: int | None = None) -> int:
        self._volg_wissel()
        try:
            return self.follower.run_once(limit)
        except Exception:
            # Tables dropped under us by a rebuild's swap: move over and go on.
            if self._volg_wissel():
                return self.follower.run_once(limit)
            raise

    def position(self) -> int:
        return self.follower.position()

    def close(self) -> None:
        self.follower.close()
        self._db.close()


class Leesmodellen:
    """All read models over one ledger: follow, report, rebuild, wait (read-your-writes)."""

    def __init__(self, source: Any, env: dict[str, str]) -> None:
        self.source = source
        self.env = env
        self.db = ViewDatabase(env)
        _register(self.db)

    def view(self, naam: str) -> Any:
        """The read model `naam` for queries (on this object's connection)."""
        return open_view(self.db, naam)

    def stand(self, gekozen: Iterable[str] | None = None) -> list[Stand]:
        laatste = self.source.recorder.max_notification_id() or 0
        standen = []
        for naam in namen(gekozen):
            prefix, generatie = actief(self.db, naam)
            tracking = f"{prefix}_tracking"
            rows = []  # never followed yet: no tracking table
            if self.db.has_table(tracking):
                rows = self.db.query(
                    f"SELECT notification_id FROM {tracking} WHERE application_name = ?",
                    (self.source.name,),
                )
            positie = int(rows[0][0]) if rows else 0
            standen.append(Stand(naam, prefix, generatie, positie, laatste))
        return standen

    def bijwerken(
        self,
        gekozen: Iterable[str] | None = None,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        voortgang: Callable[[str, int], None] | None = None,
    ) -> dict[str, int]:
        """Catch every chosen read model up with the log; return events read per model."""
        gelezen = {}
        for naam in namen(gekozen):
            volger = LiveFollower(self.source, self.env, naam, batch_size=batch_size)
            try:
                gelezen[naam] = _tot_het_einde(volger, naam, voortgang)
            finally:
                volger.close()
        return gelezen

    def herbouw(
        self,
        naam: str,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        voortgang: Callable[[str, int], None] | None = None,
    ) -> str:
        """Rebuild `naam` from notification 1 into fresh tables, then swap; return the prefix."""
        oud, generatie = actief(self.db, naam)
        nieuw = _prefix(naam, generatie + 1)
        factory = LEESMODELLEN[naam]
        # Left-overs of a rebuild that was interrupted start again from zero.
        self._drop(factory(self.db, nieuw))
        volger = Follower(self.source, factory, self.env, naam=nieuw, batch_size=batch_size)
        try:
            _tot_het_einde(volger, naam, voortgang)
        finally:
            volger.close()
        with self.db.transaction() as cur:
            bijgewerkt = cur.execute(
                f"UPDATE {REGISTER} SET actief = ?, generatie = ? WHERE naam = ? AND actief = ? "
                "RETURNING naam",
                (nieuw, generatie + 1, naam, oud),
            ).fetchone()
            if bijgewerkt is None:
                raise RuntimeError(f"{naam}: another rebuild swapped first")
            for tabel in (*factory(self.db, oud).tabellen(), f"{oud}_tracking"):
                cur.execute(f"DROP TABLE IF EXISTS {tabel}")
        return nieuw

    def _drop(self, view: ReadModel) -> None:
        with self.db.transaction() as cur:
            for tabel in (*view.tabellen(), f"{view.naam}_tracking"):
                cur.execute(f"DROP TABLE IF EXISTS {tabel}")

    def wacht_tot(
        self,
        notification_id: int | None,
        gekozen: Iterable[str] | None = None,
        timeout: float = 5.0,
    ) -> None:
        """Read-your-writes: block until the chosen read models include `notification_id`."""
        if notification_id is None:
            return
        deadline = time.monotonic() + timeout
        interval = 0.01
        while True:
            achter = [s.naam for s in self.stand(gekozen) if s.positie < notification_id]
            if not achter:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"{', '.join(achter)} has not reached notification {notification_id}"
                )
            time.sleep(min(interval, remaining))
            interval = min(interval * 2, 0.2)

    def volg(
        self,
        stop: Event,
        gekozen: Iterable[str] | None = None,
        *,
        application_class: type | None = None,
        poll_interval: float = 0.2,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        """Keep the chosen read models up to date until `stop` is set.

        Catch-up is always the batching follower. On PostgreSQL, given the ledger's
        `application_class`, live following is then the library's ProjectionRunner; after a
        rebuild's swap it catches up the new tables and starts a runner on them. Elsewhere the
        follower polls. An error in a read model stops following and rises.
        """
        gekozen = namen(gekozen)
        if not (self.db.postgres and application_class is not None):
            volgers = [
                LiveFollower(self.source, self.env, n, batch_size=batch_size) for n in gekozen
            ]
            try:
                while not stop.is_set():
                    if sum(v.run_once() for v in volgers) == 0:
                        stop.wait(poll_interval)
            finally:
                for volger in volgers:
                    volger.close()
            return
        while not stop.is_set():
            self.bijwerken(gekozen, batch_size=batch_size)
            actieve = {naam: actief(self.db, naam)[0] for naam in gekozen}
            runners = [
                bibliotheek.runner(application_class, self.env, prefix, LEESMODELLEN[naam])
                for naam, prefix in actieve.items()
            ]
            try:
                while not stop.wait(poll_interval * 5):
                    for r in runners:
                        if r.is_interrupted.is_set():
                            r.run_forever(timeout=0)  # re-raises the runner's error
                    if any(actief(self.db, n)[0] != p for n, p in actieve.items()):
                        break  # rebuilt: follow the new tables
            finally:
                for r in runners:
                    r.stop()
                    r.app.close()

    def close(self) -> None:
        self.db.close()


def _tot_het_einde(
    volger: LiveFollower | Follower, naam: str, voortgang: Callable[[str, int], None] | None
) -> int:
    totaal = 0
    while True:
        gelezen = volger.run_once(limit=volger.batch_size * 20)
        if gelezen == 0:
            return totaal
        totaal += gelezen
        if voortgang is not None:
            voortgang(naam, volger.position())
