"""One Veilig Thuis organisation in a simulation: when its adviezen and meldingen arrive, which
household each melding is about (a new one, or one that comes back), its staff, and the quota
draws for the choices the calibration checks.

Each region draws from its own `random.Random` (seeded from the run's seed and the region code)
and numbers its own households and adviezen, so a region simulated alone gives the same events
as the same region within `--regio alle`, only interleaved differently.
"""

from __future__ import annotations

import heapq
import random
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from ledger import termijnen
from ledger.envelope import Actor
from ledger.gemeenten import gemeente, gemeenten
from simulator import teksten
from simulator.aankomsten import momenten, volume
from simulator.agenda import AMS, op_dag
from simulator.dossier import Dossier, sleutel
from simulator.huishoudens import Huishoudens, SimHuishouden, zaad
from simulator.kansen import Quotum, ja, kies
from simulator.parameters import Verdeling
from simulator.traject import Traject

if TYPE_CHECKING:
    from simulator.simulatie import Simulatie

BEHANDELAARS = 12  # per region, in TEAMS teams (an assumption; only names on the caseload)
TEAMS = 3


class Regio:
    """Een Veilig Thuis-organisatie in de simulatie."""

    def __init__(self, sim: Simulatie, code: str) -> None:
        self.sim, self.code = sim, code
        p = sim.parameters
        self.rng = random.Random(zaad(sleutel(sim.seed, code, "regio")))
        self.volume = volume(p, code, sim.begin, sim.tot)  # the warm-up included
        codes = sorted(g.code for g in gemeenten().values() if g.regiocode == code)
        self.huishoudens = Huishoudens(sim.seed, code, codes)
        self.quota: dict[str, Quotum] = {}
        self.terug: list[tuple[datetime, int, SimHuishouden]] = []
        self.meldingen = momenten(
            self.rng, self.volume.aankomsten, sim.begin, sim.tot, p.melding.aankomst
        )
        uit_advies = self.rng.sample(range(len(self.meldingen)), self.volume.uit_advies)
        self.vooraf: dict[int, tuple[str | None, dict[str, Any]]] = dict.fromkeys(
            uit_advies, (None, {})
        )
        self.adviezen = momenten(
            self.rng, self.volume.adviezen, sim.begin, sim.tot, p.advies.aankomst
        )
        kans = p.terugkeer.kans
        self.terugkeerkans = Verdeling((True, False), (kans, 1 - kans))
        self._personeel()

    def _personeel(self) -> None:
        faker = self.huishoudens.faker
        faker.seed_instance(zaad(sleutel(self.sim.seed, self.code, "personeel")))
        naam = self.code.lower()
        self.bureaudienst = Actor(f"sim.{naam}.bureaudienst", "vt_medewerker", self.code)
        self.crisisdienst = Actor(f"sim.{naam}.crisisdienst", "vt_medewerker", self.code)
        self.behandelaars = [
            (Actor(f"sim.{naam}.{faker.user_name()}", "vt_medewerker", self.code), f"team {t}")
            for t in range(1, TEAMS + 1)
            for _ in range(BEHANDELAARS // TEAMS)
        ]
        self._consulenten: dict[str, tuple[Actor, str]] = {}

    def consulent(self, gemeentecode: str) -> tuple[Actor, str]:
        """The gemeente's consulent (who takes over procesregie) and their name."""
        if gemeentecode not in self._consulenten:
            faker = self.huishoudens.faker  # reseeded: the name depends on the gemeente only
            faker.seed_instance(zaad(f"{self.sim.seed}:{gemeentecode}:consulent"))
            actor = Actor(
                f"sim.{gemeentecode.lower()}.consulent", "gemeente_consulent", gemeentecode
            )
            self._consulenten[gemeentecode] = (
                actor,
                f"{faker.name()} ({gemeente(gemeentecode).naam})",
            )
        return self._consulenten[gemeentecode]

    def trek(self, naam: str, verdeling: Verdeling) -> Any:
        """A quota draw (see simulator.kansen) for the choice `naam` in this region."""
        if naam not in self.quota:
            self.quota[naam] = Quotum(verdeling)
        return self.quota[naam].trek(self.rng)

    def melder(self) -> dict[str, Any]:
        m = self.sim.parameters.melding
        soort = self.trek("melder", m.melder)
        if soort == "professional":
            return {"type": soort, "sector": self.trek("sector", m.sector)}
        return {"type": soort}

    # -- arrivals -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.meldingen:
            self._plan_melding(0)
        if self.adviezen:
            self.sim.agenda.plan(self.adviezen[0], partial(self.advies, 0))

    def _plan_melding(self, i: int) -> None:
        agenda = self.sim.agenda
        if i in self.vooraf:  # an advies earlier that day becomes this melding (R18)
            vooraf = self.meldingen[i] - timedelta(minutes=self.rng.uniform(30, 240))
            agenda.plan(max(vooraf, agenda.nu), partial(self.advies_vooraf, i))
        agenda.plan(self.meldingen[i], partial(self.melding, i))

    def melding(self, i: int) -> None:
        if i + 1 < len(self.meldingen):
            self._plan_melding(i + 1)
        nu = self.sim.agenda.nu
        h = self._terugkerend(nu) or self._nieuw(nu)
        advies_id, melder = self.vooraf.pop(i, (None, {}))
        Traject(self, h).melding(melder or self.melder(), advies_id)

    def vervolgmelding(self, h: SimHuishouden) -> None:
        """A new incident during a running trajectory: a new melding (R14)."""
        self.sim.telling.vervolgmeldingen += 1
        Traject(self, h).melding(self.melder())

    def _nieuw(self, nu: datetime) -> SimHuishouden:
        aard = self.trek("aard_geweld", self.sim.parameters.melding.aard_geweld)
        nummer = self.huishoudens.aantal + 1
        h = self.huishoudens.maak(
            sleutel(self.sim.seed, self.code, f"h{nummer}"), aard, nu.astimezone(AMS).date()
        )
        self.sim.telling.huishoudens += 1
        return h

    def _terugkerend(self, nu: datetime) -> SimHuishouden | None:
        if self.terug and self.terug[0][0] <= nu:
            h = heapq.heappop(self.terug)[2]
            h.terug_gepland = False
            self.sim.telling.terugkeer += 1
            return h
        return None

    def plan_terugkeer(self, h: SimHuishouden) -> None:
        """After the household's last casus closed: maybe it comes back later (hermelding). Whether
        and after how many months are quota draws (the share that returns is the calibrated
        number; the delays decide how many land in a year); the day in that month is the
        household's own draw. The ledger, not the simulator, calls its next melding a
        hermelding (R38)."""
        p = self.sim.parameters.terugkeer
        if h.terug_gepland or h.open_casussen or not self.trek("terugkeer", self.terugkeerkans):
            return
        nu = self.sim.agenda.nu
        dag = termijnen.add_maanden(nu, self.trek("terugkeer_na_maanden", p.na_maanden))
        moment = op_dag(dag, h.rng.uniform(0, 30 * 86400))
        heapq.heappush(self.terug, (max(moment, nu), h.nummer, h))
        h.terug_gepland = True

    # -- adviezen (R18) -------------------------------------------------------------------------

    def advies(self, j: int) -> None:
        if j + 1 < len(self.adviezen):
            self.sim.agenda.plan(self.adviezen[j + 1], partial(self.advies, j + 1))
        a = self.sim.parameters.advies
        vrager = {"type": self.trek("adviesvrager", a.adviesvrager)}
        if vrager["type"] == "professional":
            vrager["sector"] = self.trek("advies_sector", a.sector)
        self._advies(Dossier(sleutel(self.sim.seed, self.code, f"a{j + 1}")), vrager)

    def advies_vooraf(self, i: int) -> None:
        melder = self.melder()
        dossier = Dossier(sleutel(self.sim.seed, self.code, f"m{i + 1}"))
        self.vooraf[i] = (str(self._advies(dossier, melder)), melder)

    def _advies(self, dossier: Dossier, vrager: dict[str, Any]) -> Any:
        sim, p = self.sim, self.sim.parameters
        aard = kies(self.rng, p.melding.aard_geweld)
        advies_id = sim.doe(
            dossier,
            self.bureaudienst,
            sim.ledger.record_advies,
            vt_organisatie=self.code,
            adviesvrager=vrager,
            aard_geweld=[aard],
            vraag=self.rng.choice(teksten.ADVIESVRAAG),
        )
        huisbezoek = ja(self.rng, p.advies.huisbezoek)
        sim.doe(
            dossier,
            self.bureaudienst,
            sim.ledger.give_advies,
            advies_id,
            self.rng.choice(teksten.ADVIES),
            huisbezoek,
        )
        sim.telling.adviezen += 1
        return advies_id
