"""Calibration of eerdere betrokkenheid (R38): first melding, hermelding and the three kinds of
vervolgmelding of a simulated year come out near the CBS shares (85361NED), though the
simulator never sets them. The ledger derives them from the household's history; the simulator
only decides which household a melding is about: a new one, or one that comes back some months
after its last casus closed (`terugkeer` in simulator/parameters.yaml). Hermeldingen need
history, so the year is simulated after the warm-up of the shipped parameters (three years).

The sample: one small region (VR25) at 1 % of the national volume, without adviezen (they do
not change who is known): about 1,270 meldingen in the measured year 2023, 5,100 with the
warm-up. A plain random share near 0.38 misses by sqrt(0.38 x 0.62 / 1270) = 1.4 percentage
points (one standard error), so 3 points is about two standard errors; the return itself is a
quota draw (`simulator.kansen`), so the spread between seeds is smaller than that. The vervolg
shares follow from new incidents during a trajectory; they keep the 2 points of the other
calibration tests. CBS also counts 1.4 % "niet ingedeeld", which the ledger does not know: the
reference is the shares among the classified meldingen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.parameterbestand import laad
from simulator.simulatie import inloop_begin
from tests.simulator.oefening import beleidsinformatie_van, gebeurtenissen, met, simuleer

CBS = yaml.safe_load((Path(__file__).parent / "cbs_2023.yaml").read_text("utf-8"))
REGIO, GEWICHT = "VR25", 0.01
VAN, TOT = date(2023, 1, 1), date(2024, 1, 1)
EERSTE_HERMELDING, VERVOLG = 0.03, 0.02


def cbs_ingedeeld() -> dict[str, float]:
    cbs = dict(CBS["eerdere_betrokkenheid"])
    ingedeeld = 1 - cbs.pop("onbekend")
    return {k: v / ingedeeld for k, v in cbs.items()}


@pytest.fixture(scope="module")
def view(tmp_path_factory) -> Iterator[Any]:
    parameters = met(laad(), "volume", adviezen_per_jaar=0, regio_gewichten=((REGIO, GEWICHT),))
    url = f"sqlite:///{tmp_path_factory.mktemp('eerdere_betrokkenheid') / 'oefen.db'}"
    inloop = laad().terugkeer.inloop_jaren
    simuleer(url, seed=2023, van=VAN, tot=TOT, parameters=parameters, inloop_jaren=inloop)
    with beleidsinformatie_van(url) as view:
        yield view


def aandelen(view: Any, *perioden: str) -> tuple[int, dict[str, float]]:
    """The number of meldingen in `perioden` and their shares by eerdere betrokkenheid."""
    som: dict[str, int] = {}
    for periode in perioden:
        for categorie, n in view.tabel(periode).get("eerdere_betrokkenheid", {}).items():
            som[categorie] = som.get(categorie, 0) + n
    totaal = sum(som.values())
    return totaal, {k: n / totaal for k, n in som.items()}


def test_the_warm_up_is_simulated_history_before_the_measured_year(view):
    assert laad().terugkeer.inloop_jaren == 3
    assert view.perioden() == [f"{j}H{h}" for j in range(2020, 2024) for h in (1, 2)]
    n, _ = aandelen(view, "2023H1", "2023H2")
    assert 1100 < n < 1450


def test_without_history_there_are_hardly_any_hermeldingen(view):
    _, eerste_halfjaar = aandelen(view, "2020H1")
    assert eerste_halfjaar["hermelding"] < 0.12  # only quick returns after short trajectories
    assert eerste_halfjaar["eerste_melding"] > 0.70


def test_first_meldingen_and_hermeldingen_of_the_measured_year_land_near_cbs(view):
    _, gesimuleerd = aandelen(view, "2023H1", "2023H2")
    cbs = cbs_ingedeeld()
    for categorie in ("eerste_melding", "hermelding"):
        assert gesimuleerd[categorie] == pytest.approx(cbs[categorie], abs=EERSTE_HERMELDING)


def test_the_vervolg_shares_of_the_measured_year_match_cbs(view):
    _, gesimuleerd = aandelen(view, "2023H1", "2023H2")
    cbs = cbs_ingedeeld()
    assert set(gesimuleerd) == set(cbs)
    for categorie in cbs:
        if categorie.startswith("vervolgmelding"):
            assert gesimuleerd[categorie] == pytest.approx(cbs[categorie], abs=VERVOLG)


def test_a_warm_up_starts_the_simulation_that_many_years_before_van(tmp_path):
    url = f"sqlite:///{tmp_path / 'inloop.db'}"
    klein = met(laad(), "volume", adviezen_per_jaar=0, regio_gewichten=((REGIO, 0.0005),))
    simuleer(url, van=date(2024, 2, 29), tot=date(2024, 3, 7), parameters=klein, inloop_jaren=1)
    eerste = min(e.envelope.occurred_at for e in gebeurtenissen(url))
    assert inloop_begin(date(2024, 2, 29), 1) == date(2023, 2, 28)
    assert date(2023, 2, 28) <= eerste.date() < date(2023, 4, 1)
