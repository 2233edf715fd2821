"""A simulated period: households, adviezen and meldingen of one or more regions along the
routekaart, every step through the ledger's own commands at its simulated moment.

The composition root builds the pieces and hands them in, so the simulator never picks a
store:

    agenda = Agenda(middernacht(van))
    ledger = Ledger(env, clock=agenda)           # recorded time = simulated time
    simulatie = Simulatie(ledger, agenda, parameters, seed=1, regios=["VR09"], van=van, tot=tot)
    telling = simulatie.draai()

The same seed and parameters give the same events, ids and times included: all randomness
comes from generators seeded with the seed, every id from an idempotency key, every time from
the agenda. Actions planned at or after `tot` are not carried out: at the end, cases are open
as they would be on that date.

A warm-up (`terugkeer.inloop_jaren`) starts the simulation that many years before `van`, so the
households of the period have a history: hermeldingen (R38) then come in the measured period
as often as they would in a running organisation. The warm-up is real simulated history in
the practice store; read the period itself in the beleidsinformatie.
"""

from __future__ import annotations

import time as time_
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from typing import Any

from ledger import termijnen
from ledger.application import Ledger
from ledger.envelope import Actor
from ledger.errors import OngeldigeInvoer
from ledger.gemeenten import check_regio, regios
from simulator import manifest, oefenopslag
from simulator.agenda import AMS, Agenda
from simulator.dossier import Dossier
from simulator.parameters import Parameters, Verdeling
from simulator.regio import Regio

#: Settings for the ledger a simulation writes through; the composition root adds them to the
#: store's environment. Aggregates stay in memory between commands (an LRU of this size),
#: neither re-read nor copied: about twice as fast. Safe only because the simulator is the one
#: writer of its practice store and a refused command ends the run. They change no event.
SNEL: dict[str, str] = {
    "AGGREGATE_CACHE_MAXSIZE": "20000",
    "AGGREGATE_CACHE_FASTFORWARD": "n",
    "DEEPCOPY_FROM_AGGREGATE_CACHE": "n",
}


def middernacht(dag: date) -> datetime:
    """The start of `dag` in Dutch time."""
    return datetime.combine(dag, time(0), tzinfo=AMS)


def inloop_begin(van: date, jaren: int) -> date:
    """Where a simulation of a period from `van` starts: `jaren` years earlier (a warm-up)."""
    return termijnen.add_maanden(van, -12 * jaren)


def kies_regios(tekst: str) -> list[str]:
    """'VR09', 'VR09,VR25' or 'alle'."""
    if tekst.strip().lower() == "alle":
        return sorted(regios())
    gekozen = [check_regio(r.strip().upper()) for r in tekst.split(",") if r.strip()]
    if not gekozen:
        raise OngeldigeInvoer("Noem een regio (VR01 tot en met VR25) of 'alle'.")
    return sorted(set(gekozen))


@dataclass
class Telling:
    """What a simulation did, counted by the simulator itself."""

    huishoudens: int = 0
    adviezen: int = 0
    meldingen: int = 0
    vervolgmeldingen: int = 0
    terugkeer: int = 0
    crisisinterventies: int = 0
    diensten: int = 0
    onderzoeken: int = 0
    overdrachten: int = 0
    monitormomenten: int = 0
    afgesloten: int = 0
    opdrachten: int = 0

    def als_dict(self) -> dict[str, int]:
        return asdict(self)


class Simulatie:
    def __init__(
        self,
        ledger: Ledger,
        agenda: Agenda,
        parameters: Parameters,
        *,
        seed: int,
        regios: list[str],
        van: date,
        tot: date,
    ) -> None:
        if ledger.clock is not agenda:
            raise ValueError("give the ledger the simulation's clock: Ledger(env, clock=agenda)")
        if tot <= van:
            raise OngeldigeInvoer("De einddatum (--tot) ligt niet na de begindatum (--van).")
        if agenda.nu > middernacht(van):
            raise ValueError("the agenda starts after the period does")
        self.begin = inloop_begin(van, parameters.terugkeer.inloop_jaren)
        agenda.begin_eerder(middernacht(self.begin))
        self.ledger, self.agenda, self.parameters = ledger, agenda, parameters
        self.seed, self.van, self.tot = seed, van, tot
        self.telling = Telling()
        d = parameters.dienst
        self.dienstkeuze = Verdeling(
            ("onderzoek", "voorwaarden_en_vervolg"), (d.onderzoek, 1 - d.onderzoek)
        )
        self.voortijdig = Verdeling(
            (True, False), (d.onderzoek_voortijdig, 1 - d.onderzoek_voortijdig)
        )
        self.regios = [Regio(self, code) for code in regios]

    def doe(self, dossier: Dossier, actor: Actor, opdracht: Callable[..., Any], *args, **kw) -> Any:
        """One ledger command, now, with the dossier's next idempotency key."""
        self.telling.opdrachten += 1
        return opdracht(dossier.context(actor, self.agenda.nu), *args, **kw)

    def draai(self, voortgang: Callable[[datetime, Telling], None] | None = None) -> Telling:
        """Run the period; `voortgang` hears the simulated moment now and then."""
        for regio in self.regios:
            regio.start()
        melden = None
        if voortgang is not None:

            def melden() -> None:
                voortgang(self.agenda.nu, self.telling)

        self.agenda.draai(middernacht(self.tot), elke=250, melden=melden)
        if voortgang is not None:
            voortgang(middernacht(self.tot), self.telling)
        return self.telling


def oefen(
    ledger: Ledger,
    agenda: Agenda,
    env: dict[str, str],
    parameters: Parameters,
    *,
    seed: int,
    regios: list[str],
    van: date,
    tot: date,
    opslag: str,
    voortgang: Callable[[datetime, Telling], None] | None = None,
) -> dict[str, Any]:
    """A simulation run into a practice store: check and mark the store
    (`simulator.oefenopslag`), simulate, record the run; return its manifest.
    `opslag` names the store in the manifest (without a password)."""
    simulatie = Simulatie(ledger, agenda, parameters, seed=seed, regios=regios, van=van, tot=tot)
    run = oefenopslag.open_oefenopslag(ledger, env, seed, regios)
    eerste = (ledger.recorder.max_notification_id() or 0) + 1
    gestart = time_.perf_counter()
    telling = simulatie.draai(voortgang)
    wandtijd = time_.perf_counter() - gestart
    laatste = ledger.recorder.max_notification_id() or 0
    document = manifest.maak(
        run=run,
        seed=seed,
        regios=regios,
        van=van,
        tot=tot,
        begin=simulatie.begin,
        parameters=parameters,
        aantallen=telling.als_dict(),
        eerste=eerste,
        laatste=laatste,
        opslag=opslag,
        wandtijd=wandtijd,
    )
    oefenopslag.leg_run_vast(env, run, eerste, laatste, document)
    return document
