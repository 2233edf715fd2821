"""The one clock of a simulation and its agenda: a heap of (moment, volgnummer, actie).

`Agenda.draai` pops the earliest action, sets the clock to its moment and runs it; an action
plans later ones. The agenda is also the ledger's clock (`Ledger(env, clock=agenda)`), so the
recorded time of every event is the simulated moment and a run can be repeated exactly. Moments
are kept in UTC (so order is time order, also in the hour the clocks go back); what a worker
sees is Europe/Amsterdam time: office hours and working days as the ledger counts them.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from ledger import termijnen
from ledger.routekaart import KANTOOR_DICHT, KANTOOR_OPEN

AMS = termijnen.AMSTERDAM
Actie = Callable[[], None]


class Agenda:
    """The simulated clock and what is planned."""

    def __init__(self, begin: datetime) -> None:
        self.nu = begin.astimezone(UTC)
        self._heap: list[tuple[datetime, int, Actie]] = []
        self._volgnummer = 0
        self.uitgevoerd = 0

    def __call__(self) -> datetime:
        """The ledger's clock: the simulated now, in UTC like the ledger's own clock (`utc_now`).
        Not in Europe/Amsterdam: in the hour the clocks go back, the ledger's `nu + 5 minutes`
        on such a time loses an hour (wall-clock arithmetic) and a melding at 02:30 would be
        refused as "in de toekomst"."""
        return self.nu

    def begin_eerder(self, begin: datetime) -> None:
        """Start an agenda that has done nothing yet at the earlier moment `begin` (a warm-up)."""
        if self.uitgevoerd or self._heap:
            raise ValueError("the agenda has already started")
        self.nu = min(self.nu, begin.astimezone(UTC))

    def plan(self, moment: datetime, actie: Actie) -> None:
        moment = moment.astimezone(UTC)
        if moment < self.nu:
            raise ValueError(f"cannot plan in the past: {moment} < {self.nu}")
        heapq.heappush(self._heap, (moment, self._volgnummer, actie))
        self._volgnummer += 1

    def draai(self, tot: datetime, elke: int = 0, melden: Actie | None = None) -> None:
        """Run every action planned before `tot`; call `melden` after every `elke` actions."""
        tot = tot.astimezone(UTC)
        while self._heap and self._heap[0][0] < tot:
            moment, _, actie = heapq.heappop(self._heap)
            self.nu = moment
            actie()
            self.uitgevoerd += 1
            if melden is not None and elke and self.uitgevoerd % elke == 0:
                melden()

    @property
    def gepland(self) -> int:
        return len(self._heap)


# -- Dutch time ------------------------------------------------------------------------------


def lokaal(moment: datetime) -> datetime:
    return moment.astimezone(AMS)


def op_dag(dag: date, seconden: float) -> datetime:
    """`seconden` after local midnight of `dag`, as a UTC moment."""
    return (datetime.combine(dag, time(0), tzinfo=AMS) + timedelta(seconds=seconden)).astimezone(
        UTC
    )


def kantoormoment(dag: date, rng: random.Random) -> datetime:
    """A moment in office hours on the first working day from `dag` (R16, R31)."""
    dag = termijnen.volgende_werkdag_of_zelf(dag)
    open_, dicht = (t.hour * 3600 + t.minute * 60 for t in (KANTOOR_OPEN, KANTOOR_DICHT))
    return op_dag(dag, rng.uniform(open_, dicht - 600))


def na(moment: datetime, dag: date, rng: random.Random) -> datetime:
    """An office moment on `dag` (or the next working day), but always after `moment`."""
    gekozen = kantoormoment(dag, rng)
    if gekozen <= moment:
        gekozen = moment + timedelta(minutes=rng.uniform(15, 120))
    return gekozen


def na_werkdagen(moment: datetime, werkdagen: int, rng: random.Random) -> datetime:
    return na(moment, termijnen.add_werkdagen(moment, werkdagen), rng)


def na_dagen(moment: datetime, dagen: float, rng: random.Random) -> datetime:
    return na(moment, lokaal(moment).date() + timedelta(days=round(dagen)), rng)


def na_maanden(moment: datetime, maanden: int, rng: random.Random) -> datetime:
    return na(moment, termijnen.add_maanden(moment, maanden), rng)


def volgend_kantoormoment(moment: datetime, rng: random.Random) -> datetime:
    """The first office moment after `moment`: later today if the office is (still) open,
    else on the next working day (R16: the bureaudienst takes over from the crisisdienst)."""
    hier = lokaal(moment)
    if termijnen.is_werkdag(hier.date()):
        if hier.time() < KANTOOR_OPEN:
            return kantoormoment(hier.date(), rng)
        if hier.time() < KANTOOR_DICHT:
            return moment + timedelta(minutes=rng.uniform(15, 120))
    return kantoormoment(hier.date() + timedelta(days=1), rng)
