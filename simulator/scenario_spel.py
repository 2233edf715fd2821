"""Playing an intervisiescenario (R30) into a practice store, forking it at a keuzepunt, and
the debrief.

- Playing: `Speler(ledger, klok, env, scenario, seed)` runs the steps through the ledger's own
  commands on the scenario's clock (`ScenarioKlok`, the ledger's clock: recorded time = the
  scenario's time). At each keuzepunt it asks `kies(keuzepunt)` for an option id and goes on
  along that option's steps. `speel(kies, tot_keuze=...)` may stop just before a keuzepunt.
- Practice data: every command carries the idempotency key `sim:scenario:<naam>:<seed>:<n>`
  (n counts the steps along the path) and a `sim.scenario.` actor, and `oefen_scenario` marks
  the store with `simulator.oefenopslag` (the run's "regio" is `scenario:<naam>`), so a store
  that holds real events is refused, as is a second play of the same scenario and seed.
- Forking: ids come from the keys, so the same prefix gives the same events. A branch is
  played by replaying the prefix into a fresh store and then the chosen option (`vertak`);
  the original store never sees the branch, and `vertak` checks that the fork's prefix is the
  original's event stream byte for byte (`simulator.export`). This works on SQLite and
  PostgreSQL alike, unlike copying a SQLite file.
- Debrief (`Debrief`, plain data; `als_dict()` for JSON): per keuzepunt the chosen and the
  prescribed option with the rules and the reason; the refusals met (rule and message); every
  termijn of the casussen from the termijnen read model, judged on the scenario's last moment
  (gehaald, te laat, verlopen, open, vervallen); the open tasks; the timeline.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from faker import Faker

from ledger.envelope import Actor, Context
from ledger.errors import LedgerError, ProtocolViolation
from ledger.termijnen import AMSTERDAM, lokale_datum
from projections.catalogus import Leesmodellen
from simulator import export, oefenopslag
from simulator.dossier import SIM_PREFIX
from simulator.huishoudens import bsn, zaad
from simulator.scenario import WEEKDAGEN, Keuzepunt, Scenario, Stap
from simulator.scenario_stappen import ScenarioOpdrachten

NAMESPACE = uuid5(NAMESPACE_URL, "https://vt-ledger.nl/simulator/scenario")
Kiezer = Callable[[Keuzepunt], str]


class ScenarioFout(LedgerError):
    """The scenario does not play as its file says; the file is wrong, not the trainee."""


class ScenarioKlok:
    """The ledger's clock while a scenario plays: set by the Speler step by step."""

    def __init__(self, begin: datetime) -> None:
        self.nu = begin

    def __call__(self) -> datetime:
        return self.nu


@dataclass
class Gekozen:
    punt: str
    vraag: str
    gekozen: str
    gekozen_tekst: str
    voorgeschreven: str
    voorgeschreven_tekst: str
    volgens_protocol: bool
    regels: list[str]
    reden: str


@dataclass
class Weigering:
    stap: int
    opdracht: str
    casus: str
    moment: datetime
    regel: str
    bericht: str


@dataclass
class Debrief:
    scenario: str
    titel: str
    seed: int
    keuzes: list[Gekozen] = field(default_factory=list)
    weigeringen: list[Weigering] = field(default_factory=list)
    termijnen: list[dict[str, Any]] = field(default_factory=list)
    open_taken: list[dict[str, str]] = field(default_factory=list)
    tijdlijn: list[dict[str, Any]] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return asdict(self)


