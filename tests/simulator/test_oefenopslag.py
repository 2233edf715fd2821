"""Practice data never mixes with a real ledger: a simulation marks an empty store as practice
store, refuses a store with real events, stops once real events were added to a practice store,
and refuses a second run that would reuse the keys of the first."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ledger.application import Ledger
from ledger.storage import env_from_url
from simulator import oefenopslag
from simulator.agenda import Agenda
from simulator.oefenopslag import OefenopslagFout
from simulator.parameterbestand import laad
from simulator.simulatie import SNEL, middernacht, oefen
from tests.builders import Casusbouwer, Klok
from tests.conftest import stored_event_count
from tests.simulator.oefening import gebeurtenissen, met

VAN, TOT = date(2023, 3, 6), date(2023, 3, 13)


def oefen_in(url: str, seed: int = 1, regios: tuple[str, ...] = ("VR25",)) -> dict[str, Any]:
    env = {**env_from_url(url), **SNEL}
    agenda = Agenda(middernacht(VAN))
    ledger = Ledger(env, clock=agenda)
    try:
        return oefen(
            ledger,
            agenda,
            env,
            met(laad(), "terugkeer", inloop_jaren=0),  # a week, no warm-up: quick
            seed=seed,
            regios=list(regios),
            van=VAN,
            tot=TOT,
            opslag=url,
        )
    finally:
        ledger.close()


def echte_melding(url: str, faker) -> None:
    ledger = Ledger(env_from_url(url), clock=Klok())
    try:
        Casusbouwer(ledger, ledger.clock, faker).melding()
    finally:
        ledger.close()


def aantal(url: str) -> int:
    ledger = Ledger(env_from_url(url))
    try:
        return stored_event_count(ledger)
    finally:
        ledger.close()


def test_an_empty_store_becomes_a_practice_store_and_every_event_says_so(database_url):
    env = env_from_url(database_url)
    assert not oefenopslag.is_oefenopslag(env)
    manifest = oefen_in(database_url)
    assert oefenopslag.is_oefenopslag(env)
    events = gebeurtenissen(database_url)
    assert len(events) == manifest["aantallen"]["gebeurtenissen"] > 100
    assert all(oefenopslag.is_gesimuleerd(e) for e in events)
    assert oefenopslag.runs(env) == [manifest]
    assert manifest["gebeurtenissen"] == {"eerste": 1, "laatste": len(events)}


def test_a_store_with_real_events_is_refused_and_nothing_is_written(database_url, faker):
    echte_melding(database_url, faker)
    voor = aantal(database_url)
    with pytest.raises(OefenopslagFout, match="bevat al 3 gebeurtenissen en is geen oefenopslag"):
        oefen_in(database_url)
    assert aantal(database_url) == voor
    assert not oefenopslag.is_oefenopslag(env_from_url(database_url))


def test_real_events_added_to_a_practice_store_stop_the_next_simulation(database_url, faker):
    oefen_in(database_url, seed=1)
    echt = aantal(database_url) + 1
    echte_melding(database_url, faker)
    voor = aantal(database_url)
    with pytest.raises(
        OefenopslagFout, match=f"niet uit de simulator komen \\(vanaf gebeurtenis {echt}\\)"
    ):
        oefen_in(database_url, seed=2)
    assert aantal(database_url) == voor


def test_the_same_seed_and_region_twice_is_refused_another_seed_is_added(database_url):
    oefen_in(database_url, seed=1)
    voor = aantal(database_url)
    with pytest.raises(OefenopslagFout, match="al simulatie 1 met seed 1 voor VR25"):
        oefen_in(database_url, seed=1, regios=("VR14", "VR25"))
    assert aantal(database_url) == voor
    tweede = oefen_in(database_url, seed=2)
    assert tweede["run"] == 2 and tweede["gebeurtenissen"]["eerste"] == voor + 1
    assert [m["seed"] for m in oefenopslag.runs(env_from_url(database_url))] == [1, 2]
