"""What a simulated period holds: every step of the routekaart the simulator knows, through
the ledger's commands, at moments that follow the protocol's time norms.

One compact run (a small region, eighteen months, a tenth of the national volume, and more
acute meldingen, onderzoeken and meldingen bij de Raad than the defaults, so rare routes occur)
shared by the tests.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from ledger import termijnen
from ledger.routekaart import buiten_kantoortijd
from simulator.agenda import lokaal
from simulator.parameterbestand import laad
from simulator.parameters import Verdeling
from tests.simulator.oefening import gebeurtenissen, met, simuleer

VAN, TOT = date(2023, 1, 1), date(2024, 7, 1)


@pytest.fixture(scope="module")
def periode(tmp_path_factory) -> dict[str, Any]:
    p = laad()
    p = met(p, "volume", meldingen_per_jaar=15000, adviezen_per_jaar=8000)
    p = met(p, "melding", acute_onveiligheid=0.2, uit_advies=0.1)
    na_onderzoek = Verdeling(("voorwaarden_en_vervolg", "warme_overdracht", "raad", "afsluiten"),
                             (0.25, 0.3, 0.3, 0.15))  # fmt: skip
    p = met(p, "dienst", onderzoek=0.4, na_onderzoek=na_onderzoek)
    url = f"sqlite:///{tmp_path_factory.mktemp('stroom') / 'oefen.db'}"
    telling = simuleer(url, seed=21, van=VAN, tot=TOT, parameters=p)
    events = gebeurtenissen(url)
    return {
        "telling": telling,
        "events": events,
        "soorten": Counter(type(e).__name__ for e in events),
    }


def van_soort(periode: dict[str, Any], soort: str) -> list[Any]:
    return [e for e in periode["events"] if type(e).__name__ == soort]


def test_every_step_the_simulator_knows_is_in_the_ledger(periode):
    verwacht = {
        "HuishoudenGeregistreerd", "MeldingGeregistreerd", "MeldingOntvangen",
        "CrisisinterventieUitgevoerd", "GemeentelijkeConsulentGeinformeerd",
        "VeiligheidsbeoordelingAfgerond", "BetrokkenenGeinformeerd", "MelderGeinformeerd",
        "PolitieTeruggekoppeld", "BehandelaarToegewezen", "DienstGestart",
        "VeiligheidsvoorwaardenVastgesteld", "VeiligheidsplanOpgesteld", "OnderzoekAfgerond",
        "MeldingBijRaadGedaan", "Overgedragen", "MonitormomentGepland",
        "MonitormomentUitgevoerd", "PlanVanAanpakVastgelegd", "CasusregieBelegd",
        "NieuweMeldingGekoppeld", "AfstemmingProcesregisseurVastgelegd", "CasusAfgesloten",
        "AdviesGevraagd", "AdviesGegeven", "AdviesOmgezetInMelding",
    }  # fmt: skip
    assert verwacht <= set(periode["soorten"])


def test_the_simulators_own_counts_match_the_events(periode):
    telling, soorten = periode["telling"], periode["soorten"]
    assert telling.meldingen == soorten["MeldingOntvangen"]
    assert telling.adviezen == soorten["AdviesGevraagd"]
    assert telling.huishoudens == soorten["HuishoudenGeregistreerd"]
    assert telling.afgesloten == soorten["CasusAfgesloten"]
    assert telling.monitormomenten == soorten["MonitormomentUitgevoerd"]


def test_acute_meldingen_after_hours_go_to_the_crisisdienst_and_the_consulent_hears(periode):
    meldingen = van_soort(periode, "MeldingOntvangen")
    buiten = [m for m in meldingen if m.buiten_kantoortijd]
    assert any(lokaal(m.envelope.occurred_at).weekday() >= 5 for m in buiten)
    assert any(lokaal(m.envelope.occurred_at).hour >= 17 for m in buiten)
    crisis = [m for m in meldingen if m.crisisdienst]
    assert crisis and all(m.vermoeden_acute_onveiligheid and m.buiten_kantoortijd for m in crisis)
    ingegrepen = {e.originator_id for e in van_soort(periode, "CrisisinterventieUitgevoerd")}
    assert ingegrepen <= {m.originator_id for m in crisis}
    for e in van_soort(periode, "GemeentelijkeConsulentGeinformeerd"):  # R16
        assert e.originator_id in ingegrepen
        assert not buiten_kantoortijd(e.envelope.occurred_at)


def test_most_veiligheidsbeoordelingen_are_in_time_as_the_inspectorate_found(periode):
    niet_acuut = [
        e for e in van_soort(periode, "VeiligheidsbeoordelingAfgerond")
        if not e.triage["acute_onveiligheid"]["oordeel"]
    ]  # fmt: skip
    op_tijd = sum(e.binnen_termijn for e in niet_acuut) / len(niet_acuut)
    assert 0.55 < op_tijd < 0.65  # 40 % late (IGJ 2023)


def test_monitormomenten_follow_the_warme_overdracht_after_3_and_12_months(periode):
    overdracht = {
        e.originator_id: termijnen.lokale_datum(e.envelope.occurred_at)
        for e in van_soort(periode, "Overgedragen")
        if e.soort == "warme_overdracht"
    }
    per_casus: dict[Any, list[date]] = {}
    for e in van_soort(periode, "MonitormomentUitgevoerd"):
        per_casus.setdefault(e.originator_id, []).append(
            termijnen.lokale_datum(e.envelope.occurred_at)
        )
    twaalf = 0
    for casus, data in per_casus.items():
        drie, jaar = termijnen.monitormomenten(overdracht[casus])
        assert drie <= data[0] <= drie + timedelta(days=50)
        if len(data) > 1:
            assert jaar <= data[1] <= jaar + timedelta(days=50)
            twaalf += 1
    assert twaalf > 10
    redenen = Counter(e.reden for e in van_soort(periode, "CasusAfgesloten"))
    assert redenen["veiligheid_gerealiseerd"] > 0


def test_households_come_back_and_new_incidents_become_linked_meldingen(periode):
    betrokkenheid = Counter(e.eerdere_betrokkenheid for e in van_soort(periode, "MeldingOntvangen"))
    assert set(betrokkenheid) == {
        "eerste_melding", "hermelding", "vervolgmelding_tijdens_veiligheidsbeoordeling",
        "vervolgmelding_na_veiligheidsbeoordeling", "vervolgmelding_tijdens_monitoring",
    }  # fmt: skip
    gekoppeld = [e for e in van_soort(periode, "MeldingOntvangen") if e.gekoppeld_aan]
    assert len(gekoppeld) == periode["telling"].vervolgmeldingen  # R14
    assert all(e.eerdere_betrokkenheid.startswith("vervolgmelding") for e in gekoppeld)
    redenen = Counter(e.reden for e in van_soort(periode, "CasusAfgesloten"))
    assert redenen["usd_verder_met_advies"] > 0  # R15
