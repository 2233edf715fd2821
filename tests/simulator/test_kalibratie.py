"""Calibration: the beleidsinformatie read model of a simulated half year reproduces the national
CBS shares (shared/data/cbs_2023.yaml, copied next to this file) within 2 percentage points:
meldingen by sector of the professional melder, the outcome of the veiligheidsbeoordeling, and
the onderzoek conclusions per kind of violence.

The sample is one small region (VR25, 6 gemeenten) for the first half of 2023: about 1,000
meldingen. A plain random draw would miss a 50 % share by about 1.5 points either way, the size
of the tolerance; the simulator draws these choices by quota (`simulator.kansen`), so the
counts stay within about one of the parameter and the bound holds for any seed. "Nog niet
beoordeeld" is not drawn: it follows from the delays (40 % later than 5 working days, IGJ).

The default parameters give about 25 onderzoeken in such a half year: too few for shares in
percentage points. The conclusions depend only on the kind of violence, not on how often
Onderzoek is chosen, so their test sends every "vervolg bij Veilig Thuis" to Onderzoek, leaves
out the adviezen, and counts the whole of 2023 (each conclusion counts in one half year).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.parameterbestand import laad
from simulator.parameters import Parameters
from tests.simulator.oefening import beleidsinformatie_van, met, simuleer

CBS = yaml.safe_load((Path(__file__).parent / "cbs_2023.yaml").read_text("utf-8"))
GRENS = 0.02
REGIO, PERIODE = "VR25", "2023H1"
VAN, TOT, JAAR_EINDE = date(2023, 1, 1), date(2023, 7, 1), date(2024, 1, 1)


def beleidsinformatie(pad: Path, parameters: Parameters, tot: date = TOT) -> Iterator[Any]:
    url = f"sqlite:///{pad / 'oefen.db'}"
    simuleer(url, seed=2023, regios=(REGIO,), van=VAN, tot=tot, parameters=parameters)
    with beleidsinformatie_van(url) as view:
        yield view


@pytest.fixture(scope="module")
def standaard(tmp_path_factory) -> Iterator[Any]:
    yield from beleidsinformatie(tmp_path_factory.mktemp("standaard"), laad())


@pytest.fixture(scope="module")
def onderzoeken(tmp_path_factory) -> Iterator[Any]:
    parameters = met(met(laad(), "dienst", onderzoek=1.0), "volume", adviezen_per_jaar=0)
    yield from beleidsinformatie(tmp_path_factory.mktemp("onderzoek"), parameters, JAAR_EINDE)


def over_het_jaar(view: Any, onderwerp: str) -> dict[str, int]:
    """The counts of `onderwerp` in 2023H1 and 2023H2 together."""
    totaal: dict[str, int] = {}
    for periode in ("2023H1", "2023H2"):
        for categorie, n in view.tabel(periode).get(onderwerp, {}).items():
            totaal[categorie] = totaal.get(categorie, 0) + n
    return totaal


def aandelen(aantallen: dict[str, int]) -> dict[str, float]:
    return {k: n / sum(aantallen.values()) for k, n in aantallen.items()}


def binnen_grens(gesimuleerd: dict[str, float], cbs: dict[str, float]) -> dict[str, float]:
    """The categories that miss CBS by more than GRENS, with the difference."""
    assert set(gesimuleerd) == set(cbs)
    verschil = {k: round(gesimuleerd[k] - cbs[k], 4) for k in cbs}
    return {k: v for k, v in verschil.items() if abs(v) > GRENS}


def test_the_sample_is_a_half_year_of_a_small_region(standaard):
    meldingen = standaard.tabel(PERIODE)["meldingen_naar_melder"]
    assert 900 < sum(meldingen.values()) < 1500
    assert standaard.perioden() == [PERIODE]


def test_meldingen_by_sector_of_the_professional_match_cbs(standaard):
    professionals = CBS["meldingen"]["from_professionals"]
    cbs = {sector: n / professionals for sector, n in CBS["meldingen"]["by_source"].items()}
    cbs["overig"] = 1 - sum(cbs.values())  # professionals in no listed sector
    assert binnen_grens(standaard.aandelen(PERIODE, "meldingen_naar_sector"), cbs) == {}


def test_melder_type_matches_cbs(standaard):
    m = CBS["meldingen"]
    bekend = m["from_professionals"] + m["from_non_professionals"]
    cbs = {
        "professional": m["from_professionals"] / bekend,
        "niet_professional": m["from_non_professionals"] / bekend,
    }
    assert binnen_grens(standaard.aandelen(PERIODE, "meldingen_naar_melder"), cbs) == {}


def test_the_outcome_mix_of_the_veiligheidsbeoordeling_matches_cbs(standaard):
    cbs = CBS["veiligheidsbeoordeling_uitkomst"]
    gesimuleerd = standaard.aandelen(PERIODE, "veiligheidsbeoordeling_uitkomst")
    assert binnen_grens(gesimuleerd, cbs) == {}
    assert gesimuleerd["nog_niet_beoordeeld"] > 0  # follows from the delays, not drawn


@pytest.mark.parametrize("aard", ["kindermishandeling", "partnergeweld"])
def test_onderzoek_conclusions_per_kind_of_violence_match_cbs(onderzoeken, aard):
    gesimuleerd = over_het_jaar(onderzoeken, f"onderzoek_{aard}")
    assert sum(gesimuleerd.values()) >= 100
    assert binnen_grens(aandelen(gesimuleerd), aandelen(CBS["onderzoeken"][aard])) == {}


def test_about_a_quarter_of_onderzoeken_is_closed_early_as_in_cbs(onderzoeken):
    o = CBS["onderzoeken"]
    cbs = {
        "niet_voortijdig_afgesloten": o["niet_voortijdig_afgesloten"] / o["afgerond"],
        "voortijdig_afgesloten": 1 - o["niet_voortijdig_afgesloten"] / o["afgerond"],
    }
    assert binnen_grens(aandelen(over_het_jaar(onderzoeken, "onderzoeken")), cbs) == {}
