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
            "naam TEXT PRIMARY KEY, actief TEXT NOT NULL, generatie INTEGER NOT NULL, "
            "schema INTEGER NOT NULL)"
        )
        for naam in LEESMODELLEN:
            cur.execute(
                f"INSERT INTO {REGISTER} VALUES (?, ?, 0, ?) ON CONFLICT (naam) DO NOTHING",
                (naam, naam, schema(naam)),
            )


def schema(naam: str) -> int:
    """The version of a read model's tables and of what `process` puts in them, as the code
    has it now. Bump a read model's `SCHEMA` when either changes: tables built by an older
    version are then rebuilt before they are followed again."""
    return int(getattr(LEESMODELLEN[naam], "SCHEMA", 1))


def verouderd(db: ViewDatabase, gekozen: Iterable[str] | None = None) -> list[str]:
    """The chosen read models whose active tables were built by another schema version."""
    lijst = namen(gekozen)
    if lijst:
        actief(db, lijst[0])  # makes sure the register exists
    rows = dict(db.query(f"SELECT naam, schema FROM {REGISTER}"))
    return [naam for naam in lijst if int(rows.get(naam, schema(naam))) != schema(naam)]


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
    herbouwen: bool = False  # built by an older schema version: rebuilt at the next catch-up

    @property
    def achterstand(self) -> int:
        return max(self.laatste - self.positie, 0)


class LiveFollower:
    """One follower for one or more read models (each event read and decoded once) that
    moves over to the new tables after a rebuild."""

    def __init__(
        self,
        source: Any,
        env: dict[str, str],
        gekozen: str | Iterable[str],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.source, self.env, self.batch_size = source, env, batch_size
        self.namen = namen([gekozen] if isinstance(gekozen, str) else gekozen)
        self._db = ViewDatabase(env)
        self.prefixen = self._actief()
        self.follower = self._follower()

    @property
    def prefix(self) -> str:
        return self.prefixen[self.namen[0]]

    def _actief(self) -> dict[str, str]:
        return {naam: actief(self._db, naam)[0] for naam in self.namen}

    def _follower(self) -> Follower:
        return Follower(
            self.source,
            [(LEESMODELLEN[naam], self.prefixen[naam]) for naam in self.namen],
            self.env,
            batch_size=self.batch_size,
        )

    def _volg_wissel(self) -> bool:
        prefixen = self._actief()
        if prefixen == self.prefixen:
            return False
        self.follower.close()
        self.prefixen = prefixen
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
            oud = naam in verouderd(self.db, [naam])
            standen.append(Stand(naam, prefix, generatie, positie, laatste, oud))
        return standen

    def bijwerken(
        self,
        gekozen: Iterable[str] | None = None,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        voortgang: Callable[[str, int], None] | None = None,
    ) -> int:
        """Catch the chosen read models up with the log, in one pass; return events read.
        Read models whose tables an older schema version built are rebuilt first."""
        oud = verouderd(self.db, gekozen)
        if oud:
            self.herbouw(oud, batch_size=batch_size, voortgang=voortgang)
        volger = LiveFollower(self.source, self.env, namen(gekozen), batch_size=batch_size)
        try:
            return _tot_het_einde(volger, "leesmodellen", voortgang)
        finally:
            volger.close()

    def herbouw(
        self,
        gekozen: str | Iterable[str],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        voortgang: Callable[[str, int], None] | None = None,
    ) -> str | dict[str, str]:
        """Rebuild read models from notification 1 into fresh tables (several in one pass
        over the log), then swap each; return the new prefix (per name, given several)."""
        lijst = namen([gekozen] if isinstance(gekozen, str) else gekozen)
        oud = {naam: actief(self.db, naam) for naam in lijst}
        nieuw = {naam: _prefix(naam, generatie + 1) for naam, (_, generatie) in oud.items()}
        for naam in lijst:
            # Left-overs of a rebuild that was interrupted start again from zero.
            self._drop(LEESMODELLEN[naam](self.db, nieuw[naam]))
        volger = Follower(
            self.source,
            [(LEESMODELLEN[naam], nieuw[naam]) for naam in lijst],
            self.env,
            batch_size=batch_size,
        )
        try:
            _tot_het_einde(volger, ", ".join(lijst), voortgang)
        finally:
            volger.close()
        with self.db.transaction() as cur:
            for naam in lijst:
                prefix, generatie = oud[naam]
                bijgewerkt = cur.execute(
                    f"UPDATE {REGISTER} SET actief = ?, generatie = ?, schema = ? "
                    "WHERE naam = ? AND actief = ? RETURNING naam",
                    (nieuw[naam], generatie + 1, schema(naam), naam, prefix),
                ).fetchone()
                if bijgewerkt is None:
                    raise RuntimeError(f"{naam}: another rebuild swapped first")
                for tabel in (
                    *LEESMODELLEN[naam](self.db, prefix).tabellen(),
                    f"{prefix}_tracking",
                ):
                    cur.execute(f"DROP TABLE IF EXISTS {tabel}")
        return nieuw[gekozen] if isinstance(gekozen, str) else nieuw

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
            self.bijwerken(gekozen, batch_size=batch_size)
            volger = LiveFollower(self.source, self.env, gekozen, batch_size=batch_size)
            try:
                while not stop.is_set():
                    if volger.run_once() == 0:
                        stop.wait(poll_interval)
            finally:
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
