"""Steps of features/intervisie.feature: a trainer plays an intervisiescenario (R30) to a
keuzepunt, the cursist chooses, and the debrief sets the choice beside what the routekaart
prescribes, with the refusals and termijnen it led to.

Only the public functions of `simulator.scenario_spel` play: the trainer's play up to the
keuzepunt (`oefen_scenario`) goes into a practice store of its own (a SQLite file), and the
cursist's choice is a fork (`vertak`) into the store of this run, SQLite or PostgreSQL, so
every `Dan` step reads what was played on that store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from pytest_bdd import given, scenarios, then, when

from ledger.application import Ledger
from ledger.storage import env_from_url
from simulator import scenario
from simulator.scenario import Keuzepunt, Scenario
from simulator.scenario_spel import Debrief, Gekozen, ScenarioKlok, oefen_scenario, vertak
from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("intervisie.feature")

SEED = 30
NAAM = r'"(?P<naam>[a-z][a-z0-9_]*)"'
PUNT = r'"(?P<punt>[a-z][a-z0-9_]*)"'
OPTIE = r'"(?P<optie>[a-z][a-z0-9_]*)"'


@dataclass
class Oefening:
    """The trainer's play: its practice store, where it stopped, and the cursist's debrief."""

    origineel: str
    scenario: Scenario | None = None
    punt: Keuzepunt | None = None
    gestopt: dict[str, str] | None = None  # the options chosen before the stop
    debrief: Debrief | None = None
    keuze: Gekozen | None = None  # the keuze the last step looked at

    @property
    def nabespreking(self) -> Debrief:
        assert self.debrief is not None, "the cursist has not chosen yet"
        return self.debrief


@pytest.fixture
def oefening(tmp_path: Path) -> Oefening:
    return Oefening(origineel=f"sqlite:///{tmp_path / 'trainer.db'}")


def voorgeschreven(punt: Keuzepunt) -> str:
    return punt.voorgeschreven


@given(stap(rf"de trainer speelt het scenario {NAAM} af tot het keuzepunt {PUNT}"))
def _(oefening: Oefening, naam: str, punt: str) -> None:
    s = scenario.laad(naam)
    env, klok = env_from_url(oefening.origineel), ScenarioKlok(s.start)
    ledger = Ledger(env, clock=klok)
    try:
        speler = oefen_scenario(ledger, klok, env, s, SEED, voorgeschreven, tot_keuze=punt)
    finally:
        ledger.close()
    oefening.scenario, oefening.punt, oefening.gestopt = s, s.keuzepunten()[punt], speler.pad


@then(
    stap(r'staat het spel stil bij de vraag "(?P<vraag>[^"]+)" met de opties "(?P<opties>[^"]+)"')
)
def _(oefening: Oefening, vraag: str, opties: str) -> None:
    assert oefening.punt is not None and oefening.gestopt is not None
    assert oefening.punt.id not in oefening.gestopt
    assert vraag in oefening.punt.vraag
    assert list(oefening.punt.opties) == opties.split(", ")


@when(stap(rf"de cursist kiest voor {OPTIE}"))
def _(scene: Scene, oefening: Oefening, optie: str) -> None:
    s, punt = oefening.scenario, oefening.punt
    assert s is not None and punt is not None, "the trainer must first play to a keuzepunt"

    def kies(p: Keuzepunt) -> str:
        return optie if p.id == punt.id else voorgeschreven(p)  # as the trainer played

    def speel() -> Debrief:
        klok = ScenarioKlok(s.start)
        bron, doel = Ledger(env_from_url(oefening.origineel)), Ledger(scene.env, clock=klok)
        try:
            return vertak(bron, doel, klok, scene.env, s, SEED, kies)
        finally:
            bron.close()
            doel.close()

    oefening.debrief = scene.doe(speel)


@then(
    stap(
        rf"staat in de nabespreking bij het keuzepunt {PUNT} gekozen {OPTIE} en voorgeschreven "
        r'"(?P<voorgeschreven>[^"]+)", volgens de regels "(?P<regels>[^"]+)"'
    )
)
def _(oefening: Oefening, punt: str, optie: str, voorgeschreven: str, regels: str) -> None:
    keuzes = {k.punt: k for k in oefening.nabespreking.keuzes}
    assert punt in keuzes, f"no keuzepunt {punt} in the debrief: {list(keuzes)}"
    k = oefening.keuze = keuzes[punt]
    assert (k.gekozen, k.voorgeschreven) == (optie, voorgeschreven)
    assert k.regels == regels.split(", ")
    assert k.gekozen_tekst and k.voorgeschreven_tekst and k.reden


@then(stap(r"die keuze is (?P<niet>niet )?volgens de routekaart"))
def _(oefening: Oefening, niet: str | None) -> None:
    assert oefening.keuze is not None, "a step must first look at a keuze"
    assert oefening.keuze.volgens_protocol is (niet is None)


@then(stap(r'de nabespreking geeft als reden "(?P<tekst>[^"]+)"'))
def _(oefening: Oefening, tekst: str) -> None:
    assert oefening.keuze is not None, "a step must first look at a keuze"
    assert tekst in " ".join(oefening.keuze.reden.split())


@then(stap(rf"de tijdlijn van de nabespreking begint op {MOMENT} met de melding"))
def _(oefening: Oefening, moment: str) -> None:
    eerste = oefening.nabespreking.tijdlijn[0]
    assert eerste["gebeurtenis"] == "MeldingOntvangen"
    gebeurd = eerste["moment"]
    if not isinstance(gebeurd, datetime):
        gebeurd = datetime.fromisoformat(str(gebeurd))
    assert gebeurd == taal.moment(moment)


@then(stap(r"de nabespreking toont geen weigeringen"))
def _(oefening: Oefening) -> None:
    assert oefening.nabespreking.weigeringen == []


@then(
    stap(
        rf"de nabespreking toont (?:op {MOMENT} )?de weigering volgens regel "
        r'"(?P<regel>R\d\d)" met "(?P<bericht>[^"]+)"'
    )
)
def _(oefening: Oefening, moment: str | None, regel: str, bericht: str) -> None:
    (weigering,) = oefening.nabespreking.weigeringen
    assert weigering.regel == regel
    assert bericht in weigering.bericht, weigering.bericht
    if moment:
        assert weigering.moment == taal.moment(moment)


@then(stap(r'de nabespreking toont de termijn "(?P<regel>R\d\d)" als "(?P<oordeel>[a-z ]+)"'))
def _(oefening: Oefening, regel: str, oordeel: str) -> None:
    oordelen = [t["oordeel"] for t in oefening.nabespreking.termijnen if t["regel"] == regel]
    assert oordelen == [oordeel], oefening.nabespreking.termijnen


@then(stap(r'de nabespreking toont de open taak volgens regel "(?P<regel>R\d\d)"'))
def _(oefening: Oefening, regel: str) -> None:
    assert regel in [t["regel"] for t in oefening.nabespreking.open_taken]