class Speler(ScenarioOpdrachten):
    def __init__(
        self, ledger: Any, klok: ScenarioKlok, env: dict[str, str], scenario: Scenario, seed: int
    ) -> None:
        if ledger.clock is not klok:
            raise ValueError("give the ledger the scenario's clock: Ledger(env, clock=klok)")
        self.ledger, self.klok, self.env = ledger, klok, env
        self.scenario, self.seed = scenario, seed
        self.sleutel = f"{SIM_PREFIX}scenario:{scenario.naam}:{seed}"
        self.stap = 0
        self.moment = scenario.start
        self.klok.nu = scenario.start
        self.regio, self.gemeentecode = scenario.regio, scenario.huishouden["gemeentecode"]
        self.vt = Actor(f"sim.scenario.{scenario.naam}.medewerker", "vt_medewerker", self.regio)
        self.consulent = Actor("sim.scenario.consulent", "gemeente_consulent", self.gemeentecode)
        self.huishouden_id: UUID | None = None
        self.casussen: dict[str, UUID] = {}
        self.slachtoffers = scenario.huishouden["slachtoffers"]
        self.plegers = scenario.huishouden["plegers"]
        self.rollen = {p["als"]: p["rol"] for p in scenario.huishouden["personen"]}
        self.personen = {als: str(uuid5(NAMESPACE, f"{self.sleutel}:{als}")) for als in self.rollen}
        self.debrief = Debrief(scenario.naam, scenario.titel, seed)
        self.pad: dict[str, str] = {}

    def context(self) -> Context:
        self.stap += 1
        key = f"{self.sleutel}:{self.stap}"
        return Context(
            actor=self.vt,
            occurred_at=self.moment,
            correlation_id=uuid5(NAMESPACE, key),
            idempotency_key=key,
        )

    # -- playing ---------------------------------------------------------------------------

    def speel(self, kies: Kiezer, tot_keuze: str | None = None) -> Debrief | None:
        """Play to the end (and return the debrief), or up to keuzepunt `tot_keuze` (None)."""
        verloop = self.scenario.verloop
        while True:
            for item in verloop:
                if isinstance(item, Stap):
                    self.doe(item)
            laatste = verloop[-1]
            if not isinstance(laatste, Keuzepunt):
                return self.maak_debrief()
            if laatste.id == tot_keuze:
                return None
            verloop = self.kies(laatste, kies(laatste))

    def kies(self, punt: Keuzepunt, optie_id: str) -> tuple[Stap | Keuzepunt, ...]:
        if optie_id not in punt.opties:
            raise ScenarioFout(
                f"Bij keuzepunt {punt.id!r} is {optie_id!r} geen optie; kies uit "
                f"{', '.join(punt.opties)}."
            )
        optie, voor = punt.opties[optie_id], punt.opties[punt.voorgeschreven]
        self.pad[punt.id] = optie_id
        self.debrief.keuzes.append(
            Gekozen(
                punt.id,
                punt.vraag,
                optie.id,
                optie.tekst,
                voor.id,
                voor.tekst,
                optie.id == voor.id,
                list(punt.regels),
                punt.reden,
            )
        )
        return optie.verloop

    def doe(self, stap: Stap) -> None:
        self.moment = stap.tijd.na(self.moment)
        self.klok.nu = self.moment
        if self.huishouden_id is None:
            self.huishouden_id = self.ledger.register_huishouden(
                self.context(),
                gemeentecode=self.gemeentecode,
                adres={
                    "straat": "Oefenstraat",
                    "huisnummer": "1",
                    "postcode": "1234 AB",
                    "woonplaats": "Oefendorp",
                },
                personen=self.maak_personen(),
            )
        casus = self.casussen.get(stap.casus)
        if stap.opdracht != "melding" and casus is None:
            raise ScenarioFout(
                f"Stap {stap.opdracht}: casus {stap.casus!r} heeft nog geen melding."
            )
        nummer = self.stap + 1
        try:
            uitkomst = getattr(self, stap.opdracht)(self.context(), casus, stap.velden)
        except ProtocolViolation as fout:
            if stap.weigering != fout.regel:
                raise ScenarioFout(
                    f"Scenario {self.scenario.naam}, stap {nummer} ({stap.opdracht}) werd "
                    f"onverwacht geweigerd: {fout}"
                ) from None
            self.debrief.weigeringen.append(
                Weigering(nummer, stap.opdracht, stap.casus, self.moment, fout.regel, fout.bericht)
            )
            return
        if stap.weigering:
            raise ScenarioFout(
                f"Scenario {self.scenario.naam}, stap {nummer} ({stap.opdracht}): het scenario "
                f"verwacht een weigering ({stap.weigering}), maar de ledger legde de stap vast."
            )
        if stap.opdracht == "melding":
            self.casussen[stap.casus] = uitkomst

    def maak_personen(self) -> list[dict[str, Any]]:
        """Roles from the file, names, BSN and dates of birth from the seed (Faker nl_NL)."""
        faker = Faker("nl_NL")
        faker.seed_instance(zaad(f"{self.sleutel}:personen"))
        rng = random.Random(zaad(self.sleutel))
        achternaam = faker.last_name()
        personen = []
        for p in self.scenario.huishouden["personen"]:
            geslacht = p.get("geslacht") or rng.choice(("vrouw", "man"))
            voornaam = faker.first_name_female() if geslacht == "vrouw" else faker.first_name_male()
            geboren = self.scenario.start.date() - timedelta(
                days=p["leeftijd"] * 365 + rng.randrange(365)
            )
            personen.append(
                {
                    "persoon_id": self.personen[p["als"]],
                    "voornaam": voornaam,
                    "achternaam": achternaam if p["rol"] != "ex_partner" else faker.last_name(),
                    "rol": p["rol"],
                    "geboortedatum": geboren,
                    "geslacht": geslacht,
                    "bsn": bsn(rng, "99"),
                }
            )
        return personen

    # -- the debrief ---------------------------------------------------------------------------

    def maak_debrief(self) -> Debrief:
        """Catch the termijnen read model up and gather the debrief."""
        leesmodellen = Leesmodellen(self.ledger, self.env)
        try:
            leesmodellen.bijwerken(["termijnen"])
            view = leesmodellen.view("termijnen")
            peil = lokale_datum(self.moment)
            for label, cid in self.casussen.items():
                for t in view.termijnen(cid):
                    self.debrief.termijnen.append(
                        {"casus": label, **t, "oordeel": oordeel(t, peil)}
                    )
                for taak in self.ledger.casus(cid)["open_taken"]:
                    self.debrief.open_taken.append({"casus": label, **taak})
                for e in self.ledger.history(cid):
                    self.debrief.tijdlijn.append(
                        {
                            "casus": label,
                            "moment": e["occurred_at"],
                            "gebeurtenis": e["type"],
                            "regels": e["rule_ids"],
                        }
                    )
        finally:
            leesmodellen.close()
        self.debrief.tijdlijn.sort(key=lambda e: (e["moment"], e["casus"]))
        return self.debrief


