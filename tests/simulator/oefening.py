"""Test vocabulary for the simulator: run a small simulation on a store, export its events."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from ledger.application import Ledger
from ledger.storage import env_from_url
from projections.catalogus import Leesmodellen
from simulator import export
from simulator.agenda import Agenda
from simulator.parameterbestand import laad
from simulator.parameters import Parameters
from simulator.simulatie import SNEL, Simulatie, Telling, middernacht

#: A small region (6 gemeenten, about 2,200 meldingen a year) and three weeks: quick on both stores.
REGIO = "VR25"
VAN, TOT = date(2023, 1, 2), date(2023, 1, 23)


def simuleer(
    url: str | dict[str, str],
    *,
    seed: int = 1,
    regios: tuple[str, ...] = (REGIO,),
    van: date = VAN,
    tot: date = TOT,
    parameters: Parameters | None = None,
    inloop_jaren: int = 0,
    snel: bool = True,
) -> Telling:
    """Simulate into the store of `url` (or `eventsourcing` env) through the Python API, without
    the practice-store checks of `oefen`. Without a warm-up unless asked: most tests look at the
    routekaart, not at history, and each warm-up year costs as much as a simulated year."""
    parameters = met(parameters or laad(), "terugkeer", inloop_jaren=inloop_jaren)
    env = dict(url) if isinstance(url, dict) else env_from_url(url)
    if snel:
        env.update(SNEL)
    agenda = Agenda(middernacht(van))
    ledger = Ledger(env, clock=agenda)
    try:
        simulatie = Simulatie(
            ledger, agenda, parameters, seed=seed, regios=list(regios), van=van, tot=tot
        )
        return simulatie.draai()
    finally:
        ledger.close()


def geexporteerd(url: str | dict[str, str]) -> str:
    """The whole event stream of the store, as `simulator.export` writes it."""
    ledger = Ledger(dict(url) if isinstance(url, dict) else env_from_url(url))
    try:
        return "".join(export.regels(ledger))
    finally:
        ledger.close()


def gebeurtenissen(url: str) -> list[Any]:
    """Every event in the store, decoded, in log order."""
    ledger = Ledger(env_from_url(url))
    try:
        notificaties = ledger.recorder.select_notifications(start=1, limit=10**7)
        return [ledger.mapper.to_domain_event(n) for n in notificaties]
    finally:
        ledger.close()


def met(parameters: Parameters, blok: str, **waarden: Any) -> Parameters:
    """The parameters with some values of one block replaced."""
    return replace(parameters, **{blok: replace(getattr(parameters, blok), **waarden)})


@contextmanager
def beleidsinformatie_van(url: str) -> Iterator[Any]:
    """The beleidsinformatie read model of a practice store, caught up with its log."""
    env = env_from_url(url)
    ledger = Ledger(env)
    modellen = Leesmodellen(ledger, env)
    try:
        modellen.bijwerken(["beleidsinformatie"])
        yield modellen.view("beleidsinformatie")
    finally:
        modellen.close()
        ledger.close()