def oordeel(termijn: dict[str, Any], peil: date) -> str:
    """How a termijn ended, seen on the scenario's last day."""
    uiterste = _datum(termijn["uiterste_datum"])
    if termijn["status"] == "voldaan":
        return "gehaald" if termijn["binnen_termijn"] else "te laat"
    if termijn["status"] == "vervallen":
        return "te laat" if termijn["binnen_termijn"] is False else "vervallen"
    return "verlopen" if uiterste < peil else "open"


def _datum(waarde: Any) -> date:
    return waarde if isinstance(waarde, date) else date.fromisoformat(str(waarde))


# -- practice store, forks ----------------------------------------------------------------------


def oefen_scenario(
    ledger: Any,
    klok: ScenarioKlok,
    env: dict[str, str],
    scenario: Scenario,
    seed: int,
    kies: Kiezer,
    tot_keuze: str | None = None,
) -> Speler:
    """Check and mark the practice store, play, record the run; return the Speler (its
    `debrief` is complete unless play stopped at `tot_keuze`)."""
    regio = f"scenario:{scenario.naam}"
    run = oefenopslag.open_oefenopslag(ledger, env, seed, [regio])
    eerste = (ledger.recorder.max_notification_id() or 0) + 1
    speler = Speler(ledger, klok, env, scenario, seed)
    speler.speel(kies, tot_keuze)
    laatste = ledger.recorder.max_notification_id() or 0
    document = {
        "run": run,
        "seed": seed,
        "regios": [regio],
        "scenario": scenario.naam,
        "keuzes": dict(speler.pad),
        "tot_keuze": tot_keuze,
        "gebeurtenissen": {"eerste": eerste, "laatste": laatste},
    }
    oefenopslag.leg_run_vast(env, run, eerste, laatste, document)
    return speler


def vertak(
    origineel: Any,
    doel: Any,
    klok: ScenarioKlok,
    doel_env: dict[str, str],
    scenario: Scenario,
    seed: int,
    kies: Kiezer,
) -> Debrief:
    """Play the scenario into the fresh store of `doel` along `kies` and check that its events
    begin with exactly the events of `origineel` (the same history, up to the keuzepunt where
    the original stopped). The original store is only read."""
    speler = oefen_scenario(doel, klok, doel_env, scenario, seed, kies)
    bron = "".join(export.regels(origineel))
    tak = "".join(export.regels(doel))
    if not tak.startswith(bron):
        raise ScenarioFout(
            "De vork begint niet met de geschiedenis van het origineel: is het origineel met "
            "een andere seed of met andere keuzes gespeeld?"
        )
    return speler.debrief


def moment_tekst(moment: datetime) -> str:
    lokaal = moment.astimezone(AMSTERDAM)
    return f"{WEEKDAGEN[lokaal.weekday()][:2]} {lokaal:%d-%m-%Y %H:%M}"
